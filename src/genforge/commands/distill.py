"""``genforge distill``: knowledge distillation of a teacher model dir into a smaller student."""

from __future__ import annotations

import argparse

from genforge.commands import emit
from genforge.commands.settings import add_config_flags, config_from

FLAGS = {
    "teacher": "teacher model dir",
    "student_preset": "fresh student of this preset (default tiny)",
    "student": "or an existing student model dir (same tokenizer)",
    "data": "training text: 'stdlib' (default), files, folder, glob",
    "out": "student model dir to write",
    "alpha": "weight of the KL term (0.9)",
    "temperature": "softening temperature T (1)",
    "reverse_kl": "KL(student || teacher)",
    "teacher_cache": "cache top-k teacher logits",
    "max_steps": "optimizer steps for each student (300)",
    "device": "cpu (default), cuda, auto",
    "resume": "continue the run in --out: an interrupted one, or a finished one with raised limits",
}


def register(subparsers) -> None:
    p = subparsers.add_parser(
        "distill",
        help="distill a teacher model into a smaller student (KD vs a no-KD baseline)",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        description=(
            "Train a smaller student GPT on a teacher's temperature-softened predictions.\n\n"
            "  genforge distill --teacher DIR (--student-preset P | --student DIR)\n"
            "                   --data stdlib|TEXT --out DIR [--alpha 0.9] [--temperature 1]\n"
            "                   [--reverse-kl] [--teacher-cache] [--max-steps N] [--resume]\n"
            "                   [--json]\n"
            "                   [key=value ...]\n\n"
            "Reads the teacher model dir and --data (text: 'stdlib', files, a folder or a\n"
            "glob; one document in ten, by hash, is held out). The loss is\n"
            "alpha * T^2 * KL(teacher_T || student_T) + (1 - alpha) * CE; --reverse-kl uses\n"
            "KL(student_T || teacher_T). Teacher logits are computed on the fly, or with\n"
            "--teacher-cache once for a fixed set of windows and stored as top-k safetensors.\n"
            "Unless baseline=false, the same student (same init, batches and steps) is also\n"
            "trained with CE only, and both are scored on held-out bits per byte.\n\n"
            "Writes --out as the student model dir, with distill_metrics.json (teacher, KD\n"
            "and no-KD held-out bpb), run/metrics.jsonl and, with --teacher-cache,\n"
            "teacher_topk.safetensors. Both students train in .OUT.run beside --out (the\n"
            "no-KD one in its baseline/ folder); Ctrl-C saves a checkpoint there and prints\n"
            "the command that continues it (the same plus --resume).\n\n"
            "Defaults: student preset tiny with the teacher's tokenizer, alpha 0.9,\n"
            "temperature 1, forward KL, on the fly, 300 steps of 16 x 128 tokens, AdamW lr\n"
            "1e-2 cosine, top_k 32 and 512 windows when caching, cpu."
        ),
    )
    add_config_flags(p, "genforge.tune.distill:DistillConfig", FLAGS)
    p.add_argument("--json", action="store_true", help="print the figures as one JSON line")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from genforge.tune.distill import run_distill

    cfg = config_from(args)
    say = None if args.json else (lambda m: print(m, flush=True))
    emit(run_distill(cfg, log=say), args.json)
    return 0
