"""Tool calls and structured outputs through the real ``openai`` client against a live
server: every call and every structured answer of the (random, untrained) model parses and
validates, streamed or not; bad tools and schemas get 400s naming the field."""

from __future__ import annotations

import json

import jsonschema
import openai
import pytest
from openai import OpenAI

from genforge.agent.format import check_tools, tools_prompt

MODEL = "tiny"
ASK = [{"role": "user", "content": "What is 17 + 25? Use the calculator."}]
CALC = {
    "type": "function",
    "function": {
        "name": "calculator",
        "description": "Evaluate an arithmetic expression.",
        "parameters": {
            "type": "object",
            "properties": {"expression": {"type": "string"}},
            "required": ["expression"],
            "additionalProperties": False,
        },
    },
}
WEATHER_SCHEMA = {
    "type": "object",
    "properties": {
        "city": {"type": "string"},
        "unit": {"enum": ["c", "f"]},
        "days": {"type": "integer"},
        "where": {
            "type": "object",
            "properties": {"lat": {"type": "number"}, "lon": {"type": "number"}},
            "required": ["lat", "lon"],
            "additionalProperties": False,
        },
    },
    "required": ["city", "where"],
    "additionalProperties": False,
}
WEATHER = {"type": "function", "function": {"name": "weather", "parameters": WEATHER_SCHEMA}}
SCHEMAS = {"calculator": CALC["function"]["parameters"], "weather": WEATHER_SCHEMA}


@pytest.fixture(scope="module")
def client(live_server) -> OpenAI:
    return OpenAI(base_url=f"{live_server.base_url}/v1", api_key="unused", max_retries=0)


def check_calls(calls) -> None:
    assert calls
    for call in calls:
        assert call.type == "function" and call.id.startswith("call_")
        jsonschema.validate(json.loads(call.function.arguments), SCHEMAS[call.function.name])


def test_required_and_named_tool_calls_always_validate(client):
    for seed in range(3):
        r = client.chat.completions.create(
            model=MODEL,
            messages=ASK,
            tools=[CALC],
            tool_choice="required",
            max_tokens=120,
            seed=seed,
        )
        (choice,) = r.choices
        assert choice.finish_reason == "tool_calls", choice
        check_calls(choice.message.tool_calls)
    named = {"type": "function", "function": {"name": "weather"}}
    r = client.chat.completions.create(
        model=MODEL, messages=ASK, tools=[WEATHER], tool_choice=named, max_tokens=140, n=2
    )
    for choice in r.choices:
        assert [c.function.name for c in choice.message.tool_calls] == ["weather"]
        check_calls(choice.message.tool_calls)


def test_tool_choice_none_and_auto(client):
    r = client.chat.completions.create(
        model=MODEL, messages=ASK, tools=[CALC], tool_choice="none", max_tokens=8
    )
    assert r.choices[0].message.tool_calls is None
    assert isinstance(r.choices[0].message.content, str)
    for seed in range(3):  # auto: text, calls or both; whatever comes must be valid
        r = client.chat.completions.create(
            model=MODEL, messages=ASK, tools=[CALC], max_tokens=60, seed=seed
        )
        msg = r.choices[0].message
        if msg.tool_calls:
            check_calls(msg.tool_calls)
            assert r.choices[0].finish_reason == "tool_calls"


def test_streamed_tool_calls_match_their_schema(client):
    stream = client.chat.completions.create(
        model=MODEL,
        messages=ASK,
        tools=[CALC],
        tool_choice="required",
        max_tokens=120,
        seed=5,
        stream=True,
    )
    calls: dict[int, dict] = {}
    finish = None
    for chunk in stream:
        choice = chunk.choices[0]
        for d in choice.delta.tool_calls or []:
            entry = calls.setdefault(d.index, {"name": "", "arguments": ""})
            entry["name"] += d.function.name or ""
            entry["arguments"] += d.function.arguments or ""
        finish = choice.finish_reason or finish
    assert finish == "tool_calls" and calls
    for entry in calls.values():
        jsonschema.validate(json.loads(entry["arguments"]), SCHEMAS[entry["name"]])


