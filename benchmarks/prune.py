"""Pruning figures: held-out bits per byte against sparsity for unstructured (magnitude),
semi-structured (2:4) and structured (MLP neurons, attention heads) pruning, the
structured variants' measured speed-up, and a recovery fine-tune, on the demo-size model of
benchmarks/quantize.py (or ``--base DIR``).

Held-out text is the same as benchmarks/quantize.py's (PyTorch's nn.modules sources).
Speed: the forward time of a (8, 256) batch and single-stream greedy decode tok/s, best of
3 (decode: 5), one thread, against the float model.

Recovery (``--recover-steps N``, through ``genforge.compress.prune.recover``, the one
training loop): the neuron-pruned (50%) and head-pruned (2 of 3 query heads per group)
models fine-tuned N steps on the stdlib corpus, and — the control, since the base model
is barely trained and any further training helps it — the unpruned float model
fine-tuned the same N steps on the same data. Reported: held-out bpb before pruning,
after pruning, after recovery, and the control's.
Writes docs/img/compress/prune_bpb.png.

    .venv/bin/python benchmarks/prune.py [--steps 60] [--base DIR] [--recover-steps 40]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SWEEP = {
    "magnitude": [0.1, 0.3, 0.5, 0.7],
    "2:4": [0.5],
    "neurons": [0.25, 0.5, 0.75],
    # demo preset: 6 query heads in 2 key/value groups of 3: keep 2 or 1 of each group
    "heads": [0.333, 0.667],
}
RECOVER = [("neurons", 0.5), ("heads", 0.667)]
PLOT = Path(__file__).resolve().parents[1] / "docs/img/compress/prune_bpb.png"


def forward_ms(model, block: int) -> float:
    import torch

    ids = torch.randint(0, model.config.vocab_size, (8, block))
    best = float("inf")
    with torch.inference_mode():
        for _ in range(3):
            t0 = time.perf_counter()
            model(ids)
            best = min(best, time.perf_counter() - t0)
    return round(1000 * best, 1)


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--steps", type=int, default=60, help="demo pretraining steps")
    p.add_argument("--base", help="float model dir instead of training")
    p.add_argument("--out", help="also write the JSON line here")
    p.add_argument("--plot", default=str(PLOT))
    p.add_argument("--recover-steps", type=int, default=40, help="0 skips recovery")
    p.add_argument("--recover-batch", type=int, default=8)
    p.add_argument("--recover-seq-len", type=int, default=128)
    args = p.parse_args()
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    import torch

    from _output import print_result, save_figure
    from genforge.compress.prune import prune_model_dir, recover
    from genforge.eval.bpb import bits_per_byte
    from genforge.modeldir import load_model_dir
    from quantize import base_model_dir, decode_tok_s, held_out_texts

    base = Path(args.base) if args.base else base_model_dir("demo", args.steps)
    torch.set_num_threads(1)
    texts = held_out_texts()

    def held_out_bpb(m, tok) -> float:
        bpb = bits_per_byte(m, tok.encode, texts, seq_len=m.config.block_size, bos_id=tok.bos_id)
        return round(bpb.bpb, 4)

    def recovered(path: Path) -> dict:
        loaded = load_model_dir(path)
        fig = recover(
            loaded.model,
            loaded.tokenizer,
            steps=args.recover_steps,
            batch_size=args.recover_batch,
            seq_len=args.recover_seq_len,
        )
        return {"bpb": held_out_bpb(loaded.model, loaded.tokenizer), **fig}

    def score(path: Path) -> dict:
        loaded = load_model_dir(path)
        tok, m = loaded.tokenizer, loaded.model
        bpb = bits_per_byte(m, tok.encode, texts, seq_len=m.config.block_size, bos_id=tok.bos_id)
        return {
            "bpb": round(bpb.bpb, 4),
            "params": m.num_params(),
            "forward_ms": forward_ms(m, m.config.block_size),
            "decode_tok_s": decode_tok_s([m], tok)[0],
        }

    fp = score(base)
    fp_model = load_model_dir(base).model
    rows, recovery = [], {}
    with tempfile.TemporaryDirectory(prefix="genforge-prune-") as work:
        for method, sparsities in SWEEP.items():
            for s in sparsities:
                out = Path(work) / f"{method.replace(':', '_')}-{s}"
                summary = prune_model_dir(base, out, method, s)
                row = {"method": method, "sparsity": s, **score(out)}
                row["bpb_change_pct"] = round(100 * (row["bpb"] / fp["bpb"] - 1), 2)
                row["forward_speedup"] = round(fp["forward_ms"] / row["forward_ms"], 3)
                # decode timed in alternation with the float model (load hits both alike)
                tok = load_model_dir(out).tokenizer
                q_tok_s, fp_tok_s = decode_tok_s([load_model_dir(out).model, fp_model], tok)
                row["decode_speedup"] = round(q_tok_s / fp_tok_s, 3)
                if method == "heads":
                    row["n_head"] = summary["n_head"]
                rows.append(row)
        if args.recover_steps:
            recovery["float_control"] = {"before": fp["bpb"], **recovered(base)}
            for method, s in RECOVER:
                out = Path(work) / f"{method}-{s}"
                pruned = next(r for r in rows if (r["method"], r["sparsity"]) == (method, s))
                recovery[f"{method}-{s}"] = {
                    "before_prune": fp["bpb"],
                    "after_prune": pruned["bpb"],
                    **recovered(out),
                }
    fig, ax = plt.subplots(figsize=(6, 4))
    for method in SWEEP:
        pts = [(r["sparsity"], r["bpb"]) for r in rows if r["method"] == method]
        ax.plot(*zip(*pts), marker="o", label=method)
    ax.axhline(fp["bpb"], color="gray", linestyle="--", label="float (unpruned)")
    ax.set_xlabel("sparsity (fraction of block weights / MLP units / heads removed)")
    ax.set_ylabel("held-out bits per byte")
    ax.set_title(f"Pruning {base.name} (no recovery fine-tune)")
    ax.legend()
    save_figure(fig, args.plot)
    print_result(
        {
            "benchmark": "prune",
            "model": str(base),
            "float": fp,
            "rows": rows,
            "recovery": recovery,
            "plot": str(args.plot),
        },
        args.out,
    )


if __name__ == "__main__":
    main()
