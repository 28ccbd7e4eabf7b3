"""The one training loop: setup -> train -> cleanup, written out.

Every trainer (pretraining, MLM, SFT, DPO, reward models, RL, distillation, the image
models) uses it: what differs between them is the objective, passed as a plain function
``loss_fn(model, batch)`` returning the loss or ``(loss, {name: figure})`` (causal LM by
default), the batch source (any object with ``next_batch()``, ``state_dict()`` and
``load_state_dict()``), and two hooks: ``eval_fn(model)`` for periodic evaluations and
``on_step(step, model)`` for work after each optimizer step (weight averages).

Per step: set the scheduled LR, run ``grad_accum`` micro-batches (forward under autocast,
backward; DDP syncs gradients only on the last one), clip, step, zero, ``on_step``. Nothing
forces a host-device sync except logging, which happens every ``log_every`` steps. The run
ends at ``max_steps`` or when the wall clock passes ``time_budget`` (the current step
finishes), then it evaluates, checkpoints and plots. Ctrl-C (or SIGTERM) ends it at the next
step boundary the same way, less the eval: the checkpoint lets ``resume`` continue exactly.
"""

from __future__ import annotations

import contextlib
import math
import signal
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, Protocol

import torch
from torch import nn

from genforge.errors import GenforgeError
from genforge.modeldir import unwrap
from genforge.train.checkpoint import (
    load_checkpoint,
    save_checkpoint,
    save_sharded_checkpoint,
)
from genforge.train.distributed import (
    DistInfo,
    all_gather_scalar,
    all_reduce_mean,
    broadcast_from_main,
    wrap_model,
)
from genforge.train.metrics import (
    MetricsLog,
    cpu_peak_flops,
    peak_flops,
    plot_losses,
    truncate_metrics,
)
from genforge.train.parallel import clip_grad_norm, full_value, is_sharded, skip_grad_sync
from genforge.train.schedule import lr_factor, progress_of

METRICS_FILE = "metrics.jsonl"
PLOT_FILE = "loss.png"


class BatchSource(Protocol):
    def next_batch(self) -> Any: ...
    def state_dict(self) -> dict[str, Any]: ...
    def load_state_dict(self, state: dict[str, Any]) -> None: ...


# A loss, or a loss and figures to log with it (tensors or floats; averaged per row).
LossFn = Callable[[nn.Module, Any], torch.Tensor | tuple[torch.Tensor, dict[str, Any]]]
EvalFn = Callable[[nn.Module], dict[str, float]]
# Called after each optimizer step with (step, unwrapped model); figures returned are logged.
StepHook = Callable[[int, nn.Module], dict[str, float] | None]
# Runs forward and backward of one micro-batch itself, its loss scaled by the float (a
# pipeline schedule, train/parallel.py); returns the unscaled loss, detached.
StepFn = Callable[[Any, float], torch.Tensor]


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
    # Cap on the share of time_budget that evals before the final one may take: a due eval
    # is skipped past it (so more points on the curve cost little training time).
    eval_share: float | None = None
    checkpoint_every: int = 0  # steps between checkpoints; 0 = only at the end
    checkpoint_every_s: float | None = 600.0  # or seconds between checkpoints
    flops_per_token: float | None = None  # for MFU; None = 6 × parameters
    progress: bool = True  # tqdm bar on stderr (rank 0)
    plot_log_y: bool = False  # loss.png's loss axis on a log scale

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
        if device.type == "cuda" and batch.device.type == "cpu":
            # A copy from pageable memory blocks the host until the GPU has caught up (a
            # sync per step); from pinned memory it is queued and the host runs ahead.
            batch = batch.pin_memory()
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


class TrainingInterrupted(KeyboardInterrupt):
    """Ctrl-C or SIGTERM stopped the run between two steps; ``checkpoint`` holds its state.

    A ``KeyboardInterrupt``, so callers' cleanup runs and the CLI exits 130 as for any
    interrupt; ``checkpoint`` is None when the run had no run dir to save into.
    """

    def __init__(self, step: int, checkpoint: Path | None) -> None:
        where = f"; checkpoint saved in {checkpoint}" if checkpoint else " (no run dir to save)"
        super().__init__(f"stopped at step {step}{where}")
        self.step = step
        self.checkpoint = checkpoint


