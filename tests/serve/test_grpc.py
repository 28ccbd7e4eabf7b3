"""The gRPC API with a real grpc client against a real server on loopback, over the real
engine (the same one the HTTP ``live_server`` uses)."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path

import grpc
import pytest
import torch

from genforge.errors import GenforgeError
from genforge.infer.engine import Engine
from genforge.infer.protocol import SamplingParams
from genforge.serve.grpc_gen import genforge_pb2 as pb
from genforge.serve.grpc_gen import genforge_pb2_grpc as pb_grpc
from genforge.serve.grpc_server import start_grpc_server

KEY = "sk-grpc-test"


class Client:
    """A stub on a fresh channel to ``port``; closes the channel on exit."""

    def __init__(self, port: int) -> None:
        self.channel = grpc.insecure_channel(f"127.0.0.1:{port}")
        grpc.channel_ready_future(self.channel).result(timeout=10)
        self.stub = pb_grpc.GenforgeStub(self.channel)

    def close(self) -> None:
        self.channel.close()


@pytest.fixture(scope="module")
def engine(live_server):
    return live_server.engine


@pytest.fixture(scope="module")
def grpc_port(engine) -> Iterator[int]:
    server = start_grpc_server(engine, 0)
    try:
        yield server.port
    finally:
        server.stop(grace=None)


@pytest.fixture(scope="module")
def client(grpc_port: int) -> Iterator[Client]:
    c = Client(grpc_port)
    yield c
    c.close()


def wait_idle(engine, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while (s := engine.stats())["running"] or s["waiting"]:
        assert time.monotonic() < deadline, f"engine still busy: {s}"
        time.sleep(0.02)


def collect(stream) -> tuple[list[pb.GenerateChunk], pb.GenerateChunk]:
    chunks = list(stream)
    assert chunks and chunks[-1].finish_reason, "the stream must end with a finish chunk"
    assert all(not c.finish_reason for c in chunks[:-1])
    return chunks[:-1], chunks[-1]


def test_health_names_the_model_and_needs_no_key(client, engine):
    reply = client.stub.Health(pb.HealthRequest(), timeout=10)
    assert reply.status == "ok"
    assert reply.model == engine.model_name == "tiny"
    assert reply.context_length == engine.context_length
    assert 0.0 <= reply.kv_usage <= 1.0


def test_generate_streams_the_engines_greedy_answer(client, engine):
    prompt = "def main():"
    request = pb.GenerateRequest(
        prompt=prompt, sampling=pb.SamplingParams(max_tokens=20, temperature=0)
    )
    tokens, final = collect(client.stub.Generate(request, timeout=30))
    ids = engine.tokenizer.encode(prompt, add_bos=True)
    expected = engine.generate(ids, SamplingParams(max_tokens=20, temperature=0))
    assert [c.token_ids[0] for c in tokens] == _token_ids(engine, ids, 20)
    assert "".join(c.text for c in tokens) == expected.text
    assert final.finish_reason == expected.reason
    assert final.usage.prompt_tokens == len(ids)
    assert final.usage.completion_tokens == len(tokens) == expected.completion_tokens
    assert final.usage.total_tokens == len(ids) + len(tokens)
    assert len({c.request_id for c in [*tokens, final]}) == 1


def _token_ids(engine, ids: list[int], max_tokens: int) -> list[int]:
    handle = engine.submit(ids, SamplingParams(max_tokens=max_tokens, temperature=0))
    return [e.token_id for e in handle if hasattr(e, "token_id")]


def test_chat_input_uses_the_chat_template_and_seed_reproduces(client, engine):
    messages = [
        pb.ChatMessage(role="system", content="You are terse."),
        pb.ChatMessage(role="user", content="Name a colour."),
    ]
    sampling = pb.SamplingParams(max_tokens=12, temperature=1.0, top_k=50, seed=1234)
    request = pb.GenerateRequest(chat=pb.Conversation(messages=messages), sampling=sampling)
    first_tokens, first_final = collect(client.stub.Generate(request, timeout=30))
    again_tokens, _ = collect(client.stub.Generate(request, timeout=30))
    expected_prompt = engine.tokenizer.encode_chat(
        [{"role": m.role, "content": m.content} for m in messages]
    )
    assert first_final.usage.prompt_tokens == len(expected_prompt)
    assert [c.token_ids[0] for c in first_tokens] == [c.token_ids[0] for c in again_tokens]
    # Token ids as input give the very same answer as the text they encode.
    by_ids = pb.GenerateRequest(
        prompt_token_ids=pb.TokenIds(ids=expected_prompt), sampling=sampling
    )
    ids_tokens, _ = collect(client.stub.Generate(by_ids, timeout=30))
    assert [c.token_ids[0] for c in ids_tokens] == [c.token_ids[0] for c in first_tokens]


def test_logprobs_and_stop_strings(client, engine):
    request = pb.GenerateRequest(
        prompt="import os",
        sampling=pb.SamplingParams(max_tokens=8, temperature=0, logprobs=3),
    )
    tokens, _ = collect(client.stub.Generate(request, timeout=30))
    for c in tokens:
        assert c.HasField("logprob") and c.logprob <= 0.0
        lps = [t.logprob for t in c.top_logprobs]
        assert len(lps) == 3 and lps == sorted(lps, reverse=True)
        # Greedy: the chosen token is the likeliest one.
        assert c.top_logprobs[0].token_id == c.token_ids[0]
        assert c.logprob == pytest.approx(lps[0], abs=1e-5)
    # A stop string taken from the greedy answer ends it there, not included.
    text = "".join(c.text for c in tokens)
    assert len(text) >= 4
    stop = text[2:4]
    request.sampling.stop.append(stop)
    request.sampling.ClearField("logprobs")
    stopped, final = collect(client.stub.Generate(request, timeout=30))
    assert final.finish_reason == "stop"
    assert "".join(c.text for c in stopped) == text[: text.index(stop)]


def test_embed_matches_the_engine(client, engine, serve_model_dir):
    from genforge.modeldir import read_model_config

    texts = ["the cat sat", "import numpy as np"]
    reply = client.stub.Embed(pb.EmbedRequest(inputs=texts), timeout=30)
    assert reply.dim == read_model_config(serve_model_dir)[0].n_embd
    assert len(reply.embeddings) == 2
    got = torch.tensor([list(e.values) for e in reply.embeddings])
    want = engine.embed([engine.tokenizer.encode(t) for t in texts]).float()
    assert got.shape == want.shape == (2, reply.dim)
    torch.testing.assert_close(got, want, atol=1e-6, rtol=1e-5)
    assert torch.linalg.vector_norm(got, dim=1) == pytest.approx([1.0, 1.0], abs=1e-5)
    tokens = sum(len(engine.tokenizer.encode(t)) for t in texts)
    assert reply.usage.prompt_tokens == tokens
    assert reply.model == "tiny"


@pytest.mark.parametrize(
    ("request_kw", "needle"),
    [
        ({"sampling": pb.SamplingParams(max_tokens=4)}, "no input"),
        ({"prompt": "hi", "sampling": pb.SamplingParams(temperature=-1)}, "temperature"),
        ({"prompt": "hi", "sampling": pb.SamplingParams(top_p=1.5)}, "top_p"),
        ({"prompt": "hi", "sampling": pb.SamplingParams(max_tokens=0)}, "max_tokens"),
        ({"prompt_token_ids": pb.TokenIds(ids=[1, 10**6])}, "vocabulary"),
        ({"prompt_token_ids": pb.TokenIds(ids=[5] * 600)}, "context"),
        ({"chat": pb.Conversation(messages=[pb.ChatMessage(role="wizard", content="x")])}, "role"),
        ({"chat": pb.Conversation()}, "no messages"),
    ],
)
def test_bad_requests_are_invalid_argument(client, request_kw, needle):
    with pytest.raises(grpc.RpcError) as info:
        list(client.stub.Generate(pb.GenerateRequest(**request_kw), timeout=30))
    assert info.value.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert needle in info.value.details()


def test_bad_embed_requests_are_invalid_argument(client):
    for inputs, needle in (([], "empty"), (["ok", ""], "inputs[1]"), (["x " * 2000], "at most")):
        with pytest.raises(grpc.RpcError) as info:
            client.stub.Embed(pb.EmbedRequest(inputs=inputs), timeout=30)
        assert info.value.code() == grpc.StatusCode.INVALID_ARGUMENT
        assert needle in info.value.details()


def test_cancelling_the_call_frees_the_engine_slot(client, engine):
    wait_idle(engine)
    before = engine.stats()["tokens_generated"]
    request = pb.GenerateRequest(
        prompt="once upon a time",
        sampling=pb.SamplingParams(max_tokens=480, temperature=0, ignore_eos=True),
    )
    call = client.stub.Generate(request, timeout=60)
    assert next(call).token_ids and next(call).token_ids  # it is streaming
    assert engine.stats()["running"] == 1
    call.cancel()
    with pytest.raises(grpc.RpcError) as info:
        list(call)
    assert info.value.code() == grpc.StatusCode.CANCELLED
    wait_idle(engine)
    generated = engine.stats()["tokens_generated"] - before
    assert generated < 480 - 100, "the engine kept generating after the client cancelled"


def test_concurrent_streams_share_the_engine(client, engine):
    results: dict[int, tuple] = {}

    def run(i: int) -> None:
        request = pb.GenerateRequest(
            prompt=f"item {i}:", sampling=pb.SamplingParams(max_tokens=16, temperature=0)
        )
        results[i] = collect(client.stub.Generate(request, timeout=60))

    threads = [threading.Thread(target=run, args=(i,)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert sorted(results) == [0, 1, 2, 3]
    for i, (tokens, final) in results.items():
        alone = engine.generate(
            engine.tokenizer.encode(f"item {i}:", add_bos=True),
            SamplingParams(max_tokens=16, temperature=0),
        )
        assert "".join(c.text for c in tokens) == alone.text
        assert final.usage.completion_tokens == alone.completion_tokens


def test_api_keys_are_checked_from_metadata(engine):
    server = start_grpc_server(engine, 0, api_keys=[KEY, "sk-other"])
    c = Client(server.port)
    request = pb.GenerateRequest(prompt="hi", sampling=pb.SamplingParams(max_tokens=2))
    try:
        for metadata in (None, [("authorization", "Bearer sk-wrong")], [("authorization", KEY)]):
            with pytest.raises(grpc.RpcError) as info:
                list(c.stub.Generate(request, metadata=metadata, timeout=30))
            assert info.value.code() == grpc.StatusCode.UNAUTHENTICATED
            assert "Bearer" in info.value.details()
        with pytest.raises(grpc.RpcError) as info:
            c.stub.Embed(pb.EmbedRequest(inputs=["x"]), timeout=30)
        assert info.value.code() == grpc.StatusCode.UNAUTHENTICATED
        ok = [("authorization", f"Bearer {KEY}")]
        _, final = collect(c.stub.Generate(request, metadata=ok, timeout=30))
        assert final.usage.completion_tokens >= 1
        assert c.stub.Health(pb.HealthRequest(), timeout=10).status == "ok"
    finally:
        c.close()
        server.stop(grace=None)


@pytest.fixture
def small_engine(serve_model_dir: Path) -> Iterator[Engine]:
    eng = Engine.from_model_dir(serve_model_dir, max_batch_size=1, max_queue=1, device="cpu")
    eng.start()
    try:
        yield eng
    finally:
        eng.shutdown(drain=False, timeout=5)


def test_full_queue_is_resource_exhausted_and_shutdown_is_unavailable(small_engine):
    server = start_grpc_server(small_engine, 0)
    c = Client(server.port)
    long = SamplingParams(max_tokens=400, temperature=0, ignore_eos=True)
    ids = small_engine.tokenizer.encode("busy", add_bos=True)
    try:
        running = small_engine.submit(ids, long)
        deadline = time.monotonic() + 10
        while small_engine.stats()["running"] < 1:
            assert time.monotonic() < deadline
            time.sleep(0.01)
        queued = small_engine.submit(ids, long)  # the one queue place is now taken
        request = pb.GenerateRequest(prompt="hi", sampling=pb.SamplingParams(max_tokens=2))
        with pytest.raises(grpc.RpcError) as info:
            list(c.stub.Generate(request, timeout=30))
        assert info.value.code() == grpc.StatusCode.RESOURCE_EXHAUSTED
        assert "queue is full" in info.value.details()
        running.cancel()
        queued.cancel()
        small_engine.shutdown(drain=False, timeout=5)
        with pytest.raises(grpc.RpcError) as info:
            list(c.stub.Generate(request, timeout=30))
        assert info.value.code() == grpc.StatusCode.UNAVAILABLE
    finally:
        c.close()
        server.stop(grace=None)


def test_bad_port_is_a_clear_error(engine):
    with pytest.raises(GenforgeError, match=r"0\.\.65535"):
        start_grpc_server(engine, 70000)
    held = start_grpc_server(engine, 0)
    try:
        with pytest.raises(GenforgeError, match="--grpc-port"):
            start_grpc_server(engine, held.port)
    finally:
        held.stop(grace=None)
