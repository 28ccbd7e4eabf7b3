"""``genforge rm``: train a Bradley–Terry reward model on preference pairs."""

from __future__ import annotations

import argparse
import sys

from genforge.commands import emit
from genforge.commands.preference_args import preference_flags
from genforge.commands.settings import add_config_flags, config_from


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
    flags = preference_flags(
        model_help="model dir to start from (an SFT model)", out_help="reward model dir to write"
    )
    add_config_flags(p, "genforge.tune.reward:RewardConfig", flags, recipe=True)
    p.add_argument("--json", action="store_true", help="print the summary as one JSON line")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from genforge.tune.reward import run_reward

    summary = run_reward(config_from(args), log=lambda m: print(m, file=sys.stderr))
    emit(summary, args.json)
    return 0
