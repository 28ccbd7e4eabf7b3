"""Default post-training tasks: deterministic, disjoint splits, checks that can tell apart."""

from __future__ import annotations

import ast
import json

import pytest

from genforge.errors import GenforgeError
from genforge.tune import tasks
from genforge.tune.data import load_chat_jsonl, load_preference_jsonl


def test_arithmetic_exact_deterministic_and_disjoint():
    train = tasks.arithmetic_tasks(800, seed=3, split="train")
    test = tasks.arithmetic_tasks(300, seed=3, split="test")
    assert train == tasks.arithmetic_tasks(800, seed=3, split="train")
    assert len({t.prompt for t in train}) == 800
    assert not {t.prompt for t in train} & {t.prompt for t in test}
    assert {t.kind for t in train} == {"add", "sub", "mul", "convert"}
    for t in train[:200] + test[:100]:
        if t.kind == "convert":
            continue
        expr = t.prompt.removeprefix("What is ").removesuffix("?")
        assert str(eval(expr)) == t.answer  # the stated answer is the exact value
    conv = next(t for t in train if "kilometers" in t.prompt)
    km = int(conv.prompt.split()[-2])
    assert conv.answer == str(km * 1000)


def test_verify_is_exact_but_tolerant_of_format():
    t = tasks.VerifiableTask("What is 2 + 3?", "5", "add")
    for ok in ("5", " 5\n", "5<|end|>", "5 <|end|>\n", "5."):
        assert tasks.verify(t, ok) == 1.0, ok
    for bad in ("6", "55", "five", "", "5 apples", "The answer is 5"):
        assert tasks.verify(t, bad) == 0.0, bad


def test_arithmetic_bad_args():
    with pytest.raises(GenforgeError, match="split"):
        tasks.arithmetic_tasks(3, split="dev")
    with pytest.raises(GenforgeError, match="at most"):
        tasks.arithmetic_tasks(10**6)


def test_instruction_examples_families_and_held_out_modules():
    train = tasks.instruction_examples("train")
    test = tasks.instruction_examples("test")
    assert train == tasks.instruction_examples("train")
    assert len(train) > 1000 and len(test) > 200
    for split, convs in (("train", train), ("test", test)):
        users = [c[0]["content"] for c in convs]
        assert any(u.startswith(tasks.IMPLEMENT_PREFIX) for u in users)
        assert any(u.startswith(tasks.SUMMARY_PREFIX) for u in users)
        assert any(u.startswith("What does the Python standard library module") for u in users)
        assert any(u.startswith("What is ") for u in users)
        for c in convs:
            assert [m["role"] for m in c] == ["user", "assistant"]
            assert c[1]["content"].strip()
            if c[0]["content"].startswith(tasks.IMPLEMENT_PREFIX):
                ast.parse(c[1]["content"])  # every reference implementation parses
        mods = {u.split("`")[1] for u in users if u.startswith("What does the Python standard")}
        assert all(tasks.split_of(m) == split for m in mods)
    # No held-out prompt is a training prompt.
    assert not {c[0]["content"] for c in train} & {c[0]["content"] for c in test}


def test_preference_pairs_chosen_passes_rejected_fails():
    for split in tasks.SPLITS:
        pairs = tasks.preference_pairs(split)
        assert len(pairs) > 50
        with_doctest = [p for p in pairs if tasks.doctest_of(p.prompt[0]["content"])]
        assert len(with_doctest) >= 10  # the doctest family is present in both splits
        assert all(tasks.pair_checks(pairs, [p.chosen for p in pairs]))
        assert not any(tasks.pair_checks(pairs, [p.rejected for p in pairs]))
        assert tasks.pair_check(pairs[0], pairs[0].chosen)
    train = {p.prompt[0]["content"] for p in tasks.preference_pairs("train")}
    test = {p.prompt[0]["content"] for p in tasks.preference_pairs("test")}
    assert not train & test


def test_code_passes_runs_doctests_and_refuses_unsafe_code():
    doc = "Return x plus 2.\n\n>>> add_2(3)\n5"
    assert tasks.code_passes("def add_2(x):\n    return x + 2", doc)
    assert not tasks.code_passes("def add_2(x):\n    return x + 3", doc)
    assert not tasks.code_passes("def add_2(x)\n    return x + 2", doc)
    assert tasks.code_passes("def f(x):\n    return x", "")  # parse-only without a doctest
    loop = "def add_2(x):\n    while True:\n        pass"
    assert not tasks.code_passes(loop, doc)  # never executed
    evil = "import os\ndef add_2(x):\n    return x + 2"
    assert not tasks.code_passes(evil, doc)


def test_write_default_tasks_round_trips(tmp_path):
    paths = tasks.write_default_tasks(tmp_path / "t")
    assert set(paths) == {
        f"{kind}_{s}" for kind in ("chat", "preference", "verifiable") for s in tasks.SPLITS
    }
    convs, rep = load_chat_jsonl(paths["chat_test"])
    assert convs == tasks.instruction_examples("test") and rep["dropped"] == 0
    assert load_preference_jsonl(paths["preference_test"]) == tasks.preference_pairs("test")
    ver = tasks.load_verifiable_jsonl(paths["verifiable_test"])
    assert ver == tasks.arithmetic_tasks(500, seed=0, split="test")
    first = json.loads(paths["verifiable_train"].read_text().splitlines()[0])
    assert set(first) == {"prompt", "answer", "kind"}
