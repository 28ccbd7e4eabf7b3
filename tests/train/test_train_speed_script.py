"""benchmarks/gpu/train_speed.py runs end to end on a CPU at its toy size (the GPU run is the
lead's); its JSON has every figure the GPU run reports."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_toy_run_reports_every_figure(tmp_path):
    data = tmp_path / "text"
    data.mkdir()
    stdlib = Path(sysconfig.get_paths()["stdlib"])
    for path in sorted(stdlib.glob("*.py"))[:30]:
        (data / path.name).write_bytes(path.read_bytes())
    out = tmp_path / "result.json"
    env = {**os.environ, "GENFORGE_CACHE": str(tmp_path / "cache"), "PYTHONPATH": str(ROOT / "src")}
    cmd = [sys.executable, str(ROOT / "benchmarks/gpu/train_speed.py"), "--toy"]
    cmd += ["--data", str(data), "--pretrain-budget", "25", "--out-json", str(out)]
    subprocess.run(cmd, check=True, env=env, timeout=600, stdout=subprocess.DEVNULL)
    result = json.loads(out.read_text())
    assert result["device"] == "cpu"
    for side in ("ours", "peer", "peer_same_batch"):
        assert result[side]["steps"] > 0
    # A few toy steps on a busy CPU need not learn much; the figures must be there and sane.
    assert 0 < result["ours"]["val_loss"] < 7 and 0 < result["peer"]["val_loss"] < 7
    assert result["ours"]["curve"] and result["peer"]["curve"]
    assert 0.85 < result["memory"]["ratio"] < 1.15
    assert result["auto_size"]["val_bpb"] > 0
    assert "time_to_peer_final_loss" in result
