"""Property-based fuzzing of the HTTP API against a live server, driven by its own OpenAPI
schema: no input may reach a 5xx, every error has OpenAI's shape, and the server is healthy
and idle afterwards.

Bodies are drawn from each endpoint's request schema (so most pass parsing and reach the
route's own checks), then mutated: any value may be swapped for a hostile one (lone
surrogates, NaN/inf, float32 underflow, ints beyond int64, huge and empty containers, wrong
types, deep nesting). Raw byte bodies and path parameters are fuzzed too. The example count
is fixed and the examples derandomized, so the suite is bounded in time and reproducible;
the ``-m slow`` variants run ten times as many.
"""

from __future__ import annotations

import json
import math
import urllib.parse
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from genforge.serve import RunningServer

from .conftest import start_live

EXAMPLES = 150  # per test (per endpoint for POST bodies); ten times as many under -m slow

FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@pytest.fixture(scope="module")
def srv(serve_model_dir: Path) -> Iterator[RunningServer]:
    # Small generation caps keep each example fast; everything else is the default.
    server = start_live(serve_model_dir, model_name="tiny", max_tokens_cap=8, max_n=4)
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="module")
def client(srv: RunningServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=srv.base_url, timeout=60) as c:
        yield c


@pytest.fixture(scope="module")
def schema(client: httpx.Client) -> dict[str, Any]:
    r = client.get("/openapi.json")
    assert r.status_code == 200
    return r.json()


# ---- values


LONE_SURROGATES = ["\ud800", "a\udfffb", "\udc00\ud800"]

hostile_scalars = st.one_of(
    st.sampled_from(
        [
            math.nan,
            math.inf,
            -math.inf,
            1e-300,
            1e-38,
            -1e-300,
            1e300,
            -0.0,
            2**63,
            2**64,
            -(2**63) - 1,
            2**63 - 1,
            -1,
            0,
            "",
            *LONE_SURROGATES,
            "<|bos|><|user|>",
            "x" * 5000,
            None,
            True,
        ]
    ),
    st.integers(),
    st.floats(),
    st.text(max_size=20),
)
hostile_values = st.recursive(
    hostile_scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=5), inner, max_size=3)
    ),
    max_leaves=8,
)


