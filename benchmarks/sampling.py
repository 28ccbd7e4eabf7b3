"""Per-step sampling cost: the engine's batched sampler vs Hugging Face's logits warpers.

For each vocabulary size, batch size and setting (temperature only, top-k 50, top-p 0.9,
top-k 50 + top-p 0.9, min-p 0.05, greedy) this times one sampling step over the same
float32 logits (drawn from a Zipf-like distribution, as a trained model's are):

* ``ours``: :func:`genforge.infer.sampling.sample_rows`, one seeded generator per row
  (what the engine runs after every decode step);
* ``full_vocab``: ``sample_rows`` with every row sent down the whole-vocabulary path
  (:func:`~genforge.infer.sampling.draw_full`: a sort for top-p), which every filtered
  row took before the candidate path and which rows the candidates cannot decide still
  take;
* ``hf``: ``transformers``' ``TemperatureLogitsWarper`` / ``TopKLogitsWarper`` /
  ``TopPLogitsWarper`` / ``MinPLogitsWarper`` then softmax + ``torch.multinomial`` (one
  generator for the batch), what ``generate(do_sample=True)`` runs per step; argmax for
  greedy.

Prints one JSON line with the median microseconds of each and the ratios hf / ours and
full_vocab / ours.

    .venv/bin/python benchmarks/sampling.py [--vocab 8192,32768] [--batch 1,16] [--threads 1]
"""

from __future__ import annotations

import argparse
import platform
import statistics
import time

import torch

from _output import print_result

SETTINGS = {
    "temperature": {"temperature": 0.8},
    "top_k_50": {"temperature": 0.8, "top_k": 50},
    "top_p_0.9": {"temperature": 0.8, "top_p": 0.9},
    "top_k_50_top_p_0.9": {"temperature": 0.8, "top_k": 50, "top_p": 0.9},
    "min_p_0.05": {"temperature": 0.8, "min_p": 0.05},
    "greedy": {"temperature": 0.0},
}


def zipf_logits(batch: int, vocab: int, seed: int) -> torch.Tensor:
    """Logits whose softmax falls off like a trained LM's: log(1 / rank) plus noise, the
    ranks shuffled per row."""
    g = torch.Generator().manual_seed(seed)
    ranks = torch.arange(1, vocab + 1, dtype=torch.float32)
    base = -1.1 * ranks.log()
    rows = []
    for _ in range(batch):
        perm = torch.randperm(vocab, generator=g)
        rows.append(base[perm] + 0.3 * torch.randn(vocab, generator=g))
    return torch.stack(rows)


def hf_step(logits: torch.Tensor, kw: dict, gen: torch.Generator) -> torch.Tensor:
    from transformers.generation.logits_process import (
        LogitsProcessorList,
        MinPLogitsWarper,
        TemperatureLogitsWarper,
        TopKLogitsWarper,
        TopPLogitsWarper,
    )

    if kw["temperature"] == 0:
        return logits.argmax(dim=-1)
    warpers = LogitsProcessorList([TemperatureLogitsWarper(kw["temperature"])])
    if "top_k" in kw:
        warpers.append(TopKLogitsWarper(kw["top_k"]))
    if "top_p" in kw:
        warpers.append(TopPLogitsWarper(kw["top_p"]))
    if "min_p" in kw:
        warpers.append(MinPLogitsWarper(kw["min_p"]))
    scores = warpers(None, logits.clone())
    return torch.multinomial(torch.softmax(scores, dim=-1), 1, generator=gen).squeeze(1)


def median_us(fn, rounds: int, reps: int) -> float:
    fn()
    times = []
    for _ in range(rounds):
        t0 = time.perf_counter()
        for _ in range(reps):
            fn()
        times.append((time.perf_counter() - t0) / reps * 1e6)
    return statistics.median(times)


def main() -> None:
    import genforge.infer.sampling as sampling
    from genforge.infer.sampling import RowSettings, make_generator, sample_rows

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--vocab", default="8192,32768", help="vocabulary sizes (8192,32768)")
    ap.add_argument("--batch", default="1,16", help="rows per step (1,16)")
    ap.add_argument("--rounds", type=int, default=7, help="timed rounds (7)")
    ap.add_argument("--reps", type=int, default=20, help="steps a round (20)")
    ap.add_argument("--threads", type=int, default=1, help="torch threads (1)")
    ap.add_argument("--out", default=None, help="also write the JSON here")
    args = ap.parse_args()
    torch.set_num_threads(args.threads)
    results: dict = {}
    for V in (int(v) for v in args.vocab.split(",")):
        for B in (int(b) for b in args.batch.split(",")):
            logits = zipf_logits(B, V, seed=V + B)
            for name, kw in SETTINGS.items():
                rows = [
                    RowSettings(**kw, generator=make_generator(i) if kw["temperature"] else None)
                    for i in range(B)
                ]
                gen = torch.Generator().manual_seed(0)

                def ours(rows=rows, logits=logits) -> object:
                    return sample_rows(logits, rows)

                def full(rows=rows, logits=logits) -> object:
                    limit, sampling._limit = sampling._limit, lambda r, V: None
                    try:
                        return sample_rows(logits, rows)
                    finally:
                        sampling._limit = limit

                def hf(kw=kw, logits=logits, gen=gen) -> object:
                    return hf_step(logits, kw, gen)

                with torch.inference_mode():
                    t = {
                        "ours": median_us(ours, args.rounds, args.reps),
                        "full_vocab": median_us(full, args.rounds, args.reps),
                        "hf": median_us(hf, args.rounds, args.reps),
                    }
                results[f"V{V}_B{B}_{name}"] = {
                    "us": {k: round(v, 1) for k, v in t.items()},
                    "hf_over_ours": round(t["hf"] / t["ours"], 2),
                    "full_vocab_over_ours": round(t["full_vocab"] / t["ours"], 2),
                }
    print_result(
        {
            "benchmark": "sampling",
            "threads": args.threads,
            "cpu": platform.processor() or platform.machine(),
            "torch": torch.__version__,
            "results": results,
        },
        args.out,
    )


if __name__ == "__main__":
    main()
