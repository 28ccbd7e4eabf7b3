"""``genforge distill``: knowledge distillation of a teacher model dir into a smaller student."""

from __future__ import annotations

import argparse

from genforge.commands import emit, flag_overrides


def register(subparsers) -> None:
    p = subparsers.add_parser(
        "distill",
        help="distill a teacher model into a smaller student (KD vs a no-KD baseline)",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        description=(
            "Train a smaller student GPT on a teacher's temperature-softened predictions.\n\n"
            "  genforge distill --teacher DIR (--student-preset P | --student DIR)\n"
            "                   --data stdlib|TEXT --out DIR [--alpha 0.9] [--temperature 1]\n"
            "                   [--reverse-kl] [--teacher-cache] [--max-steps N] [--json]\n"
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
            "teacher_topk.safetensors.\n\n"
            "Defaults: student preset tiny with the teacher's tokenizer, alpha 0.9,\n"
            "temperature 1, forward KL, on the fly, 300 steps of 16 x 128 tokens, AdamW lr\n"
            "1e-2 cosine, top_k 32 and 512 windows when caching, cpu."
        ),
    )
    p.add_argument("--teacher", help="teacher model dir")
    p.add_argument("--student-preset", help="fresh student of this preset (default tiny)")
    p.add_argument("--student", help="or an existing student model dir (same tokenizer)")
    p.add_argument("--data", help="training text: 'stdlib' (default), files, folder, glob")
    p.add_argument("--out", help="student model dir to write")
    p.add_argument("--alpha", type=float, help="weight of the KL term (0.9)")
    p.add_argument("--temperature", type=float, help="softening temperature T (1)")
    p.add_argument("--reverse-kl", action="store_true", help="KL(student || teacher)")
    p.add_argument("--teacher-cache", action="store_true", help="cache top-k teacher logits")
    p.add_argument("--max-steps", type=int, help="optimizer steps for each student (300)")
    p.add_argument("--device", help="cpu (default), cuda, auto")
    p.add_argument("--json", action="store_true", help="print the figures as one JSON line")
    p.add_argument("overrides", nargs="*", metavar="key=value", help="DistillConfig fields")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from genforge.config import resolve_config
    from genforge.tune.distill import DistillConfig, run_distill

    flags = {
        "teacher": args.teacher,
        "student_preset": args.student_preset,
        "student": args.student,
        "data": args.data,
        "out": args.out,
        "alpha": args.alpha,
        "temperature": args.temperature,
        "max_steps": args.max_steps,
        "device": args.device,
    }
    overrides = flag_overrides(flags)
    if args.reverse_kl:
        overrides.append("reverse_kl=true")
    if args.teacher_cache:
        overrides.append("teacher_cache=true")
    cfg = resolve_config(DistillConfig, None, overrides + list(args.overrides))
    say = None if args.json else (lambda m: print(m, flush=True))
    emit(run_distill(cfg, log=say), args.json)
    return 0
