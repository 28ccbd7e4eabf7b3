import math

import pytest

from genforge.errors import GenforgeError
from genforge.train.schedule import lr_factor, progress_of


def test_cosine_exact_values():
    f = lambda s, p: lr_factor(s, p, schedule="cosine", warmup_steps=0, min_lr_ratio=0.1)
    assert f(0, 0.0) == pytest.approx(1.0)
    assert f(50, 0.5) == pytest.approx(0.1 + 0.9 * 0.5)
    assert f(100, 1.0) == pytest.approx(0.1)
    assert f(25, 0.25) == pytest.approx(0.1 + 0.9 * 0.5 * (1 + math.cos(math.pi / 4)))


def test_warmup_is_linear_in_steps_and_multiplies_decay():
    f = lambda s, p: lr_factor(s, p, schedule="cosine", warmup_steps=10, min_lr_ratio=0.0)
    assert f(0, 0.0) == pytest.approx(0.1)
    assert f(4, 0.0) == pytest.approx(0.5)
    assert f(9, 0.0) == pytest.approx(1.0)
    assert f(4, 0.5) == pytest.approx(0.5 * 0.5)


def test_wsd_stable_then_linear_decay():
    f = lambda p: lr_factor(
        100, p, schedule="wsd", warmup_steps=0, min_lr_ratio=0.0, decay_fraction=0.2
    )
    assert f(0.0) == 1.0
    assert f(0.8) == 1.0
    assert f(0.9) == pytest.approx(0.5)
    assert f(1.0) == pytest.approx(0.0)
    g = lr_factor(0, 0.9, schedule="wsd", min_lr_ratio=0.2, decay_fraction=0.2)
    assert g == pytest.approx(1.0 - 0.8 * 0.5)


def test_constant_and_clamping():
    assert lr_factor(5, 3.0, schedule="constant") == 1.0
    assert lr_factor(5, 3.0, schedule="cosine", min_lr_ratio=0.25) == pytest.approx(0.25)
    assert lr_factor(5, -1.0, schedule="cosine", min_lr_ratio=0.25) == pytest.approx(1.0)


def test_progress_by_time_or_steps():
    assert progress_of(10, 30.0, max_steps=100, time_budget=None) == pytest.approx(0.1)
    assert progress_of(10, 30.0, max_steps=None, time_budget=60.0) == pytest.approx(0.5)
    # both limits: whichever is nearer decides
    assert progress_of(90, 30.0, max_steps=100, time_budget=60.0) == pytest.approx(0.9)
    assert progress_of(10, 90.0, max_steps=None, time_budget=60.0) == 1.0


def test_bad_schedule_arguments():
    with pytest.raises(GenforgeError, match="schedule"):
        lr_factor(0, 0.0, schedule="linear")
    with pytest.raises(GenforgeError, match="min_lr_ratio"):
        lr_factor(0, 0.0, min_lr_ratio=2.0)
    with pytest.raises(GenforgeError, match="max_steps or time_budget"):
        progress_of(0, 0.0, max_steps=None, time_budget=None)


def test_pretrain_default_schedule_is_a_trapezoid_to_zero():
    """`genforge pretrain`'s defaults, as the loop receives them: a linear warmup over 20
    steps, a plateau, then a straight line to 0 over the last 60% of the run."""
    from genforge.train.pretrain import PretrainConfig

    loop = PretrainConfig(max_steps=1000).loop_config(None)
    for step in range(1000):
        progress = progress_of(step, 0.0, max_steps=1000, time_budget=None)
        got = lr_factor(
            step,
            progress,
            schedule=loop.schedule,
            warmup_steps=loop.warmup_steps,
            min_lr_ratio=loop.min_lr_ratio,
            decay_fraction=loop.decay_fraction,
        )
        warm = min(1.0, (step + 1) / 20)
        decay = min(1.0, (1000 - step) / 600)
        assert got == pytest.approx(warm * decay, abs=1e-12), step
