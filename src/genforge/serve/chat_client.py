"""A chat conversation against a model: in this process (the engine) or a running server.

``ChatSession`` keeps the history and sends it, with each new user message, to a backend:
``EngineChat`` (a model dir loaded into the batching engine) or ``HttpChat`` (a genforge or
any OpenAI-compatible server's ``/v1/chat/completions``, streamed over SSE with the
standard library). Both stream the answer through an ``on_text`` callback and return a
:class:`Reply`. ``genforge chat`` is the terminal front end.
"""

from __future__ import annotations

import json
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any, Protocol

from genforge.errors import GenforgeError
from genforge.infer.protocol import EngineError, FinishEvent, SamplingParams, TokenEvent

OnText = Callable[[str], None]


class ChatError(GenforgeError):
    """One turn failed (refused, too long, server error); the conversation can go on."""


@dataclass
class Reply:
    """An assistant answer. ``finish``: stop | length | stopped (by the user) | error."""

    text: str
    finish: str
    completion_tokens: int
    prompt_tokens: int
    seconds: float

    @property
    def tokens_per_s(self) -> float:
        return self.completion_tokens / self.seconds if self.seconds > 0 else 0.0


class ChatBackend(Protocol):
    model_name: str

    def reply(
        self, messages: list[dict[str, str]], params: SamplingParams, on_text: OnText
    ) -> Reply:
        """Stream the answer to ``messages`` through ``on_text``; Ctrl-C stops it early."""
        ...

    def close(self) -> None: ...


class EngineChat:
    """Chat with a model dir in this process, through the engine (one request at a time)."""

    def __init__(self, model_dir: str, *, device: str = "auto") -> None:
        from genforge.infer.engine import Engine

        self.engine = Engine.from_model_dir(model_dir, device=device, max_batch_size=1)
        self.engine.start()
        self.model_name = self.engine.model_name
        self.tokenizer = self.engine.tokenizer

    def prompt_ids(self, messages: list[dict[str, str]]) -> list[int]:
        return self.tokenizer.encode_chat(messages)

    def reply(
        self, messages: list[dict[str, str]], params: SamplingParams, on_text: OnText
    ) -> Reply:
        ids = self.prompt_ids(messages)
        start = time.perf_counter()
        try:
            handle = self.engine.submit(ids, params)
        except EngineError as e:
            raise ChatError(e.message) from e
        parts: list[str] = []
        count = 0
        try:
            for event in handle:
                if isinstance(event, TokenEvent):
                    count += 1
                    if event.text:
                        parts.append(event.text)
                        on_text(event.text)
                elif isinstance(event, FinishEvent):
                    if event.reason == "error":
                        raise ChatError(f"generation failed: {event.error}")
                    return Reply(
                        event.text,
                        event.reason,
                        event.completion_tokens,
                        event.prompt_tokens,
                        time.perf_counter() - start,
                    )
        except KeyboardInterrupt:
            handle.cancel()  # frees the slot; the partial answer is kept
        return Reply("".join(parts), "stopped", count, len(ids), time.perf_counter() - start)

    def close(self) -> None:
        self.engine.shutdown(drain=False, timeout=5.0)


@dataclass
class HttpChat:
    """Chat with a running server's ``/v1/chat/completions`` (OpenAI's streaming API)."""

    url: str
    api_key: str | None = None
    model_name: str = ""
    timeout: float = 300.0

    def __post_init__(self) -> None:
        self.url = self.url.rstrip("/")
        if not self.url.startswith(("http://", "https://")):
            raise GenforgeError(f"--url must start with http:// or https://, got {self.url!r}")
        if not self.model_name:
            models = self._json("GET", "/v1/models")
            data = models.get("data") or []
            if not data:
                raise GenforgeError(f"{self.url}/v1/models lists no model; is it a chat server?")
            self.model_name = str(data[0]["id"])

    def _request(self, method: str, path: str, body: Any = None) -> urllib.request.Request:
        headers = {"Accept": "application/json, text/event-stream"}
        data = None
        if body is not None:
            data = json.dumps(body).encode("utf-8")
            headers["Content-Type"] = "application/json"
        if self.api_key:
            headers["Authorization"] = f"Bearer {self.api_key}"
        return urllib.request.Request(self.url + path, data=data, headers=headers, method=method)

    def _open(self, req: urllib.request.Request, error: type[GenforgeError]) -> Any:
        try:
            return urllib.request.urlopen(req, timeout=self.timeout)
        except urllib.error.HTTPError as e:
            raise error(f"{self.url} refused the request: {_http_error_text(e)}") from e
        except (urllib.error.URLError, OSError) as e:
            reason = getattr(e, "reason", e)
            raise error(
                f"cannot reach {self.url} ({reason}); is `genforge serve` running there?"
            ) from e

    def _json(self, method: str, path: str, body: Any = None) -> dict[str, Any]:
        with self._open(self._request(method, path, body), GenforgeError) as resp:
            return json.loads(resp.read().decode("utf-8"))

    def reply(
        self, messages: list[dict[str, str]], params: SamplingParams, on_text: OnText
    ) -> Reply:
        body = _openai_body(self.model_name, messages, params)
        start = time.perf_counter()
        parts: list[str] = []
        finish, usage = "stop", {}
        resp = self._open(self._request("POST", "/v1/chat/completions", body), ChatError)
        try:
            for event in _sse_events(resp):
                if "error" in event:
                    raise ChatError(
                        f"the server failed mid-answer: {event['error'].get('message')}"
                    )
                usage = event.get("usage") or usage
                for choice in event.get("choices") or ():
                    delta = (choice.get("delta") or {}).get("content") or ""
                    if delta:
                        parts.append(delta)
                        on_text(delta)
                    finish = choice.get("finish_reason") or finish
        except KeyboardInterrupt:
            finish = "stopped"  # closing the connection makes the server cancel
        finally:
            resp.close()
        return Reply(
            "".join(parts),
            finish,
            int(usage.get("completion_tokens", len(parts))),
            int(usage.get("prompt_tokens", 0)),
            time.perf_counter() - start,
        )

    def close(self) -> None:
        pass


