"""Normalization layers."""

from __future__ import annotations

import torch
import torch.nn.functional as F
from torch import nn


class RMSNorm(nn.Module):
    """Root-mean-square norm (Zhang & Sennrich 2019): ``x / rms(x) * weight``, no bias, no mean.

    The statistics are computed in float32 whatever the input dtype, then cast back, so a
    bf16 model normalizes as precisely as the Hugging Face Llama reference does.
    """

    def __init__(self, dim: int, eps: float = 1e-5) -> None:
        super().__init__()
        self.eps = eps
        self.weight = nn.Parameter(torch.ones(dim))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        dtype = x.dtype
        # One fused kernel (torch >= 2.4) instead of five small ops: decode steps are
        # dominated by per-op overhead.
        x32 = F.rms_norm(x.float(), self.weight.shape, eps=self.eps)
        return self.weight * x32.to(dtype)

    def extra_repr(self) -> str:
        return f"{self.weight.numel()}, eps={self.eps}"
