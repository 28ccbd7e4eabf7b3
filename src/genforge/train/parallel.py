"""Sharded, tensor- and pipeline-parallel training on PyTorch's engines; activation checkpointing.

``parallel=`` picks how the ranks of a torchrun job split the work (``train/distributed.py``
starts the job; this module lays the model out on it before the optimizer is built):

- ``ddp`` — every rank holds the whole model; gradients are all-reduced (DistributedDataParallel,
  applied by the training loop). The default.
- ``fsdp`` — FSDP2 (``torch.distributed.fsdp.fully_shard``): parameters, gradients and optimizer
  states are sharded over the ranks, each block gathered just for its forward and backward
  (ZeRO-3). A :class:`MixedPrecisionPolicy` casts the gathered weights to the run's compute
  dtype and reduces gradients in float32; ``cpu_offload=true`` keeps the shards in host memory.
- ``tp`` — tensor parallel (DTensor ``parallelize_module``): inside each block the query/key/
  value heads and the MLP's hidden units are split over the ranks (column-parallel), their
  output projections are row-parallel (one all-reduce each). Every rank reads the same batch.
- ``fsdp+tp`` — both on a 2-D mesh (data-parallel × tensor-parallel); ``tp_size`` ranks per
  tensor-parallel group (default: the ranks of one node, where links are fastest).
- ``pp`` — pipeline parallel (``torch.distributed.pipelining``): rank r holds stage r, a
  contiguous run of blocks (:class:`StageModel`); a GPipe or 1F1B schedule runs each batch's
  micro-batches through the stages (:class:`Pipeline`, the training loop's ``step_fn``).

The fused ``qkv`` projection stores [q heads | k heads | v heads] row-wise, so an even row split
would hand rank 0 all query heads and none of its key/value heads. Under ``tp`` it is therefore
split into three projections (``attn.qkv.q/k/v``), each sharded by heads: with grouped-query
attention rank r's query heads then use exactly rank r's key/value heads, and RoPE, which rotates
every head by the same angles, needs nothing. :func:`canonical_state_dict` joins them back, so the
published model dir is the ordinary one.

Every strategy but ``ddp`` runs in a process group even with one process (a one-rank group is
made when there is no torchrun), so its model is always laid out the same way and its
checkpoints are always the sharded DCP format (``train/checkpoint.py``), which resumes with any
number of processes.
"""

from __future__ import annotations

import contextlib
import functools
from dataclasses import dataclass
from typing import Any

import torch
import torch.distributed as dist
from torch import nn

from genforge.errors import GenforgeError
from genforge.train.distributed import DistInfo

STRATEGIES = ("ddp", "fsdp", "tp", "fsdp+tp", "pp")


@dataclass(frozen=True)
class ParallelConfig:
    """How a run lays its model out over the ranks (see the module docstring)."""

    strategy: str = "ddp"
    tp_size: int | None = None  # fsdp+tp: ranks per tensor-parallel group; None = one node
    cpu_offload: bool = False  # fsdp: keep parameter/gradient/optimizer shards on the CPU
    activation_checkpointing: bool = False  # recompute each block's activations in backward
    pp_schedule: str = "1f1b"  # pp: gpipe (all forwards, then all backwards) or 1f1b
    pp_microbatches: int | None = None  # pp: micro-batches per batch; None = one per stage

    def validate(self) -> None:
        if self.strategy not in STRATEGIES:
            raise GenforgeError(
                f"parallel must be one of {', '.join(STRATEGIES)}, got {self.strategy!r}"
            )
        if self.cpu_offload and "fsdp" not in self.strategy:
            raise GenforgeError("cpu_offload=true needs parallel=fsdp or fsdp+tp")
        if self.tp_size is not None and self.tp_size < 1:
            raise GenforgeError(f"tp_size must be >= 1, got {self.tp_size}")
        if self.pp_schedule not in ("gpipe", "1f1b"):
            raise GenforgeError(f"pp_schedule must be gpipe or 1f1b, got {self.pp_schedule!r}")
        if self.pp_microbatches is not None and self.pp_microbatches < 1:
            raise GenforgeError(f"pp_microbatches must be >= 1, got {self.pp_microbatches}")

    @property
    def sharded(self) -> bool:
        """The model is split over the ranks (DTensors or pipeline stages); checkpoints are
        collective, in the DCP format."""
        return self.strategy != "ddp"


