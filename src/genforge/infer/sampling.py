"""Choosing the next token from logits: greedy, temperature, top-k, top-p (nucleus).

Every function is pure over a logits tensor of shape (B, V) so the single-prompt loop here
and a batching server can share them; randomness comes only from an explicit
``torch.Generator``, which makes a seeded run reproducible.
"""

from __future__ import annotations

import torch

from genforge.errors import GenforgeError

_OFF_P = 2.0  # a nucleus mass no row reaches: "top_p unset" without a separate code path


def check_sampling_args(
    temperature: float, top_k: int | None = None, top_p: float | None = None
) -> None:
    """Raise GenforgeError naming the first out-of-range sampling setting."""
    if temperature < 0:
        raise GenforgeError(f"temperature must be >= 0 (0 means greedy), got {temperature}")
    if top_k is not None and top_k < 1:
        raise GenforgeError(f"top_k must be >= 1 or unset, got {top_k}")
    if top_p is not None and not 0.0 < top_p <= 1.0:
        raise GenforgeError(f"top_p must be in (0, 1] or unset, got {top_p}")


def make_generator(seed: int | None, device: torch.device | str = "cpu") -> torch.Generator:
    """A generator on ``device`` seeded with ``seed`` (or from fresh OS entropy if None)."""
    gen = torch.Generator(device=device)
    if seed is None:
        gen.seed()
    else:
        gen.manual_seed(int(seed))
    return gen


def greedy(logits: torch.Tensor) -> torch.Tensor:
    """Most likely token per row: logits (B, V) -> ids (B,)."""
    return logits.argmax(dim=-1)


def filter_rows(
    logits: torch.Tensor,
    top_k: list[int | None],
    top_p: list[float | None],
    min_p: list[float | None],
) -> torch.Tensor:
    """Top-k (ties at the k-th kept), then top-p, then min-p per row of (B, V) logits that
    are already divided by temperature; removed entries become -inf.

    Each list holds one setting per row (None: that filter is off for the row), so the rows
    of a continuous batch keep their own settings in one vectorised pass.
    """
    V = logits.size(1)
    dev = logits.device
    if any(k is not None and k < V for k in top_k):
        # topk of the largest k needed, not a full sort: the k-th value per row is enough.
        kk = [min(k or V, V) for k in top_k]
        kmax = max(k for k in kk if k < V)
        values = torch.topk(logits, kmax, dim=-1).values  # (B, kmax)
        idx = torch.tensor([k - 1 if k < V else 0 for k in kk], device=dev).unsqueeze(1)
        kth = values.gather(1, idx)  # (B, 1)
        if any(k == V for k in kk):
            # Rows without top-k keep every token.
            off = torch.tensor([k == V for k in kk], device=dev).unsqueeze(1)
            kth = kth.masked_fill(off, float("-inf"))
        logits = logits.masked_fill(logits < kth, float("-inf"))
    # top_p >= 1 keeps everything by definition; it is switched off rather than compared,
    # because a float cumulative sum can reach 1.0 before the tail and drop real tokens.
    nucleus = [p if p is not None and p < 1.0 else _OFF_P for p in top_p]
    if any(p != _OFF_P for p in nucleus):
        sorted_logits, order = torch.sort(logits, dim=-1, descending=True)  # (B, V)
        pp = torch.tensor(nucleus, device=dev).unsqueeze(1)  # (B, 1)
        probs = torch.softmax(sorted_logits.float(), dim=-1)
        # A token is dropped when the tokens ranked above it already reach p.
        mass_before = probs.cumsum(dim=-1) - probs
        drop_sorted = mass_before >= pp
        drop = torch.zeros_like(drop_sorted).scatter(-1, order, drop_sorted)
        logits = logits.masked_fill(drop, float("-inf"))
    if any(m for m in min_p):
        mm = torch.tensor([m or 0.0 for m in min_p], device=dev).unsqueeze(1)  # (B, 1)
        probs = torch.softmax(logits.float(), dim=-1)
        floor = probs.max(dim=-1, keepdim=True).values * mm
        logits = logits.masked_fill(probs < floor, float("-inf"))
    return logits


def top_k_filter(logits: torch.Tensor, k: int) -> torch.Tensor:
    """Keep the ``k`` largest logits of each row of (B, V), set the rest to -inf.

    Ties at the k-th value are all kept, so the result never depends on sort stability.
    """
    B = logits.size(0)
    return filter_rows(logits, [k] * B, [None] * B, [None] * B)


def top_p_filter(logits: torch.Tensor, p: float) -> torch.Tensor:
    """Nucleus filter on (B, V): keep the smallest set of top tokens whose probability
    reaches ``p`` (always at least the most likely token), set the rest to -inf."""
    B = logits.size(0)
    return filter_rows(logits, [None] * B, [p] * B, [None] * B)


def draw(probs: torch.Tensor, uniforms: torch.Tensor) -> torch.Tensor:
    """One token per row of ``probs`` (B, V) by inverse CDF, given ``uniforms`` (B,) in [0, 1).

    Equivalent in distribution to ``torch.multinomial(probs, 1)`` but an order of magnitude
    faster on CPU, and the caller controls where each row's randomness comes from (one
    generator per request in the engine). ``probs`` need not be normalised.
    """
    cdf = probs.cumsum(dim=-1)  # (B, V)
    target = uniforms.to(cdf.dtype).unsqueeze(-1) * cdf[:, -1:]  # (B, 1)
    # right=True: the first token whose cumulative mass exceeds the target, so a token with
    # zero probability (a flat step of the CDF) can never be chosen.
    ids = torch.searchsorted(cdf, target, right=True).squeeze(-1)
    ids = ids.clamp_(max=probs.size(-1) - 1)
    # Rounding can put the target at the very top of the CDF; fall back to the likeliest.
    zero = probs.gather(-1, ids.unsqueeze(-1)).squeeze(-1) <= 0
    if bool(zero.any()):
        ids = torch.where(zero, probs.argmax(dim=-1), ids)
    return ids


def sample_next(
    logits: torch.Tensor,
    *,
    temperature: float = 1.0,
    top_k: int | None = None,
    top_p: float | None = None,
    generator: torch.Generator | None = None,
) -> torch.Tensor:
    """Next token ids (B,) from logits (B, V).

    ``temperature == 0`` is greedy (argmax; top-k/top-p do not change it). Otherwise the
    logits are divided by ``temperature``, filtered by top-k then top-p, and one token per
    row is drawn with ``generator``.
    """
    check_sampling_args(temperature, top_k, top_p)
    if temperature == 0:
        return greedy(logits)
    B = logits.size(0)
    logits = filter_rows(logits.float() / temperature, [top_k] * B, [top_p] * B, [None] * B)
    probs = torch.softmax(logits, dim=-1)
    uniforms = torch.rand(probs.size(0), generator=generator, device=probs.device)
    return draw(probs, uniforms)
