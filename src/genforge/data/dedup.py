"""Exact and near-duplicate removal.

Exact: SHA-256 of the normalized text. Near: MinHash signatures over word or character
n-gram shingles, bucketed with LSH banding; every candidate pair is then verified by the
signatures' estimated Jaccard similarity. Documents are processed in corpus order and a
document is dropped when it is a near duplicate of an earlier *kept* one, so the first
document of each cluster survives and the result does not depend on hash-table order.

All hashing is seeded and independent of Python's per-process ``hash`` randomization, so a
rerun keeps exactly the same documents.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from typing import Literal

import numpy as np

ShingleKind = Literal["word", "char"]

_U64 = np.uint64
_MIX1 = _U64(0xBF58476D1CE4E5B9)
_MIX2 = _U64(0x94D049BB133111EB)
# Bound the (shingles x permutations) temporary to ~8 MB however long a document is.
_CHUNK = 8192


def _splitmix(x: np.ndarray) -> np.ndarray:
    """SplitMix64 finalizer: spreads every input bit over all 64 output bits (uint64 in/out)."""
    x = (x ^ (x >> _U64(30))) * _MIX1
    x = (x ^ (x >> _U64(27))) * _MIX2
    return x ^ (x >> _U64(31))


class ExactDedup:
    """Remembers SHA-256 digests of texts seen so far."""

    def __init__(self) -> None:
        self._seen: set[bytes] = set()

    def is_duplicate(self, text: str) -> bool:
        """True if this exact text was seen before; otherwise remember it and return False."""
        digest = hashlib.sha256(text.encode("utf-8", errors="surrogatepass")).digest()
        if digest in self._seen:
            return True
        self._seen.add(digest)
        return False

    def __len__(self) -> int:
        return len(self._seen)


class MinHasher:
    """MinHash signatures of texts (shingle sets) or of arbitrary integer sets.

    A signature is a ``(num_perm,)`` uint32 array; the share of equal positions between two
    signatures estimates the Jaccard similarity of the two sets (std ~ sqrt(J(1-J)/num_perm)).
    Each permutation is the multiply-add-shift hash ``(a*x + b) >> 32`` over 64-bit mixed
    inputs, evaluated for all shingles at once in NumPy.
    """

    def __init__(
        self,
        num_perm: int = 128,
        *,
        shingle: ShingleKind = "word",
        shingle_size: int = 5,
        seed: int = 0,
    ) -> None:
        if num_perm < 1:
            raise ValueError(f"num_perm must be >= 1, got {num_perm}")
        if shingle not in ("word", "char"):
            raise ValueError(f"shingle must be 'word' or 'char', got {shingle!r}")
        if shingle_size < 1:
            raise ValueError(f"shingle_size must be >= 1, got {shingle_size}")
        self.num_perm = num_perm
        self.shingle = shingle
        self.shingle_size = shingle_size
        rng = np.random.default_rng(seed)
        self._a = rng.integers(1, 2**64, size=num_perm, dtype=np.uint64) | _U64(1)
        self._b = rng.integers(0, 2**64, size=num_perm, dtype=np.uint64)
        # Position weights make (x, y) and (y, x) different shingles.
        self._pos = rng.integers(1, 2**64, size=shingle_size, dtype=np.uint64) | _U64(1)
        self._word_cache: dict[str, int] = {}

    def _word_ids(self, words: list[str]) -> np.ndarray:
        cache = self._word_cache
        for w in set(words).difference(cache):
            digest = hashlib.blake2b(w.encode("utf-8", "surrogatepass"), digest_size=8)
            cache[w] = int.from_bytes(digest.digest(), "little")
        return np.fromiter(map(cache.__getitem__, words), dtype=np.uint64, count=len(words))

    def _units(self, text: str) -> np.ndarray:
        if self.shingle == "word":
            return self._word_ids(text.split())
        codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
        return _splitmix(codes.astype(np.uint64))

    def shingle_hashes(self, text: str) -> np.ndarray:
        """Sorted unique uint64 hashes of the text's n-gram shingles.

        A text shorter than one shingle becomes a single shingle; an empty text has none.
        """
        units = self._units(text)
        n = len(units)
        if n == 0:
            return np.empty(0, dtype=np.uint64)
        k = min(self.shingle_size, n)
        m = n - k + 1
        acc = np.zeros(m, dtype=np.uint64)
        with np.errstate(over="ignore"):
            for j in range(k):
                acc += units[j : j + m] * self._pos[j]
            return np.unique(_splitmix(acc))

    def signature_from_hashes(self, hashes: np.ndarray) -> np.ndarray:
        """MinHash signature ``(num_perm,)`` uint32 of a set of integers (any int dtype).

        The empty set gets all-max entries, which match nothing but another empty set.
        """
        x = np.asarray(hashes).astype(np.uint64, copy=False).ravel()
        sig = np.full(self.num_perm, np.iinfo(np.uint32).max, dtype=np.uint64)
        with np.errstate(over="ignore"):
            x = _splitmix(x)
            for start in range(0, len(x), _CHUNK):
                chunk = x[start : start + _CHUNK, None]
                vals = (chunk * self._a + self._b) >> _U64(32)
                np.minimum(sig, vals.min(axis=0), out=sig)
        return sig.astype(np.uint32)

    def signature(self, text: str) -> np.ndarray:
        """MinHash signature ``(num_perm,)`` uint32 of the text's shingle set."""
        return self.signature_from_hashes(self.shingle_hashes(text))