class Interrupts:
    """The first SIGINT/SIGTERM asks the loop to stop at the next step boundary (where a
    checkpoint is consistent); a second one raises ``KeyboardInterrupt`` at once.

    A context manager: trainers with a loop of their own (the GAN's two-optimizer step)
    check ``requested`` between steps, checkpoint, and raise :class:`TrainingInterrupted`."""

    SIGNALS = (signal.SIGINT, signal.SIGTERM)

    def __init__(self) -> None:
        self.requested = False
        self._previous: dict[int, Any] = {}

    def _handle(self, signum: int, frame: Any) -> None:
        if self.requested:
            raise KeyboardInterrupt
        self.requested = True
        print(
            "\nstopping after this step to save a checkpoint; press Ctrl-C again to quit at once",
            file=sys.stderr,
            flush=True,
        )

    def __enter__(self) -> Interrupts:
        if threading.current_thread() is threading.main_thread():  # signal() needs it
            for sig in self.SIGNALS:
                self._previous[sig] = signal.signal(sig, self._handle)
        return self

    def __exit__(self, *exc: Any) -> None:
        for sig, handler in self._previous.items():
            signal.signal(sig, handler)


@dataclass
class _Run:
    """One call of :func:`train_loop`: its fixed parts, then the counters it advances."""

    raw: nn.Module  # the unwrapped model: checkpoints, evals and hooks see this one
    net: nn.Module  # compiled / DDP-wrapped: forward and backward go through this one
    optimizer: Any
    batches: BatchSource
    cfg: LoopConfig
    device: torch.device
    dist: DistInfo
    loss_fn: LossFn
    eval_fn: EvalFn | None
    on_step: StepHook | None
    step_fn: StepFn | None
    run_path: Path | None
    run_state: dict[str, Any]
    amp_dtype: torch.dtype
    scaler: Any
    params: list[nn.Parameter]
    sharded: bool  # parameters are DTensors (train/parallel.py): collective checkpoints
    flops_per_token: float
    peak: float
    peak_source: str
    log: MetricsLog = field(default_factory=lambda: MetricsLog(METRICS_FILE, enabled=False))
    bar: Any = None
    step: int = 0
    tokens: int = 0
    tokens_start: int = 0
    elapsed_before: float = 0.0  # seconds spent by earlier runs of a resumed run
    t_start: float = 0.0
    eval_seconds: float = 0.0  # excluded from tokens/s: evals are not training
    last_eval_cost: float = 0.0
    evals_done: int = 0
    last_log: tuple[float, int, float] = (0.0, 0, 0.0)  # perf time, tokens, eval seconds
    last_eval_t: float = 0.0
    last_ckpt_t: float = 0.0
    loss_sum: torch.Tensor | None = None
    metric_sums: dict[str, Any] = field(default_factory=dict)
    metric_counts: dict[str, int] = field(default_factory=dict)
    steps_since_log: int = 0
    train_loss: float | None = None
    tok_per_s: float = 0.0
    mfu: float | None = None
    peak_remeasured: bool = False
    first_digest: float | None = None
    extra_state: dict[str, Any] = field(default_factory=dict)  # name -> stateful object

    def elapsed(self) -> float:
        return self.elapsed_before + (time.perf_counter() - self.t_start)

    def checkpoint_state(self) -> dict[str, Any]:
        return {
            "step": self.step,
            "tokens": self.tokens,
            "elapsed": self.elapsed(),
            "loader": self.batches.state_dict(),
            "run": self.run_state,
        }


