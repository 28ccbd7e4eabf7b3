"""Memorisation: how often a model reproduces its training text from a prefix.

For ``n`` windows drawn from a dataset dir's training split and ``n`` from its validation
split (the control: text of the same kind the model never trained on), the model greedily
continues a ``prefix``-token prefix for ``suffix`` tokens. A window is *extracted* when the
continuation equals the true suffix token for token, *near-extracted* when at least
``near`` of its tokens match position by position. The figure to read is the gap: the
control's rate is what the text's own predictability gives (boilerplate, licence headers,
repeated code), the training split's excess over it is memorisation. Generation runs in the
one engine (``Engine.sample_n``), greedy, without stopping at end-of-text.
"""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

from genforge.errors import GenforgeError
from genforge.infer.protocol import SamplingParams


def _windows(path: Path, tokenizer, n: int, length: int, seed: int) -> list[list[int]]:
    """Up to ``n`` token windows of ``length`` from the documents of one JSONL split,
    one per document (a random document order and a random offset, seeded)."""
    docs = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            text = json.loads(line).get("text") or ""
            if text:
                docs.append(text)
    rng = random.Random(seed)
    rng.shuffle(docs)
    out = []
    for text in docs:
        ids = tokenizer.encode(text)
        if len(ids) >= length:
            start = rng.randrange(len(ids) - length + 1)
            out.append(ids[start : start + length])
            if len(out) == n:
                break
    return out


def _rates(engine, windows: list[list[int]], prefix: int, suffix: int, near: float) -> dict:
    params = SamplingParams(max_tokens=suffix, temperature=0.0, ignore_eos=True)
    outs = engine.sample_n([w[:prefix] for w in windows], 1, params, greedy_first=True)
    exact = close = 0
    for w, [(gen, _)] in zip(windows, outs):
        truth = w[prefix:]
        same = sum(a == b for a, b in zip(gen, truth))
        exact += gen[:suffix] == truth
        close += same >= near * suffix
    n = len(windows)
    return {"windows": n, "exact": exact / n, "near": close / n}


def memorization(
    model_dir: str,
    dataset_dir: str,
    *,
    n: int = 200,
    prefix: int = 32,
    suffix: int = 32,
    near: float = 0.9,
    seed: int = 0,
    device: str = "auto",
) -> dict[str, Any]:
    """Extraction rates on the training split and the validation control (module doc)."""
    from genforge.infer.engine import Engine

    data = Path(dataset_dir)
    if not all((data / f).is_file() for f in ("train.jsonl", "val.jsonl")):
        raise GenforgeError(
            f"{data} is not a dataset dir with train.jsonl and val.jsonl; give the dataset "
            "dir the model was trained on (`genforge data --out DIR`)"
        )
    if n < 1 or prefix < 1 or suffix < 1 or not 0 < near <= 1:
        raise GenforgeError("need n, prefix, suffix >= 1 and 0 < near <= 1")
    engine = Engine.from_model_dir(model_dir, device=device, max_batch_size=16, max_queue=n + 1)
    if prefix + suffix > engine.context_length:
        raise GenforgeError(
            f"prefix + suffix = {prefix + suffix} tokens exceed the model's context "
            f"({engine.context_length}); shorten them"
        )
    engine.start()
    try:
        report: dict[str, Any] = {"prefix_tokens": prefix, "suffix_tokens": suffix, "near": near}
        for split, name in (("train.jsonl", "train"), ("val.jsonl", "control")):
            wins = _windows(data / split, engine.tokenizer, n, prefix + suffix, seed)
            if not wins:
                raise GenforgeError(
                    f"{data / split} has no document of {prefix + suffix} tokens; use a "
                    "shorter --prefix/--suffix"
                )
            report[name] = _rates(engine, wins, prefix, suffix, near)
    finally:
        engine.shutdown()
    report["excess_exact"] = report["train"]["exact"] - report["control"]["exact"]
    report["excess_near"] = report["train"]["near"] - report["control"]["near"]
    return report
