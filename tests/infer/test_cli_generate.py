"""`genforge generate` run in-process through the real CLI entry point."""

from __future__ import annotations

import json

import pytest
import torch

from genforge.cli import main
from genforge.infer.generate import generate_text
from genforge.modeldir import load_model_dir, save_model_dir
from genforge.models.gpt import GPT, GPTConfig
from genforge.tokenizer import train_tokenizer


@pytest.fixture(scope="module")
def model_dir(tmp_path_factory):
    tok = train_tokenizer(["the cat sat on the mat. " * 40, "a dog ran far away. " * 40], 300)
    torch.manual_seed(0)
    cfg = GPTConfig(vocab_size=tok.vocab_size, n_layer=2, n_embd=32, block_size=64)
    out = tmp_path_factory.mktemp("cli") / "model"
    save_model_dir(out, GPT(cfg), tok)
    return out


def test_generate_greedy_json(model_dir, capsys):
    argv = ["generate", "--model", str(model_dir), "--prompt", "the cat", "--temperature", "0"]
    argv += ["--max-tokens", "12", "--device", "cpu", "--json"]
    assert main(argv) == 0
    result = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    loaded = load_model_dir(model_dir)
    expected = generate_text(
        loaded.model, loaded.tokenizer, "the cat", max_new_tokens=12, temperature=0
    )
    assert result["text"] == expected
    assert 0 < result["tokens"] <= 12
    assert result["tokens_per_s"] > 0


def test_generate_plain_text_seeded_is_reproducible(model_dir, capsys):
    argv = ["generate", "--model", str(model_dir), "--prompt", "a dog", "--seed", "5"]
    argv += ["--max-tokens", "10", "--top-k", "20", "--top-p", "0.9"]
    assert main(argv) == 0
    first = capsys.readouterr().out
    assert main(argv) == 0
    assert capsys.readouterr().out == first


def test_generate_errors_exit_2_with_message(tmp_path, model_dir, capsys):
    assert main(["generate", "--model", str(tmp_path / "missing"), "--prompt", "x"]) == 2
    assert "model dir not found" in capsys.readouterr().err
    argv = ["generate", "--model", str(model_dir), "--prompt", "x", "--temperature", "-1"]
    assert main(argv) == 2
    assert "temperature must be a number in [0, 100]" in capsys.readouterr().err


def test_generate_warns_when_max_tokens_is_clamped_and_reports_finish_reason(model_dir, capsys):
    # Issue 22 item 7: --max-tokens 100000 returned what the context allowed, without a word.
    argv = ["generate", "--model", str(model_dir), "--prompt", "the cat", "--temperature", "0"]
    assert main([*argv, "--max-tokens", "100000", "--device", "cpu", "--json"]) == 0
    captured = capsys.readouterr()
    result = json.loads(captured.out.strip().splitlines()[-1])
    assert "warning: --max-tokens 100000" in captured.err and "context of 64" in captured.err
    assert result["clamped"] is True and result["max_tokens"] < 64
    assert result["finish_reason"] in ("length", "stop")
    if result["finish_reason"] == "length":
        assert result["tokens"] == result["max_tokens"]

    assert main([*argv, "--max-tokens", "3", "--device", "cpu", "--json"]) == 0
    captured = capsys.readouterr()
    result = json.loads(captured.out.strip().splitlines()[-1])
    assert "warning" not in captured.err and result["clamped"] is False
    assert result["finish_reason"] == ("length" if result["tokens"] == 3 else "stop")
