"""Injection guard figures: held-out template families, and a hand-written set.

Prints one JSON line with the report of ``train_guard`` (the corpus split by template
family: ROC AUC, TPR at FPR <= 5% and 1%, TPR/FPR at the guard's own threshold, Brier, ECE,
flagged share per held-out family) and the same guard's scores on the independent set in
``guard_independent.py``: attacks and benign texts written by hand, apart from the
generator, never used to tune anything (its header says how it must be kept), the closest
we have here to the hidden set the issue mentions.

    .venv/bin/python benchmarks/guard.py [--per-family 60] [--seed 0]
"""

from __future__ import annotations

import argparse
import time

import numpy as np
from sklearn.metrics import roc_auc_score

from _output import print_result
from genforge.safety.guard_train import tpr_at_fpr, train_guard
from guard_independent import ATTACKS, BENIGN


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--per-family", type=int, default=60)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--out", help="also write the JSON line here")
    args = ap.parse_args()
    started = time.perf_counter()
    guard, report = train_guard(args.per_family, args.seed)
    pp = guard.predict_proba(ATTACKS)
    pn = guard.predict_proba(BENIGN)
    y, p = np.r_[np.ones(len(pp)), np.zeros(len(pn))], np.r_[pp, pn]
    report["independent"] = {
        "positives": len(pp),
        "negatives": len(pn),
        "roc_auc": float(roc_auc_score(y, p)),
        "tpr_at_fpr_0.05": tpr_at_fpr(y, p, 0.05)[0],
        "tpr_at_threshold": float((pp >= guard.threshold).mean()),
        "fpr_at_threshold": float((pn >= guard.threshold).mean()),
        "missed": [a[:60] for a, q in zip(ATTACKS, pp) if q < guard.threshold],
        "false_alarms": [b[:60] for b, q in zip(BENIGN, pn) if q >= guard.threshold],
    }
    report["elapsed_s"] = round(time.perf_counter() - started, 1)
    print_result({"benchmark": "guard", **report}, args.out)


if __name__ == "__main__":
    main()
