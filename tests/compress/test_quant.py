"""NF4 quantization: the levels, nearest-level coding, double quantization, 4-bit base + LoRA."""

from __future__ import annotations

import pytest
import torch
import torch.nn.functional as F
from safetensors.torch import load_file, save_file
from torch import nn

from genforge.compress.quant import quantize_base_nf4, weight_bytes
from genforge.models.gpt import GPT, GPTConfig
from genforge.nn.quant import BLOCK, Linear4bit, dequantize_nf4, nf4_levels, quantize_nf4
from genforge.tune.lora import apply_lora, lora_modules, merge_lora, trainable_parameters

# The NF4 data type as tabulated in the QLoRA paper (Dettmers et al. 2023, appendix E).
PAPER_NF4 = [
    -1.0, -0.6961928009986877, -0.5250730514526367, -0.39491748809814453,
    -0.28444138169288635, -0.18477343022823334, -0.09105003625154495, 0.0,
    0.07958029955625534, 0.16093020141124725, 0.24611230194568634, 0.33791524171829224,
    0.44070982933044434, 0.5626170039176941, 0.7229568362236023, 1.0,
]  # fmt: skip


pytestmark = pytest.mark.usefixtures("one_thread")


def test_levels_match_the_published_nf4_table():
    torch.testing.assert_close(nf4_levels(), torch.tensor(PAPER_NF4), atol=1e-6, rtol=0)


@pytest.mark.parametrize("shape", [(64, 128), (7, 13), (1, 1), (33, 65)])
def test_codes_are_the_nearest_level_of_each_block(shape):
    w = torch.randn(shape, generator=torch.Generator().manual_seed(0))
    q = quantize_nf4(w)
    deq = dequantize_nf4(q)
    assert deq.shape == w.shape
    flat = F.pad(w.reshape(-1), (0, (-w.numel()) % BLOCK)).view(-1, BLOCK)
    absmax = flat.abs().amax(dim=1, keepdim=True)
    # Brute force: the level nearest each normalized weight, scaled back.
    dist = ((flat / absmax).unsqueeze(-1) - nf4_levels()).abs()
    expected = (nf4_levels()[dist.argmin(-1)] * absmax).reshape(-1)[: w.numel()].view(shape)
    torch.testing.assert_close(deq, expected, atol=1e-6, rtol=0)
    # Each block's largest-magnitude weight is a level (±1) and comes back exactly.
    assert q.nbytes() == (w.numel() + 1) // 2 + 4 * flat.shape[0]


def test_nf4_beats_uniform_int4_on_normal_weights():
    """The reason NF4 exists: for normally distributed weights, quantiles beat even spacing."""
    w = torch.randn(256, 256, generator=torch.Generator().manual_seed(1))
    nf4_err = (dequantize_nf4(quantize_nf4(w)) - w).pow(2).mean()
    blocks = w.reshape(-1, BLOCK)
    scale = blocks.abs().amax(1, keepdim=True) / 7
    int4 = (torch.round(blocks / scale).clamp(-7, 7) * scale).reshape(w.shape)
    int4_err = (int4 - w).pow(2).mean()
    assert nf4_err < 0.85 * int4_err


