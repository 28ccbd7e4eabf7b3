"""Text normalization and per-document quality filters.

Normalization is deliberately conservative because much of the corpus is code: it fixes
encodings and line endings but never rewrites characters unless NFC is asked for.
Each quality filter is a small pure function so its threshold can be reasoned about and
tested on its own; ``first_failing_filter`` applies them in a fixed order so every dropped
document is counted against exactly one filter.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

BOM = "\ufeff"

# surrogateescape maps each undecodable byte to one lone surrogate in U+DC80..U+DCFF, which
# valid UTF-8 can never produce, so counting them counts the bad bytes exactly.
_ESCAPED_BYTE = re.compile("[\udc80-\udcff]")

# C0/C1 controls except the whitespace ones code really uses (\t \n \v \f \r), the
# replacement character left by bad decoding, and lone surrogates.
_NONPRINTABLE = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\ufffd\ud800-\udfff]")
# Lone surrogates (from JSON "\\ud800" escapes) cannot be written as UTF-8 at all.
_SURROGATE = re.compile("[\ud800-\udfff]")

# A file whose first bytes hold a NUL is almost surely binary (images, archives, .pyc);
# text in UTF-8 never contains NUL in practice.
_BINARY_SNIFF_BYTES = 8192
# Above this share of undecodable bytes the file is treated as binary, not as text in
# another encoding with a few stray bytes.
MAX_INVALID_BYTE_RATIO = 0.05


def decode_utf8(data: bytes) -> tuple[str, int]:
    """Decode UTF-8, replacing each undecodable byte with U+FFFD.

    Returns ``(text, n_invalid_bytes)``. The BOM is removed; nothing else is changed.
    """
    try:
        text = data.decode("utf-8")
        invalid = 0
    except UnicodeDecodeError:
        text = data.decode("utf-8", errors="surrogateescape")
        text, invalid = _ESCAPED_BYTE.subn("\ufffd", text)
    if text.startswith(BOM):
        text = text[1:]
    return text, invalid


def looks_binary(data: bytes, n_invalid_bytes: int = 0) -> bool:
    """True when ``data`` holds a NUL byte early on or too many undecodable bytes."""
    if b"\x00" in data[:_BINARY_SNIFF_BYTES]:
        return True
    return len(data) > 0 and n_invalid_bytes / len(data) > MAX_INVALID_BYTE_RATIO


def normalize_text(text: str, *, nfc: bool = False) -> str:
    """Strip a leading BOM, turn ``\\r\\n`` and lone ``\\r`` into ``\\n`` and lone surrogates
    into U+FFFD (so the text can be written as UTF-8).

    With ``nfc=True`` also apply Unicode NFC, which is off by default because it can change
    identifiers and string literals in code.
    """
    if text.startswith(BOM):
        text = text[1:]
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.isascii():
        text = _SURROGATE.sub("\ufffd", text)
    if nfc:
        text = unicodedata.normalize("NFC", text)
    return text


def nonprintable_ratio(text: str) -> float:
    """Share of characters that are control characters, U+FFFD or lone surrogates."""
    if not text:
        return 0.0
    return len(_NONPRINTABLE.findall(text)) / len(text)


def dup_line_fraction(text: str) -> float:
    """Share of non-blank lines that repeat an earlier line of the same document exactly.

    Indentation counts, so two ``return x`` lines at different depths are different lines;
    that keeps ordinary code (many ``else:`` and ``)``) far below boilerplate and spam.
    Documentation made of many short examples (package READMEs, command manuals) needs two
    more rules, or it is dropped as "repeated lines": markup lines (fences, rules, table
    separators, lone brackets) are not counted, and a fenced block is compared as a whole:
    a block repeated verbatim counts all its lines as repeats, while the lines different
    examples share (``const q = require('q')``, ``});``) do not.
    """
    seen_lines: set[str] = set()
    seen_blocks: set[tuple[str, ...]] = set()
    total = dup = 0
    block: list[str] | None = None  # the lines of the fenced block being read
    for line in text.split("\n"):
        if line.strip().startswith(("```", "~~~")):
            if block is None:
                block = []
                continue
            key = tuple(block)
            n = sum(not _is_markup(b) for b in block)
            total += n
            dup += n if key in seen_blocks else 0
            seen_blocks.add(key)
            block = None
            continue
        if block is not None:
            block.append(line)
            continue
        if _is_markup(line):
            continue
        total += 1
        if line in seen_lines:
            dup += 1
        else:
            seen_lines.add(line)
    for line in block or ():  # an unclosed fence: its lines count one by one
        if not _is_markup(line):
            total += 1
            dup += line in seen_lines
            seen_lines.add(line)
    return dup / total if total else 0.0


def _is_markup(line: str) -> bool:
    """Blank, or no letters or digits at all (rules, table separators, lone brackets)."""
    return not any(c.isalnum() for c in line)


@dataclass(frozen=True)
class QualityThresholds:
    """Limits a document must meet to be kept; ``None`` turns a filter off."""

    min_chars: int | None = 20
    max_chars: int | None = 1_000_000
    max_nonprintable_ratio: float | None = 0.01
    max_dup_line_fraction: float | None = 0.6


# name -> what the card says about documents it dropped
FILTER_REASONS = {
    "min_chars": "shorter than min_chars characters",
    "max_chars": "longer than max_chars characters",
    "nonprintable": "share of non-printable characters above max_nonprintable_ratio",
    "dup_lines": "share of repeated lines above max_dup_line_fraction",
}


def first_failing_filter(text: str, limits: QualityThresholds) -> str | None:
    """Name of the first filter (in ``FILTER_REASONS`` order) that rejects ``text``, or None."""
    n = len(text)
    if limits.min_chars is not None and n < limits.min_chars:
        return "min_chars"
    if limits.max_chars is not None and n > limits.max_chars:
        return "max_chars"
    if (
        limits.max_nonprintable_ratio is not None
        and nonprintable_ratio(text) > limits.max_nonprintable_ratio
    ):
        return "nonprintable"
    if (
        limits.max_dup_line_fraction is not None
        and dup_line_fraction(text) > limits.max_dup_line_fraction
    ):
        return "dup_lines"
    return None
