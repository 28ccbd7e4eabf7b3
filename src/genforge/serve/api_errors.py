"""Errors in OpenAI's JSON shape, and the handlers that turn every failure into one.

OpenAI clients read ``{"error": {"message", "type", "param", "code"}}`` and the status code;
anything else (FastAPI's 422 ``{"detail": [...]}``, a bare 500 page) makes them raise an
unhelpful error, so every path out of the app goes through :func:`error_response`.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import re
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from genforge.errors import GenforgeError
from genforge.infer.protocol import EngineError, SamplingParams
from genforge.inputs import safe_text

log = logging.getLogger("genforge.serve")

# OpenAI's "type" per status code; "code" narrows it where a client may branch on it.
_TYPES = {
    400: "invalid_request_error",
    401: "authentication_error",
    403: "permission_error",
    404: "invalid_request_error",
    405: "invalid_request_error",
    408: "invalid_request_error",
    413: "invalid_request_error",
    429: "rate_limit_error",
    500: "server_error",
    503: "service_unavailable",
}


class APIError(Exception):
    """An HTTP error with OpenAI's body; raise it anywhere in a route."""

    def __init__(
        self,
        status: int,
        message: str,
        *,
        type: str | None = None,
        param: str | None = None,
        code: str | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        # User input echoed in a message may hold lone surrogates; a reply must still encode.
        message = safe_text(message)
        super().__init__(message)
        self.status = status
        self.message = message
        self.type = type or _TYPES.get(status, "invalid_request_error")
        self.param = param
        self.code = code
        self.headers = headers or {}

    def body(self) -> dict[str, Any]:
        return {
            "error": {
                "message": self.message,
                "type": self.type,
                "param": self.param,
                "code": self.code,
            }
        }


def error_response(err: APIError) -> JSONResponse:
    return JSONResponse(err.body(), status_code=err.status, headers=err.headers)


# Fields an engine message may name first; taken from SamplingParams so none is missed.
_SAMPLING_FIELDS = frozenset(f.name for f in dataclasses.fields(SamplingParams))


def engine_error_to_api(exc: Exception) -> APIError:
    """Map an ``EngineError`` (by its ``kind``) to the status a client expects."""
    kind = getattr(exc, "kind", "invalid_request")
    message = getattr(exc, "message", None) or str(exc)
    if kind == "overloaded":
        return APIError(
            503,
            f"the server is overloaded: {message}",
            code="server_overloaded",
            headers={"Retry-After": "1"},
        )
    if kind == "shutdown":
        return APIError(
            503, "the server is shutting down; retry on another replica", code="shutdown"
        )
    if kind == "context_length":
        return APIError(400, message, param="messages", code="context_length_exceeded")
    # Engine messages start with the field they are about ("top_p must be in ...").
    m = re.match(r"([a-z_]+) ", message)
    param = m.group(1) if m and m.group(1) in _SAMPLING_FIELDS else None
    return APIError(400, message, param=param, code="invalid_value")


def _param_of(loc: tuple[Any, ...]) -> str | None:
    parts = [str(p) for p in loc if p != "body"]
    # pydantic reports which member of a union failed (e.g. "str", "list[int]"): not a field.
    parts = [p for p in parts if not any(c in p for c in "[]") and p not in ("str", "int")]
    return ".".join(parts) or None


def _validation_message(exc: RequestValidationError) -> APIError:
    errors = exc.errors()
    first = errors[0] if errors else {"msg": "invalid request", "loc": ()}
    if first.get("type") == "json_invalid":
        why = first.get("ctx", {}).get("error", "parse error")
        return APIError(
            400,
            f"the request body is not valid JSON ({why}); send a JSON object",
            code="invalid_json",
        )
    param = _param_of(tuple(first.get("loc", ())))
    if param is None and first.get("type") in ("model_type", "dict_type", "model_attributes_type"):
        return APIError(400, "the request body must be a JSON object", code="invalid_type")
    if first.get("type") == "missing" and param is None:
        return APIError(400, "the request body is empty; send a JSON object", code="missing_body")
    if first.get("type") == "missing":
        return APIError(400, f"missing required parameter: '{param}'", param=param, code="missing")
    got = first.get("input")
    shown = json.dumps(got, default=str)[:80] if got is not None else "null"
    return APIError(
        400,
        f"invalid value for '{param}': {first.get('msg', 'invalid')} (got {shown})",
        param=param,
        code="invalid_type" if first.get("type", "").endswith("_type") else "invalid_value",
    )


def install_error_handlers(app: FastAPI) -> None:
    """Route every exception type the app can raise to an OpenAI-shaped response."""

    @app.exception_handler(APIError)
    async def _api_error(_: Request, exc: APIError) -> JSONResponse:
        return error_response(exc)

    @app.exception_handler(RequestValidationError)
    async def _validation(_: Request, exc: RequestValidationError) -> JSONResponse:
        return error_response(_validation_message(exc))

    @app.exception_handler(StarletteHTTPException)
    async def _http(_: Request, exc: StarletteHTTPException) -> JSONResponse:
        code = {400: "invalid_request", 404: "not_found", 405: "method_not_allowed"}.get(
            exc.status_code
        )
        message = str(exc.detail)
        if exc.status_code == 404:
            message = "no such endpoint; see /openapi.json for the API"
        elif "parsing the body" in message:
            # Starlette's words for any JSON decoder failure, including nesting so deep that
            # the decoder gives up (RecursionError).
            message = (
                "the request body could not be parsed as JSON (invalid, or nested too "
                "deeply); send a JSON object"
            )
            code = "invalid_json"
        return error_response(APIError(exc.status_code, message, code=code))

    @app.exception_handler(EngineError)
    async def _engine(_: Request, exc: EngineError) -> JSONResponse:
        return error_response(engine_error_to_api(exc))

    @app.exception_handler(GenforgeError)
    async def _genforge(_: Request, exc: GenforgeError) -> JSONResponse:
        return error_response(APIError(400, str(exc), code="invalid_value"))

    @app.exception_handler(Exception)
    async def _unexpected(_: Request, exc: Exception) -> JSONResponse:
        log.exception("unhandled error", exc_info=exc)
        return error_response(APIError(500, f"internal server error: {type(exc).__name__}"))
