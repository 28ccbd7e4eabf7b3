"""The RAG store at scale: N synthetic chunks (default 100,000) through the real index dir
(SQLite + FTS5 + FAISS), timing the build, the memory it takes and query latency, and the
approximate (HNSW) index's recall@10 against exact search.

Embedding 100k real chunks with MiniLM takes about 5 hours on 2 loaded CPU cores, so the
vectors are synthetic: a mixture of 2,000 Gaussian clusters on the 384-d unit sphere (real
embeddings are clustered by topic; uniform random vectors would be the unrealistic worst case
for any graph index), and each chunk's text is 60 words from a Zipf-distributed vocabulary of
30,000 made-up words, so BM25 sees realistic term statistics. The peer is exact search
(FAISS flat) over the same vectors, measured in the same run.

    python benchmarks/rag_scale.py [--chunks 100000] [--json]
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
from genforge.rag.retrieve import rrf
from genforge.rag.store import IndexStore, build_faiss

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


def run(n: int, approx_threshold: int, n_queries: int, index_dir: Path) -> dict:
    vecs, texts, centers = synthetic(n)
    rss0 = rss_mb()
    store = IndexStore(index_dir, create=True)
    store.set_meta(embedder="synthetic", embedder_sha256="0" * 64, dim=DIM)
    t0 = time.perf_counter()
    per_file = 100
    for lo in range(0, n, per_file * 50):
        entries = []
        for f in range(lo, min(lo + per_file * 50, n), per_file):
            hi = min(f + per_file, n)
            chunks = [
                Chunk(
                    f"doc{f // per_file}.txt",
                    f"doc{f // per_file}",
                    "",
                    "text",
                    "",
                    i,
                    i,
                    None,
                    texts[i],
                )
                for i in range(f, hi)
            ]
            entries.append((chunks[0].source, str(f), "text", chunks, vecs[f:hi]))
        store.write_files(entries, [])
    write_s = time.perf_counter() - t0
    dense = store.publish_dense(approx_threshold)
    db_mb = sum(p.stat().st_size for p in index_dir.iterdir()) / 2**20

    rng = np.random.default_rng(1)
    q = centers[rng.integers(0, len(centers), n_queries)]
    q = q + rng.normal(0, 0.06, size=q.shape).astype(np.float32)
    q /= np.linalg.norm(q, axis=1, keepdims=True)
    # Query words: 4 of a chunk's words outside the 100 most frequent (the synthetic
    # vocabulary's stopwords; real queries lose theirs the same way).
    words = []
    for t in rng.choice(texts, n_queries):
        content = [w for w in dict.fromkeys(t.split()) if int(w[1:6]) >= 100]
        words.append(content[:4] or t.split()[:4])
    store.dense()  # loaded before the timed queries
    exact = build_faiss(vecs, np.arange(1, n + 1, dtype=np.int64), approximate=False)

    def timed(fn) -> tuple[list, float, float]:
        out, ms = [], []
        for i in range(n_queries):
            t = time.perf_counter()
            out.append(fn(i))
            ms.append((time.perf_counter() - t) * 1000)
        return out, float(np.percentile(ms, 50)), float(np.percentile(ms, 99))

    got, dense_p50, dense_p99 = timed(lambda i: store.search_dense(q[i], 10))
    truth, exact_p50, _ = timed(lambda i: [int(x) for x in exact.search(q[i : i + 1], 10)[1][0]])
    recall = np.mean([len({a for a, _ in g} & set(t)) / 10 for g, t in zip(got, truth)])
    _, bm25_p50, bm25_p99 = timed(lambda i: store.search_bm25(" ".join(words[i]), 50))

    def hybrid(i: int) -> list:
        d = [a for a, _ in store.search_dense(q[i], 50)]
        b = [a for a, _ in store.search_bm25(" ".join(words[i]), 50)]
        return store.chunks([a for a, _ in rrf([d, b])[:10]])

    _, hybrid_p50, hybrid_p99 = timed(hybrid)
    store.close()
    return {
        "benchmark": "rag_scale",
        "chunks": n,
        "dense_index": dense["kind"],
        "sqlite_write_s": round(write_s, 1),
        "dense_build_s": dense.get("build_s"),
        "index_dir_mb": round(db_mb, 1),
        "peak_rss_mb": round(rss_mb(), 1),
        "rss_before_index_mb": round(rss0, 1),
        "recall_at_10_vs_exact": round(float(recall), 4),
        "recall_at_10_at_build": dense.get("recall_at_10"),
        "dense_p50_ms": round(dense_p50, 2),
        "dense_p99_ms": round(dense_p99, 2),
        "exact_flat_p50_ms": round(exact_p50, 2),
        "bm25_p50_ms": round(bm25_p50, 2),
        "bm25_p99_ms": round(bm25_p99, 2),
        "hybrid_p50_ms": round(hybrid_p50, 2),
        "hybrid_p99_ms": round(hybrid_p99, 2),
        "note": "query times exclude embedding the question (MiniLM: ~10-30 ms on CPU)",
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--chunks", type=int, default=100_000)
    ap.add_argument("--approx-threshold", type=int, default=50_000)
    ap.add_argument("--queries", type=int, default=200)
    ap.add_argument("--out", default=None, help="also write the JSON here")
    ap.add_argument("--json", action="store_true", help="print only the JSON line")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="rag-scale-") as tmp:
        result = run(args.chunks, args.approx_threshold, args.queries, Path(tmp) / "index")
    line = json.dumps(result)
    print(line if args.json else json.dumps(result, indent=2))
    if args.out:
        Path(args.out).write_text(line + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
