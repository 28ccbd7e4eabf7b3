"""Post-training data formats: chat JSONL, preference JSONL, and their token encodings.

Chat data: one JSON object per line (JSONL), or one JSON array of objects (a ``.json`` file
such as Alpaca's), in any of the :data:`CHAT_FORMATS`, detected from the first record's
keys (or forced with ``format=``):

* ``openai`` — ``{"messages": [{"role": ..., "content": ...}, ...]}``, roles
  system/user/assistant/tool (genforge's own);
* ``sharegpt`` — ``{"conversations": [{"from": "human"|"gpt"|"system"|..., "value": ...}]}``;
* ``alpaca`` — ``{"instruction", "input" (optional), "output"}``: one user turn (instruction,
  a blank line, input) and the answer;
* ``prompt_completion`` — ``{"prompt", "completion"}``, each a string or a messages list.

Preference JSONL: one ``{"prompt", "chosen", "rejected"}`` per line, where ``prompt`` is a
string (one user turn) or a messages list, and each answer a string (or a list holding one
assistant message).

The encodings follow :meth:`genforge.tokenizer.Tokenizer.encode_chat` exactly (``<|bos|>``,
then ``<|role|>content<|end|>`` per turn), so a model tuned on them is prompted the same way
by the engine and the server.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from genforge.errors import GenforgeError
from genforge.io import atomic_write_text
from genforge.tokenizer import render_tool_call

ROLES = ("system", "user", "assistant", "tool")
OVERFLOW_MODES = ("truncate", "drop")
# Chat formats and the record shape each expects (shown when no format fits).
CHAT_FORMATS = {
    "openai": '{"messages": [{"role": ..., "content": ...}]}',
    "sharegpt": '{"conversations": [{"from": "human"|"gpt"|..., "value": ...}]}',
    "alpaca": '{"instruction": ..., "input": ... (optional), "output": ...}',
    "prompt_completion": '{"prompt": ..., "completion": ...}',
}
_FORMAT_KEYS = {
    "openai": ("messages",),
    "sharegpt": ("conversations",),
    "alpaca": ("instruction", "output"),
    "prompt_completion": ("prompt", "completion"),
}
# ShareGPT speaker names (as the common dumps spell them) -> our roles.
SHAREGPT_ROLES = {
    "human": "user",
    "user": "user",
    "gpt": "assistant",
    "assistant": "assistant",
    "chatgpt": "assistant",
    "bing": "assistant",
    "bard": "assistant",
    "model": "assistant",
    "system": "system",
    "tool": "tool",
    "function": "tool",
    "observation": "tool",
}


@dataclass
class PreferencePair:
    """A prompt (messages) with a preferred and a dispreferred assistant answer."""

    prompt: list[dict]
    chosen: str
    rejected: str


def _iter_jsonl(path: str | os.PathLike, what: str):
    """``(line, object)`` for each record of a JSONL file or of a file holding a JSON array."""
    path = Path(path)
    if not path.is_file():
        raise GenforgeError(f"{what} file not found: {path}; give the path of a JSONL file")
    text = path.read_text(encoding="utf-8")
    if text.lstrip().startswith("["):
        yield from _iter_json_array(path, text)
        return
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            raise GenforgeError(
                f"{path}:{lineno}: not valid JSON: {e.msg} at column {e.colno}, near "
                f"{_near(line, e.pos)}; each line must be one complete JSON object (or the "
                "whole file one JSON array)"
            ) from None
        if not isinstance(obj, dict):
            raise GenforgeError(
                f"{path}:{lineno}: each line must be a JSON object, not {type(obj).__name__}"
            )
        yield lineno, obj


def _iter_json_array(path: Path, text: str):
    try:
        data = json.loads(text)
    except json.JSONDecodeError as e:
        line = text.splitlines()[e.lineno - 1] if text.splitlines() else ""
        raise GenforgeError(
            f"{path}:{e.lineno}: not valid JSON: {e.msg} at column {e.colno}, near "
            f"{_near(line, e.colno - 1)}; the file starts with '[' so it is read as one JSON "
            "array of objects"
        ) from None
    for n, obj in enumerate(data):
        if not isinstance(obj, dict):
            raise GenforgeError(
                f"{path}: item {n} of the JSON array must be an object, not {type(obj).__name__}"
            )
        yield f"item {n}", obj


def _near(line: str, pos: int) -> str:
    """The text around a JSON error position, quoted, so the message shows the culprit."""
    start = max(0, pos - 30)
    snippet = line[start : pos + 30]
    return repr(("..." if start else "") + snippet + ("..." if pos + 30 < len(line) else ""))


def validate_messages(messages: Any, where: str = "conversation") -> list[dict]:
    """Check a messages list (role in ROLES, non-empty string content); return clean copies.

    Raises GenforgeError naming ``where`` (e.g. ``file.jsonl:7``) and the bad turn.
    """
    if not isinstance(messages, list) or not messages:
        raise GenforgeError(
            f"{where}: 'messages' must be a non-empty list of {{'role': ..., 'content': ...}}"
        )
    clean = []
    for n, m in enumerate(messages):
        if not isinstance(m, dict):
            raise GenforgeError(f"{where}: message {n} must be an object with role and content")
        role = m.get("role")
        if role is None:
            raise GenforgeError(f"{where}: message {n} has no 'role'; use one of {list(ROLES)}")
        if role not in ROLES:
            raise GenforgeError(
                f"{where}: message {n} has unknown role {role!r}; use one of {list(ROLES)}"
            )
        content = m.get("content")
        calls = m.get("tool_calls") or []
        if calls and role != "assistant":
            raise GenforgeError(
                f"{where}: message {n} ({role}): only assistant turns have tool_calls"
            )
        if content is None and calls:
            content = ""  # a turn of calls only (OpenAI sends content null)
        if not isinstance(content, str):
            raise GenforgeError(f"{where}: message {n} ({role}) has no string 'content'")
        if not content.strip() and not calls:
            raise GenforgeError(
                f"{where}: message {n} ({role}) is an empty turn; remove it or give it text"
            )
        clean.append({"role": role, "content": content})
        if calls:
            for c in calls:
                render_tool_call(c, f"{where}: message {n}")
            clean[-1]["tool_calls"] = [{"function": dict(c["function"])} for c in calls]
    return clean


def detect_chat_format(obj: dict) -> str | None:
    """The :data:`CHAT_FORMATS` name whose keys ``obj`` has, or None."""
    if "messages" in obj:
        return "openai"
    if "conversations" in obj:
        return "sharegpt"
    if "instruction" in obj and "output" in obj:
        return "alpaca"
    if "prompt" in obj and "completion" in obj:
        return "prompt_completion"
    return None


def _no_format(where: str, obj: dict) -> GenforgeError:
    known = "; ".join(f"{name}: {shape}" for name, shape in CHAT_FORMATS.items())
    return GenforgeError(
        f"{where}: no chat format fits a record with keys {sorted(obj)[:8]}; genforge reads "
        f"{known} (force one with format= / --format)"
    )


def to_messages(obj: dict, fmt: str, where: str) -> list[dict]:
    """One chat record of format ``fmt`` as validated OpenAI-style messages."""
    if fmt not in CHAT_FORMATS:
        raise GenforgeError(
            f"unknown chat format {fmt!r}; choose auto or one of {list(CHAT_FORMATS)}"
        )
    missing = [k for k in _FORMAT_KEYS[fmt] if k not in obj]
    if missing:
        keys = " and ".join(repr(k) for k in missing)
        raise GenforgeError(
            f"{where}: no {keys} key for the {fmt} format (keys here: {sorted(obj)[:8]}); "
            f"{fmt} is {CHAT_FORMATS[fmt]}"
        )
    if fmt == "openai":
        return validate_messages(obj["messages"], where)
    if fmt == "sharegpt":
        return validate_messages(_sharegpt_turns(obj["conversations"], where), where)
    if fmt == "alpaca":
        return _alpaca_messages(obj, where)
    prompt = _prompt_messages(obj["prompt"], where)
    return prompt + _answer_messages(obj["completion"], "completion", where)


def _sharegpt_turns(turns: Any, where: str) -> list[dict]:
    if not isinstance(turns, list) or not turns:
        raise GenforgeError(f"{where}: 'conversations' must be a non-empty list of turns")
    out = []
    for n, turn in enumerate(turns):
        if not isinstance(turn, dict):
            raise GenforgeError(f"{where}: turn {n} must be an object with 'from' and 'value'")
        if "from" not in turn and "role" in turn:  # some dumps use role/content inside
            out.append(turn)
            continue
        speaker = turn.get("from")
        role = SHAREGPT_ROLES.get(str(speaker).lower()) if speaker is not None else None
        if role is None:
            raise GenforgeError(
                f"{where}: turn {n} has 'from' {speaker!r}; use one of {sorted(SHAREGPT_ROLES)}"
            )
        out.append({"role": role, "content": turn.get("value")})
    return out


def _alpaca_messages(obj: dict, where: str) -> list[dict]:
    instruction, extra, output = obj["instruction"], obj.get("input") or "", obj["output"]
    for key, value in (("instruction", instruction), ("input", extra), ("output", output)):
        if not isinstance(value, str):
            raise GenforgeError(f"{where}: alpaca '{key}' must be a string")
    user = instruction + ("\n\n" + extra if extra.strip() else "")
    msgs = [{"role": "user", "content": user}, {"role": "assistant", "content": output}]
    if obj.get("system"):
        msgs.insert(0, {"role": "system", "content": obj["system"]})
    return validate_messages(msgs, where)


def _answer_messages(answer: Any, key: str, where: str) -> list[dict]:
    """An answer given as a string or as a messages list (TRL's conversational form)."""
    if isinstance(answer, str):
        if not answer.strip():
            raise GenforgeError(f"{where}: '{key}' is empty; give the answer text")
        return [{"role": "assistant", "content": answer}]
    return validate_messages(answer, where)


def load_chat_jsonl(
    path: str | os.PathLike,
    *,
    tokenizer: Any = None,
    max_tokens: int | None = None,
    overflow: str = "truncate",
    format: str = "auto",
) -> tuple[list[list[dict]], dict]:
    """Read and validate chat data in one of :data:`CHAT_FORMATS`; return (conversations,
    report).

    ``format="auto"`` detects the format from the first record; every record must then
    have it. ``report["format"]`` names the format read.

    With ``tokenizer`` and ``max_tokens``, a conversation longer than ``max_tokens`` tokens is
    dropped (``overflow="drop"``) or kept for truncation at encode time (``"truncate"``);
    ``report`` counts ``examples`` (kept), ``truncated`` and ``dropped``. Conversations with no
    assistant turn are errors, since SFT would have nothing to learn from them.
    """
    if overflow not in OVERFLOW_MODES:
        raise GenforgeError(f"overflow must be one of {list(OVERFLOW_MODES)}, got {overflow!r}")
    if format != "auto" and format not in CHAT_FORMATS:
        raise GenforgeError(
            f"unknown chat format {format!r}; choose auto or one of {list(CHAT_FORMATS)}"
        )
    if max_tokens is not None and tokenizer is None:
        raise GenforgeError("max_tokens needs a tokenizer to count tokens; pass tokenizer=")
    convs: list[list[dict]] = []
    report: dict[str, Any] = {"examples": 0, "truncated": 0, "dropped": 0, "format": format}
    for lineno, obj in _iter_jsonl(path, "chat data"):
        where = f"{path}:{lineno}" if isinstance(lineno, int) else f"{path} ({lineno})"
        if report["format"] == "auto":
            report["format"] = detect_chat_format(obj)
            if report["format"] is None:
                raise _no_format(where, obj)
        msgs = to_messages(obj, report["format"], where)
        if not any(m["role"] == "assistant" for m in msgs):
            raise GenforgeError(
                f"{where}: no assistant turn; SFT learns only from assistant answers"
            )
        if max_tokens is not None:
            n = len(tokenizer.encode_chat(msgs, add_generation_prompt=False))
            if n > max_tokens:
                if overflow == "drop":
                    report["dropped"] += 1
                    continue
                report["truncated"] += 1
        convs.append(msgs)
    report["examples"] = len(convs)
    if not convs:
        raise GenforgeError(f"{path}: no usable conversations (dropped {report['dropped']})")
    return convs, report


def _prompt_messages(prompt: Any, where: str) -> list[dict]:
    if isinstance(prompt, str):
        if not prompt.strip():
            raise GenforgeError(f"{where}: 'prompt' is empty; give the user's question")
        return [{"role": "user", "content": prompt}]
    if isinstance(prompt, list) and prompt and isinstance(prompt[0], dict) and "from" in prompt[0]:
        prompt = _sharegpt_turns(prompt, where)
    return validate_messages(prompt, where)


def load_preference_jsonl(path: str | os.PathLike) -> list[PreferencePair]:
    """Read preference JSONL (``prompt`` str or messages, ``chosen``, ``rejected`` strings)."""
    pairs = []
    for lineno, obj in _iter_jsonl(path, "preference data"):
        where = f"{path}:{lineno}"
        for key in ("prompt", "chosen", "rejected"):
            if key not in obj:
                raise GenforgeError(
                    f"{where}: missing '{key}'; each line needs prompt, chosen and rejected"
                )
        prompt = _prompt_messages(obj["prompt"], where)
        answers = [_answer_text(obj[key], key, where) for key in ("chosen", "rejected")]
        pairs.append(PreferencePair(prompt, *answers))
    if not pairs:
        raise GenforgeError(f"{path}: no preference pairs found")
    return pairs


def _answer_text(answer: Any, key: str, where: str) -> str:
    """A preference answer: a string, or (TRL's conversational form) one assistant message."""
    if isinstance(answer, list):
        msgs = validate_messages(answer, where)
        if len(msgs) != 1 or msgs[0]["role"] != "assistant":
            raise GenforgeError(f"{where}: '{key}' as a list must hold one assistant message")
        return msgs[0]["content"]
    if not isinstance(answer, str) or not answer.strip():
        raise GenforgeError(f"{where}: '{key}' must be a non-empty string answer")
    return answer


def pair_to_json(pair: PreferencePair) -> dict:
    """The JSONL object for one pair (inverse of :func:`load_preference_jsonl`)."""
    return {"prompt": pair.prompt, "chosen": pair.chosen, "rejected": pair.rejected}


def encode_sft(
    tokenizer: Any, messages: list[dict], *, max_tokens: int | None = None
) -> tuple[list[int], list[int]]:
    """Token ids of a conversation and a same-length loss mask.

    The mask is 1 on assistant content tokens and on the ``<|end|>`` closing each assistant
    turn (so the model learns to stop), 0 on everything else (bos, role tokens, other turns).
    Ids equal ``tokenizer.encode_chat(messages, add_generation_prompt=False)``. With
    ``max_tokens`` both lists are cut to that length.
    """
    messages = validate_messages(messages)
    ids = [tokenizer.bos_id]
    mask = [0]
    end = tokenizer.end_id
    for m in messages:
        ids.append(tokenizer.token_to_id(f"<|{_role_token(m['role'])}|>"))
        mask.append(0)
        body = tokenizer.encode(m["content"])
        for call in m.get("tool_calls", []):  # learned like the rest of the answer
            body += [
                tokenizer.token_to_id("<|tool_call|>"),
                *tokenizer.encode(render_tool_call(call)),
            ]
        on = 1 if m["role"] == "assistant" else 0
        ids += body
        mask += [on] * len(body)
        ids.append(end)
        mask.append(on)
    if max_tokens is not None:
        ids, mask = ids[:max_tokens], mask[:max_tokens]
    return ids, mask


def _role_token(role: str) -> str:
    # The tool's result goes back to the model as <|tool_result|>, as in the tokenizer.
    return "tool_result" if role == "tool" else role


def encode_prompt_completion(
    tokenizer: Any, prompt_messages: list[dict], completion: str
) -> tuple[list[int], int]:
    """Ids of prompt + ``<|assistant|>`` + completion + ``<|end|>``, and the completion start.

    ``ids[start:]`` are the completion tokens followed by ``<|end|>``; ``ids[:start]`` equals
    ``tokenizer.encode_chat(prompt_messages, add_generation_prompt=True)``.
    """
    prompt = tokenizer.encode_chat(validate_messages(prompt_messages), add_generation_prompt=True)
    ids = prompt + tokenizer.encode(completion) + [tokenizer.end_id]
    return ids, len(prompt)


def write_jsonl(path: str | os.PathLike, rows: list[dict]) -> Path:
    """Atomically write one JSON object per line; return the path."""

    text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    atomic_write_text(path, text)
    return Path(path)


__all__ = [
    "CHAT_FORMATS",
    "OVERFLOW_MODES",
    "ROLES",
    "PreferencePair",
    "detect_chat_format",
    "encode_prompt_completion",
    "encode_sft",
    "load_chat_jsonl",
    "load_preference_jsonl",
    "pair_to_json",
    "to_messages",
    "validate_messages",
    "write_jsonl",
]
