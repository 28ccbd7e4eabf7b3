"""The continuous-batching engine: batching equals running alone, sampling, streaming,
cancellation, admission control, shutdown, speculative decoding and embeddings."""

from __future__ import annotations

import asyncio
import threading
import time

import pytest
import torch

from genforge.errors import GenforgeError
from genforge.infer.engine import Engine, sample_seed
from genforge.infer.generate import generate
from genforge.infer.protocol import EngineError, FinishEvent, SamplingParams, TokenEvent
from genforge.models.gpt import GPT, GPTConfig
from genforge.tokenizer import train_tokenizer

TEXT = "hello there, general kenobi. héllo wörld 🙂 naïve café " * 30


@pytest.fixture(scope="module")
def tok():
    return train_tokenizer([TEXT], vocab_size=300)


def make_model(vocab: int, arch: str = "llama", block: int = 64, seed: int = 0, layers=2) -> GPT:
    torch.manual_seed(seed)
    kw = dict(n_kv_head=2) if arch == "llama" else {}
    model = GPT(
        GPTConfig(
            vocab_size=vocab, n_layer=layers, n_head=4, n_embd=32, block_size=block, arch=arch, **kw
        )
    )
    # Larger weights than the init so outputs depend on the context and do not collapse
    # onto one token.
    with torch.no_grad():
        for p in model.parameters():
            if p.ndim == 2:
                p.normal_(0.0, 0.3)
    return model.eval()


@pytest.fixture(scope="module")
def model(tok):
    return make_model(tok.vocab_size)


def run(handle) -> tuple[list[int], FinishEvent, list[TokenEvent]]:
    events = list(handle)
    tokens = [e for e in events if isinstance(e, TokenEvent)]
    assert isinstance(events[-1], FinishEvent)
    return [e.token_id for e in tokens], events[-1], tokens


def greedy(n: int, **kw) -> SamplingParams:
    return SamplingParams(max_tokens=n, temperature=0.0, ignore_eos=True, **kw)


# ---------------------------------------------------------------- batching == alone


@pytest.mark.parametrize("arch", ["llama", "gpt2"])
def test_requests_joining_and_leaving_match_running_alone(tok, arch):
    model = make_model(tok.vocab_size, arch)
    engine = Engine(model, tok, max_batch_size=3)
    prompts = [[1, 20, 30], [1, 40, 41, 42, 43, 44, 45], [1, 7], [1, 50, 60, 70, 80], [1, 99]]
    lengths = [30, 12, 25, 5, 40]
    handles = []
    for i, (p, n) in enumerate(zip(prompts, lengths)):
        handles.append(engine.submit(p, greedy(n)))
        if i == 1:
            # Later requests join a batch that is already decoding.
            while engine.stats()["tokens_generated"] < 8:
                time.sleep(0.001)
    peak = 0
    results = []
    for h in handles:
        peak = max(peak, engine.stats()["running"])
        results.append(run(h))
    engine.shutdown()
    for p, n, (ids, fin, _) in zip(prompts, lengths, results):
        assert ids == generate(model, p, max_new_tokens=n, temperature=0)
        assert fin.reason == "length" and fin.completion_tokens == n
        assert fin.prompt_tokens == len(p)
    assert engine.stats()["running"] == 0 and engine.stats()["kv_used_tokens"] == 0


def test_seeded_sampling_identical_alone_and_in_a_batch(tok, model):
    params = dict(max_tokens=30, temperature=1.0, top_p=0.95, top_k=40, ignore_eos=True)
    engine = Engine(model, tok, max_batch_size=9)
    alone, _, _ = run(engine.submit([1, 5, 6], SamplingParams(seed=1234, **params)))
    others = [
        engine.submit(
            [1, 10 + i],
            SamplingParams(seed=i, temperature=0.7 + 0.1 * i, max_tokens=40, ignore_eos=True),
        )
        for i in range(8)
    ]
    batched = engine.submit([1, 5, 6], SamplingParams(seed=1234, **params))
    more = [engine.submit([1, 3], SamplingParams(seed=99, min_p=0.1, max_tokens=30))]
    ids, _, _ = run(batched)
    for h in others + more:
        run(h)
    engine.shutdown()
    assert ids == alone
    # The engine's sampling is the same as the single-request generate() path.
    ref = generate(
        model, [1, 5, 6], max_new_tokens=30, temperature=1.0, top_p=0.95, top_k=40, seed=1234
    )
    assert ids == ref
    other_seed, _, _ = run(Engine(model, tok).submit([1, 5, 6], SamplingParams(seed=7, **params)))
    assert other_seed != ids


