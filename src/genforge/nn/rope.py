"""Rotary position embedding (Su et al. 2021) in the *half-rotation* layout.

Each head vector of size ``hs`` is split into two halves ``[x1, x2]`` and rotated as
``[x1·cos − x2·sin, x2·cos + x1·sin]`` with one frequency per pair ``(x1[i], x2[i])``.
This is the layout Hugging Face Llama uses (``rotate_half``), so our q/k projection weights
copy into ``LlamaForCausalLM`` unchanged, with no interleaving permutation.
"""

from __future__ import annotations

import math
from typing import Any

import torch
from torch import nn

# RoPE scaling types and the parameters each needs besides "factor" (Hugging Face names, so
# Llama 3.1-style checkpoints import as they are).
ROPE_SCALING = {
    "linear": (),
    "llama3": ("low_freq_factor", "high_freq_factor", "original_max_position_embeddings"),
}


def rotate_half(x: torch.Tensor) -> torch.Tensor:
    """``[x1, x2] -> [-x2, x1]`` along the last dimension (which must be even)."""
    x1, x2 = x.chunk(2, dim=-1)
    return torch.cat((-x2, x1), dim=-1)


def scaled_inv_freq(inv_freq: torch.Tensor, scaling: dict[str, Any] | None) -> torch.Tensor:
    """Inverse frequencies after context-extension scaling (None: unchanged).

    ``linear`` divides every frequency by ``factor`` (position interpolation). ``llama3``
    divides only the low frequencies (wavelengths longer than the original context over
    ``low_freq_factor``), keeps the high ones (shorter than context / ``high_freq_factor``),
    and blends linearly in between, as Llama 3.1 was trained.
    """
    if scaling is None:
        return inv_freq
    factor = float(scaling["factor"])
    if scaling["type"] == "linear":
        return inv_freq / factor
    low, high = float(scaling["low_freq_factor"]), float(scaling["high_freq_factor"])
    context = float(scaling["original_max_position_embeddings"])
    wavelen = 2 * math.pi / inv_freq
    scaled = torch.where(wavelen > context / low, inv_freq / factor, inv_freq)
    smooth = (context / wavelen - low) / (high - low)
    blended = (1 - smooth) * scaled / factor + smooth * scaled
    medium = ~(wavelen < context / high) * ~(wavelen > context / low)
    return torch.where(medium, blended, scaled)


def apply_rotary(x: torch.Tensor, cos: torch.Tensor, sin: torch.Tensor) -> torch.Tensor:
    """Rotate ``x`` of shape (B, nh, T, hs) by angles given as ``cos``/``sin`` of shape (T, hs)
    (or any shape that broadcasts, e.g. (B, 1, T, hs) for per-row positions).

    The rotation runs in float32 and the result is cast back to ``x.dtype``.
    """
    x32 = x.float()
    return (x32 * cos + rotate_half(x32) * sin).to(x.dtype)


class RotaryEmbedding(nn.Module):
    """cos/sin tables for positions ``0 .. max_len-1``, computed as far as they are used.

    The tables are plain attributes rather than buffers on purpose: they are not weights
    (nothing to save), and keeping them out of ``Module.to(dtype)`` keeps them float32 when
    the model is cast to bf16/fp16, as the reference implementation does.
    """

    def __init__(
        self,
        head_dim: int,
        max_len: int,
        theta: float = 10000.0,
        scaling: dict[str, Any] | None = None,
    ) -> None:
        super().__init__()
        if head_dim % 2:
            raise ValueError(f"rotary embedding needs an even head dim, got {head_dim}")
        self.head_dim = head_dim
        self.max_len = max_len
        self.theta = theta
        self.scaling = scaling
        self._tables: dict[torch.device, tuple[torch.Tensor, torch.Tensor]] = {}

    def _build(self, device: torch.device, length: int) -> tuple[torch.Tensor, torch.Tensor]:
        # Built on the CPU in float32, the way the reference computes it, so every device
        # gets bit-identical tables and exported models see the same angles.
        exponent = torch.arange(0, self.head_dim, 2, dtype=torch.int64).float() / self.head_dim
        inv_freq = scaled_inv_freq(1.0 / (self.theta**exponent), self.scaling)  # (hs/2,)
        pos = torch.arange(length, dtype=torch.float32)
        freqs = torch.outer(pos, inv_freq)  # (length, hs/2)
        emb = torch.cat((freqs, freqs), dim=-1)  # (length, hs)
        # The cache outlives the call: tables first built under inference_mode (generation)
        # must still be usable by a later training step (generate-then-train: SFT evals, RL).
        with torch.inference_mode(False):
            return emb.cos().to(device), emb.sin().to(device)

    def tables(self, device: torch.device, need: int) -> tuple[torch.Tensor, torch.Tensor]:
        """Tables covering at least positions ``0 .. need-1`` on ``device``.

        Grown on demand (doubling) rather than built for all of ``max_len`` at once: a
        config's block_size may be millions of positions no call ever uses. A position's
        angle does not depend on the table's length, so growing changes no value.
        """
        have = self._tables.get(device)
        if have is None or have[0].size(0) < need:
            size = min(self.max_len, max(need, 256, 2 * (have[0].size(0) if have else 0)))
            self._tables[device] = have = self._build(device, size)
        return have

    def forward(self, start: int, length: int, device: torch.device) -> tuple[torch.Tensor, ...]:
        """cos and sin tables for positions ``start .. start+length-1``, each (length, hs)."""
        cos, sin = self.tables(device, start + length)
        return cos[start : start + length], sin[start : start + length]

    def at(self, positions: torch.Tensor, limit: int) -> tuple[torch.Tensor, torch.Tensor]:
        """cos and sin for per-row positions (B, T), each (B, 1, T, hs) to broadcast over
        heads: rows of a continuous batch sit at different positions. ``limit`` bounds the
        positions (known on the host, so no device sync is needed to size the table)."""
        cos, sin = self.tables(positions.device, limit)
        return cos[positions].unsqueeze(1), sin[positions].unsqueeze(1)

    def extra_repr(self) -> str:
        return f"head_dim={self.head_dim}, max_len={self.max_len}, theta={self.theta}"
