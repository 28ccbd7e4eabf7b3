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
    assert len(convs) == 3 and rep == {"examples": 3, "truncated": 0, "dropped": 0}
    convs, rep = load_chat_jsonl(path, tokenizer=tok, max_tokens=64, overflow="drop")
    assert rep == {"examples": 2, "truncated": 0, "dropped": 1}
    convs, rep = load_chat_jsonl(path, tokenizer=tok, max_tokens=64, overflow="truncate")
    assert rep == {"examples": 3, "truncated": 1, "dropped": 0}


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
