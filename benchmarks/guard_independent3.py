"""Injection guard on the third independent set (``guard_independent3_data.py``).

Scores the 62 attacks and 61 hard negatives written by hand before the session-5 guard
changes and never tuned on (the data file's header says how it must be kept), and prints
one JSON line with the same figures as ``guard_independent2.py``: ROC AUC, TPR at FPR <= 5%,
TPR/FPR at the guard's own threshold, ECE, the missed attacks and false alarms.

    .venv/bin/python benchmarks/guard_independent3.py [--guard DIR] [--threads 1]

Without ``--guard`` it scores the default guard (trained once on the whole corpus and
cached, as `genforge guard score` does).
"""

from __future__ import annotations

from guard_independent2 import run
from guard_independent3_data import ATTACKS, BENIGN

if __name__ == "__main__":
    run("guard_independent3", __doc__, ATTACKS, BENIGN)