@dataclass(frozen=True)
class Layout:
    """Where this rank sits once the model is laid out: its data-parallel rank and size
    (ranks of one tensor-parallel group, or of one pipeline, read the same batch), the device
    mesh (fsdp/tp), the pipeline (pp)."""

    dp_rank: int = 0
    dp_size: int = 1
    tp_size: int = 1
    mesh: Any = None
    pipeline: Pipeline | None = None  # pp: the schedule that runs forward and backward


def needs_process_group(cfg: ParallelConfig, info: DistInfo) -> bool:
    """A one-process run of a sharded strategy still needs a (one-rank) process group."""
    return cfg.sharded and not info.enabled and not dist.is_initialized()


def init_single_process_group(device: torch.device) -> None:
    """A one-rank group over an in-memory store: no ports, no torchrun environment."""
    backend = "nccl" if device.type == "cuda" else "gloo"
    dist.init_process_group(backend, store=dist.HashStore(), rank=0, world_size=1)


def _tp_size(cfg: ParallelConfig, info: DistInfo) -> int:
    if cfg.strategy == "tp":
        return info.world_size
    if cfg.strategy == "fsdp+tp":
        size = cfg.tp_size or info.local_world_size
        if info.world_size % size:
            raise GenforgeError(
                f"tp_size {size} does not divide the {info.world_size} ranks; pick a divisor"
            )
        return size
    return 1


def check_tp_shapes(config: Any, tp: int) -> None:
    """Heads and MLP width must split evenly over ``tp`` ranks."""
    for name, count in (
        ("n_head", config.n_head),
        ("n_kv_head", config.kv_head_count),
        ("mlp_hidden", config.ffn_dim),
    ):
        if count % tp:
            raise GenforgeError(
                f"tensor parallel over {tp} ranks needs {name} divisible by {tp}, got {count}; "
                "pick a model whose head counts and MLP width divide, or fewer tp ranks"
            )


def apply_activation_checkpointing(model: nn.Module) -> None:
    """Recompute each transformer block's activations during backward instead of keeping them.

    Only a block's input is stored; memory for activations drops from all blocks' internals
    to one block's plus the block inputs, for about one extra forward of compute. The block's
    own ``forward`` is replaced on the instance (its ``__call__`` hooks, where FSDP gathers
    weights, stay outside the recomputed region) so parameter names do not change.
    """
    for block in model.blocks:
        if getattr(block, "_checkpointed", False):
            continue
        inner = block.forward

        @functools.wraps(inner)
        def forward(*args, _inner=inner, **kwargs):
            if not torch.is_grad_enabled():  # evals and decoding keep nothing to recompute
                return _inner(*args, **kwargs)
            return torch.utils.checkpoint.checkpoint(_inner, *args, use_reentrant=False, **kwargs)

        block.forward = forward
        block._checkpointed = True


class HeadSplitQKV(nn.Module):
    """The fused ``qkv`` projection as three (``q``, ``k``, ``v``), each splittable by heads.

    ``forward`` returns what the fused one would for this rank's heads: [q | k | v] features.
    """

    def __init__(self, fused: nn.Linear, n_head: int, n_kv_head: int, head_dim: int) -> None:
        super().__init__()
        sizes = [n_head * head_dim, n_kv_head * head_dim, n_kv_head * head_dim]
        bias = fused.bias is not None
        parts = []
        for rows, w in zip(sizes, fused.weight.detach().split(sizes), strict=True):
            lin = nn.Linear(fused.in_features, rows, bias=bias, device=w.device, dtype=w.dtype)
            lin.weight.data.copy_(w)
            parts.append(lin)
        if bias:
            for lin, b in zip(parts, fused.bias.detach().split(sizes), strict=True):
                lin.bias.data.copy_(b)
        self.q, self.k, self.v = parts

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return torch.cat([self.q(x), self.k(x), self.v(x)], dim=-1)


