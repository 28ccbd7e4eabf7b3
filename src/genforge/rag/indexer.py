"""Build or update an index dir from ``--docs``: only files whose content (or the chunking
settings) changed are re-chunked and re-embedded; sources no longer under ``--docs`` are
removed. Every file is parsed before anything is written, so a bad file stops the run with
the index untouched; then changes are committed in batches of whole files (see store.py for
why a killed run leaves a usable index that the next run completes)."""

from __future__ import annotations

import hashlib
import os
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from genforge.errors import GenforgeError
from genforge.rag.chunking import Chunk, chunk_document
from genforge.rag.dense import check_size, resolve_kind
from genforge.rag.documents import find_files, load_document, read_bytes
from genforge.rag.embed import Embedder
from genforge.rag.store import APPROX_THRESHOLD, DB_NAME, IndexStore

# Chunks embedded and committed together: large enough to keep the embedder's batches full,
# small enough that a killed run loses little work. (The env var lets the crash test commit
# file by file.)
COMMIT_CHUNKS = int(os.environ.get("GENFORGE_RAG_COMMIT_CHUNKS", "256"))


@dataclass
class IndexReport:
    files: int = 0
    changed: int = 0
    removed: int = 0
    unchanged: int = 0
    chunks_added: int = 0
    chunks_total: int = 0
    seconds: float = 0.0
    chunks_per_s: float = 0.0
    dense: dict = field(default_factory=dict)


def _file_key(data_sha: str, settings: str) -> str:
    return hashlib.sha256(f"{data_sha}|{settings}".encode()).hexdigest()


def index_documents(
    docs: list[str],
    index_dir: str | Path,
    embedder: Embedder,
    *,
    chunk_tokens: int = 200,
    overlap: int = 32,
    approx_threshold: int = APPROX_THRESHOLD,
    index_type: str | None = None,
    progress: bool = True,
    commit_chunks: int = COMMIT_CHUNKS,
) -> IndexReport:
    """Bring ``index_dir`` in line with ``docs`` (files, folders, ``pydoc``).
    ``index_type`` (auto|flat|hnsw|ivfpq, see rag/dense.py) None keeps the index's own."""
    t0 = time.perf_counter()
    if index_type is not None:
        resolve_kind(index_type, 0)  # a bad name fails before any file is read
    index_dir = Path(index_dir)
    sources = find_files(docs)
    settings = f"chunk={chunk_tokens}/{overlap}"
    old: dict[str, str] = {}
    old_sizes: dict[str, int] = {}
    stored_type = "auto"
    if (index_dir / DB_NAME).is_file():
        store = IndexStore(index_dir)
        store.check_embedder(embedder.name, embedder.fingerprint)
        old = store.files()
        old_sizes = dict(store.conn.execute("SELECT source, n_chunks FROM files"))
        stored_type = store.meta().get("index_type", "auto")
        store.close()
    elif index_dir.exists() and any(index_dir.iterdir()):
        raise GenforgeError(
            f"--index {index_dir} is a non-empty folder without a RAG index; give an empty or "
            "new folder"
        )

    report = IndexReport(files=len(sources))
    pending: list[tuple[str, str, str, list[Chunk]]] = []
    for source, path in sources:
        data = read_bytes(path) if path is not None else None
        if data is not None:
            key = _file_key(hashlib.sha256(data).hexdigest(), settings)
            if old.get(source) == key:
                report.unchanged += 1
                continue
        doc = load_document(source, path, data)
        key = _file_key(doc.sha256, settings)
        if old.get(source) == key:
            report.unchanged += 1
            continue
        chunks = chunk_document(doc, embedder.count_tokens, size=chunk_tokens, overlap=overlap)
        pending.append((source, key, doc.kind, chunks))
    current = {s for s, _ in sources}
    removed = sorted(s for s in old if s not in current)
    report.changed, report.removed = len(pending), len(removed)
    # A dense index type that cannot hold the result fails now, with the index untouched.
    touched = {s for s, *_ in pending} | set(removed)
    total = sum(n for s, n in old_sizes.items() if s not in touched)
    total += sum(len(c) for *_, c in pending)
    kind = resolve_kind(index_type or stored_type, total, approx_threshold)
    check_size(kind, total, embedder.dim)

    store = IndexStore(index_dir, create=True)
    try:
        if "embedder" not in store.meta():
            store.set_meta(
                embedder=embedder.name, embedder_sha256=embedder.fingerprint, dim=embedder.dim
            )
        if removed:
            store.write_files([], removed)
        report.chunks_added = _embed_and_commit(store, embedder, pending, progress, commit_chunks)
        report.dense = store.publish_dense(approx_threshold, index_type)
        store.publish_common_terms()
        report.chunks_total = store.count()
    finally:
        store.close()
    report.seconds = round(time.perf_counter() - t0, 2)
    if report.chunks_added:
        report.chunks_per_s = round(report.chunks_added / report.seconds, 1)
    return report


def _embed_and_commit(
    store: IndexStore,
    embedder: Embedder,
    pending: list[tuple[str, str, str, list[Chunk]]],
    progress: bool,
    commit_chunks: int,
) -> int:
    from tqdm import tqdm

    total = sum(len(c) for *_, c in pending)
    bar = tqdm(
        total=total,
        unit="chunk",
        desc="embedding",
        disable=not progress or not total,
        file=sys.stderr,
    )
    done = 0
    batch: list[tuple[str, str, str, list[Chunk]]] = []
    size = 0

    def flush() -> None:
        texts = [ch.embed_text() for *_, chunks in batch for ch in chunks]
        vectors = embedder.encode(texts)
        entries, at = [], 0
        for source, key, kind, chunks in batch:
            entries.append((source, key, kind, chunks, vectors[at : at + len(chunks)]))
            at += len(chunks)
        store.write_files(entries, [])
        bar.update(len(texts))

    for item in pending:
        batch.append(item)
        size += len(item[3])
        if size >= commit_chunks:
            flush()
            done += size
            batch, size = [], 0
    if batch:
        flush()
        done += size
    bar.close()
    return done
