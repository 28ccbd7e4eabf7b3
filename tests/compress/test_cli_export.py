"""`genforge export` run in-process through the real CLI entry point."""

from __future__ import annotations

import json

import pytest
import torch

from genforge.cli import main
from genforge.modeldir import save_model_dir
from genforge.models.gpt import GPT, GPTConfig
from genforge.tokenizer import train_tokenizer

transformers = pytest.importorskip("transformers")


def test_cli_export_hf_loads_in_transformers(tmp_path, capsys):
    tok = train_tokenizer(["the cat sat on the mat. " * 40], 300)
    torch.manual_seed(0)
    model = GPT(GPTConfig(vocab_size=tok.vocab_size, n_layer=1, n_embd=32, n_kv_head=2)).eval()
    save_model_dir(tmp_path / "m", model, tok)
    argv = ["export", "--format", "hf", "--model", str(tmp_path / "m")]
    argv += ["--out", str(tmp_path / "hf"), "--dtype", "float16", "--json"]
    assert main(argv) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["architecture"] == "LlamaForCausalLM" and result["dtype"] == "float16"
    hf = transformers.AutoModelForCausalLM.from_pretrained(tmp_path / "hf")
    assert hf.model.embed_tokens.weight.dtype == torch.float16
    idx = torch.randint(0, tok.vocab_size, (1, 8))
    with torch.no_grad():
        diff = (hf.float()(idx).logits - model(idx)[0]).abs().max().item()
    assert diff < 1e-2


def test_cli_export_missing_model_exits_2(tmp_path, capsys):
    argv = ["export", "--model", str(tmp_path / "nope"), "--out", str(tmp_path / "hf")]
    assert main(argv) == 2
    assert "model dir not found" in capsys.readouterr().err
    assert not (tmp_path / "hf").exists()


def test_cli_export_refuses_a_non_empty_out_unless_overwrite(tmp_path, capsys):
    # Issue 22 item 1: a second export silently replaced the first one.
    tok = train_tokenizer(["the cat sat on the mat. " * 40], 300)
    save_model_dir(
        tmp_path / "m",
        GPT(GPTConfig(vocab_size=tok.vocab_size, n_layer=1, n_embd=32, n_kv_head=2)),
        tok,
    )
    argv = ["export", "--model", str(tmp_path / "m"), "--out", str(tmp_path / "hf")]
    assert main(argv) == 0
    first = (tmp_path / "hf" / "model.safetensors").stat().st_mtime_ns
    assert main([*argv, "--dtype", "float16"]) == 2
    err = capsys.readouterr().err
    assert f"--out {tmp_path / 'hf'} is not empty" in err and "--overwrite" in err
    assert (tmp_path / "hf" / "model.safetensors").stat().st_mtime_ns == first
    assert main([*argv, "--dtype", "float16", "--overwrite"]) == 0
    assert json.loads((tmp_path / "hf" / "config.json").read_text())["torch_dtype"] == "float16"
    # --overwrite replaces an earlier export only, never a folder of other files
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "notes.txt").write_text("keep me")
    assert main([*argv[:4], str(tmp_path / "mine"), "--overwrite"]) == 2
    assert (tmp_path / "mine" / "notes.txt").read_text() == "keep me"
