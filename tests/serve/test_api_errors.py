"""Refusals in OpenAI's error shape with the right status codes: auth, bad bodies, limits,
overload, and what happens to engine slots when a client goes away."""

from __future__ import annotations

import json
import threading
import time

import httpx
import openai
import pytest
from openai import OpenAI
from prometheus_client.parser import text_string_to_metric_families

MODEL = "tiny"
MSGS = [{"role": "user", "content": "hello"}]


def assert_openai_error(r: httpx.Response, status: int, code: str | None = None) -> dict:
    assert r.status_code == status, r.text
    body = r.json()
    assert set(body) == {"error"}
    err = body["error"]
    assert set(err) == {"message", "type", "param", "code"}
    assert isinstance(err["message"], str) and err["message"]
    if code is not None:
        assert err["code"] == code, err
    return err


def chat(base: str, body: object, **kw) -> httpx.Response:
    return httpx.post(f"{base}/v1/chat/completions", json=body, timeout=30, **kw)


def metric_values(base: str) -> dict[str, float]:
    """Every sample of /metrics as ``name{labels}`` -> value (parsed by prometheus_client)."""
    text = httpx.get(f"{base}/metrics", timeout=10).text
    out = {}
    for family in text_string_to_metric_families(text):
        for s in family.samples:
            labels = ",".join(f'{k}="{v}"' for k, v in sorted(s.labels.items()))
            out[f"{s.name}{{{labels}}}" if labels else s.name] = s.value
    return out


# ---------------------------------------------------------------- auth


def test_auth_missing_and_wrong_keys(live_server_auth, auth_keys):
    base = live_server_auth.base_url
    err = assert_openai_error(httpx.get(f"{base}/v1/models"), 401, "invalid_api_key")
    assert "Authorization: Bearer" in err["message"]
    r = httpx.get(f"{base}/v1/models", headers={"Authorization": "Bearer sk-wrong"})
    assert_openai_error(r, 401, "invalid_api_key")
    r = httpx.get(f"{base}/v1/models", headers={"Authorization": f"Basic {auth_keys['main']}"})
    assert_openai_error(r, 401)
    # The real client surfaces it as AuthenticationError.
    bad = OpenAI(base_url=f"{base}/v1", api_key="sk-wrong", max_retries=0)
    with pytest.raises(openai.AuthenticationError):
        bad.chat.completions.create(model=MODEL, messages=MSGS, max_tokens=2)
    # Auth comes before body checks: a malformed body without a key is still a 401.
    r = httpx.post(f"{base}/v1/chat/completions", content=b"{not json")
    assert_openai_error(r, 401)
    for key in (auth_keys["main"], auth_keys["spare"]):
        good = OpenAI(base_url=f"{base}/v1", api_key=key, max_retries=0)
        r = good.chat.completions.create(model=MODEL, messages=MSGS, max_tokens=2)
        assert r.choices[0].message.content is not None
    # Health, readiness and metrics stay open for probes.
    for path in ("/health", "/ready", "/metrics", "/openapi.json"):
        assert httpx.get(f"{base}{path}").status_code == 200, path


def test_rate_limit_requests_per_minute(live_server_auth, auth_keys):
    base = live_server_auth.base_url
    headers = {"Authorization": f"Bearer {auth_keys['rpm']}"}
    for _ in range(5):
        assert httpx.get(f"{base}/v1/models", headers=headers).status_code == 200
    r = httpx.get(f"{base}/v1/models", headers=headers)
    err = assert_openai_error(r, 429, "rate_limit_exceeded")
    assert err["type"] == "rate_limit_error"
    assert 1 <= int(r.headers["Retry-After"]) <= 60
    # Another key is not affected.
    other = {"Authorization": f"Bearer {auth_keys['main']}"}
    assert httpx.get(f"{base}/v1/models", headers=other).status_code == 200
    client = OpenAI(base_url=f"{base}/v1", api_key=auth_keys["rpm"], max_retries=0)
    with pytest.raises(openai.RateLimitError):
        client.models.list()


