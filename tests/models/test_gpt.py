"""GPT model: config validation, attention paths, KV cache, loss, presets."""

from __future__ import annotations

import dataclasses
import math

import pytest
import torch
import torch.nn.functional as F

from genforge.errors import GenforgeError
from genforge.models.gpt import GPT, PRESETS, GPTConfig, config_from_preset, lm_loss
from genforge.nn.kv_cache import SlotKVCache

ARCHS = {
    "llama-gqa": dict(arch="llama", n_head=4, n_kv_head=2, tie_embeddings=False),
    "llama-mha": dict(arch="llama", n_head=4, n_kv_head=None, tie_embeddings=True),
    "gpt2": dict(arch="gpt2", n_head=4, tie_embeddings=True),
}


def tiny(variant: str = "llama-gqa", **kw) -> GPTConfig:
    base = dict(vocab_size=97, n_layer=2, n_embd=32, block_size=24)
    return GPTConfig(**{**base, **ARCHS[variant], **kw}).validate()


def build(cfg: GPTConfig, seed: int = 0) -> GPT:
    torch.manual_seed(seed)
    model = GPT(cfg)
    # Perturb the norm gains and biases so the parity checks also exercise them.
    with torch.no_grad():
        for p in model.parameters():
            if p.ndim == 1:
                p.add_(0.1 * torch.randn_like(p))
    return model.eval()


@pytest.mark.parametrize("variant", list(ARCHS))
def test_math_and_sdpa_agree_forward_and_backward(variant):
    torch.manual_seed(1)
    idx = torch.randint(0, 97, (3, 17))
    tgt = torch.randint(0, 97, (3, 17))
    results = {}
    for impl in ("math", "sdpa"):
        model = build(tiny(variant, attn_impl=impl))
        logits, loss = model(idx, tgt)
        loss.backward()
        grads = {n: p.grad.clone() for n, p in model.named_parameters()}
        results[impl] = (logits.detach(), loss.detach(), grads)
    (lm, lossm, gm), (ls, losss, gs) = results["math"], results["sdpa"]
    torch.testing.assert_close(lm, ls, atol=1e-5, rtol=1e-5)
    torch.testing.assert_close(lossm, losss, atol=1e-6, rtol=1e-6)
    assert gm.keys() == gs.keys()
    for name in gm:
        torch.testing.assert_close(gm[name], gs[name], atol=1e-5, rtol=1e-4, msg=name)
    assert all(g.abs().sum() > 0 for g in gm.values())


@pytest.mark.parametrize("impl", ["math", "sdpa"])
@pytest.mark.parametrize("variant", list(ARCHS))
def test_kv_cache_incremental_equals_full_forward(variant, impl):
    model = build(tiny(variant, attn_impl=impl))
    torch.manual_seed(2)
    idx = torch.randint(0, 97, (2, 20))
    full, _ = model(idx)
    pool = SlotKVCache.for_model(model, 2)
    # A prefill chunk, a multi-token chunk after cached positions, then single tokens.
    pieces = [model(idx[:, a:b], kv_cache=pool.rows(0, 2))[0] for a, b in ((0, 7), (7, 11))]
    pieces += [model(idx[:, t : t + 1], kv_cache=pool.rows(0, 2))[0] for t in range(11, 20)]
    assert pool.lengths == [20, 20]
    torch.testing.assert_close(torch.cat(pieces, dim=1), full, atol=1e-5, rtol=1e-5)


def test_kv_cache_and_block_size_overflow_are_clear_errors():
    model = build(tiny())
    pool = SlotKVCache.for_model(model, 1, max_len=8)
    model(torch.zeros(1, 6, dtype=torch.long), kv_cache=pool.rows(0, 1))
    with pytest.raises(GenforgeError, match="KV cache is full"):
        model(torch.zeros(1, 3, dtype=torch.long), kv_cache=pool.rows(0, 1))
    with pytest.raises(GenforgeError, match="covers 1 slots, got a batch of 2"):
        model(torch.zeros(2, 1, dtype=torch.long), kv_cache=pool.rows(0, 1))
    with pytest.raises(GenforgeError, match="block_size"):
        model(torch.zeros(1, 25, dtype=torch.long))
    with pytest.raises(GenforgeError, match="exceeds the model's block_size"):
        SlotKVCache.for_model(model, 1, max_len=25)


