"""Training telemetry: the metrics JSONL log, the loss-curve plot, and MFU.

MFU (model FLOPs utilization) = ``flops_per_token * tokens_per_second / peak_flops``, where
``flops_per_token`` is the model's forward+backward cost per token (``GPT.flops_per_token``,
about 6 × parameters + attention) and ``peak_flops`` is:

- on a GPU, the vendor's dense peak for the dtype the run computes in, from ``GPU_PEAK_FLOPS``
  by device name (bf16/fp16 tensor-core figures; fp32 runs use the fp32 column);
- on a CPU, a measured float32 matmul rate: a few 1024×1024 matmuls timed with the run's
  thread count, cached per CPU model / thread count / torch version in the genforge cache dir.
  It is the rate this machine actually reaches on the kind of work training does, so CPU MFU
  says how far the run is from the machine's own matmul throughput, not from a datasheet.
"""

from __future__ import annotations

import json
import os
import platform
import time
from pathlib import Path
from typing import Any

import torch

from genforge.io import atomic_path, atomic_write_json, atomic_write_text

# Dense (no sparsity) peak FLOP/s: name fragment -> (bf16/fp16, fp32). Matched in order, so
# longer names come before their prefixes.
GPU_PEAK_FLOPS: list[tuple[str, float, float]] = [
    ("H200", 989e12, 67e12),
    ("H100 PCIe", 756e12, 51e12),
    ("H100", 989e12, 67e12),
    ("GH200", 989e12, 67e12),
    ("B200", 2250e12, 80e12),
    ("A100", 312e12, 19.5e12),
    ("A10G", 125e12, 31.2e12),
    ("A10", 125e12, 31.2e12),
    ("L40S", 362e12, 91.6e12),
    ("L40", 181e12, 90.5e12),
    ("L4", 121e12, 30.3e12),
    ("A6000", 155e12, 38.7e12),
    ("RTX 4090", 165e12, 82.6e12),
    ("RTX 3090", 71e12, 35.6e12),
    ("V100", 125e12, 15.7e12),
    ("T4", 65e12, 8.1e12),
]


def cache_dir() -> Path:
    """genforge's cache folder: ``$GENFORGE_CACHE`` or ``~/.cache/genforge``."""
    env = os.environ.get("GENFORGE_CACHE")
    return Path(env) if env else Path.home() / ".cache" / "genforge"


def gpu_peak_flops(name: str, low_precision: bool) -> float | None:
    """The table's peak for a CUDA device name, or None when the GPU is not listed."""
    for fragment, half, single in GPU_PEAK_FLOPS:
        if fragment.lower() in name.lower():
            return half if low_precision else single
    return None


def measure_cpu_matmul_flops(n: int = 1024, repeats: int = 6) -> float:
    """Best observed float32 matmul FLOP/s on this CPU with the current thread count."""
    # A private generator: drawing from the global RNG here would make a run's first
    # (uncached) measurement change its dropout masks and break seed reproducibility.
    g = torch.Generator().manual_seed(0)
    a = torch.randn(n, n, generator=g)
    b = torch.randn(n, n, generator=g)
    torch.mm(a, b)  # warm up the kernel and thread pool
    best = float("inf")
    for _ in range(repeats):
        t0 = time.perf_counter()
        torch.mm(a, b)
        best = min(best, time.perf_counter() - t0)
    return 2.0 * n**3 / best


def cpu_peak_flops(*, refresh: bool = False) -> float:
    """Measured CPU matmul peak, cached (see module docstring).

    ``refresh=True`` measures again and keeps the larger of the new and the cached figure:
    a peak measured while other work loaded the machine is too low, and only a new
    measurement on a quieter machine can tell.
    """
    cpu = platform.processor() or platform.machine()
    key = f"{cpu}|{torch.get_num_threads()}|{torch.__version__}"
    path = cache_dir() / "cpu_peak_flops.json"
    table: dict[str, float] = {}
    try:
        table = json.loads(path.read_text())
        if key in table and not refresh:
            return float(table[key])
    except (OSError, ValueError):
        table = {}
    flops = max(measure_cpu_matmul_flops(), float(table.get(key, 0.0)))
    table[key] = flops
    try:
        atomic_write_json(path, table)
    except OSError:
        pass  # a read-only home only costs a re-measurement next time
    return flops