def test_double_quant_saves_bytes_and_keeps_the_scales():
    w = torch.randn(512, 512, generator=torch.Generator().manual_seed(2))
    single, double = quantize_nf4(w), quantize_nf4(w, double_quant=True)
    assert double.absmax.dtype == torch.uint8
    # 32 -> 8 bits per 64-weight block, plus one fp32 scale per 256 blocks and one offset.
    n_blocks = single.absmax.numel()
    assert double.nbytes() == single.nbytes() - 3 * n_blocks + 4 * (-(-n_blocks // 256)) + 4
    bits_per_weight = 8 * double.nbytes() / w.numel()
    assert bits_per_weight < 4.2
    a, b = dequantize_nf4(single), dequantize_nf4(double)
    spread = single.absmax.max() - single.absmax.min()
    assert (a - b).abs().max() <= spread / 254 + 1e-6
    err_single = (a - w).pow(2).mean()
    assert (b - w).pow(2).mean() < 1.02 * err_single


def test_linear4bit_forward_is_the_dequantized_linear_and_frozen():
    torch.manual_seed(3)
    lin = nn.Linear(40, 24)
    q = Linear4bit(lin)
    x = torch.randn(3, 5, 40)
    torch.testing.assert_close(
        q(x), F.linear(x, q.dequantized_weight(), lin.bias), atol=1e-6, rtol=1e-6
    )
    assert all(not p.requires_grad for p in q.parameters())
    rel = (q(x) - lin(x)).norm() / lin(x).norm()
    assert rel < 0.15
    # Buffers save and load through safetensors without pickle.
    state = {k: v.contiguous() for k, v in q.state_dict().items()}
    again = Linear4bit(nn.Linear(40, 24))
    again.load_state_dict(state)
    torch.testing.assert_close(again(x), q(x), atol=0, rtol=0)


def tiny_gpt() -> GPT:
    torch.manual_seed(0)
    cfg = GPTConfig(vocab_size=300, n_layer=2, n_head=4, n_kv_head=2, n_embd=64, block_size=32)
    return GPT(cfg).eval()


def test_quantized_gpt_memory_and_logit_error(tmp_path):
    model = tiny_gpt()
    idx = torch.randint(0, 300, (2, 24), generator=torch.Generator().manual_seed(4))
    ref = model(idx)[0]
    fp32 = weight_bytes(model)
    quantize_base_nf4(model, double_quant=True)
    q = weight_bytes(model)
    assert q["linear"] * 7 < fp32["linear"]  # ~4.13 bits vs 32
    assert q["linear"] * 3.5 < fp32["linear"] / 2  # and > 3.5x smaller than bf16
    assert sum(isinstance(m, Linear4bit) for m in model.modules()) == 2 * 5  # qkv, proj, MLP
    out = model(idx)[0]
    assert (out - ref).norm() / ref.norm() < 0.1
    save_file(
        {k: v.contiguous() for k, v in model.state_dict().items() if k != "lm_head.weight"},
        str(tmp_path / "q.safetensors"),
    )
    again = quantize_base_nf4(tiny_gpt(), double_quant=True)
    again.load_state_dict(load_file(str(tmp_path / "q.safetensors")), strict=False)
    torch.testing.assert_close(again(idx)[0], out, atol=0, rtol=0)


def test_qlora_trains_adapters_on_a_4bit_base_and_merges_to_float():
    model = quantize_base_nf4(tiny_gpt())
    apply_lora(model, "8,16,0,q,v,mlp")
    assert all(isinstance(m.base, Linear4bit) for m in lora_modules(model).values())
    counts = trainable_parameters(model)
    assert counts["total"] == tiny_gpt().num_params() + counts["trainable"]
    packed_before = [m.base.packed.clone() for m in lora_modules(model).values()]
    row = torch.randint(0, 300, (1, 25), generator=torch.Generator().manual_seed(5))
    x, y = row[:, :-1].repeat(4, 1), row[:, 1:].repeat(4, 1)
    opt = torch.optim.AdamW([p for p in model.parameters() if p.requires_grad], lr=5e-2)
    model.train()
    first = None
    for _ in range(20):
        loss = model(x, y)[1]
        first = first if first is not None else loss.item()
        opt.zero_grad()
        loss.backward()
        opt.step()
    model.eval()
    final = model(x, y)[1].item()
    assert final < first - 0.5  # nats: the adapters learn the row through a frozen 4-bit base
    for before, m in zip(packed_before, lora_modules(model).values()):
        assert torch.equal(before, m.base.packed)
    logits = model(x)[0]
    merged = merge_lora(model)  # dequantized base + adapter: an ordinary float GPT
    assert not any(isinstance(m, Linear4bit) for m in merged.modules())
    torch.testing.assert_close(merged(x)[0], logits, atol=1e-4, rtol=1e-4)
