"""GGUF export read back with the gguf package's own reader: metadata, vocabulary,
tensors, and llama.cpp's rotary pairing of the query/key rows."""

from __future__ import annotations

import json

import pytest
import torch

from genforge.cli import main
from genforge.compress.gguf_export import export_gguf, pair_adjacent
from genforge.compress.quant import quantize_model_dir
from genforge.errors import GenforgeError
from genforge.modeldir import save_model_dir
from genforge.models.gpt import GPT, GPTConfig
from genforge.nn.rope import RotaryEmbedding, apply_rotary
from genforge.tokenizer import train_tokenizer

gguf = pytest.importorskip("gguf")

TEXT = ["The quick brown fox jumps over the lazy dog. " * 30, "def f(x):\n    return x\n" * 30]


@pytest.fixture(scope="module")
def model_dir(tmp_path_factory):
    tok = train_tokenizer(TEXT, vocab_size=300)
    torch.manual_seed(0)
    cfg = GPTConfig(
        vocab_size=tok.vocab_size + 4,
        n_layer=2,
        n_head=4,
        n_kv_head=2,
        n_embd=64,
        block_size=96,
        tie_embeddings=False,
        rope_theta=5000.0,
        norm_eps=1e-6,
    )
    model = GPT(cfg).eval()
    path = tmp_path_factory.mktemp("gguf") / "m"
    save_model_dir(path, model, tok)
    return path, model, tok


def field(reader, key):
    return reader.fields[key].contents()


def tensors(reader):
    return {t.name: t for t in reader.tensors}


def test_gguf_f32_metadata_vocab_and_tensors(model_dir, tmp_path):
    path, model, tok = model_dir
    cfg = model.config
    reader = gguf.GGUFReader(export_gguf(path, tmp_path / "m.gguf"))
    assert field(reader, "general.architecture") == "llama"
    assert field(reader, "llama.block_count") == 2
    assert field(reader, "llama.context_length") == 96
    assert field(reader, "llama.embedding_length") == 64
    assert field(reader, "llama.feed_forward_length") == cfg.ffn_dim
    assert field(reader, "llama.attention.head_count") == 4
    assert field(reader, "llama.attention.head_count_kv") == 2
    assert field(reader, "llama.rope.freq_base") == pytest.approx(5000.0)
    assert field(reader, "llama.attention.layer_norm_rms_epsilon") == pytest.approx(1e-6)
    assert field(reader, "tokenizer.ggml.model") == "gpt2"
    tokens = field(reader, "tokenizer.ggml.tokens")
    assert len(tokens) == cfg.vocab_size  # padded up to the model's rows
    assert tokens[: tok.vocab_size] == [tok.id_to_token(i) for i in range(tok.vocab_size)]
    assert field(reader, "tokenizer.ggml.bos_token_id") == tok.bos_id
    assert field(reader, "tokenizer.ggml.add_bos_token") is True
    types = field(reader, "tokenizer.ggml.token_type")
    assert types[tok.bos_id] == 3 and types[tok.vocab_size - 1] == 1
    merges = json.loads(tok.to_json())["model"]["merges"]
    assert len(field(reader, "tokenizer.ggml.merges")) == len(merges)

    ts = tensors(reader)
    assert len(ts) == 3 + 9 * 2  # embed, norm, output + 9 per block
    sd = model.state_dict()
    emb = ts["token_embd.weight"]
    assert list(emb.shape) == [64, cfg.vocab_size]  # GGUF lists the fastest dim first
    assert torch.equal(torch.from_numpy(emb.data.copy()), sd["wte.weight"])
    assert torch.equal(torch.from_numpy(ts["output.weight"].data.copy()), sd["lm_head.weight"])
    down = torch.from_numpy(ts["blk.1.ffn_down.weight"].data.copy())
    assert torch.equal(down, sd["blocks.1.mlp.down_proj.weight"])
    q, k, v = sd["blocks.0.attn.qkv.weight"].split([64, 32, 32])
    assert torch.equal(torch.from_numpy(ts["blk.0.attn_q.weight"].data.copy()), pair_adjacent(q, 4))
    assert torch.equal(torch.from_numpy(ts["blk.0.attn_k.weight"].data.copy()), pair_adjacent(k, 2))
    assert torch.equal(torch.from_numpy(ts["blk.0.attn_v.weight"].data.copy()), v)


