"""`genforge ladder`: n-gram, RNN, LSTM and GPT language models on one corpus and budget."""

from __future__ import annotations

import argparse
import sys

from genforge.commands import emit


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
    p.add_argument("--budget", type=float, required=True, help="seconds of training per rung")
    p.add_argument("--data", default="stdlib", help="corpus: text files, folder, glob, 'stdlib' "
                   "or a dataset dir (default: stdlib)")  # fmt: skip
    p.add_argument("--rungs", default="ngram,rnn,lstm,gpt",
                   help="comma-separated subset of ngram,rnn,lstm,gpt (default: all)")  # fmt: skip
    p.add_argument("--eval-bytes", type=int, default=None,
                   help="score only this many held-out bytes, a prefix of the val split "
                   "(default: the whole split)")  # fmt: skip
    p.add_argument("--ngram-order", type=int, default=5, help="n-gram order (5)")
    p.add_argument("--gpt-preset", default=None,
                   help="GPT size (a preset name); default: sized for the budget")  # fmt: skip
    p.add_argument("--out", default=None, help="keep each rung's model dir under OUT/<rung>")
    p.add_argument("--seed", type=int, default=0, help="random seed (0)")
    p.add_argument("--threads", type=int, default=None,
                   help="CPU threads (default: 1 or all, the faster measured)")  # fmt: skip
    p.add_argument("--device", default="auto", help="auto|cpu|cuda|mps (auto)")
    p.add_argument("--json", action="store_true", help="print one JSON line")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from genforge.eval.ladder import LadderConfig, format_table, run_ladder

    cfg = LadderConfig(
        data=args.data,
        budget=args.budget,
        rungs=[r.strip() for r in args.rungs.split(",") if r.strip()],
        eval_bytes=args.eval_bytes,
        ngram_order=args.ngram_order,
        gpt_preset=args.gpt_preset,
        out=args.out,
        seed=args.seed,
        threads=args.threads,
        device=args.device,
    )
    rows = run_ladder(cfg, say=lambda m: print(m, file=sys.stderr, flush=True))
    if args.json:
        emit({"budget": args.budget, "rungs": rows}, True)
    else:
        print(format_table(rows))
    return 0
