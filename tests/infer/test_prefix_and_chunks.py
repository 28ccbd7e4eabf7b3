"""Prefix caching and chunked prefill: the same tokens as computing every prompt whole,
entries freed exactly once, bounded memory, sharers independent of each other."""

from __future__ import annotations

import random

import pytest
import torch
from tests.infer.test_engine import TEXT, make_model, run

from genforge.errors import GenforgeError
from genforge.infer.engine import Engine
from genforge.infer.prefix_cache import PrefixCache
from genforge.infer.protocol import FinishEvent, SamplingParams, TokenEvent
from genforge.infer.scheduler import EngineCore
from genforge.nn.kv_cache import SlotKVCache
from genforge.tokenizer import train_tokenizer


@pytest.fixture(scope="module")
def tok():
    return train_tokenizer([TEXT], vocab_size=300)


@pytest.fixture(scope="module")
def model(tok):
    return make_model(tok.vocab_size, block=128)


def prompt_of(n: int, seed: int) -> list[int]:
    rng = random.Random(seed)
    return [1] + [rng.randrange(2, 290) for _ in range(n - 1)]


def sampled(seed: int, n: int = 12, **kw) -> SamplingParams:
    return SamplingParams(
        max_tokens=n, temperature=1.0, top_p=0.9, seed=seed, ignore_eos=True, **kw
    )


def greedy(n: int = 12, **kw) -> SamplingParams:
    return SamplingParams(max_tokens=n, temperature=0.0, ignore_eos=True, **kw)


# ---------------------------------------------------------------- prefix cache: same output


@pytest.mark.parametrize("arch", ["llama", "gpt2"])
def test_sample_n_with_the_prefix_cache_equals_without(tok, arch):
    model = make_model(tok.vocab_size, arch, block=128)
    prompts = [prompt_of(70, 0), prompt_of(35, 1)]
    params = SamplingParams(max_tokens=10, temperature=1.0, top_k=50, ignore_eos=True)
    cold = Engine(model, tok, max_batch_size=4, prefix_cache_tokens=0)
    warm = Engine(model, tok, max_batch_size=5, prefix_cache_tokens=512)
    want = cold.sample_n(prompts, 5, params, seed=3, greedy_first=True)
    got = warm.sample_n(prompts, 5, params, seed=3, greedy_first=True)
    assert [[ids for ids, _ in g] for g in got] == [[ids for ids, _ in g] for g in want]
    s = warm.stats()
    # Per prompt: the first sample computes its prompt, the other 4 copy it (all of it:
    # the same prompt as the one prefilled last, whose request is running).
    assert s["prefix_cache_queries"] == 10 and s["prefix_cache_hits"] == 8
    assert s["prefix_cache_tokens_saved"] == 4 * 70 + 4 * 35
    assert "prefix_cache_hits" not in cold.stats()
    cold.shutdown()
    warm.shutdown()


def test_chat_history_and_shared_system_prompt_reuse_blocks(tok, model):
    system = prompt_of(40, 5)
    turn1 = system + prompt_of(9, 6)[1:]
    engine = Engine(model, tok, max_batch_size=2, prefix_cache_tokens=512)
    ref = Engine(model, tok, max_batch_size=2, prefix_cache_tokens=0)
    a, _, _ = run(engine.submit(turn1, greedy()))
    turn2 = turn1 + a + prompt_of(20, 7)[1:]
    other = system + prompt_of(30, 8)[1:]
    for p in (turn2, other):
        for params in (greedy(), sampled(11, logprobs=2)):
            got, _, events = run(engine.submit(p, params))
            want, _, want_events = run(ref.submit(p, params))
            assert got == want
            assert [e.logprob for e in events] == pytest.approx(
                [e.logprob for e in want_events], abs=1e-4
            )
    s = engine.stats()
    assert s["prefix_cache_hits"] == 4
    # turn2 reuses turn1's 3 full blocks, then its own 4; the other conversation the system
    # prompt's 2 full blocks, then its own 4.
    assert s["prefix_cache_tokens_saved"] == 48 + 64 + 32 + 64
    engine.shutdown()
    ref.shutdown()


