"""`genforge runs`: list, show and compare training runs from their run dirs."""

from __future__ import annotations

import argparse
import json
import sys


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "runs",
        help="list, show and compare training runs (their metrics.jsonl and config)",
        description="Read the run dirs training stages write (metrics.jsonl, config.json; "
        "OUT/run inside a finished model dir) and list them, show one, or compare several: "
        "a table of final figures and of the config keys that differ, and a PNG of their "
        "curves overlaid. Reads only; compare writes --plot. See docs/mlops.md.",
    )
    rsub = p.add_subparsers(dest="runs_command", metavar="ACTION", required=True)
    a = rsub.add_parser("list", help="every run dir under the folders given (default: .)")
    a.add_argument("roots", nargs="*", default=["."], help="folders to search (.)")
    a.add_argument("--json", action="store_true", help="print JSON")
    a.set_defaults(func=run_list)
    a = rsub.add_parser("show", help="one run: figures, config, last rows")
    a.add_argument("run", help="run dir, or the model dir holding it as run/")
    a.add_argument("--json", action="store_true", help="print JSON")
    a.set_defaults(func=run_show)
    a = rsub.add_parser("compare", help="final figures, config differences, overlaid curves")
    a.add_argument("runs", nargs="+", help="run dirs or model dirs (two or more)")
    a.add_argument("--plot", default="runs-compare.png", help="PNG to write (runs-compare.png)")
    a.add_argument(
        "--metric",
        action="append",
        default=None,
        help="curve to draw (repeat; default loss, val_loss, val_bpb where logged)",
    )
    a.add_argument("--json", action="store_true", help="print JSON")
    a.set_defaults(func=run_compare)
    a = rsub.add_parser(
        "mlflow",
        help="log runs to an MLflow tracking server or store",
        description="Log each run (config as params, every metrics.jsonl field per step, "
        "the stage's final figures, the model dir and run log as artifacts) as one MLflow "
        "run. Needs pip install 'genforge[mlflow]'. See docs/mlops.md.",
    )
    a.add_argument("runs", nargs="+", help="run dirs or model dirs")
    a.add_argument(
        "--uri", required=True, help="tracking URI: sqlite:///mlflow.db, http://host:5000, ..."
    )
    a.add_argument("--experiment", default="genforge", help="MLflow experiment (genforge)")
    a.add_argument("--no-model", action="store_true", help="leave the model dir out")
    a.add_argument("--json", action="store_true", help="print JSON")
    a.set_defaults(func=run_mlflow)


COLUMNS = ["name", "stage", "status", "steps", "loss", "val_loss", "val_bpb", "path"]


def run_list(args: argparse.Namespace) -> int:
    from genforge.ops.runs import find_runs, table

    rows = [r.summary() for r in find_runs(args.roots)]
    if args.json:
        print(json.dumps(rows, default=str))
    elif rows:
        print(table(rows, COLUMNS))
    else:
        print(f"no run dirs (metrics.jsonl) under {', '.join(args.roots)}", file=sys.stderr)
    return 0


def run_show(args: argparse.Namespace) -> int:
    from genforge.ops.runs import flatten, load_run

    run = load_run(args.run)
    out = {**run.summary(), "rows": len(run.rows), "config": run.config}
    if args.json:
        print(json.dumps(out, default=str))
        return 0
    for k, v in run.summary().items():
        print(f"{k}: {v:.4g}" if isinstance(v, float) else f"{k}: {v}")
    print(f"rows: {len(run.rows)}\nconfig:")
    for k, v in flatten(run.config).items():
        print(f"  {k}: {v}")
    return 0


def run_compare(args: argparse.Namespace) -> int:
    from genforge.ops.runs import CURVES, compare, load_run, plot_runs, table

    runs = [load_run(r) for r in args.runs]
    result = compare(runs)
    result["plot"] = str(args.plot)
    result["curves"] = plot_runs(runs, args.plot, tuple(args.metric or CURVES))
    if args.json:
        print(json.dumps(result, default=str))
        return 0
    print(table(result["runs"], [c for c in COLUMNS if c != "path"] + ["tokens_per_s"]))
    diffs = result["config_differences"]
    if diffs:
        print("\nconfig that differs:")
        rows = [
            {"key": k, **{r.name: v for r, v in zip(runs, vals, strict=True)}}
            for k, vals in diffs.items()
        ]
        print(table(rows, ["key", *[r.name for r in runs]]))
    print(f"\ncurves ({', '.join(result['curves'])}): {args.plot}")
    return 0


def run_mlflow(args: argparse.Namespace) -> int:
    from genforge.ops.runs import load_run
    from genforge.ops.tracking import log_run

    runs = [load_run(r) for r in args.runs]  # every path checked before anything is logged
    for run in runs:
        logged = log_run(run, args.uri, experiment=args.experiment, model=not args.no_model)
        if args.json:
            print(json.dumps({"name": run.name, **logged}))
        else:
            print(
                f"{run.name}: mlflow run {logged['mlflow_run_id']} ({logged['params']} params, "
                f"{logged['metric_points']} metric points, {logged['artifacts']} artifacts)"
            )
    return 0
