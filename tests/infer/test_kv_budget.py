"""The KV cache is sized by a memory budget, not by the config's block_size (issue 21: a
RoPE model whose config says block_size 16M loaded fine, then asked for hundreds of GB)."""

from __future__ import annotations

import pytest
import torch

from genforge.errors import GenforgeError
from genforge.infer.engine import Engine, SamplingParams
from genforge.infer.generate import generate
from genforge.models.gpt import GPT, GPTConfig
from genforge.nn.kv_cache import SlotKVCache, default_kv_bytes

HUGE = 1 << 24  # the largest block_size GPTConfig allows


def huge_context_model() -> GPT:
    torch.manual_seed(0)
    return GPT(GPTConfig(vocab_size=64, n_layer=1, n_head=2, n_embd=16, block_size=HUGE)).eval()


def pool_bytes(pool: SlotKVCache) -> int:
    return sum(t.numel() * t.element_size() for t in (*pool.k, *pool.v))


def test_the_engine_serves_the_context_its_budget_holds():
    budget = 1 << 20
    engine = Engine(huge_context_model(), None, max_batch_size=4, kv_memory_bytes=budget)
    # 4 slots x (K and V) x 1 layer x 2 heads x 8 dims x 4 bytes = 512 bytes a position
    assert engine.context_length == budget // 512 < HUGE
    assert pool_bytes(engine._core.pool) <= budget
    engine.start()
    try:
        out = engine.generate([1, 2, 3], SamplingParams(max_tokens=4, temperature=0))
        assert out.completion_tokens == 4
    finally:
        engine.shutdown(drain=False, timeout=5)


def test_a_budget_too_small_for_one_position_is_a_clear_error():
    with pytest.raises(GenforgeError, match="KV cache budget"):
        Engine(huge_context_model(), None, max_batch_size=4, kv_memory_bytes=100)


def test_the_default_budget_is_a_fraction_of_memory():
    assert 0 < default_kv_bytes("cpu") < 1 << 50


def test_single_prompt_generation_allocates_what_it_uses(monkeypatch):
    sizes = []
    real = SlotKVCache.__init__

    def spy(self, n_layer, n_slots, n_kv_head, max_len, head_dim, **kw):
        sizes.append(max_len)
        real(self, n_layer, n_slots, n_kv_head, max_len, head_dim, **kw)

    monkeypatch.setattr(SlotKVCache, "__init__", spy)
    ids = generate(huge_context_model(), [1, 2, 3], max_new_tokens=5, temperature=0)
    assert len(ids) == 5 and sizes == [8]  # prompt + new tokens, not 16M positions


def test_rotary_tables_grow_with_use_and_keep_their_values():
    from genforge.nn.rope import RotaryEmbedding

    rope = RotaryEmbedding(8, HUGE)
    cos, sin = rope.tables(torch.device("cpu"), 10)
    assert cos.size(0) == 256  # not 16M positions
    big_cos, big_sin = rope.tables(torch.device("cpu"), 1000)
    assert big_cos.size(0) >= 1000
    assert torch.equal(big_cos[:256], cos) and torch.equal(big_sin[:256], sin)
    # lookups by position (continuous batching) match the contiguous tables bit for bit
    at_cos, _ = rope.at(torch.tensor([[3, 700]]), 1000)
    assert torch.equal(at_cos[0, 0], big_cos[[3, 700]])
