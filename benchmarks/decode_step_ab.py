"""A/B of the CPU decode step's two layout choices, in one process, alternating rounds.

``DecodeStep`` on a CPU (a) multiplies by contiguous (in, out) copies of the float
weights rather than the model's (out, in) weights, and (b) from 3 rows on computes
attention with plain matmuls + softmax (``_attend_grouped``) rather than SDPA's
flash-attention kernel. Both choices depend on the CPU's BLAS and on the model's shape, so
this script measures them on the machine at hand: for each batch size it times steps of
the four variants (views or copies x SDPA or written-out attention) in interleaved
rounds over the same random-init model and KV pool (rows at different lengths), and prints
one JSON line with the median ms per step of each and the ratios to the old default
(views + SDPA). Also checks that all four give the same logits.

    .venv/bin/python benchmarks/decode_step_ab.py [--preset demo] [--threads 1]
"""

from __future__ import annotations

import argparse
import platform
import statistics
import time

import torch

from _output import print_result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--preset", default="demo", help="model preset (demo)")
    ap.add_argument("--vocab", type=int, default=4096, help="vocabulary size (4096)")
    ap.add_argument("--batches", default="1,4,8,16", help="rows per step (1,4,8,16)")
    ap.add_argument("--cached", type=int, default=96, help="mean cached positions a row (96)")
    ap.add_argument("--rounds", type=int, default=7, help="interleaved rounds (7)")
    ap.add_argument("--steps", type=int, default=50, help="steps a round (50)")
    ap.add_argument("--threads", type=int, default=1, help="torch threads (1)")
    ap.add_argument("--out", default=None, help="also write the JSON here")
    args = ap.parse_args()

    import genforge.infer.decode_step as ds
    from genforge.models.gpt import GPT, config_from_preset
    from genforge.nn.kv_cache import SlotKVCache

    torch.set_num_threads(args.threads)
    torch.manual_seed(0)
    model = GPT(config_from_preset(args.preset, vocab_size=args.vocab)).eval()
    cfg = model.config
    copies = ds.DecodeStep(model)
    budget, ds.CPU_COPY_BUDGET = ds.CPU_COPY_BUDGET, -1
    views = ds.DecodeStep(model)
    ds.CPU_COPY_BUDGET = budget
    variants = {}
    for layout, step in (("views", views), ("copies", copies)):
        for attn in ("sdpa", "grouped"):
            variants[f"{layout}+{attn}"] = (step, attn == "grouped")
    batches = [int(b) for b in args.batches.split(",")]
    top = max(batches)
    span = max(1, args.cached // 2)
    lengths = [args.cached - span + (2 * span * j) // top for j in range(top)]
    max_len = max(lengths) + args.steps + 2
    pool = SlotKVCache.for_model(model, top, max_len=min(max_len, cfg.block_size))
    with torch.inference_mode():
        for k in pool.k + pool.v:
            k.normal_()

    def run(name: str, B: int, n: int) -> torch.Tensor:
        step, grouped = variants[name]
        step.grouped_attention = grouped
        pool.lengths[:B] = lengths[:B]
        toks = [(7 * j) % args.vocab for j in range(B)]
        for _ in range(n):
            out = step.step(toks, pool, 0, B)
        return out

    results = {}
    for B in batches:
        ref = run("views+sdpa", B, 1).clone()
        diff = max(float((run(v, B, 1) - ref).abs().max()) for v in variants)
        times: dict[str, list[float]] = {v: [] for v in variants}
        for _ in range(args.rounds):
            for v in variants:
                t0 = time.perf_counter()
                run(v, B, args.steps)
                times[v].append((time.perf_counter() - t0) / args.steps * 1e3)
        med = {v: round(statistics.median(t), 4) for v, t in times.items()}
        base = med["views+sdpa"]
        results[str(B)] = {
            "ms_per_step": med,
            "speedup_vs_views_sdpa": {v: round(base / m, 3) for v, m in med.items()},
            "max_logit_diff": diff,
        }
    print_result(
        {
            "benchmark": "decode_step_ab",
            "preset": args.preset,
            "vocab": args.vocab,
            "threads": args.threads,
            "cached_positions_mean": args.cached,
            "cpu": platform.processor() or platform.machine(),
            "batches": results,
        },
        args.out,
    )


if __name__ == "__main__":
    main()