def test_rate_limit_tokens_per_minute(live_server_auth, auth_keys):
    base = live_server_auth.base_url
    headers = {"Authorization": f"Bearer {auth_keys['tpm']}"}
    body = {"model": MODEL, "prompt": "x", "max_tokens": 200, "ignore_eos": True}
    r = httpx.post(f"{base}/v1/completions", json=body, headers=headers, timeout=30)
    assert r.status_code == 200, r.text
    used = r.json()["usage"]["total_tokens"]
    assert used == 202  # <|bos|> x + 200 new tokens
    # 300 per minute: another 200-token request does not fit.
    r = httpx.post(f"{base}/v1/completions", json=body, headers=headers, timeout=30)
    assert_openai_error(r, 429, "rate_limit_exceeded")
    assert int(r.headers["Retry-After"]) >= 1
    # A small one still does (the budget is charged with actual use, not the estimate).
    small = {"model": MODEL, "prompt": "x", "max_tokens": 20}
    r = httpx.post(f"{base}/v1/completions", json=small, headers=headers, timeout=30)
    assert r.status_code == 200, r.text


# ---------------------------------------------------------------- malformed requests


def test_malformed_json_and_non_object(live_server):
    base = live_server.base_url
    r = httpx.post(
        f"{base}/v1/chat/completions",
        content=b'{"model": "tiny", "messages": [',
        headers={"Content-Type": "application/json"},
    )
    assert "not valid JSON" in assert_openai_error(r, 400, "invalid_json")["message"]
    assert_openai_error(chat(base, [1, 2, 3]), 400)
    assert_openai_error(chat(base, "just a string"), 400)


@pytest.mark.parametrize(
    ("patch", "param"),
    [
        ({"max_tokens": "5"}, "max_tokens"),
        ({"temperature": "hot"}, "temperature"),
        ({"n": 1.5}, "n"),
        ({"stream": "yes"}, "stream"),
        ({"messages": "hello"}, "messages"),
        ({"messages": [{"role": "wizard", "content": "hi"}]}, "messages.0.role"),
        ({"messages": [{"role": "user", "content": 5}]}, "messages.0.content"),
        ({"stop": 7}, "stop"),
        ({"seed": "1"}, "seed"),
        ({"logit_bias": {"abc": 5}}, "logit_bias"),
        ({"logit_bias": {"1": 500}}, "logit_bias"),
        ({"temperature": 3.5}, "temperature"),
        ({"top_logprobs": 50, "logprobs": True}, "top_logprobs"),
        ({"n": 0}, "n"),
        ({"n": 1000}, "n"),
    ],
)
def test_wrong_types_and_values_are_400_naming_the_field(live_server, patch, param):
    body = {"model": MODEL, "messages": MSGS, "max_tokens": 2, **patch}
    err = assert_openai_error(chat(live_server.base_url, body), 400)
    assert err["param"] == param, err
    assert err["type"] == "invalid_request_error"


def test_missing_field_and_unknown_fields(live_server):
    base = live_server.base_url
    err = assert_openai_error(chat(base, {"model": MODEL}), 400, "missing")
    assert err["param"] == "messages"
    # Unknown fields are ignored, as OpenAI does; the request succeeds.
    body = {"model": MODEL, "messages": MSGS, "max_tokens": 2, "future_field": {"x": 1}}
    assert chat(base, body).status_code == 200


@pytest.mark.parametrize("max_tokens", [-1, 0, 10**9])
def test_bad_max_tokens(live_server, max_tokens):
    body = {"model": MODEL, "messages": MSGS, "max_tokens": max_tokens}
    err = assert_openai_error(chat(live_server.base_url, body), 400)
    assert err["param"] == "max_tokens"
    r = httpx.post(
        f"{live_server.base_url}/v1/completions",
        json={"model": MODEL, "prompt": "x", "max_tokens": max_tokens},
    )
    assert assert_openai_error(r, 400)["param"] == "max_tokens"


def test_unknown_model_is_404(live_server):
    base = live_server.base_url
    err = assert_openai_error(chat(base, {"model": "gpt-9", "messages": MSGS}), 404)
    assert err["code"] == "model_not_found" and err["param"] == "model"
    r = httpx.post(f"{base}/v1/completions", json={"model": "gpt-9", "prompt": "x"})
    assert_openai_error(r, 404, "model_not_found")
    r = httpx.post(f"{base}/v1/embeddings", json={"model": "gpt-9", "input": "x"})
    assert_openai_error(r, 404, "model_not_found")
    client = OpenAI(base_url=f"{base}/v1", api_key="x", max_retries=0)
    with pytest.raises(openai.NotFoundError):
        client.chat.completions.create(model="gpt-9", messages=MSGS)


