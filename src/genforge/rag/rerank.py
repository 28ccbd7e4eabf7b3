"""An optional second stage: re-order the fused candidates by late interaction (MaxSim)
over MiniLM's word-piece vectors, ColBERT's scoring rule: each query word piece finds its
best-matching word piece in the chunk, and the chunk's score is the mean of those best
similarities. It reads every candidate again (one MiniLM pass per chunk, cached by chunk id:
ids are never reused, so a cached chunk never changes), so it sees exact word-level matches
the single pooled vector blurs.

No cross-encoder ships inside an installed package and none may be downloaded; MiniLM's
word-piece vectors were trained for mean pooling, not for MaxSim, so whether this helps is
an empirical question: docs/rag.md has the measurement, and it is off by default.
"""

from __future__ import annotations

import numpy as np

from genforge.models.minilm import token_vectors_minilm

CACHE_CHUNKS = 4096


def maxsim(query: np.ndarray, doc: np.ndarray) -> float:
    """Mean over the query's rows of their best cosine against ``doc``'s rows (both unit)."""
    if not len(query) or not len(doc):
        return 0.0
    return float((query @ doc.T).max(axis=1).mean())


class MaxSimReranker:
    def __init__(self, device: str = "cpu") -> None:
        self.device = device
        self._cache: dict[int, np.ndarray] = {}

    def scores(self, query: str, chunks: list[tuple[int, str]]) -> list[float]:
        """MaxSim of ``query`` against each ``(chunk id, text)``."""
        todo = [(i, t) for i, t in dict(chunks).items() if i not in self._cache]
        if todo:
            vecs = token_vectors_minilm([t for _, t in todo], device=self.device)
            if len(self._cache) + len(todo) > CACHE_CHUNKS:
                self._cache.clear()
            self._cache.update(zip([i for i, _ in todo], vecs))
        q = token_vectors_minilm([query], device=self.device)[0]
        return [maxsim(q, self._cache[i]) for i, _ in chunks]
