"""The gate every request passes before a route: auth, request rate, body size and time,
UTF-8.

A plain ASGI middleware rather than FastAPI dependencies so that the checks run in
OpenAI's order (401, then 429, then 413, then 400) before the body is parsed at all, and so
that streaming responses are not wrapped by Starlette's BaseHTTPMiddleware.
"""

from __future__ import annotations

import asyncio
import json
import time
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from genforge.inputs import InputError, check_text
from genforge.serve.api_errors import APIError, error_response
from genforge.serve.metrics import ServeMetrics
from genforge.serve.policy import ServePolicy
from genforge.serve.settings import ServeSettings

# Paths that need a key when keys are configured; health, metrics, docs and the chat page
# (which asks the user for a key itself) stay open.
PROTECTED_PREFIXES = ("/v1/", "/tokenize", "/detokenize")
_KNOWN_ROUTES = (
    "/v1/chat/completions",
    "/v1/completions",
    "/v1/embeddings",
    "/v1/models",
    "/tokenize",
    "/detokenize",
    "/health",
    "/ready",
    "/metrics",
    "/openapi.json",
    "/",
)


def _route_label(path: str) -> str:
    # Bounded label values: unknown paths would otherwise grow the metric without limit.
    if path in _KNOWN_ROUTES:
        return path
    if path.startswith("/v1/models/"):
        return "/v1/models/{model}"
    if path.startswith("/static/"):
        return "/static"
    return "other"


class GateMiddleware:
    """Auth, per-client request rate, request size and UTF-8 checks; counts responses."""

    def __init__(
        self,
        app: ASGIApp,
        *,
        settings: ServeSettings,
        policy: ServePolicy,
        metrics: ServeMetrics,
    ) -> None:
        self.app = app
        self.settings = settings
        self.policy = policy
        self.metrics = metrics

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path: str = scope.get("path", "")
        status: dict[str, int] = {"code": 500}

        async def counting_send(message: Message) -> None:
            if message["type"] == "http.response.start":
                status["code"] = message["status"]
            await send(message)

        try:
            err, receive = await self._gate(scope, receive, path)
            if err is not None:
                await error_response(err)(scope, receive, counting_send)
            else:
                await self.app(scope, receive, counting_send)
        finally:
            self.metrics.http_requests.labels(
                route=_route_label(path), status=str(status["code"])
            ).inc()

    async def _gate(
        self, scope: Scope, receive: Receive, path: str
    ) -> tuple[APIError | None, Receive]:
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        state: dict[str, Any] = scope.setdefault("state", {})
        client = scope.get("client") or ("unknown", 0)
        identity = f"addr:{client[0]}"
        api_key = None
        if path.startswith(PROTECTED_PREFIXES) and scope.get("method") != "OPTIONS":
            try:
                api_key, identity = self.policy.authenticate(
                    str(client[0]), headers.get("authorization")
                )
                self.policy.admit(identity, api_key)
            except APIError as e:
                return e, receive
        state["client_id"] = identity
        state["api_key"] = api_key
        if scope.get("method") not in ("POST", "PUT", "PATCH"):
            return None, receive
        if "json" not in headers.get("content-type", ""):
            # Every body this API takes is JSON; `curl -d` sends form-encoded and some clients
            # send no type at all. Read the body as JSON rather than call it "not an object".
            scope["headers"] = [
                *((k, v) for k, v in scope["headers"] if k.lower() != b"content-type"),
                (b"content-type", b"application/json"),
            ]
        return await self._read_body(headers, receive)

    async def _read_body(
        self, headers: dict[str, str], receive: Receive
    ) -> tuple[APIError | None, Receive]:
        limit = self.settings.max_request_bytes
        too_big = APIError(
            413,
            f"request body is larger than the server's limit of {limit} bytes; send a shorter "
            "request (the operator sets --max-request-bytes)",
            code="request_too_large",
        )
        declared = headers.get("content-length")
        if declared is not None and declared.isdigit() and int(declared) > limit:
            return too_big, receive
        # Buffer the body (bounded by the limit) so chunked uploads are capped too and the
        # UTF-8 check sees all of it before any route does.
        chunks: list[bytes] = []
        size = 0
        deadline = time.monotonic() + self.settings.body_timeout
        while True:
            try:
                message = await asyncio.wait_for(receive(), deadline - time.monotonic())
            except TimeoutError:
                # A client trickling its body would hold a connection (and its buffer) open.
                return (
                    APIError(
                        408,
                        f"the request body did not arrive within {self.settings.body_timeout:g} "
                        "s; send it at once (the operator sets --body-timeout)",
                        code="request_timeout",
                        headers={"Connection": "close"},
                    ),
                    receive,
                )
            if message["type"] == "http.disconnect":
                return None, _replay(b"", receive, disconnected=True)
            body = message.get("body", b"")
            size += len(body)
            if size > limit:
                return too_big, receive
            chunks.append(body)
            if not message.get("more_body", False):
                break
        data = b"".join(chunks)
        try:
            data.decode("utf-8")
        except UnicodeDecodeError as e:
            return (
                APIError(
                    400,
                    f"request body is not valid UTF-8 (bad byte at offset {e.start}); "
                    "encode the JSON as UTF-8",
                    code="invalid_encoding",
                ),
                receive,
            )
        err = _check_json_text(data)
        if err is not None:
            return err, receive
        return None, _replay(data, receive)


def _check_json_text(data: bytes) -> APIError | None:
    """400 naming the field when a JSON body holds a string that is not valid Unicode.

    Valid UTF-8 bytes can still decode to a lone surrogate through a ``\\ud800`` escape;
    every route, present or future, gets the check here rather than each its own. Bodies
    without a ``\\u`` escape cannot hold one and skip the parse.
    """
    if b"\\u" not in data:
        return None
    try:
        value = json.loads(data)
    except (ValueError, RecursionError):
        return None  # not JSON (or too deep): the route's parser reports it
    try:
        check_text(value, "")
    except InputError as e:
        return APIError(400, str(e), param=e.field, code="invalid_encoding")
    return None


def _replay(data: bytes, receive: Receive, *, disconnected: bool = False) -> Receive:
    """A ``receive`` that yields the buffered body once, then defers to the real one."""
    sent = False

    async def replay() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            if disconnected:
                return {"type": "http.disconnect"}
            return {"type": "http.request", "body": data, "more_body": False}
        return await receive()

    return replay
