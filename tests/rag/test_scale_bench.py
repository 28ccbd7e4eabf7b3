"""benchmarks/rag_scale.py at a toy size: the real index dir, HNSW above the threshold,
recall against exact search, and its JSON."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_rag_scale_benchmark_runs_at_toy_size(tmp_path: Path) -> None:
    out = tmp_path / "rag_scale.json"
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    cmd = [sys.executable, str(ROOT / "benchmarks/rag_scale.py"), "--chunks", "3000"]
    cmd += ["--approx-threshold", "1000", "--queries", "30", "--json", "--out", str(out)]
    cmd += ["--index-types", "auto,ivfpq"]
    subprocess.run(cmd, check=True, env=env, cwd=ROOT, timeout=600, capture_output=True)
    result = json.loads(out.read_text())
    hnsw, ivfpq = result["dense"]
    assert result["chunks"] == 3000 and hnsw["dense_index"] == "hnsw"
    assert hnsw["recall_at_10_vs_exact"] >= 0.95
    assert ivfpq["dense_index"] == "ivfpq" and ivfpq["recall_at_10_vs_exact"] >= 0.8
    assert ivfpq["faiss_file_mb"] < hnsw["faiss_file_mb"] / 4
    assert 0 < hnsw["dense_p50_ms"] and 0 < result["bm25_p50_ms"]
    # the update (1% changed, 1% removed) went in place into the IVF-PQ file
    assert result["update"]["how"] == "updated" and result["update"]["kind"] == "ivfpq"
    assert result["index_dir_mb"] > 0
