"""The second embedder (a genforge model dir, mean-pooled) and the MaxSim reranker, each
through the real index dir."""

from __future__ import annotations

import sysconfig
from pathlib import Path

import numpy as np
import pytest
import torch

from genforge.cli import main
from genforge.errors import GenforgeError
from genforge.modeldir import save_model_dir
from genforge.models.gpt import GPT, config_from_preset
from genforge.rag import rerank
from genforge.rag.embed import load_embedder
from genforge.rag.indexer import index_documents
from genforge.rag.retrieve import Retriever
from genforge.rag.store import IndexStore
from genforge.tokenizer import train_tokenizer


@pytest.fixture(scope="module")
def gpt_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = Path(sysconfig.get_paths()["stdlib"])
    tok = train_tokenizer([(root / "textwrap.py").read_text(encoding="utf-8")], vocab_size=400)
    torch.manual_seed(0)
    model = GPT(config_from_preset("tiny", vocab_size=tok.vocab_size, block_size=256))
    return save_model_dir(tmp_path_factory.mktemp("gpt") / "m", model, tok)


def test_gpt_embedder_matches_the_engine_and_indexes(
    gpt_dir: Path, corpus: Path, tmp_path: Path, capsys
) -> None:
    emb = load_embedder(f"model:{gpt_dir}")
    texts = ["a short text", "another, rather longer piece of text about tyres"]
    vecs = emb.encode(texts)
    assert vecs.shape == (2, emb.dim) and vecs.dtype == np.float32
    # the mean of the final hidden states, computed here by hand from the model itself
    ids = torch.tensor([emb.tokenizer.encode(texts[1], add_bos=True)])
    with torch.no_grad():
        mean = emb.engine.model.hidden_states(ids).float().mean(dim=1)[0]
    np.testing.assert_allclose(vecs[1], (mean / mean.norm()).numpy(), atol=1e-5)

    index = tmp_path / "idx"
    assert main(["rag", "index", "--docs", str(corpus), "--index", str(index), "--embedder",
                 f"model:{gpt_dir}", "--json"]) == 0  # fmt: skip
    capsys.readouterr()
    store = IndexStore(index)
    meta = store.meta()
    text = store.conn.execute("SELECT title, heading, text FROM chunks LIMIT 1").fetchone()
    store.close()
    assert meta["embedder"] == f"model:{gpt_dir.resolve()}" and int(meta["dim"]) == emb.dim
    # the retriever reloads the embedder by its stored name; a chunk's own text finds it
    r = Retriever(index)
    try:
        hit = r.search(text[2], 1, mode="dense", max_per_doc=None)[0]
        assert hit.chunk["text"] == text[2]
    finally:
        r.close()
    # the MiniLM embedder is refused on this index, before anything is written
    with pytest.raises(GenforgeError, match="embedder"):
        index_documents([str(corpus)], index, load_embedder("minilm"), progress=False)


def test_gpt_embedder_bad_dir_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(GenforgeError, match="not a genforge model dir"):
        load_embedder(f"model:{tmp_path}")
    with pytest.raises(GenforgeError, match="model:DIR"):
        load_embedder("bert")


def test_maxsim_scores_best_matches() -> None:
    q = np.array([[1.0, 0.0], [0.0, 1.0]])
    d = np.array([[1.0, 0.0], [0.6, 0.8]])
    assert rerank.maxsim(q, d) == pytest.approx((1.0 + 0.8) / 2)
    assert rerank.maxsim(q, d[:0]) == 0.0


def test_rerank_reorders_the_candidates_and_caches_chunks(built_index: Path, monkeypatch) -> None:
    calls = []
    real = rerank.token_vectors_minilm
    monkeypatch.setattr(
        rerank, "token_vectors_minilm", lambda texts, **kw: calls.append(len(texts)) or real(texts)
    )
    r = Retriever(built_index)
    try:
        plain = r.search("check tyre pressure weekly", 5)
        hits = r.search("check tyre pressure weekly", 5, rerank=5)
        assert {h.chunk["id"] for h in hits} == {h.chunk["id"] for h in plain}
        assert hits[0].chunk["source"].endswith("bike.html")
        assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)
        again = r.search("check tyre pressure weekly", 5, rerank=5)
        assert [h.chunk["id"] for h in again] == [h.chunk["id"] for h in hits]
    finally:
        r.close()
    assert calls == [5, 1, 1]  # the chunks once, then only the query
