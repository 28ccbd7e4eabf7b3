"""Scaling-law sweeps: IsoFLOP grids of short pretrain runs, fits, plots and checked predictions.

A sweep dir holds one folder per run (``runs/<budget>-<shape>/``) with ``result.json`` written
last and atomically: a run whose result exists is never trained again, so an interrupted
sweep continues where it stopped and a wider grid reuses the runs it shares. Each run is the
ordinary ``genforge pretrain`` (explicit shape, ``max_steps`` set so it sees the budget's
tokens, the cosine schedule fitted to that length) on the same data and seed.

The law math is in ``train/scaling_law.py`` (so auto-size can use a fitted law); this
module only runs, collects and draws.
"""

from __future__ import annotations

import math
import re
import shutil
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from genforge.errors import GenforgeError
from genforge.io import atomic_write_json, read_json
from genforge.models.gpt import GPTConfig
from genforge.train.estimate import model_counts
from genforge.train.pretrain import PretrainConfig, run_pretrain
from genforge.train.scaling_law import ScalingLaw, fit_isoflop, fit_law

SHAPE = re.compile(r"^(\d+)x(\d+)$")
HEAD_DIM = 16  # every sweep shape uses 16-wide heads, so the width sets the head count


@dataclass
class SweepConfig:
    """An IsoFLOP grid: every shape at every compute budget (FLOPs)."""

    out: str = ""  # the sweep dir
    data: str = "stdlib"
    shapes: list[str] = field(default_factory=lambda: ["1x32", "2x48", "2x64", "3x96"])
    budgets: list[float] = field(default_factory=lambda: [2e11, 6e11, 1.8e12])
    vocab_size: int = 2048
    seq_len: int = 128
    # Tiny models are bound by per-step overhead on a CPU: 16 rows halve the sweep's cost
    # against 8 for the same tokens.
    batch_size: int = 16
    min_steps: int = 30  # runs shorter than this are skipped (the warmup alone is 20)
    eval_tokens: int = 65536
    threads: int | None = 1  # one thread: eight processes share this machine's cores
    seed: int = 0
    device: str = "cpu"


def parse_shape(shape: str) -> tuple[int, int]:
    m = SHAPE.match(shape)
    if not m or int(m.group(2)) % HEAD_DIM:
        raise GenforgeError(
            f"shape {shape!r} must be LAYERSxWIDTH with a width divisible by {HEAD_DIM}, e.g. 2x64"
        )
    return int(m.group(1)), int(m.group(2))


def shape_config(shape: str, vocab: int, seq_len: int) -> GPTConfig:
    layers, width = parse_shape(shape)
    return GPTConfig(
        vocab_size=64 * math.ceil(vocab / 64),
        n_layer=layers,
        n_embd=width,
        n_head=width // HEAD_DIM,
        block_size=seq_len,
    ).validate()


def shape_counts(shape: str, vocab: int, seq_len: int) -> tuple[float, float]:
    """(N, training FLOPs per token) of a sweep shape; N as in ``train/scaling_law.py``."""
    counts = model_counts(shape_config(shape, vocab, seq_len))
    return float(counts["matmul_params"]), counts["flops_per_token"]


def run_one(cfg: SweepConfig, shape: str, compute: float, say, tag: str = "") -> dict | None:
    """Train ``shape`` for ``compute`` FLOPs (cached in the sweep dir); its result row, or
    None when the budget gives fewer than ``min_steps`` steps."""
    n, fpt = shape_counts(shape, cfg.vocab_size, cfg.seq_len)
    tokens_per_step = cfg.batch_size * cfg.seq_len
    steps = round(compute / fpt / tokens_per_step)
    if steps < cfg.min_steps:
        say(f"skip {shape} at {compute:.1e} FLOPs: {steps} steps < min_steps {cfg.min_steps}")
        return None
    name = f"{tag}{compute:.2e}-{shape}"
    run_dir = Path(cfg.out) / "runs" / name
    result_file = run_dir / "result.json"
    if result_file.is_file():
        return read_json(result_file, "sweep result")
    layers, width = parse_shape(shape)
    if run_dir.exists():
        shutil.rmtree(run_dir)  # an interrupted run restarts (runs are short)
    t0 = time.perf_counter()
    summary = run_pretrain(
        PretrainConfig(
            data=cfg.data,
            out=str(run_dir / "model"),
            vocab_size=cfg.vocab_size,
            n_layer=layers,
            n_embd=width,
            n_head=width // HEAD_DIM,
            n_kv_head=width // HEAD_DIM,
            seq_len=cfg.seq_len,
            batch_size=cfg.batch_size,
            max_steps=steps,
            eval_points=1,
            eval_tokens=cfg.eval_tokens,
            checkpoint_every_s=None,
            threads=cfg.threads,
            seed=cfg.seed,
            device=cfg.device,
            progress=False,
        ),
        log=lambda m: None,
    )
    row = {
        "name": name,
        "shape": shape,
        "budget": compute,
        "n": n,
        "d": float(summary["tokens"]),
        "c": fpt * summary["tokens"],
        "loss": summary["val_loss"],
        "bpb": summary["val_bpb"],
        "steps": summary["steps"],
        "seconds": round(time.perf_counter() - t0, 2),
    }
    atomic_write_json(result_file, row)
    shutil.rmtree(run_dir / "model", ignore_errors=True)  # the row is what the sweep keeps
    say(
        f"{name}: N {n / 1e6:.3f}M, D {row['d'] / 1e6:.2f}M tokens, loss {row['loss']:.4f} "
        f"({row['seconds']:.1f} s)"
    )
    return row