def train_loop(
    model: nn.Module,
    optimizer: Any,
    batches: BatchSource,
    cfg: LoopConfig,
    *,
    device: torch.device,
    loss_fn: LossFn = causal_lm_loss,
    eval_fn: EvalFn | None = None,
    on_step: StepHook | None = None,
    run_dir: str | Path | None = None,
    dist: DistInfo | None = None,
    resume: bool = False,
    run_state: dict[str, Any] | None = None,
    extra_state: dict[str, Any] | None = None,
    step_fn: StepFn | None = None,
) -> LoopResult:
    """Train ``model`` (already on ``device``) with ``optimizer`` until a limit is reached.

    ``run_dir`` (rank 0 writes it) receives ``metrics.jsonl``, ``loss.png`` and
    ``checkpoint/``; ``run_state`` (JSON-able, e.g. the resolved config) is stored in every
    checkpoint, and so is each ``extra_state`` object's ``state_dict()`` (objects the hooks
    advance, e.g. a weight average), restored by its ``load_state_dict`` on resume.
    ``resume=True`` restores the checkpoint in ``run_dir`` first and continues exactly
    where it stopped. ``loss_fn(model, batch)`` returns the loss, or ``(loss,
    {name: value})`` whose values are averaged over micro-batches and steps and logged with
    the train rows. ``eval_fn(model) -> {"val_loss": ..., ...}`` runs on every rank.
    ``on_step(step, model)`` runs on every rank after each optimizer step (EMA, weight
    averages); figures it returns are logged as a row of their own. ``step_fn(batch, scale)``
    replaces ``loss_fn`` and the backward when something else drives both (a pipeline
    schedule, which runs them interleaved across stages). Ctrl-C or SIGTERM stops
    at the next step boundary, saves a checkpoint and raises :class:`TrainingInterrupted`.
    """
    cfg.validate()
    hooks = (loss_fn, eval_fn, on_step, step_fn)
    run = _start(model, optimizer, batches, cfg, device, dist or DistInfo(), hooks, run_dir)
    run.extra_state = extra_state or {}
    if run.extra_state and run.sharded:  # its state_dict() would hold one rank's shards
        raise GenforgeError(
            "extra_state (a weight average, a second student) needs the whole model on "
            "every rank: use parallel=ddp for this stage"
        )
    _restore(run, resume, run_state)
    final_eval: dict[str, float] = {}
    try:
        with Interrupts() as interrupts:
            interrupted = _train(run, interrupts)
        if interrupted:
            saved = _save_checkpoint(run)
            raise TrainingInterrupted(run.step, saved)
        if run.steps_since_log:  # a time-budget stop between log points
            loss = run.loss_sum / run.steps_since_log
            run.train_loss = float(all_reduce_mean(loss, run.dist))
        final_eval = _run_eval(run)
        _save_checkpoint(run)
        if run.run_path is not None and run.dist.is_main:
            _plot(run)
    finally:
        run.log.close()
        if run.bar is not None:
            run.bar.close()
    return _result(run, final_eval)


def _start(
    model: nn.Module,
    optimizer: Any,
    batches: BatchSource,
    cfg: LoopConfig,
    device: torch.device,
    dist: DistInfo,
    hooks: tuple[LossFn, EvalFn | None, StepHook | None, StepFn | None],
    run_dir: str | Path | None,
) -> _Run:
    """The run's parts (wrapped model, precision, FLOP figures, log) and fresh counters."""
    run_path = Path(run_dir) if run_dir is not None else None
    raw = unwrap(model)
    # The schedule scales each group's own peak LR: recorded once here (and saved with the
    # optimizer state), so it never compounds from an already scaled ``lr``.
    for group in optimizer.param_groups:
        group.setdefault("base_lr", group["lr"])
    amp_dtype = resolve_dtype(cfg.dtype, device)
    use_compile = cfg.compile if cfg.compile is not None else device.type == "cuda"
    compiled = torch.compile(raw) if use_compile else raw
    # A model train/parallel.py split over the ranks syncs itself: no DDP around it.
    sharded = is_sharded(raw)
    net = compiled if sharded else wrap_model(compiled, dist, device)
    params = [p for p in raw.parameters() if p.requires_grad]
    peak, peak_source = peak_flops(device, amp_dtype != torch.float32)
    return _Run(
        raw=raw,
        net=net,
        optimizer=optimizer,
        batches=batches,
        cfg=cfg,
        device=device,
        dist=dist,
        loss_fn=hooks[0],
        eval_fn=hooks[1],
        on_step=hooks[2],
        step_fn=hooks[3],
        run_path=run_path,
        run_state={},
        amp_dtype=amp_dtype,
        scaler=torch.amp.GradScaler("cuda") if amp_dtype == torch.float16 else None,
        params=params,
        sharded=sharded,
        flops_per_token=cfg.flops_per_token or 6.0 * sum(p.numel() for p in params),
        peak=peak,
        peak_source=peak_source,
        loss_sum=torch.zeros((), device=device),
    )


