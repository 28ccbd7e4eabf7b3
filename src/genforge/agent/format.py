"""The tool-call format: tools in the prompt, the grammar of calls, calls out of the output.

A model sees the tools as a system turn (:func:`tools_prompt`) and calls one by writing
``<|tool_call|>`` (a reserved token, never produced by plain text encoding) followed by
``{"name":"NAME","arguments":{...}}``; several calls in one turn are parallel calls, and
the turn ends with ``<|end|>``. The tokenizer renders past calls the same way
(``Tokenizer.apply_chat_template``). Results come back as ``tool`` turns
(``<|tool_result|>``), in the order of the calls.

Under constrained decoding (:func:`call_grammar`) every call's arguments parse and validate
against that function's JSON schema, whatever the model.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from genforge.errors import GenforgeError
from genforge.infer.constrained import (
    Constraint,
    Grammar,
    SchemaError,
    constraint_for,
    vocabulary_for,
)
from genforge.tokenizer import TOOL_NAME, stop_ids

CALL_TOKEN = "<|tool_call|>"
CHOICES = ("auto", "none", "required")


class ToolFormatError(GenforgeError):
    """Bad tools or tool_choice; ``param`` names the field (``tools[1].function.name``)."""

    def __init__(self, param: str, message: str) -> None:
        super().__init__(f"{param}: {message}")
        self.param = param


@dataclass
class ToolSpec:
    """One function a model may call: its name, what it does, its arguments' JSON schema."""

    name: str
    description: str = ""
    parameters: dict[str, Any] = field(default_factory=lambda: {"type": "object"})

    def openai(self) -> dict[str, Any]:
        fn = {"name": self.name, "description": self.description, "parameters": self.parameters}
        return {"type": "function", "function": fn}


def check_tools(tools: Any, param: str = "tools") -> list[ToolSpec]:
    """OpenAI ``tools`` ([{"type": "function", "function": {...}}]) -> specs, each schema
    compiled once to prove constrained decoding can enforce it."""
    if not isinstance(tools, list) or not tools:
        raise ToolFormatError(param, "must be a non-empty list of {'type': 'function', ...}")
    specs: list[ToolSpec] = []
    for i, t in enumerate(tools):
        where = f"{param}[{i}]"
        if not isinstance(t, dict) or t.get("type", "function") != "function":
            raise ToolFormatError(f"{where}.type", "only 'function' tools are supported")
        fn = t.get("function")
        if not isinstance(fn, dict):
            raise ToolFormatError(f"{where}.function", "must be an object with a name")
        name = fn.get("name")
        if not isinstance(name, str) or not re.match(TOOL_NAME, name):
            raise ToolFormatError(f"{where}.function.name", f"must match {TOOL_NAME}")
        if any(s.name == name for s in specs):
            raise ToolFormatError(f"{where}.function.name", f"duplicate tool name {name!r}")
        schema = fn.get("parameters", {"type": "object", "properties": {}})
        try:
            Grammar.json_schema(schema)
        except SchemaError as e:
            path = e.path.replace("schema", f"{where}.function.parameters", 1)
            raise ToolFormatError(path, e.message) from None
        desc = fn.get("description") or ""
        if not isinstance(desc, str):
            raise ToolFormatError(f"{where}.function.description", "must be a string")
        specs.append(ToolSpec(name, desc, schema))
    return specs


def check_choice(choice: Any, specs: Sequence[ToolSpec], param: str = "tool_choice") -> str:
    """``tool_choice`` -> "auto" | "none" | "required" | a tool's name (unknown -> error)."""
    if choice is None:
        return "auto"
    if isinstance(choice, str):
        if choice not in CHOICES:
            raise ToolFormatError(param, f"must be one of {list(CHOICES)} or a named function")
        return choice
    name = None
    if isinstance(choice, dict) and isinstance(choice.get("function"), dict):
        name = choice["function"].get("name")
    if not isinstance(name, str):
        raise ToolFormatError(param, "a named choice is {'type': 'function', 'function': {'name'}}")
    if all(s.name != name for s in specs):
        raise ToolFormatError(
            f"{param}.function.name",
            f"unknown tool {name!r}; the request's tools are {[s.name for s in specs]}",
        )
    return name