def _http_error_text(e: urllib.error.HTTPError) -> str:
    try:
        body = json.loads(e.read().decode("utf-8", "replace"))
        message = body["error"]["message"]
    except Exception:  # not OpenAI's error shape: the status line is all there is
        message = e.reason
    return f"HTTP {e.code}: {message}"


def _openai_body(
    model: str, messages: list[dict[str, str]], params: SamplingParams
) -> dict[str, Any]:
    body: dict[str, Any] = {
        "model": model,
        "messages": messages,
        "stream": True,
        "stream_options": {"include_usage": True},
        "max_tokens": params.max_tokens,
        "temperature": params.temperature,
    }
    optional = {
        "top_p": params.top_p,
        "top_k": params.top_k,
        "min_p": params.min_p,
        "seed": params.seed,
        "stop": params.stop or None,
    }
    if params.repetition_penalty != 1.0:
        optional["repetition_penalty"] = params.repetition_penalty
    body.update({k: v for k, v in optional.items() if v is not None})
    return body


def _sse_events(resp: Any) -> Iterator[dict[str, Any]]:
    """JSON payloads of ``data:`` lines until ``data: [DONE]``."""
    data: list[str] = []
    for raw in resp:
        line = raw.decode("utf-8").rstrip("\r\n")
        if line.startswith("data:"):
            data.append(line[5:].removeprefix(" "))
            continue
        if line or not data:
            continue  # comments, other fields, or blank lines between events
        payload = "\n".join(data)
        data = []
        if payload == "[DONE]":
            return
        yield json.loads(payload)


@dataclass
class ChatSession:
    """A conversation: the history, an optional system prompt and the sampling settings."""

    backend: ChatBackend
    params: SamplingParams
    system: str | None = None
    history: list[dict[str, str]] = field(default_factory=list)

    def messages(self) -> list[dict[str, str]]:
        head = [{"role": "system", "content": self.system}] if self.system else []
        return head + self.history

    def reset(self) -> None:
        self.history.clear()

    def send(self, text: str, on_text: OnText) -> tuple[Reply, int]:
        """Answer ``text`` given the history; returns the reply and how many old messages
        were dropped to fit the model's context. A failed turn leaves the history as it was."""
        before = list(self.history)
        self.history.append({"role": "user", "content": text})
        dropped = self._fit_context()
        try:
            reply = self.backend.reply(self.messages(), self.params, on_text)
        except BaseException:
            self.history[:] = before
            raise
        # A stopped answer is kept: the next turn should see what the user saw.
        self.history.append({"role": "assistant", "content": reply.text})
        return reply, dropped

    def _fit_context(self) -> int:
        """Drop the oldest turns until the prompt leaves room for an answer (local only:
        a remote server's tokenizer is not here to count with)."""
        count = getattr(self.backend, "prompt_ids", None)
        engine = getattr(self.backend, "engine", None)
        if count is None or engine is None:
            return 0
        context = int(engine.context_length)
        room = min(self.params.max_tokens, context // 2)
        dropped = 0
        while len(self.history) > 1 and len(count(self.messages())) > context - room:
            self.history.pop(0)
            dropped += 1
            # Keep the history opening with a user turn, as every conversation does.
            while len(self.history) > 1 and self.history[0]["role"] != "user":
                self.history.pop(0)
                dropped += 1
        return dropped