def _restore(run: _Run, resume: bool, run_state: dict[str, Any] | None) -> None:
    """Load the checkpoint when resuming (weights, optimizer, counters, data position),
    then start the clock."""
    run.run_state = run_state or {}
    if resume:
        if run.run_path is None:
            raise GenforgeError("resume needs a run directory holding a checkpoint")
        saved = load_checkpoint(run.run_path, run.raw, run.optimizer)
        run.step, run.tokens = int(saved["step"]), int(saved["tokens"])
        run.tokens_start = run.tokens
        run.elapsed_before = run.last_eval_t = run.last_ckpt_t = float(saved["elapsed"])
        if saved.get("loader") is not None:
            run.batches.load_state_dict(saved["loader"])
        for name, obj in run.extra_state.items():
            if name not in saved.get("extra", {}):
                raise GenforgeError(
                    f"the checkpoint in {run.run_path} has no {name!r} state; it was written "
                    "by another kind of run: resume with the settings that wrote it"
                )
            obj.load_state_dict(saved["extra"][name])
        if run.dist.is_main:
            truncate_metrics(run.run_path / METRICS_FILE, run.step)
    if run.cfg.max_steps is not None and run.step >= run.cfg.max_steps:
        raise GenforgeError(
            f"the checkpoint is already at step {run.step} >= max_steps {run.cfg.max_steps}; "
            "raise max_steps (or the time budget) to train further"
        )
    if run.run_path is not None and run.dist.is_main:  # opened after the truncation above
        run.log = MetricsLog(run.run_path / METRICS_FILE)
    if run.dist.is_main and run.cfg.progress:
        run.bar = _progress_bar(run.cfg, run.step)
    run.raw.train()
    run.t_start = time.perf_counter()
    run.last_log = (run.t_start, run.tokens, 0.0)


def _progress_bar(cfg: LoopConfig, step: int) -> Any:
    """Steps on stderr; a time-limited run shows the time left in the postfix, not a count
    of seconds (its step total is unknown)."""
    from tqdm import tqdm

    return tqdm(
        total=cfg.max_steps,
        initial=step,
        unit="step",
        file=sys.stderr,
        dynamic_ncols=True,
        desc="train",
        # Redirected to a log file, a bar redrawn every second floods it; a line every
        # 30 s is still a heartbeat with rate and ETA.
        mininterval=0.1 if sys.stderr.isatty() else 30.0,
    )


