"""Bits per byte: exact on models whose likelihood we can compute by hand."""

from __future__ import annotations

import json
import math

import pytest
import torch
import torch.nn.functional as F

from genforge.cli import main
from genforge.errors import GenforgeError
from genforge.eval.bpb import bits_per_byte
from genforge.models.gpt import GPT, GPTConfig


class UniformLM(torch.nn.Module):
    """Every next token equally likely: bpb = log2(V) × tokens / bytes, exactly."""

    def __init__(self, vocab: int) -> None:
        super().__init__()
        self.vocab = vocab

    def forward(self, idx):
        return torch.zeros(*idx.shape, self.vocab), None


def byte_encode(text: str) -> list[int]:
    return list(text.encode("utf-8"))


def test_uniform_model_gives_log2_vocab_per_token():
    texts = ["hello world", "ünïcödé bytes ✓", "x" * 300]
    r = bits_per_byte(UniformLM(257), byte_encode, texts, seq_len=64, bos_id=256)
    n_bytes = sum(len(t.encode()) for t in texts)
    # Byte-level with a BOS: one predicted token per byte.
    assert r.tokens == n_bytes
    assert r.bytes == n_bytes
    assert r.bpb == pytest.approx(math.log2(257), rel=1e-6)  # float32 logits


def test_matches_manual_cross_entropy_when_doc_fits_one_window():
    torch.manual_seed(0)
    cfg = GPTConfig(vocab_size=300, n_layer=1, n_head=2, n_embd=16, block_size=64)
    model = GPT(cfg).eval()
    text = "def f(x):\n    return x + 1\n"
    ids = [299, *byte_encode(text)]
    r = bits_per_byte(model, byte_encode, [text], seq_len=64, bos_id=299)
    with torch.no_grad():
        logits, _ = model(torch.tensor([ids[:-1]]))
        nll = F.cross_entropy(logits[0], torch.tensor(ids[1:]), reduction="sum").item()
    assert r.tokens == len(ids) - 1
    assert r.bpb == pytest.approx(nll / math.log(2) / len(text.encode()), rel=1e-5)


def test_long_documents_predict_every_token_once():
    text = "abcdefghij" * 25  # 250 bytes, windows of 16
    r = bits_per_byte(UniformLM(257), byte_encode, [text], seq_len=16, bos_id=256, batch_size=3)
    assert r.tokens == 250


def test_empty_data_is_a_clear_error():
    with pytest.raises(GenforgeError, match="empty"):
        bits_per_byte(UniformLM(257), byte_encode, ["", ""], seq_len=8, bos_id=256)


def test_cli_eval_bpb_json(tmp_path, capsys):
    from genforge.modeldir import save_model_dir
    from genforge.tokenizer import train_tokenizer

    corpus = ["def add(a, b):\n    return a + b\n" * 20, "import os\nprint(os.getcwd())\n" * 20]
    tok = train_tokenizer(corpus, vocab_size=300)
    cfg = GPTConfig(vocab_size=tok.vocab_size, n_layer=1, n_head=2, n_embd=16, block_size=32)
    save_model_dir(tmp_path / "m", GPT(cfg), tok)
    data = tmp_path / "held"
    data.mkdir()
    (data / "a.py").write_text("x = [i * i for i in range(10)]\n")
    assert main(["eval", "bpb", "--model", str(tmp_path / "m"), "--data", str(data), "--json"]) == 0
    out = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    # An untrained model is near uniform over its vocabulary.
    uniform = math.log2(tok.vocab_size) * out["tokens"] / out["bytes"]
    assert out["bpb"] == pytest.approx(uniform, rel=0.1)
    assert out["docs"] == 1


def test_cli_eval_bad_paths(tmp_path, capsys):
    assert main(["eval", "bpb", "--model", str(tmp_path / "nope"), "--data", "stdlib"]) == 2
    assert "error:" in capsys.readouterr().err
