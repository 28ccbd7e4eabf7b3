"""The evaluation suite: the project's evaluations that fit a model dir, in one JSON report.

Evaluations (each reuses the code its stage already uses, so a figure here is the figure the
stage reports):

- ``bpb`` — bits per UTF-8 byte on held-out text (:func:`genforge.eval.bpb.bits_per_byte`).
  The text is ``data`` (a dataset dir's val split, files, a glob, .jsonl) or, by default, the
  standard-library files that :func:`genforge.tune.tasks.split_of` puts in the test split,
  up to ``max_bytes``.
- ``chat`` (chat models only: SFT, DPO, RL, distilled) — ``template_rate``, the share of
  held-out instruction prompts answered in the template with a clean ``<|end|>``, and
  ``parse_rate``, the share of held-out "implement this docstring" answers that parse as
  Python (:func:`genforge.tune.sft.chat_figures`).
- ``arithmetic`` (chat models only) — ``arithmetic_accuracy``: greedy exact match on
  held-out arithmetic tasks (:func:`genforge.tune.rl.evaluate_tasks`).

A suite file (YAML) names the evaluations to run and their settings, e.g.
``{bpb: {max_bytes: 50000}, chat: {prompts: 8, max_tokens: 32}}``; ``default`` runs all that
fit with the defaults below.
"""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Any

import yaml

from genforge.data.sources import stdlib_dir
from genforge.errors import GenforgeError
from genforge.eval.bpb import bits_per_byte, read_eval_texts
from genforge.io import read_json
from genforge.modeldir import load_model_dir, resolve_device
from genforge.tune import tasks
from genforge.tune.rl import evaluate_tasks
from genforge.tune.sft import chat_figures

# Every figure a report may hold, and which way is better (gates read this).
METRICS: dict[str, dict[str, str]] = {
    "bpb": {"better": "lower", "what": "bits per byte on held-out text"},
    "template_rate": {"better": "higher", "what": "held-out chat answers with a clean <|end|>"},
    "parse_rate": {"better": "higher", "what": "held-out code answers that parse as Python"},
    "arithmetic_accuracy": {"better": "higher", "what": "held-out arithmetic, exact match"},
}

DEFAULT_SUITE: dict[str, dict[str, Any]] = {
    "bpb": {"data": None, "max_bytes": 100_000, "batch_size": 8},
    "chat": {"prompts": 16, "max_tokens": 48},
    "arithmetic": {"tasks": 32, "max_tokens": 16},
}
CHAT_STAGES = ("genforge_sft", "genforge_dpo", "genforge_rl", "genforge_distill")


