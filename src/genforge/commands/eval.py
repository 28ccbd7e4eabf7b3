"""`genforge eval`: measure a model dir."""

from __future__ import annotations

import argparse

from genforge.commands import emit


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "eval",
        help="evaluate a model dir (bits per byte, the evaluation suite)",
        description="Evaluate a model dir. Subcommands: bpb, suite, memorization.",
    )
    evsub = p.add_subparsers(dest="eval_command", metavar="EVAL", required=True)
    b = evsub.add_parser(
        "bpb",
        help="bits per byte on held-out text",
        description="Report bits per UTF-8 byte of the model on text files: a figure that "
        "does not depend on the tokenizer, so models with different vocabularies compare. "
        "Reads --model (a model dir) and --data (a dataset dir -> its val split, a directory "
        "or glob of text files, a .jsonl/.parquet file, or 'stdlib'). Writes nothing.",
    )
    b.add_argument("--model", required=True, help="model dir written by `genforge pretrain`")
    b.add_argument("--data", required=True, help="text to score (see above)")
    b.add_argument("--batch-size", type=int, default=16, help="windows per forward (16)")
    b.add_argument(
        "--seq-len", type=int, default=None, help="window length (default: model context)"
    )
    b.add_argument("--device", default="auto", help="auto|cpu|cuda|mps (auto)")
    b.add_argument("--json", action="store_true", help="print one JSON line")
    b.set_defaults(func=run_bpb)
    s = evsub.add_parser(
        "suite",
        help="every evaluation that fits the model, as one report (for registry gates)",
        description="Run the evaluations that fit --model into one report: bpb on held-out "
        "text (the standard library's test split by default), and for chat models (SFT, DPO, "
        "RL, distill) the chat template rate, code parse rate and held-out arithmetic "
        "accuracy. --suite default, or a YAML file naming evaluations and their settings "
        "(docs/mlops.md). Reads the model dir; writes nothing (--json prints the report "
        "`genforge registry add --eval` records).",
    )
    s.add_argument("--model", required=True, help="model dir")
    s.add_argument("--suite", default="default", help="default or a suite YAML file (default)")
    s.add_argument("--device", default="auto", help="auto|cpu|cuda|mps (auto)")
    s.add_argument("--json", action="store_true", help="print the report as one JSON line")
    s.set_defaults(func=run_suite)
    m = evsub.add_parser(
        "memorization",
        help="extraction rate of training text from its prefixes, against a held-out control",
        description="Draw --n windows from the dataset dir's train split and --n from its "
        "val split (the control), give the model each window's first --prefix tokens and "
        "decode --suffix tokens greedily; report the share reproduced exactly and to >= "
        "--near of the tokens, for both, and train's excess over the control (the "
        "memorisation). Reads the model dir and dataset dir; writes nothing. docs/safety.md.",
    )
    m.add_argument("--model", required=True, help="model dir")
    m.add_argument("--data", required=True, help="the dataset dir it was trained on")
    m.add_argument("--n", type=int, default=200, help="windows per split (200)")
    m.add_argument("--prefix", type=int, default=32, help="prefix tokens (32)")
    m.add_argument("--suffix", type=int, default=32, help="tokens to reproduce (32)")
    m.add_argument("--near", type=float, default=0.9, help="share of tokens for near (0.9)")
    m.add_argument("--seed", type=int, default=0, help="window sampling seed (0)")
    m.add_argument("--device", default="auto", help="auto|cpu|cuda|mps (auto)")
    m.add_argument("--json", action="store_true", help="print one JSON line")
    m.set_defaults(func=run_memorization)


def run_memorization(args: argparse.Namespace) -> int:
    from genforge.eval.memorization import memorization

    report = memorization(
        args.model,
        args.data,
        n=args.n,
        prefix=args.prefix,
        suffix=args.suffix,
        near=args.near,
        seed=args.seed,
        device=args.device,
    )
    emit(report, args.json)
    return 0


def run_bpb(args: argparse.Namespace) -> int:
    from genforge.eval.bpb import evaluate_model_dir

    result = evaluate_model_dir(
        args.model,
        args.data,
        batch_size=args.batch_size,
        seq_len=args.seq_len,
        device=args.device,
    )
    emit(result, args.json)
    return 0


def run_suite(args: argparse.Namespace) -> int:
    from genforge.ops.evalsuite import load_suite, run_suite

    report = run_suite(args.model, load_suite(args.suite), device=args.device)
    emit(report if args.json else {**report["metrics"], "skipped": report["skipped"]}, args.json)
    return 0