def test_new_weights_drop_the_cached_prefixes(tok):
    engine = Engine(make_model(tok.vocab_size, block=128), tok, max_batch_size=2)
    p = prompt_of(60, 2)
    run(engine.submit(p, greedy()))
    new = make_model(tok.vocab_size, block=128, seed=7)
    engine.copy_weights_from(new)
    got, _, _ = run(engine.submit(p, greedy()))
    fresh = Engine(new, tok, max_batch_size=1, prefix_cache_tokens=0)
    assert got == run(fresh.submit(p, greedy()))[0]
    assert engine.stats()["prefix_cache_hits"] == 0  # the second prompt found nothing valid
    # An in-place update of one parameter (an optimizer step) is seen too.
    with torch.no_grad():
        engine.model.lm_head.weight.mul_(1.5)
    engine.submit(p, greedy()).result()
    assert engine.stats()["prefix_cache_hits"] == 0
    engine.submit(p, greedy()).result()
    assert engine.stats()["prefix_cache_hits"] == 1
    engine.shutdown()
    fresh.shutdown()


def test_cancelling_one_sharer_leaves_the_others_intact(tok):
    model = make_model(tok.vocab_size, block=1024)
    p = prompt_of(90, 4)
    ref = Engine(model, tok, max_batch_size=4, prefix_cache_tokens=0)
    want = [run(ref.submit(p, sampled(s, n=30)))[0] for s in range(4)]
    engine = Engine(model, tok, max_batch_size=4)
    # The one cancelled asks for 900 tokens: still running when the cancel arrives.
    handles = [engine.submit(p, sampled(s, n=900 if s == 1 else 30)) for s in range(4)]
    it = iter(handles[1])
    assert isinstance(next(it), TokenEvent)
    handles[1].cancel()
    rest = list(it)
    assert isinstance(rest[-1], FinishEvent) and rest[-1].reason == "cancelled"
    for s in (0, 2, 3):
        assert run(handles[s])[0] == want[s]
    # A later sharer still finds the prefix and gets the same tokens.
    assert run(engine.submit(p, sampled(1, n=30)))[0] == want[1]
    assert run(ref.submit(p, sampled(1, n=30)))[0] == want[1]
    s = engine.stats()
    assert s["prefix_cache_hits"] == 4 and s["running"] == 0 and s["kv_reserved_tokens"] == 0
    engine.shutdown()
    ref.shutdown()


# ---------------------------------------------------------------- prefix cache: the store


def small_pool(n_slots: int = 2, max_len: int = 128) -> SlotKVCache:
    pool = SlotKVCache(2, n_slots, 2, max_len, 4)
    for t in (*pool.k, *pool.v):
        t.normal_()
    return pool


def check_rows_owned_once(cache: PrefixCache) -> None:
    """Every store row is either free or indexed, exactly once: a row freed twice (or an
    entry dropped without freeing its row) breaks this."""
    indexed = sorted(cache._index.values())
    assert len(set(indexed)) == len(indexed)
    assert sorted(indexed + cache._free) == list(range(cache.n_rows))
    assert cache.cached_tokens <= cache.capacity_tokens


def test_store_copies_blocks_exactly_and_lookups_stop_at_the_prompt_end():
    pool = small_pool()
    cache = PrefixCache(pool, max_tokens=64, block=8)
    prompt = list(range(1, 30))  # 29 tokens: 3 full blocks
    pool.lengths[0] = 29
    cache.insert(prompt, 29, pool, 0)
    assert cache.cached_tokens == 24
    rows = cache.lookup(prompt)
    assert len(rows) == 3
    assert cache.load(rows, pool, 1) == 24 and pool.lengths[1] == 24
    for t in (*pool.k, *pool.v):
        assert torch.equal(t[1, :, :24], t[0, :, :24])
    # The last token always goes through the model: a 24-token prompt reuses 2 blocks.
    assert len(cache.lookup(prompt[:24])) == 2
    assert len(cache.lookup(prompt[:25])) == 3
    assert cache.lookup([9, *prompt[1:]]) == []  # the first block differs: nothing matches
    check_rows_owned_once(cache)


