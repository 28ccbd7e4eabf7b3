"""kill -9 in the middle of an index run: the previous index stays usable (and queryable
while the run goes on), and the next run completes the update."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from genforge.rag.indexer import index_documents
from genforge.rag.retrieve import Retriever
from genforge.rag.store import IndexStore

# Enough one-file commits that a tight poll sees the run half done even on an idle machine
# (with 12, an idle machine committed them all between two polls).
N_FILES = 48
TOPICS = ["lakes", "glaciers", "deserts", "forests", "rivers", "islands", "canyons", "reefs"]


def write_docs(root: Path, version: int) -> None:
    root.mkdir(parents=True, exist_ok=True)
    for i in range(N_FILES):
        topic = TOPICS[i % len(TOPICS)]
        paras = [
            f"Report {i} version {version} on {topic}: paragraph {j} describes how {topic} "
            f"change over seasons, with survey number {i * 100 + j}."
            for j in range(4)
        ]
        (root / f"report{i:02d}.md").write_text(f"# Report {i}\n\n" + "\n\n".join(paras))


def sources_by_version(index: Path) -> dict[str, set[str]]:
    store = IndexStore(index)
    try:
        out: dict[str, set[str]] = {}
        for source, text in store.conn.execute("SELECT source, text FROM chunks"):
            out.setdefault(source, set()).add(text.split(" version ")[1].split()[0])
        return out
    finally:
        store.close()


@pytest.mark.slow  # a subprocess loads torch and MiniLM: about a minute on 2 loaded cores
def test_kill_9_mid_index_then_resume(tmp_path: Path, embedder) -> None:
    docs, index = tmp_path / "docs", tmp_path / "index"
    write_docs(docs, 1)
    index_documents([str(docs)], index, embedder, progress=False)
    write_docs(docs, 2)
    env = {**os.environ, "GENFORGE_RAG_COMMIT_CHUNKS": "1"}  # one file per transaction
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "genforge.cli",
            "rag",
            "index",
            "--docs",
            str(docs),
            "--index",
            str(index),
            "--json",
        ],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    reader = Retriever(index, embedder)  # opened before the run, used while it goes on
    try:
        # Wait until some files are committed at version 2, querying the index meanwhile.
        deadline = time.monotonic() + 240
        while time.monotonic() < deadline:
            versions = sources_by_version(index)
            if sum(v == {"2"} for v in versions.values()) >= 2:
                break
            assert reader.search("glaciers seasons", 3)  # queries work while indexing runs
            assert proc.poll() is None, proc.communicate()
            time.sleep(0.01)
        else:
            raise AssertionError("the index run committed nothing in time")
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        reader.close()
    versions = sources_by_version(index)
    # Every file is whole: all of it at version 1 or all at version 2, none missing.
    assert len(versions) == N_FILES and all(v in ({"1"}, {"2"}) for v in versions.values())
    assert {"1"} in versions.values(), "the run finished before the kill; nothing was tested"
    r = Retriever(index, embedder)
    hits = r.search("survey number 1102", 3, mode="bm25")
    assert hits and hits[0].chunk["source"].endswith("report11.md")
    r.close()
    report = index_documents([str(docs)], index, embedder, progress=False)
    assert report.unchanged >= 2 and report.changed == N_FILES - report.unchanged
    assert all(v == {"2"} for v in sources_by_version(index).values())
    store = IndexStore(index)
    try:
        assert [p.name for p in index.glob("*.faiss")] == [f"dense-{store.generation}.faiss"]
    finally:
        store.close()
