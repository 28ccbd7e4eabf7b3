"""The one training loop: setup -> train -> cleanup, written out.

Pretraining uses it now and fine-tuning methods reuse it: what differs between them is the
objective, passed as a plain function ``loss_fn(model, batch) -> scalar loss`` (causal LM by
default), and the batch source, any object with ``next_batch()``, ``state_dict()`` and
``load_state_dict()``.

Per step: set the scheduled LR, run ``grad_accum`` micro-batches (forward under autocast,
backward; DDP syncs gradients only on the last one), clip, step, zero. Nothing forces a
host-device sync except logging, which happens every ``log_every`` steps. The run ends at
``max_steps`` or when the wall clock passes ``time_budget`` (the current step finishes), then
it evaluates, checkpoints and plots.
"""

from __future__ import annotations

import contextlib
import math
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, Protocol

import torch
from torch import nn

from genforge.errors import GenforgeError
from genforge.train.checkpoint import load_checkpoint, save_checkpoint
from genforge.train.distributed import (
    DistInfo,
    all_gather_scalar,
    all_reduce_mean,
    broadcast_from_main,
    unwrap_model,
    wrap_model,
)
from genforge.train.metrics import (
    MetricsLog,
    cpu_peak_flops,
    peak_flops,
    plot_losses,
    truncate_metrics,
)
from genforge.train.schedule import lr_factor, progress_of

METRICS_FILE = "metrics.jsonl"
PLOT_FILE = "loss.png"


class BatchSource(Protocol):
    def next_batch(self) -> Any: ...
    def state_dict(self) -> dict[str, Any]: ...
    def load_state_dict(self, state: dict[str, Any]) -> None: ...


LossFn = Callable[[nn.Module, Any], torch.Tensor]
EvalFn = Callable[[nn.Module], dict[str, float]]


def causal_lm_loss(model: nn.Module, batch: Any) -> torch.Tensor:
    """Next-token cross-entropy: ``batch = (x, y)`` LongTensors (B, T); -100 in y is ignored."""
    x, y = batch
    _, loss = model(x, y)
    return loss


@dataclass
class LoopConfig:
    """How long and how to train; see the module docstring for the step anatomy."""

    max_steps: int | None = None  # optimizer steps; None = until time_budget
    time_budget: float | None = None  # seconds of wall clock for the loop (incl. evals)
    grad_accum: int = 1  # micro-batches per optimizer step
    grad_clip: float = 1.0  # max global grad norm; 0 disables clipping
    schedule: Literal["cosine", "wsd", "constant"] = "cosine"
    warmup_steps: int = 0
    min_lr_ratio: float = 0.1
    decay_fraction: float = 0.2  # wsd only: share of the run spent decaying
    dtype: Literal["auto", "fp32", "bf16", "fp16"] = "auto"  # auto: bf16 on CUDA, fp32 on CPU
    compile: bool | None = None  # None: on for CUDA, off for CPU (compile time dominates)
    log_every: int = 10  # steps between metric rows (each forces a device sync)
    eval_every: int = 0  # steps between evals; 0 = only at the end
    eval_every_s: float | None = None  # or seconds between evals
    checkpoint_every: int = 0  # steps between checkpoints; 0 = only at the end
    checkpoint_every_s: float | None = 600.0  # or seconds between checkpoints
    flops_per_token: float | None = None  # for MFU; None = 6 × parameters
    progress: bool = True  # tqdm bar on stderr (rank 0)

    def validate(self) -> None:
        if self.max_steps is None and self.time_budget is None:
            raise GenforgeError("set max_steps or time_budget so the run knows when to stop")
        if self.max_steps is not None and self.max_steps < 1:
            raise GenforgeError(f"max_steps must be >= 1, got {self.max_steps}")
        if self.time_budget is not None and not self.time_budget > 0:
            raise GenforgeError(f"time_budget must be > 0 seconds, got {self.time_budget}")
        if self.grad_accum < 1:
            raise GenforgeError(f"grad_accum must be >= 1, got {self.grad_accum}")
        if self.log_every < 1:
            raise GenforgeError(f"log_every must be >= 1, got {self.log_every}")
        if self.dtype not in ("auto", "fp32", "bf16", "fp16"):
            raise GenforgeError(f"dtype must be auto, fp32, bf16 or fp16, got {self.dtype!r}")