def run_sweep(cfg: SweepConfig, say=print) -> list[dict[str, Any]]:
    """Every shape at every budget (cached runs reused); the result rows."""
    if not cfg.out:
        raise GenforgeError("--out is required: the sweep dir")
    for shape in cfg.shapes:
        parse_shape(shape)
    rows = []
    for compute in sorted(cfg.budgets):
        for shape in cfg.shapes:
            row = run_one(cfg, shape, compute, say)
            if row is not None:
                rows.append(row)
    atomic_write_json(Path(cfg.out) / "sweep.json", {"config": vars(cfg), "runs": rows})
    return rows


def load_runs(sweep_dir: str | Path, *, include_tagged: bool = False) -> list[dict[str, Any]]:
    """The result rows of a sweep dir (held-out ``check-`` runs left out unless asked)."""
    runs_dir = Path(sweep_dir) / "runs"
    if not runs_dir.is_dir():
        raise GenforgeError(f"{sweep_dir} holds no sweep runs; run `genforge scaling sweep` first")
    rows = [read_json(p, "sweep result") for p in sorted(runs_dir.glob("*/result.json"))]
    return [r for r in rows if include_tagged or not r["name"].startswith("check-")]


def fit_sweep(sweep_dir: str | Path, *, source: str = "") -> dict[str, Any]:
    """Fit both approaches to a sweep dir's runs; write ``fit.json`` and the plots there."""
    runs = load_runs(sweep_dir)
    law = fit_law(runs, source=source)
    iso = fit_isoflop(runs)
    residuals = [r["loss"] / law.loss(r["n"], r["d"]) - 1 for r in runs]
    result = {
        "law": law.to_dict(),
        "isoflop": iso,
        "max_abs_residual": max(abs(x) for x in residuals),
        "largest_compute": max(r["c"] for r in runs),
        "cpu_seconds": round(sum(r["seconds"] for r in runs), 1),
    }
    atomic_write_json(Path(sweep_dir) / "fit.json", result)
    plot_fits(runs, law, iso, Path(sweep_dir))
    return result


def plot_fits(runs: list[dict[str, Any]], law: ScalingLaw, iso: dict[str, Any], out: Path):
    """isoflop.png (loss vs N per budget, parabolas, law) and frontier.png (N_opt vs C)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    import numpy as np

    fig, ax = plt.subplots(figsize=(6.5, 4.5))
    budgets = sorted({r["budget"] for r in runs})
    colors = plt.cm.viridis(np.linspace(0, 0.85, len(budgets)))
    for budget, color in zip(budgets, colors, strict=True):
        rows = sorted((r for r in runs if r["budget"] == budget), key=lambda r: r["n"])
        ns = np.array([r["n"] for r in rows])
        ax.scatter(ns, [r["loss"] for r in rows], color=color, label=f"C = {budget:.1e}")
        grid = np.geomspace(ns.min() / 1.5, ns.max() * 1.5, 60)
        c = np.mean([r["c"] / (r["n"] * r["d"]) for r in rows])  # FLOPs per param-token
        ax.plot(grid, [law.loss(n, budget / (c * n)) for n in grid], color=color, lw=1)
        for v in iso["vertices"]:
            if v["budget"] == budget:
                c2, c1, c0 = v["parabola"]
                x = np.log(grid)
                ax.plot(grid, c2 * x * x + c1 * x + c0, color=color, ls=":", lw=1)
    ax.set_xscale("log")
    _finish(
        fig,
        ax,
        out / "isoflop.png",
        "parameters N (matmul weights)",
        "validation loss (nats/token)",
        "IsoFLOP runs: law (solid), parabolas (dotted)",
    )

    fig, ax = plt.subplots(figsize=(6.5, 4.5))
    cs = np.geomspace(min(r["c"] for r in runs) / 3, max(r["c"] for r in runs) * 30, 50)
    ax.plot(cs, [law.optimal_n(c) for c in cs], label="law (approach 3)")
    if iso["vertices"]:
        ax.scatter(
            [v["c"] for v in iso["vertices"]],
            [v["n_opt"] for v in iso["vertices"]],
            color="C1",
            label="IsoFLOP minima (approach 2)",
        )
    if "n_opt_exponent" in iso:
        k, s = iso["n_opt_coefficient"], iso["n_opt_exponent"]
        ax.plot(cs, k * cs**s, color="C1", ls="--", label=f"N_opt ∝ C^{s:.2f}")
    ax.set_xscale("log")
    ax.set_yscale("log")
    _finish(
        fig,
        ax,
        out / "frontier.png",
        "training compute C (FLOPs)",
        "compute-optimal N",
        "compute-optimal frontier",
    )


def _finish(fig, ax, path: Path, xlabel: str, ylabel: str, title: str) -> None:
    """Label, save atomically as PNG, close."""
    import matplotlib.pyplot as plt

    from genforge.io import atomic_path

    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    ax.set_title(title)
    ax.legend(fontsize=8)
    with atomic_path(path) as tmp:
        fig.savefig(tmp, dpi=110, bbox_inches="tight", format="png")
    plt.close(fig)


def check_prediction(
    cfg: SweepConfig, law: ScalingLaw, shape: str, compute: float, say=print
) -> dict[str, Any]:
    """Train ``shape`` at ``compute`` FLOPs (a held-out ``check-`` run, cached) and compare
    its measured val loss with the law's prediction."""
    row = run_one(cfg, shape, compute, say, tag="check-")
    if row is None:
        raise GenforgeError(f"{compute:.2e} FLOPs is too few steps for {shape}")
    predicted = law.loss(row["n"], row["d"])
    return {
        **row,
        "predicted_loss": predicted,
        "error": predicted / row["loss"] - 1,
    }
