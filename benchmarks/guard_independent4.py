"""Injection guard on the fourth independent set (``safety/guard_handwritten/set4.py``, the DEV set
of the v5 work: its misses were looked at, see its header).

Scores its 95 attacks and 96 hard negatives and prints one JSON line with the same figures
as ``guard_independent2.py``: ROC AUC, TPR at FPR <= 5%, TPR/FPR at the guard's own
threshold, ECE, the missed attacks and false alarms.

    .venv/bin/python benchmarks/guard_independent4.py [--guard DIR] [--threads 1]

Since guard v8 the default guard trains on this set, so without ``--guard`` this scores
the default guard trained *without* this set (``default_guard(without=4)``, trained once
and cached): the leave-one-set-out figure.
"""

from __future__ import annotations

from genforge.safety.guard_handwritten.set4 import ATTACKS, BENIGN
from guard_independent2 import run

if __name__ == "__main__":
    run("guard_independent4", __doc__, ATTACKS, BENIGN, without=4)
