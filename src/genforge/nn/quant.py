"""Quantized weight formats and the frozen linear layers that hold them: NF4, int8, int4.

Why in ``nn/``, the lowest model layer: a quantized linear layer is a building block like
``nn.Linear``. QLoRA builds it (tune), the quantize stage builds it (compress), and a model
dir holding quantized weights must load it (modeldir, infer, both below compress), so it
cannot live in any one stage. Each format has its ``Linear`` layer here; which layers of a
model to quantize, and how (round-to-nearest, GPTQ), is ``genforge.compress.quant``.

int8 (weight-only, per output channel): ``w = q · scale``, q in [-127, 127], one float scale
per row. int4 (per group of ``group_size`` input columns, asymmetric): ``w = (q - zero) ·
scale`` with q, zero in [0, 15], one float scale and one integer zero point per row and
group; two codes per byte on disk, the even column in the low nibble.

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
from typing import Any

import torch
import torch.nn.functional as F
from torch import nn

from genforge.errors import GenforgeError

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

    def float_weight(self, dtype: torch.dtype = torch.float32) -> torch.Tensor:
        """The matrix ``forward`` multiplies by, for a caller that holds it (the engine's
        decode step): a fresh dequantization, since this layer keeps no float copy."""
        return self.dequantized_weight(dtype)

    def extra_repr(self) -> str:
        return (
            f"in_features={self.in_features}, out_features={self.out_features}, "
            f"nf4, double_quant={self.double_quant}"
        )


# ------------------------------------------------------------------ int8 and int4 formats

INT4_MAX = 15  # codes 0..15
INT8_MAX = 127  # codes -127..127 (symmetric: -128 is never written)
GROUP_SIZES = (32, 64, 128)


def quantize_int8(weight: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
    """Symmetric per-row int8: weight (N, K) -> codes int8 (N, K), scales float32 (N,)."""
    w = weight.detach().float()
    scales = w.abs().amax(dim=1) / INT8_MAX
    scales = torch.where(scales > 0, scales, torch.ones_like(scales))  # an all-zero row
    q = torch.round(w / scales[:, None]).clamp(-INT8_MAX, INT8_MAX).to(torch.int8)
    return q, scales


def int4_grid(w: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
    """Min-max asymmetric int4 grid of each row of ``w`` (N, g): scales (N,), zeros (N,).

    The range always includes 0 (as GPTQ's quantizer does), so an exact zero stays exact
    and a row of one sign still has a representable zero point.
    """
    lo = w.amin(dim=1).clamp(max=0)
    hi = w.amax(dim=1).clamp(min=0)
    scale = (hi - lo) / INT4_MAX
    scale = torch.where(scale > 0, scale, torch.ones_like(scale))
    zero = torch.round(-lo / scale).clamp(0, INT4_MAX)
    return scale, zero


def int4_codes(w: torch.Tensor, scale: torch.Tensor, zero: torch.Tensor) -> torch.Tensor:
    """Codes (same shape as ``w``, float) of ``w`` on the grid ``scale``/``zero`` (broadcast)."""
    return torch.clamp(torch.round(w / scale) + zero, 0, INT4_MAX)


def quantize_int4(
    weight: torch.Tensor, group_size: int
) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    """Round-to-nearest int4 per group of ``group_size`` columns.

    weight (N, K) -> codes uint8 (N, K), scales float32 (N, K/g), zeros uint8 (N, K/g).
    """
    w = weight.detach().float()
    N, K = w.shape
    check_group_size(K, group_size)
    groups = w.reshape(N * (K // group_size), group_size)
    scale, zero = int4_grid(groups)
    codes = int4_codes(groups, scale[:, None], zero[:, None])
    return (
        codes.reshape(N, K).to(torch.uint8),
        scale.reshape(N, K // group_size),
        zero.reshape(N, K // group_size).to(torch.uint8),
    )


def check_group_size(width: int, group_size: int) -> None:
    """Raise GenforgeError unless ``group_size`` is one of GROUP_SIZES and divides ``width``."""
    if group_size not in GROUP_SIZES:
        raise GenforgeError(f"group size must be one of {list(GROUP_SIZES)}, got {group_size}")
    if width % group_size:
        raise GenforgeError(
            f"group size {group_size} does not divide the layer width {width}; choose a "
            f"group size from {[g for g in GROUP_SIZES if width % g == 0] or 'none'} "
            "(--group-size)"
        )


def pack_int4(codes: torch.Tensor) -> torch.Tensor:
    """Codes (N, K) in 0..15 (K even) -> uint8 (N, K/2), even column in the low nibble."""
    c = codes.to(torch.uint8)
    return c[:, 0::2] | (c[:, 1::2] << 4)


def unpack_int4(packed: torch.Tensor) -> torch.Tensor:
    """Inverse of :func:`pack_int4`: uint8 (N, K/2) -> uint8 codes (N, K)."""
    return torch.stack([packed & 0x0F, packed >> 4], dim=2).reshape(packed.size(0), -1)


def dequantize_int4(
    packed: torch.Tensor, scales: torch.Tensor, zeros: torch.Tensor, group_size: int
) -> torch.Tensor:
    """The float32 (N, K) matrix stored as packed codes, scales (N, G) and zeros (N, G)."""
    codes = unpack_int4(packed).float()
    s = scales.float().repeat_interleave(group_size, dim=1)
    z = zeros.float().repeat_interleave(group_size, dim=1)
    return (codes - z) * s


def _has_op(name: str) -> bool:
    return hasattr(torch.ops.aten, name)


# PyTorch's weight-only low-bit CPU matmuls (ATen ops, no extra package). Where they are
# missing, or the input is not a CPU tensor, the layers compute with the dequantized matrix.
INT8_KERNEL = _has_op("_weight_int8pack_mm")
INT4_KERNEL = _has_op("_weight_int4pack_mm_for_cpu") and _has_op(
    "_convert_weight_to_int4pack_for_cpu"
)


def _matmul_layout(weight: torch.Tensor) -> torch.Tensor:
    """``weight`` (out, in), on a CPU as the transposed view of a contiguous (in, out)."""
    if weight.device.type != "cpu":
        return weight
    return weight.t().contiguous().t()


class _QuantLinear(nn.Module):
    """Shared frame of the int8/int4 layers: sizes, a frozen float bias, the matmul dispatch.

    Two ways to multiply, both exact to float rounding: ATen's weight-only low-bit kernel
    (reads the codes as they are; ``use_kernel``), or the float matrix the codes stand for,
    dequantized once per device and dtype and cached beside them (not saved). The cache is
    the default because on the CPUs measured (docs/compress.md) torch's int8/int4 CPU ops
    ran 10-100x slower than the float matmul; it costs the float matrix in memory, while
    the model dir on disk stays 4-7x smaller.
    """

    fmt = ""
    use_kernel = False  # class-wide switch (benchmarks/quantize.py measures both)

    def __init__(self, in_features: int, out_features: int, bias: bool) -> None:
        super().__init__()
        self.in_features = in_features
        self.out_features = out_features
        self.bias = nn.Parameter(torch.zeros(out_features), requires_grad=False) if bias else None
        self._cache: tuple | None = None  # (key, float weight) or (key, kernel operands)

    def _cached(self, key: tuple, build) -> Any:
        # Valid while every stored tensor keeps its storage (not replaced, not moved) and
        # its in-place version counter (load_state_dict copies into the same tensors and
        # bumps it). Read from the layer's own 2-3 buffers, not Module.buffers(), whose
        # walk of the module tree cost ~6 us per call: paid by every quantized layer in
        # every forward, it made an int8 prefill measurably slower than the float one.
        stamp = (key, [(b.data_ptr(), b._version) for b in self._buffers.values()])
        if self._cache is None or self._cache[0] != stamp:
            self._cache = (stamp, build())
        return self._cache[1]

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        if self.use_kernel and x.device.type == "cpu" and self._kernel_ok(x):
            y = self._kernel_mm(x.reshape(-1, self.in_features).contiguous())
            y = y.reshape(*x.shape[:-1], self.out_features)
            return y if self.bias is None else y + self.bias.to(y.dtype)
        bias = None if self.bias is None else self.bias.to(x.dtype)
        return F.linear(x, self.float_weight(x.dtype), bias)

    def float_weight(self, dtype: torch.dtype = torch.float32) -> torch.Tensor:
        """The dequantized (out, in) matrix ``forward`` multiplies by, cached per dtype
        beside the codes: the engine's decode step reads this same tensor, not a copy.
        On a CPU it is stored row-major as (in, out) (this is its transposed view): MKL
        multiplies a few rows by that layout 1.3-2.5x faster (docs/inference.md)."""
        return self._cached(
            ("float", dtype), lambda: _matmul_layout(self.dequantized_weight(dtype))
        )

    def nbytes(self) -> int:
        """Bytes of the stored weight (codes, scales, zero points), bias excluded."""
        return sum(b.numel() * b.element_size() for b in self.buffers())

    def extra_repr(self) -> str:
        return f"in_features={self.in_features}, out_features={self.out_features}, {self.fmt}"


class LinearInt8(_QuantLinear):
    """A frozen linear layer with int8 weights and one float scale per output channel.

    ATen's weight-only int8 CPU matmul (``_weight_int8pack_mm``, float32/bfloat16 inputs)
    reads the int8 matrix as is.
    """

    fmt = "int8"

    def __init__(self, in_features: int, out_features: int, bias: bool = False) -> None:
        super().__init__(in_features, out_features, bias)
        self.register_buffer("qweight", torch.zeros(out_features, in_features, dtype=torch.int8))
        self.register_buffer("scales", torch.ones(out_features))

    @classmethod
    def from_linear(cls, linear: nn.Linear) -> LinearInt8:
        q = cls(linear.in_features, linear.out_features, linear.bias is not None)
        q.qweight, q.scales = quantize_int8(linear.weight)
        q.to(linear.weight.device)
        _copy_bias(q, linear)
        return q

    def dequantized_weight(self, dtype: torch.dtype = torch.float32) -> torch.Tensor:
        return (self.qweight.float() * self.scales.float()[:, None]).to(dtype)

    def _kernel_ok(self, x: torch.Tensor) -> bool:
        return INT8_KERNEL and x.dtype in (torch.float32, torch.bfloat16)

    def _kernel_mm(self, x2: torch.Tensor) -> torch.Tensor:
        return torch.ops.aten._weight_int8pack_mm(x2, self.qweight, self.scales.to(x2.dtype))


class LinearInt4(_QuantLinear):
    """A frozen linear layer with int4 weights, a scale and a zero point per group of columns.

    ATen's int4 CPU matmul (``_weight_int4pack_mm_for_cpu``, float32 inputs) has its own
    packed layout and ``(q - 8)·scale + offset`` convention, built from the stored codes
    once and kept beside them (not saved).
    """

    fmt = "int4"

    def __init__(
        self, in_features: int, out_features: int, bias: bool = False, *, group_size: int = 128
    ) -> None:
        super().__init__(in_features, out_features, bias)
        check_group_size(in_features, group_size)
        self.group_size = group_size
        g = in_features // group_size
        self.register_buffer(
            "qweight", torch.zeros(out_features, in_features // 2, dtype=torch.uint8)
        )
        self.register_buffer("scales", torch.ones(out_features, g))
        self.register_buffer("zeros", torch.zeros(out_features, g, dtype=torch.uint8))

    @classmethod
    def from_codes(
        cls,
        codes: torch.Tensor,
        scales: torch.Tensor,
        zeros: torch.Tensor,
        group_size: int,
        bias: torch.Tensor | None = None,
    ) -> LinearInt4:
        """The layer for codes (N, K) in 0..15, scales (N, K/g) and zeros (N, K/g)."""
        N, K = codes.shape
        q = cls(K, N, bias is not None, group_size=group_size).to(codes.device)
        q.qweight = pack_int4(codes)
        q.scales = scales.float().contiguous()
        q.zeros = zeros.to(torch.uint8).contiguous()
        if bias is not None:
            q.bias = nn.Parameter(bias.detach().float().clone(), requires_grad=False)
        return q

    @classmethod
    def from_linear(cls, linear: nn.Linear, group_size: int) -> LinearInt4:
        """Round-to-nearest quantization of ``linear``."""
        codes, scales, zeros = quantize_int4(linear.weight, group_size)
        return cls.from_codes(codes, scales, zeros, group_size, linear.bias)

    def dequantized_weight(self, dtype: torch.dtype = torch.float32) -> torch.Tensor:
        return dequantize_int4(self.qweight, self.scales, self.zeros, self.group_size).to(dtype)

    def _kernel_ok(self, x: torch.Tensor) -> bool:
        # The kernel's packing works on tiles of 16 output rows.
        return INT4_KERNEL and x.dtype == torch.float32 and self.out_features % 16 == 0

    def _kernel_mm(self, x2: torch.Tensor) -> torch.Tensor:
        w, sz = self._cached(("int4pack",), self._kernel_operands)
        return torch.ops.aten._weight_int4pack_mm_for_cpu(x2, w, self.group_size, sz)

    def _kernel_operands(self) -> tuple[torch.Tensor, torch.Tensor]:
        codes = unpack_int4(self.qweight).to(torch.int32)
        w = torch.ops.aten._convert_weight_to_int4pack_for_cpu(codes, 1)
        s = self.scales.float()
        # (q - zero)·s == (q - 8)·s + (8 - zero)·s: the kernel's offset form.
        offset = (8 - self.zeros.float()) * s
        return w, torch.stack([s.t(), offset.t()], dim=2).contiguous()  # (G, N, 2)

    def extra_repr(self) -> str:
        return super().extra_repr() + f", group_size={self.group_size}"


def _copy_bias(q: nn.Module, linear: nn.Linear) -> None:
    if linear.bias is not None:
        q.bias = nn.Parameter(linear.bias.detach().float().clone(), requires_grad=False)


QUANT_LINEARS = (Linear4bit, LinearInt8, LinearInt4)


def empty_quantized_linear(
    fmt: str, in_features: int, out_features: int, bias: bool, group_size: int | None
) -> nn.Module:
    """A quantized layer of format ``fmt`` ("int8", "int4", "nf4") with placeholder
    contents, to be filled by ``load_state_dict`` (a model dir being loaded)."""
    if fmt == "int8":
        return LinearInt8(in_features, out_features, bias)
    if fmt == "int4":
        return LinearInt4(in_features, out_features, bias, group_size=group_size or 128)
    if fmt == "nf4":
        return Linear4bit(nn.Linear(in_features, out_features, bias=bias))
    raise GenforgeError(f"unknown quantized format {fmt!r}; expected int8, int4 or nf4")
