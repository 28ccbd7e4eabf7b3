"""benchmarks/gpu/engine.py at its CPU toy size: it runs, compares, and prints its JSON."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_gpu_engine_benchmark_runs_at_toy_size_on_cpu(tmp_path):
    pytest.importorskip("transformers")
    out = tmp_path / "gpu_engine.json"
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    cmd = [sys.executable, str(ROOT / "benchmarks/gpu/engine.py"), "--toy", "--device", "cpu"]
    cmd += ["--repeats", "1", "--out", str(out)]
    subprocess.run(cmd, check=True, env=env, cwd=ROOT, timeout=600, capture_output=True)
    result = json.loads(out.read_text())
    assert set(result["batches"]) == {"1", "4"}
    one = result["batches"]["1"]
    assert one["ours_tok_s"] > 0 and one["hf_tok_s"] > 0 and one["ours_eager_tok_s"] > 0
    assert result["fp32_same_output"] is True  # float32: the same greedy ids as HF
    assert 0 <= one["bf16_same_prefix"] <= result["new_tokens"]
    assert result["batches"]["4"]["rows"] == 4
