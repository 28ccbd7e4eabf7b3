"""Preference tuning figures: reward model and DPO on the embedded preference task.

Starting point: ``pt_sft``'s chat model (the `small` preset pretrained a fixed number of
steps on the standard library with the demo recipe, then 300 SFT steps on the default chat
tasks), built in-process if missing and cached under ``$GENFORGE_CACHE/post_training``
(default ``~/.cache/genforge``). Then, each a fixed number of steps (steps, not seconds, so
the figures do not depend on the machine's load) on the default task's train split:

* reward model — held-out pairwise accuracy (r_chosen > r_rejected) vs chance (0.5);
* DPO — held-out implicit-reward accuracy (margin > 0) vs the start (every margin 0), and
  the share of greedy answers to the 124 held-out "implement this function" prompts that
  pass the check (parse, and pass the doctest where there is one), SFT model vs DPO model,
  with the paired count of prompts that flipped each way.

DPO recipe: on-policy verifiable pairs (6 answers per training prompt from the SFT model,
the first greedy, the rest at temperature 0.5; a passing one against a failing one), the
chosen-NLL term (``sft_coef=1``), lr 5e-5, 100 steps of 8 pairs.

    .venv/bin/python benchmarks/pt_prefs.py [--dpo-steps 100]
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

TARGET_ACCURACY = 0.85
SAMPLE_PROMPTS = 10_000  # more than the held-out split has: every held-out prompt
RM_STEPS = 30
DPO_STEPS = 100


def sft_model_dir() -> Path:
    """The SFT model DPO and the reward model start from: ``pt_sft``'s cached chat model."""
    from pt_sft import chat_model_dir

    return chat_model_dir()


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


def run(
    budget_s: float | None = None, rm_steps: int = RM_STEPS, dpo_steps: int = DPO_STEPS
) -> list[dict[str, Any]]:
    """Train a reward model and a DPO policy (fixed steps each); return the rows.

    ``budget_s`` is accepted for benchmarks/post_training.py's common interface and unused.
    """
    from genforge.tune.dpo import DPOConfig, run_dpo
    from genforge.tune.reward import RewardConfig, run_reward

    sft = sft_model_dir()
    # threads=1: small models on a shared CPU train faster on one thread than on contended
    # ones. Both runs start from the same SFT model and use the default task's splits.
    common = {
        "model": str(sft),
        "data": "default",
        "time_budget": None,
        "device": "cpu",
        "threads": 1,
        "progress": False,
    }
    with tempfile.TemporaryDirectory(prefix="pt_prefs.") as tmp:
        rm = run_reward(RewardConfig(out=f"{tmp}/rm", max_steps=rm_steps, **common))
        # The recipe measured in docs/post-training.md (DPO): on-policy verifiable pairs
        # plus the chosen-NLL term; without that term the chosen answers' log-probs fall and
        # the rate drops below the SFT model's.
        dpo = run_dpo(
            DPOConfig(
                out=f"{tmp}/dpo",
                max_steps=dpo_steps,
                precompute_ref=True,
                on_policy_samples=6,
                on_policy_temperature=0.5,
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
    gained, lost = dpo["chosen_like_gained"], dpo["chosen_like_lost"]
    p = mcnemar_p(gained, lost)
    # "Rises" means beyond the noise of one greedy answer per prompt: a paired exact test
    # on the prompts that flipped, not rate > start (one prompt of 124 would pass that).
    row = _row(
        "dpo", "chosen_like_answer_rate", rate, start, "> baseline (SFT), p < 0.05",
        rate > start and p < 0.05, dpo,
    )  # fmt: skip
    row["details"].update(
        prompts=dpo["sampled_prompts"], gained=gained, lost=lost, mcnemar_p=p,
        on_policy=dpo["on_policy"],
        **{k: dpo[k] for k in dpo if k.startswith("chosen_like_rate_")},
    )  # fmt: skip
    rows.append(row)
    return rows


def mcnemar_p(gained: int, lost: int) -> float:
    """Two-sided exact McNemar p-value for ``gained`` vs ``lost`` discordant prompts."""
    n = gained + lost
    if n == 0:
        return 1.0
    k = min(gained, lost)
    tail = sum(math.comb(n, i) for i in range(k + 1)) / 2**n
    return min(1.0, 2 * tail)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rm-steps", type=int, default=RM_STEPS, help=f"({RM_STEPS})")
    ap.add_argument("--dpo-steps", type=int, default=DPO_STEPS, help=f"({DPO_STEPS})")
    args = ap.parse_args()
    t0 = time.perf_counter()
    for row in run(rm_steps=args.rm_steps, dpo_steps=args.dpo_steps):
        print(json.dumps(row, sort_keys=True))
    print(f"pt_prefs: {time.perf_counter() - t0:.0f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
