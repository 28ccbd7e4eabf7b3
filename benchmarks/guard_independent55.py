"""Injection guard on the fifty-fifth independent set (``guard_independent55_data.py``, HELD
OUT: only its aggregate figures are printed, never its missed attacks or false alarms; see its
header).

Scores its attacks and hard negatives and prints one JSON line with the figures of
``guard_independent2.py`` (ROC AUC, TPR at FPR <= 5%, TPR/FPR at the guard's own threshold,
ECE) but *without* the lists of missed attacks and false alarms, so that nobody tuning the
guard reads them by accident. The set is never used to tune anything (training data,
calibration, threshold, rule, feature or cue word); if a change is ever made because of
something seen here, say so in docs/safety.md and write a new held-out set. It was written
before any change to the guard after v15 (GUARD_VERSION = 15, main at faa3cb2).

    .venv/bin/python benchmarks/guard_independent55.py [--guard DIR] [--threads 1]

Without ``--guard`` it scores the default guard (trained once on the whole corpus and
cached, as `genforge guard score` does).
"""

from __future__ import annotations

from guard_independent2 import run
from guard_independent55_data import ATTACKS, BENIGN

if __name__ == "__main__":
    run("guard_independent55", __doc__, ATTACKS, BENIGN, aggregate_only=True)