def test_store_is_bounded_and_evicts_least_recent_leaves_each_once():
    pool = small_pool(max_len=128)
    cache = PrefixCache(pool, max_tokens=40, block=4)  # 10 rows
    rng = random.Random(0)
    system = [rng.randrange(100) for _ in range(8)]  # 2 blocks shared by every prompt
    prompts = [
        system + [rng.randrange(100) for _ in range(rng.randrange(1, 30))] for _ in range(60)
    ]
    for p in prompts:
        rows = cache.lookup(p)
        cache.load(rows, pool, 1)
        pool.lengths[0] = len(p)
        cache.insert(p, len(p), pool, 0)
        check_rows_owned_once(cache)
        # A prompt longer than the store keeps what fits, parents before children.
        for key in cache._index:
            assert key[0] == -1 or key[0] in cache._key_of
    assert cache.evictions > 0
    # The shared system prompt is touched by every prompt: never the least recent.
    assert len(cache.lookup([*system, 1])) == 2
    cache.clear()
    check_rows_owned_once(cache)
    assert cache.cached_tokens == 0
    with pytest.raises(GenforgeError, match="prefix_cache_tokens=0"):
        PrefixCache(pool, max_tokens=3, block=4)


def test_engine_prefix_cache_is_bounded(tok, model):
    engine = Engine(model, tok, max_batch_size=2, prefix_cache_tokens=64)
    for i in range(6):
        engine.submit(prompt_of(50, 100 + i), greedy(2)).result()
    s = engine.stats()
    assert s["prefix_cache_tokens"] <= s["prefix_cache_capacity_tokens"] == 64
    assert s["prefix_cache_evictions"] > 0
    with pytest.raises(GenforgeError, match="prefix_cache_tokens"):
        Engine(model, tok, prefix_cache_tokens=-1)
    engine.shutdown()


# ---------------------------------------------------------------- chunked prefill


@pytest.mark.parametrize("arch", ["llama", "gpt2"])
def test_chunked_prefill_gives_the_logits_of_one_shot_prefill(tok, arch):
    model = make_model(tok.vocab_size, arch, block=128)
    p = prompt_of(100, 9)
    ids = torch.tensor([p])
    with torch.inference_mode():
        full = model(ids)[0][0, -1]
        for chunk in (1, 7, 33, 100):
            core = EngineCore(model, None, max_batch_size=1, kv_budget_tokens=None)
            core.prefill_tokens_per_step = chunk
            req = core.new_request("r", p, SamplingParams(max_tokens=1, temperature=0))
            seen = []
            core.model = _Recorder(model, seen)
            core._head_only = False
            core.enqueue(req)
            while not req.done:
                core.step()
            assert [n for n in seen] == [min(chunk, 100 - lo) for lo in range(0, 100, chunk)]
            torch.testing.assert_close(core.model.last, full, rtol=1e-5, atol=1e-5)


class _Recorder(torch.nn.Module):
    """The model, recording each call's token count and the last position's logits."""

    def __init__(self, model: torch.nn.Module, seen: list[int]) -> None:
        super().__init__()
        self.inner, self.seen, self.last = model, seen, None
        self.config = model.config

    def forward(self, ids, kv_cache=None):
        self.seen.append(ids.size(1))
        out = self.inner(ids, kv_cache=kv_cache)
        self.last = out[0][0, -1]
        return out


@pytest.mark.parametrize("chunk", [5, 16])
def test_long_prompts_prefilled_in_chunks_between_running_decodes(tok, model, chunk):
    def procs(ids, logits):
        logits = logits.clone()
        logits[ids[-1] % 7 :: 7] = float("-inf")  # depends on the history
        return logits

    prompts = [prompt_of(n, 20 + n) for n in (3, 70, 8, 110, 41)]
    params = [greedy(), sampled(1), greedy(logits_processors=[procs]), sampled(2), greedy(20)]
    ref = Engine(model, tok, max_batch_size=4, prefix_cache_tokens=0)
    want = [run(ref.submit(p, sp))[0] for p, sp in zip(prompts, params)]
    engine = Engine(model, tok, max_batch_size=4, prefill_tokens_per_step=chunk)
    handles = [engine.submit(p, sp) for p, sp in zip(prompts, params)]
    # A prompt still being prefilled can be cancelled; the streams around it go on.
    doomed = engine.submit(prompt_of(120, 99), greedy())
    doomed.cancel()
    assert [run(h)[0] for h in handles] == want
    assert doomed.result().reason == "cancelled"
    s = engine.stats()
    assert s["running"] == 0 and s["kv_used_tokens"] == 0 and s["kv_reserved_tokens"] == 0
    # Five prompts, the long ones in several chunks; the step reads CPU weight copies.
    assert s["prefill_calls"] > 5 and s["decode_weight_copy_bytes"] > 0
    with pytest.raises(GenforgeError, match="prefill_tokens_per_step"):
        Engine(model, tok, prefill_tokens_per_step=0)
    engine.shutdown()
    ref.shutdown()


