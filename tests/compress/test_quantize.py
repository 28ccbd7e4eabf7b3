"""`genforge quantize`: int8/int4 formats, GPTQ against a plain reference, quantized model
dirs loaded by every consumer, and the errors a user can run into."""

from __future__ import annotations

import json

import pytest
import torch
import torch.nn.functional as F
from safetensors.torch import load_file, save_file
from torch import nn

from genforge.cli import main
from genforge.compress.quant import (
    collect_hessians,
    gptq_quantize,
    quantize_model,
    quantize_model_dir,
)
from genforge.errors import GenforgeError
from genforge.eval.bpb import evaluate_model_dir
from genforge.infer.generate import generate_text
from genforge.modeldir import load_model_dir, save_model_dir
from genforge.models.gpt import GPT, GPTConfig
from genforge.nn.quant import (
    LinearInt4,
    LinearInt8,
    dequantize_int4,
    int4_codes,
    int4_grid,
    pack_int4,
    quantize_int4,
    quantize_int8,
    unpack_int4,
)
from genforge.tokenizer import train_tokenizer

pytestmark = pytest.mark.usefixtures("one_thread")

TEXT = [
    "The quick brown fox jumps over the lazy dog. " * 40,
    "def add(a, b):\n    return a + b\n\nclass Point:\n    x: int = 0\n" * 30,
]


# ------------------------------------------------------------------ formats


def test_int4_pack_round_trip_and_rtn_error_bound():
    torch.manual_seed(0)
    codes = torch.randint(0, 16, (5, 64), dtype=torch.uint8)
    packed = pack_int4(codes)
    assert packed.shape == (5, 32) and packed.dtype == torch.uint8
    assert torch.equal(unpack_int4(packed), codes)
    assert torch.equal(packed[0, 0], codes[0, 0] | (codes[0, 1] << 4))  # low nibble first
    w = torch.randn(8, 128)
    c, s, z = quantize_int4(w, 32)
    back = dequantize_int4(pack_int4(c), s, z, 32)
    # Round to nearest: each weight within half a step of its group's grid.
    assert ((back - w).abs() <= s.repeat_interleave(32, 1) / 2 + 1e-6).all()
    assert c.max() <= 15 and z.max() <= 15


def test_int8_round_trip_error_bound():
    torch.manual_seed(0)
    w = torch.randn(16, 48)
    q, s = quantize_int8(w)
    assert q.dtype == torch.int8 and q.abs().max() == 127
    assert ((q.float() * s[:, None] - w).abs() <= s[:, None] / 2 + 1e-6).all()


@pytest.mark.parametrize("kernel", [False, True])
def test_quantized_linears_compute_their_dequantized_matrix(kernel, monkeypatch):
    torch.manual_seed(0)
    lin = nn.Linear(64, 32)
    x = torch.randn(2, 3, 64)
    monkeypatch.setattr(LinearInt8, "use_kernel", kernel)
    monkeypatch.setattr(LinearInt4, "use_kernel", kernel)
    for q in (LinearInt8.from_linear(lin), LinearInt4.from_linear(lin, 32)):
        want = F.linear(x, q.dequantized_weight(), lin.bias)
        torch.testing.assert_close(q(x), want, atol=1e-4, rtol=1e-4)
        with torch.no_grad():  # and close to the float layer
            assert ((q(x) - lin(x)).norm() / lin(x).norm()) < 0.1


# ------------------------------------------------------------------ GPTQ vs a plain reference


def reference_gptq(W, H, group_size, act_order, damp=0.01):
    """GPTQ written the slow, obvious way (float64): one column at a time in quantization
    order, its error spread over every remaining column through the explicit inverse
    Hessian, which is then downdated to drop the column (OBS). No Cholesky, no blocks."""
    W, H = W.double().clone(), H.double().clone()
    K = W.shape[1]
    dead = torch.diag(H) == 0
    H[dead, dead] = 1
    W[:, dead] = 0
    G = K // group_size
    scales = torch.zeros(W.shape[0], G, dtype=torch.float64)
    zeros = torch.zeros_like(scales)
    order = list(range(K))
    if act_order:
        for g in range(G):
            scales[:, g], zeros[:, g] = int4_grid(W[:, g * group_size : (g + 1) * group_size])
        order = torch.argsort(torch.diag(H), descending=True).tolist()
        Hd = H[order][:, order]
    else:
        Hd = H
    Hd = Hd + damp * torch.mean(torch.diag(Hd)) * torch.eye(K, dtype=torch.float64)
    Hinv = torch.linalg.inv(Hd)  # in quantization order
    codes = torch.zeros_like(W)
    for j, col in enumerate(order):
        g = col // group_size
        if not act_order and col % group_size == 0:
            scales[:, g], zeros[:, g] = int4_grid(W[:, col : col + group_size])
        q = int4_codes(W[:, col], scales[:, g], zeros[:, g])
        codes[:, col] = q
        err = (W[:, col] - (q - zeros[:, g]) * scales[:, g]) / Hinv[j, j]
        rest = order[j + 1 :]
        W[:, rest] -= err[:, None] * Hinv[j, j + 1 :][None, :]
        Hinv = Hinv - Hinv[:, j : j + 1] @ Hinv[j : j + 1, :] / Hinv[j, j]
    return codes.to(torch.uint8), scales, zeros.to(torch.uint8)


