"""The index store without an embedder (vectors made up here, FAISS and SQLite real): the
FAISS file updated in place for each index type, HNSW tombstones, IVF-PQ, ids never reused,
and BM25's dropping of stems that carry no weight."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from genforge.errors import GenforgeError
from genforge.rag import dense
from genforge.rag.chunking import Chunk
from genforge.rag.store import IndexStore

DIM = 32


def unit(rng: np.random.Generator, n: int, centers: np.ndarray | None = None) -> np.ndarray:
    v = rng.normal(size=(n, DIM)).astype(np.float32)
    if centers is not None:  # clustered, as real embeddings are
        v = centers[rng.integers(0, len(centers), n)] + 0.1 * v
    return v / np.linalg.norm(v, axis=1, keepdims=True)


def entry(name: str, vectors: np.ndarray, words: list[str] | None = None) -> tuple:
    words = words or [f"{name} chunk {i}" for i in range(len(vectors))]
    chunks = [Chunk(name, name, "", "text", "", i, i, None, w) for i, w in enumerate(words)]
    return (name, f"{name}-{vectors[0, 0]:.6f}", "text", chunks, vectors)


def new_store(path: Path) -> IndexStore:
    store = IndexStore(path, create=True)
    store.set_meta(embedder="test", embedder_sha256="0" * 64, dim=DIM)
    return store


def exact_top(store: IndexStore, query: np.ndarray, k: int) -> list[int]:
    ids = [int(r[0]) for r in store.conn.execute("SELECT id FROM chunks ORDER BY id")]
    scores = store.vectors(ids) @ query
    return [ids[j] for j in np.argsort(-scores, kind="stable")[:k]]


def test_ids_are_never_reused(tmp_path: Path) -> None:
    rng = np.random.default_rng(0)
    store = new_store(tmp_path / "i")
    store.write_files([entry("a", unit(rng, 3)), entry("b", unit(rng, 3))], [])
    top = store.conn.execute("SELECT max(id) FROM chunks").fetchone()[0]
    store.write_files([entry("b", unit(rng, 2))], [])  # b held the highest ids
    new = [r[0] for r in store.conn.execute("SELECT id FROM chunks WHERE source = 'b'")]
    assert min(new) > top
    store.close()


@pytest.mark.parametrize("index_type", ["flat", "hnsw"])
def test_the_faiss_file_is_updated_in_place_and_stays_exact(
    tmp_path: Path, index_type: str
) -> None:
    rng = np.random.default_rng(1)
    store = new_store(tmp_path / "i")
    store.write_files([entry(f"f{i}", unit(rng, 20)) for i in range(10)], [])
    assert store.publish_dense(index_type=index_type)["how"] == "built"
    removed_vec = store.vectors([1])[0]  # f0's first chunk, about to be removed
    store.write_files([entry("f1", unit(rng, 20)), entry("new", unit(rng, 5))], ["f0"])
    info = store.publish_dense()
    assert (info["how"], info["kind"], info["added"]) == ("updated", index_type, 25)
    assert len(list(store.dir.glob("dense-*.faiss"))) == 1
    # A second reader loads the file from disk: removed chunks never come back, even for
    # the removed vector itself as the query, and k results are still k live chunks.
    reader = IndexStore(store.dir)
    got = reader.search_dense(removed_vec, 10)
    live = {r[0] for r in reader.conn.execute("SELECT id FROM chunks")}
    assert len(got) == 10 and all(i in live for i, _ in got)
    assert [i for i, _ in got] == exact_top(reader, removed_vec, 10)
    if index_type == "hnsw":
        assert info["tombstones"] == 40  # f0 and the old f1 stay in the graph, filtered out
        assert reader.dense()[1] is not None
    reader.close()
    store.close()


def test_hnsw_is_rebuilt_when_tombstones_pile_up(tmp_path: Path) -> None:
    rng = np.random.default_rng(2)
    store = new_store(tmp_path / "i")
    store.write_files([entry(f"f{i}", unit(rng, 10)) for i in range(10)], [])
    store.publish_dense(index_type="hnsw")
    store.write_files([], ["f0"])  # 10 of 100: under TOMBSTONE_FRACTION
    assert store.publish_dense()["tombstones"] == 10
    store.write_files([], ["f1", "f2"])  # 30 of 100: over it
    info = store.publish_dense()
    assert info["how"] == "built" and "tombstones" not in info
    assert store.dense()[1] is None and store.dense()[0].ntotal == 70
    store.close()


def test_ivfpq_is_trained_small_and_updated_in_place(tmp_path: Path) -> None:
    rng = np.random.default_rng(3)
    centers = unit(rng, 40)
    store = new_store(tmp_path / "i")
    store.write_files([entry(f"f{i}", unit(rng, 100, centers)) for i in range(30)], [])
    info = store.publish_dense(index_type="ivfpq")
    # 3 bytes a vector here (32 dims, 6-bit codes), 4 candidates re-scored per result
    assert info["kind"] == "ivfpq" and info["recall_at_10"] >= 0.8
    index = store.dense()[0]
    assert dense.kind_of(index) == "ivfpq" and index.pq.M == DIM // dense.PQ_DIMS_PER_CODE
    store.write_files([entry("f3", unit(rng, 50, centers))], ["f4"])
    info = store.publish_dense()
    assert (info["how"], info["kind"]) == ("updated", "ivfpq")
    assert store.dense()[0].ntotal == 2850  # removals applied, not tombstoned
    q = unit(rng, 1, centers)[0]
    got = [i for i, _ in store.search_dense(q, 10)]
    assert len(set(got) & set(exact_top(store, q, 10))) >= 7
    store.close()


def test_ivfpq_refuses_too_few_chunks_and_bad_types(tmp_path: Path) -> None:
    rng = np.random.default_rng(4)
    store = new_store(tmp_path / "i")
    store.write_files([entry("a", unit(rng, 50))], [])
    with pytest.raises(GenforgeError, match="at least"):
        store.publish_dense(index_type="ivfpq")
    with pytest.raises(GenforgeError, match="index-type"):
        store.publish_dense(index_type="lsh")
    store.close()


def test_changing_the_index_type_rebuilds(tmp_path: Path) -> None:
    rng = np.random.default_rng(5)
    store = new_store(tmp_path / "i")
    store.write_files([entry("a", unit(rng, 30))], [])
    store.publish_dense(index_type="flat")
    gen = store.generation
    info = store.publish_dense(index_type="hnsw")
    assert (info["how"], info["kind"]) == ("built", "hnsw") and store.generation == gen + 1
    assert store.meta()["index_type"] == "hnsw"
    assert store.publish_dense()["how"] == "unchanged"
    store.close()


def test_bm25_drops_stems_in_most_chunks_and_keeps_the_ranking(tmp_path: Path) -> None:
    rng = np.random.default_rng(6)
    texts = [f"running notes number {i}" for i in range(30)]
    texts[7] = "running notes about a zebra crossing"
    texts[9] = "a zebra and a zebra foal, runs"
    store = new_store(tmp_path / "i")
    store.write_files([entry("a", unit(rng, 30), texts)], [])
    store.publish_common_terms()
    assert {"run", "note"} <= store.common_terms() and "zebra" not in store.common_terms()
    # "runs" stems to the common "run": dropped; a query of common words only is kept
    assert store.bm25_match("Runs with zebras?") == '"zebras"'
    assert store.bm25_match("running notes") == '"running" OR "notes"'
    full = store.conn.execute(
        "SELECT rowid FROM fts WHERE fts MATCH 'runs OR zebras' ORDER BY bm25(fts) LIMIT 2"
    ).fetchall()
    assert [i for i, _ in store.search_bm25("runs zebras", 2)] == [r[0] for r in full]
    # a reader of a newer generation does not trust the stored set
    store.write_files([entry("b", unit(rng, 40), ["zebra"] * 40)], [])
    assert "zebra" in store.common_terms()
    store.close()


def test_a_failed_update_leaves_the_previous_file_and_the_next_run_completes(
    tmp_path: Path, monkeypatch
) -> None:
    import faiss

    rng = np.random.default_rng(7)
    store = new_store(tmp_path / "i")
    store.write_files([entry(f"f{i}", unit(rng, 10)) for i in range(5)], [])
    store.publish_dense(index_type="hnsw")
    before = sorted(p.name for p in store.dir.glob("dense-*"))
    store.write_files([entry("new", unit(rng, 5))], ["f0"])

    def die(*_a, **_k):  # the process dies while writing the updated file
        raise KeyboardInterrupt

    monkeypatch.setattr(faiss, "write_index", die)
    with pytest.raises(KeyboardInterrupt):
        store.publish_dense()
    monkeypatch.undo()
    assert sorted(p.name for p in store.dir.iterdir() if "dense" in p.name) == before
    reader = IndexStore(store.dir)  # no file for this generation: exact, from SQLite
    q = reader.vectors([int(reader.conn.execute("SELECT max(id) FROM chunks").fetchone()[0])])[0]
    assert [i for i, _ in reader.search_dense(q, 5)] == exact_top(reader, q, 5)
    info = store.publish_dense()
    assert (info["how"], info["tombstones"]) == ("updated", 10)
    assert [p.name for p in store.dir.glob("dense-*")] == [f"dense-{store.generation}.faiss"]
    reader.close()
    store.close()


@pytest.mark.parametrize("index_type", ["hnsw", "ivfpq"])
def test_removing_every_document_leaves_an_empty_searchable_index(
    tmp_path: Path, index_type: str
) -> None:
    rng = np.random.default_rng(8)
    store = new_store(tmp_path / "i")
    store.write_files([entry(f"f{i}", unit(rng, 100)) for i in range(10)], [])
    store.publish_dense(index_type=index_type)
    store.write_files([], [f"f{i}" for i in range(10)])
    assert store.publish_dense()["n"] == 0
    assert store.search_dense(unit(rng, 1)[0], 5) == []
    store.close()
