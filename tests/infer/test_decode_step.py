"""DecodeStep (the engine's lean one-token step) against GPT.forward, the reference path."""

from __future__ import annotations

import pytest
import torch
from torch import nn

from genforge.errors import GenforgeError
from genforge.infer.decode_step import DecodeStep, batch_buckets, decode_step_for
from genforge.infer.engine import Engine, serving_dtype
from genforge.infer.protocol import SamplingParams
from genforge.infer.sampling import RowSettings, sample_rows
from genforge.models.gpt import GPT, GPTConfig
from genforge.nn.kv_cache import SlotKVCache


def make_model(arch: str = "llama", n_kv_head: int | None = 2, seed: int = 0, **kw) -> GPT:
    torch.manual_seed(seed)
    cfg = dict(vocab_size=97, n_layer=2, n_head=4, n_embd=32, block_size=48, arch=arch, **kw)
    if arch == "llama":
        cfg["n_kv_head"] = n_kv_head
    model = GPT(GPTConfig(**cfg))
    with torch.no_grad():
        # Weights larger than the init (and non-zero biases/gains) so every term matters.
        for p in model.parameters():
            p.add_(torch.randn_like(p) * 0.3)
    return model.eval()


def prefill(model: GPT, pool: SlotKVCache, slot: int, prompt: list[int]) -> None:
    with torch.inference_mode():
        model(torch.tensor([prompt]), kv_cache=pool.rows(slot, slot + 1))


def reference_step(model: GPT, pool: SlotKVCache, tokens: list[int], lo: int) -> torch.Tensor:
    with torch.inference_mode():
        ids = torch.tensor(tokens).unsqueeze(1)
        logits, _ = model(ids, kv_cache=pool.rows(lo, lo + len(tokens)))
    return logits[:, -1]


def two_pools(model: GPT, prompts: list[list[int]], n_slots: int = 4):
    pools = []
    for _ in range(2):
        pool = SlotKVCache.for_model(model, n_slots)
        for slot, p in enumerate(prompts):
            prefill(model, pool, slot, p)
        pools.append(pool)
    return pools


CASES = [
    pytest.param("llama", 2, id="llama-gqa"),
    pytest.param("llama", 4, id="llama-mha"),
    pytest.param("gpt2", None, id="gpt2"),
]


@pytest.mark.parametrize("arch,n_kv", CASES)
def test_single_row_matches_forward_step_by_step(arch, n_kv):
    model = make_model(arch, n_kv)
    step = DecodeStep(model)
    ref_pool, pool = two_pools(model, [[1, 5, 9, 2]])
    tokens = torch.randint(0, 97, (20,), generator=torch.Generator().manual_seed(1)).tolist()
    for t in tokens:
        want = reference_step(model, ref_pool, [t], 0)
        got = step.step([t], pool, 0, 1)
        torch.testing.assert_close(got, want, atol=2e-5, rtol=1e-5)
    assert pool.lengths == ref_pool.lengths
    for layer in range(2):
        torch.testing.assert_close(pool.k[layer][0, :, :24], ref_pool.k[layer][0, :, :24])
        torch.testing.assert_close(pool.v[layer][0, :, :24], ref_pool.v[layer][0, :, :24])


@pytest.mark.parametrize("arch,n_kv", CASES)
def test_rows_at_different_lengths_match_forward(arch, n_kv):
    """A continuous batch: every row at its own position (the masked path), on a slot
    range that does not start at 0, with stale keys of an earlier occupant past a length."""
    model = make_model(arch, n_kv, seed=3)
    prompts = [[1, 2, 3, 4, 5, 6, 7, 8], [1, 9], [1, 4, 4, 4, 4], [1, 7, 7]]
    ref_pool, pool = two_pools(model, prompts)
    for p in (ref_pool, pool):
        p.free(2)  # stale keys stay behind the mask
        prefill(model, p, 2, [3, 3])
    step = DecodeStep(model)
    for i in range(6):
        toks = [(11 * i + 5 * j) % 97 for j in range(3)]
        want = reference_step(model, ref_pool, toks, 1)
        got = step.step(toks, pool, 1, 4)
        torch.testing.assert_close(got, want, atol=2e-5, rtol=1e-5)
    assert pool.lengths == ref_pool.lengths


def test_rows_at_equal_lengths_and_tensor_ids_match_forward():
    model = make_model("llama", 2, seed=4)
    ref_pool, pool = two_pools(model, [[1, 2, 3], [4, 5, 6], [7, 8, 9]])
    step = DecodeStep(model)
    for i in range(4):
        toks = [i + 1, i + 20, i + 40]
        want = reference_step(model, ref_pool, toks, 0)
        got = step.step(torch.tensor(toks), pool, 0, 3)
        torch.testing.assert_close(got, want, atol=2e-5, rtol=1e-5)


