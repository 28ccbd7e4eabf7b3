"""`genforge mlm pretrain`: masked-language-model pretraining of a bidirectional encoder."""

from __future__ import annotations

import argparse
import sys

from genforge.commands import emit
from genforge.commands.settings import add_config_flags, config_from

FLAGS = {
    "data": "training text (default: stdlib)",
    "out": "encoder model dir to write",
    "time_budget": "seconds (60)",
    "max_steps": "stop after N steps instead",
    "preset": "encoder shape: a GPT preset (tiny)",
    "seq_len": "window length in tokens (128)",
    "batch_size": "windows per step (16)",
    "lr": "peak learning rate (1e-2)",
    "optimizer": "muon (hidden matrices; AdamW for the rest) or adamw (muon)",
    "vocab_size": "BPE vocabulary when training a tokenizer (2048)",
    "seed": "random seed (0)",
    "threads": "CPU threads (default: 1 or all, the faster measured)",
    "device": "auto|cpu|cuda|mps (auto)",
    "resume": "continue from OUT/run; raise --max-steps or the budget",
    "progress": "progress bar (on; --no-progress hides it)",
}


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "mlm",
        help="masked-language-model encoder (pretrain)",
        description="Masked language modeling with a bidirectional Transformer encoder. "
        "Subcommands: pretrain.",
    )
    msub = p.add_subparsers(dest="mlm_command", metavar="MLM", required=True)
    t = msub.add_parser(
        "pretrain",
        help="pretrain an encoder with BERT-style masking",
        description="Pretrain a bidirectional encoder (the GPT's blocks without the causal "
        "mask) with masked language modeling: 15%% of tokens selected, 80/10/10 "
        "[MASK]/random/kept. Reads --data like `genforge pretrain` (text, 'stdlib', a "
        "dataset dir or prepared shards; cached). Writes --out: config.json, "
        "model.safetensors, tokenizer.json, mlm_metrics.json and run/ (metrics.jsonl, "
        "loss.png, checkpoint). Reports masked-token accuracy on held-out windows next to "
        "the unigram baseline (always guessing the most frequent token).",
    )
    add_config_flags(t, "genforge.train.mlm:MLMConfig", FLAGS)
    t.add_argument("--json", action="store_true", help="print one JSON line")
    t.set_defaults(func=run_pretrain)


def run_pretrain(args: argparse.Namespace) -> int:
    from genforge.train.mlm import pretrain_mlm

    # An explicit step count alone is the only limit; the default budget would cut it short.
    steps_only = args.max_steps is not None and args.time_budget is None
    cfg = config_from(args, time_budget="null" if steps_only else None)
    summary = pretrain_mlm(cfg, say=lambda m: print(m, file=sys.stderr, flush=True))
    emit(summary, args.json)
    return 0