def test_oversize_prompt_is_context_length_exceeded(live_server):
    base = live_server.base_url
    long_text = "word " * 2000  # far more than the 512-token context
    err = assert_openai_error(
        chat(base, {"model": MODEL, "messages": [{"role": "user", "content": long_text}]}),
        400,
        "context_length_exceeded",
    )
    assert "512" in err["message"]
    r = httpx.post(f"{base}/v1/completions", json={"model": MODEL, "prompt": long_text})
    assert_openai_error(r, 400, "context_length_exceeded")
    # Prompt that fits, but not together with the asked-for max_tokens.
    body = {"model": MODEL, "prompt": "word " * 100, "max_tokens": 500}
    r = httpx.post(f"{base}/v1/completions", json=body)
    assert_openai_error(r, 400, "context_length_exceeded")
    r = httpx.post(f"{base}/v1/embeddings", json={"model": MODEL, "input": long_text})
    assert_openai_error(r, 400, "context_length_exceeded")


def test_oversize_body_is_413(live_server):
    base = live_server.base_url
    big = {"model": MODEL, "messages": [{"role": "user", "content": "a" * (1 << 20)}]}
    assert_openai_error(chat(base, big), 413, "request_too_large")

    def chunks():  # no Content-Length: the limit must hold for chunked uploads too
        yield b'{"model": "tiny", "messages": [{"role": "user", "content": "'
        for _ in range(40):
            yield b"a" * 32768
        yield b'"}]}'

    r = httpx.post(f"{base}/v1/chat/completions", content=chunks(), timeout=30)
    assert_openai_error(r, 413, "request_too_large")


def test_invalid_utf8_is_400(live_server):
    body = b'{"model": "tiny", "messages": [{"role": "user", "content": "caf\xe9"}]}'
    r = httpx.post(
        f"{live_server.base_url}/v1/chat/completions",
        content=body,
        headers={"Content-Type": "application/json"},
    )
    err = assert_openai_error(r, 400, "invalid_encoding")
    assert "UTF-8" in err["message"]


def test_bad_tools_and_formats_name_the_field(live_server):
    base = live_server.base_url
    tools = [{"type": "function", "function": {"name": "f", "parameters": {"type": "nope"}}}]
    r = chat(base, {"model": MODEL, "messages": MSGS, "tools": tools})
    assert assert_openai_error(r, 400)["param"] == "tools[0].function.parameters.type"
    fmt = {"type": "json_schema", "json_schema": {"name": "x", "schema": {"format": "date"}}}
    r = chat(base, {"model": MODEL, "messages": MSGS, "response_format": fmt})
    assert assert_openai_error(r, 400)["param"] == "response_format.json_schema.schema.format"
    r = httpx.post(f"{base}/v1/completions", json={"model": MODEL, "prompt": [99999]})
    assert assert_openai_error(r, 400)["param"] == "prompt"
    assert_openai_error(httpx.get(f"{base}/v1/nothing-here"), 404)


# ---------------------------------------------------------------- overload and disconnects


