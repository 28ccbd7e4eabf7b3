"""The FAISS side of an index dir: which index type, building it, updating it in place, and
searching it with filters.

Three types, all inner product over L2-normalised vectors (cosine), all keyed by our chunk
ids:

- ``flat``: exact (``IndexFlatIP`` under an ``IndexIDMap2``). Adds and removes in place.
- ``hnsw``: a graph (``IndexHNSWFlat``), approximate, fast at any size. FAISS cannot remove
  from an HNSW graph, so a removed chunk stays in the graph as a *tombstone*: the reader
  finds the tombstones (ids in the graph that SQLite no longer has) when it loads the file
  and excludes them inside the search with an ``IDSelectorNot``, so k results are still k
  live chunks. When tombstones pass ``TOMBSTONE_FRACTION`` of the graph it is rebuilt.
- ``ivfpq``: an inverted file of product-quantised codes (48 bytes a 384-d vector instead
  of 1,536), trained on the corpus vectors; ``nprobe`` lists are scanned per query and the
  best ``REFINE`` x k candidates re-scored exactly with the float vectors SQLite holds, so
  the memory saving costs little recall. Adds and removes in place; retrained when the
  collection has grown past ``RETRAIN_GROWTH`` times what it was trained on.

``auto`` (the default) is flat up to ``APPROX_THRESHOLD`` chunks and HNSW above.
"""

from __future__ import annotations

import contextlib
import math
from collections.abc import Iterator
from typing import Any

import numpy as np

from genforge.errors import GenforgeError

INDEX_TYPES = ("auto", "flat", "hnsw", "ivfpq")
# Above this many chunks ``auto`` picks HNSW; below it exact search over all vectors is
# already a few milliseconds.
APPROX_THRESHOLD = 50_000
HNSW_M = 32
HNSW_EF_CONSTRUCTION = 80
HNSW_EF_SEARCH = 128
# A graph whose removed-but-present nodes exceed this share of it is rebuilt: tombstones
# still cost search time (the walk visits them) and memory.
TOMBSTONE_FRACTION = 0.2
# IVF-PQ: 8 dimensions per sub-quantiser (48 bytes for MiniLM's 384), 256 centroids each.
PQ_DIMS_PER_CODE = 8
IVF_NPROBE = 32
IVFPQ_MIN_CHUNKS = 39 * 16  # 16 codes (4 bits) per sub-quantiser, 39 points per code
REFINE = 4
RETRAIN_GROWTH = 2.0


def resolve_kind(index_type: str, n: int, approx_threshold: int = APPROX_THRESHOLD) -> str:
    if index_type not in INDEX_TYPES:
        raise GenforgeError(
            f"unknown --index-type {index_type!r}; use one of {', '.join(INDEX_TYPES)}"
        )
    if index_type == "auto":
        return "hnsw" if n > approx_threshold else "flat"
    return index_type


def check_size(kind: str, n: int, dim: int) -> None:
    """Refuse an IVF-PQ index of vectors that do not split into 8-dim codes, or over too
    few chunks to train 16 codes per sub-quantiser (an empty index is always fine: it is
    stored flat)."""
    if kind != "ivfpq":
        return
    if dim % PQ_DIMS_PER_CODE:
        raise GenforgeError(
            f"--index-type ivfpq needs a vector size divisible by {PQ_DIMS_PER_CODE}, the "
            f"embedder gives {dim}; use flat or hnsw"
        )
    if 0 < n < IVFPQ_MIN_CHUNKS:
        raise GenforgeError(
            f"--index-type ivfpq needs at least {IVFPQ_MIN_CHUNKS} chunks to train on, the "
            f"index would have {n}; use flat (exact) below that"
        )


def build(kind: str, vectors: np.ndarray, ids: np.ndarray) -> Any:
    """A new ``kind`` index over ``vectors`` (rows unit length) keyed by ``ids``."""
    import faiss

    dim = vectors.shape[1] if vectors.ndim == 2 and vectors.shape[1] else 1
    vectors = np.ascontiguousarray(vectors, dtype=np.float32)
    if kind == "ivfpq":
        index = _train_ivfpq(vectors, dim)
        if len(ids):
            index.add_with_ids(vectors, ids)
        return index
    if kind == "hnsw":
        base = faiss.IndexHNSWFlat(dim, HNSW_M, faiss.METRIC_INNER_PRODUCT)
        base.hnsw.efConstruction = HNSW_EF_CONSTRUCTION
        base.hnsw.efSearch = HNSW_EF_SEARCH
    else:
        base = faiss.IndexFlatIP(dim)
    index = faiss.IndexIDMap2(base)
    if len(ids):
        index.add_with_ids(vectors, ids)
    return index