def test_bfloat16_model_matches_forward():
    model = make_model("llama", 2, seed=5).to(torch.bfloat16)
    ref_pool, pool = two_pools(model, [[1, 2, 3, 4]])
    step = DecodeStep(model)
    for t in (5, 6, 7):
        want = reference_step(model, ref_pool, [t], 0).float()
        got = step.step([t], pool, 0, 1).float()
        # bf16 has 8 mantissa bits; the order of roundings differs slightly between paths.
        torch.testing.assert_close(got, want, atol=0.15, rtol=0.05)
        assert got.argmax() == want.argmax()


def test_full_slot_and_wrong_token_count_raise():
    model = make_model()
    pool = SlotKVCache.for_model(model, 2, max_len=8)
    prefill(model, pool, 0, list(range(1, 9)))
    step = DecodeStep(model)
    with pytest.raises(GenforgeError, match="full"):
        step.step([1], pool, 0, 1)
    with pytest.raises(GenforgeError, match="2 slots"):
        step.step([1], pool, 0, 2)


class _Scaled(nn.Linear):
    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return 2 * super().forward(x)


def test_models_it_does_not_cover_get_none():
    assert decode_step_for(make_model()) is not None
    assert decode_step_for(make_model().train()) is None
    assert decode_step_for(make_model(attn_impl="math")) is None
    replaced = make_model()
    old = replaced.blocks[0].mlp.up_proj
    new = _Scaled(old.in_features, old.out_features, bias=False)
    new.load_state_dict(old.state_dict())
    replaced.blocks[0].mlp.up_proj = new
    assert decode_step_for(replaced) is None
    hooked = make_model()
    hooked.blocks[1].register_forward_hook(lambda *a: None)
    assert decode_step_for(hooked) is None


def test_cpu_copies_are_refreshed_in_place_and_skipped_above_the_budget(monkeypatch):
    """On a CPU every matmul reads an (in, out) copy; an in-place update of the weight is
    copied into the same tensor (a compiled graph holding it stays valid). Above the
    copy budget the step reads the model's own weights, with the same numbers."""
    import genforge.infer.decode_step as ds

    model = make_model("llama", 2, seed=12)
    step = DecodeStep(model)
    up = step.layers[0]["up"]
    assert up.is_contiguous() and up.data_ptr() != model.blocks[0].mlp.up_proj.weight.data_ptr()
    linear = [m.weight for m in model.modules() if type(m) is nn.Linear]
    assert step.copy_bytes() == sum(w.numel() * w.element_size() for w in linear)
    ref_pool, pool = two_pools(model, [[1, 2, 3], [4, 5], [6]])
    with torch.no_grad():
        model.blocks[0].mlp.up_proj.weight.mul_(-1.5)
        model.lm_head.weight.add_(0.25)  # tied: the embedding too
    got = step.step([7, 8, 9], pool, 0, 3)
    assert step.layers[0]["up"] is up
    torch.testing.assert_close(up, model.blocks[0].mlp.up_proj.weight.t())
    want = reference_step(model, ref_pool, [7, 8, 9], 0)
    torch.testing.assert_close(got, want, atol=2e-5, rtol=1e-5)

    monkeypatch.setattr(ds, "CPU_COPY_BUDGET", 0)
    lean = DecodeStep(model)
    w = model.blocks[0].mlp.up_proj.weight
    assert lean.layers[0]["up"].data_ptr() == w.data_ptr() and lean.copy_bytes() == 0
    ref_pool, pool = two_pools(model, [[1, 2, 3], [4, 5], [6]])
    torch.testing.assert_close(
        lean.step([7, 8, 9], pool, 0, 3),
        reference_step(model, ref_pool, [7, 8, 9], 0),
        atol=2e-5,
        rtol=1e-5,
    )


def test_in_place_updates_are_seen_and_replaced_weights_rebuild():
    model = make_model(seed=6)
    first = decode_step_for(model)
    ref_pool, pool = two_pools(model, [[1, 2, 3]])
    with torch.no_grad():
        # An optimizer step: in place, including the tied embedding / LM head.
        for p in model.parameters():
            p.mul_(1.1)
    assert decode_step_for(model) is first
    torch.testing.assert_close(
        first.step([4], pool, 0, 1), reference_step(model, ref_pool, [4], 0), atol=2e-5, rtol=1e-5
    )
    model.to(torch.float64)  # new parameter tensors
    second = decode_step_for(model)
    assert second is not first
    ref_pool, pool = (SlotKVCache.for_model(model, 1) for _ in range(2))
    prefill(model, ref_pool, 0, [1, 2])
    prefill(model, pool, 0, [1, 2])
    torch.testing.assert_close(
        second.step([3], pool, 0, 1), reference_step(model, ref_pool, [3], 0), atol=2e-5, rtol=1e-5
    )


