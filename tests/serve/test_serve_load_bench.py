"""benchmarks/serve_load.py at a small size: it serves, and its diagnostics add up."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_serve_load_reports_where_serving_time_goes(tmp_path):
    out = tmp_path / "serve_load.json"
    cmd = [sys.executable, str(ROOT / "benchmarks/serve_load.py"), "--requests", "6"]
    cmd += ["--clients", "3", "--max-tokens", "8", "--out", str(out)]
    subprocess.run(cmd, check=True, cwd=ROOT, timeout=600, capture_output=True)
    result = json.loads(out.read_text())
    assert result["server_exit_code"] == 0 and result["ratio"] > 0
    for phase, clients in (("concurrent", 3), ("sequential", 1)):
        p = result[phase]
        assert p["errors"] == 0 and p["output_tokens"] == 6 * 8
        # The engine runs in a child process: its CPU time is part of the server's.
        assert 0 < p["engine_cpu_ms_per_token"] <= p["server_cpu_ms_per_token"]
        assert 0 < p["engine_busy"] < 2  # one engine thread (plus a little I/O)
        # Read from /metrics: every request's prompt was prefilled, and a step emits at
        # most one token per row plus the first token of each prompt it prefilled.
        assert 1 <= p["prefill_calls"] <= 6
        assert 1 <= p["tokens_per_engine_step"] <= 2 * clients
        assert p["wall_ms_per_engine_step"] > 0
