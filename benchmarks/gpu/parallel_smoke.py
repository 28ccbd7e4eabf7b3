"""FSDP2 at world size 1 and activation checkpointing on one device: peak memory and speed.

Trains the same model from the same seed on the same batches four ways (plain, plain with
activation checkpointing, FSDP2 in a one-rank group, FSDP2 with checkpointing) and prints one
JSON line: per way, the peak device memory (CUDA ``max_memory_allocated``; on CPU the bytes
autograd saved for backward in one step, the part checkpointing shrinks), tokens/s, and the
largest loss difference from the plain run (the layouts must train the same model).

GPU (one H200, ~1 minute; the default is the GPT-2 124M shape, bf16 autocast):

    PYTHONPATH=src python benchmarks/gpu/parallel_smoke.py

CPU at a toy size (what the test runs):

    PYTHONPATH=src python benchmarks/gpu/parallel_smoke.py --toy
"""

from __future__ import annotations

import argparse
import json
import time

import torch
import torch.distributed as dist

from genforge.models.gpt import GPT, config_from_preset
from genforge.train.distributed import DistInfo
from genforge.train.loop import autocast_context
from genforge.train.optim import OptimizerConfig, build_optimizer
from genforge.train.parallel import (
    ParallelConfig,
    clip_grad_norm,
    init_single_process_group,
    parallelize,
)

WAYS = {
    "plain": ParallelConfig("ddp"),
    "plain+ac": ParallelConfig("ddp", activation_checkpointing=True),
    "fsdp": ParallelConfig("fsdp"),
    "fsdp+ac": ParallelConfig("fsdp", activation_checkpointing=True),
}


def run_way(args, way: ParallelConfig, device: torch.device, dtype: torch.dtype) -> dict:
    torch.manual_seed(0)
    cfg = config_from_preset(args.preset, args.vocab, block_size=args.seq_len)
    model = GPT(cfg).to(device)
    model, _ = parallelize(model, way, DistInfo(), device, dtype)
    opt = build_optimizer(model, OptimizerConfig(name="adamw", lr=1e-3))
    gen = torch.Generator().manual_seed(1)
    data = torch.randint(0, args.vocab, (args.steps, args.batch, args.seq_len + 1), generator=gen)
    losses, saved_bytes = [], 0
    if device.type == "cuda":
        torch.cuda.synchronize()
        torch.cuda.reset_peak_memory_stats()
    t0 = time.perf_counter()
    for step in range(args.steps):
        if step == args.warmup:  # allocations, kernel selection: not timed
            if device.type == "cuda":
                torch.cuda.synchronize()
            t0 = time.perf_counter()
        x = data[step, :, :-1].to(device)
        y = data[step, :, 1:].to(device)
        sizes: list[int] = []

        def pack(t, sizes=sizes):
            sizes.append(t.numel() * t.element_size())
            return t

        with torch.autograd.graph.saved_tensors_hooks(pack, lambda t: t):
            with autocast_context(device, dtype):
                _, loss = model(x, y)
        saved_bytes = max(saved_bytes, sum(sizes))
        loss.backward()
        clip_grad_norm([p for p in model.parameters()], 1.0)
        opt.step()
        opt.zero_grad(set_to_none=True)
        losses.append(float(loss.detach()))
    if device.type == "cuda":
        torch.cuda.synchronize()
    seconds = time.perf_counter() - t0
    timed = args.steps - args.warmup
    out = {
        "tokens_per_s": round(timed * args.batch * args.seq_len / seconds, 1),
        "saved_for_backward_mib": round(saved_bytes / 2**20, 1),
        "losses": [round(v, 5) for v in losses],
    }
    if device.type == "cuda":
        out["peak_mib"] = round(torch.cuda.max_memory_allocated() / 2**20, 1)
    del model, opt
    if device.type == "cuda":
        torch.cuda.empty_cache()
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--preset", default="gpt2-124m")
    ap.add_argument("--vocab", type=int, default=32768)
    ap.add_argument("--seq-len", type=int, default=1024)
    ap.add_argument("--batch", type=int, default=16)
    ap.add_argument("--steps", type=int, default=12)
    ap.add_argument("--warmup", type=int, default=2)
    ap.add_argument("--toy", action="store_true", help="tiny model on the CPU, for the tests")
    args = ap.parse_args()
    if args.toy:
        args.preset, args.vocab, args.seq_len, args.batch, args.steps = "tiny", 512, 64, 4, 4
    device = torch.device("cuda" if torch.cuda.is_available() and not args.toy else "cpu")
    dtype = torch.bfloat16 if device.type == "cuda" else torch.float32
    init_single_process_group(device)
    try:
        results = {name: run_way(args, way, device, dtype) for name, way in WAYS.items()}
    finally:
        dist.destroy_process_group()
    plain = results["plain"]["losses"]
    for r in results.values():
        r["max_loss_diff_vs_plain"] = max(abs(a - b) for a, b in zip(r["losses"], plain))
    key = "peak_mib" if device.type == "cuda" else "saved_for_backward_mib"
    summary = {
        "device": torch.cuda.get_device_name() if device.type == "cuda" else "cpu",
        "torch": torch.__version__,
        "shape": {k: getattr(args, k) for k in ("preset", "vocab", "seq_len", "batch", "steps")},
        "dtype": str(dtype).replace("torch.", ""),
        "ways": results,
        "checkpointing_memory_ratio": round(
            results["plain+ac"][key] / max(results["plain"][key], 1e-9), 3
        ),
    }
    print(json.dumps(summary, sort_keys=True))


if __name__ == "__main__":
    main()