def split_qkv(model: nn.Module) -> None:
    """Replace every block's fused ``attn.qkv`` by a :class:`HeadSplitQKV` (same numbers)."""
    for block in model.blocks:
        attn = block.attn
        if isinstance(attn.qkv, nn.Linear):
            attn.qkv = HeadSplitQKV(attn.qkv, attn.n_head, attn.n_kv_head, attn.head_dim)


def _tensor_parallel(model: nn.Module, mesh: Any, tp: int) -> None:
    """Column-parallel q/k/v and MLP inputs, row-parallel output projections, per block."""
    from torch.distributed.tensor.parallel import (
        ColwiseParallel,
        RowwiseParallel,
        parallelize_module,
    )

    llama = model.config.arch == "llama"
    mlp_in = ("mlp.gate_proj", "mlp.up_proj") if llama else ("mlp.fc",)
    mlp_out = "mlp.down_proj" if llama else "mlp.proj"
    for block in model.blocks:
        plan: dict[str, Any] = {f"attn.qkv.{p}": ColwiseParallel() for p in "qkv"}
        plan.update({name: ColwiseParallel() for name in mlp_in})
        plan["attn.proj"] = RowwiseParallel()
        plan[mlp_out] = RowwiseParallel()
        parallelize_module(block, mesh, plan)
        # The attention reshapes its projection into heads: it now sees this rank's share.
        block.attn.n_head //= tp
        block.attn.n_kv_head //= tp


def parallelize(
    model: nn.Module,
    cfg: ParallelConfig,
    info: DistInfo,
    device: torch.device,
    compute_dtype: torch.dtype,
    batch_size: int | None = None,
) -> tuple[nn.Module, Layout]:
    """Lay ``model`` (on ``device``) out for ``cfg``; call before building the optimizer
    (sharding replaces the parameters). Needs the process group for sharded strategies
    (:func:`needs_process_group`). Returns the model to train (``model`` itself, laid out in
    place, or under pp this rank's :class:`StageModel`) and this rank's :class:`Layout`;
    ``batch_size`` (rows per step) is checked against pp's micro-batches."""
    cfg.validate()
    if cfg.cpu_offload and device.type != "cuda":
        raise GenforgeError(
            f"cpu_offload=true moves shards between a GPU and host memory; this run is on "
            f"{device.type}: drop cpu_offload or run on CUDA"
        )
    if cfg.activation_checkpointing:
        apply_activation_checkpointing(model)
    if not cfg.sharded:
        return model, Layout(dp_rank=info.rank, dp_size=info.world_size)
    world = dist.get_world_size()
    rank = dist.get_rank()
    if cfg.strategy == "pp":
        return _pipeline(model, cfg, rank, world, device, batch_size)
    from torch.distributed.device_mesh import init_device_mesh

    tp = _tp_size(cfg, DistInfo(rank, world, info.local_rank, info.local_world_size))
    dp = world // tp
    mesh = init_device_mesh(device.type, (dp, tp), mesh_dim_names=("dp", "tp"))
    if "tp" in cfg.strategy:
        check_tp_shapes(model.config, tp)
        split_qkv(model)
        _tensor_parallel(model, mesh["tp"], tp)
    if "fsdp" in cfg.strategy:
        from torch.distributed.fsdp import CPUOffloadPolicy, MixedPrecisionPolicy, fully_shard

        # Weights gathered in the compute dtype, gradients reduced in float32: bf16 sums over
        # many ranks lose the small contributions.
        mp = MixedPrecisionPolicy(param_dtype=compute_dtype, reduce_dtype=torch.float32)
        extra: dict[str, Any] = {"mp_policy": mp, "mesh": mesh["dp"]}
        if cfg.cpu_offload:
            extra["offload_policy"] = CPUOffloadPolicy()
        for block in model.blocks:
            fully_shard(block, **extra)
        fully_shard(model, **extra)  # embeddings, final norm, head: the rest
    return model, Layout(dp_rank=mesh["dp"].get_local_rank(), dp_size=dp, tp_size=tp, mesh=mesh)


