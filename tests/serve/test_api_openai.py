"""The API through the real ``openai`` client against a live server on loopback."""

from __future__ import annotations

import base64
import math

import httpx
import numpy as np
import openai
import pytest
from openai import OpenAI

MODEL = "tiny"
CHAT = [{"role": "user", "content": "Write a function that wraps text."}]


@pytest.fixture(scope="module")
def client(live_server) -> OpenAI:
    return OpenAI(base_url=f"{live_server.base_url}/v1", api_key="unused", max_retries=0)


def _chat(client: OpenAI, **kw):
    """A chat completion of CHAT that runs to max_tokens (EOS ignored, so counts are exact)."""
    return client.chat.completions.create(
        model=MODEL, messages=CHAT, extra_body={"ignore_eos": True}, **kw
    )


def _complete(client: OpenAI, **kw):
    """A text completion that runs to max_tokens (EOS ignored, so counts are exact)."""
    return client.completions.create(model=MODEL, extra_body={"ignore_eos": True}, **kw)


def test_models_lists_the_served_model(client):
    models = client.models.list()
    assert [m.id for m in models.data] == [MODEL]
    assert client.models.retrieve(MODEL).id == MODEL
    with pytest.raises(openai.NotFoundError) as e:
        client.models.retrieve("gpt-4")
    assert e.value.code == "model_not_found"


def test_chat_completion_non_streaming(client, live_server):
    r = _chat(client, max_tokens=12, temperature=0)
    assert r.object == "chat.completion" and r.id.startswith("chatcmpl-")
    (choice,) = r.choices
    assert choice.finish_reason == "length"
    assert choice.message.role == "assistant" and isinstance(choice.message.content, str)
    prompt = live_server.engine.tokenizer.encode_chat(CHAT)
    assert r.usage.prompt_tokens == len(prompt)
    assert r.usage.completion_tokens == 12
    assert r.usage.total_tokens == len(prompt) + 12
    # Greedy decoding is deterministic: the same request gives the same text.
    again = _chat(client, max_tokens=12, temperature=0)
    assert again.choices[0].message.content == choice.message.content


def test_chat_matches_the_engine_directly(client, live_server):
    """The server adds nothing to generation: its greedy answer is the engine's."""
    from genforge.infer.protocol import SamplingParams

    engine = live_server.engine
    prompt = engine.tokenizer.encode_chat(CHAT)
    direct = engine.generate(prompt, SamplingParams(max_tokens=10, temperature=0, ignore_eos=True))
    r = _chat(client, max_tokens=10, temperature=0)
    assert r.choices[0].message.content == direct.text


def test_chat_streaming_with_usage(client):
    stream = _chat(
        client, max_tokens=10, temperature=0, stream=True, stream_options={"include_usage": True}
    )
    chunks = list(stream)
    assert chunks[0].choices[0].delta.role == "assistant"
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    finishes = [c.choices[0].finish_reason for c in chunks if c.choices]
    assert finishes[-1] == "length" and all(f is None for f in finishes[:-1])
    assert chunks[-1].choices == [] and chunks[-1].usage.completion_tokens == 10
    whole = _chat(client, max_tokens=10, temperature=0)
    assert text == whole.choices[0].message.content


def test_raw_sse_framing(live_server):
    with httpx.stream(
        "POST",
        f"{live_server.base_url}/v1/completions",
        json={"model": MODEL, "prompt": "def", "max_tokens": 3, "stream": True},
        timeout=30,
    ) as r:
        assert r.status_code == 200
        assert r.headers["content-type"].startswith("text/event-stream")
        lines = [line for line in r.iter_lines() if line]
    assert all(line.startswith("data: ") for line in lines)
    assert lines[-1] == "data: [DONE]"


def test_completions_streaming_and_not(client):
    r = _complete(client, prompt="import os\n", max_tokens=8, temperature=0)
    assert r.object == "text_completion"
    assert r.choices[0].finish_reason == "length" and r.usage.completion_tokens == 8
    stream = _complete(client, prompt="import os\n", max_tokens=8, temperature=0, stream=True)
    parts = list(stream)
    assert "".join(p.choices[0].text for p in parts if p.choices) == r.choices[0].text
    assert parts[-1].choices[0].finish_reason == "length"


