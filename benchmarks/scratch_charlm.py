"""Train the scratch character-level LM and report its loss against the unigram baseline.

Ours: ``genforge.scratch.charlm.train_charlm`` (NumPy autograd + AdamW) on a slice of the
Python standard library. Peer: the unigram entropy of the same text, the loss of the best
model that ignores context. Prints one JSON line (losses in nats and bits per character,
training seconds, a sample) and writes docs/img/foundations/charlm_loss.png unless
--no-plot.
"""

from __future__ import annotations

import argparse
import json

import numpy as np
from threadpoolctl import threadpool_limits

from _output import FIGURES, save_figure
from genforge.scratch import charlm


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--steps", type=int, default=3000)
    ap.add_argument("--max-chars", type=int, default=200_000)
    ap.add_argument("--no-plot", action="store_true")
    args = ap.parse_args()

    text = charlm.load_stdlib_text(max_chars=args.max_chars)
    cfg = charlm.CharLMConfig(steps=args.steps, eval_every=max(args.steps // 10, 1))
    with threadpool_limits(limits=1):  # small matrices: extra BLAS threads only contend
        res = charlm.train_charlm(text, cfg)
        sample = charlm.sample(res.model, res.vocab, "def ", length=160, seed=0)
    out = {
        "benchmark": "scratch_charlm",
        "chars": len(text),
        "vocab": len(res.vocab),
        "steps": cfg.steps,
        "params": int(sum(p.size for p in res.model.parameters())),
        "unigram_nats": res.unigram_entropy,
        "val_nats": res.val_loss,
        "unigram_bpc": charlm.bits_per_char(res.unigram_entropy),
        "val_bpc": charlm.bits_per_char(res.val_loss),
        "seconds": res.seconds,
        "sample": sample,
    }
    print(json.dumps(out))

    if not args.no_plot:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt

        losses = np.array(res.train_losses)
        k = 50
        smooth = np.convolve(losses, np.ones(k) / k, mode="valid")
        fig, ax = plt.subplots(figsize=(5.5, 3.2))
        ax.plot(np.arange(k, len(losses) + 1), smooth, label="train (moving avg)")
        steps, val = zip(*res.val_curve)
        ax.plot(steps, val, "o-", label="held-out")
        ax.axhline(res.unigram_entropy, color="gray", ls="--", label="unigram entropy")
        ax.set_xlabel("step")
        ax.set_ylabel("cross-entropy (nats/char)")
        ax.set_title("scratch character MLP on stdlib text")
        ax.legend(fontsize=8)
        save_figure(fig, FIGURES / "charlm_loss.png")


if __name__ == "__main__":
    main()
