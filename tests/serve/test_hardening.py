"""Regression tests for the findings of a hostile probe of the server (issue 21): each input
here gave a 500, garbage, a stall or a bypassed limit before, on HTTP or gRPC."""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import grpc
import httpx
import pytest

from genforge.serve import RunningServer
from genforge.serve.grpc_gen import genforge_pb2 as pb
from genforge.serve.grpc_gen import genforge_pb2_grpc as pb_grpc
from genforge.serve.grpc_server import start_grpc_server

from .conftest import start_live

KEY = "sk-hardening-main"
LIMITED = "sk-hardening-rpm"  # 3 requests per minute
TPM_KEY = "sk-hardening-tpm"  # 100 tokens per minute


@pytest.fixture(scope="module")
def srv(serve_model_dir: Path) -> Iterator[RunningServer]:
    server = start_live(
        serve_model_dir,
        model_name="tiny",
        api_keys=[KEY, LIMITED, TPM_KEY],
        key_limits={LIMITED: (3, None), TPM_KEY: (None, 100)},
        max_tokens_cap=64,
        max_embed_inputs=8,
        max_auth_failures=5,
        header_timeout=0.5,
        body_timeout=0.5,
    )
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="module")
def http(srv: RunningServer) -> Iterator[httpx.Client]:
    with httpx.Client(
        base_url=srv.base_url, headers={"Authorization": f"Bearer {KEY}"}, timeout=30
    ) as c:
        yield c


@pytest.fixture(scope="module")
def stub(srv: RunningServer) -> Iterator[pb_grpc.GenforgeStub]:
    # The HTTP app's own policy: one set of limits for both doors.
    server = start_grpc_server(srv.engine, 0, policy=srv.app.state.ctx.policy)
    channel = grpc.insecure_channel(f"127.0.0.1:{server.port}")
    grpc.channel_ready_future(channel).result(timeout=10)
    try:
        yield pb_grpc.GenforgeStub(channel)
    finally:
        channel.close()
        server.stop(grace=None)


def raw_post(http: httpx.Client, path: str, body: bytes, **headers: str) -> httpx.Response:
    return http.post(path, content=body, headers={"content-type": "application/json", **headers})


def assert_error(r: httpx.Response, status: int, param: str | None = None) -> dict:
    assert r.status_code == status, r.text
    err = r.json()["error"]
    assert set(err) == {"message", "type", "param", "code"}
    assert isinstance(err["message"], str) and err["message"]
    if param is not None:
        assert err["param"] == param, err
    return err


# ---- 1. 500s: lone surrogates and seeds outside int64


@pytest.mark.parametrize(
    ("path", "body", "param"),
    [
        (
            "/v1/chat/completions",
            b'{"model":"tiny","messages":[{"role":"user","content":"a\\ud800b"}]}',
            "messages.0.content",
        ),
        ("/v1/completions", b'{"model":"tiny","prompt":"a\\ud800b"}', "prompt"),
        ("/v1/completions", b'{"model":"tiny","prompt":["ok","a\\udfffb"]}', "prompt.1"),
        ("/v1/embeddings", b'{"model":"tiny","input":"\\ud800"}', "input"),
        ("/tokenize", b'{"prompt":"x\\ud800"}', "prompt"),
        ("/v1/completions", b'{"model":"a\\ud800b","prompt":"hi"}', "model"),
    ],
)
def test_lone_surrogates_are_a_400_naming_the_field(http, path, body, param):
    err = assert_error(raw_post(http, path, body), 400, param)
    assert "surrogate" in err["message"]


def test_a_surrogate_pair_is_still_text(http):
    # An emoji written as a JSON surrogate pair is valid text and must keep working.
    r = raw_post(http, "/tokenize", b'{"prompt":"\\ud83d\\ude00"}')
    assert r.status_code == 200, r.text


@pytest.mark.parametrize(("seed", "n"), [(2**64, 1), (-(2**63) - 1, 1), (2**63 - 1, 2)])
def test_seeds_outside_int64_are_a_400(http, seed, n):
    body = {"model": "tiny", "prompt": "hi", "max_tokens": 2, "seed": seed, "n": n}
    assert_error(http.post("/v1/completions", json=body), 400, "seed")