def _train(run: _Run, interrupts: Interrupts) -> bool:
    """Steps until a limit; True when an interrupt stopped it (the caller checkpoints)."""
    cfg = run.cfg
    while True:
        stop, interrupted, progress = _stop_and_progress(run, interrupts)
        if stop or interrupted:
            return interrupted
        factor = lr_factor(
            run.step,
            progress,
            schedule=cfg.schedule,
            warmup_steps=cfg.warmup_steps,
            min_lr_ratio=cfg.min_lr_ratio,
            decay_fraction=cfg.decay_fraction,
        )
        for group in run.optimizer.param_groups:
            group["lr"] = group["base_lr"] * factor
        grad_norm = _optimizer_step(run)
        if run.on_step is not None:
            figures = run.on_step(run.step, run.raw)
            if figures:
                run.log.write({"step": run.step, "elapsed": round(run.elapsed(), 3), **figures})
        is_last = cfg.max_steps is not None and run.step >= cfg.max_steps
        if run.step % cfg.log_every == 0 or is_last:
            _log_train(run, grad_norm)
        if run.bar is not None:
            run.bar.update(1)
        want_eval, want_ckpt = _evals_and_checkpoints_due(run)
        if is_last:
            return False  # the final eval and checkpoint follow in train_loop
        if want_eval and run.eval_fn is not None:
            _run_eval(run)
            run.last_eval_t = run.elapsed()
        if want_ckpt and run.run_path is not None:
            _save_checkpoint(run)
            run.last_ckpt_t = run.elapsed()


def _stop_and_progress(run: _Run, interrupts: Interrupts) -> tuple[bool, bool, float]:
    """Whether a limit is reached, whether an interrupt asks to stop, and the progress in
    [0, 1] the schedule follows; under DDP every rank takes rank 0's answer."""
    cfg = run.cfg
    elapsed = run.elapsed()
    # The final eval and checkpoint must fit inside the budget too: stop early by what the
    # last eval cost (measured), plus a margin for the save.
    reserve = 1.2 * run.last_eval_cost + 0.3 if run.eval_fn is not None else 0.3
    stop = (cfg.max_steps is not None and run.step >= cfg.max_steps) or (
        cfg.time_budget is not None and elapsed + reserve >= cfg.time_budget
    )
    # The schedule ends where training does: at the budget less the reserve.
    horizon = cfg.time_budget and max(cfg.time_budget - reserve, 1e-3)
    progress = progress_of(run.step, elapsed, max_steps=cfg.max_steps, time_budget=horizon)
    interrupted = interrupts.requested
    if run.dist.enabled:  # every rank must stop and schedule by rank 0's clock
        flags = torch.tensor([float(stop), progress, float(interrupted)], dtype=torch.float64)
        flags = broadcast_from_main(flags.to(run.device), run.dist).cpu()
        stop, progress, interrupted = bool(flags[0]), float(flags[1]), bool(flags[2])
    if run.bar is not None and cfg.time_budget is not None:
        run.bar.set_postfix_str(f"{max(cfg.time_budget - elapsed, 0):.0f}s left", refresh=False)
    return stop, interrupted, progress


def _optimizer_step(run: _Run) -> torch.Tensor | None:
    """``grad_accum`` micro-batches forward and backward, clip, step, zero; the clipped
    global grad norm (None without clipping)."""
    cfg, dist = run.cfg, run.dist
    for micro in range(cfg.grad_accum):
        batch = to_device(run.batches.next_batch(), run.device)
        # Each batch counts its own tokens: widths vary (RL rollouts, unpacked SFT).
        run.tokens += batch_tokens(batch) * dist.dp_size
        if run.first_digest is None:
            run.first_digest = _digest(batch)
        last = micro == cfg.grad_accum - 1
        sync = contextlib.nullcontext() if last or not dist.enabled else skip_grad_sync(run.net)
        with sync:
            loss, figures = _forward_backward(run, batch)
        run.loss_sum += loss.detach()
        for name, value in figures.items():
            value = value.detach().float() if isinstance(value, torch.Tensor) else float(value)
            run.metric_sums[name] = run.metric_sums.get(name, 0.0) + value
            run.metric_counts[name] = run.metric_counts.get(name, 0) + 1
    if run.scaler is not None:
        run.scaler.unscale_(run.optimizer)
    grad_norm = None
    if cfg.grad_clip > 0 and run.sharded:
        grad_norm = clip_grad_norm(run.params, cfg.grad_clip, run.raw)
    elif cfg.grad_clip > 0:
        grad_norm = torch.nn.utils.clip_grad_norm_(run.params, cfg.grad_clip)
    if run.scaler is not None:
        run.scaler.step(run.optimizer)
        run.scaler.update()
    else:
        run.optimizer.step()
    run.optimizer.zero_grad(set_to_none=True)
    run.step += 1
    run.steps_since_log += 1
    return grad_norm


