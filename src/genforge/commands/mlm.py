"""`genforge mlm pretrain`: masked-language-model pretraining of a bidirectional encoder."""

from __future__ import annotations

import argparse
import sys

from genforge.commands import emit


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
    t.add_argument("--data", default="stdlib", help="training text (default: stdlib)")
    t.add_argument("--out", required=True, help="encoder model dir to write")
    t.add_argument("--time-budget", type=float, default=60.0, help="seconds (60)")
    t.add_argument("--max-steps", type=int, default=None, help="stop after N steps instead")
    t.add_argument("--preset", default="tiny", help="encoder shape: a GPT preset (tiny)")
    t.add_argument("--seq-len", type=int, default=128, help="window length in tokens (128)")
    t.add_argument("--batch-size", type=int, default=16, help="windows per step (16)")
    t.add_argument("--lr", type=float, default=1e-2, help="peak learning rate (1e-2)")
    t.add_argument("--optimizer", default="muon", choices=["adamw", "muon"],
                   help="muon (hidden matrices; AdamW for the rest) or adamw (muon)")  # fmt: skip
    t.add_argument("--vocab-size", type=int, default=2048,
                   help="BPE vocabulary when training a tokenizer (2048)")  # fmt: skip
    t.add_argument("--seed", type=int, default=0, help="random seed (0)")
    t.add_argument("--threads", type=int, default=None,
                   help="CPU threads (default: 1 or all, the faster measured)")  # fmt: skip
    t.add_argument("--device", default="auto", help="auto|cpu|cuda|mps (auto)")
    t.add_argument("--resume", action="store_true",
                   help="continue from OUT/run; raise --max-steps or the budget")  # fmt: skip
    t.add_argument("--no-progress", action="store_true", help="no progress bar")
    t.add_argument("--json", action="store_true", help="print one JSON line")
    t.set_defaults(func=run_pretrain)


def run_pretrain(args: argparse.Namespace) -> int:
    from genforge.train.mlm import MLMConfig, pretrain_mlm

    cfg = MLMConfig(
        data=args.data,
        out=args.out,
        preset=args.preset,
        seq_len=args.seq_len,
        batch_size=args.batch_size,
        lr=args.lr,
        optimizer=args.optimizer,
        vocab_size=args.vocab_size,
        time_budget=None if args.max_steps else args.time_budget,
        max_steps=args.max_steps,
        seed=args.seed,
        threads=args.threads,
        resume=args.resume,
        device=args.device,
        progress=not args.no_progress,
    )
    summary = pretrain_mlm(cfg, say=lambda m: print(m, file=sys.stderr, flush=True))
    emit(summary, args.json)
    return 0
