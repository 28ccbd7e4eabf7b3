"""Preference tuning figures: reward model and DPO on the embedded preference task.

Starting point: an SFT model (``pt_sft``'s base, pretrained on the standard library with the
demo recipe, then SFT on the default chat tasks for ``budget_s``), built in-process and
cached under ``$GENFORGE_CACHE/post_training`` (default ``~/.cache/genforge``). Then, each for
``budget_s`` seconds of training on the default task's train split:

* reward model — held-out pairwise accuracy (r_chosen > r_rejected) vs chance (0.5);
* DPO — held-out implicit-reward accuracy (margin > 0) vs the start (every margin 0), and
  the share of greedy answers to held-out "implement this function" prompts that pass the
  check (parse, and pass the doctest where there is one), SFT model vs DPO model.

    .venv/bin/python benchmarks/pt_prefs.py [--budget 120]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

TARGET_ACCURACY = 0.85
SAMPLE_PROMPTS = 10_000  # more than the held-out split has: every held-out prompt


def sft_model_dir(budget_s: float) -> Path:
    """The SFT model DPO and the reward model start from (cached): base + default chat SFT."""
    from genforge.modeldir import is_model_dir
    from genforge.tune.sft import SFTConfig, run_sft
    from pt_sft import base_model_dir, cache_root

    base = base_model_dir(budget_s)  # the SFT part's cached base: one copy of the recipe
    out = cache_root() / f"{base.name}-sft-{int(budget_s)}s"
    if is_model_dir(out):
        return out
    run_sft(
        SFTConfig(
            model=str(base),
            out=str(out),
            data="default",
            time_budget=budget_s,
            device="cpu",
            threads=1,
            compare_base=False,
            progress=False,
        )
    )
    return out


def _row(
    method: str,
    figure: str,
    value: float,
    baseline: Any,
    target: Any,
    met: bool,
    summary: dict[str, Any],
) -> dict[str, Any]:
    return {
        "method": method,
        "figure": figure,
        "value": value,
        "baseline": baseline,
        "target": target,
        "met": bool(met),
        "details": {"steps": summary["steps"], "start_model": summary["base_model"]},
    }


def run(budget_s: float) -> list[dict[str, Any]]:
    """Train a reward model and a DPO policy for ``budget_s`` s each; return the rows."""
    from genforge.tune.dpo import DPOConfig, run_dpo
    from genforge.tune.reward import RewardConfig, run_reward

    sft = sft_model_dir(budget_s)
    # threads=1: small models on a shared CPU train faster on one thread than on contended
    # ones. Both runs start from the same SFT model and use the default task's splits.
    common = {
        "model": str(sft),
        "data": "default",
        "time_budget": budget_s,
        "device": "cpu",
        "threads": 1,
        "progress": False,
    }
    with tempfile.TemporaryDirectory(prefix="pt_prefs.") as tmp:
        rm = run_reward(RewardConfig(out=f"{tmp}/rm", **common))
        # The best DPO recipe measured for the start model (docs/post-training.md, DPO):
        # on-policy rejected answers plus the chosen-NLL term, lr 5e-5.
        dpo = run_dpo(
            DPOConfig(
                out=f"{tmp}/dpo",
                precompute_ref=True,
                own_failures=True,
                sft_coef=1.0,
                lr=5e-5,
                sample_eval=SAMPLE_PROMPTS,
                sample_max_tokens=128,
                **common,
            )
        )
    acc = rm["heldout_accuracy"]
    rows = [
        _row(
            "reward_model",
            "heldout_pair_accuracy",
            acc,
            0.5,
            TARGET_ACCURACY,
            acc >= TARGET_ACCURACY,
            rm,
        )
    ]
    acc = dpo["heldout_accuracy"]
    rows.append(
        _row(
            "dpo",
            "heldout_implicit_reward_accuracy",
            acc,
            0.0,
            TARGET_ACCURACY,
            acc >= TARGET_ACCURACY,
            dpo,
        )
    )
    rate, start = dpo["chosen_like_rate"], dpo["chosen_like_rate_start"]
    rows.append(
        _row("dpo", "chosen_like_answer_rate", rate, start, "> baseline (SFT)", rate > start, dpo)
    )
    return rows


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--budget", type=float, default=120.0, help="seconds per training run")
    args = ap.parse_args()
    t0 = time.perf_counter()
    for row in run(args.budget):
        print(json.dumps(row, sort_keys=True))
    print(f"pt_prefs: {time.perf_counter() - t0:.0f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
