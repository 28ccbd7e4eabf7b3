"""Chat / preference JSONL validation and the SFT / completion encodings."""

from __future__ import annotations

import json
import sysconfig
from pathlib import Path

import pytest

from genforge.errors import GenforgeError
from genforge.tokenizer import train_tokenizer
from genforge.tune.data import (
    PreferencePair,
    encode_prompt_completion,
    encode_sft,
    load_chat_jsonl,
    load_preference_jsonl,
    pair_to_json,
    write_jsonl,
)


@pytest.fixture(scope="module")
def tok():
    text = (Path(sysconfig.get_paths()["stdlib"]) / "textwrap.py").read_text(encoding="utf-8")
    return train_tokenizer([text], vocab_size=400)


def _write(path: Path, rows: list) -> Path:
    path.write_text("".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in rows))
    return path


CONV = [
    {"role": "system", "content": "Be brief."},
    {"role": "user", "content": "What is 2 + 3?"},
    {"role": "assistant", "content": "5"},
    {"role": "user", "content": "And 4 + 4?"},
    {"role": "assistant", "content": "8"},
]


def test_encode_sft_matches_chat_template_and_masks_only_assistant(tok):
    ids, mask = encode_sft(tok, CONV)
    assert ids == tok.encode_chat(CONV, add_generation_prompt=False)
    assert len(mask) == len(ids)
    masked = [i for i, m in zip(ids, mask) if m]
    # Exactly the two answers, each followed by its closing <|end|>.
    assert masked == [*tok.encode("5"), tok.end_id, *tok.encode("8"), tok.end_id]
    # No role token, bos, or user/system text is trained on.
    assert not any(m for i, m in zip(ids, mask) if i in tok.special_ids and i != tok.end_id)
    ids2, mask2 = encode_sft(tok, CONV, max_tokens=7)
    assert ids2 == ids[:7] and mask2 == mask[:7]


def test_encode_prompt_completion(tok):
    prompt = CONV[:2]
    ids, start = encode_prompt_completion(tok, prompt, "5 apples")
    assert ids[:start] == tok.encode_chat(prompt, add_generation_prompt=True)
    assert ids[start:] == [*tok.encode("5 apples"), tok.end_id]
    # Same ids as the SFT encoding of the finished conversation, at the same positions.
    full, mask = encode_sft(tok, [*prompt, {"role": "assistant", "content": "5 apples"}])
    assert full == ids and mask.index(1) == start


def test_load_chat_jsonl_ok_and_overflow(tmp_path, tok):
    long = {
        "messages": [
            {"role": "user", "content": "word " * 200},
            {"role": "assistant", "content": "ok"},
        ]
    }
    rows = [{"messages": CONV}, long, {"messages": CONV[1:3]}]
    path = _write(tmp_path / "c.jsonl", [*rows[:1], "", *rows[1:]])
    convs, rep = load_chat_jsonl(path)
    assert len(convs) == 3 and rep == {
        "examples": 3,
        "truncated": 0,
        "dropped": 0,
        "format": "openai",
    }
    convs, rep = load_chat_jsonl(path, tokenizer=tok, max_tokens=64, overflow="drop")
    assert rep == {"examples": 2, "truncated": 0, "dropped": 1, "format": "openai"}
    convs, rep = load_chat_jsonl(path, tokenizer=tok, max_tokens=64, overflow="truncate")
    assert rep == {"examples": 3, "truncated": 1, "dropped": 0, "format": "openai"}


@pytest.mark.parametrize(
    ("line", "needle"),
    [
        ('{"messages": [{"content": "hi"}]}', "no 'role'"),
        ('{"messages": [{"role": "bot", "content": "hi"}]}', "unknown role 'bot'"),
        ('{"messages": [{"role": "user", "content": "  "}]}', "empty turn"),
        ('{"messages": [{"role": "user", "content": "hi"}', "not valid JSON"),
        ('{"messages": [{"role": "user", "content": "hi"}]}', "no assistant turn"),
        ('{"msgs": []}', "no 'messages'"),
        ("[1, 2]", "JSON object"),
    ],
)
def test_load_chat_jsonl_errors_name_file_and_line(tmp_path, line, needle):
    path = _write(tmp_path / "bad.jsonl", [{"messages": CONV}, line])
    with pytest.raises(GenforgeError) as e:
        load_chat_jsonl(path)
    assert f"{path}:2" in str(e.value) and needle in str(e.value)


def test_load_chat_jsonl_bad_args(tmp_path, tok):
    with pytest.raises(GenforgeError, match="not found"):
        load_chat_jsonl(tmp_path / "missing.jsonl")
    path = _write(tmp_path / "c.jsonl", [{"messages": CONV}])
    with pytest.raises(GenforgeError, match="overflow"):
        load_chat_jsonl(path, overflow="cut")
    with pytest.raises(GenforgeError, match="tokenizer"):
        load_chat_jsonl(path, max_tokens=10)


def test_preference_jsonl_round_trip_and_errors(tmp_path):
    pairs = [
        PreferencePair([{"role": "user", "content": "Say hi"}], "hi", "bye"),
        PreferencePair(CONV[:2], "5", "6"),
    ]
    path = write_jsonl(tmp_path / "p.jsonl", [pair_to_json(p) for p in pairs])
    assert load_preference_jsonl(path) == pairs
    # A string prompt is one user turn.
    path2 = _write(tmp_path / "p2.jsonl", [{"prompt": "Say hi", "chosen": "hi", "rejected": "x"}])
    assert load_preference_jsonl(path2)[0].prompt == [{"role": "user", "content": "Say hi"}]
    bad = _write(tmp_path / "p3.jsonl", [{"prompt": "Say hi", "chosen": "hi"}])
    with pytest.raises(GenforgeError, match=r"p3.jsonl:1: missing 'rejected'"):
        load_preference_jsonl(bad)
    bad = _write(tmp_path / "p4.jsonl", [{"prompt": "", "chosen": "hi", "rejected": "x"}])
    with pytest.raises(GenforgeError, match="prompt"):
        load_preference_jsonl(bad)