def test_sample_n_is_seeded_per_request_and_independent_of_batching(tok, model):
    params = SamplingParams(max_tokens=12, temperature=1.0, ignore_eos=True)
    prompts = [[1, 5, 6], [1, 7]]
    wide = Engine(model, tok, max_batch_size=8).sample_n(prompts, 3, params, seed=4)
    narrow = Engine(model, tok, max_batch_size=1)
    assert [[ids for ids, _ in g] for g in narrow.sample_n(prompts, 3, params, seed=4)] == [
        [ids for ids, _ in g] for g in wide
    ]
    # Sample j of prompt i is exactly one request seeded sample_seed(seed, i, j, n).
    for i, p in enumerate(prompts):
        for j in range(3):
            alone = narrow.submit(
                p, SamplingParams(**{**vars(params), "seed": sample_seed(4, i, j, 3)})
            )
            assert run(alone)[0] == wide[i][j][0]
    seeds = {sample_seed(4, i, j, 3) for i in range(2) for j in range(3)}
    assert len(seeds) == 6
    assert len({tuple(ids) for g in wide for ids, _ in g}) > 1
    first = narrow.sample_n(prompts, 2, params, seed=4, greedy_first=True)
    for p, group in zip(prompts, first):
        assert group[0][0] == run(narrow.submit(p, greedy(12)))[0]
    with pytest.raises(GenforgeError, match="samples per prompt"):
        narrow.sample_n(prompts, 0, params)
    narrow.shutdown()


# ---------------------------------------------------------------- sampling parameters


@pytest.fixture(scope="module")
def engine(tok, model):
    eng = Engine(model, tok, max_batch_size=8)
    yield eng
    eng.shutdown()


def ids_of(engine, prompt, **kw) -> list[int]:
    kw.setdefault("ignore_eos", True)
    return run(engine.submit(prompt, SamplingParams(**kw)))[0]


def test_logit_bias_forces_and_bans_tokens(engine):
    forced = ids_of(engine, [1, 2], max_tokens=10, temperature=1.0, seed=0, logit_bias={77: 100})
    assert forced == [77] * 10
    free = ids_of(engine, [1, 2], max_tokens=10, temperature=0)
    banned = ids_of(engine, [1, 2], max_tokens=10, temperature=0, logit_bias={free[0]: -100})
    assert banned[0] != free[0]


def test_top_k_1_top_p_tiny_and_min_p_1_are_greedy(engine):
    g = ids_of(engine, [1, 30, 31], max_tokens=20, temperature=0)
    hot = dict(max_tokens=20, temperature=3.0, seed=5)
    assert ids_of(engine, [1, 30, 31], top_k=1, **hot) == g
    assert ids_of(engine, [1, 30, 31], top_p=1e-6, **hot) == g
    assert ids_of(engine, [1, 30, 31], min_p=1.0, **hot) == g
    assert ids_of(engine, [1, 30, 31], **hot) != g  # the filters, not the seed, did it


def test_min_p_keeps_only_likely_tokens(engine, model):
    # Every token min_p=0.3 lets through has probability >= 0.3 * the best one's.
    ids = ids_of(engine, [1, 8], max_tokens=15, temperature=1.0, min_p=0.3, seed=3)
    seq = [1, 8, *ids]
    with torch.no_grad():
        probs = torch.softmax(model(torch.tensor([seq]))[0][0], dim=-1)  # (T, V)
    for t, tok_id in enumerate(ids):
        row = probs[len(seq) - len(ids) - 1 + t]
        assert row[tok_id] >= 0.3 * row.max() - 1e-6


