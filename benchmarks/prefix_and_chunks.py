"""Prefix caching and chunked prefill: what each buys, measured on the engine itself.

Prints one JSON line with:

* ``n8``: wall time of ``Engine.sample_n`` drawing 8 sampled completions of one
  ``--prompt-len``-token prompt with the prefix cache (the default) and without it
  (``prefix_cache_tokens=0``: every sample prefills the whole prompt, as 8 independent
  requests do); ``speedup`` is without / with (the issue's target: >= 3);
* ``grpo``: the same for a GRPO-shaped rollout (``--groups`` prompts x 8 samples,
  ``--rollout-tokens`` new tokens, as ``tune.rl.RolloutEngine.sample`` submits them), once
  with short chat-task prompts (pt_rl.py's length) and once with a shared system prompt;
* ``chunked``: inter-token latency (p50/p99/max, ms) of 4 running greedy streams while a
  ``--long-prompt``-token prompt arrives, with the prompt prefilled in one call
  (``prefill_tokens_per_step`` >= its length: the engine before chunking) and in chunks of
  ``--chunk`` tokens between decode steps;
* ``burst``: ``--burst`` (16) requests with distinct 8-24-token prompts queued at once
  (while the engine is busy, as requests arriving during one step of a loaded server):
  the median and the last request's time to first token and the time to finish them all
  (8 greedy tokens each), each prompt prefilled alone vs all of them as one padded batch
  (the engine's default).

Each figure is the median of ``--repeats`` rounds in which both sides run in turn, on a
random-init ``demo``-preset model with a 1024-token context; prompts are random ids (a new
one each round, so no round finds the previous round's prefix).

    .venv/bin/python benchmarks/prefix_and_chunks.py [--repeats 5] [--threads N]
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import statistics
import sys
import time

import torch

from _output import print_result
from genforge.infer.engine import Engine
from genforge.infer.protocol import SamplingParams
from genforge.models.gpt import GPT, config_from_preset


def demo_model(vocab: int, context: int) -> GPT:
    torch.manual_seed(0)
    return GPT(config_from_preset("demo", vocab_size=vocab, block_size=context)).eval()


def random_prompt(rng: random.Random, n: int, vocab: int) -> list[int]:
    return [rng.randrange(vocab) for _ in range(n)]


def timed_rounds(fns: dict, make_input, repeats: int) -> dict:
    """Median seconds per callable; every round gives all of them the same fresh input."""
    times: dict = {name: [] for name in fns}
    for r in range(repeats + 1):  # round 0 warms up
        x = make_input(r)
        for name, fn in fns.items():
            t0 = time.perf_counter()
            fn(x)
            if r:
                times[name].append(time.perf_counter() - t0)
    return {name: statistics.median(t) for name, t in times.items()}


def sampling_figure(model, args, shared: int, prompt_len: int, groups: int, new: int) -> dict:
    """sample_n of ``groups`` prompts x 8, prefix cache on vs off; prompts start with
    ``shared`` tokens common to all of them (a system prompt)."""
    vocab = model.config.vocab_size
    params = SamplingParams(max_tokens=new, temperature=1.0, ignore_eos=True)
    batch = min(64, groups * 8)
    on = Engine(model, None, max_batch_size=batch, max_queue=1 << 20)
    off = Engine(model, None, max_batch_size=batch, max_queue=1 << 20, prefix_cache_tokens=0)
    rng = random.Random(1)

    def make(_round: int) -> list[list[int]]:
        system = random_prompt(rng, shared, vocab)
        return [system + random_prompt(rng, prompt_len - shared, vocab) for _ in range(groups)]

    t = timed_rounds(
        {
            "with_cache": lambda ps: on.sample_n(ps, 8, params),
            "without_cache": lambda ps: off.sample_n(ps, 8, params),
        },
        make,
        args.repeats,
    )
    stats = on.stats()
    on.shutdown()
    off.shutdown()
    return {
        "prompts": groups,
        "samples_per_prompt": 8,
        "prompt_tokens": prompt_len,
        "shared_system_tokens": shared,
        "new_tokens": new,
        "with_cache_s": round(t["with_cache"], 4),
        "without_cache_s": round(t["without_cache"], 4),
        "speedup": round(t["without_cache"] / t["with_cache"], 2),
        "prefix_cache_hit_rate": round(stats["prefix_cache_hit_rate"], 3),
        "prefix_tokens_saved_per_round": stats["prefix_cache_tokens_saved"] // (args.repeats + 1),
    }


class _Gaps:
    """Engine metrics hooks keeping every inter-token gap of chosen requests."""

    def __init__(self) -> None:
        self.watch: set[str] = set()
        self.gaps: list[float] = []

    def on_first_token(self, request_id: str, seconds: float) -> None:
        pass

    def on_token(self, request_id: str, seconds: float) -> None:
        if request_id in self.watch:
            self.gaps.append(seconds)

    def on_finish(self, *args) -> None:
        pass


def chunked_figure(model, args) -> dict:
    """Inter-token latency of 4 running streams while one long prompt is prefilled."""
    vocab = model.config.vocab_size
    rng = random.Random(2)
    out = {}
    sides = {"one_shot": args.long_prompt, "chunked": args.chunk}
    gaps: dict = {name: [] for name in sides}
    engines = {}
    for name, per_step in sides.items():
        hooks = _Gaps()
        eng = Engine(model, None, max_batch_size=5, prefill_tokens_per_step=per_step, metrics=hooks)
        engines[name] = (eng, hooks)
    for r in range(args.repeats):
        prompts = [random_prompt(rng, 16, vocab) for _ in range(4)]
        long = random_prompt(rng, args.long_prompt, vocab)
        for name, (eng, hooks) in engines.items():
            hooks.gaps = []
            greedy = SamplingParams(max_tokens=48, temperature=0.0, ignore_eos=True)
            handles = [eng.submit(p, greedy, request_id=f"s{r}-{i}") for i, p in enumerate(prompts)]
            hooks.watch = {h.request_id for h in handles}
            while eng.stats()["running"] < 4:
                time.sleep(0.001)
            time.sleep(0.05)  # the streams are decoding when the long prompt arrives
            eng.submit(long, SamplingParams(max_tokens=4, ignore_eos=True)).result()
            for h in handles:
                h.result()
            gaps[name].extend(hooks.gaps)
    for name, (eng, _) in engines.items():
        eng.shutdown()
        g = sorted(gaps[name])
        out[name] = {
            "prefill_tokens_per_step": sides[name],
            "itl_p50_ms": round(1000 * g[len(g) // 2], 2),
            "itl_p99_ms": round(1000 * g[min(len(g) - 1, int(0.99 * len(g)))], 2),
            "itl_max_ms": round(1000 * g[-1], 2),
            "gaps": len(g),
        }
    out["long_prompt_tokens"] = args.long_prompt
    out["p99_ratio"] = round(out["one_shot"]["itl_p99_ms"] / out["chunked"]["itl_p99_ms"], 2)
    return out


def burst_figure(model, args) -> dict:
    """``--burst`` requests with distinct short prompts submitted at once (a load spike on
    a server): time to first token and to the last one, each prompt prefilled alone vs
    the burst prefilled as one padded batch (``group_prefill``, the default)."""
    vocab = model.config.vocab_size
    params = SamplingParams(max_tokens=8, temperature=0.0, ignore_eos=True)
    engines = {}
    for name, grouped in (("batched", True), ("one_by_one", False)):
        hooks = _FirstTokens()
        eng = Engine(model, None, max_batch_size=args.burst, prefix_cache_tokens=0, metrics=hooks)
        eng._core.group_prefill = grouped
        engines[name] = (eng, hooks)
    rng = random.Random(3)
    ttft: dict = {name: [] for name in engines}
    worst: dict = {name: [] for name in engines}
    total: dict = {name: [] for name in engines}
    for _ in range(args.repeats + 1):
        prompts = [random_prompt(rng, rng.randrange(8, 25), vocab) for _ in range(args.burst)]
        for name, (eng, hooks) in engines.items():
            hooks.seconds = []
            t0 = time.perf_counter()
            # Queued while the engine is busy (its model lock held, as during a step of a
            # loaded server): the engine finds all of them waiting at its next step.
            with eng._model_lock:
                handles = [eng.submit(p, params) for p in prompts]
            for h in handles:
                h.result()
            total[name].append(time.perf_counter() - t0)
            ttft[name].append(statistics.median(hooks.seconds))
            worst[name].append(max(hooks.seconds))
    out = {}
    for name, (eng, _) in engines.items():
        eng.shutdown()
        out[name] = {
            "ttft_p50_ms": round(1000 * statistics.median(ttft[name][1:]), 2),
            "ttft_max_ms": round(1000 * statistics.median(worst[name][1:]), 2),
            "burst_s": round(statistics.median(total[name][1:]), 4),
        }
    out["requests"] = args.burst
    for key in ("ttft_p50_ms", "ttft_max_ms", "burst_s"):
        ratio = out["one_by_one"][key] / out["batched"][key]
        out[key.replace("_ms", "").replace("_s", "") + "_ratio"] = round(ratio, 2)
    return out


class _FirstTokens(_Gaps):
    """Engine metrics hooks keeping each request's time to first token."""

    def __init__(self) -> None:
        super().__init__()
        self.seconds: list[float] = []

    def on_first_token(self, request_id: str, seconds: float) -> None:
        self.seconds.append(seconds)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--repeats", type=int, default=5, help="timed rounds, median (5)")
    ap.add_argument("--prompt-len", type=int, default=512, help="n=8 prompt tokens (512)")
    ap.add_argument("--new-tokens", type=int, default=16, help="n=8 tokens per sample (16)")
    ap.add_argument("--groups", type=int, default=16, help="GRPO prompts per rollout (16)")
    ap.add_argument("--rollout-tokens", type=int, default=8, help="GRPO tokens (8, as pt_rl)")
    ap.add_argument("--long-prompt", type=int, default=960, help="arriving prompt (960)")
    ap.add_argument("--chunk", type=int, default=64, help="chunked prefill tokens/step (64)")
    ap.add_argument("--burst", type=int, default=16, help="requests arriving at once (16)")
    ap.add_argument("--vocab", type=int, default=8192, help="model vocab (8192)")
    ap.add_argument("--threads", type=int, default=None, help="torch threads (torch default)")
    ap.add_argument("--out", default=None, help="also write the JSON here")
    args = ap.parse_args(argv)
    if args.threads:
        torch.set_num_threads(args.threads)
    model = demo_model(args.vocab, 1024)
    result = {
        "benchmark": "prefix_and_chunks",
        "model": "random demo preset, context 1024",
        "torch_threads": torch.get_num_threads(),
        "load_average_1m": os.getloadavg()[0],
        "machine": platform.processor() or platform.machine(),
        "n8": sampling_figure(model, args, 0, args.prompt_len, 1, args.new_tokens),
        "grpo_short_prompts": sampling_figure(model, args, 0, 28, args.groups, args.rollout_tokens),
        "grpo_system_prompt": sampling_figure(
            model, args, 96, 128, args.groups, args.rollout_tokens
        ),
        "chunked": chunked_figure(model, args),
        "burst": burst_figure(model, args),
    }
    print_result(result, args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
