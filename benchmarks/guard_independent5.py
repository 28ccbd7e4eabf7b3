"""Injection guard on the fifth independent set (``guard_independent5_data.py``, HELD OUT:
read only its aggregate figures, never its missed attacks or false alarms; see its header).

Scores its 97 attacks and 93 hard negatives and prints one JSON line with the same figures
as ``guard_independent2.py``: ROC AUC, TPR at FPR <= 5%, TPR/FPR at the guard's own
threshold, ECE (and the missed attacks and false alarms, which the v5 work did not read).

    .venv/bin/python benchmarks/guard_independent5.py [--guard DIR] [--threads 1]

Without ``--guard`` it scores the default guard (trained once on the whole corpus and
cached, as `genforge guard score` does).
"""

from __future__ import annotations

from guard_independent2 import run
from guard_independent5_data import ATTACKS, BENIGN

if __name__ == "__main__":
    run("guard_independent5", __doc__, ATTACKS, BENIGN)
