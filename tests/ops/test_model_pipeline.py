"""ci/model-pipeline.sh run locally, as CI runs it: train, evaluate, register, gate, promote;
a second run that trains a worse model is refused by the gate and production stays."""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from pathlib import Path

import pytest

from genforge.ops.registry import Registry

ROOT = Path(__file__).parents[2]
SCRIPT = ROOT / "ci" / "model-pipeline.sh"
TINY = "seq_len=32 batch_size=4 vocab_size=300 eval_tokens=2000 log_every=5"


def _corpus(root: Path, seed: int) -> Path:
    root.mkdir()
    rng = random.Random(seed)
    words = "alpha beta gamma delta value result items total index count".split()
    for i in range(60):
        body = "\n".join(
            f"    {rng.choice(words)} = {rng.choice(words)} + {rng.randint(0, 9)}" for _ in range(8)
        )
        (root / f"mod_{i:02d}.py").write_text(f"def f{i}(x):\n{body}\n    return x\n")
    return root


def _run(tmp_path: Path, work: str, steps: int) -> subprocess.CompletedProcess:
    env = {
        **os.environ,
        "GENFORGE": f"{sys.executable} -m genforge.cli",
        "PYTHONPATH": str(ROOT / "src"),
        "GENFORGE_REGISTRY": str(tmp_path / "registry"),
        "GENFORGE_CACHE": str(tmp_path / "cache"),
        "WORK": str(tmp_path / work),
        "DATA": str(tmp_path / "corpus"),
        "TIME_BUDGET": "120",
        "PRETRAIN_ARGS": f"--max-steps {steps} {TINY}",
        "SUITE": str(tmp_path / "suite.yaml"),
        "MODEL_NAME": "ci-model",
    }
    return subprocess.run(
        ["bash", str(SCRIPT)], env=env, capture_output=True, text=True, timeout=600
    )


@pytest.mark.slow  # two tiny trainings and eight CLI starts: about 80 s on a loaded 2-core box
def test_pipeline_promotes_a_good_model_and_refuses_a_worse_one(tmp_path):
    _corpus(tmp_path / "corpus", seed=0)
    # Held-out text from the same source the model trains on, as a user's val split would be.
    heldout = _corpus(tmp_path / "heldout", seed=1)
    (tmp_path / "suite.yaml").write_text(f"bpb: {{data: {heldout}, max_bytes: 20000}}\n")
    first = _run(tmp_path, "run1", steps=40)
    assert first.returncode == 0, first.stderr[-3000:]
    promoted = json.loads(first.stdout.strip().splitlines()[-1])
    assert promoted["promoted"] and promoted["version"] == 1
    second = _run(tmp_path, "run2", steps=1)
    assert second.returncode == 1, second.stderr[-3000:]
    assert "refused: bpb = " in second.stderr and "higher than ci-model@v1's" in second.stderr
    reg = Registry(tmp_path / "registry")
    assert reg.get("ci-model@production").version == 1
    staged = reg.get("ci-model@staging")
    assert staged.version == 2 and staged.tags["revision"]
    assert staged.metrics["metrics"]["bpb"] > reg.get("ci-model@1").metrics["metrics"]["bpb"]
    assert staged.lineage["stage"] == "pretrain" and staged.lineage["data_fingerprint"]
