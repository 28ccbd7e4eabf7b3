"""Count-based n-gram language model with interpolated Kneser–Ney smoothing.

The bottom rung of the language-model ladder: no parameters are learned by gradient, only
counted. Works over any integer token stream — UTF-8 bytes (``unit="byte"``) or a BPE
tokenizer's ids — where every document starts with a BOS id that is a context but is never
predicted.

Smoothing (Chen & Goodman 1998, interpolated KN with one discount per order). With ``a_k``
the adjusted count of a k-gram — its raw count at the highest order and for grams that begin
with BOS (they have no left neighbour), otherwise its continuation count ``N1+(• g)``, the
number of distinct tokens seen right before it —

    P_k(w | h) = max(a_k(h w) - D_k, 0) / S_k(h) + D_k · T_k(h) / S_k(h) · P_{k-1}(w | h')

where ``S_k(h) = Σ_w a_k(h w)``, ``T_k(h)`` is the number of distinct ``w`` after ``h``,
``h'`` drops ``h``'s first token, ``D_k = n1 / (n1 + 2 n2)`` from the count-of-counts of
``a_k``, and ``P_0`` is uniform over the vocabulary. A context never seen at order k passes
the lower order's distribution through unchanged, so every P_k sums to one.

Storage: each k-gram is one int64 key ``Σ_j t_j · V^(k-1-j)``; counting is ``np.unique`` on
those keys and lookup is ``np.searchsorted``, so fitting and scoring are vectorised NumPy
over the whole corpus. A saved model is ``config.json`` + ``ngram.safetensors`` (the sorted
key and count arrays): no pickle.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Literal

import numpy as np

from genforge.errors import GenforgeError
from genforge.io import atomic_write_bytes, atomic_write_json, read_json

CONFIG_FILE = "config.json"
WEIGHTS_FILE = "ngram.safetensors"
MODEL_TYPE = "genforge-ngram"
BYTE_BOS = 256  # the byte model's BOS: one id past the 256 byte values


@dataclass
class NGramConfig:
    """Order and vocabulary of an n-gram model; ``bos_id`` < ``vocab_size``."""

    order: int = 5
    unit: Literal["byte", "token"] = "byte"
    vocab_size: int = 257  # bytes 0..255 plus BOS
    bos_id: int = BYTE_BOS

    def validate(self) -> None:
        if self.unit not in ("byte", "token"):
            raise GenforgeError(f"ngram unit must be 'byte' or 'token', got {self.unit!r}")
        if self.order < 1:
            raise GenforgeError(f"ngram order must be >= 1, got {self.order}")
        if not 0 <= self.bos_id < self.vocab_size:
            raise GenforgeError(
                f"bos_id {self.bos_id} must be in [0, vocab_size={self.vocab_size})"
            )
        # Keys are base-V numbers of `order` digits held in int64.
        if self.order * math.log2(self.vocab_size) >= 63:
            top = int(62 / math.log2(self.vocab_size))
            raise GenforgeError(
                f"order {self.order} with vocab {self.vocab_size} does not fit a 63-bit key; "
                f"use order <= {top}"
            )


@dataclass
class _Order:
    """Tables of one order k: sorted gram keys with adjusted counts, sorted context keys
    with their count sums S and type counts T, and the discount D."""

    grams: np.ndarray  # (G,) int64, sorted
    counts: np.ndarray  # (G,) int64 adjusted counts a_k
    contexts: np.ndarray  # (C,) int64, sorted
    totals: np.ndarray  # (C,) int64 S_k(h)
    types: np.ndarray  # (C,) int64 T_k(h)
    discount: float


def _window_keys(seq: np.ndarray, k: int, vocab: int, bos: int) -> np.ndarray:
    """Keys of the valid k-grams of ``seq``: BOS may only be a gram's first token."""
    n = len(seq) - k + 1
    if n <= 0:
        return np.zeros(0, dtype=np.int64)
    keys = np.zeros(n, dtype=np.int64)
    for j in range(k):
        keys = keys * vocab + seq[j : j + n]
    is_bos = (seq == bos).astype(np.int64)
    csum = np.concatenate([[0], np.cumsum(is_bos)])
    # BOS count over positions 1..k-1 of each window must be zero, and BOS is never the
    # predicted (last) token — which for k = 1 the first rule does not cover.
    inner = csum[k : k + n] - csum[1 : 1 + n]
    return keys[(inner == 0) & (seq[k - 1 : k - 1 + n] != bos)]


