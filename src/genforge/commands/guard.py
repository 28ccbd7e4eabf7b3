"""`genforge guard`: score text for prompt injection; train and measure the detector."""

from __future__ import annotations

import argparse

from genforge.commands import emit


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "guard",
        help="prompt-injection detector: score text, train, measure",
        description="A calibrated probability that a text (a retrieved page, a tool result, "
        "a user message) tries to inject instructions. Obfuscations (base64, leetspeak, "
        "zero-width characters, homoglyphs, spaced letters) are undone before scoring. "
        "Without --guard the default guard is trained once on the generated corpus (a "
        "minute or two) and cached. See docs/safety.md.",
    )
    verbs = p.add_subparsers(dest="verb", metavar="VERB", required=True)
    sc = verbs.add_parser("score", help="P(injection) of TEXT|FILE|-")
    sc.add_argument("input", metavar="TEXT|FILE|-")
    sc.add_argument("--guard", help="guard dir from `genforge guard train` (default: cached)")
    sc.add_argument("--threshold", type=float, help="flag at p >= this (the guard's own)")
    sc.add_argument("--json", action="store_true", help="print one JSON line")
    sc.set_defaults(func=run_score)
    tr = verbs.add_parser("train", help="train a guard on the whole corpus and save it")
    tr.add_argument("--out", required=True, help="guard dir to write")
    tr.add_argument("--per-family", type=int, default=60, help="examples per family (60)")
    tr.add_argument("--seed", type=int, default=0, help="corpus seed (0)")
    tr.set_defaults(func=run_train)
    ev = verbs.add_parser(
        "eval",
        help="train on some template families, report on the held-out families",
        description="Split the corpus by template family (30%% of each label's families "
        "held out whole), train on the rest and print ROC AUC, TPR at FPR <= 5%% and 1%%, "
        "TPR/FPR at the guard's threshold, calibration and the flagged share per family.",
    )
    ev.add_argument("--per-family", type=int, default=60, help="examples per family (60)")
    ev.add_argument("--seed", type=int, default=0, help="corpus and split seed (0)")
    ev.add_argument("--json", action="store_true", help="print one JSON line")
    ev.set_defaults(func=run_eval)


def _check_per_family(n: int) -> None:
    from genforge.errors import GenforgeError

    if not 5 <= n <= 10_000:
        raise GenforgeError(f"--per-family must be between 5 and 10000, got {n}")


def run_score(args: argparse.Namespace) -> int:
    from genforge.safety.guard import InjectionGuard
    from genforge.safety.guard_train import default_guard
    from genforge.safety.textarg import read_text_arg

    text, _ = read_text_arg(args.input)
    guard = InjectionGuard.load(args.guard) if args.guard else default_guard()
    if args.threshold is not None:
        guard.threshold = args.threshold
    emit(guard.score(text).as_dict(), args.json)
    return 0


def run_train(args: argparse.Namespace) -> int:
    from genforge.safety.guard_train import train_guard

    _check_per_family(args.per_family)
    guard, _ = train_guard(args.per_family, args.seed, holdout=False)
    guard.save(args.out, {"corpus": {"per_family": args.per_family, "seed": args.seed}})
    emit({"out": args.out, "threshold": guard.threshold}, False)
    return 0


def run_eval(args: argparse.Namespace) -> int:
    from genforge.safety.guard_train import train_guard

    _check_per_family(args.per_family)
    _, report = train_guard(args.per_family, args.seed)
    if not args.json:
        report.pop("flagged_share_per_family")
    emit(report, args.json)
    return 0


def add_guard_args(p: argparse.ArgumentParser, what: str) -> None:
    """The injection-guard options of a command that reads untrusted ``what``."""
    p.add_argument(
        "--guard",
        choices=("off", "flag", "strip", "refuse"),
        default="off",
        help=f"prompt-injection guard on {what}: flag (keep, mark), strip (replace), refuse "
        "(stop) (off)",
    )
    p.add_argument("--guard-dir", default=None, help="guard dir (default: the cached default)")
    p.add_argument(
        "--guard-threshold", type=float, default=None, help="flag at p >= this (the guard's own)"
    )


def guard_from_args(args: argparse.Namespace):
    """The guard ``add_guard_args``'s options ask for (None when off)."""
    from genforge.errors import GenforgeError
    from genforge.safety.policy import load_guard

    t = args.guard_threshold
    if t is not None and not 0.0 < t < 1.0:
        raise GenforgeError(f"--guard-threshold must be in (0, 1), got {t}")
    return None if args.guard == "off" else load_guard(args.guard_dir)
