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
    subprocess.run(cmd, check=True, env=env, cwd=ROOT, timeout=600, capture_output=True)
    result = json.loads(out.read_text())
    assert result["chunks"] == 3000 and result["dense_index"] == "hnsw"
    assert result["recall_at_10_vs_exact"] >= 0.95
    assert 0 < result["dense_p50_ms"] and 0 < result["bm25_p50_ms"]
    assert result["index_dir_mb"] > 0
