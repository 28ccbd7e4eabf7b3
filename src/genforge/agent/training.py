"""Tool-use training data: verifiable tasks turned into conversations that call a tool.

Each arithmetic or unit-conversion task (``tune.tasks``) becomes the conversation an agent
has with the calculator, in exactly the form :func:`agent.loop.run_agent` and the engine
backend produce at inference (the tools' system turn, the agent's system turn, the task,
a call, the result marked as data, the answer), so SFT on them teaches the model the loop
it will run in. The calculator really evaluates every expression, and a conversation is
kept only if its result is the task's verified answer.
"""

from __future__ import annotations

import json
from typing import Any

from genforge.agent.format import tools_prompt
from genforge.agent.loop import SYSTEM, UNTRUSTED
from genforge.agent.tools.base import run_tool
from genforge.agent.tools.calculator import calculator_tool
from genforge.errors import GenforgeError
from genforge.tune.tasks import VerifiableTask, arithmetic_tasks, calculator_expression


def tool_prompt_messages(task: str, tools: list[Any] | None = None) -> list[dict[str, Any]]:
    """The turns before the model's first answer, as the agent loop sends them."""
    specs = [t.spec for t in (tools or [calculator_tool()])]
    return [
        {"role": "system", "content": tools_prompt(specs)},
        {"role": "system", "content": SYSTEM},
        {"role": "user", "content": task},
    ]


def calculator_conversation(task: VerifiableTask) -> list[dict[str, Any]]:
    """``task`` solved with one calculator call (the result checked against the answer)."""
    calc = calculator_tool()
    expression = calculator_expression(task)
    arguments = json.dumps({"expression": expression}, separators=(",", ":"))
    result = run_tool(calc, arguments)
    if not result.ok or result.content != task.answer:
        raise GenforgeError(f"the calculator gives {result.content!r} for {task.prompt!r}")
    call = {"function": {"name": "calculator", "arguments": arguments}}
    return [
        *tool_prompt_messages(task.prompt, [calc]),
        {"role": "assistant", "content": "", "tool_calls": [call]},
        {"role": "tool", "content": UNTRUSTED + result.content},
        {"role": "assistant", "content": task.answer},
    ]


def calculator_conversations(n: int, *, seed: int = 2, split: str = "train") -> list[list[dict]]:
    """``n`` tool-use conversations from the arithmetic/unit-conversion tasks of ``split``."""
    return [calculator_conversation(t) for t in arithmetic_tasks(n, seed=seed, split=split)]