def estimated_jaccard(sig_a: np.ndarray, sig_b: np.ndarray) -> float:
    """Share of equal positions of two MinHash signatures, an estimate of Jaccard similarity."""
    if sig_a.shape != sig_b.shape:
        raise ValueError(f"signature shapes differ: {sig_a.shape} vs {sig_b.shape}")
    return float(np.count_nonzero(sig_a == sig_b)) / sig_a.size


def _collision_probability(s: np.ndarray, bands: int, rows: int) -> np.ndarray:
    """Chance that two sets of Jaccard ``s`` share at least one identical band."""
    return 1.0 - (1.0 - s**rows) ** bands


def choose_bands(
    threshold: float, num_perm: int, fp_weight: float = 0.5, fn_weight: float = 0.5
) -> tuple[int, int]:
    """Pick ``(bands, rows)`` with ``bands * rows <= num_perm`` for a Jaccard ``threshold``.

    Minimizes the weighted area of false positives (pairs below the threshold that become
    candidates) plus false negatives (pairs above it that never meet in a bucket).
    """
    if not 0.0 < threshold <= 1.0:
        raise ValueError(f"threshold must be in (0, 1], got {threshold}")
    below = np.linspace(0.0, threshold, 201)
    above = np.linspace(threshold, 1.0, 201)
    best, best_err = (1, num_perm), float("inf")
    for bands in range(1, num_perm + 1):
        for rows in range(1, num_perm // bands + 1):
            fp = np.trapezoid(_collision_probability(below, bands, rows), below)
            fn = np.trapezoid(1.0 - _collision_probability(above, bands, rows), above)
            err = fp_weight * fp + fn_weight * fn
            if err < best_err - 1e-12:
                best, best_err = (bands, rows), err
    return best


class NearDupIndex:
    """LSH-banded index of kept signatures that answers "is this a near duplicate?"."""

    def __init__(
        self,
        threshold: float = 0.8,
        num_perm: int = 128,
        bands: int | None = None,
        rows: int | None = None,
    ) -> None:
        if bands is None or rows is None:
            bands, rows = choose_bands(threshold, num_perm)
        if bands * rows > num_perm:
            raise ValueError(f"bands*rows = {bands * rows} exceeds num_perm = {num_perm}")
        self.threshold = threshold
        self.num_perm = num_perm
        self.bands = bands
        self.rows = rows
        self._buckets: list[dict[bytes, list[int]]] = [{} for _ in range(bands)]
        self._sigs: list[np.ndarray] = []
        self._keys: list[object] = []

    def __len__(self) -> int:
        return len(self._sigs)

    def _band_keys(self, sig: np.ndarray) -> list[bytes]:
        r = self.rows
        return [sig[i * r : (i + 1) * r].tobytes() for i in range(self.bands)]

    def query(self, sig: np.ndarray) -> object | None:
        """Key of the earliest indexed signature with estimated Jaccard >= threshold, or None."""
        candidates: set[int] = set()
        for bucket, key in zip(self._buckets, self._band_keys(sig)):
            hit = bucket.get(key)
            if hit:
                candidates.update(hit)
        for idx in sorted(candidates):
            if estimated_jaccard(sig, self._sigs[idx]) >= self.threshold:
                return self._keys[idx]
        return None

    def add(self, sig: np.ndarray, key: object) -> None:
        """Index ``sig`` under ``key`` (returned by later ``query`` hits)."""
        if sig.shape != (self.num_perm,):
            raise ValueError(f"signature must have shape ({self.num_perm},), got {sig.shape}")
        idx = len(self._sigs)
        self._sigs.append(sig)
        self._keys.append(key)
        for bucket, band in zip(self._buckets, self._band_keys(sig)):
            bucket.setdefault(band, []).append(idx)


def find_near_duplicates(
    texts: Iterable[str],
    *,
    threshold: float = 0.8,
    num_perm: int = 128,
    shingle: ShingleKind = "word",
    shingle_size: int = 5,
    seed: int = 0,
) -> list[int | None]:
    """For each text, the index of the earlier kept text it near-duplicates, else None.

    Texts with ``None`` are the ones to keep; the first text of every cluster is kept.
    """
    hasher = MinHasher(num_perm, shingle=shingle, shingle_size=shingle_size, seed=seed)
    index = NearDupIndex(threshold, num_perm)
    result: list[int | None] = []
    for i, text in enumerate(texts):
        sig = hasher.signature(text)
        dup_of = index.query(sig)
        if dup_of is None:
            index.add(sig, i)
        result.append(dup_of)  # type: ignore[arg-type]
    return result