def test_running_streams_step_while_a_long_prompt_is_prefilled(tok, model):
    core = EngineCore(model, tok, max_batch_size=3, kv_budget_tokens=None)
    core.prefill_tokens_per_step = 10
    short = core.new_request("a", [1, 2, 3], greedy(40))
    long = core.new_request("b", prompt_of(100, 3), greedy(40))
    assert core.enqueue(short) and core.enqueue(long) and core.running_waiting() == (0, 2)
    core.step()  # prefills the short prompt and the long one's first 7 tokens
    assert core.running == [short] and core.prefilling is long and long.filled == 7
    assert core.running_waiting() == (2, 0)  # what stats() reports: a prompt being prefilled runs
    before = len(short.out_ids)
    for _ in range(9):
        core.step()
    # Nine more chunks of 10, one decode step after each: the running stream never waited
    # for the whole prompt.
    assert len(short.out_ids) == before + 9 and long.filled == 97 and not long.out_ids
    core.step()
    assert core.running == [short, long] and core.prefilling is None and len(long.out_ids) == 2
    # A running request leaving moves the others down, the one being prefilled too.
    third = core.new_request("c", prompt_of(60, 4), greedy(5))
    core.enqueue(third)
    core.step()
    assert core.prefilling is third and third.slot == 2 and third.filled == 10
    core.request_cancel(short)
    core.step()
    assert core.running == [long] and long.slot == 0
    assert core.prefilling is third and third.slot == 1 and third.filled == 20
    # Cancelled half-prefilled: its slot and reservation are released at once.
    core.request_cancel(third)
    core.step()
    assert core.prefilling is None and core.running == [long] and third.slot == -1
    assert core.reserved == long.reserve and core.kv_used_tokens() == core.pool.lengths[0]
    assert core.running_waiting() == (1, 0)


def test_prefix_hits_and_chunks_with_a_draft_model_keep_the_target_greedy_output(tok, model):
    draft = make_model(tok.vocab_size, block=128, seed=3, layers=1)
    base = prompt_of(70, 12)
    prompts = [base, base, base + prompt_of(9, 13)[1:], base[:40]]
    ref = Engine(model, tok, max_batch_size=4, prefix_cache_tokens=0)
    want = [run(ref.submit(p, greedy(16)))[0] for p in prompts]
    engine = Engine(model, tok, max_batch_size=4, draft_model=draft, prefill_tokens_per_step=24)
    # Two identical prompts at once (the second copies the first's slot, draft cache too),
    # then prompts that find blocks of the first in the store.
    first = [engine.submit(p, greedy(16)) for p in prompts[:2]]
    got = [run(h)[0] for h in first]
    got += [run(engine.submit(p, greedy(16)))[0] for p in prompts[2:]]
    assert got == want
    s = engine.stats()
    assert s["prefix_cache_hits"] == 3 and s["spec_proposed"] > 0
    engine.shutdown()
    ref.shutdown()


# ---------------------------------------------------------------- a burst as one batch


def _collect(core: EngineCore, reqs) -> dict[str, list]:
    events: dict[str, list] = {r.request_id: [] for r in reqs}
    for r in reqs:
        r.emit = events[r.request_id].append
    return events


@pytest.mark.parametrize("arch", ["llama", "gpt2"])
def test_a_burst_of_short_prompts_is_prefilled_in_one_call_with_the_same_output(tok, arch):
    """Whole prompts that fit the prefill budget together run as one padded batch; every
    request's tokens are those it gets alone, one that finishes at its first token (in
    the middle of the batch) leaves the others intact, and the first token's logprob is
    the full forward's."""
    model = make_model(tok.vocab_size, arch, block=128)
    prompts = [prompt_of(n, 40 + n) for n in (3, 17, 9, 30, 12)]
    params = [greedy(), sampled(5), greedy(1), sampled(6, logprobs=2), greedy(8)]
    ref = Engine(model, tok, max_batch_size=1, prefix_cache_tokens=0)
    want = [run(ref.submit(p, sp))[0] for p, sp in zip(prompts, params)]
    ref.shutdown()
    core = EngineCore(model, tok, max_batch_size=8, kv_budget_tokens=None)
    reqs = [core.new_request(str(i), p, sp) for i, (p, sp) in enumerate(zip(prompts, params))]
    events = _collect(core, reqs)
    for r in reqs:
        core.enqueue(r)
    core.step()
    assert core.prefill_calls == 1
    assert reqs[2].done and core.running == [reqs[0], reqs[1], reqs[4], reqs[3]]
    while core.has_work():
        core.step()
    got = [[e.token_id for e in events[r.request_id] if isinstance(e, TokenEvent)] for r in reqs]
    assert got == want
    with torch.inference_mode():
        lp = torch.log_softmax(model(torch.tensor([prompts[3]]))[0][0, -1], dim=-1)
    first = events["3"][0]
    assert first.logprob == pytest.approx(float(lp[first.token_id]), abs=1e-4)
    assert core.reserved == 0 and core.kv_used_tokens() == 0


