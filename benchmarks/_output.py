"""How a benchmark script hands back its figures: one JSON line on stdout, also saved to a file.

The scripts run standalone (``python benchmarks/NAME.py``), so this folder is on
``sys.path`` and they import this module by its bare name.
"""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

from genforge.io import atomic_write_bytes, atomic_write_text


def print_result(result: dict[str, Any], out: str | Path | None) -> None:
    """Print ``result`` as one sorted-key JSON line; also write it to ``out`` when given."""
    line = json.dumps(result, sort_keys=True)
    print(line)
    if out:
        atomic_write_text(out, line + "\n")


# Where the figures the docs show are kept.
FIGURES = Path(__file__).resolve().parents[1] / "docs/img/foundations"


def save_figure(fig: Any, path: str | Path, dpi: int = 80) -> Path:
    """Lay out a matplotlib figure and write it as a PNG to ``path`` atomically; return it."""
    fig.tight_layout()
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=dpi)
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write_bytes(path, buf.getvalue())
    return path