def adjacent_pair_rotary(x, pos, theta):
    """llama.cpp's llama rotary (ggml rope mode 0), written out: dims (2i, 2i+1) rotate
    together by pos · theta^(-2i/hs)."""
    hs = x.shape[-1]
    inv = 1.0 / theta ** (torch.arange(0, hs, 2).float() / hs)
    ang = pos[:, None].float() * inv[None, :]  # (T, hs/2)
    a, b = x[..., 0::2], x[..., 1::2]
    out = torch.empty_like(x)
    out[..., 0::2] = a * ang.cos() - b * ang.sin()
    out[..., 1::2] = a * ang.sin() + b * ang.cos()
    return out


def test_paired_rows_under_llamacpp_rotary_give_our_attention_scores():
    torch.manual_seed(0)
    hs, nh, C, T = 16, 2, 32, 7
    Wq, Wk = torch.randn(nh * hs, C), torch.randn(nh * hs, C)
    x = torch.randn(T, C)
    cos, sin = RotaryEmbedding(hs, 64, 10000.0).tables(torch.device("cpu"), T)
    ours_q = apply_rotary((x @ Wq.t()).view(T, nh, hs).transpose(0, 1), cos[:T], sin[:T])
    ours_k = apply_rotary((x @ Wk.t()).view(T, nh, hs).transpose(0, 1), cos[:T], sin[:T])
    pos = torch.arange(T)
    theirs_q = adjacent_pair_rotary(
        (x @ pair_adjacent(Wq, nh).t()).view(T, nh, hs).transpose(0, 1), pos, 10000.0
    )
    theirs_k = adjacent_pair_rotary(
        (x @ pair_adjacent(Wk, nh).t()).view(T, nh, hs).transpose(0, 1), pos, 10000.0
    )
    ours = ours_q @ ours_k.transpose(-1, -2)
    theirs = theirs_q @ theirs_k.transpose(-1, -2)
    torch.testing.assert_close(theirs, ours, atol=1e-4, rtol=1e-4)
    # Without the pairing the scores differ: the check is not vacuous.
    plain = adjacent_pair_rotary((x @ Wq.t()).view(T, nh, hs).transpose(0, 1), pos, 10000.0)
    assert not torch.allclose(plain @ theirs_k.transpose(-1, -2), ours, atol=1e-2)


def test_gguf_f16_and_q8_0(model_dir, tmp_path):
    path, model, _ = model_dir
    sd = model.state_dict()
    want = sd["blocks.0.mlp.up_proj.weight"]
    f16 = tensors(gguf.GGUFReader(export_gguf(path, tmp_path / "h.gguf", dtype="f16")))
    assert f16["blk.0.ffn_up.weight"].tensor_type == gguf.GGMLQuantizationType.F16
    assert f16["blk.0.attn_norm.weight"].tensor_type == gguf.GGMLQuantizationType.F32
    got = torch.from_numpy(f16["blk.0.ffn_up.weight"].data.astype("float32"))
    torch.testing.assert_close(got, want, atol=1e-3, rtol=1e-3)
    q8 = tensors(gguf.GGUFReader(export_gguf(path, tmp_path / "q.gguf", dtype="q8_0")))
    t = q8["blk.0.ffn_up.weight"]
    assert t.tensor_type == gguf.GGMLQuantizationType.Q8_0
    back = torch.from_numpy(gguf.quants.dequantize(t.data, t.tensor_type).copy())
    step = want.reshape(-1, 32).abs().amax(1, keepdim=True) / 127  # Q8_0: blocks of 32
    assert ((back.reshape(-1, 32) - want.reshape(-1, 32)).abs() <= step / 2 + 1e-3).all()
    # 8.5 bits per weight against 16, plus the float norms and the vocabulary.
    assert (tmp_path / "q.gguf").stat().st_size < 0.6 * (tmp_path / "h.gguf").stat().st_size


