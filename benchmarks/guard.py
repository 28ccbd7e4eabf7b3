"""Injection guard figures: held-out template families, and hand-written sets 1-5.

Prints one JSON line with the report of ``train_guard`` (the corpus split by template
family: ROC AUC, TPR at FPR <= 5% and 1%, TPR/FPR at the guard's own threshold, Brier, ECE,
flagged share per held-out family) and the same guard's scores on hand-written sets 1-5
(``safety/guard_handwritten/set1.py`` .. ``set5.py``): attacks and hard negatives written
by hand, apart from the generator (their headers say how they were used and must be kept).
Since v8 the guard trains on the hand-written sets; this guard is trained without sets 1-5
(with the others: 6 and 7 in v8; 6-8 and 10-15 in v9; 6-15 and 17-26 since v10), so its
figures on them are held-out ones.

    .venv/bin/python benchmarks/guard.py [--per-family 60] [--seed 0] [--threads 1]
                                         [--v3-split | --v4-split]

``--v3-split`` holds out the families guard v3's figures held out: the families added in
v4 (``safety/guard_voices.py``) and v5 (``safety/guard_demands.py``) stay in training
instead of reshuffling the draw, so the held-out figures compare with v3's on the same test
families. ``--v4-split`` holds out guard v4's test families: only v5's families stay in
training (v4's split is the plain one of the v4 corpus; v5's families are drawn after all
others, so the test families hold the same texts as in v4).
"""

from __future__ import annotations

import argparse
import time

from _output import print_result
from genforge.safety.guard_handwritten import handwritten_set
from genforge.safety.guard_train import train_guard
from guard_independent2 import measure

SCORED_SETS = (1, 2, 3, 4, 5)  # left out of this guard's training, scored after it


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--per-family", type=int, default=60)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--threads", type=int, default=0, help="torch threads (0: torch's default)")
    ap.add_argument("--v3-split", action="store_true", help="hold out v3's test families")
    ap.add_argument("--v4-split", action="store_true", help="hold out v4's test families")
    ap.add_argument("--out", help="also write the JSON line here")
    args = ap.parse_args()
    if args.threads:
        import torch

        torch.set_num_threads(args.threads)
    started = time.perf_counter()
    keep = frozenset()
    if args.v3_split:
        from genforge.safety.guard_voices import VOICE_NEGATIVE, VOICE_POSITIVE

        keep = frozenset(VOICE_POSITIVE) | frozenset(VOICE_NEGATIVE)
    if args.v3_split or args.v4_split:
        from genforge.safety.guard_corpus import FAMILIES_AFTER_V4

        keep |= FAMILIES_AFTER_V4
    guard, report = train_guard(
        args.per_family, args.seed, always_train=keep, without_sets=SCORED_SETS
    )
    for n in SCORED_SETS:
        report[f"independent{n if n > 1 else ''}"] = measure(guard, *handwritten_set(n))
    report["elapsed_s"] = round(time.perf_counter() - started, 1)
    print_result({"benchmark": "guard", **report}, args.out)


if __name__ == "__main__":
    main()
