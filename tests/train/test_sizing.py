"""Auto-size's decisions from measured throughputs: the logic the GPU run takes, on a CPU."""

from __future__ import annotations

from genforge.train.scaling_law import DEFAULT_LAW
from genforge.train.sizing import Candidate, gpu_micro_batch, pick_size, train_tokens

# N (matmul weights) of the GPU ladder at vocab 2048: small, demo, medium, llama-124m.
LADDER = [("small", 1.0e6), ("demo", 3.1e6), ("medium", 2.6e7), ("llama-124m", 8.7e7)]


def candidates(tokens_per_s: list[float]) -> list[Candidate]:
    return [Candidate(name, n, t) for (name, n), t in zip(LADDER, tokens_per_s, strict=True)]


def test_a_launch_bound_gpu_picks_a_large_model():
    # Measured shape on an H200: small models barely faster than large ones.
    gpu = candidates([1.2e6, 1.1e6, 9.0e5, 5.0e5])
    best, losses = pick_size(gpu, 80.0, DEFAULT_LAW, data_tokens=5e6)
    assert LADDER[best][0] in ("medium", "llama-124m"), losses


def test_a_cpu_picks_a_small_model():
    # 2 CPU cores: throughput falls with size roughly as 1/N.
    cpu = candidates([4.0e4, 1.5e4, 2.0e3, 5.0e2])
    best, losses = pick_size(cpu, 60.0, DEFAULT_LAW, data_tokens=5e6)
    assert LADDER[best][0] in ("small", "demo"), losses
    assert losses[best] < losses[-1]


def test_repeated_data_is_capped():
    c = Candidate("x", 1e6, 1e6)
    assert train_tokens(c, 100.0, None) == 1e8
    assert train_tokens(c, 100.0, 1e6, max_epochs=4) == 4e6


def test_gpu_micro_batch_fills_within_memory():
    assert gpu_micro_batch(512, 1024) == 128  # 65536 tokens a step
    assert gpu_micro_batch(512, 16) == 16  # the memory estimate caps it
    assert gpu_micro_batch(1000, 0) == 64  # power of two at or below 65536 / 1000
    assert gpu_micro_batch(1 << 20, 8) == 1


def test_gpu_plan_sets_context_ladder_and_eager_for_short_budgets():
    from genforge.train.pretrain import PretrainConfig, _gpu_plan

    plan = _gpu_plan(PretrainConfig(data="x", out="y", time_budget=90), budget=85.0)
    assert plan.seq_len == 512 and plan.compile is False
    assert plan.auto_candidates == PretrainConfig().auto_candidates_gpu
    # What the user set stays: an explicit context, compile choice and ladder.
    mine = PretrainConfig(data="x", out="y", seq_len=128, compile=True, auto_candidates=["tiny"])
    plan = _gpu_plan(mine, budget=85.0)
    assert (plan.seq_len, plan.compile, plan.auto_candidates) == (128, True, ["tiny"])
    assert _gpu_plan(PretrainConfig(data="x", out="y"), budget=600.0).compile is None
