"""CLIP-style contrastive model: a ViT image tower and a bidirectional text tower meet in
one embedding space, trained with the symmetric InfoNCE loss (Radford et al. 2021).

- Image tower: ``genforge.models.vit.ViT``; its class-token state is projected to
  ``embed_dim``.
- Text tower: the GPT's own ``TransformerTrunk`` read with full attention
  (``models.encoder.bidirectional_states``, the masked-LM encoder's way of reading text);
  the mean of the real tokens' final states is projected to ``embed_dim``.
- Both embeddings are L2-normalised; their cosine similarities times a learned
  temperature ``exp(logit_scale)`` (clamped at 100, as CLIP does) are the logits.

A batch of B matching (image, text) pairs gives a B x B logit matrix whose diagonal holds
the pairs; the loss is the mean of the cross-entropies along rows (image -> text) and
columns (text -> image). The math (:func:`info_nce`, :func:`zero_shot_scores`,
:func:`recall_at_k`) is pure, without I/O, so tests check it on known embeddings.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import torch
import torch.nn.functional as F
from torch import nn

from genforge.errors import GenforgeError
from genforge.models.encoder import bidirectional_states
from genforge.models.gpt import GPTConfig, TransformerTrunk
from genforge.models.vit import ViT, ViTConfig

MODEL_TYPE = "genforge-clip"
MAX_LOGIT_SCALE = math.log(100.0)


@dataclass
class CLIPConfig:
    """Both towers and the shared space; JSON-safe (a model dir's config.json)."""

    # 24 px images in 8 px patches: one patch per cell of the scenes' 3x3 grid, 10 tokens a
    # picture, which is what lets a CPU train it in minutes.
    vision: ViTConfig = field(
        default_factory=lambda: ViTConfig(image_size=24, patch_size=8, n_layer=3, n_embd=64)
    )
    text_layers: int = 2
    text_heads: int = 4
    text_width: int = 64
    text_len: int = 48  # tokens per caption incl. BOS; longer captions are refused
    vocab_size: int = 512  # the tokenizer's; set from it when training
    embed_dim: int = 64
    init_temperature: float = 0.07  # CLIP's starting softmax temperature

    def text_config(self) -> GPTConfig:
        return GPTConfig(
            vocab_size=self.vocab_size,
            n_layer=self.text_layers,
            n_head=self.text_heads,
            n_embd=self.text_width,
            block_size=self.text_len,
            arch="gpt2",
            tie_embeddings=False,
        ).validate()

    def validate(self) -> CLIPConfig:
        self.vision.validate()
        self.text_config()
        if self.embed_dim < 1:
            raise GenforgeError(f"embed_dim must be >= 1, got {self.embed_dim}")
        if not 0.0 < self.init_temperature <= 1.0:
            raise GenforgeError(f"init_temperature must be in (0, 1], got {self.init_temperature}")
        return self

    def to_dict(self) -> dict[str, Any]:
        out = {k: getattr(self, k) for k in self.__dataclass_fields__}
        out["vision"] = self.vision.to_dict()
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> CLIPConfig:
        known = set(cls.__dataclass_fields__)
        unknown = sorted(set(data) - known)
        if unknown:
            raise GenforgeError(f"unknown CLIP config keys {unknown}; known: {sorted(known)}")
        data = dict(data)
        data["vision"] = ViTConfig.from_dict(data.get("vision", {}))
        return cls(**data).validate()


def info_nce(
    image_emb: torch.Tensor,
    text_emb: torch.Tensor,
    logit_scale: torch.Tensor | float,
    hard_negatives: torch.Tensor | None = None,
) -> torch.Tensor:
    """Symmetric InfoNCE of B matching pairs: image_emb, text_emb (B, D), unit length.

    ``(CE(S, arange) + CE(S^T, arange)) / 2`` with ``S = exp(logit_scale) * I @ T^T``.
    ``hard_negatives`` (M, D), texts that match no image of the batch (captions with one
    attribute changed), are extra columns of the image -> text direction only (NegCLIP,
    Yuksekgonul et al. 2023): in-batch negatives alone rarely differ from the true caption
    in a single word, so without them "top left" and "top right" need not be told apart.
    """
    if image_emb.shape != text_emb.shape or image_emb.ndim != 2:
        raise GenforgeError(
            f"info_nce needs two (B, D) embeddings of one shape, got {tuple(image_emb.shape)} "
            f"and {tuple(text_emb.shape)}"
        )
    scale = torch.as_tensor(logit_scale, dtype=torch.float32, device=image_emb.device).exp()
    logits = scale * image_emb.float() @ text_emb.float().T  # (B, B)
    target = torch.arange(logits.size(0), device=logits.device)
    t2i = F.cross_entropy(logits.T, target)
    if hard_negatives is not None:
        extra = scale * image_emb.float() @ hard_negatives.float().T  # (B, M)
        logits = torch.cat([logits, extra], dim=1)
    return (F.cross_entropy(logits, target) + t2i) / 2


def zero_shot_scores(
    image_emb: torch.Tensor, prompt_emb: torch.Tensor, prompt_class: Sequence[int], n_classes: int
) -> torch.Tensor:
    """Per-class scores (N, n_classes) of images against several prompts per class.

    Each image's softmax over all prompts (cosine similarity) is summed per class: a class
    described by many prompts (every template that names "red") is scored by all of them.
    """
    cls = torch.as_tensor(list(prompt_class), dtype=torch.long)
    if cls.numel() != prompt_emb.size(0):
        raise GenforgeError(
            f"{prompt_emb.size(0)} prompt embeddings but {cls.numel()} prompt classes"
        )
    if cls.numel() and (int(cls.min()) < 0 or int(cls.max()) >= n_classes):
        raise GenforgeError(f"prompt classes must lie in [0, {n_classes})")
    probs = (100.0 * image_emb.float() @ prompt_emb.float().T).softmax(-1)  # (N, P)
    out = torch.zeros(image_emb.size(0), n_classes)
    return out.index_add_(1, cls, probs.cpu())


def recall_at_k(query_emb: torch.Tensor, item_emb: torch.Tensor, k: int = 1) -> float:
    """Share of queries i whose item i ranks in the top ``k`` by cosine similarity.

    Ties count against the query (an item only "ranks" above strictly lower scores), so a
    collapsed embedding scores 0, not 1.
    """
    if query_emb.shape != item_emb.shape:
        raise GenforgeError(
            f"recall needs paired (N, D) embeddings, got {tuple(query_emb.shape)} and "
            f"{tuple(item_emb.shape)}"
        )
    sims = query_emb.float() @ item_emb.float().T  # (N, N)
    own = sims.diagonal().unsqueeze(1)
    others = (sims >= own).sum(1) - 1  # items scoring at least the true one, itself excluded
    return float((others < k).float().mean())


class CLIP(nn.Module):
    """``forward(images, ids, pad_mask) -> (image_emb, text_emb)``, both (B, embed_dim),
    unit length; ``images`` (B, 3, H, W) in [0, 1], ``ids`` (B, T) starting with BOS."""

    def __init__(self, config: CLIPConfig) -> None:
        super().__init__()
        config.validate()
        self.config = config
        self.vision = ViT(config.vision)
        self.text = TransformerTrunk(config.text_config())
        self.text.reset_parameters()
        self.image_proj = nn.Linear(config.vision.n_embd, config.embed_dim, bias=False)
        self.text_proj = nn.Linear(config.text_width, config.embed_dim, bias=False)
        nn.init.normal_(self.image_proj.weight, std=config.vision.n_embd**-0.5)
        nn.init.normal_(self.text_proj.weight, std=config.text_width**-0.5)
        self.logit_scale = nn.Parameter(torch.tensor(math.log(1.0 / config.init_temperature)))

    def encode_image(self, images: torch.Tensor) -> torch.Tensor:
        """(B, 3, H, W) in [0, 1] -> (B, embed_dim) unit vectors."""
        # Centre the pixels: the ViT's patch projection expects inputs around zero.
        states = self.vision(images * 2.0 - 1.0)  # (B, 1 + N, C)
        return F.normalize(self.image_proj(states[:, 0]), dim=-1)

    def encode_text(self, ids: torch.Tensor, pad_mask: torch.Tensor) -> torch.Tensor:
        """ids (B, T), pad_mask (B, T) True on real tokens -> (B, embed_dim) unit vectors."""
        h = bidirectional_states(self.text, ids, pad_mask)  # (B, T, C)
        w = pad_mask.unsqueeze(-1).to(h.dtype)
        pooled = (h * w).sum(1) / w.sum(1).clamp(min=1.0)
        return F.normalize(self.text_proj(pooled), dim=-1)

    def forward(
        self, images: torch.Tensor, ids: torch.Tensor, pad_mask: torch.Tensor
    ) -> tuple[torch.Tensor, torch.Tensor]:
        return self.encode_image(images), self.encode_text(ids, pad_mask)

    def scale(self) -> torch.Tensor:
        """The log temperature, clamped so the logits stay at most 100 x cosine."""
        return self.logit_scale.clamp(max=MAX_LOGIT_SCALE)


def clip_loss(model: nn.Module, batch: tuple[torch.Tensor, ...]) -> tuple[torch.Tensor, dict]:
    """The one loop's loss for a batch ``(images, ids, pad_mask)``, optionally followed by
    hard-negative texts ``(neg_ids, neg_mask)``: symmetric InfoNCE, temperature logged."""
    images, ids, pad_mask, *negatives = batch
    raw: CLIP = getattr(model, "module", getattr(model, "_orig_mod", model))
    img, txt = model(images, ids, pad_mask)
    hard = raw.encode_text(*negatives) if negatives else None
    scale = raw.scale()
    loss = info_nce(img, txt, scale, hard)
    return loss, {"temperature": float((-scale.detach()).exp())}


def encode_texts(tokenizer: Any, texts: Sequence[str], text_len: int) -> tuple[torch.Tensor, ...]:
    """``(ids, pad_mask)`` (N, T) for ``texts``: BOS + tokens, padded to the longest row.

    A text longer than ``text_len`` tokens is an error, not silently cut: a cut caption
    would describe a different scene.
    """
    rows = [[tokenizer.bos_id, *tokenizer.encode(t)] for t in texts]
    if not rows:
        raise GenforgeError("no texts to encode")
    long = [t for t, r in zip(texts, rows, strict=True) if len(r) > text_len]
    if long:
        raise GenforgeError(
            f"text {long[0]!r} is longer than the model's {text_len} tokens; shorten it"
        )
    width = max(len(r) for r in rows)
    ids = torch.full((len(rows), width), tokenizer.pad_id, dtype=torch.long)
    mask = torch.zeros((len(rows), width), dtype=torch.bool)
    for i, r in enumerate(rows):
        ids[i, : len(r)] = torch.tensor(r)
        mask[i, : len(r)] = True
    return ids, mask
