"""Memory, compute, time and cost of training a GPT, from its config alone (no weights built).

``estimate_training(model_cfg, ...)`` returns an :class:`Estimate`: parameter counts, training
FLOPs per token (the same count MFU uses, :meth:`GPT.flops_per_token`), bytes per GPU for
weights, gradients, optimizer states and activations under DDP and FSDP (sharded over
``world_size``), with and without per-block activation checkpointing, and the wall time and
price of a token budget at a given MFU. ``genforge estimate`` prints it; auto-size calls it.

The activation count follows what autograd keeps for *this* model's eager training step
(models/gpt.py with nn/attention.py's SDPA path), tensor by tensor, per token and block:

- the residual stream entering each sublayer (float32: the parameters' dtype), the float32
  normalized copy the norm keeps, the norm's statistics, and the copy the next matmul keeps
  in the compute dtype;
- attention: the fused q/k/v projection output (``v`` is a view of it, keeping it alive),
  the rotated q/k, SDPA's output and its log-sum-exp, the re-laid-out heads ``proj`` keeps;
- MLP: four hidden-width tensors for SwiGLU (gate, silu(gate), up, their product), two for
  GELU (pre- and post-activation);
- the head: the float32 log-softmax the loss keeps.

Under bf16 autocast each matmul also keeps the bf16 copy of its weight (2 bytes per matmul
parameter). The step's peak is the larger of the backward peak (weights, optimizer states,
activations, and the gradient of the logits while it is live) and the optimizer-step peak
(weights, states, gradients, and the update's temporaries). Checked against measured peaks
in tests/train/test_estimate.py (CPU allocator trace) and benchmarks/gpu/train_speed.py
(``torch.cuda.max_memory_allocated``). ``torch.compile`` usually keeps less (its partitioner
recomputes cheap ops), so the eager figure is an upper bound for compiled runs.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

import torch

from genforge.errors import GenforgeError
from genforge.models.gpt import GPT, GPTConfig
from genforge.train.metrics import gpu_peak_flops
from genforge.train.optim import param_roles

GIB = 1024**3

# Memory (bytes) torch reports for each GPU, and its name in metrics.GPU_PEAK_FLOPS.
GPUS: dict[str, dict[str, Any]] = {
    "H200": {"memory": 141e9, "peak_name": "H200"},
    "H100": {"memory": 80e9, "peak_name": "H100"},
    "A100": {"memory": 80e9, "peak_name": "A100"},
    "CPU": {"memory": None, "peak_name": None},
}
# MFU a well-tuned dense GPT reaches on one modern GPU (nanoGPT-class runs: 40-55%); a CPU
# run of a small model reaches far less, so `--gpu CPU` needs --mfu and --peak-flops given.
DEFAULT_MFU = 0.4

Strategy = Literal["ddp", "fsdp"]


@dataclass
class MemoryBreakdown:
    """Bytes per device for one strategy; ``peak`` is what the step needs at its worst."""

    weights: float
    grads: float
    optimizer: float
    activations: float
    transient: float  # live only for part of the step (logit grads, update temporaries)
    peak: float


@dataclass
class Estimate:
    """Everything ``genforge estimate`` reports; JSON-safe via :meth:`to_dict`."""

    params: int
    non_embedding_params: int
    flops_per_token: float
    micro_batch: int
    seq_len: int
    dtype: str
    optimizer: str
    world_size: int
    memory: dict[str, MemoryBreakdown] = field(default_factory=dict)
    tokens: float | None = None
    train_flops: float | None = None
    seconds: float | None = None
    gpu_hours: float | None = None
    cost: float | None = None
    notes: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def model_counts(model_cfg: GPTConfig) -> dict[str, Any]:
    """Parameter counts by optimizer role and the training FLOPs/token, from a meta model."""
    with torch.device("meta"):
        model = GPT(model_cfg)
    named = dict(model.named_parameters())
    by_role = {"matrix": 0, "embedding": 0, "vector": 0}
    for name, role in param_roles(model).items():
        by_role[role] += named[name].numel()
    matmul = by_role["matrix"] + model.lm_head.weight.numel()
    block = sum(p.numel() for p in model.blocks[0].parameters())
    return {
        "params": model.num_params(),
        "non_embedding": model.num_params(exclude_embeddings=True),
        "by_role": by_role,
        "matmul_params": matmul,
        "block_params": block,
        "flops_per_token": model.flops_per_token(model_cfg.block_size),
    }


def activation_bytes_per_token(
    model_cfg: GPTConfig, compute_bytes: int, *, checkpointing: bool = False
) -> float:
    """Bytes autograd keeps per training token of one micro-batch (see module docstring).

    With ``checkpointing`` each block keeps only its float32 input; one block's activations
    come back (:func:`block_bytes_per_token`) while it is recomputed in the backward pass.
    """
    head = _head_bytes_per_token(model_cfg, compute_bytes)
    if checkpointing:
        return model_cfg.n_layer * 4 * model_cfg.n_embd + head
    return model_cfg.n_layer * block_bytes_per_token(model_cfg, compute_bytes) + head


def _norm_bytes(model_cfg: GPTConfig, a: int) -> int:
    # A norm keeps its float32 input (the residual, counted by the block), its float32
    # output and statistics; the matmul after it keeps a compute-dtype copy (the same
    # tensor in float32).
    c = model_cfg.n_embd
    if model_cfg.arch == "llama":
        return 4 * c + 4 + (a * c if a != 4 else 0)  # + rstd
    # LayerNorm's backward needs only its input, mean and rstd: its (float32) output is kept
    # only as the next matmul's input, which under autocast keeps its own low-precision copy.
    return 8 + (a * c if a != 4 else 4 * c)


def _head_bytes_per_token(model_cfg: GPTConfig, a: int) -> int:
    # The final norm and the float32 log-softmax the loss keeps (the logits are not kept).
    return _norm_bytes(model_cfg, a) + 4 * model_cfg.vocab_size


def block_bytes_per_token(model_cfg: GPTConfig, compute_bytes: int) -> int:
    """Bytes one transformer block keeps per token for its backward pass."""
    c, f = model_cfg.n_embd, model_cfg.ffn_dim
    hs, nh, nkv = model_cfg.head_dim, model_cfg.n_head, model_cfg.kv_head_count
    a = compute_bytes
    attention = a * ((nh + 2 * nkv) * hs + nh * hs + c) + 4 * nh
    # SDPA's backward keeps keys and values repeated to every query head.
    attention += a * 2 * (nh - nkv) * hs
    if model_cfg.arch == "llama":
        attention += a * (nh + nkv) * hs  # rotated q and k
        mlp = 4 * a * f
    else:
        mlp = 2 * a * f
    residual = 2 * 4 * c  # the block's input and the residual between its two sublayers
    return residual + 2 * _norm_bytes(model_cfg, a) + attention + mlp


def _optimizer_bytes(counts: dict[str, Any], optimizer: str) -> tuple[float, float]:
    """(state bytes, update temporaries) for the whole model in float32."""
    by_role = counts["by_role"]
    total = counts["params"]
    if optimizer == "adamw":
        # Two moments per parameter; the fused/foreach update works group by group and its
        # scratch is about one parameter-sized buffer.
        return 8.0 * total, 4.0 * total
    if optimizer == "muon":
        # Muon: one momentum buffer per hidden matrix; AdamW's two moments for the rest.
        # Newton-Schulz works one matrix at a time (a few copies of the largest one).
        adam = total - by_role["matrix"]
        return 4.0 * by_role["matrix"] + 8.0 * adam, 4.0 * 4 * counts["block_params"]
    raise GenforgeError(f"optimizer must be 'adamw' or 'muon', got {optimizer!r}")


def memory_breakdown(
    counts: dict[str, Any],
    model_cfg: GPTConfig,
    *,
    micro_batch: int,
    seq_len: int,
    compute_bytes: int,
    optimizer: str,
    strategy: Strategy = "ddp",
    world_size: int = 1,
    checkpointing: bool = False,
) -> MemoryBreakdown:
    """Bytes per device of one training step (see the module docstring for the model)."""
    tokens = micro_batch * seq_len
    n = counts["params"]
    shard = world_size if strategy == "fsdp" else 1
    weights = 4.0 * n / shard
    grads = 4.0 * n / shard
    states, update_tmp = _optimizer_bytes(counts, optimizer)
    states /= shard
    update_tmp /= shard
    acts = tokens * activation_bytes_per_token(
        model_cfg, compute_bytes, checkpointing=checkpointing
    )
    if compute_bytes != 4:
        acts += 2.0 * counts["matmul_params"]  # autocast's bf16 weight copies, kept for backward
    if strategy == "fsdp" and world_size > 1:
        # FSDP gathers one block's full weights (and prefetches the next) for each compute.
        weights += 2 * 4.0 * counts["block_params"]
    if strategy == "ddp" and world_size > 1:
        grads *= 2  # DDP's all-reduce buckets hold a second copy of the gradients
    # While the loss backward runs, two float32 logit-sized gradients (of the log-softmax
    # output and of its input) are live next to all activations, as is the embedding's
    # gradient (the compute-dtype cast of the logits' gradient comes after they are freed).
    v = model_cfg.vocab_size
    logit_grad = tokens * v * 8
    emb_grad = 4.0 * counts["by_role"]["embedding"] / shard
    # With checkpointing, one block's activations are rebuilt in the backward pass after the
    # logits' gradients are gone, next to the gradients accumulated so far (at most all).
    recompute = tokens * block_bytes_per_token(model_cfg, compute_bytes) if checkpointing else 0
    backward_peak = weights + states + acts + emb_grad + max(logit_grad, recompute)
    step_peak = weights + states + grads + update_tmp
    return MemoryBreakdown(
        weights=weights,
        grads=grads,
        optimizer=states,
        activations=acts,
        transient=max(max(logit_grad, recompute) + emb_grad, update_tmp),
        peak=max(backward_peak, step_peak),
    )


def estimate_training(
    model_cfg: GPTConfig,
    *,
    micro_batch: int,
    seq_len: int | None = None,
    dtype: Literal["fp32", "bf16"] = "bf16",
    optimizer: str = "adamw",
    world_size: int = 1,
    gpu: str = "H100",
    tokens: float | None = None,
    mfu: float | None = None,
    peak_flops: float | None = None,
    price_per_hour: float | None = None,
) -> Estimate:
    """Counts, memory per device under DDP/FSDP (± checkpointing), time and cost.

    ``seq_len`` defaults to the model's block size. ``tokens`` is the training budget; with it
    the FLOPs, seconds (``tokens × flops/token ÷ (world_size × peak × mfu)``), GPU-hours and
    (with ``price_per_hour`` per device) cost are filled in. ``peak_flops`` overrides the
    datasheet peak of ``gpu`` (required for ``gpu="CPU"`` with a token budget).
    """
    if micro_batch < 1 or world_size < 1:
        raise GenforgeError("micro_batch and world_size must be >= 1")
    gpu_key = gpu.upper()
    if gpu_key not in GPUS:
        raise GenforgeError(f"unknown --gpu {gpu!r}; choose one of {sorted(GPUS)}")
    seq_len = seq_len or model_cfg.block_size
    if seq_len > model_cfg.block_size:
        raise GenforgeError(f"seq_len {seq_len} exceeds the model's block_size")
    if dtype not in ("fp32", "bf16"):
        raise GenforgeError(f"dtype must be fp32 or bf16, got {dtype!r}")
    model_cfg = GPTConfig.from_dict({**model_cfg.to_dict(), "block_size": seq_len})
    counts = model_counts(model_cfg)
    compute_bytes = 2 if dtype == "bf16" else 4
    est = Estimate(
        params=counts["params"],
        non_embedding_params=counts["non_embedding"],
        flops_per_token=counts["flops_per_token"],
        micro_batch=micro_batch,
        seq_len=seq_len,
        dtype=dtype,
        optimizer=optimizer,
        world_size=world_size,
    )
    for strategy in ("ddp", "fsdp"):
        for ckpt in (False, True):
            key = strategy + ("+checkpointing" if ckpt else "")
            est.memory[key] = memory_breakdown(
                counts,
                model_cfg,
                micro_batch=micro_batch,
                seq_len=seq_len,
                compute_bytes=compute_bytes,
                optimizer=optimizer,
                strategy=strategy,
                world_size=world_size,
                checkpointing=ckpt,
            )
    capacity = GPUS[gpu_key]["memory"]
    if capacity is not None:
        for key, mem in est.memory.items():
            if mem.peak > capacity:
                est.notes.append(f"{key}: {mem.peak / GIB:.1f} GiB exceeds one {gpu_key}")
    if tokens is not None:
        _fill_time_and_cost(est, gpu_key, tokens, mfu, peak_flops, price_per_hour)
    return est


def _fill_time_and_cost(est, gpu_key, tokens, mfu, peak_flops, price_per_hour) -> None:
    if tokens <= 0:
        raise GenforgeError(f"tokens must be > 0, got {tokens}")
    peak = peak_flops
    if peak is None and GPUS[gpu_key]["peak_name"] is not None:
        peak = gpu_peak_flops(GPUS[gpu_key]["peak_name"], est.dtype == "bf16")
    if peak is None:
        from genforge.train.metrics import cpu_peak_flops

        peak = cpu_peak_flops()  # this machine's measured fp32 matmul rate (cached)
    mfu = DEFAULT_MFU if mfu is None else mfu
    if not 0 < mfu <= 1:
        raise GenforgeError(f"mfu must be in (0, 1], got {mfu}")
    est.tokens = float(tokens)
    est.train_flops = est.flops_per_token * tokens
    est.seconds = est.train_flops / (est.world_size * peak * mfu)
    est.gpu_hours = est.seconds * est.world_size / 3600
    if price_per_hour is not None:
        est.cost = est.gpu_hours * price_per_hour
    est.notes.append(f"time at MFU {mfu:.0%} of {peak / 1e12:,.1f} TFLOP/s per device")


def format_estimate(est: Estimate) -> str:
    """A human-readable table of :class:`Estimate`."""
    lines = [
        f"params: {est.params:,} ({est.non_embedding_params:,} non-embedding)",
        f"training FLOPs/token: {est.flops_per_token:,.0f} (6N + attention, at T={est.seq_len})",
        f"micro-batch {est.micro_batch} x {est.seq_len} tokens, {est.dtype}, {est.optimizer}, "
        f"{est.world_size} device(s)",
        "",
        f"{'GiB per device':<22}{'weights':>9}{'grads':>9}{'optim':>9}{'activ':>9}"
        f"{'transient':>10}{'peak':>9}",
    ]
    for key, m in est.memory.items():
        cells = (m.weights, m.grads, m.optimizer, m.activations)
        lines.append(
            f"{key:<22}"
            + "".join(f"{x / GIB:>9.2f}" for x in cells)
            + f"{m.transient / GIB:>10.2f}{m.peak / GIB:>9.2f}"
        )
    if est.tokens is not None:
        lines += [
            "",
            f"tokens: {est.tokens:,.0f}; training FLOPs: {est.train_flops:.3e}",
            f"time: {_duration(est.seconds)} on {est.world_size} device(s); "
            f"{est.gpu_hours:,.2f} device-hours"
            + (f"; cost {est.cost:,.2f}" if est.cost is not None else ""),
        ]
    lines += [f"note: {n}" for n in est.notes]
    return "\n".join(lines)


def _duration(seconds: float) -> str:
    if seconds < 120:
        return f"{seconds:.1f} s"
    if seconds < 7200:
        return f"{seconds / 60:.1f} min"
    return f"{seconds / 3600:.1f} h" if seconds < 172800 else f"{seconds / 86400:.1f} days"


def max_micro_batch(model_cfg: GPTConfig, memory: float, **kwargs: Any) -> int:
    """Largest micro-batch (a power of two, >= 1) whose DDP peak fits in ``memory`` bytes,
    or 0 when even one sequence does not fit."""
    best = 0
    for exp in range(0, 12):
        b = 1 << exp
        est = estimate_training(model_cfg, micro_batch=b, **kwargs)
        if est.memory["ddp"].peak > memory:
            break
        best = b
    return best


def measure_peak_memory(
    model_cfg: GPTConfig,
    *,
    micro_batch: int,
    seq_len: int | None = None,
    optimizer: str = "adamw",
    device: str | torch.device = "cpu",
    dtype: Literal["fp32", "bf16"] = "fp32",
    steps: int = 2,
) -> float:
    """Measured peak bytes of ``steps`` eager training steps, model and optimizer included.

    CUDA: ``torch.cuda.max_memory_allocated`` over the steps, counted from before the model
    is built. CPU has no such counter, so the allocator is traced instead: torch's profiler
    with ``profile_memory`` records every CPU allocation and free made while it runs, each
    with the allocator's running total (``Total Allocated``); the peak is the largest total.
    Everything (model, optimizer, batch) is created inside the trace, so the total starts
    at zero and counts exactly what training needs.
    """
    from genforge.train.optim import OptimizerConfig, build_optimizer

    device = torch.device(device)
    seq_len = seq_len or model_cfg.block_size
    amp = torch.bfloat16 if dtype == "bf16" else None

    def run() -> None:
        torch.manual_seed(0)
        model = GPT(model_cfg).to(device)
        opt = build_optimizer(model, OptimizerConfig(name=optimizer))
        x = torch.randint(0, model_cfg.vocab_size, (micro_batch, seq_len + 1), device=device)
        for _ in range(steps):
            # As in the training loop, the logits are dropped before the backward pass.
            with torch.autocast(device.type, dtype=amp, enabled=amp is not None):
                loss = model(x[:, :-1], x[:, 1:])[1]
                loss.backward()
            opt.step()
            opt.zero_grad(set_to_none=True)

    if device.type == "cuda":
        torch.cuda.synchronize(device)
        torch.cuda.empty_cache()
        base = torch.cuda.memory_allocated(device)
        torch.cuda.reset_peak_memory_stats(device)
        run()
        torch.cuda.synchronize(device)
        return float(torch.cuda.max_memory_allocated(device) - base)
    if device.type != "cpu":
        raise GenforgeError(f"measuring peak memory needs a CPU or CUDA device, not {device}")
    return _cpu_traced_peak(run)


def _cpu_traced_peak(fn) -> float:
    import json
    import tempfile
    from pathlib import Path

    from torch.profiler import ProfilerActivity, profile

    with profile(activities=[ProfilerActivity.CPU], profile_memory=True) as prof:
        fn()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "trace.json"
        prof.export_chrome_trace(str(path))
        events = json.loads(path.read_text())["traceEvents"]
    totals = [
        e["args"]["Total Allocated"]
        for e in events
        if e.get("name") == "[memory]" and e["args"].get("Device Type") == 0
    ]
    if not totals:
        raise GenforgeError("the profiler recorded no CPU allocations; cannot measure a peak")
    return float(max(totals))