def test_logits_processors_see_the_history_and_steer_each_row(engine):
    # A processor that allows only (last id + 1) mod 50 must produce that chain, whatever
    # the model prefers, greedy or sampled, and must be called with prompt + output so far.
    seen: list[list[int]] = []

    def successor(ids, logits):
        seen.append(list(ids))
        keep = (ids[-1] + 1) % 50
        out = torch.full_like(logits, float("-inf"))
        out[keep] = logits[keep]
        return out

    def chain(start: int, n: int) -> list[int]:
        return [(start + i + 1) % 50 for i in range(n)]

    greedy_ids = ids_of(engine, [1, 7], max_tokens=6, temperature=0, logits_processors=[successor])
    assert greedy_ids == chain(7, 6)
    assert seen[0] == [1, 7] and seen[-1] == [1, 7, *greedy_ids[:-1]]
    # In a running batch next to requests without a processor, which stay unchanged.
    plain = ids_of(engine, [1, 3], max_tokens=6, temperature=0)
    hs = [
        engine.submit([1, 3], SamplingParams(max_tokens=6, temperature=0, ignore_eos=True)),
        engine.submit(
            [1, 9],
            SamplingParams(
                max_tokens=6,
                temperature=1.0,
                seed=1,
                ignore_eos=True,
                logits_processors=[successor],
            ),
        ),
    ]
    assert run(hs[0])[0] == plain
    assert run(hs[1])[0] == chain(9, 6)
    with pytest.raises(EngineError, match="logits_processors"):
        SamplingParams(logits_processors=[3]).validate(100)


def repeats(ids: list[int]) -> int:
    return len(ids) - len(set(ids))


def test_penalties_reduce_repetition(engine):
    base = ids_of(engine, [1, 4], max_tokens=40, temperature=0)
    assert repeats(base) > 5  # a tiny random model loops: there is something to reduce
    for kw in (
        dict(repetition_penalty=3.0),
        dict(frequency_penalty=2.0),
        dict(presence_penalty=2.0),
    ):
        penalised = ids_of(engine, [1, 4], max_tokens=40, temperature=0, **kw)
        assert repeats(penalised) < repeats(base), kw


def test_repetition_penalty_alone_equals_batched(engine):
    params = dict(
        max_tokens=25, temperature=0.9, seed=11, repetition_penalty=1.5, frequency_penalty=0.5
    )
    alone = ids_of(engine, [1, 9], **params)
    handles = [
        engine.submit([1, 9 + i], SamplingParams(max_tokens=25, temperature=0)) for i in range(4)
    ]
    batched = ids_of(engine, [1, 9], **params)
    for h in handles:
        run(h)
    assert batched == alone


def test_stop_token_ids_and_eos(engine, tok, model):
    free = ids_of(engine, [1, 12], max_tokens=20, temperature=0)
    stop = free[5]
    ids, fin, _ = run(engine.submit([1, 12], greedy(20, stop_token_ids=[stop])))
    assert ids == free[: free.index(stop)] and fin.reason == "stop"
    # eos is a stop token unless ignore_eos: force it with a bias.
    fin = engine.generate([1, 12], SamplingParams(max_tokens=5, logit_bias={tok.eos_id: 100}))
    assert fin.reason == "stop" and fin.completion_tokens == 1 and fin.text == ""


