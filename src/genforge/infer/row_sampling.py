"""Per-request sampling over a batch of logits: each row of (B, V) has its own settings.

The rows of a continuous batch belong to different requests, so temperature, top-k/top-p/
min-p, penalties and logit bias are per-row tensors here, applied in one vectorised pass.
Only the random draw is per row: each request owns a ``torch.Generator`` so its sampled
tokens do not depend on which other requests share the batch. For a single row the result
is bit-identical to :func:`genforge.infer.sampling.sample_next` with the same generator.
"""

from __future__ import annotations

from dataclasses import dataclass

import torch

from genforge.infer.sampling import draw, filter_rows


@dataclass
class RowSettings:
    """One request's sampling settings in the form the batched sampler consumes."""

    temperature: float = 1.0
    top_k: int | None = None
    top_p: float | None = None
    min_p: float | None = None
    repetition_penalty: float = 1.0
    presence_penalty: float = 0.0
    frequency_penalty: float = 0.0
    bias_ids: torch.Tensor | None = None  # (n,) long token ids
    bias_values: torch.Tensor | None = None  # (n,) float32 biases
    generator: torch.Generator | None = None  # required when temperature > 0
    logprobs: int | None = None  # None = off; k = chosen + k alternatives

    @property
    def uses_penalties(self) -> bool:
        return (
            self.repetition_penalty != 1.0
            or self.presence_penalty != 0.0
            or self.frequency_penalty != 0.0
        )


@dataclass
class SampleResult:
    """Chosen ids and (for rows that asked) the model's own log-probabilities."""

    tokens: list[int]
    logprobs: list[float | None]
    top: list[list[tuple[int, float]] | None]


def apply_bias_and_penalties(
    logits: torch.Tensor,
    rows: list[RowSettings],
    counts: torch.Tensor | None = None,
    seen: torch.Tensor | None = None,
) -> torch.Tensor:
    """Add logit bias and apply repetition/presence/frequency penalties, in place.

    ``logits`` (B, V) float32; ``counts`` (B, V) how often each token was generated so far
    by the row's request; ``seen`` (B, V) bool, True for tokens of the row's prompt. The
    repetition penalty (CTRL) divides positive and multiplies negative logits of any token
    in prompt or output; presence/frequency (OpenAI) subtract ``presence·[count>0] +
    frequency·count`` for output tokens only.
    """
    for i, r in enumerate(rows):
        if r.bias_ids is not None:
            logits[i].index_add_(0, r.bias_ids, r.bias_values)
    if counts is None or not any(r.uses_penalties for r in rows):
        return logits
    dev = logits.device
    rep = torch.tensor([r.repetition_penalty for r in rows], device=dev).unsqueeze(1)  # (B, 1)
    if any(r.repetition_penalty != 1.0 for r in rows):
        hit = counts > 0
        if seen is not None:
            hit = hit | seen
        scaled = torch.where(logits > 0, logits / rep, logits * rep)
        logits = torch.where(hit, scaled, logits)
    pres = torch.tensor([r.presence_penalty for r in rows], device=dev).unsqueeze(1)
    freq = torch.tensor([r.frequency_penalty for r in rows], device=dev).unsqueeze(1)
    if bool(pres.any()) or bool(freq.any()):
        logits = logits - freq * counts - pres * (counts > 0).float()
    return logits


def sample_rows(
    logits: torch.Tensor,
    rows: list[RowSettings],
    counts: torch.Tensor | None = None,
    seen: torch.Tensor | None = None,
) -> SampleResult:
    """Choose one token per row of raw model ``logits`` (B, V) under each row's settings.

    Log-probabilities (for rows with ``logprobs`` set) come from the raw logits at
    temperature 1: the model's own distribution, before bias, penalties or filters.
    """
    B = logits.size(0)
    if all(r.temperature == 0 and r.logprobs is None and r.bias_ids is None for r in rows) and (
        not any(r.uses_penalties for r in rows)
    ):
        # Plain greedy: the argmax of the raw logits is the answer, with no float copy,
        # penalty pass or softmax.
        return SampleResult(logits.argmax(dim=-1).tolist(), [None] * B, [None] * B)
    x = logits.float()
    lp = None
    if any(r.logprobs is not None for r in rows):
        lp = torch.log_softmax(x, dim=-1)  # (B, V)
    if x.data_ptr() == logits.data_ptr():
        x = x.clone()  # the caller's logits stay untouched
    x = apply_bias_and_penalties(x, rows, counts, seen)
    chosen = x.argmax(dim=-1)  # greedy rows keep this
    hot = [i for i, r in enumerate(rows) if r.temperature > 0]
    if hot:
        idx = torch.tensor(hot, device=x.device)
        temps = torch.tensor([rows[i].temperature for i in hot], device=x.device)
        xs = x.index_select(0, idx) / temps.unsqueeze(1)  # (Bh, V)
        xs = filter_rows(
            xs,
            [rows[i].top_k for i in hot],
            [rows[i].top_p for i in hot],
            [rows[i].min_p for i in hot],
        )
        probs = torch.softmax(xs, dim=-1)
        # One uniform per row from that row's own generator: a request's samples depend
        # only on its seed and its own logits, never on the batch around it.
        uniforms = torch.cat(
            [torch.rand(1, generator=rows[i].generator, device=x.device) for i in hot]
        )
        chosen = chosen.index_copy(0, idx, draw(probs, uniforms))
    tokens = chosen.tolist()
    logprobs: list[float | None] = [None] * B
    top: list[list[tuple[int, float]] | None] = [None] * B
    if lp is not None:
        picked = lp.gather(1, chosen.unsqueeze(1)).squeeze(1).tolist()
        kmax = max(r.logprobs or 0 for r in rows)
        top_vals = top_ids = None
        if kmax:
            tv, ti = torch.topk(lp, kmax, dim=-1)
            top_vals, top_ids = tv.tolist(), ti.tolist()
        for i, r in enumerate(rows):
            if r.logprobs is None:
                continue
            logprobs[i] = picked[i]
            if r.logprobs and top_vals is not None and top_ids is not None:
                top[i] = list(zip(top_ids[i][: r.logprobs], top_vals[i][: r.logprobs]))
            else:
                top[i] = []
    return SampleResult(tokens, logprobs, top)