def test_gqa_shapes():
    cfg = tiny("llama-gqa", n_head=8, n_kv_head=2, n_embd=64)
    model = build(cfg)
    attn = model.blocks[0].attn
    assert attn.qkv.weight.shape == ((8 + 2 * 2) * 8, 64)
    assert attn.proj.weight.shape == (64, 64)
    pool = SlotKVCache.for_model(model, 3)
    assert pool.k[0].shape == (3, 2, 24, 8)
    logits, _ = model(torch.zeros(3, 5, dtype=torch.long), kv_cache=pool.rows(0, 3))
    assert logits.shape == (3, 5, 97)


def test_gqa_equals_mha_with_repeated_kv_heads():
    """A GQA model equals an MHA model whose k/v heads are copies of the shared ones."""
    gqa = build(tiny("llama-gqa", n_head=4, n_kv_head=2))
    mha = GPT(dataclasses.replace(gqa.config, n_kv_head=4)).eval()
    sd = gqa.state_dict()
    hs, C = gqa.config.head_dim, gqa.config.n_embd
    for i in range(gqa.config.n_layer):
        w = sd[f"blocks.{i}.attn.qkv.weight"]
        q, k, v = w.split([4 * hs, 2 * hs, 2 * hs])
        k = k.view(2, hs, C).repeat_interleave(2, dim=0).reshape(4 * hs, C)
        v = v.view(2, hs, C).repeat_interleave(2, dim=0).reshape(4 * hs, C)
        sd[f"blocks.{i}.attn.qkv.weight"] = torch.cat([q, k, v])
    mha.load_state_dict(sd)
    idx = torch.randint(0, 97, (2, 9))
    torch.testing.assert_close(gqa(idx)[0], mha(idx)[0], atol=1e-5, rtol=1e-5)


def test_causality_future_tokens_do_not_change_past_logits():
    model = build(tiny("gpt2"))
    a = torch.randint(0, 97, (1, 12))
    b = a.clone()
    b[0, 8:] = (b[0, 8:] + 1) % 97
    la, lb = model(a)[0], model(b)[0]
    torch.testing.assert_close(la[:, :8], lb[:, :8])
    assert not torch.allclose(la[:, 8:], lb[:, 8:])


def test_loss_ignores_minus_100_like_manual_cross_entropy():
    model = build(tiny())
    torch.manual_seed(3)
    idx = torch.randint(0, 97, (2, 10))
    tgt = torch.randint(0, 97, (2, 10))
    tgt[0, :4] = -100
    tgt[1, 7:] = -100
    logits, loss = model(idx, tgt)
    logp = torch.log_softmax(logits.double(), dim=-1)
    keep = tgt != -100
    manual = -logp[keep].gather(-1, tgt[keep].unsqueeze(-1)).mean()
    assert abs(loss.item() - manual.item()) < 1e-5
    torch.testing.assert_close(loss, F.cross_entropy(logits.view(-1, 97), tgt.view(-1)))
    all_masked = torch.full_like(tgt, -100)
    assert lm_loss(logits, all_masked).item() == 0.0
    assert loss.dtype == torch.float32


def test_loss_is_float32_for_bf16_model():
    model = build(tiny()).to(torch.bfloat16)
    idx = torch.randint(0, 97, (1, 8))
    logits, loss = model(idx, idx)
    assert logits.dtype == torch.bfloat16 and loss.dtype == torch.float32
    assert math.isfinite(loss.item())