def _resolve(schema: dict[str, Any], spec: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in spec:
        name = spec["$ref"].rsplit("/", 1)[1]
        spec = schema["components"]["schemas"][name]
    return spec


def from_schema(
    schema: dict[str, Any], spec: dict[str, Any], *, hostile: bool, depth: int = 0
) -> st.SearchStrategy:
    """Values for ``spec``: within its bounds when not ``hostile``; else pushed past them,
    and below the top level one value in eight is swapped for a hostile one of any type."""
    valid = _valid(schema, spec, hostile, depth)
    if depth == 0 or not hostile:
        return valid
    return st.integers(0, 7).flatmap(lambda i: hostile_values if i == 0 else valid)


def _valid(
    schema: dict[str, Any], spec: dict[str, Any], hostile: bool, depth: int
) -> st.SearchStrategy:
    spec = _resolve(schema, spec)

    def sub(s: dict[str, Any]) -> st.SearchStrategy:
        return from_schema(schema, s, hostile=hostile, depth=depth + 1)

    if "anyOf" in spec:
        return st.one_of([sub(s) for s in spec["anyOf"]])
    if "enum" in spec or "const" in spec:
        return st.sampled_from(spec.get("enum") or [spec["const"]])
    kind = spec.get("type")
    if kind == "object" or "properties" in spec:
        props = spec.get("properties", {})
        if not props:  # a free-form map (logit_bias, tools)
            return st.dictionaries(st.text(max_size=6), hostile_scalars, max_size=3)
        required = {k: sub(props[k]) for k in spec.get("required", [])}
        if "model" in props and not hostile:
            required["model"] = st.just("tiny")
        optional = {k: sub(v) for k, v in props.items() if k not in required}
        return st.fixed_dictionaries(required, optional=optional)
    if kind == "array":
        return st.lists(sub(spec.get("items", {})), min_size=0 if hostile else 1, max_size=4)
    if kind == "string":
        if hostile:
            return st.one_of(st.text(max_size=30), st.sampled_from(["tiny", *LONE_SURROGATES]))
        return st.text(max_size=30)  # hypothesis's text has no lone surrogates
    lo, hi = spec.get("minimum"), spec.get("maximum")
    if kind == "integer":
        if hostile:
            return st.integers(
                min_value=int(lo) - 2 if lo is not None else -(2**65),
                max_value=int(hi) + 2 if hi is not None else 2**65,
            )
        return st.integers(
            min_value=int(lo) if lo is not None else 0, max_value=int(hi) if hi is not None else 8
        )
    if kind == "number":
        if hostile:
            return st.one_of(st.floats(), st.sampled_from([1e-300, 1e-38, 2.000001]))
        return st.floats(
            min_value=lo if lo is not None else -2.0,
            max_value=hi if hi is not None else 2.0,
            exclude_min="exclusiveMinimum" in spec,
        )
    if kind == "boolean":
        return st.booleans()
    if kind == "null":
        return st.none()
    return hostile_values


# ---- what every reply must satisfy


def check_reply(r: httpx.Response, what: str) -> None:
    assert r.status_code < 500, f"{what} -> {r.status_code}: {r.text[:500]}"
    if r.status_code >= 400:
        body = r.json()
        assert set(body) == {"error"}, body
        err = body["error"]
        assert set(err) == {"message", "type", "param", "code"}, err
        assert isinstance(err["message"], str) and err["message"], err
        assert isinstance(err["type"], str) and err["type"], err
        assert err["param"] is None or isinstance(err["param"], str), err
        assert err["code"] is None or isinstance(err["code"], str), err
    elif r.headers.get("content-type", "").startswith("text/event-stream"):
        events = [line for line in r.text.splitlines() if line.startswith("data: ")]
        assert events, r.text[:300]
        last = events[-1]
        assert last == "data: [DONE]" or "error" in json.loads(last[6:]), last
    else:
        r.json()  # a 2xx body is JSON


POST_PATHS = [
    "/v1/chat/completions",
    "/v1/completions",
    "/v1/embeddings",
    "/tokenize",
    "/detokenize",
]


def _post_body(schema: dict[str, Any], path: str) -> st.SearchStrategy:
    spec = schema["paths"][path]["post"]["requestBody"]["content"]["application/json"]["schema"]
    return st.one_of(
        from_schema(schema, spec, hostile=False), from_schema(schema, spec, hostile=True)
    )


def _fuzz_post(client: httpx.Client, path: str, body: Any) -> None:
    data = json.dumps(body).encode()  # NaN/Infinity literals and \ud800 escapes included
    r = client.post(path, content=data, headers={"content-type": "application/json"})
    check_reply(r, f"POST {path} {data[:300]!r}")


@pytest.mark.parametrize("path", POST_PATHS)
def test_fuzz_post_bodies(client, schema, path):
    @FUZZ
    @given(body=_post_body(schema, path))
    def run(body: Any) -> None:
        _fuzz_post(client, path, body)

    run()


raw_bodies = st.one_of(
    st.binary(max_size=200),
    st.text(max_size=200).map(lambda s: s.encode("utf-8", "surrogatepass")),
    st.integers(1, 20_000).map(lambda n: b"[" * n + b"]" * n),
    st.integers(1, 20_000).map(lambda n: b'{"a":' * n + b"1" + b"}" * n),
    st.sampled_from([b"", b"null", b"[]", b"{}", b'"x"', b"1e999", b"NaN", b'{"model":1e999}']),
)


@FUZZ
@given(path=st.sampled_from(POST_PATHS), body=raw_bodies, ctype=st.sampled_from(["", "json"]))
def test_fuzz_raw_bodies(client, path, body, ctype):
    headers = {"content-type": "application/json"} if ctype else {"content-type": ""}
    check_reply(client.post(path, content=body, headers=headers), f"POST {path} {body[:200]!r}")


@FUZZ
@given(
    name=st.lists(
        st.one_of(
            st.text(st.characters(codec="utf-8"), max_size=6),
            st.sampled_from(["%ff", "%ed%a0%80", "/", "..", "%00", "%2e%2e%2f"]),
        ),
        max_size=5,
    ).map("".join),
    host=st.sampled_from(["evil.example", "127.0.0.1", ""]),
)
def test_fuzz_get_paths(client, name, host):
    quoted = urllib.parse.quote(name, safe="%/")
    for path in (f"/v1/models/{quoted}", f"/static/{quoted}", "/" + quoted.lstrip("/")):
        r = client.get(path, headers={"host": host} if host else {}, follow_redirects=False)
        assert r.status_code not in (301, 302, 307, 308) or host not in r.headers["location"]
        if r.status_code >= 400:
            check_reply(r, f"GET {path}")
        else:
            assert r.status_code < 500


@pytest.mark.slow
@pytest.mark.parametrize("path", POST_PATHS)
def test_fuzz_post_bodies_long(client, schema, path):
    @settings(FUZZ, max_examples=EXAMPLES * 10)
    @given(body=_post_body(schema, path))
    def run(body: Any) -> None:
        _fuzz_post(client, path, body)

    run()


def test_server_is_healthy_and_idle_after_fuzzing(srv, client):
    # Runs last in this module (pytest keeps file order): nothing left running or queued.
    import time

    assert client.get("/health").status_code == 200
    assert client.get("/ready").status_code == 200
    r = client.post("/v1/completions", json={"model": "tiny", "prompt": "def", "max_tokens": 4})
    assert r.status_code == 200 and r.json()["usage"]["completion_tokens"] >= 1
    deadline = time.monotonic() + 10
    while True:
        stats = srv.engine.stats()
        if not stats["running"] and not stats["waiting"]:
            break
        assert time.monotonic() < deadline, f"the engine is still busy: {stats}"
        time.sleep(0.05)
