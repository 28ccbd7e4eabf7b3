"""CLI subcommands. Each module defines ``register(subparsers)``; keep them thin."""

from __future__ import annotations

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
