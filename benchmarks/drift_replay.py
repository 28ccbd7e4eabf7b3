"""Drift detection on a replayed request stream that switches from Python code to English.

A model's drift profile is built from standard-library Python files (half of them, chosen by
a hash of the file name; calibration seed 0). Then, for each of ``--seeds`` (default 1,2,3:
streams and windows the calibration never drew):

- false alarms on no-shift traffic: prompts from the *other* half of the files, never seen
  by the profile. ``window_false_alarm_rate``: the share of ``--windows`` random windows
  with any statistic over its threshold (the per-window rate the thresholds are calibrated
  for: alpha, 1%). ``alarm_rate_no_shift``: the share of scoring points in alarm (the
  profile's k-of-m persistence) over ``--quiet-streams`` long shuffled no-shift streams,
  scored as the server scores them (the last window, every ``every`` requests);
- detection: ``--streams`` replayed streams of ``--before`` code prompts followed by English
  prose (the language reference, ``pydoc_data.topics``); the delay is the number of prose
  requests until the alarm (scored every ``every`` requests, with persistence) and, finer,
  until the first window over a threshold (scored after every request).

Features go through ``genforge.eval.drift`` exactly as ``genforge serve --monitor`` computes
them (the engine's own embeddings), without HTTP in between.

    .venv/bin/python benchmarks/drift_replay.py [--model MODEL_DIR] [--windows 2000]

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
from genforge.eval.drift import (
    STATS,
    Features,
    Profile,
    build_profile,
    projection,
    prompt_features,
    text_prompts,
)
from genforge.infer.engine import Engine
from genforge.modeldir import load_model_dir
from genforge.models.gpt import GPT, config_from_preset
from genforge.ops.monitor import replay
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


def first_over(profile: Profile, stream: list[Features], start: int) -> int | None:
    """Requests after ``start`` until a window (scored after every request) is over."""
    w = profile.window
    for end in range(start + 1, len(stream) + 1):
        if profile.over(profile.scores(stream[end - w : end])):
            return end - start
    return None


def evaluate(
    profile: Profile,
    code: list[Features],
    prose: list[Features],
    args: argparse.Namespace,
    seed: int,
) -> dict:
    """False alarms and detection delays with one seed (see the module docstring)."""
    rng = random.Random(seed)
    w = profile.window
    over_by_stat = {s: 0 for s in STATS}
    any_over = 0
    for _ in range(args.windows):
        hit = profile.over(profile.scores(rng.sample(code, w)))
        any_over += bool(hit)
        for s in hit:
            over_by_stat[s] += 1
    quiet = [replay(profile, rng.sample(code, len(code))) for _ in range(args.quiet_streams)]
    points = [r for rows in quiet for r in rows]
    alarm_delays, over_delays = [], []
    for k in range(args.streams):
        r = random.Random(seed * 1000 + k)
        stream = r.sample(code, args.before) + r.sample(prose, 4 * w)
        hits = [row["request"] for row in replay(profile, stream) if row["alarm"]]
        alarm_delays.append(hits[0] - args.before if hits and hits[0] > args.before else None)
        over_delays.append(first_over(profile, stream, args.before))
    return {
        "seed": seed,
        "window_false_alarm_rate": any_over / args.windows,
        "window_false_alarm_rate_by_stat": {s: v / args.windows for s, v in over_by_stat.items()},
        "no_shift_scoring_points": len(points),
        "alarm_rate_no_shift": sum(r["alarm"] for r in points) / len(points),
        "over_rate_no_shift_streams": sum(bool(r["over"]) for r in points) / len(points),
        "alarm_delay_requests": alarm_delays,
        "first_over_delay_requests": over_delays,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model", default=None, help="model dir (default: a tiny random GPT)")
    ap.add_argument("--window", type=int, default=50)
    ap.add_argument("--profile-prompts", type=int, default=3000)
    ap.add_argument("--windows", type=int, default=2000, help="random no-shift windows scored")
    ap.add_argument("--quiet-streams", type=int, default=20, help="long no-shift streams")
    ap.add_argument("--streams", type=int, default=10, help="code->prose streams per seed")
    ap.add_argument("--before", type=int, default=100, help="code prompts before the switch")
    ap.add_argument(
        "--seeds",
        type=lambda v: [int(x) for x in v.split(",")],
        default=[1, 2, 3],
        help="seeds of the streams and windows, comma-separated (1,2,3; calibration uses 0)",
    )
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

    by_seed = [evaluate(profile, code, prose, args, seed) for seed in args.seeds]
    points = sum(r["no_shift_scoring_points"] for r in by_seed)
    delays = [d for r in by_seed for d in r["alarm_delay_requests"]]
    detected = [d for d in delays if d is not None]
    result = {
        "benchmark": "drift_replay",
        "model": args.model or "tiny random GPT (vocab 1024)",
        "window": args.window,
        "alpha": profile.alpha,
        "every": profile.every,
        "persist": profile.persist,
        "calibration": profile.calibration,
        "thresholds": profile.thresholds,
        "seeds": args.seeds,
        "window_false_alarm_rate": float(np.mean([r["window_false_alarm_rate"] for r in by_seed])),
        "alarm_rate_no_shift": sum(
            r["alarm_rate_no_shift"] * r["no_shift_scoring_points"] for r in by_seed
        )
        / points,
        "streams": len(delays),
        "detected": len(detected),
        "alarm_delay_median": float(np.median(detected)) if detected else None,
        "alarm_delay_max": max(detected) if detected else None,
        "by_seed": by_seed,
        "seconds": round(time.perf_counter() - t0, 1),
    }
    print_result(result, args.out)


if __name__ == "__main__":
    main()