@pytest.mark.parametrize("act_order", [False, True])
@pytest.mark.parametrize("block_size", [32, 64])
def test_gptq_equals_the_reference(act_order, block_size):
    torch.manual_seed(0)
    K = 128
    W = torch.randn(6, K, dtype=torch.float64)
    X = torch.randn(300, K, dtype=torch.float64) * torch.linspace(0.2, 3, K, dtype=torch.float64)
    X[:, 5] = 0  # a dead input
    H = 2 * X.t() @ X / X.shape[0]
    codes, scales, zeros = gptq_quantize(W, H, 32, act_order=act_order, block_size=block_size)
    r_codes, r_scales, r_zeros = reference_gptq(W, H, 32, act_order)
    assert torch.equal(codes, r_codes)
    assert torch.equal(zeros, r_zeros)
    torch.testing.assert_close(scales.double(), r_scales, rtol=1e-6, atol=1e-9)


def test_gptq_reduces_the_layer_output_error_below_rtn():
    torch.manual_seed(1)
    W = torch.randn(32, 128)
    X = torch.randn(512, 128) @ torch.randn(128, 128) * 0.3  # correlated inputs
    H = 2 * X.t() @ X / X.shape[0]

    def output_error(codes, scales, zeros):
        Q = dequantize_int4(pack_int4(codes), scales, zeros, 64)
        return ((X @ (W - Q).t()) ** 2).sum()

    rtn = output_error(*quantize_int4(W, 64))
    assert output_error(*gptq_quantize(W, H, 64)) < 0.8 * rtn


# ------------------------------------------------------------------ model dirs


