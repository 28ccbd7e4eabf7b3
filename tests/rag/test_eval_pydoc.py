"""Retrieval quality on the embedded pydoc corpus with the project's question set: the
issue's targets (hit@5 >= 0.95, hit@1 >= 0.75) for hybrid retrieval, and hybrid no worse
than either retriever alone. Indexing all 1,438 chunks takes ~5 minutes on 2 loaded cores."""

from __future__ import annotations

from pathlib import Path

import pytest

from genforge.rag.evaluate import evaluate, load_qa
from genforge.rag.indexer import index_documents
from genforge.rag.retrieve import Retriever

QA = Path(__file__).parents[2] / "benchmarks" / "data" / "rag_pydoc_qa.jsonl"


@pytest.mark.slow
def test_pydoc_retrieval_meets_the_targets(tmp_path: Path, embedder) -> None:
    qa = load_qa(QA)
    assert len(qa) >= 60
    index_documents(["pydoc"], tmp_path / "pydoc", embedder, progress=False)
    r = Retriever(tmp_path / "pydoc", embedder)
    try:
        res = {m: evaluate(r, qa, mode=m) for m in ("dense", "bm25", "hybrid")}
    finally:
        r.close()
    hybrid = res["hybrid"]
    assert hybrid["hit@5"] >= 0.95 and hybrid["hit@1"] >= 0.75, hybrid
    assert hybrid["mrr@10"] >= max(res["dense"]["mrr@10"], res["bm25"]["mrr@10"]) - 0.02