def test_logprobs_equal_log_softmax_of_a_full_forward(engine, model, tok):
    prompt = [1, 14, 15]
    ids, _, events = run(
        engine.submit(
            prompt,
            SamplingParams(max_tokens=8, temperature=0.8, seed=2, logprobs=5, ignore_eos=True),
        )
    )
    with torch.no_grad():
        logits = model(torch.tensor([prompt + ids]))[0][0]  # (T, V)
    lp = torch.log_softmax(logits.float(), dim=-1)
    for t, ev in enumerate(events):
        row = lp[len(prompt) - 1 + t]
        assert ev.logprob == pytest.approx(float(row[ev.token_id]), abs=1e-4)
        best = torch.topk(row, 5)
        assert [i for i, _, _ in ev.top_logprobs] == best.indices.tolist()
        assert [v for _, _, v in ev.top_logprobs] == pytest.approx(best.values.tolist(), abs=1e-4)
        assert ev.top_logprobs[0][1] == tok.decode_bytes([best.indices[0]]).decode(
            "utf-8", errors="replace"
        )
    plain = run(engine.submit(prompt, greedy(3)))[2]
    assert all(e.logprob is None and e.top_logprobs is None for e in plain)


# ---------------------------------------------------------------- text: stops and UTF-8


def test_stop_strings_cut_across_token_boundaries(engine, tok):
    ello = tok.encode("ello")
    assert len(ello) == 1  # one token, so every stop below spans a token boundary
    forced = dict(max_tokens=6, temperature=0, ignore_eos=True, logit_bias={ello[0]: 100})
    for stop, want in (["oe"], "ell"), (["loel"], "el"), (["zz", "oell"], "ell"):
        ids, fin, events = run(engine.submit([1, 2], SamplingParams(stop=stop, **forced)))
        assert fin.reason == "stop" and fin.text == want, stop
        assert ids == ello * 2  # found as soon as the second token arrives
        assert "".join(e.text for e in events) == want
    # A stop string never seen: everything comes out, held-back text included.
    _, fin, events = run(engine.submit([1, 2], SamplingParams(stop=["oex"], **forced)))
    assert fin.reason == "length" and fin.text == "ello" * 6
    assert "".join(e.text for e in events) == "ello" * 6
    assert [e.text for e in events][:2] == ["ell", "oell"]  # "o" held: it may start "oex"


def test_stop_matcher_on_every_split():
    from genforge.infer.detok import StopMatcher

    text = "abc<END>def<ST"
    for stops, want in ((["<END>"], "abc"), (["<ST"], "abc<END>def"), (["zz"], text)):
        for cut1 in range(len(text)):
            for cut2 in range(cut1, len(text)):
                m = StopMatcher(stops)
                out, stopped = "", False
                for piece in (text[:cut1], text[cut1:cut2], text[cut2:]):
                    if stopped:
                        break
                    safe, stopped = m.push(piece)
                    out += safe
                if not stopped:
                    out += m.flush()
                assert out == want


def test_utf8_is_assembled_across_byte_tokens(tok):
    from genforge.infer.detok import StreamDecoder

    text = "🙂é naïve"
    ids = tok.encode(text)
    pieces = [tok.decode_bytes([i]) for i in ids]
    assert any(
        p.decode("utf-8", errors="replace") != p.decode("utf-8", errors="ignore") for p in pieces
    ), "no token splits a character: the test would prove nothing"
    dec = StreamDecoder(tok)
    out = [dec.push(i) for i in ids]
    assert all("\ufffd" not in s for s in out)
    assert "".join(out) + dec.flush() == text


def test_streamed_text_equals_decode_for_random_byte_soup(engine, tok):
    # A random model emits lone bytes of multi-byte characters all the time.
    for seed in range(4):
        ids, fin, events = run(
            engine.submit([1, 3], SamplingParams(max_tokens=40, seed=seed, ignore_eos=True))
        )
        assert "".join(e.text for e in events) == fin.text == tok.decode(ids, skip_special=True)


# ---------------------------------------------------------------- lifecycle


def long_request(engine, prompt=(1, 2)) -> object:
    return engine.submit(
        list(prompt), SamplingParams(max_tokens=1000, temperature=0, ignore_eos=True)
    )


