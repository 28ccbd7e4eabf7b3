"""Injection guard on the second independent set (``safety/guard_handwritten/set2.py``).

Scores the 63 attacks and 66 hard negatives written by hand before the guard's v3 changes
(the data file's header says how it must be kept), and prints one JSON line: ROC AUC, TPR
at FPR <= 5%, TPR/FPR at the guard's own threshold, ECE, the missed attacks and false
alarms, and the scoring time per text.

    .venv/bin/python benchmarks/guard_independent2.py [--guard DIR] [--threads 1]

Since guard v8 the default guard trains on this set, so without ``--guard`` this scores
the default guard trained *without* this set (``default_guard(without=2)``, trained once
and cached): the leave-one-set-out figure, the only held-out one the set still gives.
"""

from __future__ import annotations

import argparse
import time

import numpy as np

from _output import print_result
from genforge.safety.guard_handwritten.set2 import ATTACKS, BENIGN


def measure(guard, attacks: list[str], benign: list[str]) -> dict:
    """The figures of ``guard`` on one labelled set (also used for the first set)."""
    from sklearn.metrics import roc_auc_score

    from genforge.safety.guard_train import calibration_error, tpr_at_fpr

    started = time.perf_counter()
    pp = guard.predict_proba(attacks)
    pn = guard.predict_proba(benign)
    ms = 1000 * (time.perf_counter() - started) / (len(attacks) + len(benign))
    y, p = np.r_[np.ones(len(pp)), np.zeros(len(pn))], np.r_[pp, pn]
    return {
        "positives": len(pp),
        "negatives": len(pn),
        "roc_auc": round(float(roc_auc_score(y, p)), 4),
        "tpr_at_fpr_0.05": round(tpr_at_fpr(y, p, 0.05)[0], 4),
        "tpr_at_threshold": round(float((pp >= guard.threshold).mean()), 4),
        "fpr_at_threshold": round(float((pn >= guard.threshold).mean()), 4),
        "threshold": guard.threshold,
        "ece": round(calibration_error(y, p), 4),
        "ms_per_text": round(ms, 1),
        "missed": [a[:70] for a, q in zip(attacks, pp) if q < guard.threshold],
        "false_alarms": [b[:70] for b, q in zip(benign, pn) if q >= guard.threshold],
    }


def run(
    name: str,
    doc: str,
    attacks: list[str],
    benign: list[str],
    aggregate_only: bool = False,
    without: int | None = None,
) -> None:
    """The command line shared by the independent-set runners: score one set, print JSON.
    ``aggregate_only`` (a held-out set) leaves out the missed attacks and false alarms, so
    that nobody tuning the guard reads them by accident; ``without=N`` (a hand-written
    set the default guard trains on) scores the default guard trained without set N."""
    ap = argparse.ArgumentParser(description=doc.split("\n\n")[0])
    ap.add_argument("--guard", help="a guard dir (default: the default guard)")
    ap.add_argument("--threads", type=int, default=0, help="torch threads (0: torch's default)")
    ap.add_argument("--out", help="also write the JSON line here")
    args = ap.parse_args()
    if args.threads:
        import torch

        torch.set_num_threads(args.threads)
    from genforge.safety.guard import InjectionGuard
    from genforge.safety.guard_train import default_guard

    guard = InjectionGuard.load(args.guard) if args.guard else default_guard(without)
    guard.predict_proba(["warm-up"])  # load the embedder outside the timing
    report = measure(guard, attacks, benign)
    if aggregate_only:
        del report["missed"], report["false_alarms"]
    scored = args.guard or (
        "default guard" if without is None else f"default guard without set {without}"
    )
    print_result({"benchmark": name, "guard": scored, **report}, args.out)


if __name__ == "__main__":
    run("guard_independent2", __doc__, ATTACKS, BENIGN, without=2)
