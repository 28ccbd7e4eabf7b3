"""Vision Transformer: image patches through the GPT's own trunk with full attention.

An image (B, 3, H, W) is cut into ``patch_size`` squares, each flattened and projected to
the residual width by one linear layer (a strided convolution computes exactly that); a
learned class token is put in front, and the sequence runs through
``genforge.models.gpt.TransformerTrunk`` (the decoder's blocks, norms and init) with every
position allowed to see every other, as ``models/encoder.py`` does for text.

The trunk's token table ``wte`` has one row: the class token (its "vocabulary" is that one
id). ``arch="gpt2"`` gives learned absolute positions, one per patch plus the class token,
the original ViT's choice; ``llama`` gives 1-D rotary positions over the patch order.

``forward`` returns the final-norm states of every position (B, 1 + N, C): position 0 is
the pooled image (CLIP-style models read it), positions 1.. are the patches in row-major
order (a vision-language model projects those into its LM).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any, Literal

import torch
from torch import nn

from genforge.errors import GenforgeError
from genforge.models.gpt import GPTConfig, TransformerTrunk


@dataclass
class ViTConfig:
    """Shape of a ViT; JSON-safe (saved in a model dir's config.json)."""

    image_size: int = 32
    patch_size: int = 4
    channels: int = 3
    n_layer: int = 4
    n_head: int = 4
    n_embd: int = 128
    arch: Literal["llama", "gpt2"] = "gpt2"
    dropout: float = 0.0

    @property
    def num_patches(self) -> int:
        return (self.image_size // self.patch_size) ** 2

    def validate(self) -> ViTConfig:
        if self.image_size < 1 or self.patch_size < 1 or self.image_size % self.patch_size:
            raise GenforgeError(
                f"image_size {self.image_size} must be a positive multiple of patch_size "
                f"{self.patch_size}; choose a patch size that divides the image"
            )
        if self.channels < 1:
            raise GenforgeError(f"channels must be >= 1, got {self.channels}")
        self.trunk_config()  # the trunk checks heads, widths and dropout
        return self

    def trunk_config(self) -> GPTConfig:
        return GPTConfig(
            vocab_size=1,
            n_layer=self.n_layer,
            n_head=self.n_head,
            n_embd=self.n_embd,
            block_size=self.num_patches + 1,
            arch=self.arch,
            tie_embeddings=False,
            dropout=self.dropout,
        ).validate()

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ViTConfig:
        known = set(cls.__dataclass_fields__)
        unknown = sorted(set(data) - known)
        if unknown:
            raise GenforgeError(f"unknown ViT config keys {unknown}; known: {sorted(known)}")
        return cls(**data).validate()


class ViT(TransformerTrunk):
    """``forward(images[B, C, H, W]) -> states[B, 1 + N, n_embd]`` (class token first)."""

    def __init__(self, config: ViTConfig) -> None:
        config.validate()
        super().__init__(config.trunk_config())
        self.vit_config = config
        p = config.patch_size
        self.patch_embed = nn.Conv2d(config.channels, config.n_embd, kernel_size=p, stride=p)
        self.reset_parameters()

    def forward(self, images: torch.Tensor, blocks: int | None = None) -> torch.Tensor:
        """``blocks`` < n_layer: that block's output, before the final norm (see ``trunk``)."""
        cfg = self.vit_config
        if images.ndim != 4 or images.shape[1:] != (cfg.channels, cfg.image_size, cfg.image_size):
            raise GenforgeError(
                f"images of shape {tuple(images.shape)} do not fit this ViT; it takes "
                f"(B, {cfg.channels}, {cfg.image_size}, {cfg.image_size})"
            )
        B = images.size(0)
        patches = self.patch_embed(images).flatten(2).transpose(1, 2)  # (B, N, C)
        cls = self.wte.weight[0].expand(B, 1, -1)  # (B, 1, C)
        x = torch.cat([cls, patches], dim=1)  # (B, 1 + N, C)
        T = x.size(1)
        everyone = torch.ones(1, 1, T, T, dtype=torch.bool, device=x.device).expand(B, 1, T, T)
        return self.trunk(x, attn_mask=everyone, blocks=blocks)