def _forward_backward(run: _Run, batch: Any) -> tuple[torch.Tensor, dict[str, Any]]:
    """One micro-batch's loss (divided by ``grad_accum``) and figures, gradients accumulated."""
    accum = run.cfg.grad_accum
    with autocast_context(run.device, run.amp_dtype):
        if run.step_fn is not None:
            return run.step_fn(batch, 1.0 / accum) / accum, {}
        out = run.loss_fn(run.net, batch)
        loss, figures = out if isinstance(out, tuple) else (out, {})
        loss = loss / accum
    if run.scaler is not None:
        run.scaler.scale(loss).backward()
    else:
        loss.backward()
    return loss, figures


def _log_train(run: _Run, grad_norm: torch.Tensor | None) -> None:
    """Write a train row (the one host sync of a step): mean loss and loss metrics since the
    last row, LR, grad norm, tokens, tokens/s and MFU since the last row."""
    mean_loss = all_reduce_mean(run.loss_sum / run.steps_since_log, run.dist)
    run.train_loss = float(mean_loss)  # the sync point
    if not math.isfinite(run.train_loss):
        raise GenforgeError(
            f"training loss became {run.train_loss} at step {run.step}; lower lr, raise "
            "warmup or use dtype=fp32/bf16 instead of fp16"
        )
    if grad_norm is None and run.sharded:
        gnorm = float(clip_grad_norm(run.params, 0.0, run.raw))
    elif grad_norm is None:
        norms = [p.grad.norm() for p in run.params if p.grad is not None]
        gnorm = float(torch.stack(norms).norm()) if norms else 0.0
    else:
        gnorm = float(grad_norm)
    now = time.perf_counter()
    last_time, last_tokens, last_eval = run.last_log
    span = max(now - last_time - (run.eval_seconds - last_eval), 1e-9)
    run.tok_per_s = (run.tokens - last_tokens) / span
    too_fast = run.peak and run.flops_per_token * run.tok_per_s > run.peak
    if too_fast and run.device.type == "cpu" and not run.peak_remeasured:
        # Faster than the matmul peak: the cached peak was measured on a busy machine.
        # Measure again now, once per run (the cache keeps the larger).
        run.peak = max(run.peak, cpu_peak_flops(refresh=True))
        run.peak_remeasured = True
    run.mfu = run.flops_per_token * run.tok_per_s / run.peak if run.peak else None
    row = {
        "step": run.step,
        "loss": round(run.train_loss, 6),
        "lr": run.optimizer.param_groups[0]["lr"],
        "grad_norm": round(gnorm, 6),
        "tokens": run.tokens,
        "tokens_per_s": round(run.tok_per_s, 1),
        "mfu": round(run.mfu, 5) if run.mfu is not None else None,
        "elapsed": round(run.elapsed(), 3),
    }
    for name, total in run.metric_sums.items():
        row.setdefault(name, round(float(total) / run.metric_counts[name], 6))
    run.log.write(row)
    if run.bar is not None:
        run.bar.set_postfix(
            loss=f"{run.train_loss:.3f}",
            tok_s=f"{run.tok_per_s:,.0f}",
            mfu=f"{run.mfu:.1%}" if run.mfu is not None else "n/a",
            refresh=False,  # drawn with the next update, at the bar's own pace
        )
    run.loss_sum.zero_()
    run.metric_sums.clear()
    run.metric_counts.clear()
    run.steps_since_log = 0
    run.last_log = (now, run.tokens, run.eval_seconds)


