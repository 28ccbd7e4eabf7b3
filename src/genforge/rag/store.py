"""The index dir: one SQLite database (chunks, their vectors, file content hashes, an FTS5
table for BM25) plus a FAISS index file derived from it.

Crash safety comes from SQLite: every change is a transaction (WAL journal, full sync), so a
``kill -9`` leaves the last committed state, which is always whole files. Each commit bumps
``generation``; the FAISS file is named by the generation it was built from and written
atomically after the last commit, by updating the previous generation's file (chunk ids are
never reused, so "ids above the old maximum" are the new chunks and "stored ids SQLite no
longer has" the removed ones). A reader whose generation has no FAISS file yet (an index
run is in progress or was killed) builds an exact flat index from the vectors in SQLite, so
queries stay correct while indexing runs.
"""

from __future__ import annotations

import json
import re
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from genforge.errors import GenforgeError
from genforge.io import atomic_path
from genforge.rag import dense as dense_index
from genforge.rag.dense import APPROX_THRESHOLD

DB_NAME = "chunks.sqlite"
SCHEMA_VERSION = "1"
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
        # (generation, FAISS index, selector excluding its tombstones or None)
        self._dense: tuple[int, Any, Any] | None = None
        self._common: tuple[int, frozenset[str]] | None = None
        # The query's words go through the index's own tokenizer (Porter stems) in this
        # connection's temp schema; nothing is written to the index file.
        self.conn.executescript(
            "CREATE VIRTUAL TABLE IF NOT EXISTS temp.qtok USING fts5(q, tokenize='porter "
            "unicode61');"
            "CREATE VIRTUAL TABLE IF NOT EXISTS temp.qtok_terms USING fts5vocab(temp, qtok, "
            "instance);"
            "CREATE VIRTUAL TABLE IF NOT EXISTS temp.fts_terms USING fts5vocab(main, fts, row);"
        )

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
            meta = self.meta()
            top = c.execute("SELECT max(id) FROM chunks").fetchone()[0] or 0
            # Ids are never reused (the FAISS update relies on it): the next id is past
            # every id this index ever held, not just past the ones it holds now.
            next_id = max(int(meta.get("next_id", "1")), top + 1)
            if "next_id" not in meta:
                self.set_meta(ids_unique_since=self.generation)
            for source in removed:
                c.execute("DELETE FROM chunks WHERE source = ?", (source,))
                c.execute("DELETE FROM files WHERE source = ?", (source,))
            for source, key, kind, chunks, vectors in entries:
                c.execute("DELETE FROM chunks WHERE source = ?", (source,))
                c.executemany(
                    "INSERT INTO chunks(id, source, doc, title, heading, kind, start_line, "
                    "end_line, page, text, vector) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                    [
                        (
                            next_id + j,
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
                        for j, (ch, v) in enumerate(zip(chunks, vectors, strict=True))
                    ],
                )
                next_id += len(chunks)
                c.execute(
                    "INSERT OR REPLACE INTO files(source, key, kind, n_chunks, indexed_at) "
                    "VALUES (?,?,?,?,?)",
                    (source, key, kind, len(chunks), time.time()),
                )
            self.set_meta(generation=self.generation + 1, next_id=next_id)
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
        return (gen, *self._unpack(rows))

    def _unpack(self, rows: list) -> tuple[np.ndarray, np.ndarray]:
        ids = np.array([r[0] for r in rows], dtype=np.int64)
        dim = int(self.meta().get("dim", "0"))
        vecs = np.frombuffer(b"".join(r[1] for r in rows), dtype=np.float32).reshape(-1, dim)
        return ids, vecs

    def _live_ids(self) -> np.ndarray:
        return np.array(
            [r[0] for r in self.conn.execute("SELECT id FROM chunks ORDER BY id")], np.int64
        )

    def dense(self) -> tuple[Any, Any]:
        """The FAISS index for the current generation (loaded, or built flat in memory) and
        a selector that excludes its tombstones (None when it has none)."""
        import faiss

        gen = self.generation
        if self._dense is not None and self._dense[0] == gen:
            return self._dense[1], self._dense[2]
        path = self._faiss_path(gen)
        selector = None
        if path.is_file():
            index = faiss.read_index(str(path))
            if dense_index.kind_of(index) == "hnsw":
                gone = np.setdiff1d(dense_index.index_ids(index), self._live_ids())
                if len(gone):
                    inner = faiss.IDSelectorBatch(gone)
                    selector = faiss.IDSelectorNot(inner)
                    selector.inner = inner  # FAISS does not own it: keep it alive
        else:
            gen, ids, vecs = self._all_vectors()
            index = dense_index.build("flat", vecs, ids)
        self._dense = (gen, index, selector)
        return index, selector

    def publish_dense(
        self, approx_threshold: int = APPROX_THRESHOLD, index_type: str | None = None
    ) -> dict[str, Any]:
        """Write the FAISS file for the current generation (if missing), atomically, by
        updating the newest older file in place where it can, and delete older ones.
        ``index_type`` (auto|flat|hnsw|ivfpq; None: as stored, else auto) is kept in meta.
        Returns kind, size, how (built|updated|unchanged), seconds, recall vs exact when
        built approximate, and the tombstones an HNSW graph carries."""

        meta = self.meta()
        old_type = meta.get("index_type", "auto")
        index_type = index_type or old_type
        dense_index.resolve_kind(index_type, 0)  # a bad name fails before any work
        if index_type != old_type:
            self.set_meta(index_type=index_type, generation=self.generation + 1)
        gen = self.generation
        path = self._faiss_path(gen)
        if path.is_file():
            info = {"kind": meta.get("dense_kind", "flat"), "n": self.count(), "how": "unchanged"}
        else:
            info = self._write_dense(gen, path, index_type, approx_threshold, meta)
        for old in self.dir.glob("dense-*.faiss"):
            if old != path:
                old.unlink(missing_ok=True)
        return info

    def _write_dense(
        self, gen: int, path: Path, index_type: str, approx_threshold: int, meta: dict
    ) -> dict[str, Any]:
        import faiss

        t0 = time.perf_counter()
        index, info = self._update_dense(gen, index_type, approx_threshold, meta)
        if index is None:
            gen, ids, vecs = self._all_vectors()
            # An empty index (every document removed) has nothing to train or link.
            kind = dense_index.resolve_kind(index_type, len(ids), approx_threshold)
            kind = kind if len(ids) else "flat"
            index = dense_index.build(kind, vecs, ids)
            info = {"kind": kind, "n": len(ids), "how": "built"}
            if kind != "flat":
                info["recall_at_10"] = dense_index.recall_vs_exact(index, vecs, ids)
            if kind == "ivfpq":
                self.set_meta(dense_trained_n=len(ids))
        info["seconds"] = round(time.perf_counter() - t0, 2)
        with atomic_path(path) as tmp:
            faiss.write_index(index, str(tmp))
        self.set_meta(
            dense_kind=info["kind"],
            dense_recall=info.get("recall_at_10", meta.get("dense_recall", 1.0)),
        )
        self._dense = None
        return info

    def _update_dense(
        self, gen: int, index_type: str, approx_threshold: int, meta: dict
    ) -> tuple[Any, dict[str, Any]]:
        """The newest older FAISS file brought up to ``gen`` in place, or (None, {}) when
        there is none to start from or it should be rebuilt."""
        import faiss

        bases = sorted(
            (int(p.stem.split("-")[1]), p)
            for p in self.dir.glob("dense-*.faiss")
            if p.stem.split("-")[1].isdigit()
        )
        usable = [(g, p) for g, p in bases if int(meta.get("ids_unique_since", gen + 1)) <= g < gen]
        if not usable:
            return None, {}
        index = faiss.read_index(str(usable[-1][1]))
        stored = dense_index.index_ids(index)
        top = int(stored.max()) if len(stored) else 0
        c = self.conn
        c.execute("BEGIN")
        try:
            snap = self.generation
            live = self._live_ids()
            rows = c.execute(
                "SELECT id, vector FROM chunks WHERE id > ? ORDER BY id", (top,)
            ).fetchall()
        finally:
            c.execute("COMMIT")
        kind = dense_index.resolve_kind(index_type, len(live), approx_threshold)
        if (
            snap != gen  # another writer moved on meanwhile
            or kind != dense_index.kind_of(index)
            or (
                kind == "ivfpq"
                and len(live) > dense_index.RETRAIN_GROWTH * int(meta.get("dense_trained_n", 0))
            )
        ):
            return None, {}
        new_ids, new_vecs = self._unpack(rows)
        done = dense_index.update(index, live, new_ids, new_vecs)
        if done is None:
            return None, {}
        index, tombstones = done
        info = {"kind": kind, "n": len(live), "how": "updated", "added": len(new_ids)}
        if tombstones:
            info["tombstones"] = tombstones
        return index, info

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

        index, selector = self.dense()
        if index.ntotal == 0 or (allowed is not None and len(allowed) == 0):
            return []
        if allowed is not None:  # ids from SQLite: tombstones are not among them
            selector = faiss.IDSelectorBatch(allowed)
        return dense_index.search(index, query, k, selector, self._vectors_by_id)

    def common_terms(self) -> frozenset[str]:
        """Stems found in more than half of all chunks, for the current generation.

        FTS5's BM25 idf, log((N - n + 0.5) / (n + 0.5)), is <= 0 for such a stem and FTS5
        clamps it to 1e-6: the stem adds nothing to any score, yet a query holding it makes
        FTS5 score every chunk that has it (at 100k chunks: 700 ms instead of 3 ms). The
        index run stores the set in ``meta``; a reader of a newer generation recomputes it."""
        gen = self.generation
        if self._common is not None and self._common[0] == gen:
            return self._common[1]
        meta = self.meta()
        if meta.get("common_terms_generation") == str(gen):
            terms = frozenset(json.loads(meta["common_terms"]))
        else:
            terms = self._scan_common_terms()
        self._common = (gen, terms)
        return terms

    def _scan_common_terms(self) -> frozenset[str]:
        rows = self.conn.execute(
            "SELECT term FROM temp.fts_terms WHERE doc * 2 > (SELECT count(*) FROM chunks)"
        )
        return frozenset(r[0] for r in rows)

    def publish_common_terms(self) -> None:
        """Store ``common_terms`` for the current generation (one scan of the vocabulary;
        none when it is stored already)."""
        if self.meta().get("common_terms_generation") == str(self.generation):
            return
        terms = self._scan_common_terms()
        self.set_meta(
            common_terms=json.dumps(sorted(terms)), common_terms_generation=self.generation
        )
        self._common = (self.generation, terms)

    def _stems(self, words: list[str]) -> list[set[str]]:
        """Each word's tokens under the index's tokenizer (Porter stems; ``foo_bar`` is
        two tokens, punctuation alone none)."""
        c = self.conn
        c.execute("DELETE FROM temp.qtok")
        c.executemany("INSERT INTO temp.qtok(rowid, q) VALUES (?, ?)", enumerate(words))
        stems: list[set[str]] = [set() for _ in words]
        for row, term in c.execute("SELECT doc, term FROM temp.qtok_terms"):
            stems[row].add(term)
        return stems

    def bm25_match(self, query: str) -> str | None:
        """The FTS5 MATCH expression for ``query``: its words OR-ed, stopwords and stems
        that carry no BM25 weight in this index (``common_terms``) dropped; None when no
        word is left."""
        raw = list(dict.fromkeys(re.findall(r"\w+", query.lower())))
        words = [w for w in raw if w not in STOPWORDS] or raw
        common = self.common_terms()
        if common:
            kept = [w for w, s in zip(words, self._stems(words)) if not s or s - common]
            # A query made only of common words ranks by them anyway (all idf ~ 0).
            words = kept or words
        return " OR ".join(f'"{w}"' for w in words) if words else None

    def search_bm25(
        self, query: str, k: int, filters: Filters | None = None
    ) -> list[tuple[int, float]]:
        match = self.bm25_match(query)
        if match is None:
            return []
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

    def _vectors_by_id(self, ids: list[int]) -> dict[int, np.ndarray]:
        marks = ",".join("?" * len(ids))
        rows = self.conn.execute(f"SELECT id, vector FROM chunks WHERE id IN ({marks})", ids)
        return {i: np.frombuffer(v, dtype=np.float32) for i, v in rows}

    def vectors(self, ids: list[int]) -> np.ndarray:
        rows = self._vectors_by_id(ids)
        return np.stack([rows[i] for i in ids])
