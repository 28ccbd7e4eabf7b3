"""``genforge rm``: train a Bradley–Terry reward model on preference pairs."""

from __future__ import annotations

import argparse
import sys

from genforge.commands import emit, flag_overrides
from genforge.commands.pretrain import IntermixedParser


def register(subparsers) -> None:
    p = subparsers.add_parser(
        "rm",
        help="train a reward model (scalar head, Bradley-Terry) on preference pairs",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        description=(
            "Train a reward model: the --model trunk (usually an SFT model dir) plus a scalar\n"
            "head on the final hidden state at the last token of prompt + answer, trained with\n"
            "the Bradley-Terry loss -log sigmoid(r_chosen - r_rejected).\n\n"
            'Reads --data: preference JSONL (one {"prompt", "chosen", "rejected"} per line;\n'
            "prompt is a string or a messages list), or 'default' for the embedded task\n"
            "(stdlib code that parses and passes its doctest vs code that does not).\n"
            "Held out: --eval-data FILE, else 10% of a user file (eval_fraction), or the\n"
            "default task's test split.\n\n"
            'Writes --out: a model dir with "reward_head": true in config.json and the head in\n'
            "reward_head.safetensors, metrics.json (held-out pairwise accuracy) and OUT/run/\n"
            "(metrics.jsonl, loss.png).\n\n"
            "Defaults: --time-budget 120 s, batch 8 pairs, AdamW lr 1e-4 (head 10x), cosine\n"
            "with 10 warmup steps, max_len = the model's context, device auto.\n"
            "Any RewardConfig field can be set as key=value, e.g. lr=5e-5 batch_size=4"
        ),
    )
    p.add_argument("--model", help="model dir to start from (an SFT model)")
    p.add_argument("--data", help="preference JSONL, or 'default' (embedded task)")
    p.add_argument("--eval-data", help="held-out preference JSONL")
    p.add_argument("--out", help="reward model dir to write")
    p.add_argument("--time-budget", type=float, help="seconds of training (default 120)")
    p.add_argument("--max-steps", type=int, help="optimizer steps (stops at the first limit)")
    p.add_argument("--recipe", help="YAML file of RewardConfig fields")
    p.add_argument("--device", help="auto (default), cpu, cuda, cuda:N, mps")
    p.add_argument("--no-progress", action="store_true", help="no progress bar")
    p.add_argument("--json", action="store_true", help="print the summary as one JSON line")
    p.add_argument("overrides", nargs="*", metavar="key=value", help="RewardConfig fields")
    p.__class__ = IntermixedParser
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from genforge.config import resolve_config
    from genforge.tune.reward import RewardConfig, run_reward

    flags = {
        "model": args.model,
        "data": args.data,
        "eval_data": args.eval_data,
        "out": args.out,
        "time_budget": args.time_budget,
        "max_steps": args.max_steps,
        "device": args.device,
    }
    overrides = list(args.overrides or []) + flag_overrides(flags)
    if args.no_progress:
        overrides.append("progress=false")
    cfg = resolve_config(RewardConfig, args.recipe, overrides)
    summary = run_reward(cfg, log=lambda m: print(m, file=sys.stderr))
    emit(summary, args.json)
    return 0
