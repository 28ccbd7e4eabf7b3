"""The demo: the whole pipeline on the embedded corpus, in a few minutes on a laptop CPU.

stdlib source -> data pipeline -> BPE tokenizer -> pretrain (time budget) -> eval -> samples.
Every step is a library call a user can make on their own data; the CLI stages run the same
functions.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

DEMO_PROMPTS = ("def ", "class ", "import os\n", "    for i in range(")


def run_demo(
    out: str | Path,
    *,
    time_budget: float = 180.0,
    overrides: list[str] | None = None,
    samples: int = len(DEMO_PROMPTS),
    max_tokens: int = 120,
    seed: int = 0,
    say: Callable[[str], None] | None = None,
) -> dict[str, Any]:
    """Run the demo into ``out`` (dataset/, model/) and return its figures and samples."""
    from genforge.config import resolve_config
    from genforge.data.pipeline import DataConfig, build_dataset
    from genforge.eval.bpb import evaluate_model_dir
    from genforge.infer.generate import generate_text
    from genforge.modeldir import load_model_dir
    from genforge.train.pretrain import PretrainConfig, run_pretrain

    say = say or (lambda m: print(m, file=sys.stderr, flush=True))
    out = Path(out)
    t0 = time.perf_counter()

    say("[1/4] data: the Python standard library's own source, cleaned and deduplicated")
    card = build_dataset(DataConfig(sources=["stdlib"], out=str(out / "dataset")))
    splits = card["splits"]
    say(
        f"      {splits['train']['documents']} train / {splits['val']['documents']} val "
        f"documents -> {out / 'dataset'}"
    )

    say(f"[2/4] tokenizer + pretraining for {time_budget:g} s (Ctrl-C stops cleanly)")
    cfg = resolve_config(
        PretrainConfig,
        None,
        [
            f"data={out / 'dataset'}",
            f"out={out / 'model'}",
            f"time_budget={time_budget}",
            f"seed={seed}",
            *(overrides or []),
        ],
    )
    summary = run_pretrain(cfg, recipe="demo")

    say("[3/4] evaluation: bits per byte on the held-out files")
    ev = evaluate_model_dir(out / "model", out / "dataset", device=cfg.device)

    say("[4/4] samples (temperature 0.8, top-k 50)")
    loaded = load_model_dir(out / "model", device=cfg.device)
    texts = []
    for i, prompt in enumerate(DEMO_PROMPTS[:samples]):
        text = generate_text(
            loaded.model,
            loaded.tokenizer,
            prompt,
            max_new_tokens=max_tokens,
            temperature=0.8,
            top_k=50,
            seed=seed + i,
        )
        texts.append({"prompt": prompt, "completion": text})
    return {
        "model_dir": str(out / "model"),
        "params": summary["params"],
        "steps": summary["steps"],
        "tokens": summary["tokens"],
        "tokens_per_s": summary["tokens_per_s"],
        "mfu": summary["mfu"],
        "val_bpb": ev["bpb"],
        "val_tokens": ev["tokens"],
        "total_seconds": round(time.perf_counter() - t0, 1),
        "samples": texts,
    }
