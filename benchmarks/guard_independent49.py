"""Injection guard on the forty-ninth independent set (``safety/guard_handwritten/set49.py``;
held out for v15, training data since v16: only its aggregate figures are printed, never its
missed attacks or false alarms; see its header).

Scores its 260 attacks and 281 hard negatives and prints one JSON line with the figures of
``guard_independent2.py`` (ROC AUC, TPR at FPR <= 5%, TPR/FPR at the guard's own threshold,
ECE) but *without* the lists of missed attacks and false alarms, so that nobody tuning the
guard reads them by accident.

    .venv/bin/python benchmarks/guard_independent49.py [--guard DIR] [--threads 1]

Since guard v16 the default guard trains on this set, so without ``--guard`` this scores
the default guard trained *without* it (``default_guard(without=49)``, trained once and
cached): the leave-one-set-out figure.
"""

from __future__ import annotations

from genforge.safety.guard_handwritten.set49 import ATTACKS, BENIGN
from guard_independent2 import run

if __name__ == "__main__":
    run("guard_independent49", __doc__, ATTACKS, BENIGN, aggregate_only=True, without=49)