def _pipeline(model, cfg: ParallelConfig, rank: int, world: int, device, batch_size):
    """pp: every rank is one stage of one pipeline (stage = rank)."""
    if model.config.n_layer < world:
        raise GenforgeError(
            f"pipeline parallel over {world} stages needs at least {world} blocks, the model "
            f"has n_layer={model.config.n_layer}; use fewer processes or a deeper model"
        )
    micro = cfg.pp_microbatches or world
    if batch_size is not None and batch_size % micro:
        raise GenforgeError(
            f"pp splits each batch of {batch_size} rows into {micro} micro-batches; set "
            "batch_size to a multiple of pp_microbatches (default: the number of stages)"
        )
    stage = StageModel(model, rank, world, dist.group.WORLD)
    return stage, Layout(pipeline=Pipeline(stage, rank, world, device, cfg))


def is_sharded(model: nn.Module) -> bool:
    """True when :func:`parallelize` split the model over ranks (DTensor parameters or one
    pipeline stage): its checkpoints are collective and in the DCP format."""
    from torch.distributed.tensor import DTensor

    if isinstance(model, StageModel):
        return True
    return any(isinstance(p, DTensor) for p in model.parameters())


def full_value(t: torch.Tensor) -> torch.Tensor:
    """A DTensor's global value (a collective); a plain tensor as it is."""
    from torch.distributed.tensor import DTensor

    return t.full_tensor() if isinstance(t, DTensor) else t


def clip_grad_norm(
    params: list[nn.Parameter], max_norm: float, model: nn.Module | None = None
) -> torch.Tensor:
    """Global gradient norm over a mix of DTensor and plain parameters (and over every
    pipeline stage when ``model`` is a :class:`StageModel`), clipped to ``max_norm`` (0: only
    measured); returns the norm before clipping (a plain tensor).

    torch's ``clip_grad_norm_`` batches all norms into one foreach call, which refuses
    DTensors beside plain tensors (tensor parallel leaves embeddings and norms plain)."""
    skip = getattr(model, "tied_copy", None)
    grads = [p.grad for p in params if p.grad is not None]
    counted = [p.grad for p in params if p.grad is not None and p is not skip]
    squares = [full_value(g.norm()).float() ** 2 for g in counted]
    square = torch.stack(squares).sum() if squares else torch.zeros(())
    if isinstance(model, StageModel):
        dist.all_reduce(square, group=model.pp_group)
    total = square.sqrt()
    if max_norm > 0:
        coef = float((max_norm / (total + 1e-6)).clamp(max=1.0))
        if coef < 1.0:
            for g in grads:
                g.mul_(coef)
    return total


@contextlib.contextmanager
def skip_grad_sync(net: nn.Module):
    """Accumulate gradients locally for a micro-batch that is not the step's last: DDP's
    ``no_sync``, FSDP2's ``set_requires_gradient_sync(False)``; nothing to skip otherwise."""
    from torch.distributed.fsdp import FSDPModule
    from torch.nn.parallel import DistributedDataParallel

    if isinstance(net, DistributedDataParallel):
        with net.no_sync():
            yield
    elif isinstance(net, FSDPModule):
        net.set_requires_gradient_sync(False)
        try:
            yield
        finally:
            net.set_requires_gradient_sync(True)
    else:
        yield


