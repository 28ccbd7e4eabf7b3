"""The TEXT|FILE argument of the safety commands: literal text, a file, or ``-`` (stdin)."""

from __future__ import annotations

import sys
from pathlib import Path

from genforge.errors import GenforgeError

# Larger inputs are refused with a message rather than scanned for minutes.
MAX_INPUT_BYTES = 20_000_000


def decode_text(data: bytes, where: str) -> str:
    """UTF-8 text from ``data``; GenforgeError for binary content or invalid UTF-8."""
    if b"\x00" in data[:65536]:
        raise GenforgeError(f"{where} looks binary (it has NUL bytes); give a UTF-8 text file")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise GenforgeError(
            f"{where} is not UTF-8 text (bad byte at offset {e.start}); convert it to UTF-8"
        ) from None


def check_text(text: str, where: str, max_chars: int = MAX_INPUT_BYTES) -> str:
    """``text`` itself; GenforgeError when it is empty (or only whitespace) or too long."""
    if not text.strip():
        raise GenforgeError(f"{where} is empty; give some text to check")
    if len(text) > max_chars:
        raise GenforgeError(
            f"{where} has {len(text):,} characters, over the limit of {max_chars:,}; split it"
        )
    return text


def _is_file(value: str) -> bool:
    try:
        return "\n" not in value and Path(value).is_file()
    except (OSError, ValueError):  # too long for a path, or a NUL: it is text
        return False


def read_text_arg(value: str, max_bytes: int = MAX_INPUT_BYTES) -> tuple[str, str]:
    """``(text, where)`` for a TEXT|FILE|- argument: an existing file is read, ``-`` reads
    stdin, anything else is the text itself."""
    if value == "-":
        data = sys.stdin.buffer.read(max_bytes + 1)
        where = "stdin"
    elif _is_file(value):
        path = Path(value)
        if path.stat().st_size > max_bytes:
            raise GenforgeError(
                f"{path} is {path.stat().st_size:,} bytes, over the limit of {max_bytes:,}; "
                "split it"
            )
        data = path.read_bytes()
        where = str(path)
    else:
        return check_text(value, "the text argument"), "argument"
    if len(data) > max_bytes:
        raise GenforgeError(f"{where} is over the limit of {max_bytes:,} bytes; split it")
    return check_text(decode_text(data, where), where), where