def _train_ivfpq(vectors: np.ndarray, dim: int) -> Any:
    import faiss

    n = len(vectors)
    # FAISS wants ~39 training points per centroid: 4*sqrt(n) lists, fewer on small sets,
    # and fewer than 256 codes per sub-quantiser when n cannot train 256.
    check_size("ivfpq", n, dim)
    nlist = max(1, min(int(4 * math.sqrt(n)), n // 39))
    nbits = min(8, int(math.log2(n / 39)))
    quantizer = faiss.IndexFlatIP(dim)
    index = faiss.IndexIVFPQ(
        quantizer, dim, nlist, dim // PQ_DIMS_PER_CODE, nbits, faiss.METRIC_INNER_PRODUCT
    )
    rng = np.random.default_rng(0)
    sample = vectors[rng.choice(n, size=min(n, 64 * nlist, 50_000), replace=False)]
    index.train(sample)
    index.nprobe = min(IVF_NPROBE, nlist)
    return index


def kind_of(index: Any) -> str:
    import faiss

    if isinstance(index, faiss.IndexIVF):
        return "ivfpq"
    base = faiss.downcast_index(index.index)
    return "hnsw" if isinstance(base, faiss.IndexHNSW) else "flat"


def index_ids(index: Any) -> np.ndarray:
    """Every id stored in ``index`` (tombstones included)."""
    import faiss

    if isinstance(index, faiss.IndexIVF):
        lists = index.invlists
        parts = [
            faiss.rev_swig_ptr(lists.get_ids(i), lists.list_size(i)).copy()
            for i in range(index.nlist)
            if lists.list_size(i)
        ]
        return np.concatenate(parts) if parts else np.zeros(0, np.int64)
    return faiss.vector_to_array(index.id_map).astype(np.int64)


def update(
    index: Any, live_ids: np.ndarray, new_ids: np.ndarray, new_vectors: np.ndarray
) -> tuple[Any, int] | None:
    """Bring ``index`` in line with SQLite in place: add ``new_ids``, remove what is stored
    but not in ``live_ids``. Returns ``(index, tombstones)``, or None when the index should
    be rebuilt instead (HNSW with too many tombstones)."""
    stored = index_ids(index)
    gone = np.setdiff1d(stored, live_ids, assume_unique=True)
    kind = kind_of(index)
    if kind == "hnsw":
        total = len(stored) + len(new_ids)
        if total and len(gone) > TOMBSTONE_FRACTION * total:
            return None
    elif len(gone):
        import faiss

        index.remove_ids(faiss.IDSelectorBatch(gone))
        gone = gone[:0]
    if len(new_ids):
        index.add_with_ids(np.ascontiguousarray(new_vectors, dtype=np.float32), new_ids)
    return index, len(gone)


def search_params(index: Any, selector: Any) -> Any:
    """FAISS per-query parameters restricting the search to ``selector`` (or None)."""
    import faiss

    if selector is None:
        return None
    if isinstance(index, faiss.IndexIVF):
        return faiss.SearchParametersIVF(sel=selector, nprobe=index.nprobe)
    if kind_of(index) == "hnsw":
        return faiss.SearchParametersHNSW(sel=selector, efSearch=HNSW_EF_SEARCH)
    return faiss.SearchParameters(sel=selector)


def recall_vs_exact(
    index: Any, vectors: np.ndarray, ids: np.ndarray, *, n_queries: int = 200, k: int = 10
) -> float:
    """recall@k of ``index`` against exact search, for stored vectors used as queries
    (each with a little noise, so a query is not its own nearest neighbour by identity).
    IVF-PQ is measured with its exact re-scoring of ``REFINE`` x k candidates, as queried."""
    import faiss

    rng = np.random.default_rng(0)
    pick = rng.choice(len(ids), size=min(n_queries, len(ids)), replace=False)
    q = vectors[pick] + rng.normal(0, 0.05, size=(len(pick), vectors.shape[1])).astype(np.float32)
    q /= np.linalg.norm(q, axis=1, keepdims=True)
    exact = faiss.IndexFlatIP(vectors.shape[1])
    exact.add(vectors)
    _, truth = exact.search(q, k)
    truth_ids = ids[truth]
    position = {int(i): j for j, i in enumerate(ids)}
    hits = 0
    for row, t in zip(q, truth_ids):
        got = search(index, row, k, None, lambda c: {i: vectors[position[i]] for i in c})
        hits += len(set(t) & {i for i, _ in got})
    return round(hits / truth.size, 4)


@contextlib.contextmanager
def _one_thread() -> Iterator[None]:
    """FAISS's OpenMP threads off for the block. One query vector gains nothing from them
    (HNSW walks its graph sequentially), and on a machine shared with other jobs their
    spin-waits dominate: HNSW at 3,000 chunks under load measured 32 ms p50 with the
    default threads, 0.25 ms with one (benchmarks/rag_scale.py, docs/rag.md)."""
    import faiss

    before = faiss.omp_get_max_threads()
    faiss.omp_set_num_threads(1)
    try:
        yield
    finally:
        faiss.omp_set_num_threads(before)


def search(
    index: Any, query: np.ndarray, k: int, selector: Any, fetch_vectors: Any
) -> list[tuple[int, float]]:
    """The ``k`` best ``(id, cosine)`` for one query; ``fetch_vectors(ids)`` gives the float
    vectors IVF-PQ re-scores its candidates with (``{id: vector}``; an id it lacks, deleted
    meanwhile, is dropped)."""
    import faiss

    ivf = isinstance(index, faiss.IndexIVF)
    want = k * REFINE if ivf else k
    with _one_thread():
        scores, ids = index.search(
            query.reshape(1, -1).astype(np.float32), want, params=search_params(index, selector)
        )
    found = [(int(i), float(s)) for i, s in zip(ids[0], scores[0]) if i >= 0]
    if not ivf or not found:
        return found
    vecs = fetch_vectors([i for i, _ in found])
    cand = [i for i, _ in found if i in vecs]
    if not cand:
        return []
    exact = np.stack([vecs[i] for i in cand]) @ query.astype(np.float32)
    order = np.argsort(-exact, kind="stable")[:k]
    return [(cand[j], float(exact[j])) for j in order]