def whole_model(model: nn.Module) -> nn.Module | None:
    """Collective: a plain GPT with every trained weight, on rank 0 (None on the others),
    for publishing; ``model`` itself when it is not split over the ranks."""
    if not is_sharded(model):
        return model
    weights = canonical_state_dict(model)
    if weights is None:
        return None
    from genforge.models.gpt import GPT

    whole = GPT(model.config)
    whole.load_state_dict(weights)
    return whole


def canonical_state_dict(model: nn.Module) -> dict[str, torch.Tensor] | None:
    """Collective: the whole model's weights on rank 0 (CPU, full tensors) under the plain
    model's names, tensor parallel's split ``qkv`` joined back; None on the other ranks."""
    from torch.distributed.checkpoint.state_dict import StateDictOptions, get_model_state_dict

    if isinstance(model, StageModel):  # each stage's own weights, gathered on rank 0
        local = {k: v.detach().cpu() for k, v in model.state_dict().items()}
        stages = [None] * dist.get_world_size() if dist.get_rank() == 0 else None
        dist.gather_object(local, stages, dst=0)
        return {k: v for part in stages or [] for k, v in part.items()} or None
    options = StateDictOptions(full_state_dict=True, cpu_offload=True)
    state = get_model_state_dict(model, options=options)
    if dist.get_rank() != 0:
        return None
    out: dict[str, torch.Tensor] = {}
    for name, tensor in state.items():
        head, sep, tail = name.rpartition(".qkv.q.")
        if sep:  # join q, k, v (weight or bias) in the fused layout [q | k | v]
            parts = [state[f"{head}.qkv.{p}.{tail}"] for p in "qkv"]
            out[f"{head}.qkv.{tail}"] = torch.cat(parts, dim=0)
        elif ".qkv.k." not in name and ".qkv.v." not in name:
            out[name] = tensor
    return out


# ---------------------------------------------------------------------- pipeline parallel


class StageModel(nn.Module):
    """One pipeline stage of a GPT under the GPT's own parameter names: the embeddings on the
    first stage, a contiguous run of blocks, the final norm and LM head on the last.

    ``forward`` takes token ids (B, T) on the first stage and hidden states (B, T, C)
    elsewhere; it returns hidden states, or logits (B, T, V) on the last stage. It repeats
    the few lines of ``TransformerTrunk.trunk`` that run before and between blocks, because
    the trunk always runs every block. With tied embeddings the first and last stages each
    hold a copy of the matrix; :class:`Pipeline` sums their gradients, so the copies stay equal.
    """

    def __init__(self, gpt: nn.Module, stage: int, n_stages: int, group: Any) -> None:
        super().__init__()
        cfg = gpt.config
        self.config = cfg
        self.is_first, self.is_last = stage == 0, stage == n_stages - 1
        self.pp_group = group
        per, extra = divmod(cfg.n_layer, n_stages)
        start = stage * per + min(stage, extra)
        stop = start + per + (stage < extra)
        self.rope = gpt.rope
        if self.is_first:
            self.wte, self.wpe, self.drop = gpt.wte, gpt.wpe, gpt.drop
        self.blocks = nn.ModuleDict({str(i): gpt.blocks[i] for i in range(start, stop)})
        if self.is_last:
            self.ln_f, self.lm_head = gpt.ln_f, gpt.lm_head
        self.tied_here = cfg.tie_embeddings and (self.is_first != self.is_last)

    @property
    def tied_copy(self) -> nn.Parameter | None:
        """The last stage's copy of a tied matrix: counted once (on the first stage) in norms."""
        return self.lm_head.weight if self.tied_here and self.is_last else None

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        T = x.size(1)
        if self.is_first:
            x = self.wte(x)  # (B, T, C)
            if self.wpe is not None:
                x = x + self.wpe(torch.arange(T, device=x.device))
            x = self.drop(x)
        rope = self.rope(0, T, x.device) if self.rope is not None else None
        for layer, block in self.blocks.items():
            x = block(x, rope, None, int(layer))  # (B, T, C)
        if self.is_last:
            return self.lm_head(self.ln_f(x))  # (B, T, V)
        return x