def test_small_server_limits_overload_prompt_cap_and_cors(server_factory):
    server = server_factory(
        max_batch_size=1,
        max_queue=1,
        max_prompt_tokens=20,
        cors_origins=["http://example.test"],
        model_name="tiny",
    )
    try:
        base = server.base_url
        # --max-prompt-tokens is enforced below the model's context.
        r = httpx.post(f"{base}/v1/completions", json={"model": MODEL, "prompt": "a b " * 20})
        assert "20" in assert_openai_error(r, 400, "context_length_exceeded")["message"]
        # A browser on an allowed origin gets its preflight answered.
        r = httpx.options(
            f"{base}/v1/chat/completions",
            headers={
                "Origin": "http://example.test",
                "Access-Control-Request-Method": "POST",
                "Access-Control-Request-Headers": "authorization,content-type",
            },
        )
        assert r.status_code == 200
        assert r.headers["access-control-allow-origin"] == "http://example.test"
        body = {"model": MODEL, "prompt": "x", "max_tokens": 400, "ignore_eos": True}
        results: list[httpx.Response] = []

        def call() -> None:
            results.append(httpx.post(f"{server.base_url}/v1/completions", json=body, timeout=60))

        threads = [threading.Thread(target=call) for _ in range(5)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        codes = sorted(r.status_code for r in results)
        assert 200 in codes and 503 in codes, codes
        for r in results:
            if r.status_code == 503:
                err = assert_openai_error(r, 503, "server_overloaded")
                assert "overloaded" in err["message"]
                assert r.headers["Retry-After"] == "1"
    finally:
        server.stop()


def _wait_idle(base: str, timeout: float = 10.0) -> dict[str, float]:
    deadline = time.monotonic() + timeout
    while True:
        m = metric_values(base)
        if m["genforge_num_requests_running"] == 0 and m["genforge_kv_cache_used_tokens"] == 0:
            return m
        assert time.monotonic() < deadline, "the engine kept the request running"
        time.sleep(0.05)


def test_stream_disconnect_frees_the_slot(live_server):
    base = live_server.base_url
    before = _wait_idle(base)
    cancelled_key = 'genforge_request_finished_total{reason="cancelled"}'
    body = {
        "model": MODEL,
        "messages": MSGS,
        "max_tokens": 480,
        "ignore_eos": True,
        "stream": True,
    }
    with httpx.stream("POST", f"{base}/v1/chat/completions", json=body, timeout=30) as r:
        assert r.status_code == 200
        lines = r.iter_lines()
        got = [next(lines) for _ in range(4)]
        assert got[0].startswith("data: ")
        running = metric_values(base)["genforge_num_requests_running"]
        assert running == 1
    # The client closed the connection mid-stream: the engine must drop the request.
    after = _wait_idle(base)
    assert after.get(cancelled_key, 0) == before.get(cancelled_key, 0) + 1
    tokens = after["genforge_generation_tokens_total"] - before["genforge_generation_tokens_total"]
    assert tokens < 480


def test_non_stream_disconnect_frees_the_slot(live_server):
    base = live_server.base_url
    body = {"model": MODEL, "prompt": "x", "max_tokens": 500, "ignore_eos": True}
    t0 = time.perf_counter()
    assert httpx.post(f"{base}/v1/completions", json=body, timeout=60).status_code == 200
    full = time.perf_counter() - t0
    before = _wait_idle(base)
    cancelled_key = 'genforge_request_finished_total{reason="cancelled"}'
    # Give up after a fifth of the time the whole answer takes: the request is mid-way.
    with pytest.raises(httpx.TimeoutException):
        httpx.post(f"{base}/v1/completions", json=body, timeout=full / 5)
    after = _wait_idle(base)
    assert after.get(cancelled_key, 0) == before.get(cancelled_key, 0) + 1


# ---------------------------------------------------------------- metrics and schema


def test_metrics_parse_and_count(live_server):
    base = live_server.base_url
    r = httpx.post(
        f"{base}/v1/completions",
        json={"model": MODEL, "prompt": "x", "max_tokens": 5, "ignore_eos": True},
    )
    assert r.status_code == 200
    m = metric_values(base)
    for name in (
        "genforge_time_to_first_token_seconds_count",
        "genforge_inter_token_latency_seconds_count",
        "genforge_e2e_request_latency_seconds_count",
        "genforge_generation_tokens_total",
    ):
        assert m[name] > 0, name
    assert m["genforge_inter_token_latency_seconds_count"] >= 4
    assert 'genforge_http_requests_total{route="/v1/completions",status="200"}' in m
    assert 0.0 <= m["genforge_kv_cache_usage_ratio"] <= 1.0
    assert m["genforge_prefill_calls_total"] >= 1
    assert m["genforge_decode_weight_copy_bytes"] > 0  # a float model served on a CPU
    assert m["genforge_kv_cache_capacity_tokens"] > 0
    assert "genforge_num_requests_waiting" in m
    # The same long prompt twice: the second copies the first's prefix blocks.
    for _ in range(2):
        r = httpx.post(
            f"{base}/v1/completions",
            json={"model": MODEL, "prompt": "one two three " * 12, "max_tokens": 2},
        )
        assert r.status_code == 200
    m = metric_values(base)
    assert m["genforge_prefix_cache_hits_total"] >= 1
    assert m["genforge_prefix_cache_tokens_saved_total"] >= 16
    assert 0.0 < m["genforge_prefix_cache_hit_rate"] <= 1.0


def test_openapi_schema_is_valid(live_server_auth):
    from openapi_spec_validator import validate

    schema = httpx.get(f"{live_server_auth.base_url}/openapi.json").json()
    validate(schema)
    paths = schema["paths"]
    for path in (
        "/v1/chat/completions",
        "/v1/completions",
        "/v1/embeddings",
        "/v1/models",
        "/tokenize",
        "/detokenize",
        "/health",
        "/ready",
        "/metrics",
    ):
        assert path in paths, path
    chat_op = paths["/v1/chat/completions"]["post"]
    assert chat_op["security"] == [{"bearerAuth": []}]
    assert "security" not in paths["/health"]["get"]
    req = schema["components"]["schemas"]["ChatCompletionRequest"]
    assert list(req["properties"])[:2] == ["messages", "model"]
    json.dumps(schema)
