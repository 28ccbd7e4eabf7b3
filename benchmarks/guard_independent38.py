"""Injection guard on the thirty-eighth independent set (``safety/guard_handwritten/set38.py``;
held out for v13, training data since v14: only its aggregate figures are printed, never its
missed attacks or false alarms; see its header).

Scores its 195 attacks and 196 hard negatives and prints one JSON line with the figures of
``guard_independent2.py`` (ROC AUC, TPR at FPR <= 5%, TPR/FPR at the guard's own threshold,
ECE) but *without* the lists of missed attacks and false alarms, so that nobody tuning the
guard reads them by accident.

    .venv/bin/python benchmarks/guard_independent38.py [--guard DIR] [--threads 1]

Since guard v14 the default guard trains on this set, so without ``--guard`` this scores
the default guard trained *without* it (``default_guard(without=38)``, trained once and
cached): the leave-one-set-out figure.
"""

from __future__ import annotations

from genforge.safety.guard_handwritten.set38 import ATTACKS, BENIGN
from guard_independent2 import run

if __name__ == "__main__":
    run("guard_independent38", __doc__, ATTACKS, BENIGN, aggregate_only=True, without=38)
