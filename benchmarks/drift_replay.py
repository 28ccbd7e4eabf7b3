"""Drift detection on a replayed request stream that switches from Python code to English.

A model's drift profile is built from standard-library Python files (half of them, chosen by
a hash of the file name). Then:

- false alarms: windows of no-shift traffic — prompts from the *other* half of the files,
  never seen by the profile — scored as the server scores its window; the share that
  alarms (any statistic over its threshold) should be <= alpha (1%);
- detection: ``--streams`` replayed streams of ``--before`` code prompts followed by English
  prose (the language reference, ``pydoc_data.topics``); the sliding window is scored after
  every request and the delay is the number of prose requests until the first alarm.

Features go through ``genforge.eval.drift`` exactly as ``genforge serve --monitor`` computes
them (the engine's own embeddings), without HTTP in between.

    .venv/bin/python benchmarks/drift_replay.py [--model MODEL_DIR] [--windows 400]

Without --model a tiny random GPT with a tokenizer trained on a slice of the stdlib is used
(its embeddings are random features of the tokens, the weakest case for the embedding MMD).
"""

from __future__ import annotations

import argparse
import hashlib
import pydoc_data.topics
import random
import sysconfig
import time
from pathlib import Path

import numpy as np
import torch

from _output import print_result
from genforge.eval.drift import STATS, build_profile, projection, prompt_features, text_prompts
from genforge.infer.engine import Engine
from genforge.modeldir import load_model_dir
from genforge.models.gpt import GPT, config_from_preset
from genforge.tokenizer import train_tokenizer


def code_files() -> tuple[list[str], list[str]]:
    """Stdlib .py texts split in two halves by a hash of the file name."""
    root = Path(sysconfig.get_paths()["stdlib"])
    halves: tuple[list[str], list[str]] = ([], [])
    for p in sorted(root.glob("*.py")):
        h = hashlib.sha256(p.name.encode()).digest()[0] % 2
        halves[h].append(p.read_text(encoding="utf-8", errors="replace"))
    return halves


def tiny_engine() -> Engine:
    profile_half, _ = code_files()
    tok = train_tokenizer(profile_half[:20], vocab_size=1024)
    torch.manual_seed(0)
    model = GPT(config_from_preset("tiny", vocab_size=tok.vocab_size, block_size=512)).eval()
    return Engine(model, tok, max_batch_size=1, max_queue=1)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model", default=None, help="model dir (default: a tiny random GPT)")
    ap.add_argument("--window", type=int, default=50)
    ap.add_argument("--profile-prompts", type=int, default=1000)
    ap.add_argument("--windows", type=int, default=400, help="no-shift windows scored")
    ap.add_argument("--streams", type=int, default=20)
    ap.add_argument("--before", type=int, default=100, help="code prompts before the switch")
    ap.add_argument("--out", default=None, help="also write the JSON here")
    args = ap.parse_args()
    t0 = time.perf_counter()
    if args.model:
        loaded = load_model_dir(args.model)
        engine = Engine(loaded.model, loaded.tokenizer, max_batch_size=1, max_queue=1)
    else:
        engine = tiny_engine()
    tok = engine.tokenizer
    profile_half, stream_half = code_files()
    profile = build_profile(
        engine, profile_half, window=args.window, max_prompts=args.profile_prompts, source="stdlib"
    )
    max_len = min(256, engine.context_length - 1)
    proj = projection(profile.n_embd, seed=profile.proj_seed)
    code = prompt_features(engine, text_prompts(tok, stream_half, max_len, seed=1)[:1200], proj)
    prose_texts = list(pydoc_data.topics.topics.values())
    prose = prompt_features(engine, text_prompts(tok, prose_texts, max_len, seed=2)[:600], proj)

    rng = random.Random(0)
    w = args.window
    false_alarms = {s: 0 for s in STATS}
    any_alarm = 0
    for _ in range(args.windows):
        hit = profile.alarms(profile.scores(rng.sample(code, w)))
        any_alarm += bool(hit)
        for s in hit:
            false_alarms[s] += 1
    # Consecutive, non-overlapping windows of one long no-shift stream as well.
    seq = [profile.alarms(profile.scores(code[i : i + w])) for i in range(0, len(code) - w + 1, w)]

    delays = []
    for k in range(args.streams):
        r = random.Random(100 + k)
        stream = r.sample(code, args.before) + r.sample(prose, 4 * w)
        delay = None
        for end in range(args.before + 1, len(stream) + 1):
            if profile.alarms(profile.scores(stream[end - w : end])):
                delay = end - args.before
                break
        delays.append(delay)
    detected = [d for d in delays if d is not None]
    result = {
        "benchmark": "drift_replay",
        "model": args.model or "tiny random GPT (vocab 1024)",
        "window": w,
        "alpha": profile.alpha,
        "thresholds": profile.thresholds,
        "no_shift_windows": args.windows,
        "false_alarm_rate": any_alarm / args.windows,
        "false_alarm_rate_by_stat": {s: v / args.windows for s, v in false_alarms.items()},
        "sequential_windows": len(seq),
        "sequential_false_alarm_rate": sum(bool(a) for a in seq) / len(seq),
        "streams": args.streams,
        "detected": len(detected),
        "detection_delay_requests": {
            "median": float(np.median(detected)) if detected else None,
            "max": max(detected) if detected else None,
            "all": delays,
        },
        "seconds": round(time.perf_counter() - t0, 1),
    }
    print_result(result, args.out)


if __name__ == "__main__":
    main()