SHAREGPT = {
    "conversations": [
        {"from": "system", "value": "Be brief."},
        {"from": "human", "value": "What is 2 + 3?"},
        {"from": "gpt", "value": "5"},
        {"from": "human", "value": "And 4 + 4?"},
        {"from": "gpt", "value": "8"},
    ]
}
QA = [{"role": "user", "content": "Add 2 and 3.\n\n2, 3"}, {"role": "assistant", "content": "5"}]


@pytest.mark.parametrize(
    ("record", "fmt", "expected"),
    [
        ({"messages": CONV}, "openai", CONV),
        (SHAREGPT, "sharegpt", CONV),
        ({"instruction": "Add 2 and 3.", "input": "2, 3", "output": "5"}, "alpaca", QA),
        (
            {"instruction": "What is 2 + 3?", "input": "", "output": "5", "system": "Be brief."},
            "alpaca",
            CONV[:3],
        ),
        ({"prompt": "Add 2 and 3.\n\n2, 3", "completion": "5"}, "prompt_completion", QA),
        (
            {"prompt": CONV[:2], "completion": [{"role": "assistant", "content": "5"}]},
            "prompt_completion",
            CONV[:3],
        ),
    ],
)
def test_chat_formats_are_detected_and_read_as_messages(tmp_path, record, fmt, expected):
    path = _write(tmp_path / "c.jsonl", [record, record])
    convs, rep = load_chat_jsonl(path)
    assert rep["format"] == fmt and convs == [expected, expected]
    forced, _ = load_chat_jsonl(path, format=fmt)
    assert forced == convs


def test_alpaca_json_array_file(tmp_path):
    rows = [{"instruction": "Add 2 and 3.", "input": "2, 3", "output": "5"}] * 3
    path = tmp_path / "alpaca_data.json"
    path.write_text(json.dumps(rows, indent=2))
    convs, rep = load_chat_jsonl(path)
    assert rep == {"examples": 3, "truncated": 0, "dropped": 0, "format": "alpaca"}
    assert convs == [QA] * 3


def test_chat_format_errors_list_the_formats_and_name_the_record(tmp_path):
    path = _write(tmp_path / "c.jsonl", [{"question": "hi", "answer": "yo"}])
    with pytest.raises(GenforgeError) as e:
        load_chat_jsonl(path)
    msg = str(e.value)
    assert f"{path}:1" in msg and "['answer', 'question']" in msg
    for name in ("openai", "sharegpt", "alpaca", "prompt_completion", "--format"):
        assert name in msg
    # Auto-detection fixes the format from the first record; a later record must fit it.
    mixed = _write(tmp_path / "m.jsonl", [SHAREGPT, {"messages": CONV}])
    with pytest.raises(GenforgeError, match=r"m.jsonl:2: no 'conversations' key .*sharegpt"):
        load_chat_jsonl(mixed)
    with pytest.raises(GenforgeError, match="no 'instruction' and 'output' key for the alpaca"):
        load_chat_jsonl(mixed, format="alpaca")
    with pytest.raises(GenforgeError, match="unknown chat format 'csv'"):
        load_chat_jsonl(mixed, format="csv")
    bad_from = _write(tmp_path / "f.jsonl", [{"conversations": [{"from": "bot", "value": "x"}]}])
    with pytest.raises(GenforgeError, match=r"f.jsonl:1: turn 0 has 'from' 'bot'; use one of"):
        load_chat_jsonl(bad_from)


def test_bad_json_error_shows_where_and_what(tmp_path):
    """The message names the column and quotes the text around it (issue 22: it was cut off
    to the parser's bare message)."""
    line = '{"messages": [{"role": "user" "content": "What is the capital of France?"}]}'
    path = _write(tmp_path / "bad.jsonl", [line])
    with pytest.raises(GenforgeError) as e:
        load_chat_jsonl(path)
    msg = str(e.value)
    assert f"{path}:1: not valid JSON: Expecting ',' delimiter at column 31" in msg
    assert '"user" "content"' in msg
    array = tmp_path / "bad.json"
    array.write_text('[\n  {"instruction": "a", "output": "b"},\n  {"instruction": "c",}\n]')
    with pytest.raises(GenforgeError, match=r"bad.json:3: not valid JSON: .* column 23"):
        load_chat_jsonl(array)


def test_preferences_accept_conversational_answers_and_sharegpt_prompts(tmp_path):
    row = {
        "prompt": SHAREGPT["conversations"][:2],
        "chosen": [{"role": "assistant", "content": "5"}],
        "rejected": "6",
    }
    pair = load_preference_jsonl(_write(tmp_path / "p.jsonl", [row]))[0]
    assert pair == PreferencePair(CONV[:2], "5", "6")
    row["chosen"] = [{"role": "user", "content": "5"}]
    with pytest.raises(GenforgeError, match="one assistant message"):
        load_preference_jsonl(_write(tmp_path / "p2.jsonl", [row]))
