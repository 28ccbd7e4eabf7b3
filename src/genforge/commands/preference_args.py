"""The command-line arguments ``genforge rm`` and ``genforge dpo`` share (both train on
preference pairs through a config dataclass), and how they become config overrides."""

from __future__ import annotations

import argparse

from genforge.commands import flag_overrides
from genforge.commands.pretrain import IntermixedParser


def add_data_args(p: argparse.ArgumentParser, *, model_help: str, out_help: str) -> None:
    """--model, --data, --eval-data, --out."""
    p.add_argument("--model", help=model_help)
    p.add_argument("--data", help="preference JSONL, or 'default' (embedded task)")
    p.add_argument("--eval-data", help="held-out preference JSONL")
    p.add_argument("--out", help=out_help)


def add_run_args(p: argparse.ArgumentParser, *, config: str) -> None:
    """Limits, recipe, device, output flags and trailing ``key=value`` fields of ``config``."""
    p.add_argument("--time-budget", type=float, help="seconds of training (default 120)")
    p.add_argument("--max-steps", type=int, help="optimizer steps (stops at the first limit)")
    p.add_argument("--recipe", help=f"YAML file of {config} fields")
    p.add_argument("--device", help="auto (default), cpu, cuda, cuda:N, mps")
    p.add_argument("--no-progress", action="store_true", help="no progress bar")
    p.add_argument("--json", action="store_true", help="print the summary as one JSON line")
    p.add_argument("overrides", nargs="*", metavar="key=value", help=f"{config} fields")
    p.__class__ = IntermixedParser


def overrides_of(args: argparse.Namespace, **extra: object) -> list[str]:
    """``key=value`` overrides: trailing fields first, then the flags given (flags win)."""
    flags = {
        "model": args.model,
        "data": args.data,
        "eval_data": args.eval_data,
        "out": args.out,
        **extra,
        "time_budget": args.time_budget,
        "max_steps": args.max_steps,
        "device": args.device,
    }
    overrides = list(args.overrides or []) + flag_overrides(flags)
    if args.no_progress:
        overrides.append("progress=false")
    return overrides
