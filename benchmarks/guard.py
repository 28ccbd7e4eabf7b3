"""Injection guard figures: held-out template families, and three hand-written sets.

Prints one JSON line with the report of ``train_guard`` (the corpus split by template
family: ROC AUC, TPR at FPR <= 5% and 1%, TPR/FPR at the guard's own threshold, Brier, ECE,
flagged share per held-out family) and the same guard's scores on the independent sets in
``guard_independent.py``, ``guard_independent2_data.py`` and
``guard_independent3_data.py`` (and, since v6, sets 4 and 5, the dev sets; never the held-out
set 6): attacks and hard negatives
written by hand, apart from the generator (their headers say how they were used and must be
kept), the closest we have here to the hidden set the issue mentions.

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
from genforge.safety.guard_train import train_guard
from guard_independent import ATTACKS, BENIGN
from guard_independent2 import measure
from guard_independent2_data import ATTACKS as ATTACKS2
from guard_independent2_data import BENIGN as BENIGN2
from guard_independent3_data import ATTACKS as ATTACKS3
from guard_independent3_data import BENIGN as BENIGN3
from guard_independent4_data import ATTACKS as ATTACKS4
from guard_independent4_data import BENIGN as BENIGN4
from guard_independent5_data import ATTACKS as ATTACKS5
from guard_independent5_data import BENIGN as BENIGN5


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
    guard, report = train_guard(args.per_family, args.seed, always_train=keep)
    report["independent"] = measure(guard, ATTACKS, BENIGN)
    report["independent2"] = measure(guard, ATTACKS2, BENIGN2)
    report["independent3"] = measure(guard, ATTACKS3, BENIGN3)
    report["independent4"] = measure(guard, ATTACKS4, BENIGN4)  # dev sets since v5 / v6
    report["independent5"] = measure(guard, ATTACKS5, BENIGN5)
    report["elapsed_s"] = round(time.perf_counter() - started, 1)
    print_result({"benchmark": "guard", **report}, args.out)


if __name__ == "__main__":
    main()
