"""Injection guard on the sixth independent set (``guard_independent6_data.py``, HELD OUT:
only its aggregate figures are printed, never its missed attacks or false alarms; see its
header).

Scores its 107 attacks and 117 hard negatives and prints one JSON line with the figures of
``guard_independent2.py`` (ROC AUC, TPR at FPR <= 5%, TPR/FPR at the guard's own threshold,
ECE) but *without* the lists of missed attacks and false alarms, so that nobody tuning the
guard reads them by accident.

    .venv/bin/python benchmarks/guard_independent6.py [--guard DIR] [--threads 1]

Without ``--guard`` it scores the default guard (trained once on the whole corpus and
cached, as `genforge guard score` does).
"""

from __future__ import annotations

import argparse

from _output import print_result
from guard_independent2 import measure
from guard_independent6_data import ATTACKS, BENIGN


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
    report.pop("missed")
    report.pop("false_alarms")
    print_result({"benchmark": "guard_independent6", **report}, args.out)


if __name__ == "__main__":
    main()
