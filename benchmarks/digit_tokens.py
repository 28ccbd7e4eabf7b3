"""Single-digit pre-tokens vs digit runs of up to 3: what they cost and what they buy.

Cost: bytes per token on held-out standard-library files (every 20th ``.py`` file outside
``site-packages`` and test folders) at four vocabulary sizes, both split rules trained on
the same text in this run. Gain (``--arithmetic``): for each rule, pretrain the ``small``
preset on the stdlib for ``--pretrain-s`` seconds, SFT it on the embedded arithmetic tasks
for ``--sft-steps`` steps, and score greedy exact match on 300 held-out problems.

    .venv/bin/python benchmarks/digit_tokens.py [--arithmetic] [--pretrain-s 240] [--sft-steps 2309]

The shipped tokenizer uses digit runs (``genforge.tokenizer.SPLIT_PATTERN``); the other
rule is built here by swapping that one alternative of the pattern.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import sysconfig
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import genforge.tokenizer as tokmod
from _output import print_result

SINGLE = r"|\p{N}|"
RUNS = r"|\p{N}{1,3}|"


@contextlib.contextmanager
def split_rule(rule: str) -> Iterator[None]:
    """Train tokenizers with ``rule`` ("single" or "runs") inside the block."""
    shipped = tokmod.SPLIT_PATTERN
    if RUNS not in shipped:
        raise SystemExit("the shipped split pattern changed; update this benchmark")
    tokmod.SPLIT_PATTERN = shipped if rule == "runs" else shipped.replace(RUNS, SINGLE)
    try:
        yield
    finally:
        tokmod.SPLIT_PATTERN = shipped


def stdlib_split() -> tuple[list[str], list[str]]:
    root = Path(sysconfig.get_paths()["stdlib"])
    skip = {"site-packages", "test", "tests"}
    files = sorted(p for p in root.rglob("*.py") if not skip & set(p.parts))
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in files]
    return [t for i, t in enumerate(texts) if i % 20], texts[::20]


def bytes_per_token_rows() -> list[dict[str, Any]]:
    train, held = stdlib_split()
    rows = []
    for vocab in (4096, 8192, 16384, 32768):
        row: dict[str, Any] = {"vocab_size": vocab}
        for rule in ("single", "runs"):
            with split_rule(rule):
                tok = tokmod.train_tokenizer(train, vocab_size=vocab)
            row[f"bytes_per_token_{rule}"] = round(tokmod.bytes_per_token(tok, held), 3)
        row["extra_tokens_pct"] = round(
            100 * (row["bytes_per_token_runs"] / row["bytes_per_token_single"] - 1), 2
        )
        rows.append(row)
        print(row, file=sys.stderr, flush=True)
    return rows


def arithmetic_row(rule: str, root: Path, pretrain_s: float, sft_steps: int) -> dict[str, Any]:
    """Pretrain -> arithmetic SFT -> held-out greedy exact match, with one split rule."""
    from genforge.config import resolve_config
    from genforge.modeldir import load_model_dir
    from genforge.train.pretrain import PretrainConfig, run_pretrain
    from genforge.tune.data import write_jsonl
    from genforge.tune.rl import evaluate_tasks
    from genforge.tune.sft import SFTConfig, run_sft
    from genforge.tune.tasks import arithmetic_tasks

    # A cache of its own: pretrain's data cache would otherwise hand one rule's shards
    # to the other (its key holds the shipped pattern, not the one patched in here).
    os.environ["GENFORGE_CACHE"] = str(root / "cache")
    recipe = Path(__file__).resolve().parents[1] / "recipes" / "demo.yaml"
    t0 = time.perf_counter()
    with split_rule(rule):
        overrides = ["data=stdlib", f"out={root / 'base'}", f"time_budget={pretrain_s}"]
        run_pretrain(resolve_config(PretrainConfig, str(recipe), [*overrides, "preset=small"]))
    data = write_jsonl(
        root / "arith.jsonl",
        [
            {"messages": [{"role": "user", "content": t.prompt},
                          {"role": "assistant", "content": t.answer}]}
            for t in arithmetic_tasks(6000, split="train")
        ],
    )  # fmt: skip
    run_sft(
        SFTConfig(model=str(root / "base"), out=str(root / "sft"), data=str(data),
                  time_budget=None, max_steps=sft_steps, batch_size=16, seq_len=128, lr=2e-3,
                  device="cpu", compare_base=False, eval_prompts=0, progress=False)
    )  # fmt: skip
    sft = load_model_dir(root / "sft")
    scores = evaluate_tasks(
        sft.model, sft.tokenizer, arithmetic_tasks(300, split="test"), max_new_tokens=8
    )
    return {
        "rule": rule,
        "heldout_exact_match": round(scores["accuracy"], 4),
        "sft_steps": sft_steps,
        "seconds": round(time.perf_counter() - t0, 1),
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--arithmetic", action="store_true", help="also run the SFT comparison")
    ap.add_argument("--pretrain-s", type=float, default=240.0, help="pretraining budget (240)")
    ap.add_argument("--sft-steps", type=int, default=2309, help="arithmetic SFT steps (2309)")
    ap.add_argument("--out", help="also write the JSON line here")
    args = ap.parse_args()
    result: dict[str, Any] = {
        "benchmark": "digit_tokens",
        "bytes_per_token": bytes_per_token_rows(),
    }
    if args.arithmetic:
        with tempfile.TemporaryDirectory(prefix="digit_tokens-") as tmp:
            result["arithmetic"] = [
                arithmetic_row(rule, Path(tmp) / rule, args.pretrain_s, args.sft_steps)
                for rule in ("single", "runs")
            ]
    print_result(result, args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
