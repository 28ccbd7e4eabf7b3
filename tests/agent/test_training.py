"""Tool-use training data: every conversation's call really evaluates to the verified answer,
it is rendered exactly as the agent loop renders it, and SFT learns the calls."""

from __future__ import annotations

import json

import pytest

from genforge.agent.training import (
    calculator_conversation,
    calculator_conversations,
    tool_prompt_messages,
)
from genforge.errors import GenforgeError
from genforge.tokenizer import train_tokenizer
from genforge.tune.data import encode_sft, validate_messages
from genforge.tune.tasks import (
    VerifiableTask,
    arithmetic_tasks,
    calculator_expression,
    split_of,
    wide_arithmetic_tasks,
)


def test_every_family_gets_an_expression_that_evaluates_to_the_answer():
    convs = calculator_conversations(400, split="test")
    tasks = arithmetic_tasks(400, seed=2, split="test")
    assert {t.kind for t in tasks} == {"add", "sub", "mul", "convert"}
    for conv, task in zip(convs, tasks, strict=True):
        assert conv[:3] == tool_prompt_messages(task.prompt)
        call = conv[3]["tool_calls"][0]["function"]
        assert call["name"] == "calculator"
        assert json.loads(call["arguments"]) == {"expression": calculator_expression(task)}
        assert conv[4]["content"].endswith("\n" + task.answer)
        assert conv[5] == {"role": "assistant", "content": task.answer}
    with pytest.raises(GenforgeError, match="not an arithmetic task"):
        calculator_expression(VerifiableTask("Name a colour.", "red", "other"))


def test_sft_encoding_learns_the_call_and_the_answer_not_the_result():
    tok = train_tokenizer(["What is 1 + 2? calculator expression"] * 20, vocab_size=300)
    conv = calculator_conversations(1, split="train")[0]
    ids, mask = encode_sft(tok, conv)
    assert ids == tok.encode_chat(conv, add_generation_prompt=False)
    learned = tok.decode([i for i, m in zip(ids, mask, strict=True) if m])
    call = conv[3]["tool_calls"][0]["function"]["arguments"]
    want = (
        f'<|tool_call|>{{"name":"calculator","arguments":{call}}}<|end|>{conv[5]["content"]}<|end|>'
    )
    assert learned == want
    with pytest.raises(GenforgeError, match="only assistant turns have tool_calls"):
        validate_messages([{"role": "user", "content": "x", "tool_calls": conv[3]["tool_calls"]}])


def test_wide_tasks_are_new_problems_the_calculator_solves_never_held_out():
    convs = calculator_conversations(400, wide_share=0.5)
    prompts = [c[2]["content"] for c in convs]
    assert len(set(prompts)) == 400
    held_out = {t.prompt for t in arithmetic_tasks(2500, seed=0, split="test")}
    held_out |= {t.prompt for t in arithmetic_tasks(2500, seed=2, split="test")}
    assert not held_out & set(prompts)
    assert all(split_of(p) == "train" for p in prompts)
    wide = wide_arithmetic_tasks(200, seed=1)
    assert {t.kind for t in wide} == {"add", "sub", "mul", "convert"}
    assert max(len(t.answer) for t in wide) >= 6  # four-digit operands: long results to copy
    assert sum(len(t.answer) == 1 for t in wide) > 0  # and still short ones
    # Each wide problem is one the calculator evaluates to its verified answer.
    for t in wide:
        assert calculator_conversation(t)[-1]["content"] == t.answer
    with pytest.raises(GenforgeError, match="wide_share is for training"):
        calculator_conversations(4, split="test", wide_share=0.5)
    with pytest.raises(GenforgeError, match="wide_share must be in"):
        calculator_conversations(4, wide_share=1.5)