def _evals_and_checkpoints_due(run: _Run) -> tuple[bool, bool]:
    """Whether an eval and a checkpoint are due after this step (rank 0's clock decides)."""
    cfg, step = run.cfg, run.step
    now = run.elapsed()
    want_eval = (
        (cfg.eval_every > 0 and step % cfg.eval_every == 0)
        or (cfg.eval_every_s is not None and now - run.last_eval_t >= cfg.eval_every_s)
        # A time-limited run evaluates at least once by half-time, to learn the eval's cost
        # (reserved at the end) and to put a point on the curve.
        or (cfg.time_budget is not None and run.evals_done == 0 and now >= 0.5 * cfg.time_budget)
    )
    if want_eval and cfg.eval_share is not None and cfg.time_budget is not None:
        want_eval = run.eval_seconds + run.last_eval_cost <= cfg.eval_share * cfg.time_budget
    want_ckpt = (cfg.checkpoint_every > 0 and step % cfg.checkpoint_every == 0) or (
        cfg.checkpoint_every_s is not None and now - run.last_ckpt_t >= cfg.checkpoint_every_s
    )
    timed = cfg.eval_every_s is not None or cfg.checkpoint_every_s or cfg.time_budget
    if run.dist.enabled and timed:
        flags = torch.tensor([float(want_eval), float(want_ckpt)], dtype=torch.float64)
        flags = broadcast_from_main(flags.to(run.device), run.dist).cpu()
        want_eval, want_ckpt = bool(flags[0]), bool(flags[1])
    return want_eval, want_ckpt


def _run_eval(run: _Run) -> dict[str, float]:
    """Run ``eval_fn`` in eval mode without gradients; log its row and redraw the plot."""
    if run.eval_fn is None:
        return {}
    t0 = time.perf_counter()
    run.raw.eval()
    with torch.no_grad(), autocast_context(run.device, run.amp_dtype):
        figures = run.eval_fn(run.raw)
    run.raw.train()
    if figures:  # an eval_fn may have nothing to say at some steps
        run.log.write({"step": run.step, "elapsed": round(run.elapsed(), 3), **figures})
    if run.dist.is_main and run.run_path is not None:
        _plot(run)
    # The plot is part of the cost: the final eval redraws it inside the budget too.
    run.last_eval_cost = time.perf_counter() - t0
    run.eval_seconds += run.last_eval_cost
    run.evals_done += 1
    return figures


def _plot(run: _Run) -> None:
    assert run.run_path is not None
    plot_losses(run.run_path / METRICS_FILE, run.run_path / PLOT_FILE, log_y=run.cfg.plot_log_y)


def _save_checkpoint(run: _Run) -> Path | None:
    """Rank 0 writes ``RUN/checkpoint`` atomically (every rank its shards when the model
    is sharded); the path written, or None."""
    if run.run_path is not None and run.sharded:
        return save_sharded_checkpoint(run.run_path, run.raw, run.optimizer, run.checkpoint_state())
    if run.run_path is None or not run.dist.is_main:
        return None
    extra = {name: obj.state_dict() for name, obj in run.extra_state.items()}
    return save_checkpoint(run.run_path, run.raw, run.optimizer, run.checkpoint_state(), extra)


def _result(run: _Run, final_eval: dict[str, float]) -> LoopResult:
    # The run's average rate, evals excluded: what the user's wall clock actually bought.
    train_seconds = max(run.elapsed() - run.elapsed_before - run.eval_seconds, 1e-9)
    run_tok_per_s = (run.tokens - run.tokens_start) / train_seconds
    mfu = run.flops_per_token * run_tok_per_s / run.peak if run.peak else run.mfu
    with torch.no_grad():
        checksum = float(sum(full_value(p).double().abs().sum() for p in run.raw.parameters()))
    return LoopResult(
        step=run.step,
        tokens=run.tokens,
        elapsed=run.elapsed(),
        train_loss=run.train_loss,
        eval=final_eval,
        tokens_per_s=run_tok_per_s,
        mfu=mfu,
        peak_flops_source=run.peak_source,
        dtype=str(run.amp_dtype).replace("torch.", ""),
        replica_checksums=all_gather_scalar(checksum, run.dist, run.device),
        first_batch_digests=all_gather_scalar(run.first_digest or 0.0, run.dist, run.device),
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