def test_cancel_frees_the_slot_at_once(tok):
    engine = Engine(make_model(tok.vocab_size, block=1024), tok, max_batch_size=2)
    handle = long_request(engine)
    it = iter(handle)
    assert isinstance(next(it), TokenEvent)
    busy = engine.stats()
    assert busy["running"] == 1 and busy["kv_used_tokens"] > 0
    handle.cancel()
    rest = list(it)
    assert isinstance(rest[-1], FinishEvent) and rest[-1].reason == "cancelled"
    assert rest[-1].completion_tokens < 1000
    idle = engine.stats()
    assert idle["running"] == 0 and idle["kv_used_tokens"] == 0
    assert idle["kv_reserved_tokens"] == 0
    engine.shutdown()


def test_queue_full_is_overloaded_and_queued_requests_can_be_cancelled(tok):
    engine = Engine(make_model(tok.vocab_size, block=1024), tok, max_batch_size=1, max_queue=1)
    first = long_request(engine)
    while engine.stats()["running"] == 0:
        time.sleep(0.001)
    queued = long_request(engine)
    with pytest.raises(EngineError) as err:
        long_request(engine)
    assert err.value.kind == "overloaded"
    queued.cancel()
    assert queued.result(timeout=10).reason == "cancelled"
    assert queued.result().completion_tokens == 0
    first.cancel()
    assert first.result(timeout=10).reason == "cancelled"
    engine.shutdown()


def test_kv_budget_admits_only_what_fits(tok, model):
    engine = Engine(model, tok, max_batch_size=4, kv_budget_tokens=40)
    handles = [engine.submit([1, 2 + i], greedy(30)) for i in range(3)]  # 32 tokens each
    peak = 0
    while not all(h.finished for h in handles):
        peak = max(peak, engine.stats()["running"])
        time.sleep(0.0005)
    assert peak == 1 and all(h.result().reason == "length" for h in handles)
    with pytest.raises(EngineError) as err:
        engine.submit([1, 2], greedy(60))
    assert err.value.kind == "context_length"
    engine.shutdown()


@pytest.mark.parametrize(
    "prompt, params, kind, words",
    [
        (list(range(1, 70)), SamplingParams(), "context_length", "context"),
        ([], SamplingParams(), "invalid_request", "empty"),
        ([1, 5000], SamplingParams(), "invalid_request", "vocabulary"),
        ([1], SamplingParams(max_tokens=0), "invalid_request", "max_tokens"),
        ([1], SamplingParams(temperature=-1), "invalid_request", "temperature"),
        ([1], SamplingParams(top_p=0.0), "invalid_request", "top_p"),
        ([1], SamplingParams(top_k=0), "invalid_request", "top_k"),
        ([1], SamplingParams(min_p=2.0), "invalid_request", "min_p"),
        ([1], SamplingParams(repetition_penalty=0), "invalid_request", "repetition_penalty"),
        ([1], SamplingParams(presence_penalty=3), "invalid_request", "presence_penalty"),
        ([1], SamplingParams(logit_bias={1: 500}), "invalid_request", "logit_bias"),
        ([1], SamplingParams(logit_bias={99999: 1}), "invalid_request", "logit_bias"),
        ([1], SamplingParams(logprobs=21), "invalid_request", "logprobs"),
        ([1], SamplingParams(stop=[""]), "invalid_request", "stop"),
        ([1], SamplingParams(stop_token_ids=[-1]), "invalid_request", "stop_token_ids"),
    ],
)
def test_bad_requests_raise_engine_errors(engine, prompt, params, kind, words):
    with pytest.raises(EngineError, match=words) as err:
        engine.submit(prompt, params)
    assert err.value.kind == kind and err.value.message


def test_context_full_finishes_with_length(engine, model):
    fin = engine.generate(list(range(1, 60)), greedy(100))
    # 59 prompt tokens in a 64-token context: 5 fed back + 1 from the last position.
    assert fin.reason == "length" and fin.completion_tokens == 6


def test_shutdown_drains_then_refuses(tok, model):
    engine = Engine(model, tok, max_batch_size=2)
    handles = [engine.submit([1, 2 + i], greedy(20)) for i in range(5)]
    engine.shutdown(drain=True, timeout=30)
    assert [h.result(timeout=0).reason for h in handles] == ["length"] * 5
    with pytest.raises(EngineError) as err:
        engine.submit([1], greedy(3))
    assert err.value.kind == "shutdown"


