"""Vision-language model (LLaVA-style): ViT patches -> projector -> prefix of a genforge GPT.

An image (B, 3, H, W) in [0, 1] goes through the ViT (``models/vit.py``, random or a trained
CLIP's); the states of one of its layers (the patches, and the class token when
``vision_cls``: a CLIP tower's pooled image) are mapped by the projector to the LM's width,
and those P vectors (plus a learned vector per position with ``image_pos_embed``) are put
in front of the token embeddings. The LM is an ordinary
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
        self.lm = lm if lm is not None else GPT(config.lm)

    @property
    def image_positions(self) -> int:
        return self.config.image_positions

    def image_prefix(self, images: torch.Tensor) -> torch.Tensor:
        """(B, 3, H, W) float in [0, 1] -> (B, P, lm.n_embd): the LM's first P inputs."""
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
        return prefix

    def forward(
        self,
        images: torch.Tensor,
        idx: torch.Tensor,
        targets: torch.Tensor | None = None,
    ) -> tuple[torch.Tensor, torch.Tensor | None]:
        """Logits of the text positions for ``images`` then ``idx`` (B, T) in one sequence.

        ``targets`` (B, T) are next-token ids of ``idx`` (-100 ignored), as for GPT.forward.
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
        prefix = self.image_prefix(images)  # (B, P, C)
        x = torch.cat([prefix.to(self.lm.wte.weight.dtype), self.lm.wte(idx)], dim=1)
        h = self.lm.trunk(x)  # (B, P + T, C)
        logits = self.lm.lm_head(h[:, P:])  # (B, T, V): no logits on image positions
        if targets is None:
            return logits, None
        return logits, lm_loss(logits, targets)

    def num_params(self) -> int:
        """Parameters, each shared tensor once (a tied LM head counts with the embedding)."""
        return sum(p.numel() for p in self.parameters())
