"""Tool-use training data: verifiable tasks turned into conversations that call a tool.

Each arithmetic or unit-conversion task (``tune.tasks``) becomes the conversation an agent
has with the calculator, in exactly the form :func:`agent.loop.run_agent` and the engine
backend produce at inference (the tools' system turn, the agent's system turn, the task,
a call, the result marked as data, the answer), so SFT on them teaches the model the loop
it will run in. The calculator really evaluates every expression, and a conversation is
kept only if its result is the task's verified answer.
"""

from __future__ import annotations

import copy
import json
import random
from typing import Any

from genforge.agent.format import CALL_TOKEN, parse_call, tools_prompt
from genforge.agent.loop import SYSTEM, UNTRUSTED
from genforge.agent.tools.base import run_tool
from genforge.agent.tools.calculator import calculator_tool
from genforge.agent.tools.python import python_tool
from genforge.errors import GenforgeError
from genforge.tune.tasks import (
    CodeTask,
    VerifiableTask,
    arithmetic_tasks,
    calculator_expression,
    code_tasks,
    wide_arithmetic_tasks,
)


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


def calculator_conversations(
    n: int, *, seed: int = 2, split: str = "train", wide_share: float = 0.0
) -> list[list[dict]]:
    """``n`` tool-use conversations from the arithmetic/unit-conversion tasks of ``split``.

    ``wide_share`` of them (train only) come from :func:`wide_arithmetic_tasks`, operands of
    up to four digits: too many distinct problems to memorise, so the model learns to copy
    the numbers into the call and the result into the answer (a model tuned on the standard
    families alone recalled answers of train problems instead: 85% exact match held out,
    with mul 69% and convert 38%).
    """
    if not 0.0 <= wide_share <= 1.0:
        raise GenforgeError(f"wide_share must be in [0, 1], got {wide_share}")
    if wide_share and split != "train":
        raise GenforgeError("wide_share is for training data; use wide_share=0 with split='test'")
    n_wide = round(n * wide_share)
    tasks = arithmetic_tasks(n - n_wide, seed=seed, split=split)
    tasks += wide_arithmetic_tasks(n_wide, seed=seed, exclude={t.prompt for t in tasks})
    return [calculator_conversation(t) for t in tasks]


def code_check(task: CodeTask, code: str) -> str:
    """The program the model sends to the python tool: its code, then the docstring's
    example compared with the expected output (prints ``True`` when the code passes)."""
    return f"{code}\n\nprint({task.example} == {task.expected})"


def code_conversation(task: CodeTask, *, first_wrong: bool = False) -> list[dict[str, Any]] | None:
    """``task`` solved with the python tool: write the function, run it on the docstring's
    example, read the verdict, answer with the code (the fixed one when the check failed).

    With ``first_wrong`` the first attempt is the task's wrong implementation, the tool
    prints ``False`` and the answer is the right one: the model learns to fix what a run
    refutes. Both runs really happen in the sandbox; ``None`` when the check cannot tell
    the two apart (a wide ``k`` where both pass), so no conversation teaches a false verdict.
    """
    py = python_tool()
    attempt = task.wrong if first_wrong else task.solution
    arguments = json.dumps({"code": code_check(task, attempt)}, separators=(",", ":"))
    result = run_tool(py, arguments)
    if result.content != ("False" if first_wrong else "True"):
        if not first_wrong:
            raise GenforgeError(f"the python tool gives {result.content!r} for {task.name}")
        return None
    return [
        *tool_prompt_messages(task.prompt, [py]),
        {
            "role": "assistant",
            "content": "",
            "tool_calls": [{"function": {"name": "python", "arguments": arguments}}],
        },
        {"role": "tool", "content": UNTRUSTED + result.content},
        {"role": "assistant", "content": task.solution},
    ]


def code_conversations(
    n: int, *, seed: int = 2, split: str = "train", wrong_share: float = 0.3, max_k: int = 60
) -> list[list[dict]]:
    """``n`` python-tool conversations over the code tasks of ``split`` (``k`` in 2..max_k-1),
    ``wrong_share`` of them with a first attempt the run refutes, then the fix."""
    if not 0.0 <= wrong_share <= 1.0:
        raise GenforgeError(f"wrong_share must be in [0, 1], got {wrong_share}")
    tasks = code_tasks(split, range(2, max_k))
    if not tasks:
        raise GenforgeError(f"no code tasks in split {split!r} with k < {max_k}; raise max_k")
    rng = random.Random(seed)
    runs: dict[tuple[str, bool], list[dict] | None] = {}  # one sandbox run per distinct program
    out: list[list[dict]] = []
    while len(out) < n:
        task, first_wrong = rng.choice(tasks), rng.random() < wrong_share
        key = (task.name, first_wrong)
        if key not in runs:
            runs[key] = code_conversation(task, first_wrong=first_wrong)
        if runs[key] is not None:
            out.append(copy.deepcopy(runs[key]))
    return out


class ToolEnv:
    """Rollouts as agent episodes (:class:`genforge.tune.rl.RolloutEnv`): the task opens
    with the tools' system turns, as :func:`agent.loop.run_agent` sends it; a turn that calls
    tools has them really run (:func:`run_tool`; a failing tool is an error result) and
    their results appended as ``tool`` turns, marked untrusted, then ``<|assistant|>``
    for the next turn. A turn without a call that parses is the answer."""

    def __init__(self, tokenizer: Any, tools: list[Any]) -> None:
        if not tools:
            raise GenforgeError("a tool environment needs at least one tool")
        self.tok, self.tools = tokenizer, {t.name: t for t in tools}
        self.call_id = tokenizer.token_to_id(CALL_TOKEN)
        self._prompts: dict[str, list[int]] = {}

    def prompt_ids(self, task: Any) -> list[int]:
        ids = self._prompts.get(task.prompt)
        if ids is None:
            messages = tool_prompt_messages(task.prompt, list(self.tools.values()))
            ids = self._prompts[task.prompt] = self.tok.encode_chat(messages)
        return ids

    def observe(self, task: Any, turn_ids: list[int]) -> list[int] | None:
        parts: list[list[int]] = [[]]
        for i in turn_ids:
            if i == self.call_id:
                parts.append([])
            else:
                parts[-1].append(i)
        # As the agent loop does: calls that do not parse are ignored (unconstrained rollouts).
        calls = [c for c in (parse_call(self.tok.decode(p)) for p in parts[1:]) if c]
        if not calls:
            return None
        results = []
        for name, arguments in calls:
            tool = self.tools.get(name)
            if tool is None:
                content = f"error: unknown tool {name!r}; use one of {list(self.tools)}"
            else:
                content = run_tool(tool, arguments).content
            results.append({"role": "tool", "content": UNTRUSTED + content})
        # encode_chat renders message by message: these turns' ids without the leading bos.
        return self.tok.encode_chat(results)[1:]
