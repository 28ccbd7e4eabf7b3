"""Injection guard on the fourth independent set (``guard_independent4_data.py``, the DEV set
of the v5 work: its misses were looked at, see its header).

Scores its 95 attacks and 96 hard negatives and prints one JSON line with the same figures
as ``guard_independent2.py``: ROC AUC, TPR at FPR <= 5%, TPR/FPR at the guard's own
threshold, ECE, the missed attacks and false alarms.

    .venv/bin/python benchmarks/guard_independent4.py [--guard DIR] [--threads 1]

Without ``--guard`` it scores the default guard (trained once on the whole corpus and
cached, as `genforge guard score` does).
"""

from __future__ import annotations

from guard_independent2 import run
from guard_independent4_data import ATTACKS, BENIGN

if __name__ == "__main__":
    run("guard_independent4", __doc__, ATTACKS, BENIGN)
