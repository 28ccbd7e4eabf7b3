"""SFT figures: a chat model from a pretrained base, measured on held-out chat prompts.

Starting point: a base model pretrained on the standard library with recipes/demo.yaml,
built in-process and cached under ``$GENFORGE_CACHE/post_training`` (default
``~/.cache/genforge``). SFT then trains for ``budget_s`` seconds on the default instruction
tasks (train split, packed, loss on assistant tokens) and reports, on the held-out split:

* template rate — share of held-out chat prompts answered in the template with a clean
  end-of-turn (``<|end|>`` before max_tokens, no stray control token); base vs SFT, target
  >= 95%;
* parse rate — share of held-out "implement this function" answers that parse as Python
  (``ast.parse``); base vs SFT (the issue asks for the rate, no target);
* assistant-token loss on held-out conversations, base vs SFT.

    .venv/bin/python benchmarks/pt_sft.py [--budget 120]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path
from typing import Any

TEMPLATE_TARGET = 0.95


def cache_root() -> Path:
    root = Path(os.environ.get("GENFORGE_CACHE", "~/.cache/genforge")).expanduser()
    return root / "post_training"


def base_model_dir(budget_s: float) -> Path:
    """A base model pretrained on the stdlib with recipes/demo.yaml (cached by budget)."""
    from genforge.config import resolve_config
    from genforge.modeldir import is_model_dir
    from genforge.train.pretrain import PretrainConfig, run_pretrain

    seconds = int(max(budget_s, 120))
    out = cache_root() / f"base-demo-{seconds}s"
    if is_model_dir(out):
        return out
    recipe = Path(__file__).resolve().parent.parent / "recipes" / "demo.yaml"
    cfg = resolve_config(
        PretrainConfig, recipe, {"out": str(out), "time_budget": seconds, "progress": False}
    )
    run_pretrain(cfg, recipe=str(recipe))
    return out


def _row(figure: str, value: Any, baseline: Any, target: Any, met: Any) -> dict[str, Any]:
    return {"method": "sft", "figure": figure, "value": value, "baseline": baseline,
            "target": target, "met": met}  # fmt: skip


def run(budget_s: float) -> list[dict[str, Any]]:
    """SFT the cached base for ``budget_s`` s on the default tasks; return the figure rows."""
    import tempfile

    from genforge.tune.sft import SFTConfig, run_sft

    base = base_model_dir(budget_s)
    with tempfile.TemporaryDirectory(prefix="pt_sft-") as tmp:
        s = run_sft(
            SFTConfig(model=str(base), out=str(Path(tmp) / "chat"), data="default",
                      time_budget=budget_s, device="cpu", threads=1, eval_prompts=100,
                      eval_max_tokens=128, compare_base=True, progress=False)
        )  # fmt: skip
    sft, b = s["sft"], s["base"]
    return [
        _row("held-out template rate (clean <|end|>)", sft["template_rate"],
             b["template_rate"], f">= {TEMPLATE_TARGET}",
             sft["template_rate"] >= TEMPLATE_TARGET),
        _row("held-out implement-docstring answers that parse", sft["parse_rate"],
             b["parse_rate"], "report (base vs SFT)", None),
        _row("held-out assistant-token loss (nats)", round(sft["val_loss"], 4),
             round(b["val_loss"], 4), "< base", sft["val_loss"] < b["val_loss"]),
        _row("SFT steps / seconds", s["steps"], None, None, None)
        | {"value": f"{s['steps']} steps / {s['train_seconds']} s"},
    ]  # fmt: skip


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--budget", type=float, default=120.0, help="seconds of SFT (120)")
    args = ap.parse_args()
    t0 = time.perf_counter()
    for row in run(args.budget):
        print(json.dumps(row, sort_keys=True, default=str))
    print(f"pt_sft: {time.perf_counter() - t0:.0f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
