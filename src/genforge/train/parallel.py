"""Sharded and tensor-parallel training on PyTorch's own engines, and activation checkpointing.

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

The fused ``qkv`` projection stores [q heads | k heads | v heads] row-wise, so an even row split
would hand rank 0 all query heads and none of its key/value heads. Under ``tp`` it is therefore
split into three projections (``attn.qkv.q/k/v``), each sharded by heads: with grouped-query
attention rank r's query heads then use exactly rank r's key/value heads, and RoPE, which rotates
every head by the same angles, needs nothing. :func:`canonical_state_dict` joins them back, so the
published model dir is the ordinary one.

Every strategy but ``ddp`` runs in a process group even with one process (a one-rank group is
made when there is no torchrun), so its parameters are always DTensors and its checkpoints always
the sharded DCP format (``train/checkpoint.py``), which resumes with any number of processes.
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

STRATEGIES = ("ddp", "fsdp", "tp", "fsdp+tp")


@dataclass(frozen=True)
class ParallelConfig:
    """How a run lays its model out over the ranks (see the module docstring)."""

    strategy: str = "ddp"
    tp_size: int | None = None  # fsdp+tp: ranks per tensor-parallel group; None = one node
    cpu_offload: bool = False  # fsdp: keep parameter/gradient/optimizer shards on the CPU
    activation_checkpointing: bool = False  # recompute each block's activations in backward

    def validate(self) -> None:
        if self.strategy not in STRATEGIES:
            raise GenforgeError(
                f"parallel must be one of {', '.join(STRATEGIES)}, got {self.strategy!r}"
            )
        if self.cpu_offload and "fsdp" not in self.strategy:
            raise GenforgeError("cpu_offload=true needs parallel=fsdp or fsdp+tp")
        if self.tp_size is not None and self.tp_size < 1:
            raise GenforgeError(f"tp_size must be >= 1, got {self.tp_size}")

    @property
    def sharded(self) -> bool:
        """Parameters become DTensors (and checkpoints the DCP format)."""
        return self.strategy != "ddp"


@dataclass(frozen=True)
class Layout:
    """Where this rank sits once the model is laid out: its data-parallel rank and size
    (ranks of one tensor-parallel group read the same batch) and the device mesh."""

    dp_rank: int = 0
    dp_size: int = 1
    tp_size: int = 1
    mesh: Any = None


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
) -> Layout:
    """Lay ``model`` (on ``device``) out for ``cfg`` in place; call before building the
    optimizer (sharding replaces the parameters). Needs the process group for sharded
    strategies (:func:`needs_process_group`). Returns this rank's :class:`Layout`."""
    cfg.validate()
    if cfg.cpu_offload and device.type != "cuda":
        raise GenforgeError(
            f"cpu_offload=true moves shards between a GPU and host memory; this run is on "
            f"{device.type}: drop cpu_offload or run on CUDA"
        )
    if cfg.activation_checkpointing:
        apply_activation_checkpointing(model)
    if not cfg.sharded:
        return Layout(dp_rank=info.rank, dp_size=info.world_size)
    from torch.distributed.device_mesh import init_device_mesh

    world = dist.get_world_size()
    rank = dist.get_rank()
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
    return Layout(dp_rank=mesh["dp"].get_local_rank(), dp_size=dp, tp_size=tp, mesh=mesh)


def is_sharded(model: nn.Module) -> bool:
    """True when any parameter is a DTensor (laid out by :func:`parallelize`)."""
    from torch.distributed.tensor import DTensor

    return any(isinstance(p, DTensor) for p in model.parameters())


def full_value(t: torch.Tensor) -> torch.Tensor:
    """A DTensor's global value (a collective); a plain tensor as it is."""
    from torch.distributed.tensor import DTensor

    return t.full_tensor() if isinstance(t, DTensor) else t


def clip_grad_norm(params: list[nn.Parameter], max_norm: float) -> torch.Tensor:
    """Global gradient norm over a mix of DTensor and plain parameters, clipped to
    ``max_norm`` (0: only measured); returns the norm before clipping (a plain tensor).

    torch's ``clip_grad_norm_`` batches all norms into one foreach call, which refuses
    DTensors beside plain tensors (tensor parallel leaves embeddings and norms plain)."""
    grads = [p.grad for p in params if p.grad is not None]
    if not grads:
        return torch.zeros(())
    total = torch.stack([full_value(g.norm()).float() for g in grads]).norm()
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


def canonical_state_dict(model: nn.Module) -> dict[str, torch.Tensor] | None:
    """Collective: the whole model's weights on rank 0 (CPU, full tensors) under the plain
    model's names, tensor parallel's split ``qkv`` joined back; None on the other ranks."""
    from torch.distributed.checkpoint.state_dict import StateDictOptions, get_model_state_dict

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
