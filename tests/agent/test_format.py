"""The tool-call format: the call grammar (auto/required/named/none, parallel or not) and
splitting a generated turn into text and calls."""

from __future__ import annotations

import pytest

from genforge.agent.format import (
    ToolFormatError,
    call_grammar,
    check_choice,
    check_tools,
    split_turn,
)
from genforge.infer.constrained import Automaton

CALL = 300  # the automaton symbol standing for <|tool_call|> in these tests
TOOLS = check_tools(
    [
        {
            "type": "function",
            "function": {
                "name": "add",
                "parameters": {
                    "type": "object",
                    "properties": {"a": {"type": "integer"}, "b": {"type": "integer"}},
                    "required": ["a", "b"],
                    "additionalProperties": False,
                },
            },
        },
        {"type": "function", "function": {"name": "now"}},
    ]
)


def accepts(choice: str, symbols: list[int], parallel: bool = True) -> bool:
    a = Automaton(call_grammar(TOOLS, choice, CALL, parallel=parallel))
    return a.accepting(a.walk(a.start, symbols))


def syms(*parts: str | int) -> list[int]:
    out: list[int] = []
    for p in parts:
        out += [p] if isinstance(p, int) else list(p.encode())
    return out


ADD = '{"name":"add","arguments":{"a":1,"b":-2}}'
NOW = '{"name":"now","arguments":{}}'


def test_the_call_grammar_per_tool_choice():
    assert accepts("auto", syms("just text"))
    assert accepts("auto", syms("let me add", CALL, ADD, CALL, NOW))
    assert not accepts("auto", syms(CALL, ADD, "text after a call"))
    assert not accepts("auto", syms(CALL, '{"name":"add","arguments":{"a":1}}'))
    assert not accepts("required", syms("text"))
    assert accepts("required", syms(CALL, NOW, CALL, ADD))
    assert not accepts("required", syms(CALL, NOW, CALL, ADD), parallel=False)
    assert accepts("add", syms(CALL, ADD)) and not accepts("add", syms(CALL, NOW))
    assert accepts("none", syms("text")) and not accepts("none", syms("a", CALL, NOW))


def test_split_turn_gives_text_and_parallel_calls():
    ids = [1, 2, 99, 3, 99, 4, 5]
    texts = ["I will ", "add.", "", ADD, "", '{"name":"now",', '"arguments":{}}']
    turn = split_turn(ids, texts, call_id=99)
    assert turn.content == "I will add."
    assert turn.calls == [("add", '{"a":1,"b":-2}'), ("now", "{}")]
    bad = split_turn([99, 3], ["", '{"name": "add", "argu'], call_id=99)
    assert bad.calls == [] and bad.malformed == ['{"name": "add", "argu']


def test_tool_and_choice_errors_name_the_field():
    with pytest.raises(ToolFormatError) as e:
        check_tools([{"type": "retrieval"}])
    assert e.value.param == "tools[0].type"
    with pytest.raises(ToolFormatError) as e:
        check_tools([{"function": {"name": "f", "parameters": {"type": "object", "oneOf": []}}}])
    assert e.value.param == "tools[0].function.parameters.oneOf"
    with pytest.raises(ToolFormatError) as e:
        check_choice({"type": "function", "function": {"name": "zz"}}, TOOLS)
    assert e.value.param == "tool_choice.function.name"
    assert check_choice({"type": "function", "function": {"name": "now"}}, TOOLS) == "now"
