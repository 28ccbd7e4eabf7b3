"""Leave-one-set-out figures of the injection guard on its hand-written training sets.

Since guard v8 the default guard trains on hand-written sets (v16: sets 1-54 and 56-60,
``safety/guard_handwritten``) besides the template corpus. A set in training no longer
measures the guard, so for each set N this scores the default guard trained *without* set N
(``default_guard(without=N)``, trained once per set and cached; each training reuses the
MiniLM vectors earlier ones kept in ``$GENFORGE_CACHE/embeddings``: with v16's data the
first training took 68 minutes, one without set 49 after it 18, on a busy 2-core machine)
and prints one JSON line: per set ROC AUC, TPR at FPR <= 5%, TPR/FPR at the guard's
threshold, and the mean over the sets. This is how well the guard does on text written by a
hand it never saw; the held-out set 55 (``guard_independent55.py``) checks the same with the
guard trained on all of them.

    .venv/bin/python benchmarks/guard_handwritten.py [--sets 8,13] [--threads 1]  # default: all
"""

from __future__ import annotations

import argparse
import time

import numpy as np

from _output import print_result
from guard_independent2 import measure

FIGURES = ("roc_auc", "tpr_at_fpr_0.05", "tpr_at_threshold", "fpr_at_threshold")


def main() -> None:
    from genforge.safety.guard_handwritten import TRAINING_SETS, check_set, handwritten_set
    from genforge.safety.guard_train import default_guard

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sets", default=",".join(map(str, TRAINING_SETS)), help="e.g. 5,6,7")
    ap.add_argument("--threads", type=int, default=0, help="torch threads (0: torch's default)")
    ap.add_argument("--out", help="also write the JSON line here")
    args = ap.parse_args()
    if args.threads:
        import torch

        torch.set_num_threads(args.threads)
    sets = [int(s) for s in args.sets.split(",") if s.strip()]
    for n in sets:
        check_set(n)  # an unknown set fails before any training
    started = time.perf_counter()
    per_set = {}
    for n in sets:
        report = measure(default_guard(without=n), *handwritten_set(n))
        per_set[f"set{n}"] = {k: report[k] for k in ("positives", "negatives", *FIGURES)}
    mean = {k: round(float(np.mean([r[k] for r in per_set.values()])), 4) for k in FIGURES}
    result = {
        "benchmark": "guard_handwritten",
        "method": "leave one set out",
        "sets": per_set,
        "mean": mean,
        "elapsed_s": round(time.perf_counter() - started, 1),
    }
    print_result(result, args.out)


if __name__ == "__main__":
    main()
