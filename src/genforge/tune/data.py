"""Post-training data formats: chat JSONL, preference JSONL, and their token encodings.

Chat JSONL: one ``{"messages": [{"role": ..., "content": ...}, ...]}`` per line, roles
system/user/assistant/tool. Preference JSONL: one ``{"prompt", "chosen", "rejected"}`` per
line, where ``prompt`` is a string (one user turn) or a messages list.

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

ROLES = ("system", "user", "assistant", "tool")
OVERFLOW_MODES = ("truncate", "drop")


@dataclass
class PreferencePair:
    """A prompt (messages) with a preferred and a dispreferred assistant answer."""

    prompt: list[dict]
    chosen: str
    rejected: str


def _iter_jsonl(path: str | os.PathLike, what: str):
    path = Path(path)
    if not path.is_file():
        raise GenforgeError(f"{what} file not found: {path}; give the path of a JSONL file")
    with open(path, encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as e:
                raise GenforgeError(
                    f"{path}:{lineno}: not valid JSON ({e.msg}); each line must be one JSON object"
                ) from None
            if not isinstance(obj, dict):
                raise GenforgeError(
                    f"{path}:{lineno}: each line must be a JSON object, not {type(obj).__name__}"
                )
            yield lineno, obj


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
        if not isinstance(content, str):
            raise GenforgeError(f"{where}: message {n} ({role}) has no string 'content'")
        if not content.strip():
            raise GenforgeError(
                f"{where}: message {n} ({role}) is an empty turn; remove it or give it text"
            )
        clean.append({"role": role, "content": content})
    return clean


def load_chat_jsonl(
    path: str | os.PathLike,
    *,
    tokenizer: Any = None,
    max_tokens: int | None = None,
    overflow: str = "truncate",
) -> tuple[list[list[dict]], dict]:
    """Read and validate chat JSONL; return (conversations, report).

    With ``tokenizer`` and ``max_tokens``, a conversation longer than ``max_tokens`` tokens is
    dropped (``overflow="drop"``) or kept for truncation at encode time (``"truncate"``);
    ``report`` counts ``examples`` (kept), ``truncated`` and ``dropped``. Conversations with no
    assistant turn are errors, since SFT would have nothing to learn from them.
    """
    if overflow not in OVERFLOW_MODES:
        raise GenforgeError(f"overflow must be one of {list(OVERFLOW_MODES)}, got {overflow!r}")
    if max_tokens is not None and tokenizer is None:
        raise GenforgeError("max_tokens needs a tokenizer to count tokens; pass tokenizer=")
    convs: list[list[dict]] = []
    report = {"examples": 0, "truncated": 0, "dropped": 0}
    for lineno, obj in _iter_jsonl(path, "chat data"):
        where = f"{path}:{lineno}"
        if "messages" not in obj:
            raise GenforgeError(f"{where}: no 'messages' key; write {{\"messages\": [...]}}")
        msgs = validate_messages(obj["messages"], where)
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
        for key in ("chosen", "rejected"):
            if not isinstance(obj[key], str) or not obj[key].strip():
                raise GenforgeError(f"{where}: '{key}' must be a non-empty string answer")
        pairs.append(PreferencePair(prompt, obj["chosen"], obj["rejected"]))
    if not pairs:
        raise GenforgeError(f"{path}: no preference pairs found")
    return pairs


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
    from genforge.io import atomic_write_text

    text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    atomic_write_text(path, text)
    return Path(path)


__all__ = [
    "OVERFLOW_MODES",
    "ROLES",
    "PreferencePair",
    "encode_prompt_completion",
    "encode_sft",
    "load_chat_jsonl",
    "load_preference_jsonl",
    "pair_to_json",
    "validate_messages",
    "write_jsonl",
]
