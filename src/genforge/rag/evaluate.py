"""Retrieval evaluation: hit@1, hit@5, MRR@10, nDCG@10 and query latency over a question set
whose questions name the documents (pydoc topics, ``module:NAME`` or source paths) that
answer them. A retrieved chunk is relevant when its document is one of those named."""

from __future__ import annotations

import json
import math
import time
from pathlib import Path
from typing import Any

import numpy as np

from genforge.errors import GenforgeError
from genforge.rag.retrieve import MAX_PER_DOC, Retriever

DEPTH = 10


def load_qa(path: str | Path) -> list[tuple[str, set[str]]]:
    """JSONL lines ``{"question": str, "topics": [str, ...]}`` (``labels`` also accepted)."""
    path = Path(path)
    if not path.is_file():
        raise GenforgeError(f"--qa {path}: no such file")
    out = []
    for no, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
            question = item["question"]
            labels = item.get("topics", item.get("labels"))
            if isinstance(labels, str):
                labels = [labels]
            if not isinstance(question, str) or not labels:
                raise KeyError("topics")
        except (json.JSONDecodeError, KeyError, TypeError, AttributeError) as e:
            raise GenforgeError(
                f"{path}:{no}: each line must be a JSON object with 'question' (a string) and "
                f"'topics' (a list of document names): {e}"
            ) from None
        out.append((question, set(labels)))
    if not out:
        raise GenforgeError(f"{path} holds no questions")
    return out


def embed_questions(retriever: Retriever, questions: list[str]) -> dict[str, float]:
    """Embed each question once (the retriever caches it); p50/p99 milliseconds."""
    retriever.search(questions[0], 1, mode="dense")  # load the model outside the timing
    ms = []
    for q in questions:
        t0 = time.perf_counter()
        retriever.embed_query(q)
        ms.append((time.perf_counter() - t0) * 1000)
    return {
        "p50": round(float(np.percentile(ms, 50)), 1),
        "p99": round(float(np.percentile(ms, 99)), 1),
    }


def _relevant(hit_chunk: dict[str, Any], labels: set[str]) -> bool:
    return hit_chunk["doc"] in labels or hit_chunk["source"] in labels


def evaluate(
    retriever: Retriever,
    qa: list[tuple[str, set[str]]],
    *,
    mode: str = "hybrid",
    max_per_doc: int | None = MAX_PER_DOC,
    rerank: int = 0,
) -> dict[str, Any]:
    """Scores of ``retriever`` in ``mode`` over ``qa``; misses lists the questions whose
    top 5 held no relevant chunk."""
    store = retriever.store
    hit1 = hit5 = 0
    rr, ndcg, latency = [], [], []
    misses = []
    for question, labels in qa:
        t0 = time.perf_counter()
        hits = retriever.search(question, DEPTH, mode=mode, max_per_doc=max_per_doc, rerank=rerank)
        latency.append(time.perf_counter() - t0)
        rel = [_relevant(h.chunk, labels) for h in hits]
        first = next((i for i, r in enumerate(rel) if r), None)
        hit1 += first == 0
        hit5 += first is not None and first < 5
        rr.append(0.0 if first is None else 1.0 / (first + 1))
        n_rel = _count_relevant(store, labels)
        ideal = sum(1 / math.log2(i + 2) for i in range(min(n_rel, DEPTH)))
        dcg = sum(1 / math.log2(i + 2) for i, r in enumerate(rel) if r)
        ndcg.append(dcg / ideal if ideal else 0.0)
        if first is None or first >= 5:
            misses.append({"question": question, "top": [h.chunk["doc"] for h in hits[:5]]})
    n = len(qa)
    ms = np.array(latency) * 1000
    return {
        "mode": mode + (f"+rerank{rerank}" if rerank else ""),
        "questions": n,
        "hit@1": round(hit1 / n, 4),
        "hit@5": round(hit5 / n, 4),
        "mrr@10": round(float(np.mean(rr)), 4),
        "ndcg@10": round(float(np.mean(ndcg)), 4),
        "p50_ms": round(float(np.percentile(ms, 50)), 1),
        "p99_ms": round(float(np.percentile(ms, 99)), 1),
        "misses": misses,
    }


def _count_relevant(store: Any, labels: set[str]) -> int:
    marks = ",".join("?" * len(labels))
    args = [*labels, *labels]
    return store.conn.execute(
        f"SELECT count(*) FROM chunks WHERE doc IN ({marks}) OR source IN ({marks})", args
    ).fetchone()[0]
