"""The RAG store at scale: N synthetic chunks (default 100,000) through the real index dir
(SQLite + FTS5 + FAISS), timing the build, the memory it takes and query latency, each
approximate index's recall@10 against exact search, and an incremental update (1% of files
changed, 1% removed) of the last index type measured.

Embedding 100k real chunks with MiniLM takes about 5 hours on 2 loaded CPU cores, so the
vectors are synthetic: a mixture of 2,000 Gaussian clusters on the 384-d unit sphere (real
embeddings are clustered by topic; uniform random vectors would be the unrealistic worst case
for any graph index), and each chunk's text is 60 words from a Zipf-distributed vocabulary of
30,000 made-up words, so BM25 sees realistic term statistics. The peer is exact search
(FAISS flat) over the same vectors, measured in the same run.

    python benchmarks/rag_scale.py [--chunks 100000] [--index-types auto,ivfpq] [--json]
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

from genforge.rag.chunking import Chunk
from genforge.rag.dense import build
from genforge.rag.retrieve import rrf
from genforge.rag.store import IndexStore

DIM = 384


def synthetic(n: int, seed: int = 0) -> tuple[np.ndarray, list[str], np.ndarray]:
    rng = np.random.default_rng(seed)
    n_clusters = max(2, min(2000, n // 50))
    centers = rng.normal(size=(n_clusters, DIM)).astype(np.float32)
    centers /= np.linalg.norm(centers, axis=1, keepdims=True)
    which = rng.integers(0, n_clusters, size=n)
    vecs = centers[which] + rng.normal(0, 0.06, size=(n, DIM)).astype(np.float32)
    vecs /= np.linalg.norm(vecs, axis=1, keepdims=True)
    vocab = [f"w{i:05d}x" for i in range(30_000)]
    ranks = np.minimum(rng.zipf(1.2, size=(n, 60)) - 1, len(vocab) - 1)
    texts = [" ".join(vocab[r] for r in row) for row in ranks]
    return vecs, texts, centers


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _file_entries(lo: int, hi: int, texts: list[str], vecs: np.ndarray, per_file: int) -> list:
    entries = []
    for f in range(lo, hi, per_file):
        end = min(f + per_file, hi)
        name = f"doc{f // per_file}"
        chunks = [
            Chunk(f"{name}.txt", name, "", "text", "", i, i, None, texts[i]) for i in range(f, end)
        ]
        entries.append((chunks[0].source, str(f), "text", chunks, vecs[f:end]))
    return entries


CPU_P50: dict[str, float] = {}


def _timed(fn, n_queries: int, name: str = "") -> tuple[list, float, float]:
    """Results, wall-clock p50 and p99 in ms; the p50 of the thread's CPU time goes to
    ``CPU_P50[name]``: on a machine shared with other jobs a query's wall time includes
    waiting for a core, its CPU time does not (FAISS queries run on the calling thread)."""
    out, ms, cpu = [], [], []
    for i in range(n_queries):
        t, c = time.perf_counter(), time.thread_time()
        out.append(fn(i))
        ms.append((time.perf_counter() - t) * 1000)
        cpu.append((time.thread_time() - c) * 1000)
    CPU_P50[name] = round(float(np.percentile(cpu, 50)), 2)
    return out, float(np.percentile(ms, 50)), float(np.percentile(ms, 99))


def run(
    n: int, approx_threshold: int, n_queries: int, index_dir: Path, index_types: list[str]
) -> dict:
    vecs, texts, centers = synthetic(n)
    rss0 = rss_mb()
    store = IndexStore(index_dir, create=True)
    store.set_meta(embedder="synthetic", embedder_sha256="0" * 64, dim=DIM)
    t0 = time.perf_counter()
    per_file = 100
    for lo in range(0, n, per_file * 50):
        store.write_files(_file_entries(lo, min(lo + per_file * 50, n), texts, vecs, per_file), [])
    write_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    store.publish_common_terms()
    terms_s = time.perf_counter() - t0

    rng = np.random.default_rng(1)
    q = centers[rng.integers(0, len(centers), n_queries)]
    q = q + rng.normal(0, 0.06, size=q.shape).astype(np.float32)
    q /= np.linalg.norm(q, axis=1, keepdims=True)
    # Query words: 4 of a chunk's words outside the 100 most frequent (the synthetic
    # vocabulary's stopwords; real queries lose theirs the same way).
    words = []
    for t in rng.choice(texts, n_queries):
        content = [w for w in dict.fromkeys(t.split()) if int(w[1:6]) >= 100]
        words.append(" ".join(content[:4] or t.split()[:4]))
    exact = build("flat", vecs, np.arange(1, n + 1, dtype=np.int64))
    truth, exact_p50, _ = _timed(
        lambda i: [int(x) for x in exact.search(q[i : i + 1], 10)[1][0]], n_queries
    )
    _, bm25_p50, bm25_p99 = _timed(lambda i: store.search_bm25(words[i], 50), n_queries, "bm25")
    result = {
        "benchmark": "rag_scale",
        "chunks": n,
        "sqlite_write_s": round(write_s, 1),
        "common_terms_s": round(terms_s, 2),
        "exact_flat_p50_ms": round(exact_p50, 2),
        "bm25_p50_ms": round(bm25_p50, 2),
        "bm25_p99_ms": round(bm25_p99, 2),
        "bm25_cpu_p50_ms": CPU_P50["bm25"],
        "rss_before_index_mb": round(rss0, 1),
        "dense": [],
        "note": "query times exclude embedding the question; *_cpu_* is the querying "
        "thread's CPU time (wall time minus waiting for a core on a shared machine)",
    }
    for index_type in index_types:
        result["dense"].append(
            _measure_dense(store, index_type, approx_threshold, q, words, truth, n_queries)
        )
    result["update"] = _measure_update(store, n, texts, vecs, per_file, approx_threshold)
    result["index_dir_mb"] = round(sum(p.stat().st_size for p in index_dir.iterdir()) / 2**20, 1)
    result["peak_rss_mb"] = round(rss_mb(), 1)
    store.close()
    return result


def _measure_dense(store, index_type, approx_threshold, q, words, truth, n_queries) -> dict:
    dense = store.publish_dense(approx_threshold, index_type)
    store.dense()  # loaded before the timed queries
    faiss_mb = sum(p.stat().st_size for p in store.dir.glob("dense-*.faiss")) / 2**20
    got, dense_p50, dense_p99 = _timed(lambda i: store.search_dense(q[i], 10), n_queries, "d")
    recall = np.mean([len({a for a, _ in g} & set(t)) / 10 for g, t in zip(got, truth)])

    def hybrid(i: int) -> list:
        d = [a for a, _ in store.search_dense(q[i], 50)]
        b = [a for a, _ in store.search_bm25(words[i], 50)]
        return store.chunks([a for a, _ in rrf([d, b])[:10]])

    _, hybrid_p50, hybrid_p99 = _timed(hybrid, n_queries, "h")
    return {
        "index_type": index_type,
        "dense_index": dense["kind"],
        "dense_build_s": dense.get("seconds"),
        "faiss_file_mb": round(faiss_mb, 1),
        "recall_at_10_vs_exact": round(float(recall), 4),
        "recall_at_10_at_build": dense.get("recall_at_10"),
        "dense_p50_ms": round(dense_p50, 2),
        "dense_p99_ms": round(dense_p99, 2),
        "dense_cpu_p50_ms": CPU_P50["d"],
        "hybrid_p50_ms": round(hybrid_p50, 2),
        "hybrid_p99_ms": round(hybrid_p99, 2),
        "hybrid_cpu_p50_ms": CPU_P50["h"],
    }


def _measure_update(store, n, texts, vecs, per_file, approx_threshold) -> dict:
    """One index run's worth of change: 1% of the files re-written, 1% removed, and the
    FAISS file brought up to date in place (vs. the full build above)."""
    n_files = max(1, n // per_file // 100)
    changed = _file_entries(0, n_files * per_file, texts, vecs, per_file)
    removed = [f"doc{f}.txt" for f in range(n_files, 2 * n_files)]
    store.write_files(changed, removed)
    t0 = time.perf_counter()
    info = store.publish_dense(approx_threshold)
    info["publish_s"] = round(time.perf_counter() - t0, 2)
    info["files_changed"] = info["files_removed"] = n_files
    return info


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--chunks", type=int, default=100_000)
    ap.add_argument("--approx-threshold", type=int, default=50_000)
    ap.add_argument("--queries", type=int, default=200)
    ap.add_argument(
        "--index-types",
        default="auto",
        help="comma-separated dense index types to measure in turn (auto,flat,hnsw,ivfpq)",
    )
    ap.add_argument("--out", default=None, help="also write the JSON here")
    ap.add_argument("--json", action="store_true", help="print only the JSON line")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="rag-scale-") as tmp:
        types = args.index_types.split(",")
        result = run(args.chunks, args.approx_threshold, args.queries, Path(tmp) / "index", types)
    line = json.dumps(result)
    print(line if args.json else json.dumps(result, indent=2))
    if args.out:
        Path(args.out).write_text(line + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
