"""`genforge ladder`: n-gram, RNN, LSTM and GPT language models on one corpus and budget."""

from __future__ import annotations

import argparse
import sys

from genforge.commands import emit
from genforge.commands.settings import add_config_flags, config_from

FLAGS = {
    "budget": "seconds of training per rung",
    "data": "corpus: text files, folder, glob, 'stdlib' or a dataset dir (default: stdlib)",
    "rungs": "comma-separated subset of ngram,rnn,lstm,gpt (default: all)",
    "eval_bytes": "score only this many held-out bytes, a prefix of the val split "
    "(default: the whole split)",
    "ngram_order": "n-gram order (5)",
    "gpt_preset": "GPT size (a preset name); default: sized for the budget",
    "out": "keep each rung's model dir under OUT/<rung>",
    "seed": "random seed (0)",
    "threads": "CPU threads (default: 1 or all, the faster measured)",
    "device": "auto|cpu|cuda|mps (auto)",
}


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "ladder",
        help="train the language-model ladder and compare bits per byte",
        description="Train each rung of the language-model ladder — a Kneser-Ney n-gram, an "
        "RNN, an LSTM and the core GPT — on the same corpus (--data, default: the Python "
        "standard library) for the same wall-clock budget each, and report bits per byte on "
        "the same held-out documents (the whole val split, or its first --eval-bytes). Reads the "
        "data through the pretraining cache (built on first use). Writes each rung's model "
        "dir under --out when given (default: nothing kept). Prints a table (model, params, "
        "train seconds, bpb), or one JSON line with --json.",
    )
    add_config_flags(p, "genforge.eval.ladder:LadderConfig", FLAGS)
    p.add_argument("--json", action="store_true", help="print one JSON line")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from genforge.eval.ladder import format_table, run_ladder

    cfg = config_from(args)
    rows = run_ladder(cfg, say=lambda m: print(m, file=sys.stderr, flush=True))
    if args.json:
        emit({"budget": cfg.budget, "rungs": rows}, True)
    else:
        print(format_table(rows))
    return 0
