"""``genforge pretrain``: train a GPT from text (or prepared shards) into a model dir."""

from __future__ import annotations

import argparse

from genforge.commands import add_mlflow_flag, emit, log_mlflow
from genforge.commands.settings import add_config_flags, config_from

CONFIG = "genforge.train.pretrain:PretrainConfig"
FLAGS = {
    "data": "text files/folder/glob/'stdlib', dataset dir, or shards",
    "out": "model dir to write",
    "preset": "model preset (tiny, small, demo, medium, gpt2-124m, ...)",
    "tokenizer": "use this tokenizer (a dir from `genforge tokenizer train`) as is",
    "time_budget": "wall-clock seconds for the whole command",
    "max_steps": "optimizer steps to train",
    "run_dir": "training state folder (default OUT/run)",
    "device": "auto (default), cpu, cuda, cuda:N, mps",
    "resume": "continue from the run's checkpoint",
    "progress": "progress bar (on; --no-progress hides it)",
}


def register(subparsers) -> None:
    p = subparsers.add_parser(
        "pretrain",
        help="pretrain a GPT on text and write a model dir",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        description=(
            "Pretrain a GPT language model.\n\n"
            "Reads --data: raw text (files, folders, globs, .jsonl/.parquet, or 'stdlib'),\n"
            "a dataset dir from `genforge data`, or prepared token shards. Raw text and\n"
            "dataset dirs are cleaned, a BPE tokenizer is trained (vocab_size, default 2048)\n"
            "and the text is tokenized once; the result is cached under $GENFORGE_CACHE\n"
            "(default ~/.cache/genforge) keyed by the inputs' hash, so a second run skips it.\n\n"
            "Writes --out as a model dir (config.json, model.safetensors, tokenizer.json,\n"
            "generation_config.json, card.md) and OUT/run/ (or --run-dir) with config.json,\n"
            "metrics.jsonl, loss.png and checkpoint/ for --resume.\n\n"
            "Model size: --preset NAME, explicit fields (n_layer=..., n_embd=...), or neither:\n"
            "then candidates (auto_candidates; auto_candidates_gpu on CUDA) are timed for\n"
            "~1 s each and the one a fitted scaling law (size_rule=law, docs/scaling.md)\n"
            "predicts best for the budget is trained; on CUDA the micro-batch and context\n"
            "are chosen for the device too (device_batch=true).\n\n"
            "Stops at --time-budget seconds of wall time (data prep + sizing + training + evals;\n"
            "the decay of the LR schedule lands there) or --max-steps.\n"
            "Defaults: batch_size 8, seq_len 256,\n"
            "Muon for hidden matrices + AdamW for the rest (optimizer=adamw for AdamW only),\n"
            "lr 1e-2 with 20 warmup steps, held, then linear decay to 0 over the last 60%\n"
            "(schedule=wsd), output projections zero-initialised, LM head untied,\n"
            "input embedding at 5x the AdamW lr (embed_lr_scale=5),\n"
            "device auto (CUDA, MPS, CPU), bf16 autocast on CUDA and fp32 on CPU.\n\n"
            "Multi-GPU / multi-process: torchrun --nproc_per_node N $(which genforge) "
            "pretrain ...\n"
            "  with parallel=ddp (default), fsdp, tp, fsdp+tp or pp, and optionally\n"
            "  activation_checkpointing=true, cpu_offload=true (docs/distributed.md).\n\n"
            "Any PretrainConfig field can be set as key=value anywhere after the command, e.g.\n"
            "  genforge pretrain --data stdlib --out m --time-budget 300 lr=2e-3 seq_len=128"
        ),
    )
    add_config_flags(p, CONFIG, FLAGS, recipe=True)
    p.add_argument("--json", action="store_true", help="print the summary as one JSON line")
    add_mlflow_flag(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from genforge.train.distributed import env_dist_info
    from genforge.train.pretrain import run_pretrain

    cfg = config_from(args)
    summary = run_pretrain(cfg, recipe=args.recipe)
    if env_dist_info().is_main:
        emit(summary, args.json)
        log_mlflow(args, summary)
    return 0