def test_cli_gguf_and_its_errors(model_dir, tmp_path, capsys):
    path, _, _ = model_dir
    argv = ["export", "--format", "gguf", "--model", str(path), "--out", str(tmp_path / "a.gguf")]
    assert main([*argv, "--dtype", "q8_0", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["dtype"] == "q8_0"
    assert main(argv) == 2  # exists, no --overwrite
    assert "pass --overwrite" in capsys.readouterr().err
    assert main([*argv[:-1], str(tmp_path / "b.gguf"), "--dtype", "bfloat16"]) == 2
    assert "not a GGUF type" in capsys.readouterr().err
    quantize_model_dir(path, tmp_path / "q", "int8")
    with pytest.raises(GenforgeError, match="export needs float weights"):
        export_gguf(tmp_path / "q", tmp_path / "q.gguf")
    assert not (tmp_path / "q.gguf").exists()


@pytest.mark.parametrize("tied", [True, False])
def test_gguf_gpt2_round_trip(tmp_path, tied):
    """A gpt2-arch model under llama.cpp's gpt2 names: every tensor back, value for value,
    and the gpt2.* metadata llama.cpp's GPT-2 graph reads."""
    tok = train_tokenizer(TEXT, vocab_size=300)
    torch.manual_seed(1)
    cfg = GPTConfig(
        vocab_size=tok.vocab_size,
        arch="gpt2",
        n_layer=2,
        n_head=4,
        n_embd=64,
        block_size=80,
        norm_eps=1e-5,
        tie_embeddings=tied,
    )
    model = GPT(cfg).eval()
    with torch.no_grad():
        for p in model.parameters():
            p.add_(torch.randn_like(p) * 0.1)  # non-zero biases, gains off 1
    save_model_dir(tmp_path / "g", model, tok)
    reader = gguf.GGUFReader(export_gguf(tmp_path / "g", tmp_path / "g.gguf"))
    assert field(reader, "general.architecture") == "gpt2"
    assert field(reader, "gpt2.context_length") == 80
    assert field(reader, "gpt2.embedding_length") == 64
    assert field(reader, "gpt2.feed_forward_length") == 256
    assert field(reader, "gpt2.block_count") == 2
    assert field(reader, "gpt2.attention.head_count") == 4
    assert field(reader, "gpt2.attention.layer_norm_epsilon") == pytest.approx(1e-5)
    assert field(reader, "tokenizer.ggml.tokens")[:5] == [tok.id_to_token(i) for i in range(5)]
    got = tensors(reader)
    sd = model.state_dict()
    names = {
        "token_embd.weight": "wte.weight",
        "position_embd.weight": "wpe.weight",
        "output_norm.bias": "ln_f.bias",
        "blk.1.attn_qkv.weight": "blocks.1.attn.qkv.weight",
        "blk.1.attn_qkv.bias": "blocks.1.attn.qkv.bias",
        "blk.0.attn_output.weight": "blocks.0.attn.proj.weight",
        "blk.0.attn_norm.weight": "blocks.0.ln_1.weight",
        "blk.0.ffn_norm.bias": "blocks.0.ln_2.bias",
        "blk.1.ffn_up.weight": "blocks.1.mlp.fc.weight",
        "blk.1.ffn_down.bias": "blocks.1.mlp.proj.bias",
    }
    for theirs, ours in names.items():
        t = got[theirs]
        assert list(t.shape[::-1]) == list(sd[ours].shape)  # ggml lists dims innermost first
        back = torch.from_numpy(t.data.copy()).reshape(sd[ours].shape)
        assert torch.equal(back, sd[ours].float()), theirs
    assert ("output.weight" in got) is not tied
    assert len(got) == 4 + 12 * 2 + (not tied)
