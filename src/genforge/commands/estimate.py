"""`genforge estimate`: parameters, FLOPs, memory per GPU, time and cost of a training run."""

from __future__ import annotations

import argparse
import dataclasses
from pathlib import Path

from genforge.commands import emit


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "estimate",
        help="memory, FLOPs, time and cost of training a model (no training)",
        description="Estimate a GPT training run from its shape alone: parameters, training "
        "FLOPs per token (6N plus attention), bytes per device for weights, gradients, "
        "optimizer states and activations under DDP and FSDP (sharded over --world-size), "
        "with and without per-block activation checkpointing, and, with --tokens, the wall "
        "time and cost at --mfu of the device's datasheet peak. Reads a preset name or a "
        "config (a model dir, its config.json, or a run dir's config.json); writes nothing. "
        "The memory model is documented in docs/pretrain.md and checked against measured "
        "peaks.",
    )
    src = p.add_mutually_exclusive_group(required=True)
    src.add_argument("--preset", help="a model preset (genforge.models.gpt.PRESETS)")
    src.add_argument("--config", help="a model dir, its config.json, or a run dir's config.json")
    p.add_argument(
        "--vocab-size", type=int, default=50257, help="vocabulary for --preset (50257, GPT-2's)"
    )
    p.add_argument("--gpu", default="H100", help="H100|H200|A100|CPU (H100): peak FLOP/s, memory")
    p.add_argument("--world-size", type=int, default=1, help="devices (1); FSDP shards over them")
    p.add_argument("--micro-batch", type=int, default=8, help="sequences per device step (8)")
    p.add_argument("--seq-len", type=int, help="tokens per sequence (default: the block size)")
    p.add_argument("--dtype", choices=["bf16", "fp32"], help="compute dtype (bf16; fp32 on CPU)")
    p.add_argument("--optimizer", choices=["adamw", "muon"], default="adamw", help="(adamw)")
    p.add_argument("--tokens", type=float, help="training tokens, for FLOPs, time and cost")
    p.add_argument("--mfu", type=float, help="model FLOPs utilization for the time (0.4)")
    p.add_argument("--peak-flops", type=float, help="peak FLOP/s per device (default: datasheet)")
    p.add_argument("--price-per-hour", type=float, help="price of one device-hour, for the cost")
    p.add_argument("--json", action="store_true", help="print one JSON line")
    p.set_defaults(func=run)


def load_model_config(args: argparse.Namespace):
    """The GPTConfig named by --preset or --config."""
    from genforge.errors import GenforgeError
    from genforge.io import read_json
    from genforge.models.gpt import GPTConfig, config_from_preset

    if args.preset:
        return config_from_preset(args.preset, args.vocab_size)
    path = Path(args.config).expanduser()
    raw = read_json(path / "config.json" if path.is_dir() else path, "model config")
    if isinstance(raw, dict) and isinstance(raw.get("model"), dict) and "config" in raw["model"]:
        raw = raw["model"]["config"]  # a pretrain run dir's config.json
    if not isinstance(raw, dict):
        raise GenforgeError(f"{path} must hold a JSON object of model fields")
    fields = {f.name for f in dataclasses.fields(GPTConfig)}
    return GPTConfig.from_dict({k: v for k, v in raw.items() if k in fields})


def run(args: argparse.Namespace) -> int:
    from genforge.train.estimate import estimate_training, format_estimate

    model_cfg = load_model_config(args)
    dtype = args.dtype or ("fp32" if args.gpu.upper() == "CPU" else "bf16")
    est = estimate_training(
        model_cfg,
        micro_batch=args.micro_batch,
        seq_len=args.seq_len,
        dtype=dtype,
        optimizer=args.optimizer,
        world_size=args.world_size,
        gpu=args.gpu,
        tokens=args.tokens,
        mfu=args.mfu,
        peak_flops=args.peak_flops,
        price_per_hour=args.price_per_hour,
    )
    if args.json:
        emit(est.to_dict(), True)
    else:
        print(format_estimate(est))
    return 0