def load_suite(spec: str | os.PathLike) -> dict[str, dict[str, Any]]:
    """``"default"`` or a YAML file: evaluation name -> settings (missing ones default)."""
    if str(spec) == "default":
        return {k: dict(v) for k, v in DEFAULT_SUITE.items()}
    try:
        raw = yaml.safe_load(Path(spec).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise GenforgeError(f"suite file not found: {spec} (or use --suite default)") from None
    except yaml.YAMLError as e:
        raise GenforgeError(f"suite file {spec} is not valid YAML: {e}") from None
    if not isinstance(raw, dict) or not raw:
        raise GenforgeError(f"suite file {spec} must map evaluations ({', '.join(DEFAULT_SUITE)})")
    suite = {}
    for name, settings in raw.items():
        if name not in DEFAULT_SUITE:
            raise GenforgeError(
                f"suite file {spec}: unknown evaluation {name!r}; use {', '.join(DEFAULT_SUITE)}"
            )
        settings = settings or {}
        unknown = sorted(set(settings) - set(DEFAULT_SUITE[name]))
        if not isinstance(settings, dict) or unknown:
            raise GenforgeError(
                f"suite file {spec}: {name} takes {', '.join(DEFAULT_SUITE[name])}"
                + (f", not {unknown}" if unknown else "")
            )
        suite[name] = {**DEFAULT_SUITE[name], **settings}
    return suite


def is_chat_model(config: dict[str, Any]) -> bool:
    """A model a chat stage wrote (its config.json carries that stage's summary)."""
    return any(k in config for k in CHAT_STAGES)


def heldout_texts(data: str | None, max_bytes: int) -> list[str]:
    """``data``'s texts, or the standard library's test-split files; at most ``max_bytes``."""
    if data is not None:
        texts = read_eval_texts(data)
    else:
        files = sorted(p for p in stdlib_dir().glob("*.py") if tasks.split_of(p.stem) == "test")
        texts = [p.read_text(encoding="utf-8", errors="replace") for p in files]
    out, total = [], 0
    for text in texts:
        if total >= max_bytes:
            break
        text = text.encode("utf-8")[: max_bytes - total].decode("utf-8", errors="ignore")
        out.append(text)
        total += len(text.encode("utf-8"))
    if not out:
        raise GenforgeError(f"no held-out text found in {data or 'the standard library'}")
    return out


def run_suite(
    model_dir: str | os.PathLike,
    suite: dict[str, dict[str, Any]],
    *,
    device: str = "auto",
) -> dict[str, Any]:
    """Run ``suite`` on ``model_dir``: ``{"model", "chat_model", "metrics", "details",
    "skipped", "seconds"}``; ``metrics`` holds only :data:`METRICS` names."""
    t0 = time.perf_counter()
    dev = resolve_device(device)
    loaded = load_model_dir(model_dir, device=dev)
    model, tok = loaded.model, loaded.tokenizer
    chat = is_chat_model(loaded.config)
    metrics: dict[str, float] = {}
    details: dict[str, Any] = {}
    skipped: dict[str, str] = {}
    if "bpb" in suite:
        s = suite["bpb"]
        texts = heldout_texts(s["data"], int(s["max_bytes"]))
        block = model.config.block_size
        r = bits_per_byte(
            model,
            tok.encode,
            texts,
            seq_len=block,
            bos_id=tok.bos_id,
            batch_size=int(s["batch_size"]),
            device=dev,
        )
        metrics["bpb"] = r.bpb
        details["bpb"] = {**r.to_dict(), "data": s["data"] or "stdlib test split"}
    for name in ("chat", "arithmetic"):
        if name in suite and not chat:
            skipped[name] = "not a chat model (no SFT/DPO/RL/distill stage in config.json)"
    if "chat" in suite and chat:
        s = suite["chat"]
        n = int(s["prompts"])
        figs = chat_figures(
            model,
            tok,
            tasks.instruction_examples("test")[:n],
            tasks.implement_prompts("test")[:n],
            max_tokens=int(s["max_tokens"]),
            device=dev,
        )
        metrics["template_rate"] = figs["template_rate"]
        if "parse_rate" in figs:
            metrics["parse_rate"] = figs["parse_rate"]
        details["chat"] = figs
    if "arithmetic" in suite and chat:
        s = suite["arithmetic"]
        held = tasks.arithmetic_tasks(int(s["tasks"]), split="test")
        r = evaluate_tasks(model, tok, held, max_new_tokens=int(s["max_tokens"]))
        metrics["arithmetic_accuracy"] = r["accuracy"]
        details["arithmetic"] = r
    return {
        "model": str(model_dir),
        "chat_model": chat,
        "suite": suite,
        "metrics": metrics,
        "details": details,
        "skipped": skipped,
        "seconds": round(time.perf_counter() - t0, 2),
    }


def read_report(path: str | os.PathLike) -> dict[str, Any]:
    """An evaluation report written by ``genforge eval suite --json``, checked."""
    report = read_json(path, "evaluation report")
    figures = report.get("metrics") if isinstance(report, dict) else None
    if not isinstance(figures, dict):
        raise GenforgeError(
            f"{path} is not an evaluation report (no 'metrics'); write one with "
            "`genforge eval suite --model DIR --json > report.json`"
        )
    unknown = sorted(set(figures) - set(METRICS))
    if unknown:
        raise GenforgeError(f"{path}: unknown metric(s) {unknown}; known: {sorted(METRICS)}")
    return report
