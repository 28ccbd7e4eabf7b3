"""The index dir: one SQLite database (chunks, their vectors, file content hashes, an FTS5
table for BM25) plus a FAISS index file derived from it.

Crash safety comes from SQLite: every change is a transaction (WAL journal, full sync), so a
``kill -9`` leaves the last committed state, which is always whole files. Each commit bumps
``generation``; the FAISS file is named by the generation it was built from and written
atomically after the last commit. A reader whose generation has no FAISS file yet (an index
run is in progress or was killed) builds an exact flat index from the vectors in SQLite, so
queries stay correct while indexing runs.
"""

from __future__ import annotations

import re
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from genforge.errors import GenforgeError
from genforge.io import atomic_path

DB_NAME = "chunks.sqlite"
SCHEMA_VERSION = "1"
# Above this many chunks the dense index is HNSW (approximate, measured against exact when
# built); below it exact search over all vectors is already a few milliseconds.
APPROX_THRESHOLD = 50_000
HNSW_M = 32
HNSW_EF_CONSTRUCTION = 80
HNSW_EF_SEARCH = 128
# BM25 column weights for (title, heading, text): a query word in a document's title or
# section heading says more about what the chunk is about than one in its body.
BM25_WEIGHTS = (4.0, 2.0, 1.0)

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS files(
  source TEXT PRIMARY KEY, key TEXT NOT NULL, kind TEXT NOT NULL, n_chunks INTEGER NOT NULL,
  indexed_at REAL NOT NULL);
CREATE TABLE IF NOT EXISTS chunks(
  id INTEGER PRIMARY KEY, source TEXT NOT NULL, doc TEXT NOT NULL, title TEXT NOT NULL,
  heading TEXT NOT NULL, kind TEXT NOT NULL, start_line INTEGER NOT NULL,
  end_line INTEGER NOT NULL, page INTEGER, text TEXT NOT NULL, vector BLOB NOT NULL);
CREATE INDEX IF NOT EXISTS chunks_source ON chunks(source);
CREATE VIRTUAL TABLE IF NOT EXISTS fts USING fts5(
  title, heading, text, content='chunks', content_rowid='id', tokenize='porter unicode61');
CREATE TRIGGER IF NOT EXISTS chunks_ai AFTER INSERT ON chunks BEGIN
  INSERT INTO fts(rowid, title, heading, text) VALUES (new.id, new.title, new.heading, new.text);
END;
CREATE TRIGGER IF NOT EXISTS chunks_ad AFTER DELETE ON chunks BEGIN
  INSERT INTO fts(fts, rowid, title, heading, text)
  VALUES ('delete', old.id, old.title, old.heading, old.text);
