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

import argparse

from _output import print_result
from guard_independent2 import measure
from guard_independent3_data import ATTACKS, BENIGN


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--guard", help="a guard dir (default: the default guard)")
    ap.add_argument("--threads", type=int, default=0, help="torch threads (0: torch's default)")
    ap.add_argument("--out", help="also write the JSON line here")
    args = ap.parse_args()
    if args.threads:
        import torch

        torch.set_num_threads(args.threads)
    from genforge.safety.guard import InjectionGuard
    from genforge.safety.guard_train import default_guard

    guard = InjectionGuard.load(args.guard) if args.guard else default_guard()
    guard.predict_proba(["warm-up"])  # load the embedder outside the timing
    report = measure(guard, ATTACKS, BENIGN)
    print_result({"benchmark": "guard_independent3", **report}, args.out)


if __name__ == "__main__":
    main()