@dataclass
class LoopResult:
    """What a finished run reached; ``eval`` holds the final eval's figures."""

    step: int
    tokens: int
    elapsed: float
    train_loss: float | None
    eval: dict[str, float] = field(default_factory=dict)
    tokens_per_s: float = 0.0
    mfu: float | None = None
    peak_flops_source: str = ""
    dtype: str = "fp32"
    # Per rank, in rank order: a checksum of the final weights (equal when the replicas
    # stayed in sync) and a digest of the first batch drawn (distinct when ranks split data).
    replica_checksums: list[float] = field(default_factory=list)
    first_batch_digests: list[float] = field(default_factory=list)


def resolve_dtype(name: str, device: torch.device) -> torch.dtype:
    """The autocast dtype for ``name`` on ``device`` (``auto``: bf16 on CUDA, fp32 else)."""
    if name == "auto":
        if device.type == "cuda":
            return torch.bfloat16 if torch.cuda.is_bf16_supported() else torch.float16
        return torch.float32
    table = {"fp32": torch.float32, "bf16": torch.bfloat16, "fp16": torch.float16}
    dtype = table[name]
    if dtype == torch.float16 and device.type != "cuda":
        raise GenforgeError("dtype fp16 needs a CUDA device; use bf16 or fp32 on CPU")
    return dtype


def autocast_context(device: torch.device, dtype: torch.dtype):
    """Mixed-precision context for forward passes (a no-op for fp32)."""
    if dtype == torch.float32:
        return contextlib.nullcontext()
    return torch.autocast(device_type=device.type, dtype=dtype)


def to_device(batch: Any, device: torch.device) -> Any:
    """Move every tensor in a (nested) batch to ``device``."""
    if isinstance(batch, torch.Tensor):
        return batch.to(device, non_blocking=True)
    if isinstance(batch, dict):
        return {k: to_device(v, device) for k, v in batch.items()}
    if isinstance(batch, list | tuple):
        return type(batch)(to_device(v, device) for v in batch)
    return batch


def batch_tokens(batch: Any) -> int:
    """Tokens in a batch: the element count of its first tensor (``x`` or ``input_ids``)."""
    if isinstance(batch, torch.Tensor):
        return batch.numel()
    if isinstance(batch, dict):
        first = batch.get("input_ids", next(iter(batch.values())))
        return batch_tokens(first)
    if isinstance(batch, list | tuple) and batch:
        return batch_tokens(batch[0])
    return 0