END;
"""

# Words too common to say anything about a document; dropped from BM25 queries (they only
# slow FTS5 down: its IDF already gives them almost no weight).
STOPWORDS = set(
    "a an and are as at be but by can do does for from how i if in into is it its me my of on "
    "or so that the their them then there these they this to was what when where which who "
    "why will with would you your".split()
)


@dataclass
class Filters:
    """Metadata filters: ``source`` is a glob (``*.md``, ``docs/*``), the others exact."""

    source: str | None = None
    kind: str | None = None
    doc: str | None = None

    def sql(self) -> tuple[str, list[str]]:
        parts, args = [], []
        for column, op, value in (
            ("source", "GLOB", self.source),
            ("kind", "=", self.kind),
            ("doc", "=", self.doc),
        ):
            if value is not None:
                parts.append(f"c.{column} {op} ?")
                args.append(value)
        return (" AND ".join(parts) or "1"), args

    def __bool__(self) -> bool:
        return any(v is not None for v in (self.source, self.kind, self.doc))


def missing_index_error(index_dir: Path) -> GenforgeError:
    return GenforgeError(
        f"no RAG index at {index_dir} ({DB_NAME} is missing); build one with "
        f"`genforge rag index --docs PATH --index {index_dir}`"
    )


class IndexStore:
    """One open index dir. Not thread-safe: open one per thread, or pass ``threaded`` and
    serialise the calls (the server holds a lock)."""

    def __init__(
        self, index_dir: str | Path, *, create: bool = False, threaded: bool = False
    ) -> None:
        self.dir = Path(index_dir)
        db = self.dir / DB_NAME
        if not db.is_file():
            if not create:
                raise missing_index_error(self.dir)
            self.dir.mkdir(parents=True, exist_ok=True)
        try:
            self.conn = sqlite3.connect(
                db, timeout=60, isolation_level=None, check_same_thread=not threaded
            )
            self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute("PRAGMA synchronous=FULL")
            if create:
                self.conn.executescript(_SCHEMA)
            version = self.meta().get("schema")
        except sqlite3.DatabaseError as e:
            raise GenforgeError(
                f"{db} is not a genforge RAG index ({e}); rebuild it into an empty folder"
            ) from None
        if version is None and create:
            self.set_meta(schema=SCHEMA_VERSION, generation="0")
        elif version != SCHEMA_VERSION:
            raise GenforgeError(
                f"{db} has index schema {version!r}, this genforge reads {SCHEMA_VERSION!r}; "
                "rebuild the index into an empty folder"
            )
        self._dense: tuple[int, Any] | None = None

    def close(self) -> None:
        self.conn.close()

    # --- metadata ---------------------------------------------------------------------

    def meta(self) -> dict[str, str]:
        try:
            return dict(self.conn.execute("SELECT key, value FROM meta"))
        except sqlite3.OperationalError:
            return {}

    def set_meta(self, **values: Any) -> None:
        self.conn.executemany(
            "INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)",
            [(k, str(v)) for k, v in values.items()],
        )

    @property
    def generation(self) -> int:
        return int(self.meta().get("generation", "0"))

    def check_embedder(self, name: str, fingerprint: str) -> None:
        """Refuse an embedder other than the one the index was built with."""
        meta = self.meta()
        if "embedder" not in meta:
            return
        if (meta["embedder"], meta["embedder_sha256"]) != (name, fingerprint):
            raise GenforgeError(
                f"index {self.dir} was built with embedder {meta['embedder']} "
                f"(sha256 {meta['embedder_sha256'][:12]}), not {name} "
                f"(sha256 {fingerprint[:12]}): vectors from two models cannot be compared; "
                f"use --embedder {meta['embedder']} with the same weights, or index into a "
                "new folder"
            )

    def files(self) -> dict[str, str]:
        return dict(self.conn.execute("SELECT source, key FROM files"))

    def count(self) -> int:
        return self.conn.execute("SELECT count(*) FROM chunks").fetchone()[0]

    # --- writing (each call one transaction) -------------------------------------------

    def write_files(
        self, entries: list[tuple[str, str, str, list[Any], np.ndarray]], removed: list[str]
    ) -> None:
        """Replace each ``(source, key, kind, chunks, vectors)`` file's chunks and drop the
        ``removed`` sources, all in one transaction that also bumps the generation."""
        c = self.conn
        c.execute("BEGIN IMMEDIATE")
        try:
            for source in removed:
                c.execute("DELETE FROM chunks WHERE source = ?", (source,))
                c.execute("DELETE FROM files WHERE source = ?", (source,))
            for source, key, kind, chunks, vectors in entries:
                c.execute("DELETE FROM chunks WHERE source = ?", (source,))
                c.executemany(
                    "INSERT INTO chunks(source, doc, title, heading, kind, start_line, end_line,"
                    " page, text, vector) VALUES (?,?,?,?,?,?,?,?,?,?)",
                    [
                        (
                            ch.source,
                            ch.doc,
                            ch.title,
                            ch.heading,
                            ch.kind,
                            ch.start,
                            ch.end,
                            ch.page,
                            ch.text,
                            np.asarray(v, np.float32).tobytes(),
                        )
                        for ch, v in zip(chunks, vectors, strict=True)
                    ],
                )
                c.execute(
                    "INSERT OR REPLACE INTO files(source, key, kind, n_chunks, indexed_at) "
                    "VALUES (?,?,?,?,?)",
                    (source, key, kind, len(chunks), time.time()),
                )
            self.set_meta(generation=self.generation + 1)
            c.execute("COMMIT")
        except BaseException:
            c.execute("ROLLBACK")
            raise

    # --- the dense index ---------------------------------------------------------------

    def _faiss_path(self, generation: int) -> Path:
        return self.dir / f"dense-{generation}.faiss"

    def _all_vectors(self) -> tuple[int, np.ndarray, np.ndarray]:
        """(generation, ids, vectors) read in one snapshot."""
        c = self.conn
        c.execute("BEGIN")
        try:
            gen = self.generation
            rows = c.execute("SELECT id, vector FROM chunks ORDER BY id").fetchall()
        finally:
            c.execute("COMMIT")
        ids = np.array([r[0] for r in rows], dtype=np.int64)
        dim = int(self.meta().get("dim", "0"))
        vecs = np.frombuffer(b"".join(r[1] for r in rows), dtype=np.float32).reshape(-1, dim)
        return gen, ids, vecs

    def dense(self) -> Any:
        """The FAISS index for the current generation (loaded, or built flat in memory)."""
        import faiss

        gen = self.generation
        if self._dense is not None and self._dense[0] == gen:
            return self._dense[1]
        path = self._faiss_path(gen)
        if path.is_file():
            index = faiss.read_index(str(path))
        else:
            gen, ids, vecs = self._all_vectors()
            index = build_faiss(vecs, ids, approximate=False)
        self._dense = (gen, index)
        return index

    def publish_dense(self, approx_threshold: int = APPROX_THRESHOLD) -> dict[str, Any]:
        """Build the FAISS file for the current generation (if missing), atomically, and
        delete older ones. Returns what was built: kind, size, seconds, recall vs exact."""
        import faiss

        gen, ids, vecs = self._all_vectors()
        path = self._faiss_path(gen)
        meta = self.meta()
        info = {"kind": meta.get("dense_kind", "flat"), "n": len(ids)}
        if not path.is_file():
            t0 = time.perf_counter()
            approximate = len(ids) > approx_threshold
            index = build_faiss(vecs, ids, approximate=approximate)
            info = {
                "kind": "hnsw" if approximate else "flat",
                "n": len(ids),
                "build_s": round(time.perf_counter() - t0, 2),
            }
            if approximate:
                info["recall_at_10"] = recall_vs_exact(index, vecs, ids)
            with atomic_path(path) as tmp:
                faiss.write_index(index, str(tmp))
            self.set_meta(dense_kind=info["kind"], dense_recall=info.get("recall_at_10", 1.0))
            self._dense = (gen, index)
        for old in self.dir.glob("dense-*.faiss"):
            if old != path:
                old.unlink(missing_ok=True)
        return info

    # --- searching ---------------------------------------------------------------------

    def allowed_ids(self, filters: Filters) -> np.ndarray | None:
        if not filters:
            return None
        where, args = filters.sql()
        rows = self.conn.execute(f"SELECT c.id FROM chunks c WHERE {where}", args).fetchall()
        return np.array([r[0] for r in rows], dtype=np.int64)

    def search_dense(
        self, query: np.ndarray, k: int, allowed: np.ndarray | None = None
    ) -> list[tuple[int, float]]:
        import faiss

        index = self.dense()
        if index.ntotal == 0 or (allowed is not None and len(allowed) == 0):
            return []
        params = None
        if allowed is not None:
            sel = faiss.IDSelectorBatch(allowed)
            base = faiss.downcast_index(index.index)
            params = (
                faiss.SearchParametersHNSW(sel=sel, efSearch=HNSW_EF_SEARCH)
                if isinstance(base, faiss.IndexHNSW)
                else faiss.SearchParameters(sel=sel)
            )
        scores, ids = index.search(query.reshape(1, -1).astype(np.float32), k, params=params)
        return [(int(i), float(s)) for i, s in zip(ids[0], scores[0]) if i >= 0]

    def search_bm25(
        self, query: str, k: int, filters: Filters | None = None
    ) -> list[tuple[int, float]]:
        words = [w for w in re.findall(r"\w+", query.lower()) if w not in STOPWORDS]
        if not words:
            words = re.findall(r"\w+", query.lower())
        if not words:
            return []
        match = " OR ".join(f'"{w}"' for w in dict.fromkeys(words))
        w = ", ".join(str(x) for x in BM25_WEIGHTS)
        if filters:
            where, args = filters.sql()
            sql = (
                f"SELECT c.id, bm25(fts, {w}) AS s FROM fts JOIN chunks c ON c.id = fts.rowid "
                f"WHERE fts MATCH ? AND {where} ORDER BY s LIMIT ?"
            )
        else:
            # Without filters the join would look up every matching row before the sort;
            # FTS5 alone scores the matches (measured 100k chunks: see docs/rag.md).
            sql = f"SELECT rowid, bm25(fts, {w}) AS s FROM fts WHERE fts MATCH ? ORDER BY s LIMIT ?"
            args = []
        rows = self.conn.execute(sql, [match, *args, k]).fetchall()
        return [(int(i), -float(s)) for i, s in rows]

    def chunks(self, ids: list[int]) -> dict[int, dict[str, Any]]:
        if not ids:
            return {}
        marks = ",".join("?" * len(ids))
        rows = self.conn.execute(
            "SELECT id, source, doc, title, heading, kind, start_line, end_line, page, text "
            f"FROM chunks WHERE id IN ({marks})",
            ids,
        ).fetchall()
        keys = ("id", "source", "doc", "title", "heading", "kind", "start", "end", "page", "text")
        return {r[0]: dict(zip(keys, r)) for r in rows}

    def vectors(self, ids: list[int]) -> np.ndarray:
        marks = ",".join("?" * len(ids))
        rows = dict(self.conn.execute(f"SELECT id, vector FROM chunks WHERE id IN ({marks})", ids))
        return np.stack([np.frombuffer(rows[i], dtype=np.float32) for i in ids])


def build_faiss(vectors: np.ndarray, ids: np.ndarray, *, approximate: bool) -> Any:
    """Inner-product index over L2-normalised ``vectors`` (cosine), with our chunk ids."""
    import faiss

    dim = vectors.shape[1] if vectors.ndim == 2 and vectors.shape[1] else 1
    if approximate:
        base = faiss.IndexHNSWFlat(dim, HNSW_M, faiss.METRIC_INNER_PRODUCT)
        base.hnsw.efConstruction = HNSW_EF_CONSTRUCTION
        base.hnsw.efSearch = HNSW_EF_SEARCH
    else:
        base = faiss.IndexFlatIP(dim)
    index = faiss.IndexIDMap2(base)
    if len(ids):
        index.add_with_ids(np.ascontiguousarray(vectors, dtype=np.float32), ids)
    return index


def recall_vs_exact(
    index: Any, vectors: np.ndarray, ids: np.ndarray, *, n_queries: int = 200, k: int = 10
) -> float:
    """recall@k of ``index`` against exact search, for stored vectors used as queries
    (each with a little noise, so a query is not its own nearest neighbour by identity)."""
    import faiss

    rng = np.random.default_rng(0)
    pick = rng.choice(len(ids), size=min(n_queries, len(ids)), replace=False)
    q = vectors[pick] + rng.normal(0, 0.05, size=(len(pick), vectors.shape[1])).astype(np.float32)
    q /= np.linalg.norm(q, axis=1, keepdims=True)
    exact = faiss.IndexFlatIP(vectors.shape[1])
    exact.add(vectors)
    _, truth = exact.search(q, k)
    _, got = index.search(q, k)
    truth_ids = ids[truth]
    hits = sum(len(set(t) & set(g)) for t, g in zip(truth_ids, got))
    return round(hits / truth.size, 4)
