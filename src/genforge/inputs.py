"""Input validation every door shares: the HTTP API, gRPC, the CLI and the engine.

Each check raises :class:`InputError` (a GenforgeError that names the field), so the CLI
prints it and exits 2, the HTTP API answers 400 with ``param`` set to the field, and gRPC
answers INVALID_ARGUMENT. The rules are the classes of input that broke the server before:

* text must be valid Unicode scalar values (a lone surrogate such as ``"\\ud800"`` is legal
  JSON but not encodable as UTF-8, so the tokenizer and every JSON reply choke on it);
* numbers must be finite and inside the range where float32 sampling means what it says
  (``temperature=1e-300`` is 0 in float32 and the logits become inf/NaN);
* integers must fit int64, the width torch and the seeds' generators use;
* counts (prompts per request, embedding inputs, choices) must stay within caps.

Only the standard library and ``errors`` are imported: every layer may use this module.
"""

from __future__ import annotations

import math
from typing import Any

from genforge.errors import GenforgeError

INT64_MIN = -(2**63)
INT64_MAX = 2**63 - 1

# Sampling ranges where float32 arithmetic stays meaningful. Logits of a trained model reach
# a few hundred at most; divided by a temperature below 1e-4 they pass 1e6 and the softmax is
# already one-hot (greedy) - and below ~1e-37 the division overflows float32 to inf/NaN. So
# anything under 1e-4 is refused with "use 0 for greedy" instead of silently returning noise.
MIN_TEMPERATURE = 1e-4
MAX_TEMPERATURE = 100.0
# top_p below 1e-6 keeps only the likeliest token, exactly as 1e-6 does; far below float32's
# smallest normal number (1e-38) it rounds to 0 and every token is dropped.
MIN_TOP_P = 1e-6
# CTRL-style penalty divides (or multiplies) logits by the value; outside [1e-3, 1e3] the
# logits overflow float32 or the penalty rounds to 0.
MIN_REPETITION_PENALTY = 1e-3
MAX_REPETITION_PENALTY = 1e3


class InputError(GenforgeError):
    """A bad input value; ``field`` names it (dotted path, e.g. ``messages.0.content``)."""

    def __init__(self, field: str | None, message: str) -> None:
        super().__init__(message)
        self.field = field


def bad_text_at(value: Any, path: str = "") -> str | None:
    """The dotted path of the first string in ``value`` (str, or nested lists/dicts of them,
    dict keys included) that is not valid Unicode text; None when all are valid."""
    if isinstance(value, str):
        return None if _is_scalar_text(value) else path
    if isinstance(value, dict):
        for k, v in value.items():
            sub = f"{path}.{k}" if path else str(k)
            if isinstance(k, str) and not _is_scalar_text(k):
                return path or "(key)"
            found = bad_text_at(v, sub)
            if found is not None:
                return found
    elif isinstance(value, list | tuple):
        for i, v in enumerate(value):
            found = bad_text_at(v, f"{path}.{i}" if path else str(i))
            if found is not None:
                return found
    return None


def _is_scalar_text(s: str) -> bool:
    try:
        s.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def check_text(value: Any, field: str) -> None:
    """Raise InputError unless every string in ``value`` is valid Unicode text."""
    where = bad_text_at(value, field)
    if where is not None:
        where = where or "the body"
        raise InputError(
            where,
            f"{where} is not valid Unicode text (it holds a lone surrogate such as \\ud800, "
            "which has no UTF-8 encoding); send text whose surrogates come in pairs",
        )


def safe_text(s: str) -> str:
    """``s`` with anything that has no UTF-8 encoding escaped, for echoing user input back."""
    return s.encode("utf-8", "backslashreplace").decode("utf-8")


def check_int(value: Any, field: str, lo: int = INT64_MIN, hi: int = INT64_MAX) -> int:
    """``value`` as an int in [lo, hi] (default: int64), else InputError."""
    if not isinstance(value, int) or isinstance(value, bool):
        raise InputError(field, f"{field} must be an integer, got {_show(value)}")
    if not lo <= value <= hi:
        raise InputError(field, f"{field} must be in {lo}..{hi}, got {_show(value)}")
    return value


def check_number(value: Any, field: str, lo: float, hi: float) -> float:
    """``value`` as a finite float in [lo, hi], else InputError."""
    if not isinstance(value, int | float) or isinstance(value, bool):
        raise InputError(field, f"{field} must be a number, got {_show(value)}")
    v = float(value)
    if not math.isfinite(v):
        raise InputError(field, f"{field} must be a finite number, got {value!r}")
    if not lo <= v <= hi:
        raise InputError(field, f"{field} must be in [{lo:g}, {hi:g}], got {value!r}")
    return v


def check_seed(seed: Any, n: int = 1, field: str = "seed") -> None:
    """A seed (choice i of n uses ``seed + i``) must keep every seed within int64."""
    if seed is None:
        return
    check_int(seed, field, INT64_MIN, INT64_MAX - max(0, n - 1))


def check_sampling(
    *,
    temperature: Any = 1.0,
    top_p: Any = None,
    repetition_penalty: Any = 1.0,
    max_temperature: float = MAX_TEMPERATURE,
) -> None:
    """The float-valued sampling settings, in the ranges float32 sampling handles."""
    ok = isinstance(temperature, int | float) and not isinstance(temperature, bool)
    if not ok or not 0 <= temperature <= max_temperature:  # NaN fails the comparison too
        raise InputError(
            "temperature",
            f"temperature must be a number in [0, {max_temperature:g}] (0 = greedy), got "
            f"{_show(temperature)}",
        )
    if 0 < temperature < MIN_TEMPERATURE:
        raise InputError(
            "temperature",
            f"temperature {temperature!r} is too small to sample with in float32; use 0 for "
            f"greedy decoding or a value >= {MIN_TEMPERATURE:g}",
        )
    if top_p is not None:
        check_number(top_p, "top_p", MIN_TOP_P, 1.0)
    check_number(
        repetition_penalty, "repetition_penalty", MIN_REPETITION_PENALTY, MAX_REPETITION_PENALTY
    )


def check_count(count: int, cap: int, field: str, what: str, flag: str | None = None) -> None:
    """At most ``cap`` ``what`` (e.g. "prompts") in ``field``; the message names the flag."""
    if count > cap:
        who = f" (the operator sets {flag})" if flag else ""
        raise InputError(field, f"at most {cap} {what} per request{who}, got {count}")


def _show(value: Any) -> str:
    text = repr(value)
    return safe_text(text if len(text) <= 40 else text[:37] + "...")
