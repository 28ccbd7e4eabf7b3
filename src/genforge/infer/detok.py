"""Streaming detokenization: UTF-8 assembly across byte-level tokens, and stop strings.

A byte-level BPE token is a run of bytes, not of characters: one emoji can span several
tokens, and a token can end in the middle of a character. :class:`StreamDecoder` turns
token ids into text as they arrive and never emits a broken character: incomplete UTF-8
sequences wait for the next token. :class:`StopMatcher` holds back text that might be the
start of a stop string, so the stream never shows text past (or part of) a stop string.
"""

from __future__ import annotations

import codecs
from typing import Any


class StreamDecoder:
    """Token ids in, complete text out (``push`` per token, ``flush`` at the end)."""

    def __init__(self, tokenizer: Any) -> None:
        self._tokenizer = tokenizer
        # Control tokens (<|assistant|>, <|end|>, ...) structure the stream; like other
        # servers' skip_special_tokens default, they are not part of the text a user sees.
        self._special = frozenset(getattr(tokenizer, "special_ids", ()) or ())
        # errors="replace": bytes that can never form valid UTF-8 become U+FFFD at once,
        # like the tokenizer's own decode; only a valid-but-incomplete tail is held.
        self._utf8 = codecs.getincrementaldecoder("utf-8")(errors="replace")

    def push(self, token_id: int) -> str:
        """The text completed by this token ("" while a character is still incomplete)."""
        if token_id in self._special:
            return ""
        return self._utf8.decode(self._tokenizer.decode_bytes([token_id]))

    def flush(self) -> str:
        """Whatever is left at the end of the stream (an incomplete tail becomes U+FFFD)."""
        return self._utf8.decode(b"", final=True)


class StopMatcher:
    """Cuts a text stream at the first stop string and holds back possible prefixes of one.

    ``push(text)`` returns ``(safe_text, stopped)``: the text that can be shown now, and
    whether a stop string has appeared (the text before it is then in ``safe_text`` and the
    stream is over). ``flush()`` releases held-back text when the stream ends otherwise.
    """

    def __init__(self, stops: list[str]) -> None:
        self.stops = [s for s in stops if s]
        self._longest = max((len(s) for s in self.stops), default=0)
        self._held = ""

    def push(self, text: str) -> tuple[str, bool]:
        if not self.stops:
            return text, False
        buf = self._held + text
        cut = min((i for i in (buf.find(s) for s in self.stops) if i >= 0), default=-1)
        if cut >= 0:
            self._held = ""
            return buf[:cut], True
        keep = self._held_suffix(buf)
        self._held = buf[len(buf) - keep :] if keep else ""
        return buf[: len(buf) - keep], False

    def _held_suffix(self, buf: str) -> int:
        """Length of the longest suffix of ``buf`` that is a proper prefix of a stop."""
        for n in range(min(len(buf), self._longest - 1), 0, -1):
            tail = buf[-n:]
            if any(s.startswith(tail) for s in self.stops):
                return n
        return 0

    def flush(self) -> str:
        held, self._held = self._held, ""
        return held