def test_the_largest_seed_still_works(http):
    body = {"model": "tiny", "prompt": "hi", "max_tokens": 2, "seed": 2**63 - 2, "n": 2}
    assert http.post("/v1/completions", json=body).status_code == 200


# ---- 2. accepted but garbage: sampling values float32 cannot hold


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("temperature", 1e-300),
        ("temperature", 1e-38),
        ("top_p", 1e-300),
        ("repetition_penalty", 1e-300),
        ("repetition_penalty", 1e300),
    ],
)
def test_sampling_values_below_float32_are_a_400(http, field, value):
    body = {"model": "tiny", "prompt": "hi", "max_tokens": 2, field: value}
    assert_error(http.post("/v1/completions", json=body), 400, field)


# ---- 4. header size, slow headers and slow bodies


def _port(srv: RunningServer) -> int:
    return int(srv.base_url.rsplit(":", 1)[1])


def test_a_huge_header_is_refused_at_once_and_stalls_nobody(srv, http):
    sock = socket.create_connection(("127.0.0.1", _port(srv)), timeout=10)
    done = threading.Event()

    def flood() -> None:
        try:
            sock.sendall(b"GET /health HTTP/1.1\r\nHost: x\r\nX-Big: ")
            for _ in range(100):  # up to 100 MB, as in the probe; refused long before
                sock.sendall(b"a" * (1 << 20))
        except OSError:
            pass
        done.set()

    t = threading.Thread(target=flood, daemon=True)
    t.start()
    start = time.monotonic()
    assert http.get("/health").status_code == 200
    assert time.monotonic() - start < 2.0
    assert done.wait(10), "the server kept reading a 100 MB header"
    reply = sock.recv(100)
    assert reply.startswith(b"HTTP/1.1 400") or reply == b""
    sock.close()


def test_slow_headers_are_cut_off(srv):
    sock = socket.create_connection(("127.0.0.1", _port(srv)), timeout=10)
    sock.sendall(b"GET /health HTTP/1.1\r\nHost: x\r\n")  # and never the blank line
    start = time.monotonic()
    assert sock.recv(100) == b""  # closed by the server
    assert time.monotonic() - start < 5.0
    sock.close()


def test_an_idle_new_connection_is_cut_off(srv):
    sock = socket.create_connection(("127.0.0.1", _port(srv)), timeout=10)
    assert sock.recv(100) == b""
    sock.close()


def test_a_slow_body_gets_408(srv):
    sock = socket.create_connection(("127.0.0.1", _port(srv)), timeout=10)
    sock.sendall(
        b"POST /v1/completions HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer "
        + KEY.encode()
        + b"\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"
    )
    reply = sock.recv(4096)
    assert reply.startswith(b"HTTP/1.1 408"), reply[:100]
    sock.close()


# ---- 5. gRPC obeys the same policy as HTTP


def _generate(stub, key: str, **sampling) -> list:
    request = pb.GenerateRequest(prompt="hi", sampling=pb.SamplingParams(**sampling))
    return list(stub.Generate(request, metadata=[("authorization", f"Bearer {key}")], timeout=30))


def test_grpc_shares_the_http_request_rate(srv, stub):
    with httpx.Client(base_url=srv.base_url, timeout=30) as c:
        codes = [
            c.get("/v1/models", headers={"Authorization": f"Bearer {LIMITED}"}).status_code
            for _ in range(4)
        ]
    assert codes[-1] == 429, codes
    with pytest.raises(grpc.RpcError) as info:
        _generate(stub, LIMITED, max_tokens=2)
    assert info.value.code() == grpc.StatusCode.RESOURCE_EXHAUSTED


def test_grpc_obeys_tpm(stub):
    _generate(stub, TPM_KEY, max_tokens=50, ignore_eos=True)  # ~53 of 100 tokens
    with pytest.raises(grpc.RpcError) as info:
        _generate(stub, TPM_KEY, max_tokens=50, ignore_eos=True)
    assert info.value.code() == grpc.StatusCode.RESOURCE_EXHAUSTED