def test_initial_loss_is_near_log_vocab():
    model = GPT(tiny("llama-gqa", vocab_size=500))
    idx = torch.randint(0, 500, (4, 24))
    _, loss = model(idx, idx)
    assert abs(loss.item() - math.log(500)) < 0.1


def test_init_scales_residual_projections():
    torch.manual_seed(0)
    cfg = GPTConfig(vocab_size=64, n_layer=8, n_head=4, n_embd=256, block_size=16)
    model = GPT(cfg)
    std = model.blocks[0].attn.proj.weight.std().item()
    assert abs(std - 0.02 / math.sqrt(16)) < 5e-4
    assert abs(model.blocks[0].mlp.gate_proj.weight.std().item() - 0.02) < 5e-4
    assert torch.all(model.blocks[0].ln_1.weight == 1)


@pytest.mark.parametrize("variant", list(ARCHS))
def test_zero_init_outputs_makes_blocks_identity_and_still_trains(variant):
    torch.manual_seed(0)
    model = GPT(tiny(variant))
    model.zero_init_outputs()
    idx = torch.randint(0, 97, (2, 24))
    # Every branch adds zero: the hidden state is the normed input embedding (+ positions).
    x = model.wte(idx)
    if model.wpe is not None:
        x = x + model.wpe(torch.arange(24))
    torch.testing.assert_close(model.hidden_states(idx), model.ln_f(x))
    logits, loss = model(idx, idx)
    if model.config.tie_embeddings:
        assert model.lm_head.weight.abs().sum() > 0  # the embedding is not wiped
    else:  # a zeroed untied head predicts uniformly
        assert torch.all(logits == 0)
        assert loss.item() == pytest.approx(math.log(97), rel=1e-6)
    # Gradients reach every projection: at once behind a tied head, after the first
    # update of an untied one (a zero head passes no gradient back).
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    for _ in range(2):
        opt.zero_grad()
        _, loss = model(idx, idx)
        loss.backward()
        opt.step()
    for block in model.blocks:
        out = block.mlp.down_proj if hasattr(block.mlp, "down_proj") else block.mlp.proj
        assert out.weight.abs().sum() > 0 and block.attn.proj.weight.abs().sum() > 0


def test_tied_embeddings_share_storage_and_untied_do_not():
    tied = GPT(tiny("llama-mha"))
    untied = GPT(tiny("llama-gqa"))
    assert tied.lm_head.weight is tied.wte.weight
    assert untied.lm_head.weight is not untied.wte.weight
    assert untied.num_params() - untied.num_params(exclude_embeddings=True) == 97 * 32


def test_training_steps_reduce_loss():
    model = GPT(tiny("gpt2", dropout=0.1))
    model.train()
    opt = torch.optim.AdamW(model.parameters(), lr=3e-3)
    torch.manual_seed(0)
    data = torch.randint(0, 97, (4, 17))
    first = None
    for _ in range(30):
        _, loss = model(data[:, :-1], data[:, 1:])
        opt.zero_grad()
        loss.backward()
        opt.step()
        first = first if first is not None else loss.item()
    assert loss.item() < first - 1.0


def test_gpt2_124m_preset_param_count_matches_reference():
    with torch.device("meta"):
        model = GPT(config_from_preset("gpt2-124m", vocab_size=50257))
    assert abs(model.num_params() - 124_439_808) / 124_439_808 < 0.01
    assert model.num_params() == 124_439_808  # exactly GPT-2 small's count


def test_presets_are_ordered_and_valid():
    counts = {}
    for name in PRESETS:
        with torch.device("meta"):
            counts[name] = GPT(config_from_preset(name, vocab_size=512)).num_params()
    assert 50_000 < counts["tiny"] < 200_000
    assert counts["tiny"] < counts["small"] < counts["demo"] < counts["medium"]
    assert 1_000_000 < counts["demo"] < 10_000_000
    with torch.device("meta"):
        llama = GPT(config_from_preset("llama-124m", vocab_size=50257))
    assert 110e6 < llama.num_params() < 140e6


