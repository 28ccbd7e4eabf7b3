"""The flags ``genforge rm`` and ``genforge dpo`` share (both train on preference pairs
through a config dataclass)."""

from __future__ import annotations


def preference_flags(*, model_help: str, out_help: str) -> dict[str, str]:
    """Field -> help of the flags both preference commands take."""
    return {
        "model": model_help,
        "data": "preference JSONL, or 'default' (embedded task)",
        "eval_data": "held-out preference JSONL",
        "out": out_help,
        "time_budget": "seconds of training (default 120)",
        "max_steps": "optimizer steps (stops at the first limit)",
        "resume": "continue the run in --out (an interrupted one, or a finished one with "
        "raised limits)",
        "device": "auto (default), cpu, cuda, cuda:N, mps",
        "progress": "progress bar (on; --no-progress hides it)",
    }