def test_a_conversation_with_calls_and_results_is_accepted(client, live_server):
    messages = [
        *ASK,
        {
            "role": "assistant",
            "content": None,
            "tool_calls": [
                {
                    "id": "call_1",
                    "type": "function",
                    "function": {"name": "calculator", "arguments": '{"expression": "17+25"}'},
                },
            ],
        },
        {"role": "tool", "tool_call_id": "call_1", "content": "42"},
    ]
    r = client.chat.completions.create(model=MODEL, messages=messages, tools=[CALC], max_tokens=5)
    # The prompt is the tools' system turn, then the turns with the call rendered by the
    # template (arguments verbatim) and the result as a tool turn.
    tok = live_server.engine.tokenizer
    expected = tok.encode_chat(
        [
            {"role": "system", "content": tools_prompt(check_tools([CALC]))},
            *ASK,
            {"role": "assistant", "content": "", "tool_calls": [messages[1]["tool_calls"][0]]},
            {"role": "tool", "content": "42"},
        ]
    )
    assert r.usage.prompt_tokens == len(expected)
    assert expected.count(tok.token_to_id("<|tool_call|>")) == 1


def test_response_format_json_schema_and_json_object(client):
    fmt = {"type": "json_schema", "json_schema": {"name": "w", "schema": WEATHER_SCHEMA}}
    r = client.chat.completions.create(
        model=MODEL, messages=ASK, response_format=fmt, max_tokens=150, n=3, seed=1
    )
    for choice in r.choices:
        assert choice.finish_reason == "stop"
        jsonschema.validate(json.loads(choice.message.content), WEATHER_SCHEMA)
    r = client.chat.completions.create(
        model=MODEL, messages=ASK, response_format={"type": "json_object"}, max_tokens=60, seed=2
    )
    assert isinstance(json.loads(r.choices[0].message.content), dict)


@pytest.mark.parametrize(
    "kw, param",
    [
        (
            dict(tools=[CALC], tool_choice={"type": "function", "function": {"name": "nope"}}),
            "tool_choice.function.name",
        ),
        (dict(tool_choice="required"), "tool_choice"),
        (
            dict(tools=[{"type": "function", "function": {"name": "bad name"}}]),
            "tools[0].function.name",
        ),
        (dict(tools=[CALC, CALC]), "tools[1].function.name"),
        (dict(tools=[CALC], tool_choice="sometimes"), "tool_choice"),
        (dict(tools=[CALC], tool_choice="required", max_tokens=3), "max_completion_tokens"),
        (
            dict(response_format={"type": "json_schema", "json_schema": {"name": "x"}}),
            "response_format.json_schema.schema",
        ),
        (
            dict(tools=[CALC], tool_choice="required", response_format={"type": "json_object"}),
            "response_format",
        ),
    ],
)
def test_bad_requests_name_the_field(client, kw, param):
    with pytest.raises(openai.BadRequestError) as e:
        client.chat.completions.create(model=MODEL, messages=ASK, **kw)
    assert e.value.body["param"] == param, e.value.body


def test_the_agent_command_drives_a_server(live_server, tmp_path, capsys):
    from genforge.cli import main

    trace = tmp_path / "trace.jsonl"
    argv = ["agent", "--url", live_server.base_url, "--tools", "calculator"]
    argv += ["--max-steps", "2", "--max-tokens", "60", "--trace", str(trace), "--json"]
    assert main([*argv, "What is 17 + 25?"]) == 0
    out = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert out["stopped"] in ("answered", "max_steps", "max_tokens") and out["steps"] <= 2
    records = [json.loads(line) for line in trace.read_text().splitlines()]
    assert records[0]["type"] == "task" and records[-1]["type"] == "answer"
    for r in records:  # whatever the untrained model did, its calls parsed
        for call in r.get("calls", []):
            json.loads(call["arguments"])
    assert main(["agent", "--url", live_server.base_url, "--tools", "rm", "x"]) == 2


def test_langchain_bind_tools_against_our_server(live_server):
    lc = pytest.importorskip("langchain_openai")
    llm = lc.ChatOpenAI(
        base_url=f"{live_server.base_url}/v1",
        api_key="unused",
        model=MODEL,
        max_tokens=100,
        temperature=0,
        max_retries=0,
    )
    bound = llm.bind_tools([CALC], tool_choice="required")
    msg = bound.invoke("What is 17 + 25? Use the calculator.")
    assert msg.tool_calls, msg
    for call in msg.tool_calls:  # LangChain parsed our arguments into dicts
        assert call["name"] == "calculator" and isinstance(call["args"]["expression"], str)
    streamed = None
    for chunk in bound.stream("What is 3 * 4?"):
        streamed = chunk if streamed is None else streamed + chunk
    assert streamed.tool_calls and streamed.tool_calls[0]["name"] == "calculator"
