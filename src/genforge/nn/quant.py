"""Quantized weight formats and the frozen linear layers that hold them (NF4 today).

Why in ``nn/``, the lowest model layer: a quantized linear layer is a building block like
``nn.Linear``. QLoRA builds it (tune), the quantize stage builds it (compress), and a model
dir holding quantized weights must load it (modeldir, infer, both below compress), so it
cannot live in any one stage. Further formats (int8 per channel, int4 per group: packed
codes, scales, zero points) belong beside NF4 here, each with its ``Linear`` layer; which
layers of a model to quantize, and how (round-to-nearest, GPTQ), is ``genforge.compress.quant``.

NF4 (Dettmers et al. 2023, "QLoRA") stores each weight as one of 16 levels placed at
quantiles of a standard normal, scaled per block of 64 weights by the block's absolute
maximum. Pretrained weights are close to normal, so equal-probability levels waste fewer
codes than evenly spaced int4. Double quantization stores the per-block absmax constants
themselves in 8 bits (blocks of 256), saving another ~0.37 bits per weight.

Storage per quantized weight: 4 bits for the code + 32/64 bits of absmax (4.5 bits), or
4 + 8/64 + 32/(64·256) bits (~4.127 bits) with double quantization.
"""

from __future__ import annotations

from dataclasses import dataclass
from statistics import NormalDist

import torch
import torch.nn.functional as F
from torch import nn

BLOCK = 64  # weights per absmax constant
DQ_BLOCK = 256  # absmax constants per second-level scale (double quantization)


def nf4_levels() -> torch.Tensor:
    """The 16 NF4 levels in [-1, 1], ascending, with an exact zero (float32, shape (16,)).

    Eight positive and seven negative levels at normal quantiles of equally spaced
    probabilities, plus 0: the asymmetric split is what lets zero be represented exactly
    with an even number of codes. The outermost probability ``p`` is chosen so that both
    tails sit at the same (clipped) quantile before normalization to [-1, 1].
    """
    nd = NormalDist()
    p = 0.5 * (1 - 1 / (2 * 15) + 1 - 1 / (2 * 16))  # midway between 15 and 16 bins
    pos = [nd.inv_cdf(p - i * (p - 0.5) / 8) for i in range(8)]  # 8 values, largest first
    neg = [-nd.inv_cdf(p - i * (p - 0.5) / 7) for i in range(7)]  # 7 values
    levels = sorted([*pos, 0.0, *neg])
    top = max(abs(v) for v in levels)
    return torch.tensor([v / top for v in levels], dtype=torch.float32)


_LEVELS = nf4_levels()


@dataclass
class NF4Tensor:
    """A quantized matrix: packed codes, block scales and what is needed to rebuild it."""

    packed: torch.Tensor  # uint8 (ceil(n/2),): two 4-bit codes per byte
    absmax: torch.Tensor  # float32 (n_blocks,), or uint8 codes with double quantization
    dq_scale: torch.Tensor | None  # float32 (ceil(n_blocks/256),) second-level scales
    dq_offset: torch.Tensor | None  # float32 () mean subtracted before the 8-bit step
    shape: tuple[int, ...]

    def nbytes(self) -> int:
        """Bytes held by the stored tensors (what a 4-bit base costs in memory)."""
        parts = [self.packed, self.absmax, self.dq_scale, self.dq_offset]
        return sum(t.numel() * t.element_size() for t in parts if t is not None)


def quantize_nf4(weight: torch.Tensor, *, double_quant: bool = False) -> NF4Tensor:
    """Quantize ``weight`` (any shape, float) to NF4 with per-64 absmax scales."""
    flat = weight.detach().float().reshape(-1)
    n = flat.numel()
    pad = (-n) % BLOCK
    blocks = F.pad(flat, (0, pad)).view(-1, BLOCK)  # (n_blocks, 64)
    absmax = blocks.abs().amax(dim=1)  # (n_blocks,)
    # An all-zero block keeps scale 1 so the division is defined; its codes are all zero.
    safe = torch.where(absmax > 0, absmax, torch.ones_like(absmax))
    normed = (blocks / safe[:, None]).reshape(-1)
    levels = _LEVELS.to(flat.device)
    # Nearest level by midpoints: bucketize is O(n log 16) without a (n, 16) distance matrix.
    mids = (levels[1:] + levels[:-1]) / 2
    codes = torch.bucketize(normed, mids).to(torch.uint8)[:n]  # (n,) in 0..15
    if codes.numel() % 2:
        codes = F.pad(codes, (0, 1))
    packed = (codes[0::2] << 4) | codes[1::2]
    dq_scale = dq_offset = None
    stored_absmax = absmax
    if double_quant:
        stored_absmax, dq_scale, dq_offset = _quantize_absmax(absmax)
    return NF4Tensor(packed, stored_absmax, dq_scale, dq_offset, tuple(weight.shape))