@pytest.fixture(scope="module")
def float_dir(tmp_path_factory):
    tok = train_tokenizer(TEXT, vocab_size=300)
    torch.manual_seed(0)
    cfg = GPTConfig(
        vocab_size=tok.vocab_size, n_layer=2, n_head=4, n_kv_head=2, n_embd=64, block_size=64
    )
    model = GPT(cfg).eval()
    with torch.no_grad():
        for p in model.parameters():
            p.mul_(3)  # larger weights: greedy decoding does not settle on one token
    path = tmp_path_factory.mktemp("quant") / "fp"
    save_model_dir(path, model, tok)
    (path.parent / "calib.txt").write_text("".join(TEXT), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def quant_dirs(float_dir):
    out = {}
    for method in ("int8", "int4-rtn", "int4-gptq", "nf4"):
        out[method] = float_dir.parent / method
        quantize_model_dir(
            float_dir,
            out[method],
            method,
            group_size=32,
            calibration=str(float_dir.parent / "calib.txt"),
            samples=16,
        )
    return out


@pytest.mark.parametrize("method", ["int8", "int4-rtn", "int4-gptq", "nf4"])
def test_quantized_dir_loads_and_stays_close(method, float_dir, quant_dirs):
    ref = load_model_dir(float_dir)
    q = load_model_dir(quant_dirs[method])
    config = json.loads((quant_dirs[method] / "config.json").read_text())
    assert config["quantization"]["method"] == method
    kind = {"int8": "LinearInt8", "nf4": "Linear4bit"}.get(method, "LinearInt4")
    assert type(q.model.blocks[1].mlp.down_proj).__name__ == kind
    ids = torch.tensor([ref.tokenizer.encode(TEXT[1], add_bos=True)[:64]])
    with torch.no_grad():
        a, b = ref.model(ids)[0], q.model(ids)[0]
    rel = ((a - b).norm() / a.norm()).item()
    # Random weights scaled up (the fixture): int4 errors compound through the layers.
    assert rel < (0.05 if method == "int8" else 0.5)
    size = (quant_dirs[method] / "model.safetensors").stat().st_size
    assert size < (float_dir / "model.safetensors").stat().st_size


def test_gptq_beats_rtn_on_the_model(float_dir, quant_dirs):
    ref = load_model_dir(float_dir)
    ids = torch.tensor([ref.tokenizer.encode(TEXT[1], add_bos=True)[:64]])
    with torch.no_grad():
        want = ref.model(ids)[0]
        err = {
            m: (load_model_dir(quant_dirs[m]).model(ids)[0] - want).norm().item()
            for m in ("int4-rtn", "int4-gptq")
        }
    assert err["int4-gptq"] < err["int4-rtn"]


def test_quantized_dir_runs_in_generate_eval_and_the_engine(float_dir, quant_dirs, capsys):
    path = quant_dirs["int4-gptq"]
    argv = ["generate", "--model", str(path), "--prompt", "def ", "--max-tokens", "8"]
    assert main([*argv, "--temperature", "0", "--device", "cpu", "--json"]) == 0
    cli = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    loaded = load_model_dir(path)
    direct = generate_text(
        loaded.model, loaded.tokenizer, "def ", max_new_tokens=8, temperature=0.0
    )
    assert cli["text"] == direct and cli["tokens"] > 0
    result = evaluate_model_dir(path, float_dir.parent / "calib.txt", device="cpu")
    fp = evaluate_model_dir(float_dir, float_dir.parent / "calib.txt", device="cpu")
    assert 0 < result["bpb"] < fp["bpb"] * 1.2


def test_quantized_dir_serves_openai_completions(quant_dirs):
    from fastapi.testclient import TestClient

    from genforge.serve import ServeMetrics, ServeSettings
    from genforge.serve.app import create_app
    from genforge.serve.server import build_engine

    engine = build_engine(quant_dirs["int8"], ServeSettings(), metrics=ServeMetrics(), device="cpu")
    with TestClient(create_app(engine)) as client:
        body = {"model": "int8", "prompt": "def ", "max_tokens": 5, "temperature": 0}
        r = client.post("/v1/completions", json=body)
    assert r.status_code == 200, r.text
    assert r.json()["usage"]["completion_tokens"] > 0


def test_cli_quantize_json(float_dir, tmp_path, capsys):
    argv = ["quantize", "--model", str(float_dir), "--out", str(tmp_path / "q")]
    assert main([*argv, "--method", "int4-rtn", "--group-size", "64", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["method"] == "int4-rtn" and result["group_size"] == 64
    assert result["weight_bytes_after"] < result["weight_bytes_before"] / 2
    with pytest.raises(SystemExit) as exit_info:
        main(["quantize", "--help"])
    assert exit_info.value.code == 0
    assert "int4-gptq" in capsys.readouterr().out


# ------------------------------------------------------------------ errors


def test_unknown_method_and_bad_group_size_exit_2(float_dir, tmp_path, capsys):
    base = ["quantize", "--model", str(float_dir), "--out", str(tmp_path / "q")]
    assert main([*base, "--method", "int3"]) == 2
    assert "unknown quantization method 'int3'" in capsys.readouterr().err
    # 64-wide layers: a group of 128 does not fit
    assert main([*base, "--method", "int4-rtn", "--group-size", "128"]) == 2
    err = capsys.readouterr().err
    assert "group size 128 does not divide the layer width 64" in err and "[32, 64]" in err
    assert main([*base, "--method", "int4-rtn", "--group-size", "48"]) == 2
    assert "group size must be one of [32, 64, 128]" in capsys.readouterr().err
    assert not (tmp_path / "q").exists()


def test_quantized_dir_refused_where_float_weights_are_needed(quant_dirs, tmp_path, capsys):
    argv = ["quantize", "--model", str(quant_dirs["int8"]), "--out", str(tmp_path / "q2")]
    assert main([*argv, "--method", "int8"]) == 2
    err = capsys.readouterr().err
    assert "is a quantized model dir (int8); quantize needs float weights" in err
    with pytest.raises(GenforgeError, match="sft needs float weights"):
        load_model_dir(quant_dirs["int4-gptq"], require_float="sft")
    argv = ["export", "--model", str(quant_dirs["nf4"]), "--out", str(tmp_path / "hf")]
    assert main(argv) == 2
    assert "export needs float weights" in capsys.readouterr().err


def test_corrupted_packed_tensor_is_refused(quant_dirs, tmp_path):
    import shutil

    bad = tmp_path / "bad"
    shutil.copytree(quant_dirs["int4-rtn"], bad)
    file = bad / "model.safetensors"
    from safetensors import safe_open

    with safe_open(str(file), framework="pt") as f:
        metadata = f.metadata()
    tensors = load_file(str(file))
    name = "blocks.0.attn.qkv.qweight"
    tensors[name][0, 0] ^= 0xFF  # one flipped byte: still valid uint8 codes
    save_file(tensors, str(file), metadata=metadata)
    with pytest.raises(GenforgeError, match=f"quantized tensor {name} does not match its checksum"):
        load_model_dir(bad)
    # A zero point outside 0..15 (with a checksum recomputed to match) is caught too.
    tensors[name][0, 0] ^= 0xFF
    tensors["blocks.0.attn.qkv.scales"][0, 0] = -1.0
    save_file(tensors, str(file), metadata=metadata)
    with pytest.raises(GenforgeError, match="non-positive scales"):
        load_model_dir(bad)


def test_gptq_in_place_on_a_model_needs_calibration():
    model = GPT(GPTConfig(vocab_size=64, n_layer=1, n_embd=64, n_head=4)).eval()
    with pytest.raises(GenforgeError, match="needs calibration text"):
        quantize_model(model, "int4-gptq", group_size=32)
    hs = collect_hessians(model, ["blocks.0.attn.qkv"], [torch.randint(0, 64, (2, 8))])
    assert hs["blocks.0.attn.qkv"].shape == (64, 64)


# ------------------------------------------------------------------ the engine's decode step


def _quantized_gpt(arch: str, method: str) -> GPT:
    torch.manual_seed(1)
    kw = {"n_kv_head": 2} if arch == "llama" else {}
    cfg = GPTConfig(vocab_size=97, n_layer=2, n_head=4, n_embd=64, block_size=48, arch=arch, **kw)
    model = GPT(cfg).eval()
    with torch.no_grad():
        for p in model.parameters():
            p.add_(torch.randn_like(p) * 0.3)  # every term (biases, gains) matters
    quantize_model(model, method, group_size=32)
    return model


def _greedy_by_forward(model: GPT, ids: list[int], n: int) -> list[int]:
    """Greedy continuation by full-sequence forwards: no cache, no decode step."""
    out = list(ids)
    with torch.no_grad():
        for _ in range(n):
            out.append(int(model(torch.tensor([out]))[0][0, -1].argmax()))
    return out[len(ids) :]


@pytest.mark.parametrize("method", ["int8", "int4-rtn", "nf4"])
@pytest.mark.parametrize("arch", ["llama", "gpt2"])
def test_quantized_models_take_the_decode_step_with_forward_numbers(arch, method):
    from genforge.infer.decode_step import decode_step_for
    from genforge.infer.generate import generate
    from genforge.nn.kv_cache import SlotKVCache

    model = _quantized_gpt(arch, method)
    step = decode_step_for(model)
    assert step is not None
    ref, pool = (SlotKVCache.for_model(model, 1) for _ in range(2))
    with torch.inference_mode():
        for p in (ref, pool):
            model(torch.tensor([[1, 5, 9]]), kv_cache=p.rows(0, 1))
        for t in (4, 50, 7, 96, 3):
            want = model(torch.tensor([[t]]), kv_cache=ref.rows(0, 1))[0][:, -1]
            torch.testing.assert_close(step.step([t], pool, 0, 1), want, atol=2e-5, rtol=1e-5)
    prompt = [1, 5, 9, 2]
    assert generate(model, prompt, max_new_tokens=12, temperature=0.0) == _greedy_by_forward(
        model, prompt, 12
    )


def test_decode_step_rebuilds_when_codes_change_and_skips_the_aten_kernels(monkeypatch):
    from genforge.infer.decode_step import decode_step_for

    model = _quantized_gpt("llama", "int8")
    first = decode_step_for(model)
    assert decode_step_for(model) is first
    layer = model.blocks[0].mlp.up_proj
    state = {k: v.clone() for k, v in layer.state_dict().items()}
    state["qweight"] = torch.flip(state["qweight"], dims=[0])
    layer.load_state_dict(state)  # in place: same tensors, new contents
    second = decode_step_for(model)
    assert second is not first
    torch.testing.assert_close(second.layers[0]["up"].t(), layer.dequantized_weight())
    monkeypatch.setattr(LinearInt8, "use_kernel", True)
    assert decode_step_for(model) is None
