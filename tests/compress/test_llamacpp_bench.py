"""benchmarks/llamacpp.py end to end on a tiny model: each side in its own process, the
f32 pair's greedy tokens equal; without llama-cpp-python the script says it skipped."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest
import torch

from genforge.modeldir import save_model_dir
from genforge.models.gpt import GPT, GPTConfig
from genforge.tokenizer import train_tokenizer

pytestmark = pytest.mark.slow
SCRIPT = Path(__file__).resolve().parents[2] / "benchmarks" / "llamacpp.py"
TEXT = ["The quick brown fox jumps over the lazy dog. " * 30, "def f(x):\n    return x\n" * 30]


def test_llamacpp_benchmark_script(tmp_path):
    tok = train_tokenizer(TEXT, vocab_size=300)
    torch.manual_seed(0)
    cfg = GPTConfig(vocab_size=tok.vocab_size, n_layer=2, n_head=4, n_kv_head=2, n_embd=64)
    model = GPT(cfg).eval()
    with torch.no_grad():
        for p in model.parameters():
            p.add_(torch.randn_like(p) * 0.2)
    save_model_dir(tmp_path / "m", model, tok)
    argv = [sys.executable, str(SCRIPT), "--model", str(tmp_path / "m"), "--new-tokens", "12"]
    done = subprocess.run(
        [*argv, "--pairs", "1", "--runs", "1"], capture_output=True, text=True, timeout=600
    )
    assert done.returncode == 0, done.stderr[-2000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    if importlib.util.find_spec("llama_cpp") is None:
        assert "genforge[llamacpp]" in result["skipped"]
        return
    f32 = result["rows"]["f32"]
    assert f32["greedy_equal"] and f32["new_tokens"] == [12, 12]
    assert f32["genforge_tok_s"] > 0 and f32["llamacpp_tok_s"] > 0
    eight = result["rows"]["8bit"]  # int8 dir vs q8_0 file: both ran (other 8-bit schemes)
    assert eight["llamacpp_tok_s"] > 0 and 0 <= eight["equal_share"] <= 1
