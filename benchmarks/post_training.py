"""Post-training figures in one table: SFT, LoRA/QLoRA, reward model, DPO, GRPO, distillation.

Each method's measurement lives in its own script (``pt_sft.py``, ``pt_lora.py``,
``pt_prefs.py``, ``pt_rl.py``, ``pt_distill.py``) exposing ``run(budget_s) -> list[dict]``;
this one runs them in order and prints every row (method, figure, value, baseline, target,
met) as a JSON line, then the table. Every figure is measured on held-out data in this run.

    .venv/bin/python benchmarks/post_training.py [--budget 120] [--only sft,lora] [--out F]
"""

from __future__ import annotations

import argparse
import importlib
import sys
import time
from typing import Any

from _output import print_result

PARTS = ("pt_sft", "pt_lora", "pt_prefs", "pt_rl", "pt_distill")


def format_table(rows: list[dict[str, Any]]) -> str:
    """Rows as a fixed-width text table (the form the closing notes and docs quote)."""
    cols = ("method", "figure", "value", "baseline", "target", "met")

    def cell(v: Any) -> str:
        if isinstance(v, float):
            return f"{v:.4g}"
        return "" if v is None else str(v)

    body = [[cell(r.get(c)) for c in cols] for r in rows]
    widths = [
        max(len(c), *(len(b[i]) for b in body)) if body else len(c) for i, c in enumerate(cols)
    ]
    lines = ["  ".join(c.ljust(w) for c, w in zip(cols, widths, strict=True))]
    lines += ["  ".join(v.ljust(w) for v, w in zip(b, widths, strict=True)) for b in body]
    return "\n".join(lines)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--budget", type=float, default=120.0, help="seconds per training run (120)")
    ap.add_argument("--only", default=None, help="comma-separated parts, e.g. sft,lora")
    ap.add_argument("--out", default=None, help="also write the JSON here")
    args = ap.parse_args()
    parts = PARTS
    if args.only:
        wanted = {f"pt_{p.strip()}" for p in args.only.split(",")}
        unknown = wanted - set(PARTS)
        if unknown:
            ap.error(f"unknown part(s) {sorted(unknown)}; choose from {[p[3:] for p in PARTS]}")
        parts = tuple(p for p in PARTS if p in wanted)
    rows: list[dict[str, Any]] = []
    seconds: dict[str, float] = {}
    for name in parts:
        t0 = time.perf_counter()
        part_rows = importlib.import_module(name).run(args.budget)
        seconds[name] = round(time.perf_counter() - t0, 1)
        rows += part_rows
        print(format_table(part_rows), file=sys.stderr, flush=True)
    print(format_table(rows), file=sys.stderr)
    print_result({"benchmark": "post_training", "rows": rows, "seconds": seconds}, args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
