"""Tool calls and structured outputs for the chat route: request checks, the constraint
behind them, and the assistant message (or stream deltas) built from the tokens.

The format itself (tools in the prompt, the call grammar, parsing) is ``agent.format``;
the masks are ``infer.constrained``. This module only maps them onto OpenAI's fields.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field
from typing import Any

from genforge.agent.format import (
    CALL_TOKEN,
    ToolFormatError,
    ToolSpec,
    check_choice,
    check_tools,
    parse_call,
    split_turn,
    tool_constraint,
    tools_prompt,
)
from genforge.infer.constrained import (
    Constraint,
    Grammar,
    GrammarProcessor,
    SchemaError,
    constraint_for,
    vocabulary_for,
)
from genforge.infer.protocol import TokenEvent
from genforge.serve.api_errors import APIError
from genforge.tokenizer import stop_ids


def _bad(param: str, message: str) -> APIError:
    return APIError(400, message, param=param, code="invalid_value")


@dataclass
class Structured:
    """What a chat request asks beyond plain text: tools and/or a response format."""

    specs: list[ToolSpec] = field(default_factory=list)
    choice: str = "auto"
    constraint: Constraint | None = None
    call_id: int | None = None  # <|tool_call|>'s id when tools are on

    @property
    def tools_on(self) -> bool:
        return bool(self.specs) and self.choice != "none"

    def system_messages(self) -> list[dict[str, str]]:
        return [{"role": "system", "content": tools_prompt(self.specs)}] if self.specs else []

    def processors(self, prompt_len: int, max_tokens: int) -> list[Any]:
        """The logits processors of the request (checked: the budget fits an output)."""
        if self.constraint is None:
            return []
        if max_tokens < self.constraint.min_tokens:
            raise APIError(
                400,
                f"max_completion_tokens {max_tokens} is too small for the requested format: "
                f"the shortest valid output takes {self.constraint.min_tokens} tokens",
                param="max_completion_tokens",
                code="invalid_value",
            )
        return [GrammarProcessor(self.constraint, prompt_len, max_tokens)]


def plan(tokenizer: Any, body: Any) -> Structured:
    """Check ``tools``/``tool_choice``/``response_format`` and build their constraint."""
    fmt = body.response_format
    kind = fmt.type if fmt is not None else "text"
    out = Structured()
    if body.tools is not None:
        try:
            out.specs = check_tools(body.tools)
            out.choice = check_choice(body.tool_choice, out.specs)
        except ToolFormatError as e:
            raise _bad(e.param, str(e)) from None
    elif body.tool_choice not in (None, "none", "auto"):
        raise _bad("tool_choice", "tool_choice needs 'tools'; send the tools it may call")
    if kind != "text" and out.tools_on:
        raise _bad(
            "response_format",
            "response_format json_object/json_schema cannot be combined with tools; use "
            "tool_choice 'none' or drop response_format",
        )
    if kind == "text" and not out.specs:
        return out
    if body.ignore_eos:
        raise _bad("ignore_eos", "ignore_eos cannot be used with tools or response_format")
    vocab = vocabulary_for(tokenizer, stop_ids(tokenizer))
    if kind == "json_schema":
        schema = fmt.json_schema.schema_ if fmt.json_schema is not None else None
        if schema is None:
            raise _bad("response_format.json_schema.schema", "json_schema needs a 'schema'")
        try:
            Grammar.json_schema(schema)
        except SchemaError as e:
            param = e.path.replace("schema", "response_format.json_schema.schema", 1)
            raise _bad(param, str(e).replace("schema", param, 1)) from None
        key = "schema:" + json.dumps(schema, sort_keys=True)
        out.constraint = constraint_for(vocab, key, lambda: Grammar.json_schema(schema))
        return out
    if kind == "json_object":
        out.constraint = constraint_for(vocab, "json_object", Grammar.any_json)
        return out
    out.call_id = int(tokenizer.token_to_id(CALL_TOKEN))
    parallel = body.parallel_tool_calls is not False
    out.constraint = tool_constraint(tokenizer, out.specs, out.choice, parallel=parallel)
    return out


def new_call_id() -> str:
    return "call_" + uuid.uuid4().hex[:24]


def assistant_message(st: Structured, events: list[TokenEvent], text: str) -> dict[str, Any]:
    """The response's message: content, and tool calls when the model made any."""
    if st.call_id is None:
        return {"role": "assistant", "content": text, "refusal": None}
    turn = split_turn([e.token_id for e in events], [e.text for e in events], st.call_id)
    calls = [
        {"id": new_call_id(), "type": "function", "function": {"name": n, "arguments": a}}
        for n, a in turn.calls
    ]
    return {
        "role": "assistant",
        "content": turn.content if (turn.content or not calls) else None,
        "refusal": None,
        "tool_calls": calls or None,
    }


def finish_reason(message: dict[str, Any], reason: str) -> str:
    return "tool_calls" if message.get("tool_calls") and reason == "stop" else reason


class CallStream:
    """Streams one choice of a tool-enabled request: text as content deltas until the first
    ``<|tool_call|>``, then each call as one ``tool_calls`` delta once it is complete (at
    the next call token or the end)."""

    def __init__(self, call_id: int) -> None:
        self.call_id = call_id
        self.in_call = False
        self.buffer: list[str] = []
        self.calls = 0

    def push(self, ev: TokenEvent) -> dict[str, Any] | None:
        """The delta this token completes, if any."""
        if ev.token_id == self.call_id:
            delta = self.flush()
            self.in_call = True
            return delta
        if self.in_call:
            self.buffer.append(ev.text)
            return None
        return {"content": ev.text} if ev.text else None

    def flush(self) -> dict[str, Any] | None:
        if not self.in_call:
            return None
        raw, self.buffer = "".join(self.buffer), []
        parsed = parse_call(raw)
        if parsed is None:
            return None
        name, args = parsed
        index, self.calls = self.calls, self.calls + 1
        fn = {"name": name, "arguments": args}
        return {
            "tool_calls": [
                {"index": index, "id": new_call_id(), "type": "function", "function": fn}
            ]
        }