class Pipeline:
    """Runs a :class:`StageModel` in a microbatch schedule (``torch.distributed.pipelining``):
    ``step(batch, scale)`` is the training loop's forward-and-backward of one micro-batch,
    :meth:`forward` the evaluation's forward through every stage."""

    def __init__(self, stage: StageModel, index: int, n_stages: int, device, cfg) -> None:
        from torch.distributed.pipelining import PipelineStage, Schedule1F1B, ScheduleGPipe

        self.stage, self.index, self.n_stages, self.device = stage, index, n_stages, device
        self.scale = 1.0
        self.last_rank = dist.get_process_group_ranks(stage.pp_group)[-1]
        self.first_rank = dist.get_process_group_ranks(stage.pp_group)[0]
        pipe_stage = PipelineStage(stage, index, n_stages, device, group=stage.pp_group)
        kind = ScheduleGPipe if cfg.pp_schedule == "gpipe" else Schedule1F1B
        self.schedule = kind(pipe_stage, cfg.pp_microbatches or n_stages, loss_fn=self._loss)
        self.tied_group = None
        if stage.config.tie_embeddings and n_stages > 1:
            # new_group is collective over the whole job: every rank makes it, here
            self.tied_group = dist.new_group([self.first_rank, self.last_rank])

    def _loss(self, logits: torch.Tensor, targets: torch.Tensor) -> torch.Tensor:
        from genforge.models.gpt import lm_loss

        return lm_loss(logits, targets) * self.scale

    def step(self, batch: Any, scale: float) -> torch.Tensor:
        """Forward and backward of ``batch`` = (x, y) through the schedule; the mean loss
        (unscaled, detached) on every rank."""
        x, y = batch
        self.scale = scale
        losses: list[torch.Tensor] = []
        s = self.stage
        if s.is_first and s.is_last:
            self.schedule.step(x, target=y, losses=losses)
        elif s.is_first:
            self.schedule.step(x)
        elif s.is_last:
            self.schedule.step(target=y, losses=losses)
        else:
            self.schedule.step()
        if s.tied_here:  # both copies of the tied matrix take the summed gradient
            weight = s.wte.weight if s.is_first else s.lm_head.weight
            dist.all_reduce(weight.grad, group=self.tied_group)
        loss = torch.zeros((), device=self.device)
        if losses:
            loss = torch.stack([v.detach() for v in losses]).mean() / scale
        dist.broadcast(loss, src=self.last_rank, group=self.stage.pp_group)
        return loss

    def wrap_eval(self, eval_fn: Any) -> Any:
        """The loop's ``eval_fn(model)`` for this stage: ``eval_fn`` run on the whole
        pipeline (:meth:`forward`), which every stage calls together."""
        return lambda _stage: eval_fn(self.forward)

    @torch.no_grad()
    def forward(self, x: torch.Tensor, y: torch.Tensor | None = None):
        """Evaluation: ``x`` (B, T) through every stage by point-to-point sends; returns
        ``(None, loss)`` on every rank (``loss`` None without targets), the model's shape."""
        from genforge.models.gpt import lm_loss

        s = self.stage
        ranks = dist.get_process_group_ranks(s.pp_group)
        if s.is_first:
            h = x
        else:
            h = torch.empty(*x.shape, s.config.n_embd, device=self.device)
            dist.recv(h, src=ranks[self.index - 1], group=s.pp_group)
        out = s(h)
        if not s.is_last:
            dist.send(out.float().contiguous(), dst=ranks[self.index + 1], group=s.pp_group)
        if y is None:
            return None, None
        loss = lm_loss(out, y).float() if s.is_last else torch.zeros((), device=self.device)
        dist.broadcast(loss, src=self.last_rank, group=s.pp_group)
        return None, loss
