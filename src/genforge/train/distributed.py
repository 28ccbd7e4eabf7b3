"""Data-parallel training under torchrun: one process per device, DDP for gradients.

Launched plainly (``genforge pretrain ...``) everything here is a no-op with world size 1.
Launched as ``torchrun --nproc_per_node N genforge pretrain ...`` it reads torchrun's
environment (RANK, WORLD_SIZE, LOCAL_RANK, MASTER_ADDR/PORT), joins the process group (NCCL
on CUDA, gloo on CPU), and wraps the model in DistributedDataParallel. Only rank 0 writes
files and logs; losses are averaged across ranks before they are reported.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

import torch
import torch.distributed as dist
from torch import nn

from genforge.errors import GenforgeError
from genforge.nn.device import pick_cpu_threads


@dataclass(frozen=True)
class DistInfo:
    """Where this process sits in the job; ``world_size == 1`` means not distributed."""

    rank: int = 0
    world_size: int = 1
    local_rank: int = 0
    local_world_size: int = 1
    # Data-parallel position when it differs from the rank (tensor-parallel ranks share a
    # batch; see train/parallel.py): None = every rank reads its own rows.
    data_rank: int | None = None
    data_world: int | None = None

    @property
    def is_main(self) -> bool:
        return self.rank == 0

    @property
    def dp_rank(self) -> int:
        """Which share of each global batch this rank reads."""
        return self.rank if self.data_rank is None else self.data_rank

    @property
    def dp_size(self) -> int:
        """How many distinct shares a global batch is cut into."""
        return self.world_size if self.data_world is None else self.data_world

    @property
    def enabled(self) -> bool:
        return self.world_size > 1


def env_dist_info() -> DistInfo:
    """Read torchrun's environment variables (defaults describe a single process)."""
    try:
        world = int(os.environ.get("WORLD_SIZE", "1"))
        rank = int(os.environ.get("RANK", "0"))
        local_rank = int(os.environ.get("LOCAL_RANK", "0"))
        local_world = int(os.environ.get("LOCAL_WORLD_SIZE", str(world)))
    except ValueError as e:
        raise GenforgeError(f"bad torchrun environment variable: {e}") from e
    if not 0 <= rank < max(world, 1):
        raise GenforgeError(f"RANK={rank} is outside WORLD_SIZE={world}")
    return DistInfo(rank, max(world, 1), local_rank, max(local_world, 1))


def init_distributed(device: torch.device) -> DistInfo:
    """Join the process group when launched by torchrun; pick this rank's device.

    Returns the DistInfo; for CUDA the caller should use ``device_for(info, device)``.
    """
    info = env_dist_info()
    if not info.enabled or dist.is_initialized():
        return info
    backend = "nccl" if device.type == "cuda" else "gloo"
    if device.type == "cuda":
        torch.cuda.set_device(info.local_rank)
    dist.init_process_group(backend=backend)
    return info


def device_for(info: DistInfo, device: torch.device) -> torch.device:
    """This rank's device: ``cuda:LOCAL_RANK`` on GPUs, the device itself otherwise."""
    if device.type == "cuda" and info.enabled:
        return torch.device("cuda", info.local_rank)
    return device


def set_cpu_threads(info: DistInfo, threads: int | None = None) -> int:
    """Set torch's intra-op threads: ``threads`` when given, else share the cores between
    the ranks on this node (torch's own default when not distributed). Returns the count."""
    if threads is None and info.enabled:
        threads = max(1, (os.cpu_count() or 1) // info.local_world_size)
    return pick_cpu_threads(threads, torch.device("cpu"))[0]


def wrap_model(model: nn.Module, info: DistInfo, device: torch.device) -> nn.Module:
    """Wrap in DDP when distributed; return the model unchanged otherwise."""
    if not info.enabled:
        return model
    from torch.nn.parallel import DistributedDataParallel as DDP

    ids = [device.index] if device.type == "cuda" else None
    return DDP(model, device_ids=ids)


def all_reduce_mean(t: torch.Tensor, info: DistInfo) -> torch.Tensor:
    """Mean of ``t`` over ranks (returns ``t`` itself when not distributed)."""
    if not info.enabled:
        return t
    t = t.clone()
    dist.all_reduce(t, op=dist.ReduceOp.SUM)
    return t / info.world_size


def all_reduce_sum(t: torch.Tensor, info: DistInfo) -> torch.Tensor:
    """Sum of ``t`` over ranks."""
    if not info.enabled:
        return t
    t = t.clone()
    dist.all_reduce(t, op=dist.ReduceOp.SUM)
    return t


def broadcast_from_main(t: torch.Tensor, info: DistInfo) -> torch.Tensor:
    """Rank 0's value of ``t`` on every rank, so all ranks take the same decisions."""
    if info.enabled:
        dist.broadcast(t, src=0)
    return t


def all_gather_scalar(value: float, info: DistInfo, device: torch.device) -> list[float]:
    """Every rank's ``value``, in rank order (``[value]`` when not distributed)."""
    if not info.enabled:
        return [value]
    mine = torch.tensor([value], dtype=torch.float64, device=device)
    out = [torch.zeros_like(mine) for _ in range(info.world_size)]
    dist.all_gather(out, mine)
    return [float(t) for t in out]


def barrier(info: DistInfo) -> None:
    if info.enabled:
        dist.barrier()


def teardown(info: DistInfo) -> None:
    """Leave the process group (safe to call when it was never joined)."""
    if info.enabled and dist.is_initialized():
        dist.destroy_process_group()
