"""Code tasks with the python tool: the conversations really run each program in the
sandbox and answer with code that passes the task's doctest; a tiny model tuned on them
writes, runs and answers through the agent loop."""

from __future__ import annotations

import json

import pytest

from genforge.agent.backends import EngineBackend
from genforge.agent.loop import UNTRUSTED, run_agent
from genforge.agent.tools import builtin_tools
from genforge.agent.tools.base import run_tool
from genforge.agent.training import code_check, code_conversations, tool_prompt_messages
from genforge.errors import GenforgeError
from genforge.infer.engine import Engine
from genforge.models.gpt import GPT, config_from_preset
from genforge.tokenizer import train_tokenizer
from genforge.tune.data import encode_sft
from genforge.tune.tasks import code_passes, code_tasks, doctest_of, split_of

from .conftest import sft_tiny

pytestmark = pytest.mark.usefixtures("one_thread")


def test_code_tasks_split_by_name_and_the_wrong_code_fails_its_doctest():
    train, test = code_tasks("train"), code_tasks("test")
    assert len(train) + len(test) == 60 and test
    assert all(split_of(t.name) == "test" for t in test)
    wide = code_tasks("train", range(2, 60))
    assert {t.name for t in wide} >= {t.name for t in train}
    assert not {t.name for t in wide} & {t.name for t in code_tasks("test", range(2, 60))}
    for t in train[:12]:
        tests = doctest_of(t.prompt)
        assert f">>> {t.example}" in tests
        assert code_passes(t.solution, tests) and not code_passes(t.wrong, tests)


def test_code_conversations_run_the_check_and_answer_with_passing_code():
    convs = code_conversations(60, wrong_share=0.5, max_k=30)
    by_prompt = {t.prompt: t for t in code_tasks("train", range(2, 30))}
    verdicts = []
    for conv in convs:
        task = by_prompt[conv[2]["content"]]  # train names only: never a held-out task
        py = builtin_tools(["python"])
        assert conv[:3] == tool_prompt_messages(task.prompt, py)
        call = conv[3]["tool_calls"][0]["function"]
        code = json.loads(call["arguments"])["code"]
        assert call["name"] == "python" and code in {
            code_check(task, task.solution),
            code_check(task, task.wrong),
        }
        # The recorded result is what the sandbox prints for that program, and the answer
        # is the code that passes the task's doctest, whatever the first attempt was.
        assert conv[4]["content"] == UNTRUSTED + run_tool(py[0], call["arguments"]).content
        verdicts.append(conv[4]["content"].removeprefix(UNTRUSTED))
        assert verdicts[-1] == ("True" if code.startswith(task.solution + "\n") else "False")
        assert conv[5] == {"role": "assistant", "content": task.solution}
    assert set(verdicts) == {"True", "False"}  # both first attempts are taught
    assert all(
        v == "True" for v in (c[4]["content"][-4:] for c in code_conversations(8, wrong_share=0))
    )
    with pytest.raises(GenforgeError, match="wrong_share must be in"):
        code_conversations(2, wrong_share=2)


def test_the_agent_loop_writes_runs_and_answers_code_on_a_tiny_model():
    convs = code_conversations(300, wrong_share=0.3, max_k=12)
    texts = [m["content"] for c in convs for m in c] + [
        c[3]["tool_calls"][0]["function"]["arguments"] for c in convs
    ]
    tok = train_tokenizer(texts, vocab_size=800)
    assert max(len(encode_sft(tok, c)[0]) for c in convs) <= 512
    state = sft_tiny(tok, convs, steps=150, block_size=512)
    model = GPT(config_from_preset("tiny", vocab_size=tok.vocab_size, block_size=512))
    model.load_state_dict(state)
    engine = Engine(model, tok, device="cpu")
    tools = builtin_tools(["python"])
    called = 0
    try:
        backend = EngineBackend.from_engine(engine)
        for task in code_tasks("test")[:3]:
            # One turn that may call, then the answer: the budget keeps a garbled call's error
            # result (it echoes the code) inside the 512-token context.
            res = run_agent(
                backend, task.prompt, tools, max_steps=1, max_tokens=120, turn_tokens=60
            )
            runs = [r for r in res.trace if r["type"] == "tool"]
            calls = [c for r in res.trace if r["type"] == "model" for c in r["calls"]]
            called += bool(runs)
            # Every call the model wrote really ran in the sandbox: the result in the trace is
            # what the python tool prints for that program.
            for call, run in zip(calls, runs, strict=True):
                assert call["name"] == run["name"] == "python"
                assert run["result"] == run_tool(tools[0], call["arguments"]).content
            assert res.steps == 1 and res.stopped == ("max_steps" if calls else "answered")
    finally:
        engine.shutdown(drain=False)
    assert called, "the tool-tuned model never called the python tool"
