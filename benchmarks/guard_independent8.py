"""Injection guard on the eighth independent set (``guard_independent8_data.py``, HELD OUT:
only its aggregate figures are printed, never its missed attacks or false alarms; see its
header).

Scores its 133 attacks and 140 hard negatives and prints one JSON line with the figures of
``guard_independent2.py`` (ROC AUC, TPR at FPR <= 5%, TPR/FPR at the guard's own threshold,
ECE) but *without* the lists of missed attacks and false alarms, so that nobody tuning the
guard reads them by accident.

    .venv/bin/python benchmarks/guard_independent8.py [--guard DIR] [--threads 1]

Without ``--guard`` it scores the default guard (trained once on the whole corpus and
cached, as `genforge guard score` does).
"""

from __future__ import annotations

from guard_independent2 import run
from guard_independent8_data import ATTACKS, BENIGN

if __name__ == "__main__":
    run("guard_independent8", __doc__, ATTACKS, BENIGN, aggregate_only=True)
