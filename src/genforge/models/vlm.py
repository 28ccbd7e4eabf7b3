"""Vision-language model (LLaVA-style): ViT patches -> projector -> prefix of a genforge GPT.

An image (B, 3, H, W) in [0, 1] goes through the ViT (``models/vit.py``, random or a trained
CLIP's); the states of one of its layers (the patches, and the class token when
``vision_cls``: a CLIP tower's pooled image) are mapped by the projector to the LM's width,
and those P vectors (plus a learned vector per position with ``image_pos_embed``) are put
in front of the token embeddings. With ``question_attn`` each of the P vectors also reads
the prompt (see :class:`QuestionAttention`) before it enters the LM. The LM is an ordinary
:class:`~genforge.models.gpt.GPT` run on ``cat(image_prefix, wte(ids))`` through
``GPT.trunk``: the image always sits at positions 0..P-1, the text (``<|bos|>``, the chat
template, ...) after it, under the usual causal rule. That is also how the engine serves it:
it prefills the P prefix vectors into the KV cache, then the prompt ids, and decodes as for
any GPT.

Logits and loss are computed for the text positions only: an image position has no token to
predict, so no loss can fall on one.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

import torch
from torch import nn

from genforge.errors import GenforgeError
from genforge.models.gpt import GPT, GPTConfig, lm_loss
from genforge.models.vit import ViT, ViTConfig

PROJECTORS = ("mlp", "linear")


@dataclass
class VLMConfig:
    """The vision tower, the projector kind and the LM; JSON-safe via to_dict/from_dict."""

    vision: ViTConfig
    lm: GPTConfig
    # "mlp": Linear -> GELU -> Linear (LLaVA-1.5's choice, measured better than one linear
    # layer there); "linear": one matrix (LLaVA-1).
    projector: Literal["mlp", "linear"] = "mlp"
    # Which ViT states feed the projector: -1 the final (normed) layer, -2 the penultimate
    # block's output (LLaVA's choice for a CLIP tower), ...; with the class token or not.
    vision_layer: int = -1
    vision_cls: bool = False
    # A tower trained on pixels in [-1, 1] (genforge CLIP) gets them so; images stay [0, 1].
    center_pixels: bool = False
    # A learned vector per image position (P x lm.n_embd) added to the projector's output,
    # so a prefix vector says which position it is without relying on the tower's states.
    # Measured, it did not help position or relation questions (a CLIP tower's patches
    # already carry their cell; docs/multimodal.md), hence off by default. False for dirs
    # written before the field (they have no such weights).
    image_pos_embed: bool = False
    # Let the image positions read the prompt (QuestionAttention) before the LM sees them.
    # False for dirs written before the field (they have no such weights).
    question_attn: bool = False

    @property
    def image_positions(self) -> int:
        """P: the KV positions one image takes in front of the text."""
        return self.vision.num_patches + int(self.vision_cls)

    def validate(self) -> VLMConfig:
        self.vision.validate()
        self.lm.validate()
        if self.projector not in PROJECTORS:
            raise GenforgeError(
                f"projector must be one of {list(PROJECTORS)}, got {self.projector!r}"
            )
        if not -self.vision.n_layer <= self.vision_layer <= -1:
            raise GenforgeError(
                f"vision_layer must be in [-{self.vision.n_layer}, -1] for a "
                f"{self.vision.n_layer}-layer ViT (-1 the last), got {self.vision_layer}"
            )
        if self.lm.block_size <= self.image_positions:
            raise GenforgeError(
                f"the LM's block_size {self.lm.block_size} leaves no room for text after the "
                f"{self.image_positions} image positions; raise block_size or the patch size"
            )
        return self

    def to_dict(self) -> dict[str, Any]:
        return {
            "vision": self.vision.to_dict(),
            "lm": self.lm.to_dict(),
            "projector": self.projector,
            "vision_layer": self.vision_layer,
            "vision_cls": self.vision_cls,
            "center_pixels": self.center_pixels,
            "image_pos_embed": self.image_pos_embed,
            "question_attn": self.question_attn,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> VLMConfig:
        if not isinstance(data, dict) or not {"vision", "lm"} <= set(data):
            raise GenforgeError("a VLM config needs 'vision' (ViT) and 'lm' (GPT) objects")
        unknown = sorted(set(data) - set(cls.__dataclass_fields__))
        if unknown:
            raise GenforgeError(
                f"unknown VLM config keys {unknown}; known: {sorted(cls.__dataclass_fields__)}"
            )
        return cls(
            **{
                **data,
                "vision": ViTConfig.from_dict(data["vision"]),
                "lm": GPTConfig.from_dict(data["lm"]),
            }
        ).validate()


def pad_questions(prompts: list[list[int]]) -> torch.Tensor:
    """The prompts' token ids as one (B, Q) long tensor, right-padded with -1 (no token):
    the ``questions`` argument of :meth:`VLM.image_prefix`."""
    width = max((len(p) for p in prompts), default=0)
    out = torch.full((len(prompts), max(width, 1)), -1, dtype=torch.long)
    for r, ids in enumerate(prompts):
        out[r, : len(ids)] = torch.tensor(ids, dtype=torch.long)
    return out


class QuestionAttention(nn.Module):
    """Cross-attention from the P image vectors to the prompt's token embeddings.

    Why: the image sits in front of the text, so under the causal rule no image position
    can know the question, and every lookup ("the colour of the triangle", "is the circle
    left of the square") has to happen in the text positions' few layers. Here each image
    vector adds what it reads from the question (its tokens' embeddings from the LM's own
    table, plus a learned position so word order counts), so a cell can mark itself as the
    one asked about before the LM starts. Values are the embeddings minus their mean over
    the prompt (a cell that attends evenly adds nothing), and the output matrix starts at
    zero, so a new model starts as the VLM without it. The prompt is read, never its answer:
    training passes the prompt part of each row only (vision/vlm_train.py)."""

    def __init__(self, n_embd: int, n_head: int, max_len: int) -> None:
        super().__init__()  # n_embd % n_head == 0: the LM's GPTConfig.validate checks it
        self.n_head, self.max_len = n_head, max_len
        self.ln = nn.LayerNorm(n_embd)
        self.pos = nn.Embedding(max_len, n_embd)
        self.q = nn.Linear(n_embd, n_embd, bias=False)
        self.k = nn.Linear(n_embd, n_embd, bias=False)
        self.v = nn.Linear(n_embd, n_embd, bias=False)
        self.out = nn.Linear(n_embd, n_embd, bias=False)
        for m in (self.pos, self.q, self.k, self.v):
            nn.init.normal_(m.weight, std=0.02)
        nn.init.zeros_(self.out.weight)

    def forward(
        self, prefix: torch.Tensor, tokens: torch.Tensor, mask: torch.Tensor
    ) -> torch.Tensor:
        """prefix (B, P, C), tokens (B, Q, C) embeddings, mask (B, Q) True where a token is
        -> the (B, P, C) to add to the prefix (zero for a row without prompt tokens)."""
        B, P, C = prefix.shape
        Q, H = tokens.size(1), self.n_head
        if Q > self.max_len:
            raise GenforgeError(
                f"the prompt has {Q} tokens; the image's question attention reads at most "
                f"{self.max_len} (the LM's block_size)"
            )
        n = mask.sum(dim=1, keepdim=True).clamp(min=1).unsqueeze(-1)  # (B, 1, 1)
        m = mask.unsqueeze(-1).to(tokens.dtype)
        centred = tokens - (tokens * m).sum(dim=1, keepdim=True) / n
        keys = tokens + self.pos.weight[:Q]

        def heads(x: torch.Tensor) -> torch.Tensor:
            return x.view(B, -1, H, C // H).transpose(1, 2)  # (B, H, L, C/H)

        # A row with no token attends to all (masked later) rather than to none: no NaN.
        allowed = mask | ~mask.any(dim=1, keepdim=True)
        att = nn.functional.scaled_dot_product_attention(
            heads(self.q(self.ln(prefix))),
            heads(self.k(keys)),
            heads(self.v(centred)),
            attn_mask=allowed[:, None, None, :],
        )
        att = att.transpose(1, 2).reshape(B, P, C)
        return self.out(att) * mask.any(dim=1).to(att.dtype)[:, None, None]


class VLM(nn.Module):
    """``forward(images[B,3,H,W], idx[B,T], targets?) -> (logits[B,T,V], loss | None)``."""

    def __init__(self, config: VLMConfig, lm: GPT | None = None) -> None:
        """``lm``: an existing GPT (e.g. loaded from a model dir) to use instead of a new one."""
        super().__init__()
        config.validate()
        if lm is not None and lm.config != config.lm:
            raise GenforgeError("the given LM's config differs from config.lm")
        self.config = config
        self.vit = ViT(config.vision)
        d_in, d_out = config.vision.n_embd, config.lm.n_embd
        if config.projector == "mlp":
            self.projector: nn.Module = nn.Sequential(
                nn.Linear(d_in, d_out), nn.GELU(), nn.Linear(d_out, d_out)
            )
        else:
            self.projector = nn.Linear(d_in, d_out)
        for m in self.projector.modules():
            if isinstance(m, nn.Linear):  # the GPT init: N(0, 0.02), zero bias
                nn.init.normal_(m.weight, std=0.02)
                nn.init.zeros_(m.bias)
        # An nn.Embedding, so the optimizer treats it as the LM's position table (wpe): an
        # embedding, not decayed by default.
        self.image_pos: nn.Embedding | None = None
        if config.image_pos_embed:
            self.image_pos = nn.Embedding(config.image_positions, d_out)
            nn.init.normal_(self.image_pos.weight, std=0.02)  # as the LM's own tables
        self.question_attn: QuestionAttention | None = None
        if config.question_attn:
            lmc = config.lm
            self.question_attn = QuestionAttention(lmc.n_embd, lmc.n_head, lmc.block_size)
        self.lm = lm if lm is not None else GPT(config.lm)

    @property
    def image_positions(self) -> int:
        return self.config.image_positions

    def image_prefix(
        self, images: torch.Tensor, questions: torch.Tensor | None = None
    ) -> torch.Tensor:
        """(B, 3, H, W) float in [0, 1] -> (B, P, lm.n_embd): the LM's first P inputs.

        ``questions`` (B, Q): each row's prompt ids, -1 padded (:func:`pad_questions`);
        required by a ``question_attn`` model, ignored by any other."""
        if not torch.is_floating_point(images):
            raise GenforgeError(
                f"images must be float in [0, 1], got {images.dtype}; divide uint8 pixels "
                "by 255 (genforge.vision.scenes.to_tensor does)"
            )
        x = images.to(self.vit.patch_embed.weight.dtype)
        cfg = self.config
        if cfg.center_pixels:
            x = x * 2.0 - 1.0
        blocks = cfg.vision.n_layer + 1 + cfg.vision_layer  # -1: all of them
        states = self.vit(x, blocks=blocks)  # (B, 1 + N, Cv)
        prefix = self.projector(states if cfg.vision_cls else states[:, 1:])  # (B, P, C)
        if self.image_pos is not None:
            prefix = prefix + self.image_pos.weight  # (P, C): the same cell, the same vector
        if self.question_attn is not None:
            if questions is None or questions.ndim != 2 or questions.size(0) != images.size(0):
                raise GenforgeError(
                    "this VLM reads the prompt into the image (question_attn): pass "
                    "questions=pad_questions(prompt ids), one row per image"
                )
            questions = questions.to(prefix.device)
            mask = questions >= 0
            tokens = self.lm.wte(questions.clamp(min=0)).to(prefix.dtype)
            prefix = prefix + self.question_attn(prefix, tokens, mask)
        return prefix

    def forward(
        self,
        images: torch.Tensor,
        idx: torch.Tensor,
        targets: torch.Tensor | None = None,
        questions: torch.Tensor | None = None,
    ) -> tuple[torch.Tensor, torch.Tensor | None]:
        """Logits of the text positions for ``images`` then ``idx`` (B, T) in one sequence.

        ``targets`` (B, T) are next-token ids of ``idx`` (-100 ignored), as for GPT.forward.
        ``questions``: the prompt part of each row, for a ``question_attn`` model (see
        :meth:`image_prefix`); never the answer, or the image would see it.
        """
        if idx.ndim != 2 or images.size(0) != idx.size(0):
            raise GenforgeError(
                f"need one image per token row: images {tuple(images.shape)}, ids "
                f"{tuple(idx.shape)}"
            )
        P = self.image_positions
        if P + idx.size(1) > self.config.lm.block_size:
            raise GenforgeError(
                f"{P} image positions + {idx.size(1)} tokens exceed the LM's block_size "
                f"{self.config.lm.block_size}; shorten the text"
            )
        prefix = self.image_prefix(images, questions)  # (B, P, C)
        x = torch.cat([prefix.to(self.lm.wte.weight.dtype), self.lm.wte(idx)], dim=1)
        h = self.lm.trunk(x)  # (B, P + T, C)
        logits = self.lm.lm_head(h[:, P:])  # (B, T, V): no logits on image positions
        if targets is None:
            return logits, None
        return logits, lm_loss(logits, targets)

    def num_params(self) -> int:
        """Parameters, each shared tensor once (a tied LM head counts with the embedding)."""
        return sum(p.numel() for p in self.parameters())

    def keep_image_prefix_only(self) -> VLM:
        """Drop the LM's blocks, final norm and head, keeping what :meth:`image_prefix`
        reads (vision tower, projector, image positions, question attention and the LM's
        token embedding); returns self. For a process that only turns images into prefix
        embeddings while another runs the LM (the server beside its engine process), so
        the LM's weights are not held twice. :meth:`forward` then raises."""
        self.lm = _TokenEmbeddingOnly(self.lm.wte)  # type: ignore[assignment]
        return self


class _TokenEmbeddingOnly(nn.Module):
    """What is left of a VLM's LM after :meth:`VLM.keep_image_prefix_only`."""

    def __init__(self, wte: nn.Embedding) -> None:
        super().__init__()
        self.wte = wte

    def __getattr__(self, name: str) -> Any:
        try:
            return super().__getattr__(name)
        except AttributeError:
            # An AttributeError still (hasattr and torch's own lookups rely on it), saying why.
            raise AttributeError(
                f"this VLM keeps only its image prefix (keep_image_prefix_only): the LM's "
                f"{name!r} was dropped; load the model dir again to run the LM"
            ) from None