def test_a_burst_still_shares_prefixes_and_copies_identical_prompts(tok, model):
    """A prompt that shares a first block with one in the batch, or repeats the prompt
    prefilled last, waits for it: it is then copied (from the running twin or the prefix
    cache) rather than computed again in the same batch."""
    system = prompt_of(40, 50)
    a, b, c = [*system, 5, 6], [*system, 7, 8, 9], prompt_of(12, 51)
    core = EngineCore(model, tok, max_batch_size=8, kv_budget_tokens=None)
    core.prefix = PrefixCache(core.pool, 512)
    reqs = [core.new_request(str(i), p, greedy(4)) for i, p in enumerate([a, a, b, c])]
    events = _collect(core, reqs)
    for r in reqs:
        core.enqueue(r)
    core.step()
    # a alone; its twin copied; b from the cache (2 blocks) in one batch with c.
    assert core.prefill_calls == 2 and reqs[2].filled == len(b)
    assert core.prefix.queries == 4 and core.prefix.hits == 2
    assert core.prefix.tokens_saved == len(a) + 32
    while core.has_work():
        core.step()
    ref = Engine(model, tok, max_batch_size=1, prefix_cache_tokens=0)
    for r, p in zip(reqs, [a, a, b, c]):
        got = [e.token_id for e in events[r.request_id] if isinstance(e, TokenEvent)]
        assert got == run(ref.submit(p, greedy(4)))[0]
    # The request prefilled last (c) has finished: nothing is left to copy from, so a
    # repeat of its prompt joins the next batch instead of waiting for a call of its own.
    d = prompt_of(9, 52)
    later = [core.new_request(str(i), p, greedy(4)) for i, p in enumerate([d, c], 4)]
    events = _collect(core, later)
    for r in later:
        core.enqueue(r)
    core.step()
    assert core.prefill_calls == 3  # one call for both
    while core.has_work():
        core.step()
    assert [e.token_id for e in events["5"] if isinstance(e, TokenEvent)] == run(
        ref.submit(c, greedy(4))
    )[0]
    ref.shutdown()


def test_a_failing_batched_prefill_fails_its_requests_only(tok, model, monkeypatch):
    core = EngineCore(model, tok, max_batch_size=4, kv_budget_tokens=None)
    first = core.new_request("a", prompt_of(5, 60), greedy(30))
    mine = _collect(core, [first])["a"]
    core.enqueue(first)
    core.step()
    real = model.hidden_states

    def boom(ids, **kw):
        if ids.size(0) > 1:
            raise RuntimeError("boom")
        return real(ids, **kw)

    monkeypatch.setattr(model, "hidden_states", boom)
    burst = [core.new_request(str(i), prompt_of(6 + i, 61 + i), greedy(5)) for i in range(3)]
    events = _collect(core, burst)
    for r in burst:
        core.enqueue(r)
    core.step()
    for r in burst:
        assert (
            events[r.request_id][-1].reason == "error" and "boom" in events[r.request_id][-1].error
        )
        assert r.slot == -1
    assert core.running == [first] and first.slot == 0 and core.reserved == first.reserve
    monkeypatch.undo()
    while core.has_work():
        core.step()
    ref = Engine(model, tok, max_batch_size=1, prefix_cache_tokens=0)
    want = run(ref.submit(prompt_of(5, 60), greedy(30)))[0]
    assert [e.token_id for e in mine if isinstance(e, TokenEvent)] == want
    ref.shutdown()
