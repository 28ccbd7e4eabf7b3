"""Watermark figures on a small model trained here on the standard library.

Prints one JSON line with, at ``--tokens`` generated tokens per text and the detector's
z threshold (4.0, one-sided p = 3.2e-5):

* ``detection_rate``: share of watermarked generations detected (target >= 0.99);
* ``fpr_human`` / ``fpr_generated``: share of unwatermarked texts flagged — held-out
  standard-library text cut to the same token count, and generations of the same model
  without the watermark (target <= 1e-4; with 500+ texts, 0 flagged is what can be shown);
* ``z_null_mean`` / ``z_null_std``: the null distribution of z (should be ~0 and ~1);
* ``bpb_plain`` / ``bpb_watermarked``: held-out bits per byte under the model and under the
  model with the watermark's bias applied at every position (the watermark's cost);
* ``detection_after_substitution``: detection rate after replacing 10% / 30% of the tokens
  of each watermarked text with uniformly random tokens.

Without ``--model`` a ``tiny``-preset model is pretrained for ``--train-seconds`` on the
standard library (a few CPU minutes in all).

    .venv/bin/python benchmarks/watermark.py [--model DIR] [--texts 200] [--human 500]
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from pathlib import Path

import torch

from _output import print_result
from genforge.data.pipeline import corpus_split
from genforge.eval.bpb import bits_per_byte
from genforge.infer.engine import Engine
from genforge.infer.protocol import FinishEvent, SamplingParams, TokenEvent
from genforge.modeldir import is_model_dir, load_model_dir
from genforge.safety.watermark import WatermarkConfig, WatermarkProcessor, detect


def train_tiny(out: Path, seconds: float) -> Path:
    from genforge.train.pretrain import PretrainConfig, run_pretrain

    cfg = PretrainConfig(
        data="stdlib",
        out=str(out),
        preset="tiny",
        vocab_size=2048,
        tokenizer_train_bytes=3_000_000,
        time_budget=seconds,
        seq_len=128,
        eval_tokens=16384,
        progress=False,
        checkpoint_every_s=None,
    )
    run_pretrain(cfg)
    return out


class WatermarkedLM(torch.nn.Module):
    """The model with the watermark's bias added at every position (context width 1), so
    ``bits_per_byte`` measures what the watermark costs on held-out text."""

    def __init__(self, model: torch.nn.Module, cfg: WatermarkConfig, vocab: int) -> None:
        super().__init__()
        self.model = model
        proc = WatermarkProcessor(cfg)
        cpu = torch.device("cpu")
        self.table = torch.stack([proc.green_mask([t], vocab, cpu) for t in range(vocab)])
        self.delta = cfg.delta

    def forward(self, idx: torch.Tensor):
        logits, loss = self.model(idx)
        bias = self.table[idx].to(logits.dtype) * self.delta  # (B, T, V)
        return logits + bias, loss


def held_out(tokenizer, n: int, tokens: int) -> list[list[int]]:
    """``n`` windows of ``tokens`` ids from the val split of the stdlib (one per text piece,
    then further windows of the same pieces)."""
    texts, _ = corpus_split("stdlib", "val")
    out: list[list[int]] = []
    for text in texts:
        ids = tokenizer.encode(text)
        out += [ids[i : i + tokens] for i in range(0, len(ids) - tokens, tokens)]
        if len(out) >= n:
            break
    if len(out) < n:
        raise SystemExit(f"the stdlib val split holds {len(out)} windows, {n} were asked for")
    return out[:n]


def generate_all(engine, prompts, tokens, seed, processors) -> list[list[int]]:
    handles = [
        engine.submit(
            p,
            SamplingParams(
                max_tokens=tokens,
                temperature=1.0,
                seed=seed + i,
                ignore_eos=True,
                logits_processors=list(processors),
            ),
        )
        for i, p in enumerate(prompts)
    ]
    out = []
    for h in handles:
        events = list(h)
        assert isinstance(events[-1], FinishEvent)
        out.append([e.token_id for e in events if isinstance(e, TokenEvent)])
    return out


def substitute(ids: list[int], share: float, vocab: int, rng: random.Random) -> list[int]:
    ids = list(ids)
    for i in rng.sample(range(len(ids)), round(share * len(ids))):
        ids[i] = rng.randrange(vocab)
    return ids


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument(
        "--model", help="model dir; if DIR is not one yet a tiny model is pretrained into it"
    )
    ap.add_argument("--train-seconds", type=float, default=90.0)
    ap.add_argument("--texts", type=int, default=200, help="watermarked generations")
    ap.add_argument("--human", type=int, default=500, help="held-out human texts for FPR")
    ap.add_argument("--tokens", type=int, default=200)
    ap.add_argument("--gamma", type=float, default=0.25)
    ap.add_argument("--delta", type=float, default=2.0)
    ap.add_argument("--out", help="also write the JSON line here")
    args = ap.parse_args()
    torch.set_num_threads(1)
    started = time.perf_counter()
    tmp = tempfile.TemporaryDirectory()
    model_dir = Path(args.model) if args.model else Path(tmp.name) / "m"
    if not is_model_dir(model_dir):
        train_tiny(model_dir, args.train_seconds)
    loaded = load_model_dir(model_dir)
    model, tok = loaded.model, loaded.tokenizer
    vocab = model.config.vocab_size
    cfg = WatermarkConfig(key="benchmark-key", gamma=args.gamma, delta=args.delta)
    human = held_out(tok, args.human + args.texts, args.tokens)
    prompts = [w[:16] for w in human[args.human :]]
    human = human[: args.human]

    engine = Engine(model, tok, max_batch_size=32)
    try:
        marked = generate_all(engine, prompts, args.tokens, 0, [WatermarkProcessor(cfg)])
        plain = generate_all(engine, prompts, args.tokens, 10_000, [])
    finally:
        engine.shutdown()

    def rate(texts) -> float:
        return sum(detect(t, cfg).watermarked for t in texts) / len(texts)

    z_null = [detect(t, cfg).z_score for t in human + plain]
    rng = random.Random(0)
    val_texts = [tok.decode(w) for w in human[:100]]
    bpb = {}
    for name, lm in (("plain", model), ("watermarked", WatermarkedLM(model, cfg, vocab))):
        with torch.no_grad():
            bpb[name] = bits_per_byte(
                lm, tok.encode, val_texts, seq_len=model.config.block_size, bos_id=None
            ).bpb
    result = {
        "benchmark": "watermark",
        "gamma": cfg.gamma,
        "delta": cfg.delta,
        "tokens": args.tokens,
        "z_threshold": 4.0,
        "watermarked_texts": len(marked),
        "detection_rate": rate(marked),
        "median_z_watermarked": statistics.median(detect(t, cfg).z_score for t in marked),
        "human_texts": len(human),
        "fpr_human": rate(human),
        "generated_unwatermarked_texts": len(plain),
        "fpr_generated": rate(plain),
        "z_null_mean": statistics.fmean(z_null),
        "z_null_std": statistics.pstdev(z_null),
        "bpb_plain": bpb["plain"],
        "bpb_watermarked": bpb["watermarked"],
        "bpb_cost": bpb["watermarked"] - bpb["plain"],
        "detection_after_substitution": {
            f"{int(share * 100)}%": rate([substitute(t, share, vocab, rng) for t in marked])
            for share in (0.1, 0.3)
        },
        "model_params": sum(p.numel() for p in model.parameters()),
        "elapsed_s": round(time.perf_counter() - started, 1),
    }
    print_result(result, args.out)


if __name__ == "__main__":
    main()