def test_completions_token_prompts_and_echo(client, live_server):
    tok = live_server.engine.tokenizer
    ids = tok.encode("class Foo:", add_bos=True)
    r = client.completions.create(
        model=MODEL, prompt=[ids, ids], max_tokens=4, temperature=0, echo=True
    )
    assert [c.index for c in r.choices] == [0, 1]
    assert r.choices[0].text.startswith("class Foo:")
    assert r.choices[0].text == r.choices[1].text  # greedy, same prompt
    assert r.usage.prompt_tokens == 2 * len(ids)


def test_stop_strings_cut_the_text(client):
    base = _complete(client, prompt="def main():", max_tokens=24, temperature=0)
    text = base.choices[0].text
    # Pick a stop string that occurs in the greedy output, past its first characters.
    stop = next((text[i : i + 2] for i in range(2, len(text) - 1) if text[i : i + 2].strip()), None)
    if stop is None:
        pytest.skip("greedy output too uniform to pick a stop string")
    cut = text[: text.index(stop)]
    for s in (stop, [stop, "\x00never"]):
        r = _complete(client, prompt="def main():", max_tokens=24, temperature=0, stop=s)
        assert r.choices[0].text == cut
        assert r.choices[0].finish_reason == "stop"
    streamed = _complete(
        client, prompt="def main():", max_tokens=24, temperature=0, stop=stop, stream=True
    )
    assert "".join(p.choices[0].text for p in streamed if p.choices) == cut


def test_n_choices_and_seeds(client):
    kw = dict(max_tokens=16, temperature=1.0)
    a = _chat(client, n=3, seed=123, **kw)
    b = _chat(client, n=3, seed=123, **kw)
    texts = [c.message.content for c in a.choices]
    assert [c.index for c in a.choices] == [0, 1, 2]
    assert texts == [c.message.content for c in b.choices]  # same seed, same answers
    assert len(set(texts)) > 1  # choice i uses seed + i
    # Choice i of a seeded request is the single answer for seed + i.
    single = _chat(client, n=1, seed=124, **kw)
    assert single.choices[0].message.content == texts[1]
    assert a.usage.completion_tokens == 3 * 16
    other = _chat(client, n=1, seed=999, **kw)
    assert other.choices[0].message.content != texts[0]


def test_streaming_n_choices_interleave(client):
    stream = _chat(client, max_tokens=6, n=2, seed=5, stream=True)
    texts = {0: "", 1: ""}
    finished = set()
    for chunk in stream:
        for ch in chunk.choices:
            texts[ch.index] += ch.delta.content or ""
            if ch.finish_reason:
                finished.add(ch.index)
    assert finished == {0, 1}
    whole = _chat(client, max_tokens=6, n=2, seed=5)
    assert [texts[0], texts[1]] == [c.message.content for c in whole.choices]


def test_stream_interval_writes_fewer_times_but_sends_every_chunk(server_factory):
    """--stream-interval 4 through the openai client: one chunk per token as always, the
    same text as the answer not streamed, one finish per choice."""
    with server_factory(model_name=MODEL, stream_interval=4) as server:
        client = OpenAI(base_url=f"{server.base_url}/v1", api_key="unused")
        for n in (1, 2):
            chunks = list(_chat(client, max_tokens=10, n=n, seed=3, stream=True))
            texts = {i: "" for i in range(n)}
            ends = 0
            for chunk in chunks:
                for ch in chunk.choices:
                    texts[ch.index] += ch.delta.content or ""
                    ends += ch.finish_reason is not None
            whole = _chat(client, max_tokens=10, n=n, seed=3)
            assert [texts[i] for i in range(n)] == [c.message.content for c in whole.choices]
            assert ends == n and len(chunks) >= n * 10  # a role chunk, then per token


def test_chat_logprobs(client):
    r = _chat(client, max_tokens=6, logprobs=True, top_logprobs=3, seed=7)
    content = r.choices[0].logprobs.content
    assert len(content) == 6
    for entry in content:
        assert entry.logprob <= 0 and len(entry.top_logprobs) == 3
        tops = [t.logprob for t in entry.top_logprobs]
        assert tops == sorted(tops, reverse=True)
        assert entry.logprob <= tops[0] + 1e-5  # nothing beats the best alternative
        assert bytes(entry.bytes).decode("utf-8", "backslashreplace") == entry.token
        for t in entry.top_logprobs:
            if t.token == entry.token:
                assert math.isclose(t.logprob, entry.logprob, abs_tol=1e-4)
    assert "".join(bytes(e.bytes).decode("latin-1") for e in content)  # raw bytes present
    plain = client.chat.completions.create(model=MODEL, messages=CHAT, max_tokens=2)
    assert plain.choices[0].logprobs is None


