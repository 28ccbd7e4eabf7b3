"""Speculative decoding (Leviathan et al. 2023; Chen et al. 2023), greedy variant.

A small draft model proposes ``k`` tokens one by one; the target model scores all of them
in one (B, k+1) forward. Each row keeps the longest run of drafted tokens that equals the
target's own greedy choice, plus the target's token after that run, so the output is
exactly the target's greedy output while each target call yields 1..k+1 tokens.

Rows are independent: per-slot cache lengths let each row keep a different number of
tokens; rejected positions stay in the cache past the row's length, where the causal mask
hides them until they are overwritten.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import torch

from genforge.infer.row_sampling import apply_bias_and_penalties

if TYPE_CHECKING:
    from genforge.infer.scheduler import EngineCore


def _greedy(logits: torch.Tensor, core: EngineCore) -> torch.Tensor:
    """Greedy ids (B, T) from logits (B, T, V) after each row's logit bias."""
    T = logits.size(1)
    settings = [r.settings for r in core.running]
    if any(s.bias_ids is not None for s in settings):
        x = logits.float().clone()
        for t in range(T):
            x[:, t] = apply_bias_and_penalties(x[:, t], settings)
        logits = x
    return logits.argmax(dim=-1)


def speculative_step(core: EngineCore) -> None:
    """One draft-then-verify step over every running request (all greedy, no penalties).

    Falls back to a plain decode step when no row has room for a drafted token.
    """
    reqs = list(core.running)
    n = len(reqs)
    lengths = core.pool.lengths[:n]
    room = core.pool.max_len - max(lengths) - 1  # positions left after the pending token
    k = min(core.num_speculative_tokens, room)
    if k < 1:
        core._decode()
        return
    dev = core.device
    pending = torch.tensor([[r.pending] for r in reqs], dtype=torch.long, device=dev)  # (n, 1)
    drafts = []
    x = pending
    for j in range(k + 1):
        # The (k+1)-th call only writes the last draft token into the draft cache, so the
        # draft stays in step with the target whatever the number of accepted tokens.
        d_logits = core.decode_logits(True, x[:, 0], n)  # (n, V)
        if j < k:
            x = _greedy(d_logits.unsqueeze(1), core)  # (n, 1)
            drafts.append(x)
    proposal = torch.cat(drafts, dim=1)  # (n, k)
    seq = torch.cat([pending, proposal], dim=1)  # (n, k+1)
    logits, _ = core.model(seq, kv_cache=core.pool.rows(0, n))  # (n, k+1, V)
    target = _greedy(logits, core)  # (n, k+1)
    match = (proposal == target[:, :k]).int()
    accepted = match.cumprod(dim=1).sum(dim=1)  # (n,) leading matches
    want_lp = any(r.settings.logprobs is not None for r in reqs)
    lp = torch.log_softmax(logits.float(), dim=-1) if want_lp else None  # (n, k+1, V)
    acc_list = accepted.tolist()
    tgt_list = target.tolist()
    core.spec_proposed += n * k
    core.spec_accepted += sum(acc_list)
    for i in range(n):
        keep = acc_list[i] + 1  # accepted drafts + the target's own next token
        core.pool.lengths[i] = lengths[i] + keep
        core.draft_pool.lengths[i] = lengths[i] + keep
    for i, req in enumerate(reqs):
        for t in range(acc_list[i] + 1):
            if req.done:
                break
            tok = tgt_list[i][t]
            tok_lp, top = None, None
            k_lp = req.settings.logprobs
            if lp is not None and k_lp is not None:
                row = lp[i, t]
                tok_lp = float(row[tok])
                if k_lp:
                    v, ids = torch.topk(row, k_lp)
                    top = list(zip(ids.tolist(), v.tolist()))
                else:
                    top = []
            core._emit_token(req, tok, tok_lp, top)
        if not req.done and core.pool.lengths[req.slot] >= core.pool.max_len:
            core._finish(req, "length")
