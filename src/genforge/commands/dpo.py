"""``genforge dpo``: align a model to preference pairs with DPO (or IPO)."""

from __future__ import annotations

import argparse
import sys

from genforge.commands import emit
from genforge.commands.preference_args import preference_flags
from genforge.commands.settings import add_config_flags, config_from


def register(subparsers) -> None:
    p = subparsers.add_parser(
        "dpo",
        help="align a model to preference pairs with DPO or IPO",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        description=(
            "Direct Preference Optimization: tune the --model policy (usually an SFT model dir)\n"
            "so that, relative to a frozen copy of itself (the reference), the chosen answer's\n"
            "log-probability rises over the rejected one's. Loss 'sigmoid' is DPO\n"
            "-log sigmoid(beta * margin); 'ipo' is (margin - 1/(2 beta))^2.\n\n"
            'Reads --data: preference JSONL (one {"prompt", "chosen", "rejected"} per line;\n'
            "prompt is a string or a messages list), or 'default' for the embedded task\n"
            "(stdlib code that parses and passes its doctest vs code that does not).\n"
            "Held out: --eval-data FILE, else 10% of a user file, or the default test split.\n\n"
            "Writes --out: a model dir (the tuned policy), metrics.json (held-out implicit-\n"
            "reward accuracy and margin; with sample_eval=N also the share of N greedy\n"
            "answers that pass the check, before and after) and OUT/run/metrics.jsonl with\n"
            "rewards/chosen, rewards/rejected, rewards/margins and rewards/accuracies\n"
            "(train means with the loss rows, held-out values as val_rewards/...).\n\n"
            "Defaults: --beta 0.1, --loss sigmoid, reference run beside the policy\n"
            "(--precompute-ref: its log-probs once up front, then it is freed), --time-budget\n"
            "120 s, batch 8 pairs, AdamW lr 2e-5 cosine with 10 warmup steps, device auto.\n"
            "Any DPOConfig field can be set as key=value, e.g. label_smoothing=0.1 lr=1e-5.\n"
            "Default task, on-policy: on_policy_samples=6 sft_coef=1 lr=5e-5 samples 6\n"
            "answers per training prompt from --model (first greedy, then temperature\n"
            "on_policy_temperature=0.5), checks them, and trains on (own passing, own failing)."
        ),
    )
    flags = preference_flags(
        model_help="model dir to start from (policy and reference)",
        out_help="tuned model dir to write",
    )
    flags.update(
        beta="DPO beta (default 0.1)",
        loss="objective (default sigmoid)",
        precompute_ref="reference log-probs once, up front",
    )
    add_config_flags(p, "genforge.tune.dpo:DPOConfig", flags, recipe=True)
    p.add_argument("--json", action="store_true", help="print the summary as one JSON line")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from genforge.tune.dpo import run_dpo

    summary = run_dpo(config_from(args), log=lambda m: print(m, file=sys.stderr))
    emit(summary, args.json)
    return 0