def test_greedy_fast_path_equals_the_general_sampler():
    logits = torch.randn(5, 50, generator=torch.Generator().manual_seed(0))
    plain = sample_rows(logits, [RowSettings(temperature=0.0)] * 5)
    # logprobs forces the general path; the chosen ids must not change.
    general = sample_rows(logits, [RowSettings(temperature=0.0, logprobs=0)] * 5)
    assert plain.tokens == general.tokens == logits.argmax(-1).tolist()
    assert plain.logprobs == [None] * 5


@pytest.mark.parametrize("arch", ["llama", "gpt2"])
def test_engine_outputs_equal_with_and_without_the_fast_step(arch):
    """Greedy, seeded sampling and penalties in one continuous batch: the same tokens
    whether decode steps run through DecodeStep or through GPT.forward."""
    model = make_model(arch, seed=7)
    params = [
        SamplingParams(max_tokens=20, temperature=0.0, ignore_eos=True),
        SamplingParams(max_tokens=15, temperature=0.9, top_k=20, seed=3, ignore_eos=True),
        SamplingParams(
            max_tokens=25, temperature=0.0, repetition_penalty=1.3, ignore_eos=True, logprobs=2
        ),
        SamplingParams(max_tokens=10, temperature=1.0, frequency_penalty=1.0, seed=9),
    ]
    prompts = [[1, 2, 3], [1, 50], [1, 8, 8, 8, 8, 8], [1, 60, 61]]
    outputs = []
    for fast in (True, False):
        engine = Engine(model, None, max_batch_size=3)
        engine._core.fast_decode = fast
        handles = [engine.submit(p, s) for p, s in zip(prompts, params)]
        outputs.append([[e.token_id for e in h if hasattr(e, "token_id")] for h in handles])
        engine.shutdown()
    assert outputs[0] == outputs[1]
    assert all(len(o) > 0 for o in outputs[0])


@pytest.mark.slow
@pytest.mark.parametrize("arch", ["llama", "gpt2"])
def test_compiled_one_stream_step_matches_the_eager_step(arch):
    """Engine(compile_decode=True): the compiled graph (whole-slot masked attention) gives
    the eager step's logits at every position, and the same greedy stream."""
    model = make_model(arch, seed=8)
    step = DecodeStep(model)
    ref_pool, pool = two_pools(model, [[1, 2, 3, 4, 5]], n_slots=1)
    for t in (6, 7, 8, 9):
        torch.testing.assert_close(
            step.step_compiled(t, pool), step.step([t], ref_pool, 0, 1), atol=2e-5, rtol=1e-5
        )
    assert pool.lengths == ref_pool.lengths
    # This torch lets the graph be called without dynamo's per-call guards.
    assert step.compiled_kind == "torch.compile, called without guards"
    greedy = SamplingParams(max_tokens=30, temperature=0.0, ignore_eos=True)
    streams = []
    for compiled in (True, False):
        engine = Engine(model, None, max_batch_size=2, compile_decode=compiled)
        assert engine._core.compile_decode is compiled
        streams.append(
            [e.token_id for e in engine.submit([1, 40, 41], greedy) if hasattr(e, "token_id")]
        )
        engine.shutdown()
    assert streams[0] == streams[1] and len(streams[0]) == 30


@pytest.mark.slow
def test_compiled_step_sees_new_weights_and_new_pool_lengths():
    """The compiled one-row step (attention written out for inductor): pools of two lengths
    each give the eager step's logits, and an in-place weight update (the LM head's
    row-major copy included) reaches the graph without a rebuild."""
    model = make_model("llama", seed=9)
    step = DecodeStep(model)
    for max_len in (24, 40, 24):
        pool = SlotKVCache.for_model(model, 1, max_len=max_len)
        ref = SlotKVCache.for_model(model, 1, max_len=max_len)
        for t in (3, 4, 5):
            torch.testing.assert_close(
                step.step_compiled(t, pool), step.step([t], ref, 0, 1), atol=2e-5, rtol=1e-5
            )
    with torch.no_grad():
        model.lm_head.weight.mul_(-2.0)
        model.blocks[0].mlp.up_proj.weight.add_(0.5)
    assert step.fresh()
    pool = SlotKVCache.for_model(model, 1, max_len=24)
    ref = SlotKVCache.for_model(model, 1, max_len=24)
    for t in (6, 7):
        torch.testing.assert_close(
            step.step_compiled(t, pool), reference_step(model, ref, [t], 0), atol=2e-5, rtol=1e-5
        )


