"""Model dir: save/load round trip, atomic replace, and a clear error for each broken dir."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import torch
from safetensors.torch import load_file, save_file

from genforge.errors import GenforgeError
from genforge.modeldir import is_model_dir, load_model_dir, resolve_device, save_model_dir
from genforge.models.gpt import GPT, GPTConfig
from genforge.tokenizer import Tokenizer, train_tokenizer

TEXT = [
    "The quick brown fox jumps over the lazy dog. " * 20,
    "def add(a, b):\n    return a + b\n" * 20,
    "Sphinx of black quartz, judge my vow! 0123456789 " * 20,
]


@pytest.fixture(scope="module")
def tok() -> Tokenizer:
    return train_tokenizer(TEXT, vocab_size=320)


def make_model(tok: Tokenizer, **kw) -> GPT:
    torch.manual_seed(0)
    cfg = GPTConfig(vocab_size=tok.vocab_size, n_layer=2, n_head=4, n_embd=32, block_size=32)
    for k, v in kw.items():
        setattr(cfg, k, v)
    return GPT(cfg.validate()).eval()


@pytest.fixture
def saved(tmp_path, tok) -> Path:
    out = tmp_path / "model"
    save_model_dir(out, make_model(tok, n_kv_head=2, tie_embeddings=False), tok)
    return out


@pytest.mark.parametrize(
    "kw",
    [dict(arch="llama", n_kv_head=2, tie_embeddings=False), dict(arch="gpt2")],
    ids=["llama-untied", "gpt2-tied"],
)
def test_round_trip_gives_same_logits(tmp_path, tok, kw):
    model = make_model(tok, **kw)
    out = save_model_dir(
        tmp_path / "m",
        model,
        tok,
        card="# my card\n",
        generation_config={"temperature": 0.5},
        extra_config={"train": {"steps": 3}},
    )
    files = sorted(p.name for p in out.iterdir())
    assert files == sorted(
        [
            "card.md",
            "config.json",
            "generation_config.json",
            "model.safetensors",
            "special_tokens_map.json",
            "tokenizer.json",
            "tokenizer_config.json",
        ]
    )
    loaded = load_model_dir(out)
    idx = torch.randint(0, tok.vocab_size, (2, 16))
    torch.testing.assert_close(loaded.model(idx)[0], model(idx)[0], atol=0, rtol=0)
    assert loaded.model.config == model.config
    assert not loaded.model.training
    assert loaded.tokenizer.sha256 == tok.sha256
    assert loaded.config["model_type"] == "genforge-gpt"
    assert loaded.config["train"] == {"steps": 3}
    assert loaded.generation_config["temperature"] == 0.5
    assert loaded.generation_config["bos_token_id"] == tok.bos_id
    assert loaded.generation_config["eos_token_id"] == [tok.eos_id, tok.end_id]
    assert loaded.card_path.read_text() == "# my card\n"
    tied = kw["arch"] == "gpt2"
    assert (loaded.model.lm_head.weight is loaded.model.wte.weight) == tied
    names = load_file(out / "model.safetensors").keys()
    assert ("lm_head.weight" in names) == (not tied)


def test_load_with_dtype_and_auto_device(saved):
    loaded = load_model_dir(saved, device="auto", dtype="bfloat16")
    assert all(p.dtype == torch.bfloat16 for p in loaded.model.parameters())
    assert next(loaded.model.parameters()).device == resolve_device("auto")


def test_save_replaces_existing_model_dir_but_not_other_folders(tmp_path, tok, saved):
    newer = make_model(tok, n_layer=1)
    save_model_dir(saved, newer, tok)
    assert load_model_dir(saved).model.config.n_layer == 1
    assert [p.name for p in tmp_path.iterdir()] == ["model"]  # no temp dirs left behind
    other = tmp_path / "notes"
    other.mkdir()
    (other / "thesis.txt").write_text("precious")
    with pytest.raises(GenforgeError, match="refusing to replace"):
        save_model_dir(other, newer, tok)
    assert (other / "thesis.txt").read_text() == "precious"


def test_failed_save_leaves_previous_dir_intact(tmp_path, tok, saved):
    class Broken:
        vocab_size = tok.vocab_size
        bos_id = eos_id = end_id = pad_id = 0

        def save(self, *a, **k):
            raise OSError("disk full")

    before = (saved / "model.safetensors").read_bytes()
    with pytest.raises(OSError, match="disk full"):
        save_model_dir(saved, make_model(tok, n_layer=1), Broken())
    assert (saved / "model.safetensors").read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["model"]


def test_missing_dir_and_missing_files(tmp_path, saved):
    with pytest.raises(GenforgeError, match="model dir not found"):
        load_model_dir(tmp_path / "nope")
    (saved / "model.safetensors").unlink()
    with pytest.raises(GenforgeError, match="weights not found"):
        load_model_dir(saved)


def test_missing_config_and_tokenizer(tmp_path, tok):
    out = tmp_path / "m"
    save_model_dir(out, make_model(tok), tok)
    (out / "tokenizer.json").unlink()
    with pytest.raises(GenforgeError, match="tokenizer"):
        load_model_dir(out)
    (out / "config.json").unlink()
    with pytest.raises(GenforgeError, match="model config not found"):
        load_model_dir(out)


def test_foreign_and_malformed_config(saved):
    cfg_file = saved / "config.json"
    cfg = json.loads(cfg_file.read_text())
    cfg_file.write_text(json.dumps({"model_type": "llama", "hidden_size": 32}))
    with pytest.raises(GenforgeError, match="model_type is 'llama'"):
        load_model_dir(saved)
    cfg_file.write_text("{not json")
    with pytest.raises(GenforgeError, match="not valid JSON"):
        load_model_dir(saved)
    cfg_file.write_text(json.dumps({**cfg, "n_embd": 30}))
    with pytest.raises(GenforgeError, match="divisible by n_head"):
        load_model_dir(saved)


def test_truncated_weights(saved):
    f = saved / "model.safetensors"
    data = f.read_bytes()
    f.write_bytes(data[: len(data) // 2])
    with pytest.raises(GenforgeError, match=r"cannot read .*model.safetensors"):
        load_model_dir(saved)
    f.write_bytes(b"\x00" * 5)
    with pytest.raises(GenforgeError, match="cannot read"):
        load_model_dir(saved)


def test_garbage_header(saved):
    f = saved / "model.safetensors"
    f.write_bytes((200).to_bytes(8, "little") + b"{" * 200)
    with pytest.raises(GenforgeError, match="cannot read"):
        load_model_dir(saved)


def test_missing_unexpected_and_misshapen_tensors(saved):
    f = saved / "model.safetensors"
    tensors = load_file(f)
    partial = dict(tensors)
    del partial["blocks.1.attn.qkv.weight"]
    save_file(partial, f)
    with pytest.raises(GenforgeError, match=r"missing tensors \['blocks.1.attn.qkv.weight'\]"):
        load_model_dir(saved)
    save_file({**tensors, "extra.weight": torch.zeros(2)}, f)
    with pytest.raises(GenforgeError, match=r"unexpected tensors \['extra.weight'\]"):
        load_model_dir(saved)
    save_file({**tensors, "ln_f.weight": torch.ones(31)}, f)
    with pytest.raises(GenforgeError, match=r"ln_f.weight has shape \[31\]"):
        load_model_dir(saved)


def test_save_rejects_small_vocab_and_clashing_extras(tmp_path, tok):
    small = make_model(tok, vocab_size=100)
    with pytest.raises(GenforgeError, match="vocab_size"):
        save_model_dir(tmp_path / "a", small, tok)
    with pytest.raises(GenforgeError, match="n_layer"):
        save_model_dir(tmp_path / "b", make_model(tok), tok, extra_config={"n_layer": 5})
    assert not (tmp_path / "a").exists() and not (tmp_path / "b").exists()


def test_is_model_dir(saved, tmp_path):
    assert is_model_dir(saved)
    assert not is_model_dir(tmp_path)


def test_resolve_device():
    assert resolve_device("cpu") == torch.device("cpu")
    assert resolve_device("auto").type in ("cpu", "cuda", "mps")
    with pytest.raises(GenforgeError, match="unknown device"):
        resolve_device("tpu9")
    if not torch.cuda.is_available():
        with pytest.raises(GenforgeError, match="CUDA is not available"):
            resolve_device("cuda")


def test_saves_the_model_inside_a_compile_wrapper(tmp_path, tok):
    model = make_model(tok)
    wrapped = torch.compile(model)  # compiles lazily: no compilation happens here
    assert any(k.startswith("_orig_mod.") for k in wrapped.state_dict())
    save_model_dir(tmp_path / "m", wrapped, tok)
    idx = torch.randint(0, tok.vocab_size, (1, 8))
    torch.testing.assert_close(load_model_dir(tmp_path / "m").model(idx)[0], model(idx)[0])
