"""A real 2-process torchrun (gloo on CPU) of `genforge pretrain`."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from genforge.cli import main
from genforge.modeldir import load_model_dir
from genforge.train.metrics import read_metrics

FLAGS = ["--preset", "tiny", "--no-progress", "--json", "--max-steps", "6"]
OVERRIDES = ["seq_len=32", "vocab_size=300", "log_every=2", "eval_tokens=2000"]


@pytest.mark.slow
def test_torchrun_two_ranks_match_one_process_with_the_global_batch(
    raw_text_dir, tmp_path, monkeypatch, capsys
):
    bindir = Path(sys.executable).parent
    env = {**os.environ, "GENFORGE_CACHE": str(tmp_path / "cache"), "OMP_NUM_THREADS": "1"}
    out = tmp_path / "ddp"
    proc = subprocess.run(
        [str(bindir / "torchrun"), "--standalone", "--nproc_per_node", "2",
         str(bindir / "genforge"), "pretrain", "--data", str(raw_text_dir), "--out", str(out),
         *FLAGS, "batch_size=4", *OVERRIDES],
        env=env, capture_output=True, text=True, timeout=180,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr[-3000:]
    lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("{")]
    assert len(lines) == 1  # only rank 0 reports
    ddp = json.loads(lines[0])
    assert ddp["world_size"] == 2 and ddp["steps"] == 6
    assert ddp["tokens"] == 6 * 2 * 4 * 32
    digests, checksums = ddp["first_batch_digests"], ddp["replica_checksums"]
    assert digests[0] != digests[1]  # the ranks read different rows
    assert checksums[0] == checksums[1]  # and ended with identical weights
    load_model_dir(out)

    # one process with the global batch (2 × 4 rows) sees the same rows: same model
    monkeypatch.setenv("GENFORGE_CACHE", str(tmp_path / "cache"))
    assert main(["pretrain", "--data", str(raw_text_dir), "--out", str(tmp_path / "one"),
                 *FLAGS, "batch_size=8", *OVERRIDES]) == 0  # fmt: skip
    single = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    # Summation order differs (two partial means vs one), and Adam turns such rounding in
    # near-zero gradients into full-size steps, so agreement is close but not bitwise.
    assert single["val_loss"] == pytest.approx(ddp["val_loss"], abs=2e-3)
    first = next(r for r in read_metrics(out / "run" / "metrics.jsonl") if "loss" in r)
    first_single = next(r for r in read_metrics(tmp_path / "one/run/metrics.jsonl") if "loss" in r)
    assert first["step"] == first_single["step"] == 2
    assert first["loss"] == pytest.approx(first_single["loss"], abs=1e-4)