def test_the_per_model_cache_does_not_keep_models_alive():
    import gc
    import weakref

    model = make_model()
    assert decode_step_for(model) is not None
    ref = weakref.ref(model)
    del model
    gc.collect()
    assert ref() is None


# ---------------------------------------------------------------- static shapes (GPU graphs)


@pytest.mark.parametrize("arch,n_kv", CASES)
def test_bucketed_static_step_matches_forward_and_spares_the_padding_slots(arch, n_kv):
    """The step CUDA graphs replay, run eagerly: rows at different lengths, padded up to
    the bucket; the slot being prefilled after the running ones keeps its cache."""
    model = make_model(arch, n_kv)
    prompts = [[1, 2, 3], [4, 5, 6, 7, 8], [9], [10, 11, 12, 13], [14, 15]]
    ref, pool = two_pools(model, prompts, n_slots=8)
    step = DecodeStep(model)
    for n in (3, 1, 5):
        before = [t[n : n + 1, :, : pool.lengths[n]].clone() for t in (*pool.k, *pool.v)]
        tokens = [20 + i for i in range(n)]
        got = step.step_bucketed(tokens, pool, n)
        want = reference_step(model, ref, tokens, 0)
        torch.testing.assert_close(got, want, rtol=1e-4, atol=1e-4)
        assert pool.lengths == ref.lengths
        after = [t[n : n + 1, :, : pool.lengths[n]] for t in (*pool.k, *pool.v)]
        assert all(torch.equal(a, b) for a, b in zip(before, after))
    assert sorted(step._runs) == [1, 4, 8]  # buckets 1, 2, 4, 8: n=3 runs in 4, n=5 in 8
    assert batch_buckets(8) == [1, 2, 4, 8] and batch_buckets(6) == [1, 2, 4, 6]
    assert batch_buckets(1) == [1]


def test_engine_with_the_static_step_gives_the_same_tokens():
    model = make_model("llama", 2)
    params = [
        SamplingParams(max_tokens=10, temperature=0.0, ignore_eos=True),
        SamplingParams(max_tokens=14, temperature=0.9, seed=3, ignore_eos=True),
        SamplingParams(max_tokens=6, temperature=0.0, ignore_eos=True),
    ]
    prompts = [[1, 2, 3], [4, 5, 6, 7, 8, 9], [10]]
    outs = []
    for graphs in (False, True):
        engine = Engine(model, None, max_batch_size=4, graph_decode=graphs)
        assert engine.stats()["graph_decode"] is graphs
        handles = [engine.submit(p, sp) for p, sp in zip(prompts, params)]
        outs.append([h.collect()[0] for h in handles])
        engine.shutdown()
    assert outs[0] == outs[1]


def test_serving_dtype_rules():
    cpu, cuda = torch.device("cpu"), torch.device("cuda")
    f32, bf16, f16 = torch.float32, torch.bfloat16, torch.float16
    assert serving_dtype("auto", cuda, f32, bf16_supported=True) == bf16
    assert serving_dtype("auto", cuda, f32, bf16_supported=False) == f16  # V100, T4
    assert serving_dtype("auto", cpu, f32) == f32
    assert serving_dtype("auto", cpu, bf16) == bf16
    assert serving_dtype(None, cuda, f32, bf16_supported=True) == f32
    assert serving_dtype("bf16", cpu, f32) == bf16
    assert serving_dtype(torch.float16, cpu, f32) == f16
    with pytest.raises(GenforgeError, match="auto"):
        serving_dtype("int3", cpu, f32)


def test_engine_serves_a_converted_copy_and_leaves_the_callers_model_alone():
    model = make_model("llama", 2)
    engine = Engine(model, None, dtype="bfloat16")
    assert engine.model is not model
    assert next(model.parameters()).dtype == torch.float32
    assert next(engine.model.parameters()).dtype == torch.bfloat16
    assert engine._core.pool.k[0].dtype == torch.bfloat16
    ids = engine.submit([1, 2, 3], SamplingParams(max_tokens=5, temperature=0.0)).collect()[0]
    assert len(ids) == 5
    engine.shutdown()
    same = Engine(model, None)  # "auto" on a CPU: the model itself, float32
    assert same.model is model and same._core.pool.k[0].dtype == torch.float32
