"""Causal multi-head self-attention with grouped-query heads and an optional KV cache."""

from __future__ import annotations

import math
from typing import Literal

import torch
import torch.nn.functional as F
from torch import nn

from genforge.nn.kv_cache import SlotBatch
from genforge.nn.rope import apply_rotary

AttnImpl = Literal["sdpa", "math"]

# SDPA takes grouped-query heads directly from torch 2.5 on.
_SDPA_GQA = tuple(int(x) for x in torch.__version__.split(".")[:2]) >= (2, 5)


def _chunk_mask(t_q: int, t_k: int, device: torch.device) -> torch.Tensor:
    """Boolean (t_q, t_k) mask, True where query i (at absolute position t_k-t_q+i) may look."""
    offset = t_k - t_q
    q_pos = torch.arange(t_q, device=device).unsqueeze(1) + offset
    k_pos = torch.arange(t_k, device=device).unsqueeze(0)
    return k_pos <= q_pos


def causal_attention(
    q: torch.Tensor,
    k: torch.Tensor,
    v: torch.Tensor,
    *,
    impl: AttnImpl = "sdpa",
    dropout_p: float = 0.0,
    mask: torch.Tensor | None = None,
) -> torch.Tensor:
    """Causal attention of queries (B, nh, Tq, hs) over keys/values (B, nkv, Tk, hs).

    The queries are the last ``Tq`` of ``Tk`` positions (Tq == Tk without a cache, Tq < Tk
    when decoding after cached positions). ``nkv`` must divide ``nh``: each group of
    ``nh // nkv`` query heads shares one key/value head (grouped-query attention).
    ``mask`` (B, 1, Tq, Tk), True where a query may look, replaces the causal rule when rows
    of the batch sit at different positions (a continuous-batching decode step).
    Returns (B, nh, Tq, hs).
    """
    n_head, n_kv = q.size(1), k.size(1)
    t_q, t_k = q.size(2), k.size(2)
    if impl == "sdpa":
        # SDPA reads grouped kv heads itself (query head h -> kv head h // group) instead
        # of a copy of K and V per step; that copy dominated small-batch decode time.
        gqa = {"enable_gqa": True} if n_kv != n_head and _SDPA_GQA else {}
        if n_kv != n_head and not _SDPA_GQA:
            k = k.repeat_interleave(n_head // n_kv, dim=1)  # (B, nh, Tk, hs)
            v = v.repeat_interleave(n_head // n_kv, dim=1)
        if mask is None:
            # SDPA's is_causal aligns the mask to the top-left, which is only right when the
            # query chunk starts at position 0; after cached positions we pass the mask.
            if t_q == t_k:
                return F.scaled_dot_product_attention(
                    q, k, v, dropout_p=dropout_p, is_causal=True, **gqa
                )
            mask = None if t_q == 1 else _chunk_mask(t_q, t_k, q.device)
        return F.scaled_dot_product_attention(q, k, v, attn_mask=mask, dropout_p=dropout_p, **gqa)
    if n_kv != n_head:
        # Query head h reads kv head h // group, the layout Hugging Face's repeat_kv uses.
        k = k.repeat_interleave(n_head // n_kv, dim=1)  # (B, nh, Tk, hs)
        v = v.repeat_interleave(n_head // n_kv, dim=1)
    if impl != "math":
        raise ValueError(f"unknown attention impl {impl!r}")
    att = (q @ k.transpose(-2, -1)) * (1.0 / math.sqrt(q.size(-1)))  # (B, nh, Tq, Tk)
    allowed = _chunk_mask(t_q, t_k, q.device) if mask is None else mask
    att = att.masked_fill(~allowed, float("-inf"))
    # Softmax in float32 so half-precision models do not lose the small probabilities.
    att = F.softmax(att.float(), dim=-1).to(q.dtype)
    if dropout_p > 0.0:
        att = F.dropout(att, p=dropout_p)
    return att @ v  # (B, nh, Tq, hs)


class CausalSelfAttention(nn.Module):
    """Multi-head causal self-attention: one fused q/k/v projection, optional rotary angles.

    ``qkv`` maps C -> (n_head + 2·n_kv_head)·head_dim, laid out as [q heads | k heads | v
    heads]; ``proj`` maps the concatenated heads (n_head·head_dim, C unless heads were
    pruned) back to C.
    """

    def __init__(
        self,
        n_embd: int,
        n_head: int,
        n_kv_head: int,
        *,
        head_dim: int | None = None,
        bias: bool,
        impl: AttnImpl = "sdpa",
        dropout: float = 0.0,
    ) -> None:
        super().__init__()
        self.n_head = n_head
        self.n_kv_head = n_kv_head
        # None: the heads split the width; a pruned model keeps fewer heads of the same size.
        self.head_dim = n_embd // n_head if head_dim is None else head_dim
        self.impl = impl
        self.dropout = dropout
        self.qkv = nn.Linear(n_embd, (n_head + 2 * n_kv_head) * self.head_dim, bias=bias)
        self.proj = nn.Linear(n_head * self.head_dim, n_embd, bias=bias)

    def forward(
        self,
        x: torch.Tensor,
        *,
        rope: tuple[torch.Tensor, torch.Tensor] | None = None,
        kv_cache: SlotBatch | None = None,
        layer: int = 0,
        attn_mask: torch.Tensor | None = None,
    ) -> torch.Tensor:
        """``x`` (B, T, C) -> (B, T, C). ``rope`` is (cos, sin) for these T positions, each
        (T, hs), or (B, 1, T, hs) when every row has its own positions. ``attn_mask``
        (B, 1, T, Tk) bool, True where a query may look, replaces the causal rule (packed
        rows: block-diagonal causal; cached rows at different lengths: the cache's
        ``begin`` mask). ``kv_cache`` stores this call's keys/values for ``layer``."""
        B, T, _ = x.shape
        hs, nh, nkv = self.head_dim, self.n_head, self.n_kv_head
        qk, v = self.qkv(x).split([(nh + nkv) * hs, nkv * hs], dim=-1)
        qk = qk.view(B, T, nh + nkv, hs).transpose(1, 2)  # (B, nh+nkv, T, hs)
        v = v.view(B, T, nkv, hs).transpose(1, 2)  # (B, nkv, T, hs)
        if rope is not None:
            # Queries and keys rotate by the same angles: one call for both halves the
            # small-op count per layer, which is what a decode step mostly pays for.
            cos, sin = rope
            qk = apply_rotary(qk, cos, sin)
        q, k = qk.split([nh, nkv], dim=1)  # (B, nh, T, hs), (B, nkv, T, hs)
        if kv_cache is not None:
            k, v = kv_cache.update(layer, k, v)  # (B, nkv, cached+T, hs)
        dropout_p = self.dropout if self.training else 0.0
        y = causal_attention(
            q, k, v, impl=self.impl, dropout_p=dropout_p, mask=attn_mask
        )  # (B, nh, T, hs)
        y = y.transpose(1, 2).contiguous().view(B, T, nh * hs)  # (B, T, C)
        return self.proj(y)
