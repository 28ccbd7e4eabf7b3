"""The language-model ladder at equal wall-clock budget: n-gram, RNN, LSTM, GPT.

Prints a table (model, params, train seconds, bits per byte on the same held-out files),
then one JSON line per rung, then a summary line saying whether each rung beat the one
below. Same code path as ``genforge ladder``. Several budgets (``--budget 150,600``) run the
whole ladder once per budget, which shows where a neural rung overtakes the count table.

    python benchmarks/lm_ladder.py --budget 60 [--data stdlib] [--out results.jsonl]
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys

from genforge.eval.ladder import RUNGS, LadderConfig, format_table, run_ladder
from genforge.io import atomic_write_text


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--budget", default="60", help="seconds per rung, or a comma-separated list of budgets (60)"
    )
    ap.add_argument("--data", default="stdlib", help="corpus (stdlib)")
    ap.add_argument("--rungs", default=",".join(RUNGS), help="rungs to run (all)")
    ap.add_argument(
        "--eval-bytes",
        type=int,
        default=None,
        help="held-out bytes, a prefix of the val split (default: all of it)",
    )
    ap.add_argument("--out", default=None, help="also write the JSON lines to this file")
    args = ap.parse_args()
    try:
        budgets = [float(b) for b in args.budget.split(",")]
    except ValueError:
        ap.error(f"--budget takes seconds or a comma-separated list of them, got {args.budget!r}")
    lines = []
    for budget in budgets:
        cfg = LadderConfig(
            data=args.data,
            budget=budget,
            rungs=args.rungs.split(","),
            eval_bytes=args.eval_bytes,
        )
        rows = run_ladder(cfg, say=lambda m: print(m, file=sys.stderr, flush=True))
        print(format_table(rows), file=sys.stderr, flush=True)
        lines += [json.dumps(r, sort_keys=True) for r in rows]
        # Each rung should reach a lower bpb than the rung below (the one listed before it).
        ordered = all(b["bpb"] < a["bpb"] for a, b in itertools.pairwise(rows))
        lines.append(json.dumps({"budget": budget, "each_rung_beats_the_one_below": ordered}))
    print("\n".join(lines))
    if args.out:
        atomic_write_text(args.out, "\n".join(lines) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
