"""The engine in a child process (``ProcessEngine``): the same tokens as in this process,
errors raised in the caller, grammar constraints and metrics across the pipe, cancellation,
a child that dies, shutdown."""

from __future__ import annotations

import asyncio
import json
import pickle
import threading
import time

import pytest
import torch

from genforge.errors import GenforgeError
from genforge.infer.constrained import (
    Grammar,
    GrammarProcessor,
    constraint_for,
    vocabulary_for,
)
from genforge.infer.engine import Engine
from genforge.infer.engine_process import ProcessEngine
from genforge.infer.protocol import EngineError, FinishEvent, SamplingParams, TokenEvent
from genforge.modeldir import save_model_dir
from genforge.models.gpt import GPT, GPTConfig
from genforge.tokenizer import stop_ids, train_tokenizer

TEXT = 'hello there, {"name": "kenobi", "age": 42} general kenobi. héllo wörld 🙂 ' * 30


@pytest.fixture(scope="module")
def model_dir(tmp_path_factory):
    tok = train_tokenizer([TEXT], vocab_size=300)
    torch.manual_seed(0)
    model = GPT(
        GPTConfig(vocab_size=tok.vocab_size, n_layer=2, n_head=4, n_embd=32, block_size=256)
    )
    with torch.no_grad():  # outputs that depend on the context (see test_engine.make_model)
        for p in model.parameters():
            if p.ndim == 2:
                p.normal_(0.0, 0.3)
    return save_model_dir(tmp_path_factory.mktemp("pe") / "m", model, tok)


