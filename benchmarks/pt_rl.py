"""GRPO figures: held-out arithmetic exact-match of an SFT model before and after GRPO.

Starting point: the cached stdlib base model of ``pt_sft.py`` (``$GENFORGE_CACHE``), then SFT
on the embedded arithmetic / unit-conversion chat tasks (train split; cached), then GRPO on
the same task family with the exact-answer verifier as reward, sampling through the shared
inference engine. Both models are scored with greedy decoding on the held-out test split.

    .venv/bin/python benchmarks/pt_rl.py [--budget 120]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

GAIN_TARGET_POINTS = 20.0


def _row(figure: str, value: Any, baseline: Any, target: Any, met: Any) -> dict[str, Any]:
    return {"method": "grpo", "figure": figure, "value": value, "baseline": baseline,
            "target": target, "met": met}  # fmt: skip


def arithmetic_sft_dir(base: Path, budget_s: float) -> Path:
    """The base SFT-ed on arithmetic chat tasks for ``5 * budget_s`` seconds (cached).

    Arithmetic needs far more SFT than chat format does: after ~860 s a 1M-parameter
    stdlib base answers ~16% of held-out problems greedily, and GRPO needs some right.
    """
    from genforge.modeldir import is_model_dir
    from genforge.tune.data import write_jsonl
    from genforge.tune.sft import SFTConfig, run_sft
    from genforge.tune.tasks import arithmetic_tasks
    from pt_sft import cache_root

    seconds = int(5 * budget_s)
    out = cache_root() / f"sft-arith-{base.name}-{seconds}s"
    if is_model_dir(out):
        return out
    data = cache_root() / "arith_train.jsonl"
    rows = [
        {"messages": [{"role": "user", "content": t.prompt},
                      {"role": "assistant", "content": t.answer}]}
        for t in arithmetic_tasks(6000, split="train")
    ]  # fmt: skip
    write_jsonl(data, rows)
    run_sft(
        SFTConfig(model=str(base), out=str(out), data=str(data), time_budget=seconds,
                  batch_size=16, seq_len=128, lr=2e-3, device="cpu", compare_base=False,
                  eval_prompts=16, eval_max_tokens=16, progress=False)
    )  # fmt: skip
    return out


def run(budget_s: float) -> list[dict[str, Any]]:
    """SFT (cached) then GRPO for ``budget_s`` s; return the figure rows."""
    import tempfile

    import torch

    from genforge.tune.rl import RLConfig, run_rl
    from pt_sft import base_model_dir

    torch.set_num_threads(1)  # rollouts run in the engine thread; 2 pools thrash a small CPU
    sft = arithmetic_sft_dir(base_model_dir(budget_s), budget_s)
    with tempfile.TemporaryDirectory(prefix="pt_rl-") as tmp:
        s = run_rl(
            RLConfig(model=str(sft), task="arithmetic", out=str(Path(tmp) / "rl"),
                     time_budget=budget_s, lr=1.5e-4, kl_coef=0.02, temperature=0.7,
                     prompts_per_step=16,
                     group=8, max_new_tokens=8, eval_tasks=300)
        )  # fmt: skip
    before, after = s["heldout_accuracy_before"], s["heldout_accuracy_after"]
    gain = s["heldout_gain_points"]
    return [
        _row("held-out arithmetic exact-match (greedy)", after, before, None, None),
        _row("exact-match gain over SFT (points)", gain, 0.0, f">= {GAIN_TARGET_POINTS}",
             gain >= GAIN_TARGET_POINTS),
        _row("GRPO steps / rollouts / seconds",
             f"{s['steps']} / {s['rollouts']} / {s['train_seconds']} s", None, None, None),
    ]  # fmt: skip


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--budget", type=float, default=120.0, help="seconds of GRPO (120)")
    args = ap.parse_args()
    t0 = time.perf_counter()
    for row in run(args.budget):
        print(json.dumps(row, sort_keys=True, default=str))
    print(f"pt_rl: {time.perf_counter() - t0:.0f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