def tools_prompt(specs: Sequence[ToolSpec]) -> str:
    """The system turn that shows the tools to the model: one JSON line per tool."""
    lines = ['Tools (call one with the tool-call token, then {"name":...,"arguments":{...}}):']
    for s in specs:
        entry = {"name": s.name, "description": s.description, "parameters": s.parameters}
        lines.append(json.dumps(entry, ensure_ascii=False, separators=(",", ":")))
    return "\n".join(lines)


def call_grammar(
    specs: Sequence[ToolSpec], choice: str, call_symbol: int, *, parallel: bool = True
) -> Grammar:
    """What the assistant turn may be under ``choice`` (``call_symbol``: the automaton
    symbol of ``<|tool_call|>``, ``Vocabulary.special``).

    auto: free text, then optionally calls; required: one or more calls; a name: one call
    of that tool; none: free text only. ``parallel=False`` allows one call at most.
    """
    g = Grammar()
    if choice == "none":
        g.root = g.text()
        return g
    chosen = [s for s in specs if choice in ("auto", "required") or s.name == choice]
    calls = []
    for s in chosen:
        head = b'{"name":' + json.dumps(s.name).encode() + b',"arguments":'
        calls.append(g.seq(g.lit(head), g.compile(s.parameters, "schema"), g.lit(b"}")))
    one = g.seq(g.lit((call_symbol,)), g.alt(*calls))
    empty = g.lit(())
    if parallel and choice in ("auto", "required"):
        more = g.add("alt", ())
        g.nodes[more] = ("alt", (empty, g.seq(one, more)))
        some = g.seq(one, more)
    else:
        some = one
    g.root = g.seq(g.text(), g.alt(empty, some)) if choice == "auto" else some
    return g


def tool_constraint(
    tokenizer: Any, specs: Sequence[ToolSpec], choice: str, *, parallel: bool = True
) -> Constraint:
    """The (cached) constraint of an assistant turn with these tools under ``choice``."""
    vocab = vocabulary_for(tokenizer, stop_ids(tokenizer))
    symbol = vocab.special(tokenizer, CALL_TOKEN)
    key = json.dumps([[s.openai() for s in specs], choice, parallel], sort_keys=True)
    return constraint_for(
        vocab, "tools:" + key, lambda: call_grammar(specs, choice, symbol, parallel=parallel)
    )


@dataclass
class ParsedTurn:
    """An assistant turn split into its text and its calls (name, arguments JSON text)."""

    content: str
    calls: list[tuple[str, str]]
    malformed: list[str]  # call texts that did not parse (unconstrained generation only)


def split_turn(token_ids: Sequence[int], texts: Sequence[str], call_id: int) -> ParsedTurn:
    """Split generated tokens (ids and their streamed texts) at each ``<|tool_call|>``."""
    parts: list[list[str]] = [[]]
    for tid, text in zip(token_ids, texts, strict=True):
        if tid == call_id:
            parts.append([])
        else:
            parts[-1].append(text)
    content = "".join(parts[0])
    calls, malformed = [], []
    for p in parts[1:]:
        raw = "".join(p)
        parsed = parse_call(raw)
        if parsed is None:
            malformed.append(raw)
        else:
            calls.append(parsed)
    return ParsedTurn(content, calls, malformed)


def parse_call(raw: str) -> tuple[str, str] | None:
    """``{"name":..., "arguments":{...}}`` -> (name, compact arguments JSON), or None."""
    try:
        obj = json.loads(raw)
    except ValueError:
        return None
    if not isinstance(obj, dict) or not isinstance(obj.get("name"), str):
        return None
    args = obj.get("arguments", {})
    return obj["name"], json.dumps(args, ensure_ascii=False, separators=(",", ":"))
