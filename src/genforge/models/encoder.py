"""Bidirectional Transformer encoder with a masked-LM head (BERT-style).

The decoder's own trunk (``genforge.models.gpt.TransformerTrunk``: embeddings, rotary or
learned positions, the blocks, the final norm, the init, configured by a ``GPTConfig``) with
one difference, the attention mask: every token may look at every other non-padding token,
instead of only the ones before it.

The vocabulary is the BPE tokenizer's plus one ``[MASK]`` id appended at the end
(``mask_id = tokenizer.vocab_size``), so any genforge tokenizer can be used unchanged.

Its model dir (``config.json`` with ``model_type: genforge-encoder``, ``model.safetensors``,
``tokenizer.json``) is written and read by ``genforge.modeldir.save_encoder`` /
``load_encoder``, next to the GPT's: the artifact layer sees both models and the tokenizer.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import torch
import torch.nn.functional as F
from torch import nn

from genforge.errors import GenforgeError
from genforge.models.gpt import GPTConfig, TransformerTrunk

IGNORE = -100


def bidirectional_states(
    trunk: TransformerTrunk, idx: torch.Tensor, pad_mask: torch.Tensor | None = None
) -> torch.Tensor:
    """Final-norm states (B, T, C) of ids ``idx`` (B, T) through ``trunk`` with full
    attention: every token sees every real (``pad_mask`` True) token. The encoder and the
    CLIP text tower both read text this way."""
    B, T = idx.shape
    if pad_mask is None:
        mask = torch.ones(1, 1, T, T, dtype=torch.bool, device=idx.device).expand(B, 1, T, T)
    else:
        mask = pad_mask.bool()[:, None, None, :].expand(B, 1, T, T)
    return trunk.trunk(trunk.wte(idx), attn_mask=mask)


class Encoder(TransformerTrunk):
    """Bidirectional encoder + MLM head on the GPT's trunk (same parameter names).

    ``forward(idx[B,T], targets=None, *, pad_mask=None) -> (logits[B,T,V], loss | None)``:
    ``targets`` holds the original id at masked positions and -100 elsewhere; ``pad_mask``
    (B, T) bool is True on real tokens (padding is neither attended to nor pooled).
    """

    def __init__(self, config: GPTConfig, mask_id: int) -> None:
        super().__init__(config)
        if not 0 <= mask_id < config.vocab_size:
            raise GenforgeError(f"mask_id {mask_id} outside the vocabulary {config.vocab_size}")
        self.mask_id = mask_id
        # BERT's MLM transform: dense + GELU + norm before the (tied) vocabulary projection
        # gives the head room to map contextual states back to token space.
        self.mlm_dense = nn.Linear(config.n_embd, config.n_embd)
        self.mlm_norm = nn.LayerNorm(config.n_embd)
        self.mlm_bias = nn.Parameter(torch.zeros(config.vocab_size))
        self.reset_parameters()

    def hidden_states(
        self, idx: torch.Tensor, pad_mask: torch.Tensor | None = None
    ) -> torch.Tensor:
        """Final-norm hidden states (B, T, C) of ids ``idx`` (B, T)."""
        return bidirectional_states(self, idx, pad_mask)

    def mlm_logits(self, h: torch.Tensor) -> torch.Tensor:
        """Vocabulary logits (..., V) from hidden states (..., C); tied to the embedding."""
        z = self.mlm_norm(F.gelu(self.mlm_dense(h)))
        return F.linear(z, self.wte.weight, self.mlm_bias)

    def forward(
        self,
        idx: torch.Tensor,
        targets: torch.Tensor | None = None,
        *,
        pad_mask: torch.Tensor | None = None,
    ) -> tuple[torch.Tensor, torch.Tensor | None]:
        h = self.hidden_states(idx, pad_mask)
        if targets is None:
            return self.mlm_logits(h), None
        # Only masked positions carry a loss: project just those rows (~15 %) to the vocab.
        sel = targets != IGNORE
        logits = self.mlm_logits(h[sel])  # (M, V)
        if logits.size(0) == 0:
            return logits, h.sum() * 0.0
        loss = F.cross_entropy(logits.float(), targets[sel])
        return logits, loss

    def num_params(self) -> int:
        """Trainable parameters (the tied head counted once)."""
        return sum(p.numel() for p in self.parameters())

    @torch.no_grad()
    def embed(
        self,
        texts: Sequence[str],
        tokenizer: Any,
        *,
        batch_size: int = 32,
        normalize: bool = True,
    ) -> torch.Tensor:
        """Mean-pooled final hidden states of ``texts``: (N, C) float32 on the CPU, unit
        length when ``normalize``. Each text is BOS + its first ``block_size - 1`` tokens."""
        was_training = self.training
        self.eval()
        device = self.wte.weight.device
        limit = self.config.block_size
        pad = tokenizer.pad_id
        out = []
        for i in range(0, len(texts), batch_size):
            rows = [
                [tokenizer.bos_id, *tokenizer.encode(t)][:limit] for t in texts[i : i + batch_size]
            ]
            width = max(len(r) for r in rows)
            idx = torch.full((len(rows), width), pad, dtype=torch.long)
            real = torch.zeros((len(rows), width), dtype=torch.bool)
            for j, r in enumerate(rows):
                idx[j, : len(r)] = torch.tensor(r)
                real[j, : len(r)] = True
            idx, real = idx.to(device), real.to(device)
            h = self.hidden_states(idx, real).float()  # (b, T, C)
            w = real.unsqueeze(-1).float()
            pooled = (h * w).sum(1) / w.sum(1).clamp(min=1.0)
            if normalize:
                pooled = F.normalize(pooled, dim=-1)
            out.append(pooled.cpu())
        self.train(was_training)
        if not out:
            return torch.zeros(0, self.config.n_embd)
        return torch.cat(out)


def mask_tokens(
    ids: torch.Tensor,
    *,
    mask_id: int,
    vocab_size: int,
    special_ids: Sequence[int],
    prob: float = 0.15,
    generator: torch.Generator | None = None,
) -> tuple[torch.Tensor, torch.Tensor]:
    """BERT masking of ``ids`` (B, T): returns ``(inputs, targets)``, both (B, T) int64.

    Each non-special position is selected with probability ``prob``; a selected position's
    input becomes ``mask_id`` (80 %), a random ordinary token (10 %) or stays (10 %), and
    its target is the original id. Unselected targets are -100. Random replacements are
    drawn from ids in ``[0, vocab_size)`` that are not special and not ``mask_id``.
    """
    if not 0.0 < prob < 1.0:
        raise GenforgeError(f"mask probability must be in (0, 1), got {prob}")
    device = ids.device
    cpu_ids = ids.cpu()
    special = torch.zeros(max(vocab_size, mask_id + 1), dtype=torch.bool)
    special[list(special_ids)] = True
    special[mask_id] = True
    maskable = ~special[cpu_ids]
    u = torch.rand(cpu_ids.shape, generator=generator)
    selected = (u < prob) & maskable
    action = torch.rand(cpu_ids.shape, generator=generator)
    ordinary = torch.nonzero(~special[:vocab_size]).squeeze(1)
    pick = torch.randint(len(ordinary), cpu_ids.shape, generator=generator)
    inputs = cpu_ids.clone()
    inputs[selected & (action < 0.8)] = mask_id
    swap = selected & (action >= 0.8) & (action < 0.9)
    inputs[swap] = ordinary[pick[swap]]
    targets = torch.where(selected, cpu_ids, torch.full_like(cpu_ids, IGNORE))
    return inputs.to(device), targets.to(device)