class Recorder:
    """EngineMetrics that remembers every call."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, str]] = []

    def on_first_token(self, request_id, seconds):
        self.calls.append(("first", request_id))

    def on_token(self, request_id, inter_token_seconds):
        self.calls.append(("token", request_id))

    def on_finish(self, request_id, e2e, prompt_tokens, completion_tokens, reason):
        self.calls.append(("finish", request_id))


@pytest.fixture(scope="module")
def recorder():
    return Recorder()


@pytest.fixture(scope="module")
def remote(model_dir, recorder):
    engine = ProcessEngine(model_dir, metrics=recorder, max_batch_size=8, threads=1)
    yield engine
    engine.shutdown(drain=False)


@pytest.fixture(scope="module")
def local(model_dir):
    engine = Engine.from_model_dir(model_dir, max_batch_size=8)
    yield engine
    engine.shutdown(drain=False)


def run_all(engine, prompts, params):
    """Submit every request at once (so they batch), then collect each."""
    handles = [engine.submit(p, sp) for p, sp in zip(prompts, params, strict=True)]
    out = []
    for h in handles:
        events = list(h)
        assert isinstance(events[-1], FinishEvent)
        out.append(
            (
                [e.token_id for e in events if isinstance(e, TokenEvent)],
                [e.logprob for e in events if isinstance(e, TokenEvent)],
                events[-1].text,
                events[-1].reason,
            )
        )
    return out


def test_same_tokens_text_and_logprobs_as_in_process(remote, local):
    tok = local.tokenizer
    prompts = [tok.encode(t) for t in ("hello there", "general", "héllo wörld 🙂", "kenobi")]
    params = [
        SamplingParams(max_tokens=20, temperature=0.0, ignore_eos=True, logprobs=2),
        SamplingParams(max_tokens=24, temperature=0.9, top_k=20, seed=3, logprobs=0),
        SamplingParams(max_tokens=16, temperature=1.1, top_p=0.8, seed=5, stop=["ke"]),
        SamplingParams(max_tokens=12, temperature=0.7, min_p=0.05, seed=7, ignore_eos=True),
    ]
    assert remote.model_name == local.model_name
    assert remote.context_length == local.context_length == 256
    assert remote.vocab_size == local.vocab_size
    got, want = run_all(remote, prompts, params), run_all(local, prompts, params)
    for (ids, lps, text, reason), (ids2, lps2, text2, reason2) in zip(got, want, strict=True):
        assert (ids, text, reason) == (ids2, text2, reason2)
        # Which requests share a prefill call depends on when each arrives, and the batch's
        # shape moves the last float digits (the tokens, seeded, never move).
        assert lps == pytest.approx(lps2, abs=1e-4)
    assert torch.equal(remote.embed(prompts), local.embed(prompts))


def test_errors_are_raised_in_the_caller(remote):
    with pytest.raises(EngineError, match="top_k") as e:
        remote.submit([1, 2], SamplingParams(top_k=0))
    assert e.value.kind == "invalid_request"
    with pytest.raises(EngineError, match="vocabulary") as e:
        remote.submit([10**6], SamplingParams())
    assert e.value.kind == "invalid_request"
    with pytest.raises(EngineError) as e:
        remote.submit([1] * 300, SamplingParams())
    assert e.value.kind == "context_length"
    lam = SamplingParams(max_tokens=3, logits_processors=[lambda ids, x: x])
    with pytest.raises(EngineError, match="picklable") as e:
        remote.submit([1, 2], lam)
    assert e.value.kind == "invalid_request"
    # Nothing of the refused requests is left behind on either side.
    s = remote.stats()
    assert s["running"] == s["waiting"] == 0
    assert not remote._handles


def test_a_grammar_constraint_crosses_by_name(remote, local):
    tok = local.tokenizer
    vocab = vocabulary_for(tok, stop_ids(tok))
    schema = {
        "type": "object",
        "properties": {"name": {"type": "string"}, "age": {"type": "integer"}},
        "required": ["name", "age"],
    }
    con = constraint_for(vocab, "test:" + json.dumps(schema), lambda: Grammar.json_schema(schema))
    con.token_dists(con.automaton.start)  # a mask computed here does not travel
    prompt = tok.encode("hello there")
    proc = GrammarProcessor(con, len(prompt), 60)
    # The vocabulary's trie and the masks stay behind: only names and the grammar cross.
    assert len(pickle.dumps(proc)) < 8_000
    params = SamplingParams(max_tokens=60, temperature=0.8, seed=11, logits_processors=[proc])
    [(ids, _, text, reason)] = run_all(remote, [prompt], [params])
    assert [(ids, _, text, reason)] == run_all(local, [prompt], [params])
    assert reason == "stop"
    value = json.loads(text)
    assert isinstance(value["name"], str) and isinstance(value["age"], int)


def test_metrics_hooks_are_replayed_here(remote, local, recorder):
    recorder.calls.clear()
    handle = remote.submit([1, 2, 3], SamplingParams(max_tokens=7, temperature=0, ignore_eos=True))
    handle.result(timeout=30)
    rid = handle.request_id
    mine = [kind for kind, r in recorder.calls if r == rid]
    assert mine == ["first"] + ["token"] * 6 + ["finish"]


def test_async_iteration_and_cancel(remote):
    async def main():
        params = SamplingParams(max_tokens=240, temperature=0, ignore_eos=True)
        handle = remote.submit([1, 2, 3], params)
        seen = []
        async for ev in handle.aiter():
            seen.append(ev)
            if len(seen) == 3:
                handle.cancel()
        return seen

    seen = asyncio.run(main())
    assert isinstance(seen[-1], FinishEvent) and seen[-1].reason == "cancelled"
    assert 3 <= len(seen) - 1 < 240
    deadline = time.monotonic() + 10
    while remote.stats()["running"] and time.monotonic() < deadline:
        time.sleep(0.01)
    assert remote.stats()["running"] == 0


def test_a_dead_engine_process_ends_every_request_with_an_error(model_dir):
    engine = ProcessEngine(model_dir, max_batch_size=4, threads=1)
    try:
        params = SamplingParams(max_tokens=240, temperature=0, ignore_eos=True)
        handle = engine.submit([1, 2, 3], params)
        next(iter(handle))  # running
        engine._proc.kill()
        finish = handle.result(timeout=30)
        assert finish.reason == "error" and "exited unexpectedly" in finish.error
        assert engine.failed == finish.error
        with pytest.raises(EngineError) as e:
            engine.submit([1, 2], params)
        assert e.value.kind == "shutdown"
    finally:
        engine.shutdown(drain=False, timeout=5)


def test_shutdown_drains_then_the_process_exits(model_dir):
    engine = ProcessEngine(model_dir, max_batch_size=4, threads=1)
    handle = engine.submit([1, 2, 3], SamplingParams(max_tokens=50, temperature=0, ignore_eos=True))
    engine.shutdown(drain=True, timeout=30)
    finish = handle.result(timeout=1)
    assert (finish.reason, finish.completion_tokens) == ("length", 50)
    assert engine._proc.returncode == 0 and engine.failed is None
    with pytest.raises(EngineError) as e:
        engine.submit([1], SamplingParams())
    assert e.value.kind == "shutdown"


def test_a_model_dir_that_does_not_load_is_reported(tmp_path):
    with pytest.raises(GenforgeError, match="nope"):
        ProcessEngine(tmp_path / "nope")


def test_a_cancel_still_reaches_a_draining_engine(model_dir):
    """A client that goes away during the drain frees its request at once, as in-process."""
    engine = ProcessEngine(model_dir, max_batch_size=4, threads=1)
    params = SamplingParams(max_tokens=250, temperature=0, ignore_eos=True)
    handle = engine.submit([1, 2, 3], params)
    next(iter(handle))
    t0 = time.monotonic()
    stopper = threading.Thread(target=engine.shutdown, kwargs={"drain": True, "timeout": 60})
    stopper.start()
    time.sleep(0.05)
    handle.cancel()
    assert handle.result(timeout=30).reason == "cancelled"
    stopper.join(timeout=60)
    assert not stopper.is_alive() and engine._proc.returncode == 0
    assert time.monotonic() - t0 < 30


def test_a_stuck_engine_process_does_not_hang_the_caller(model_dir, monkeypatch):
    import os
    import signal

    import genforge.infer.engine_process as ep

    engine = ProcessEngine(model_dir, max_batch_size=4, threads=1)
    try:
        monkeypatch.setattr(ep, "_ANSWER_S", 0.5)
        generated = engine.stats()["tokens_generated"]
        os.kill(engine._proc.pid, signal.SIGSTOP)  # alive, but answers nothing
        t0 = time.monotonic()
        with pytest.raises(EngineError, match="did not take the request") as e:
            engine.submit([1, 2, 3], SamplingParams(max_tokens=200, ignore_eos=True))
        assert e.value.kind == "overloaded" and time.monotonic() - t0 < 5
        os.kill(engine._proc.pid, signal.SIGCONT)
        # The late request was taken and then cancelled: nothing runs, nothing is kept.
        # One snapshot per look: two reads can miss a request moving from waiting to running.
        deadline = time.monotonic() + 10
        while (s := engine.stats())["running"] + s["waiting"] and time.monotonic() < deadline:
            time.sleep(0.01)
        assert s["running"] == s["waiting"] == 0
        assert engine.stats()["tokens_generated"] - generated < 100  # not its 200 tokens
        assert not engine._handles and not engine._calls
        params = SamplingParams(max_tokens=5, temperature=0, ignore_eos=True)
        finish = engine.submit([1, 2], params).result(30)
        assert finish.completion_tokens == 5
    finally:
        os.kill(engine._proc.pid, signal.SIGCONT)
        engine.shutdown(drain=False)


def _refuse_to_unpickle():
    raise RuntimeError("this processor cannot be rebuilt here")


class Unbuildable:
    """A logits processor that pickles here but cannot be rebuilt in the engine process."""

    def __call__(self, ids, logits):
        return logits

    def __reduce__(self):
        return (_refuse_to_unpickle, ())


def test_a_request_the_child_cannot_rebuild_fails_alone(remote):
    params = SamplingParams(max_tokens=4, logits_processors=[Unbuildable()])
    with pytest.raises(GenforgeError, match="failed on submit") as e:
        remote.submit([1, 2], params)
    assert not isinstance(e.value, EngineError)  # a server bug (500), not the client's
    finish = remote.submit([1, 2], SamplingParams(max_tokens=3, ignore_eos=True)).result(30)
    assert finish.completion_tokens == 3 and remote.failed is None