def _quantize_absmax(absmax: torch.Tensor):
    """Symmetric 8-bit quantization of the centered absmax values in blocks of 256."""
    offset = absmax.mean()
    centered = absmax - offset
    pad = (-centered.numel()) % DQ_BLOCK
    blocks = F.pad(centered, (0, pad)).view(-1, DQ_BLOCK)
    scale = blocks.abs().amax(dim=1) / 127.0
    scale = torch.where(scale > 0, scale, torch.ones_like(scale))
    q = torch.round(blocks / scale[:, None]).clamp(-127, 127).to(torch.int16) + 128
    return q.reshape(-1)[: absmax.numel()].to(torch.uint8), scale, offset


def _absmax_of(t: NF4Tensor) -> torch.Tensor:
    if t.dq_scale is None:
        return t.absmax
    n = t.absmax.numel()
    pad = (-n) % DQ_BLOCK
    q = F.pad(t.absmax.to(torch.float32) - 128.0, (0, pad)).view(-1, DQ_BLOCK)
    return (q * t.dq_scale[:, None]).reshape(-1)[:n] + t.dq_offset


def dequantize_nf4(t: NF4Tensor, dtype: torch.dtype = torch.float32) -> torch.Tensor:
    """The float matrix (``t.shape``, ``dtype``) that the stored codes and scales stand for."""
    codes = torch.stack([t.packed >> 4, t.packed & 0x0F], dim=1).reshape(-1).long()
    n = 1
    for d in t.shape:
        n *= d
    n_blocks = t.absmax.numel()
    values = F.pad(_LEVELS.to(t.packed.device)[codes[:n]], (0, n_blocks * BLOCK - n))
    scaled = values.view(n_blocks, BLOCK) * _absmax_of(t)[:, None]
    return scaled.reshape(-1)[:n].view(t.shape).to(dtype)


class Linear4bit(nn.Module):
    """A frozen ``nn.Linear`` whose weight lives in NF4 and is dequantized in each forward.

    The codes and scales are buffers (saved in the state dict, moved by ``.to``), never
    parameters: nothing here trains. The bias, if any, stays in float. ``forward`` maps
    (..., in_features) -> (..., out_features) and computes in the input's dtype.
    """

    def __init__(self, linear: nn.Linear, *, double_quant: bool = False) -> None:
        super().__init__()
        self.in_features = linear.in_features
        self.out_features = linear.out_features
        self.double_quant = double_quant
        q = quantize_nf4(linear.weight, double_quant=double_quant)
        self.register_buffer("packed", q.packed)
        self.register_buffer("absmax", q.absmax)
        self.register_buffer("dq_scale", q.dq_scale)
        self.register_buffer("dq_offset", q.dq_offset)
        self.bias = None
        if linear.bias is not None:
            self.bias = nn.Parameter(linear.bias.detach().clone(), requires_grad=False)

    def nf4(self) -> NF4Tensor:
        return NF4Tensor(
            self.packed,
            self.absmax,
            self.dq_scale,
            self.dq_offset,
            (self.out_features, self.in_features),
        )

    def dequantized_weight(self, dtype: torch.dtype = torch.float32) -> torch.Tensor:
        """The (out_features, in_features) float weight the codes stand for."""
        return dequantize_nf4(self.nf4(), dtype)

    def nbytes(self) -> int:
        """Bytes of the stored weight (codes + scales), bias excluded."""
        return self.nf4().nbytes()

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        bias = None if self.bias is None else self.bias.to(x.dtype)
        return F.linear(x, self.dequantized_weight(x.dtype), bias)

    def extra_repr(self) -> str:
        return (
            f"in_features={self.in_features}, out_features={self.out_features}, "
            f"nf4, double_quant={self.double_quant}"
        )
