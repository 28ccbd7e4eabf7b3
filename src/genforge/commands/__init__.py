"""CLI subcommands. Each module defines ``register(subparsers)``; keep them thin."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any


def emit(result: dict[str, Any], as_json: bool) -> None:
    """Print a command's figures: one JSON line with --json, else ``key: value`` lines."""
    if as_json:
        print(json.dumps(result, sort_keys=True, default=str))
        return
    for key, value in result.items():
        if isinstance(value, float):
            value = f"{value:.4g}"
        print(f"{key}: {value}")
    sys.stdout.flush()


def flag_overrides(flags: dict[str, Any]) -> list[str]:
    """``key=value`` config overrides for the command-line flags a user actually gave
    (None means "not given": the recipe's or the dataclass's default stays)."""
    return [f"{k}={v}" for k, v in flags.items() if v is not None]


def add_mlflow_flag(p: argparse.ArgumentParser) -> None:
    """``--mlflow URI``: a training command also logs its run to MLflow (docs/mlops.md)."""
    p.add_argument(
        "--mlflow",
        metavar="URI",
        default=None,
        help="when done, also log the run (config, metrics per step, final figures, the "
        "model dir) to this MLflow tracking URI (sqlite:///mlflow.db, http://host:5000); "
        "needs pip install 'genforge[mlflow]'",
    )


def log_mlflow(args: argparse.Namespace, summary: dict[str, Any]) -> None:
    """Log the finished stage whose summary is ``summary`` (its ``out``) when --mlflow asks."""
    if not getattr(args, "mlflow", None):
        return
    from genforge.ops.runs import load_run
    from genforge.ops.tracking import log_run

    final = {k: v for k, v in summary.items() if k != "config"}
    logged = log_run(load_run(summary["out"]), args.mlflow, final=final)
    print(f"mlflow: run {logged['mlflow_run_id']} at {args.mlflow}", file=sys.stderr)
