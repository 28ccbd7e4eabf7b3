"""Where an agent's model runs: in this process (:class:`EngineBackend`, the batching
engine with constrained tool calls) or behind any OpenAI-compatible server
(:class:`HttpBackend`, the ``tools`` API). Both return an :class:`AssistantTurn`."""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from genforge.agent.format import (
    CALL_TOKEN,
    ToolSpec,
    split_turn,
    tool_constraint,
    tools_prompt,
)
from genforge.errors import GenforgeError
from genforge.infer.constrained import GrammarProcessor
from genforge.infer.protocol import EngineError, FinishEvent, SamplingParams, TokenEvent


@dataclass
class AssistantTurn:
    content: str
    calls: list[tuple[str, str, str]] = field(default_factory=list)  # (id, name, arguments)
    finish: str = "stop"
    completion_tokens: int = 0
    prompt_tokens: int = 0


class Backend(Protocol):
    def complete(
        self,
        messages: list[dict[str, Any]],
        tools: Sequence[ToolSpec],
        tool_choice: str,
        max_tokens: int,
    ) -> AssistantTurn: ...

    def close(self) -> None: ...


class EngineBackend:
    """A model dir in this process; calls are decoded under the tools' constraint."""

    def __init__(
        self, model_dir: str, *, device: str = "auto", temperature: float = 0.0, seed: int = 0
    ) -> None:
        from genforge.infer.engine import Engine

        self.engine = Engine.from_model_dir(model_dir, device=device, max_batch_size=1)
        self.engine.start()
        self.tokenizer = self.engine.tokenizer
        self.temperature = temperature
        self.seed = seed
        self.context = int(self.engine.model.config.block_size)

    @classmethod
    def from_engine(cls, engine: Any, *, temperature: float = 0.0, seed: int = 0) -> EngineBackend:
        self = cls.__new__(cls)
        self.engine, self.tokenizer = engine, engine.tokenizer
        self.temperature, self.seed = temperature, seed
        self.context = int(engine.model.config.block_size)
        return self

    def complete(
        self,
        messages: list[dict[str, Any]],
        tools: Sequence[ToolSpec],
        tool_choice: str,
        max_tokens: int,
    ) -> AssistantTurn:
        system = [{"role": "system", "content": tools_prompt(tools)}] if tools else []
        prompt = self.tokenizer.encode_chat(system + messages)
        room = self.context - len(prompt)
        if room < 8:
            raise GenforgeError(
                f"the conversation ({len(prompt)} tokens) fills the model's context of "
                f"{self.context}; lower --max-steps or use a model with a longer context"
            )
        max_tokens = min(max_tokens, room)
        procs = []
        if tools:
            con = tool_constraint(self.tokenizer, tools, tool_choice)
            max_tokens = max(max_tokens, min(con.min_tokens, room))
            procs = [GrammarProcessor(con, len(prompt), max_tokens)]
        params = SamplingParams(
            max_tokens=max_tokens,
            temperature=self.temperature,
            seed=self.seed if self.temperature > 0 else None,
            logits_processors=procs,
        )
        try:
            events = list(self.engine.submit(prompt, params))
        except EngineError as e:
            raise GenforgeError(e.message) from e
        tokens = [e for e in events if isinstance(e, TokenEvent)]
        fin = events[-1]
        assert isinstance(fin, FinishEvent)
        if fin.reason == "error":
            raise GenforgeError(f"generation failed: {fin.error}")
        call_id = self.tokenizer.token_to_id(CALL_TOKEN)
        turn = split_turn([t.token_id for t in tokens], [t.text for t in tokens], call_id)
        calls = [(f"call_{i}", n, a) for i, (n, a) in enumerate(turn.calls)]
        return AssistantTurn(turn.content, calls, fin.reason, fin.completion_tokens, len(prompt))

    def close(self) -> None:
        self.engine.shutdown(drain=False, timeout=5.0)


class HttpBackend:
    """Any OpenAI-compatible ``/v1/chat/completions`` with ``tools`` (genforge serve, ...)."""

    def __init__(
        self,
        url: str,
        *,
        api_key: str | None = None,
        model: str | None = None,
        temperature: float = 0.0,
        timeout: float = 300.0,
    ) -> None:
        self.url = url.rstrip("/")
        if not self.url.startswith(("http://", "https://")):
            raise GenforgeError(f"--url must start with http:// or https://, got {url!r}")
        self.api_key, self.temperature, self.timeout = api_key, temperature, timeout
        self.model = model or str(self._call("GET", "/v1/models", None)["data"][0]["id"])

    def _call(self, method: str, path: str, body: Any) -> Any:
        headers = {"Content-Type": "application/json"}
        if self.api_key:
            headers["Authorization"] = f"Bearer {self.api_key}"
        data = None if body is None else json.dumps(body).encode("utf-8")
        req = urllib.request.Request(self.url + path, data=data, headers=headers, method=method)
        try:
            with urllib.request.urlopen(req, timeout=self.timeout) as r:
                return json.loads(r.read().decode("utf-8"))
        except urllib.error.HTTPError as e:
            detail = e.read().decode("utf-8", errors="replace")[:500]
            raise GenforgeError(f"{self.url}{path} answered {e.code}: {detail}") from None
        except (urllib.error.URLError, OSError) as e:
            raise GenforgeError(f"cannot reach {self.url}: {e}") from None

    def complete(
        self,
        messages: list[dict[str, Any]],
        tools: Sequence[ToolSpec],
        tool_choice: str,
        max_tokens: int,
    ) -> AssistantTurn:
        body: dict[str, Any] = {
            "model": self.model,
            "messages": [_openai_message(m) for m in messages],
            "max_completion_tokens": max_tokens,
            "temperature": self.temperature,
        }
        if tools:
            body["tools"] = [s.openai() for s in tools]
            body["tool_choice"] = tool_choice
        r = self._call("POST", "/v1/chat/completions", body)
        choice = r["choices"][0]
        msg = choice["message"]
        calls = [
            (c["id"], c["function"]["name"], c["function"]["arguments"])
            for c in msg.get("tool_calls") or []
        ]
        usage = r.get("usage") or {}
        return AssistantTurn(
            msg.get("content") or "",
            calls,
            choice.get("finish_reason") or "stop",
            int(usage.get("completion_tokens", 0)),
            int(usage.get("prompt_tokens", 0)),
        )

    def close(self) -> None:
        pass


def _openai_message(m: dict[str, Any]) -> dict[str, Any]:
    out = {"role": m["role"], "content": m["content"]}
    if m.get("tool_calls"):
        out["tool_calls"] = [{"type": "function", **c} for c in m["tool_calls"]]
    if m.get("tool_call_id"):
        out["tool_call_id"] = m["tool_call_id"]
    return out