def train_loop(
    model: nn.Module,
    optimizer: Any,
    batches: BatchSource,
    cfg: LoopConfig,
    *,
    device: torch.device,
    loss_fn: LossFn = causal_lm_loss,
    eval_fn: EvalFn | None = None,
    run_dir: str | Path | None = None,
    dist: DistInfo | None = None,
    resume: bool = False,
    run_state: dict[str, Any] | None = None,
) -> LoopResult:
    """Train ``model`` (already on ``device``) with ``optimizer`` until a limit is reached.

    ``run_dir`` (rank 0 writes it) receives ``metrics.jsonl``, ``loss.png`` and
    ``checkpoint/``; ``run_state`` (JSON-able, e.g. the resolved config) is stored in every
    checkpoint. ``resume=True`` restores the checkpoint in ``run_dir`` first and continues
    exactly where it stopped. ``eval_fn(model) -> {"val_loss": ..., ...}`` runs on every rank.
    """
    # ------------------------------------------------------------------ setup
    cfg.validate()
    dist = dist or DistInfo()
    main = dist.is_main
    run_path = Path(run_dir) if run_dir is not None else None
    raw = unwrap_model(model)
    step, tokens, elapsed_before = 0, 0, 0.0
    if resume:
        if run_path is None:
            raise GenforgeError("resume needs a run directory holding a checkpoint")
        saved = load_checkpoint(run_path, raw, optimizer)
        step, tokens = int(saved["step"]), int(saved["tokens"])
        elapsed_before = float(saved["elapsed"])
        if saved.get("loader") is not None:
            batches.load_state_dict(saved["loader"])
        if main:
            truncate_metrics(run_path / METRICS_FILE, step)
    if cfg.max_steps is not None and step >= cfg.max_steps:
        raise GenforgeError(
            f"the checkpoint is already at step {step} >= max_steps {cfg.max_steps}; "
            "raise max_steps (or the time budget) to train further"
        )
    amp_dtype = resolve_dtype(cfg.dtype, device)
    use_compile = cfg.compile if cfg.compile is not None else device.type == "cuda"
    net: nn.Module = torch.compile(raw) if use_compile else raw
    net = wrap_model(net, dist, device)
    scaler = torch.amp.GradScaler("cuda") if amp_dtype == torch.float16 else None
    params = [p for p in raw.parameters() if p.requires_grad]
    n_params = sum(p.numel() for p in params)
    flops_per_token = cfg.flops_per_token or 6.0 * n_params
    peak, peak_source = peak_flops(device, amp_dtype != torch.float32)
    log = MetricsLog(
        run_path / METRICS_FILE if run_path else Path(METRICS_FILE),
        enabled=main and run_path is not None,
    )
    bar = None
    if main and cfg.progress:
        from tqdm import tqdm

        by_time = cfg.max_steps is None
        bar = tqdm(
            total=int(cfg.time_budget) if by_time else cfg.max_steps,
            initial=int(elapsed_before) if by_time else step,
            unit="s" if by_time else "step",
            file=sys.stderr,
            dynamic_ncols=True,
            desc="train",
            # Redirected to a log file, a bar redrawn every second floods it; a line every
            # 30 s is still a heartbeat with rate and ETA.
            mininterval=0.1 if sys.stderr.isatty() else 30.0,
        )

    def checkpoint_state() -> dict[str, Any]:
        return {
            "step": step,
            "tokens": tokens,
            "elapsed": elapsed_before + (time.perf_counter() - t_start),
            "loader": batches.state_dict(),
            "run": run_state or {},
        }

    def run_eval() -> dict[str, float]:
        nonlocal eval_seconds, last_eval_cost, evals_done
        if eval_fn is None:
            return {}
        t0 = time.perf_counter()
        raw.eval()
        with torch.no_grad(), autocast_context(device, amp_dtype):
            figures = eval_fn(raw)
        raw.train()
        last_eval_cost = time.perf_counter() - t0
        eval_seconds += last_eval_cost
        evals_done += 1
        row = {"step": step, "elapsed": round(elapsed_now(), 3), **figures}
        log.write(row)
        if main and run_path is not None:
            plot_losses(run_path / METRICS_FILE, run_path / PLOT_FILE)
        return figures

    def elapsed_now() -> float:
        return elapsed_before + (time.perf_counter() - t_start)

    # ------------------------------------------------------------------ train
    raw.train()
    tokens_start = tokens
    t_start = time.perf_counter()
    eval_seconds = last_eval_cost = 0.0
    evals_done = 0
    last_log_time, last_log_tokens, last_log_eval = t_start, tokens, 0.0
    last_eval_t, last_ckpt_t = elapsed_before, elapsed_before
    loss_sum = torch.zeros((), device=device)
    steps_since_log = 0
    train_loss: float | None = None
    tok_per_s, mfu = 0.0, None
    peak_remeasured = False
    final_eval: dict[str, float] = {}
    tokens_per_micro = None
    first_digest = 0.0
    try:
        while True:
            elapsed = elapsed_now()
            # The final eval and checkpoint must fit inside the budget too: stop early by
            # what the last eval cost (measured), plus a margin for the save.
            reserve = 1.2 * last_eval_cost + 0.3 if eval_fn is not None else 0.3
            stop = (cfg.max_steps is not None and step >= cfg.max_steps) or (
                cfg.time_budget is not None and elapsed + reserve >= cfg.time_budget
            )
            # The schedule ends where training does: at the budget less the reserve.
            horizon = cfg.time_budget and max(cfg.time_budget - reserve, 1e-3)
            progress = progress_of(step, elapsed, max_steps=cfg.max_steps, time_budget=horizon)
            if dist.enabled:  # every rank must stop and schedule by rank 0's clock
                flags = torch.tensor([float(stop), progress], dtype=torch.float64)
                flags = broadcast_from_main(flags.to(device), dist).cpu()
                stop, progress = bool(flags[0]), float(flags[1])
            if stop:
                break
            factor = lr_factor(
                step,
                progress,
                schedule=cfg.schedule,
                warmup_steps=cfg.warmup_steps,
                min_lr_ratio=cfg.min_lr_ratio,
                decay_fraction=cfg.decay_fraction,
            )
            for group in optimizer.param_groups:
                group["lr"] = group.get("base_lr", group["lr"]) * factor

            for micro in range(cfg.grad_accum):
                batch = to_device(batches.next_batch(), device)
                if tokens_per_micro is None:
                    tokens_per_micro = batch_tokens(batch) * dist.world_size
                    first_digest = _digest(batch)
                last = micro == cfg.grad_accum - 1
                sync = contextlib.nullcontext() if last or not dist.enabled else net.no_sync()
                with sync:
                    with autocast_context(device, amp_dtype):
                        loss = loss_fn(net, batch) / cfg.grad_accum
                    if scaler is not None:
                        scaler.scale(loss).backward()
                    else:
                        loss.backward()
                loss_sum += loss.detach()
            if scaler is not None:
                scaler.unscale_(optimizer)
            if cfg.grad_clip > 0:
                grad_norm = torch.nn.utils.clip_grad_norm_(params, cfg.grad_clip)
            else:
                grad_norm = None
            if scaler is not None:
                scaler.step(optimizer)
                scaler.update()
            else:
                optimizer.step()
            optimizer.zero_grad(set_to_none=True)
            step += 1
            tokens += tokens_per_micro * cfg.grad_accum
            steps_since_log += 1

            is_last = cfg.max_steps is not None and step >= cfg.max_steps
            if step % cfg.log_every == 0 or is_last:
                mean_loss = all_reduce_mean(loss_sum / steps_since_log, dist)
                train_loss = float(mean_loss)  # the sync point
                if not math.isfinite(train_loss):
                    raise GenforgeError(
                        f"training loss became {train_loss} at step {step}; lower lr, raise "
                        "warmup or use dtype=fp32/bf16 instead of fp16"
                    )
                if grad_norm is None:
                    norms = [p.grad.norm() for p in params if p.grad is not None]
                    gnorm = float(torch.stack(norms).norm()) if norms else 0.0
                else:
                    gnorm = float(grad_norm)
                now = time.perf_counter()
                span = max(now - last_log_time - (eval_seconds - last_log_eval), 1e-9)
                tok_per_s = (tokens - last_log_tokens) / span
                too_fast = peak and flops_per_token * tok_per_s > peak
                if too_fast and device.type == "cpu" and not peak_remeasured:
                    # Faster than the matmul peak: the cached peak was measured on a busy
                    # machine. Measure again now, once per run (the cache keeps the larger).
                    peak = max(peak, cpu_peak_flops(refresh=True))
                    peak_remeasured = True
                mfu = flops_per_token * tok_per_s / peak if peak else None
                row = {
                    "step": step,
                    "loss": round(train_loss, 6),
                    "lr": optimizer.param_groups[0]["lr"],
                    "grad_norm": round(gnorm, 6),
                    "tokens": tokens,
                    "tokens_per_s": round(tok_per_s, 1),
                    "mfu": round(mfu, 5) if mfu is not None else None,
                    "elapsed": round(elapsed_now(), 3),
                }
                log.write(row)
                if bar is not None:
                    bar.set_postfix(
                        loss=f"{train_loss:.3f}",
                        tok_s=f"{tok_per_s:,.0f}",
                        mfu=f"{mfu:.1%}" if mfu is not None else "n/a",
                        refresh=False,  # drawn with the next update, at the bar's own pace
                    )
                loss_sum.zero_()
                steps_since_log = 0
                last_log_time, last_log_tokens, last_log_eval = now, tokens, eval_seconds
            if bar is not None:
                if cfg.max_steps is None:
                    seconds = min(int(elapsed_now()), bar.total)
                    if seconds != bar.n:  # redraw once a second, not every step
                        bar.update(seconds - bar.n)
                else:
                    bar.update(1)

            now_elapsed = elapsed_now()
            want_eval = (
                (cfg.eval_every > 0 and step % cfg.eval_every == 0)
                or (cfg.eval_every_s is not None and now_elapsed - last_eval_t >= cfg.eval_every_s)
                # A time-limited run evaluates at least once by half-time, to learn the
                # eval's cost (reserved at the end) and to put a point on the curve.
                or (
                    cfg.time_budget is not None
                    and evals_done == 0
                    and now_elapsed >= 0.5 * cfg.time_budget
                )
            )
            want_ckpt = (cfg.checkpoint_every > 0 and step % cfg.checkpoint_every == 0) or (
                cfg.checkpoint_every_s is not None
                and now_elapsed - last_ckpt_t >= cfg.checkpoint_every_s
            )
            timed = cfg.eval_every_s is not None or cfg.checkpoint_every_s or cfg.time_budget
            if dist.enabled and timed:
                flags = torch.tensor([float(want_eval), float(want_ckpt)], dtype=torch.float64)
                flags = broadcast_from_main(flags.to(device), dist).cpu()
                want_eval, want_ckpt = bool(flags[0]), bool(flags[1])
            if is_last:
                break  # the final eval and checkpoint follow below
            if want_eval and eval_fn is not None:
                run_eval()
                last_eval_t = elapsed_now()
            if want_ckpt and run_path is not None:
                if main:
                    save_checkpoint(run_path, raw, optimizer, checkpoint_state())
                last_ckpt_t = elapsed_now()

        # ------------------------------------------------------------ cleanup
        if steps_since_log:  # a time-budget stop between log points
            train_loss = float(all_reduce_mean(loss_sum / steps_since_log, dist))
        final_eval = run_eval()
        if run_path is not None and main:
            save_checkpoint(run_path, raw, optimizer, checkpoint_state())
            plot_losses(run_path / METRICS_FILE, run_path / PLOT_FILE)
    finally:
        log.close()
        if bar is not None:
            bar.close()
    # The run's average rate, evals excluded: what the user's wall clock actually bought.
    train_seconds = max(elapsed_now() - elapsed_before - eval_seconds, 1e-9)
    run_tok_per_s = (tokens - tokens_start) / train_seconds
    if peak:
        mfu = flops_per_token * run_tok_per_s / peak
    with torch.no_grad():
        checksum = float(sum(p.double().abs().sum() for p in raw.parameters()))
    return LoopResult(
        step=step,
        tokens=tokens,
        elapsed=elapsed_now(),
        train_loss=train_loss,
        eval=final_eval,
        tokens_per_s=run_tok_per_s,
        mfu=mfu,
        peak_flops_source=peak_source,
        dtype=str(amp_dtype).replace("torch.", ""),
        replica_checksums=all_gather_scalar(checksum, dist, device),
        first_batch_digests=all_gather_scalar(first_digest, dist, device),
    )


def _digest(batch: Any) -> float:
    """A number identifying a batch's contents (the first tensor's bytes, hashed)."""
    import hashlib

    first = batch
    while isinstance(first, list | tuple | dict):
        first = first[0] if not isinstance(first, dict) else next(iter(first.values()))
    if not isinstance(first, torch.Tensor):
        return 0.0
    data = first.detach().cpu().contiguous().numpy().tobytes()
    return float(int.from_bytes(hashlib.sha256(data).digest()[:6], "big"))
