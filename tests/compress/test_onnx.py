"""ONNX export run by onnxruntime: logits and KV cache against GPT.forward, greedy text
against the engine, dynamic axes, and the errors."""

from __future__ import annotations

import json

import numpy as np
import pytest
import torch

from genforge.cli import main
from genforge.compress.onnx_export import OnnxDecoder, export_onnx
from genforge.compress.quant import quantize_model_dir
from genforge.errors import GenforgeError
from genforge.infer.generate import generate
from genforge.modeldir import load_model_dir, save_model_dir
from genforge.models.gpt import GPT, GPTConfig
from genforge.tokenizer import train_tokenizer

pytest.importorskip("onnx")
pytest.importorskip("onnxscript")
pytest.importorskip("onnxruntime")

pytestmark = pytest.mark.usefixtures("one_thread")

TEXT = ["The quick brown fox jumps over the lazy dog. " * 30, "def f(x):\n    return x\n" * 30]


@pytest.fixture(scope="module", params=["llama", "gpt2"])
def exported(request, tmp_path_factory):
    arch = request.param
    tok = train_tokenizer(TEXT, vocab_size=300)
    torch.manual_seed(0)
    kw = {"n_kv_head": 2, "tie_embeddings": False} if arch == "llama" else {}
    cfg = GPTConfig(
        vocab_size=tok.vocab_size, n_layer=2, n_head=4, n_embd=64, block_size=64, arch=arch, **kw
    )
    model = GPT(cfg).eval()
    with torch.no_grad():
        for p in model.parameters():
            p.add_(torch.randn_like(p) * 0.2)  # non-trivial gains and biases, varied tokens
    root = tmp_path_factory.mktemp(f"onnx-{arch}")
    save_model_dir(root / "m", model, tok)
    if arch == "llama":  # through the command
        argv = ["export", "--format", "onnx", "--model", str(root / "m"), "--out"]
        assert main([*argv, str(root / "onnx"), "--json"]) == 0
    else:
        export_onnx(root / "m", root / "onnx")
    return root, load_model_dir(root / "m").model, tok


def test_logits_and_cache_match_genforge_with_dynamic_shapes(exported):
    root, model, _ = exported
    dec = OnnxDecoder(root / "onnx", threads=1)
    axes = {i.name: i.shape for i in dec.session.get_inputs()}
    assert axes["input_ids"] == ["batch", "seq"]
    assert axes["past_key_0"][2] == "past" and axes["past_value_1"][0] == "batch"
    g = torch.Generator().manual_seed(3)
    # Shapes the export never saw: batch 3 of 9 tokens, then 1 and 4 new tokens cached.
    ids = torch.randint(0, model.config.vocab_size, (3, 9), generator=g)
    with torch.no_grad():
        want = model(ids)[0]
    logits, past = dec.forward(ids.numpy())
    np.testing.assert_allclose(logits, want.numpy(), atol=1e-4, rtol=0)
    assert past[0].shape == (3, model.config.kv_head_count, 9, model.config.head_dim)
    full = ids
    for T in (1, 4):
        new = torch.randint(0, model.config.vocab_size, (3, T), generator=g)
        full = torch.cat([full, new], dim=1)
        logits, past = dec.forward(new.numpy(), past)
        with torch.no_grad():
            want = model(full)[0][:, -T:]
        np.testing.assert_allclose(logits, want.numpy(), atol=1e-4, rtol=0)
    assert past[-1].shape[2] == 14


def test_greedy_continuation_equals_the_engine(exported):
    root, model, tok = exported
    dec = OnnxDecoder(root / "onnx")
    for prompt in ("The quick", "def f(x):"):
        ids = tok.encode(prompt, add_bos=True)
        ours = generate(model, ids, max_new_tokens=24, temperature=0.0)
        assert dec.greedy(ids, 24) == ours
        assert len(ours) == 24
    meta = json.loads((root / "onnx" / "genforge_onnx.json").read_text())
    assert meta["outputs"][:3] == ["logits", "present_key_0", "present_value_0"]


def test_onnx_export_errors(exported, tmp_path, capsys):
    root, _, _ = exported
    if exported[1].config.arch != "llama":
        pytest.skip("arch-independent checks run once")
    base = ["export", "--format", "onnx", "--model", str(root / "m")]
    assert main([*base, "--out", str(tmp_path / "x"), "--dtype", "f16"]) == 2
    assert "--format onnx writes float32 only" in capsys.readouterr().err
    assert main([*base, "--out", str(root / "onnx")]) == 2  # exists, no --overwrite
    assert "pass --overwrite" in capsys.readouterr().err
    quantize_model_dir(root / "m", tmp_path / "q", "int8")
    assert main([*base[:-1], str(tmp_path / "q"), "--out", str(tmp_path / "y")]) == 2
    assert "export needs float weights" in capsys.readouterr().err
    with pytest.raises(GenforgeError, match="not a genforge ONNX export"):
        OnnxDecoder(root / "m")
    assert not (tmp_path / "x").exists() and not (tmp_path / "y").exists()
