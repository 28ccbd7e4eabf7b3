"""Run tracking over the run dirs every training stage already writes.

A run dir is any folder holding a ``metrics.jsonl`` (the training loop's log: one JSON row per
logged step with ``loss``, ``val_loss``, ``val_bpb``, ``lr``, ``tokens_per_s``...). It sits
inside its model dir as ``OUT/run`` once the stage finished (then the run is named after
``OUT``), or anywhere ``--run-dir`` put it. Its config is ``run/config.json`` (the resolved
config pretraining writes), else the ``config`` of a ``*metrics.json`` summary next to the
model, else the stage's summary in the model's ``config.json``.

Nothing here writes to a run dir: ``compare`` writes only the PNG it is asked for.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from genforge.errors import GenforgeError
from genforge.io import atomic_path
from genforge.train.metrics import read_metrics

METRICS_FILE = "metrics.jsonl"
SKIP = {".git", ".venv", "node_modules", "__pycache__", "blobs", "checkouts", "checkpoint"}
# The figures a table shows (the last logged value of each), in this order.
FIGURES = ("loss", "val_loss", "val_bpb", "tokens", "tokens_per_s", "mfu", "elapsed")
CURVES = ("loss", "val_loss", "val_bpb")


@dataclass
class Run:
    name: str
    path: Path  # the run dir (holds metrics.jsonl)
    model_dir: Path | None  # the finished model dir it belongs to, if any
    rows: list[dict[str, Any]] = field(repr=False)
    config: dict[str, Any] = field(repr=False)
    stage: str | None = None

    @property
    def steps(self) -> int:
        return max((int(r.get("step", 0)) for r in self.rows), default=0)

    def last(self, key: str) -> Any:
        """The last logged value of ``key`` (None when never logged)."""
        for r in reversed(self.rows):
            if r.get(key) is not None:
                return r[key]
        return None

    def curve(self, key: str) -> list[tuple[int, float]]:
        return [(int(r["step"]), float(r[key])) for r in self.rows if r.get(key) is not None]

    @property
    def status(self) -> str:
        if self.model_dir is not None:
            return "finished"
        return "unfinished" if (self.path / "checkpoint").is_dir() else "no model"

    def summary(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "name": self.name,
            "stage": self.stage,
            "status": self.status,
            "steps": self.steps,
        }
        out.update({k: self.last(k) for k in FIGURES if self.last(k) is not None})
        out["path"] = str(self.path)
        return out


def find_runs(roots: list[str | os.PathLike], max_depth: int = 5) -> list[Run]:
    """Every run dir under ``roots`` (a root may itself be a run dir or a model dir)."""
    found: dict[Path, Run] = {}
    for root in roots:
        root = Path(root)
        if not root.exists():
            raise GenforgeError(f"{root} does not exist; give folders that hold run dirs")
        for path in _walk(root, max_depth):
            run = load_run(path)
            found.setdefault(run.path.resolve(), run)
    return sorted(found.values(), key=lambda r: (r.name, str(r.path)))


def _walk(root: Path, depth: int):
    if (root / METRICS_FILE).is_file():
        yield root
    if depth <= 0 or not root.is_dir():
        return
    try:
        children = sorted(root.iterdir())
    except OSError:
        return
    for child in children:
        if child.is_dir() and not child.is_symlink() and child.name not in SKIP:
            yield from _walk(child, depth - 1)


def load_run(path: str | os.PathLike) -> Run:
    """The run whose dir is ``path``, or whose model dir is ``path`` (``path/run``)."""
    path = Path(path)
    if not (path / METRICS_FILE).is_file() and (path / "run" / METRICS_FILE).is_file():
        path = path / "run"
    if not (path / METRICS_FILE).is_file():
        raise GenforgeError(
            f"{path} is not a run dir (no {METRICS_FILE}); give a run dir, the model dir a "
            "stage wrote (its run/ is used), or see `genforge runs list DIR`"
        )
    model_dir = path.parent if (path.parent / "config.json").is_file() else None
    model_cfg = _json(model_dir / "config.json") if model_dir else None
    stage_key = next(
        (k for k in (model_cfg or {}) if k.startswith("genforge_") and k != "genforge_version"),
        None,
    )
    config = _json(path / "config.json")
    if config is None and model_dir is not None:
        for summary in sorted(model_dir.glob("*metrics.json")):
            cfg = (_json(summary) or {}).get("config")
            if isinstance(cfg, dict):
                config = cfg
                break
    if config is None and stage_key:
        config = {stage_key.removeprefix("genforge_"): model_cfg[stage_key]}
    if stage_key is None and isinstance(config, dict) and "pretrain" in config:
        stage_key = "genforge_pretrain"
    name = model_dir.name if model_dir is not None else path.name
    return Run(
        name=name,
        path=path,
        model_dir=model_dir,
        rows=read_metrics(path / METRICS_FILE),
        config=config or {},
        stage=stage_key.removeprefix("genforge_") if stage_key else None,
    )


def _json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def flatten(obj: Any, prefix: str = "") -> dict[str, Any]:
    """``{"a": {"b": 1}}`` -> ``{"a.b": 1}`` (lists kept as values)."""
    if not isinstance(obj, dict):
        return {prefix: obj} if prefix else {}
    out: dict[str, Any] = {}
    for k, v in obj.items():
        key = f"{prefix}.{k}" if prefix else str(k)
        out.update(flatten(v, key) if isinstance(v, dict) else {key: v})
    return out


def config_differences(runs: list[Run]) -> dict[str, list[Any]]:
    """The config keys whose values differ between ``runs`` (flattened), run by run."""
    flat = [flatten(r.config) for r in runs]
    keys = sorted(set().union(*flat)) if flat else []
    skip = ("data.path", "data.cache", "out", "run_dir")  # paths differ by construction
    return {
        k: [f.get(k) for f in flat]
        for k in keys
        if len({json.dumps(f.get(k), sort_keys=True, default=str) for f in flat}) > 1
        and not k.endswith(skip)
    }


def compare(runs: list[Run]) -> dict[str, Any]:
    """Final figures and config differences of ``runs`` (at least two)."""
    if len(runs) < 2:
        raise GenforgeError("compare needs at least two runs")
    return {
        "runs": [r.summary() for r in runs],
        "config_differences": config_differences(runs),
    }


def plot_runs(
    runs: list[Run], png: str | os.PathLike, curves: tuple[str, ...] = CURVES
) -> list[str]:
    """Overlay each metric of ``curves`` that some run logged, one panel per metric, one line
    per run; write ``png`` atomically. Returns the metrics drawn."""
    drawn = [c for c in curves if any(r.curve(c) for r in runs)]
    if not drawn:
        raise GenforgeError(f"none of the runs logged {', '.join(curves)}; nothing to plot")
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, axes = plt.subplots(1, len(drawn), figsize=(5.5 * len(drawn), 4), dpi=100, squeeze=False)
    for ax, metric in zip(axes[0], drawn, strict=True):
        for run in runs:
            pts = run.curve(metric)
            if pts:
                style = "-" if metric == "loss" else "o-"
                ax.plot(*zip(*pts), style, label=run.name, linewidth=1.2, markersize=3)
        ax.set_xlabel("step")
        ax.set_ylabel(metric)
        ax.grid(alpha=0.3)
        ax.legend(fontsize=8)
    fig.tight_layout()
    with atomic_path(png) as tmp:
        fig.savefig(tmp, format="png")
    plt.close(fig)
    return drawn


def table(rows: list[dict[str, Any]], columns: list[str]) -> str:
    """A plain-text table (floats to 4 significant digits)."""

    def cell(v: Any) -> str:
        if isinstance(v, float):
            return f"{v:.4g}"
        return "-" if v is None else str(v)

    cells = [[cell(r.get(c)) for c in columns] for r in rows]
    widths = [max(len(c), *(len(row[i]) for row in cells)) for i, c in enumerate(columns)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True))]
    lines += ["  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)) for row in cells]
    return "\n".join(lines)