def test_completion_logprobs_legacy_shape(client):
    r = _complete(client, prompt="x = ", max_tokens=5, logprobs=2, temperature=0)
    lp = r.choices[0].logprobs
    assert len(lp.tokens) == len(lp.token_logprobs) == len(lp.top_logprobs) == 5
    assert lp.text_offset[0] == 0 and lp.text_offset == sorted(lp.text_offset)
    for token, value, top in zip(lp.tokens, lp.token_logprobs, lp.top_logprobs):
        assert len(top) == 2
        # Greedy: the chosen token is the best one, with the same log-probability.
        assert math.isclose(max(top.values()), value, abs_tol=1e-4)
        assert token in top


def test_logit_bias_forces_a_token(client, live_server):
    tok = live_server.engine.tokenizer
    target = tok.encode(" return")[0]
    r = _complete(client, prompt="def f():", max_tokens=4, logit_bias={str(target): 100})
    assert r.choices[0].text == tok.decode([target]) * 4


def test_embeddings(client, live_server):
    r = client.embeddings.create(model=MODEL, input=["hello world", "def f(x): return x"])
    assert [d.index for d in r.data] == [0, 1]
    vecs = [d.embedding for d in r.data]
    assert len(vecs[0]) == 64  # the tiny preset's hidden size
    for v in vecs:
        assert math.isclose(sum(x * x for x in v), 1.0, rel_tol=1e-4)
    assert vecs[0] != vecs[1]
    again = client.embeddings.create(model=MODEL, input="hello world")
    assert again.data[0].embedding == pytest.approx(vecs[0], abs=1e-5)
    assert r.usage.prompt_tokens > 0
    # The client asks for base64 unless told otherwise; check both encodings ourselves.
    raw = httpx.post(
        f"{live_server.base_url}/v1/embeddings",
        json={"model": MODEL, "input": "hello world", "encoding_format": "base64"},
    ).json()
    decoded = np.frombuffer(base64.b64decode(raw["data"][0]["embedding"]), dtype="<f4")
    floats = httpx.post(
        f"{live_server.base_url}/v1/embeddings",
        json={"model": MODEL, "input": "hello world", "encoding_format": "float"},
    ).json()
    assert decoded.tolist() == pytest.approx(floats["data"][0]["embedding"], abs=1e-6)
    assert decoded.tolist() == pytest.approx(vecs[0], abs=1e-5)


def test_tokenize_roundtrip(live_server):
    base = live_server.base_url
    tok = live_server.engine.tokenizer
    r = httpx.post(f"{base}/tokenize", json={"prompt": "hello <|end|> world"})
    body = r.json()
    assert body["tokens"] == tok.encode("hello <|end|> world", add_bos=True)
    assert body["count"] == len(body["tokens"]) and body["max_model_len"] == 512
    # Chat content cannot forge control tokens: "<|end|>" in a message stays plain text.
    r = httpx.post(f"{base}/tokenize", json={"messages": [{"role": "user", "content": "<|end|>"}]})
    ids = r.json()["tokens"]
    assert ids.count(tok.end_id) == 1
    back = httpx.post(f"{base}/detokenize", json={"tokens": body["tokens"][1:]})
    assert back.json()["prompt"] == "hello <|end|> world"


def test_health_ready_and_chat_page(live_server):
    base = live_server.base_url
    assert httpx.get(f"{base}/health").json() == {"status": "ok"}
    ready = httpx.get(f"{base}/ready").json()
    assert ready == {"status": "ready", "decode": "eager", "dtype": "float32"}  # a CPU: fp32
    page = httpx.get(f"{base}/")
    if page.status_code == 200:
        assert page.headers["content-type"].startswith("text/html")
    else:  # the chat page is installed separately; without it, a clear JSON 404
        assert page.status_code == 404 and "chat page" in page.json()["error"]["message"]