def test_flops_per_token_formula():
    with torch.device("meta"):
        model = GPT(config_from_preset("gpt2-124m", vocab_size=50257))
    non_emb = 85_056_000  # blocks + final norm
    expected = 6 * (non_emb + 50257 * 768) + 12 * 12 * 768 * 1024
    assert model.flops_per_token(1024) == expected


def test_mlp_hidden_defaults():
    assert GPTConfig(n_embd=64).ffn_dim == 192  # 8/3·64 = 170.7 -> 192
    assert GPTConfig(n_embd=768).ffn_dim == 2048
    assert GPTConfig(n_embd=64, arch="gpt2").ffn_dim == 256
    assert GPTConfig(n_embd=64, mlp_hidden=100).ffn_dim == 100


@pytest.mark.parametrize(
    "fields, message",
    [
        (dict(n_embd=30, n_head=4), "divisible by n_head"),
        (dict(n_head=4, n_kv_head=3), "multiple of n_kv_head"),
        (dict(arch="gpt2", n_kv_head=2), "no grouped-query"),
        (dict(n_embd=12, n_head=4), "even head dim"),
        (dict(arch="mamba"), "arch"),
        (dict(attn_impl="flash"), "attn_impl"),
        (dict(vocab_size=0), "vocab_size"),
        (dict(dropout=1.0), "dropout"),
        (dict(mlp_hidden=0), "mlp_hidden"),
    ],
)
def test_validate_names_the_problem(fields, message):
    with pytest.raises(GenforgeError, match=message):
        GPTConfig(**fields).validate()


def test_config_dict_round_trip_and_unknown_keys():
    cfg = config_from_preset("tiny", vocab_size=300, dropout=0.1)
    d = cfg.to_dict()
    import json

    assert GPTConfig.from_dict(json.loads(json.dumps(d))) == cfg
    with pytest.raises(GenforgeError, match="n_layers"):
        GPTConfig.from_dict({**d, "n_layers": 3})
    with pytest.raises(GenforgeError, match="n_layer must be an integer"):
        GPTConfig.from_dict({**d, "n_layer": "three"})
    with pytest.raises(GenforgeError, match="unknown model preset"):
        config_from_preset("huge", vocab_size=10)


def test_rope_scaling_config_errors_name_the_field():
    llama3 = {"type": "llama3", "factor": 8.0, "low_freq_factor": 1.0, "high_freq_factor": 4.0}
    with pytest.raises(GenforgeError, match="needs a positive number original_max_position"):
        GPTConfig(rope_scaling=llama3).validate()
    ok = {**llama3, "original_max_position_embeddings": 64}
    assert GPTConfig(rope_scaling=ok).validate().rope_scaling == ok
    with pytest.raises(GenforgeError, match="high_freq_factor > low_freq_factor"):
        GPTConfig(rope_scaling={**ok, "high_freq_factor": 0.5}).validate()
    with pytest.raises(GenforgeError, match="rope_scaling type must be one of"):
        GPTConfig(rope_scaling={"type": "yarn", "factor": 2.0}).validate()
    with pytest.raises(GenforgeError, match="gpt2 has learned positions"):
        GPTConfig(arch="gpt2", rope_scaling={"type": "linear", "factor": 2.0}).validate()


def test_linear_rope_scaling_is_position_interpolation():
    """Linear scaling by f rotates position p exactly as the unscaled table rotates p / f."""
    from genforge.nn.rope import RotaryEmbedding

    plain = RotaryEmbedding(16, 64)
    scaled = RotaryEmbedding(16, 64, scaling={"type": "linear", "factor": 4.0})
    cos_p, _ = plain(0, 64, torch.device("cpu"))
    cos_s, _ = scaled(0, 64, torch.device("cpu"))
    torch.testing.assert_close(cos_s[::4][:16], cos_p[:16], atol=0, rtol=0)