def _discount(counts: np.ndarray) -> float:
    n1 = int((counts == 1).sum())
    n2 = int((counts == 2).sum())
    if n1 == 0 or n2 == 0:
        return 0.5  # too little data for count-of-counts; the customary middle value
    return n1 / (n1 + 2 * n2)


class NGramLM:
    """Interpolated Kneser–Ney n-gram LM over int token ids (see the module docstring)."""

    def __init__(self, config: NGramConfig | None = None) -> None:
        self.config = config or NGramConfig()
        self.config.validate()
        self.orders: list[_Order] = []
        self.train_tokens = 0
        self.train_seconds = 0.0

    # ------------------------------------------------------------------ encoding
    def encode(self, text: str) -> list[int]:
        """Token ids of ``text`` for byte models (its UTF-8 bytes); token models need one."""
        if self.config.unit != "byte":
            raise GenforgeError("a token-level n-gram needs the tokenizer's encode function")
        return list(text.encode("utf-8"))

    def _stream(self, docs: Iterable[Sequence[int]]) -> np.ndarray:
        bos = self.config.bos_id
        parts: list[np.ndarray] = []
        for ids in docs:
            arr = np.asarray(ids, dtype=np.int64)
            if arr.size and (arr.min() < 0 or arr.max() >= self.config.vocab_size):
                raise GenforgeError(
                    f"token ids must be in [0, {self.config.vocab_size}); got "
                    f"{int(arr.min())}..{int(arr.max())}"
                )
            parts.append(np.concatenate([[bos], arr]))
        if not parts:
            return np.zeros(0, dtype=np.int64)
        return np.concatenate(parts)

    # ------------------------------------------------------------------ fit
    def fit(self, docs: Iterable[Sequence[int]]) -> NGramLM:
        """Count ``docs`` (each a sequence of token ids, BOS not included) and smooth."""
        return self.fit_stream(self._stream(docs))

    def fit_stream(self, seq: np.ndarray) -> NGramLM:
        """Count a stream of ids (N,) in which every document starts with ``bos_id`` — the
        layout of ``genforge.data.shards`` — and smooth."""
        t0 = time.perf_counter()
        cfg = self.config
        seq = np.asarray(seq, dtype=np.int64)
        if seq.size and (seq.min() < 0 or seq.max() >= cfg.vocab_size):
            raise GenforgeError(f"token ids must be in [0, {cfg.vocab_size})")
        if seq.size and seq[0] != cfg.bos_id:
            raise GenforgeError("the stream must start with bos_id (one BOS per document)")
        if int((seq != cfg.bos_id).sum()) == 0:
            raise GenforgeError("no training text: every document was empty")
        V, n, bos = cfg.vocab_size, cfg.order, cfg.bos_id
        raw: list[tuple[np.ndarray, np.ndarray]] = []
        for k in range(1, n + 1):
            keys = _window_keys(seq, k, V, bos)
            grams, counts = np.unique(keys, return_counts=True)
            raw.append((grams, counts.astype(np.int64)))
        orders: list[_Order] = []
        for k in range(1, n + 1):
            grams, counts = raw[k - 1]
            if k < n:
                # Continuation count: distinct left neighbours, read off the (k+1)-grams.
                suffix = raw[k][0] % (V**k)
                suf_keys, left = np.unique(suffix, return_counts=True)
                pos = np.searchsorted(grams, suf_keys)
                adjusted = np.zeros_like(counts)
                adjusted[pos] = left
                starts_bos = grams // (V ** (k - 1)) == bos
                adjusted = np.where(starts_bos, counts, adjusted)
            else:
                adjusted = counts
            keep = adjusted > 0
            grams, adjusted = grams[keep], adjusted[keep]
            ctx = grams // V
            contexts, first, types = np.unique(ctx, return_index=True, return_counts=True)
            totals = np.add.reduceat(adjusted, first) if len(first) else first
            orders.append(
                _Order(
                    grams,
                    adjusted,
                    contexts,
                    totals.astype(np.int64),
                    types.astype(np.int64),
                    _discount(adjusted),
                )
            )
        self.orders = orders
        self.train_tokens = int((seq != bos).sum())
        self.train_seconds = time.perf_counter() - t0
        return self

    def fit_texts(self, texts: Iterable[str], encode: Callable[[str], list[int]] | None = None):
        """Fit on raw texts, encoded by ``encode`` (default: UTF-8 bytes)."""
        enc = encode or self.encode
        return self.fit(enc(t) for t in texts)

    # ------------------------------------------------------------------ scoring
    def _require_fit(self) -> None:
        if not self.orders:
            raise GenforgeError("the n-gram model is not fitted; call fit() or load() first")

    def _stream_probs(self, seq: np.ndarray) -> np.ndarray:
        """P(seq[i] | its context) for every i >= 1: (N-1,) float64. Entries where seq[i] is
        BOS are a new document's start, not a prediction; callers drop them."""
        cfg = self.config
        V, bos = cfg.vocab_size, cfg.bos_id
        m = len(seq) - 1
        probs = np.full(m, 1.0 / V)
        target = seq[1:]
        is_bos = (seq == bos).astype(np.int64)
        csum = np.concatenate([[0], np.cumsum(is_bos)])
        idx = np.arange(1, len(seq))  # position of each predicted token
        for k, tab in enumerate(self.orders, start=1):
            start = idx - (k - 1)  # first position of the k-gram ending at idx
            ok = start >= 0
            # The context may hold BOS only as its first token; the target's identity does
            # not decide which contexts apply (a BOS target just has count zero).
            s = np.clip(start, 0, None)
            inner = csum[idx] - csum[np.minimum(s + 1, idx)]
            ok &= inner == 0
            ctx = np.zeros(m, dtype=np.int64)
            for j in range(k - 1):
                ctx = ctx * V + seq[np.clip(s + j, 0, len(seq) - 1)]
            ci = np.searchsorted(tab.contexts, ctx)
            ci_c = np.clip(ci, 0, max(len(tab.contexts) - 1, 0))
            seen = ok & (ci < len(tab.contexts))
            if len(tab.contexts):
                seen &= tab.contexts[ci_c] == ctx
            if not seen.any():
                continue
            gram = ctx * V + target
            gi = np.searchsorted(tab.grams, gram)
            gi_c = np.clip(gi, 0, len(tab.grams) - 1)
            a = np.where((gi < len(tab.grams)) & (tab.grams[gi_c] == gram), tab.counts[gi_c], 0)
            S = tab.totals[ci_c].astype(np.float64)
            T = tab.types[ci_c].astype(np.float64)
            D = tab.discount
            interp = np.maximum(a - D, 0.0) / S + D * T / S * probs
            probs = np.where(seen, interp, probs)
        return probs

    def prob(self, context: Sequence[int], token: int) -> float:
        """P(token | context); ``context`` is the ids before it, BOS-first for a doc start."""
        self._require_fit()
        ctx = list(context)[-(self.config.order - 1) :] if self.config.order > 1 else []
        if ctx and self.config.bos_id in ctx[1:]:
            raise GenforgeError("BOS may only start a context (it marks a document start)")
        seq = np.asarray([*ctx, token], dtype=np.int64)
        if len(seq) == 1:  # empty context: the unigram level alone
            return float(self._unigram_prob(token))
        return float(self._stream_probs(seq)[-1])

    def _unigram_prob(self, token: int) -> float:
        tab = self.orders[0]
        V = self.config.vocab_size
        i = int(np.searchsorted(tab.grams, token))
        a = int(tab.counts[i]) if i < len(tab.grams) and tab.grams[i] == token else 0
        S, T, D = float(tab.totals[0]), float(tab.types[0]), tab.discount
        return max(a - D, 0.0) / S + D * T / S / V

    def logprob(self, context: Sequence[int], token: int) -> float:
        """Natural log of P(token | context)."""
        return math.log(self.prob(context, token))

    def distribution(self, context: Sequence[int]) -> np.ndarray:
        """P(w | context) for every id w in the vocabulary: (V,) float64 summing to one."""
        return np.asarray([self.prob(context, w) for w in range(self.config.vocab_size)])

    def bits_per_byte(
        self, texts: Iterable[str], encode: Callable[[str], list[int]] | None = None
    ) -> dict:
        """Bits per UTF-8 byte of ``texts``, scored as ``genforge.eval.bpb.bits_per_byte``
        does a neural LM: each document is BOS + its tokens and every token is predicted."""
        self._require_fit()
        enc = encode or self.encode
        docs, n_bytes = [], 0
        for t in texts:
            data = t.encode("utf-8")
            if not data:
                continue
            n_bytes += len(data)
            docs.append(enc(t))
        if n_bytes == 0:
            raise GenforgeError("no text to evaluate: the evaluation data is empty")
        seq = self._stream(docs)
        probs = self._stream_probs(seq)[seq[1:] != self.config.bos_id]
        nll = float(-np.log(probs).sum())
        return {
            "bpb": nll / math.log(2) / n_bytes,
            "loss_per_token": nll / max(len(probs), 1),
            "tokens": len(probs),
            "bytes": n_bytes,
            "docs": len(docs),
        }

    def num_entries(self) -> int:
        """Stored n-grams over all orders: the count model's analogue of a parameter count."""
        return int(sum(len(t.grams) for t in self.orders))

    # ------------------------------------------------------------------ save / load
    def save(self, out: str | Path) -> Path:
        """Write ``config.json`` and ``ngram.safetensors`` into the folder ``out``."""
        from safetensors.numpy import save

        self._require_fit()
        out = Path(out)
        out.mkdir(parents=True, exist_ok=True)
        arrays: dict[str, np.ndarray] = {}
        for k, t in enumerate(self.orders, start=1):
            for name in ("grams", "counts", "contexts", "totals", "types"):
                arrays[f"order{k}.{name}"] = np.ascontiguousarray(getattr(t, name))
        atomic_write_bytes(out / WEIGHTS_FILE, save(arrays))
        atomic_write_json(
            out / CONFIG_FILE,
            {
                "model_type": MODEL_TYPE,
                **asdict(self.config),
                "discounts": [t.discount for t in self.orders],
                "train_tokens": self.train_tokens,
                "train_seconds": self.train_seconds,
                "entries": self.num_entries(),
            },
        )
        return out

    @classmethod
    def load(cls, path: str | Path) -> NGramLM:
        """Load a folder written by :meth:`save`."""
        from safetensors.numpy import load_file

        path = Path(path)
        if not (path / CONFIG_FILE).is_file() or not (path / WEIGHTS_FILE).is_file():
            raise GenforgeError(
                f"{path} is not an n-gram model dir (needs {CONFIG_FILE} and {WEIGHTS_FILE}); "
                "write one with NGramLM.save"
            )
        meta = read_json(path / CONFIG_FILE, "n-gram config")
        if meta.get("model_type") != MODEL_TYPE:
            raise GenforgeError(f"{path}/{CONFIG_FILE} is not a {MODEL_TYPE} config")
        fields = {k: meta[k] for k in ("order", "unit", "vocab_size", "bos_id")}
        model = cls(NGramConfig(**fields))
        arrays = load_file(str(path / WEIGHTS_FILE))
        model.orders = [
            _Order(
                *(
                    arrays[f"order{k}.{name}"].astype(np.int64)
                    for name in ("grams", "counts", "contexts", "totals", "types")
                ),
                float(meta["discounts"][k - 1]),
            )
            for k in range(1, model.config.order + 1)
        ]
        model.train_tokens = int(meta.get("train_tokens", 0))
        model.train_seconds = float(meta.get("train_seconds", 0.0))
        return model
