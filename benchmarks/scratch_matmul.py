"""Blocked matrix multiplication from scratch vs NumPy's BLAS-backed ``@``.

Ours: ``genforge.scratch.linalg.matmul_blocked`` (tiles of ``block`` x ``block``; each tile
product is a broadcast multiply and a sum, no BLAS). Peer: ``A @ B`` (OpenBLAS/MKL dgemm),
timed on the same matrices in the same run, once with BLAS limited to one thread (same
hardware as ours) and once with its default thread count.

Prints one JSON line: sizes, best-of-``repeats`` seconds for each side, GFLOP/s, and
``ratio`` = ours / numpy (single thread), plus a block-size sweep at the largest size.
Also writes docs/img/foundations/matmul_blocks.png unless --no-plot.
"""

from __future__ import annotations

import argparse
import json
import time

import numpy as np
from threadpoolctl import threadpool_limits

from _output import FIGURES, save_figure
from genforge.scratch.linalg import matmul_blocked


def best_time(fn, repeats: int) -> float:
    best = float("inf")
    for _ in range(repeats):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[128, 256, 512])
    ap.add_argument("--block", type=int, default=64)
    ap.add_argument("--blocks", type=int, nargs="+", default=[8, 16, 32, 64, 128])
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--no-plot", action="store_true")
    args = ap.parse_args()

    rng = np.random.default_rng(0)
    rows = []
    for n in args.sizes:
        A, B = rng.standard_normal((n, n)), rng.standard_normal((n, n))
        err = float(np.abs(matmul_blocked(A, B, args.block) - A @ B).max())
        flops = 2.0 * n**3
        with threadpool_limits(limits=1):
            ours = best_time(lambda A=A, B=B: matmul_blocked(A, B, args.block), args.repeats)
            numpy_1 = best_time(lambda A=A, B=B: A @ B, max(args.repeats, 5))
        numpy_mt = best_time(lambda A=A, B=B: A @ B, max(args.repeats, 5))
        rows.append(
            {
                "n": n,
                "ours_s": ours,
                "numpy_1thread_s": numpy_1,
                "numpy_default_threads_s": numpy_mt,
                "ours_gflops": flops / ours / 1e9,
                "numpy_1thread_gflops": flops / numpy_1 / 1e9,
                "ratio": ours / numpy_1,
                "max_abs_err": err,
            }
        )

    n = args.sizes[-1]
    A, B = rng.standard_normal((n, n)), rng.standard_normal((n, n))
    sweep = []
    with threadpool_limits(limits=1):
        for b in args.blocks:
            sweep.append({"block": b, "ours_s": best_time(lambda b=b: matmul_blocked(A, B, b), 1)})

    result = {
        "benchmark": "scratch_matmul",
        "block": args.block,
        "sizes": rows,
        "block_sweep_n": n,
        "block_sweep": sweep,
    }
    print(json.dumps(result))

    if not args.no_plot:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt

        fig, ax = plt.subplots(1, 2, figsize=(8, 3.2))
        ns = [r["n"] for r in rows]
        ax[0].loglog(ns, [r["ours_gflops"] for r in rows], "o-", label="scratch blocked")
        ax[0].loglog(
            ns, [r["numpy_1thread_gflops"] for r in rows], "s-", label="NumPy @ (1 thread)"
        )
        ax[0].set_xlabel("n (n x n matrices)")
        ax[0].set_ylabel("GFLOP/s")
        ax[0].legend(fontsize=8)
        ax[0].set_title("throughput")
        ax[1].semilogx([s["block"] for s in sweep], [s["ours_s"] for s in sweep], "o-", base=2)
        ax[1].set_xlabel("block size")
        ax[1].set_ylabel("seconds")
        ax[1].set_title(f"scratch, n={n}")
        save_figure(fig, FIGURES / "matmul_blocks.png")


if __name__ == "__main__":
    main()
