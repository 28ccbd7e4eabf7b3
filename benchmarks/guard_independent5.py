"""Injection guard on the fifth independent set (``safety/guard_handwritten/set5.py``, HELD OUT:
read only its aggregate figures, never its missed attacks or false alarms; see its header).

Scores its 97 attacks and 93 hard negatives and prints one JSON line with the same figures
as ``guard_independent2.py``: ROC AUC, TPR at FPR <= 5%, TPR/FPR at the guard's own
threshold, ECE (and the missed attacks and false alarms, which the v5 work did not read).

    .venv/bin/python benchmarks/guard_independent5.py [--guard DIR] [--threads 1]

Since guard v8 the default guard trains on this set, so without ``--guard`` this scores
the default guard trained *without* this set (``default_guard(without=5)``, trained once
and cached): the leave-one-set-out figure.
"""

from __future__ import annotations

from genforge.safety.guard_handwritten.set5 import ATTACKS, BENIGN
from guard_independent2 import run

if __name__ == "__main__":
    run("guard_independent5", __doc__, ATTACKS, BENIGN, without=5)