def test_shutdown_without_drain_cancels(tok):
    engine = Engine(make_model(tok.vocab_size, block=1024), tok, max_batch_size=1)
    handles = [long_request(engine, (1, 2 + i)) for i in range(3)]
    engine.shutdown(drain=False)
    assert {h.result(timeout=5).reason for h in handles} == {"cancelled"}


def test_async_iteration_and_metrics_hooks(tok, model):
    calls = {"first": 0, "token": 0, "finish": []}

    class Metrics:
        def on_first_token(self, rid, s):
            calls["first"] += 1

        def on_token(self, rid, s):
            calls["token"] += 1

        def on_finish(self, rid, s, p, c, reason):
            calls["finish"].append((p, c, reason))

    engine = Engine(model, tok, metrics=Metrics())

    async def consume():
        handles = [engine.submit([1, 2 + i], greedy(10)) for i in range(3)]
        outs = []
        for h in handles:
            outs.append([e async for e in h.aiter()])
        return outs

    outs = asyncio.run(consume())
    engine.shutdown()
    for events in outs:
        assert len(events) == 11 and events[-1].reason == "length"
    assert calls["first"] == 3 and calls["token"] == 27
    assert calls["finish"] == [(2, 10, "length")] * 3


def test_async_consumer_behind_gets_every_event_with_fewer_wakeups():
    """Events pushed while an async consumer is busy ride on the wake-up already scheduled
    (one per burst, not per event), and none is lost or reordered."""
    from genforge.infer.engine import RequestHandle

    handle = RequestHandle("r", lambda _rid: None)
    wakes = []
    real_wake = handle._wake_waiter

    def counting(ev):
        wakes.append(1)
        real_wake(ev)

    handle._wake_waiter = counting

    def produce(n: int) -> None:
        for i in range(n):
            handle._push(TokenEvent(i, str(i), None, None))
            if i % 50 == 49:
                time.sleep(0.01)  # bursts: the consumer catches up between them
        handle._push(FinishEvent("length", 1, n, "", None))

    async def consume() -> list:
        got = []
        loop = asyncio.get_running_loop()
        async for ev in handle.aiter():
            if not got:
                loop.run_in_executor(None, produce, 500)  # starts once the waiter exists
            got.append(ev)
            if len(got) % 100 == 0:
                time.sleep(0.005)  # a slow consumer: the producer runs ahead
        return got

    handle._push(TokenEvent(-1, "", None, None))
    got = asyncio.run(consume())
    assert [e.token_id for e in got[:-1]] == [-1, *range(500)]
    assert isinstance(got[-1], FinishEvent) and not handle.ready()
    assert 1 <= len(wakes) < 250, len(wakes)


def test_result_waiter_is_woken_by_the_finish_and_iterators_by_each_event():
    """A thread blocked in result() is notified once, by the finish (a wake-up per token
    was a thread switch per token); a thread iterating still gets every event."""
    from genforge.infer.engine import RequestHandle

    handle = RequestHandle("r", lambda _rid: None)
    notes = []
    real = handle._cond.notify_all

    def counting() -> None:
        notes.append(1)
        real()

    handle._cond.notify_all = counting
    done = []
    waiter = threading.Thread(target=lambda: done.append(handle.result(timeout=10)))
    waiter.start()
    time.sleep(0.05)
    for i in range(20):
        handle._push(TokenEvent(i, str(i), None, None))
    assert notes == [] and not done
    handle._push(FinishEvent("length", 1, 20, "", None))
    waiter.join(timeout=10)
    assert len(notes) == 1 and done[0].reason == "length"

    handle = RequestHandle("s", lambda _rid: None)
    got = []
    reader = threading.Thread(target=lambda: got.extend(handle))
    reader.start()
    for i in range(50):
        handle._push(TokenEvent(i, str(i), None, None))
        time.sleep(0.001)
    handle._push(FinishEvent("stop", 1, 50, "", None))
    reader.join(timeout=10)
    assert [e.token_id for e in got[:-1]] == list(range(50)) and handle._iterating == 0


