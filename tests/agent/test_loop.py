"""The agent loop: calls run and their results come back marked as data; budgets end it with
a final answer; the trace is JSONL; the engine backend and the HTTP backend both drive it."""

from __future__ import annotations

import json

import pytest
import torch

from genforge.agent.backends import AssistantTurn, EngineBackend
from genforge.agent.loop import UNTRUSTED, run_agent
from genforge.agent.tools import builtin_tools
from genforge.infer.engine import Engine
from genforge.models.gpt import GPT, GPTConfig
from genforge.tokenizer import train_tokenizer

from .conftest import Scripted

pytestmark = pytest.mark.usefixtures("one_thread")


def test_calls_run_and_results_come_back_as_marked_data(tmp_path):
    backend = Scripted(
        [
            AssistantTurn(
                "",
                [("c1", "calculator", '{"expression":"17+25"}'), ("c2", "calculator", "{}")],
                completion_tokens=10,
            ),
            AssistantTurn("17 + 25 = 42", completion_tokens=5),
        ]
    )
    trace = tmp_path / "t.jsonl"
    res = run_agent(backend, "what is 17+25?", builtin_tools(["calculator"]), trace_path=trace)
    assert (res.answer, res.steps, res.tokens, res.stopped) == ("17 + 25 = 42", 2, 15, "answered")
    msgs = backend.seen[1][0]
    assert msgs[2]["role"] == "assistant" and len(msgs[2]["tool_calls"]) == 2
    assert msgs[3] == {"role": "tool", "tool_call_id": "c1", "content": UNTRUSTED + "42"}
    assert msgs[4]["content"].startswith(UNTRUSTED + "error: CalcError")  # raised -> result
    records = [json.loads(line) for line in trace.read_text().splitlines()]
    assert [r["type"] for r in records] == ["task", "model", "tool", "tool", "model", "answer"]


def test_budgets_end_with_a_final_answer_without_tools():
    loop_turn = AssistantTurn("", [("c", "calculator", '{"expression":"1"}')], completion_tokens=7)
    backend = Scripted([loop_turn] * 3 + [AssistantTurn("done", completion_tokens=1)])
    res = run_agent(backend, "t", builtin_tools(["calculator"]), max_steps=3)
    assert (res.answer, res.steps, res.stopped) == ("done", 3, "max_steps")
    assert backend.seen[-1][1:] == ([], "none")
    backend = Scripted([loop_turn] * 2 + [AssistantTurn("out", completion_tokens=1)])
    res = run_agent(backend, "t", builtin_tools(["calculator"]), max_tokens=14)
    assert (res.answer, res.stopped, res.steps) == ("out", "max_tokens", 2)
    unknown = AssistantTurn("", [("c", "nope", "{}")])
    backend = Scripted([unknown, AssistantTurn("ok")])
    run_agent(backend, "t", builtin_tools(["calculator"]))
    assert "unknown tool 'nope'" in backend.seen[1][0][-1]["content"]


@pytest.fixture(scope="module")
def engine():
    tok = train_tokenizer(['{"name":"calculator","arguments":{"expression":"1+2"}} 42'] * 50, 300)
    torch.manual_seed(0)
    cfg = GPTConfig(vocab_size=tok.vocab_size, n_layer=1, n_head=2, n_embd=32, block_size=1024)
    eng = Engine(GPT(cfg).eval(), tok, max_batch_size=2)
    yield eng
    eng.shutdown()


def test_the_engine_backend_decodes_valid_calls_for_an_untrained_model(engine):
    backend = EngineBackend.from_engine(engine, temperature=1.0, seed=3)
    (calc,) = builtin_tools(["calculator"])
    msgs = [{"role": "user", "content": "add"}]
    for choice in ("required", "calculator"):
        turn = backend.complete(msgs, [calc.spec], choice, 60)
        assert turn.calls and turn.finish == "stop"
        for _, name, args in turn.calls:
            assert name == "calculator" and isinstance(json.loads(args)["expression"], str)
    res = run_agent(backend, "add 1 and 2", [calc], max_steps=2, turn_tokens=40)
    assert res.stopped in ("answered", "max_steps", "max_tokens") and res.steps <= 2


def test_screen_sees_every_tool_result_before_the_model_does(tmp_path):
    call = AssistantTurn("", [("c1", "calculator", '{"expression":"6*7"}')], completion_tokens=3)
    seen = []

    def marking(text):
        seen.append(text)
        return "[checked] " + text, {"decision": "flag"}

    backend = Scripted([call, AssistantTurn("42")])
    res = run_agent(backend, "6*7?", builtin_tools(["calculator"]), screen=marking)
    assert res.stopped == "answered" and seen == ["42"]
    assert backend.seen[1][0][-1]["content"] == UNTRUSTED + "[checked] 42"
    assert [r.get("guard") for r in res.trace if r["type"] == "tool"] == [{"decision": "flag"}]
    # None refuses: the run stops there, and the result never reaches the model.
    backend = Scripted([call, AssistantTurn("never asked")])
    res = run_agent(
        backend, "6*7?", builtin_tools(["calculator"]), screen=lambda t: (None, {"d": "refuse"})
    )
    assert res.stopped == "refused" and "calculator" in res.answer and len(backend.seen) == 1