@pytest.mark.parametrize(
    "sampling", [{"max_tokens": 65}, {"temperature": 50.0}, {"temperature": 1e-300}]
)
def test_grpc_obeys_the_caps_and_ranges(stub, sampling):
    with pytest.raises(grpc.RpcError) as info:
        _generate(stub, KEY, **sampling)
    assert info.value.code() == grpc.StatusCode.INVALID_ARGUMENT


def test_grpc_embed_caps_its_inputs(stub):
    with pytest.raises(grpc.RpcError) as info:
        stub.Embed(
            pb.EmbedRequest(inputs=["x"] * 9),
            metadata=[("authorization", f"Bearer {KEY}")],
            timeout=30,
        )
    assert info.value.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert "at most 8" in info.value.details()


# ---- 6. the smaller ones


def test_failed_logins_are_throttled_per_address(serve_model_dir):
    server = start_live(serve_model_dir, api_keys=[KEY], max_auth_failures=5)
    try:
        with httpx.Client(base_url=server.base_url, timeout=30) as c:
            bad = {"Authorization": "Bearer sk-guess"}
            codes = [c.get("/v1/models", headers=bad).status_code for _ in range(6)]
            assert codes == [401] * 5 + [429]
            # Once throttled, even the right key waits: guessing gains nothing.
            r = c.get("/v1/models", headers={"Authorization": f"Bearer {KEY}"})
            assert r.status_code == 429 and int(r.headers["Retry-After"]) >= 1
    finally:
        server.stop()


def test_docs_do_not_load_a_cdn_by_default(http):
    assert http.get("/docs").status_code == 404
    assert http.get("/redoc").status_code == 404
    assert http.get("/openapi.json").status_code == 200


def test_no_redirect_to_a_foreign_host(http):
    for path in ("/static", "/v1/models/"):
        r = http.get(path, headers={"Host": "evil.example"}, follow_redirects=False)
        assert r.status_code == 404, (path, r.status_code, r.headers)
        assert "evil.example" not in r.headers.get("location", "")


def test_valid_json_without_a_content_type_is_read_as_json(http):
    body = json.dumps({"model": "tiny", "prompt": "hi", "max_tokens": 2}).encode()
    for ctype in ("", "application/x-www-form-urlencoded"):
        r = http.post("/v1/completions", content=body, headers={"content-type": ctype})
        assert r.status_code == 200, r.text


def test_an_empty_body_says_so(http):
    err = assert_error(raw_post(http, "/v1/completions", b""), 400)
    assert "None" not in err["message"] and "empty" in err["message"]


def test_deep_nesting_has_a_code(http):
    body = b'{"model":"tiny","prompt":' + b"[" * 100_000 + b"]" * 100_000 + b"}"
    err = assert_error(raw_post(http, "/v1/completions", body), 400)
    assert err["code"] == "invalid_json"


def test_overload_message_says_it_once(serve_model_dir):
    server = start_live(serve_model_dir, max_queue=0)
    try:
        model = server.engine.model_name
        body = {"model": model, "prompt": "hi", "max_tokens": 2}
        r = httpx.post(f"{server.base_url}/v1/completions", json=body, timeout=30)
        err = assert_error(r, 503)
        assert err["message"].count("retry") == 1, err["message"]
    finally:
        server.stop()


def test_prompts_per_request_are_capped(http):
    body = {"model": "tiny", "prompt": ["a"] * 255, "max_tokens": 1}
    err = assert_error(http.post("/v1/completions", json=body), 400, "prompt")
    assert "--max-prompts" in err["message"]
    # prompts x n choices count against max_n too (each is one engine request)
    body = {"model": "tiny", "prompt": ["a"] * 4, "n": 5, "max_tokens": 1}
    assert_error(http.post("/v1/completions", json=body), 400, "prompt")


def test_embedding_inputs_are_capped(http):
    body = {"model": "tiny", "input": ["a"] * 9}
    err = assert_error(http.post("/v1/embeddings", json=body), 400, "input")
    assert "--max-embed-inputs" in err["message"]
