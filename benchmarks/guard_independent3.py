"""Injection guard on the third independent set (``safety/guard_handwritten/set3.py``).

Scores the 62 attacks and 61 hard negatives written by hand before the session-5 guard
changes and never tuned on (the data file's header says how it must be kept), and prints
one JSON line with the same figures as ``guard_independent2.py``: ROC AUC, TPR at FPR <= 5%,
TPR/FPR at the guard's own threshold, ECE, the missed attacks and false alarms.

    .venv/bin/python benchmarks/guard_independent3.py [--guard DIR] [--threads 1]

Since guard v8 the default guard trains on this set, so without ``--guard`` this scores
the default guard trained *without* this set (``default_guard(without=3)``, trained once
and cached): the leave-one-set-out figure.
"""

from __future__ import annotations

from genforge.safety.guard_handwritten.set3 import ATTACKS, BENIGN
from guard_independent2 import run

if __name__ == "__main__":
    run("guard_independent3", __doc__, ATTACKS, BENIGN, without=3)