def peak_flops(device: torch.device, low_precision: bool) -> tuple[float | None, str]:
    """(peak FLOP/s, where it came from) for ``device``; (None, reason) when unknown."""
    if device.type == "cuda":
        name = torch.cuda.get_device_name(device)
        peak = gpu_peak_flops(name, low_precision)
        if peak is None:
            return None, f"{name} is not in the GPU peak table"
        return peak, f"{name} datasheet ({'bf16/fp16' if low_precision else 'fp32'} dense)"
    if device.type == "cpu":
        return cpu_peak_flops(), f"measured fp32 matmul, {torch.get_num_threads()} threads"
    return None, f"no peak figure for {device.type}"


class MetricsLog:
    """Append-only ``metrics.jsonl`` (one JSON object per line); a no-op when disabled."""

    def __init__(self, path: str | os.PathLike, enabled: bool = True) -> None:
        self.path = Path(path)
        self.enabled = enabled
        self._file = None
        if enabled:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._file = open(self.path, "a", encoding="utf-8")

    def write(self, row: dict[str, Any]) -> None:
        if self._file is None:
            return
        self._file.write(json.dumps(row, sort_keys=True) + "\n")
        self._file.flush()

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None


def read_metrics(path: str | os.PathLike) -> list[dict[str, Any]]:
    """Rows of a metrics JSONL; a torn last line (crash mid-write) is skipped."""
    rows = []
    p = Path(path)
    if not p.is_file():
        return rows
    for line in p.read_text(encoding="utf-8").splitlines():
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError:
            continue
    return rows


def truncate_metrics(path: str | os.PathLike, last_step: int) -> None:
    """Drop rows logged after ``last_step`` (a resumed run re-logs them)."""
    p = Path(path)
    if not p.is_file():
        return
    rows = [r for r in read_metrics(p) if r.get("step", 0) <= last_step]
    atomic_write_text(p, "".join(json.dumps(r, sort_keys=True) + "\n" for r in rows))


def plot_losses(
    metrics_path: str | os.PathLike, png_path: str | os.PathLike, *, log_y: bool = False
) -> bool:
    """Draw train loss and val loss (where logged) against step into a PNG, with a second
    panel of val bits per byte where the eval reports it; ``log_y`` draws the loss axis
    on a log scale (late progress stays visible next to the early drop).

    Returns False (and writes nothing) when there is nothing to plot yet.
    """
    rows = read_metrics(metrics_path)
    train = [(r["step"], r["loss"]) for r in rows if "loss" in r]
    val = [(r["step"], r["val_loss"]) for r in rows if "val_loss" in r]
    bpb = [(r["step"], r["val_bpb"]) for r in rows if r.get("val_bpb") is not None]
    if not train and not val:
        return False
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, axes = plt.subplots(1, 2 if bpb else 1, figsize=(11 if bpb else 7, 4), dpi=100)
    ax = axes[0] if bpb else axes
    if train:
        ax.plot(*zip(*train), label="train loss", linewidth=1)
    if val:
        ax.plot(*zip(*val), "o-", label="val loss", linewidth=1.5)
    ax.set_xlabel("step")
    ax.set_ylabel("loss (nats/token)")
    if log_y:
        ax.set_yscale("log")
    ax.grid(alpha=0.3, which="both" if log_y else "major")
    ax.legend()
    if bpb:
        axes[1].plot(*zip(*bpb), "o-", color="tab:orange", linewidth=1.5)
        axes[1].set_xlabel("step")
        axes[1].set_ylabel("val bits per byte")
        axes[1].grid(alpha=0.3)
    fig.tight_layout()
    png_path = Path(png_path)

    with atomic_path(png_path) as tmp:
        fig.savefig(tmp, format="png")
    plt.close(fig)
    return True