# ---------------------------------------------------------------- speculative, embeddings


@pytest.mark.parametrize("same_draft", [True, False])
def test_speculative_decoding_gives_the_target_greedy_output(tok, model, same_draft):
    draft = model if same_draft else make_model(tok.vocab_size, seed=1, layers=1)
    engine = Engine(model, tok, max_batch_size=4, draft_model=draft, num_speculative_tokens=3)
    prompts = [[1, 20, 30], [1, 5], [1, 40, 41, 42, 43], [1, 9, 9]]
    handles = [engine.submit(p, greedy(25 + 3 * i)) for i, p in enumerate(prompts)]
    outs = [run(h)[0] for h in handles]
    stats = engine.stats()
    engine.shutdown()
    for i, (p, ids) in enumerate(zip(prompts, outs)):
        assert ids == generate(model, p, max_new_tokens=25 + 3 * i, temperature=0)
    assert stats["spec_proposed"] > 0
    if same_draft:
        assert stats["spec_acceptance_rate"] == 1.0
    else:
        assert 0.0 <= stats["spec_acceptance_rate"] < 1.0
    # Context end: speculation must not run past the block.
    engine = Engine(model, tok, draft_model=draft)
    ids, fin, _ = run(engine.submit(list(range(1, 55)), greedy(50)))
    engine.shutdown()
    assert fin.completion_tokens == 11 and fin.reason == "length"
    assert ids == generate(model, list(range(1, 55)), max_new_tokens=50, temperature=0)


def test_embed_returns_normalised_mean_pooled_states(engine, model):
    seqs = [[1, 2, 3], [1, 4], [1, 5, 6, 7, 8]]
    emb = engine.embed(seqs)
    assert emb.shape == (3, model.config.n_embd)
    assert torch.allclose(emb.norm(dim=-1), torch.ones(3), atol=1e-5)
    for i, s in enumerate(seqs):
        with torch.no_grad():
            h = model.hidden_states(torch.tensor([s]))[0].mean(dim=0)
        assert torch.allclose(emb[i], torch.nn.functional.normalize(h, dim=0), atol=1e-5)
    with pytest.raises(EngineError):
        engine.embed([])


def test_stream_decoder_hides_control_tokens():
    from genforge.infer.detok import StreamDecoder
    from genforge.tokenizer import train_tokenizer

    tok = train_tokenizer(["hello world, hello there"] * 20, vocab_size=300)
    dec = StreamDecoder(tok)
    ids = [tok.token_to_id("<|assistant|>"), *tok.encode("hello"), tok.end_id]
    assert "".join(dec.push(i) for i in ids) + dec.flush() == "hello"


def test_copy_weights_from_switches_the_running_engine_to_the_new_weights(tok):
    b = make_model(tok.vocab_size, seed=1)
    prompt = tok.encode("def f(x):")
    greedy = SamplingParams(max_tokens=12, temperature=0.0)
    want_b = Engine(b, tok, max_batch_size=2)
    try:
        expected = want_b.generate(prompt, greedy).text
    finally:
        want_b.shutdown()
    own = make_model(tok.vocab_size, seed=0)
    eng = Engine(own, tok, max_batch_size=2)
    try:
        before = eng.generate(prompt, greedy).text
        eng.copy_weights_from(b)
        assert eng.generate(prompt, greedy).text == expected != before
        with pytest.raises(EngineError, match="one config"):
            eng.copy_weights_from(make_model(tok.vocab_size, layers=1))
        assert eng.model is own  # the same model object, now holding b's values
    finally:
        eng.shutdown()


def test_collect_returns_every_token_id_and_the_finish(engine, tok):
    handle = engine.submit(tok.encode("def f(x):"), SamplingParams(max_tokens=7, temperature=0.0))
    ids, finish = handle.collect()
    assert finish.reason == "length" and len(ids) == finish.completion_tokens == 7
    assert tok.decode(ids) == finish.text
