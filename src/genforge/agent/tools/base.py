"""The tool contract: a name, a description, a JSON schema for the arguments, whether it
has side effects, and ``run(arguments) -> str``.

:func:`run_tool` is the one way tools are called: it validates nothing the constrained
decoder already guarantees, but it catches anything a tool raises and turns it into an
error *result* the model reads (``ToolResult.ok`` False), never a crash of the loop.
Tools with side effects are only handed out when the caller allow-lists them by name.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from genforge.agent.format import ToolSpec
from genforge.errors import GenforgeError

MAX_RESULT_CHARS = 4000  # longer results are cut (the context is small)


@dataclass
class Tool:
    """A callable tool. ``side_effects``: it can change something outside the process or
    send data out (send mail, post, write files); such tools need explicit allow-listing.
    ``sinks``: for such a tool, the arguments that choose where the effect lands or the data
    goes (recipients, URLs, paths); the agent loop runs the call only if their values come
    from trusted input (``agent/authority.py``). None: every argument is a sink."""

    name: str
    description: str
    parameters: dict[str, Any]
    fn: Callable[[dict[str, Any]], str]
    side_effects: bool = False
    sinks: tuple[str, ...] | None = None

    @property
    def spec(self) -> ToolSpec:
        return ToolSpec(self.name, self.description, self.parameters)


@dataclass
class ToolResult:
    name: str
    ok: bool
    content: str
    extra: dict[str, Any] = field(default_factory=dict)


def run_tool(tool: Tool, arguments: str | dict[str, Any]) -> ToolResult:
    """Call ``tool``; bad JSON or any exception becomes an error result naming it."""
    try:
        args = json.loads(arguments) if isinstance(arguments, str) else arguments
        if not isinstance(args, dict):
            raise GenforgeError("arguments must be a JSON object")
        out = tool.fn(args)
    except Exception as e:  # a tool's failure is information for the model
        return ToolResult(tool.name, False, f"error: {type(e).__name__}: {e}"[:MAX_RESULT_CHARS])
    text = out if isinstance(out, str) else json.dumps(out, ensure_ascii=False)
    if len(text) > MAX_RESULT_CHARS:
        text = text[:MAX_RESULT_CHARS] + f"... [cut at {MAX_RESULT_CHARS} characters]"
    return ToolResult(tool.name, True, text)
