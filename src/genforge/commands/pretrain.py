"""``genforge pretrain``: train a GPT from text (or prepared shards) into a model dir."""

from __future__ import annotations

import argparse

from genforge.commands import emit


class IntermixedParser(argparse.ArgumentParser):
    """Lets ``key=value`` overrides sit anywhere among the flags (plain argparse only
    accepts one run of positionals, so ``a=1 --json b=2`` would fail)."""

    _intermixing = False

    def parse_known_args(self, args=None, namespace=None):
        if self._intermixing:  # argparse's intermixed parser calls back in here
            return super().parse_known_args(args, namespace)
        self._intermixing = True
        try:
            return self.parse_known_intermixed_args(args, namespace)
        finally:
            self._intermixing = False


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
            "then candidates (auto_candidates) are timed for ~1 s each and the largest whose\n"
            "time budget buys >= tokens_per_param (20) tokens per parameter is trained.\n\n"
            "Stops at --time-budget seconds of wall time (data prep + sizing + training + evals;\n"
            "the decay of the LR schedule lands there) or --max-steps.\n"
            "Defaults: batch_size 8, seq_len 256,\n"
            "Muon for hidden matrices + AdamW for the rest (optimizer=adamw for AdamW only),\n"
            "lr 1e-2 cosine to 0.1x with 20 warmup steps,\n"
            "device auto (CUDA, MPS, CPU), bf16 autocast on CUDA and fp32 on CPU.\n\n"
            "Multi-GPU / multi-process: torchrun --nproc_per_node N $(which genforge) "
            "pretrain ...\n\n"
            "Any PretrainConfig field can be set as key=value after the flags, e.g.\n"
            "  genforge pretrain --data stdlib --out m --time-budget 300 lr=2e-3 seq_len=128"
        ),
    )
    p.add_argument("--data", help="text files/folder/glob/'stdlib', dataset dir, or shards")
    p.add_argument("--out", help="model dir to write")
    p.add_argument("--recipe", help="YAML recipe (e.g. recipes/demo.yaml); overrides win")
    p.add_argument("--preset", help="model preset (tiny, small, demo, medium, gpt2-124m, ...)")
    p.add_argument("--time-budget", type=float, help="wall-clock seconds for the whole command")
    p.add_argument("--max-steps", type=int, help="optimizer steps to train")
    p.add_argument("--run-dir", help="training state folder (default OUT/run)")
    p.add_argument("--device", help="auto (default), cpu, cuda, cuda:N, mps")
    p.add_argument("--resume", action="store_true", help="continue from the run's checkpoint")
    p.add_argument("--no-progress", action="store_true", help="no progress bar")
    p.add_argument("--json", action="store_true", help="print the summary as one JSON line")
    p.add_argument("overrides", nargs="*", metavar="key=value", help="PretrainConfig fields")
    p.__class__ = IntermixedParser
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from genforge.config import resolve_config
    from genforge.train.distributed import env_dist_info
    from genforge.train.pretrain import PretrainConfig, run_pretrain

    overrides: list[str] = list(args.overrides or [])
    flags = {
        "data": args.data,
        "out": args.out,
        "preset": args.preset,
        "time_budget": args.time_budget,
        "max_steps": args.max_steps,
        "run_dir": args.run_dir,
        "device": args.device,
    }
    overrides += [f"{k}={v}" for k, v in flags.items() if v is not None]
    if args.resume:
        overrides.append("resume=true")
    if args.no_progress:
        overrides.append("progress=false")
    cfg = resolve_config(PretrainConfig, args.recipe, overrides)
    summary = run_pretrain(cfg, recipe=args.recipe)
    if env_dist_info().is_main:
        emit(summary, args.json)
    return 0
