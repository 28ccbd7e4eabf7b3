"""`genforge monitor`: drift profiles for a model dir and drift reports of served traffic."""

from __future__ import annotations

import argparse

from genforge.commands import emit


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "monitor",
        help="drift monitoring: build a model's reference profile, report on served traffic",
        description="`profile` scores held-out training-like text with the model and stores "
        "drift_profile.json (reference features and calibrated alarm thresholds) in the "
        "model dir; `genforge serve --monitor` then exports drift scores as Prometheus "
        "gauges, and `report` turns the server's --monitor-log into an HTML page with plots. "
        "See docs/mlops.md.",
    )
    msub = p.add_subparsers(dest="monitor_command", metavar="ACTION", required=True)
    a = msub.add_parser("profile", help="build and store the model's drift profile")
    a.add_argument("--model", required=True, help="model dir (the profile is written into it)")
    a.add_argument("--data", required=True, help="held-out text: dataset dir, files, glob, stdlib")
    a.add_argument("--window", type=int, default=50, help="requests per drift window (50)")
    a.add_argument("--alpha", type=float, default=0.01, help="false alarms per window (0.01)")
    a.add_argument("--max-prompts", type=int, default=2000, help="prompts to profile (2000)")
    a.add_argument("--device", default="auto", help="auto|cpu|cuda|mps (auto)")
    a.add_argument("--json", action="store_true", help="print one JSON line")
    a.set_defaults(func=run_profile)
    a = msub.add_parser("report", help="HTML drift report from a server's monitor log")
    a.add_argument("--log", required=True, help="the JSONL `genforge serve --monitor-log` wrote")
    a.add_argument("--model", required=True, help="model dir holding drift_profile.json")
    a.add_argument("--out", default="drift-report.html", help="HTML to write (drift-report.html)")
    a.add_argument("--json", action="store_true", help="print the summary as one JSON line")
    a.set_defaults(func=run_report)


def run_profile(args: argparse.Namespace) -> int:
    from genforge.ops.monitor import make_profile

    profile, path = make_profile(
        args.model,
        args.data,
        window=args.window,
        alpha=args.alpha,
        max_prompts=args.max_prompts,
        device=args.device,
    )
    emit({"profile": str(path), "window": profile.window, **profile.thresholds}, args.json)
    return 0


def run_report(args: argparse.Namespace) -> int:
    from genforge.eval.drift import Profile
    from genforge.ops.monitor import read_log, write_report

    summary = write_report(Profile.load(args.model), read_log(args.log), args.out)
    emit({"report": args.out, **summary}, args.json)
    return 0
