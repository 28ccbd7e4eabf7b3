"""Sampling functions over (B, V) logits."""

from __future__ import annotations

import pytest
import torch

from genforge.errors import GenforgeError
from genforge.infer.sampling import (
    filter_rows,
    greedy,
    make_generator,
    sample_next,
    top_k_filter,
    top_p_filter,
)


def test_greedy_and_temperature_zero_are_argmax():
    logits = torch.tensor([[0.1, 3.0, -1.0], [5.0, 0.0, 4.9]])
    assert greedy(logits).tolist() == [1, 0]
    assert sample_next(logits, temperature=0.0, top_k=2, top_p=0.1).tolist() == [1, 0]


def test_top_k_keeps_k_largest():
    logits = torch.tensor([[1.0, 5.0, 3.0, 4.0, 2.0]])
    out = top_k_filter(logits, 2)
    assert torch.isfinite(out).tolist() == [[False, True, False, True, False]]
    assert torch.equal(top_k_filter(logits, 10), logits)


def test_top_p_keeps_smallest_set_reaching_p():
    probs = torch.tensor([[0.5, 0.3, 0.15, 0.05]])
    logits = probs.log()
    # Cumulative: 0.5, 0.8, 0.95, 1.0 -> p=0.8 keeps two tokens, p=0.81 keeps three.
    assert torch.isfinite(top_p_filter(logits, 0.8)).sum().item() == 2
    assert torch.isfinite(top_p_filter(logits, 0.81)).sum().item() == 3
    assert torch.isfinite(top_p_filter(logits, 0.01)).tolist() == [[True, False, False, False]]
    # Order of the vocabulary must not matter.
    perm = torch.tensor([2, 0, 3, 1])
    kept = torch.isfinite(top_p_filter(logits[:, perm], 0.8))
    assert kept.tolist() == [[False, True, False, True]]


def test_sampling_distribution_matches_softmax_with_temperature():
    logits = torch.tensor([[1.0, 2.0, 0.0, -1.0]]).repeat(20000, 1)
    gen = make_generator(0)
    draws = sample_next(logits, temperature=0.7, generator=gen)
    freq = torch.bincount(draws, minlength=4).float() / draws.numel()
    expected = torch.softmax(logits[0] / 0.7, dim=-1)
    torch.testing.assert_close(freq, expected, atol=0.015, rtol=0)


def test_top_k_top_p_sampling_never_picks_filtered_tokens():
    torch.manual_seed(0)
    logits = torch.randn(64, 50)
    draws = sample_next(logits, temperature=1.5, top_k=5, generator=make_generator(1))
    top5 = logits.topk(5, dim=-1).indices
    assert (top5 == draws.unsqueeze(-1)).any(-1).all()
    draws = sample_next(logits, temperature=1.0, top_p=0.3, generator=make_generator(1))
    allowed = torch.isfinite(top_p_filter(logits, 0.3))
    assert allowed.gather(-1, draws.unsqueeze(-1)).all()


def test_seeded_generator_is_reproducible():
    logits = torch.randn(8, 100)
    a = sample_next(logits, generator=make_generator(42))
    b = sample_next(logits, generator=make_generator(42))
    c = sample_next(logits, generator=make_generator(43))
    assert torch.equal(a, b)
    assert not torch.equal(a, c)


@pytest.mark.parametrize(
    "kw, msg",
    [
        (dict(temperature=-1.0), "temperature"),
        (dict(top_k=0), "top_k"),
        (dict(top_p=0.0), "top_p"),
        (dict(top_p=1.5), "top_p"),
    ],
)
def test_bad_settings_raise(kw, msg):
    with pytest.raises(GenforgeError, match=msg):
        sample_next(torch.zeros(1, 3), **kw)


def test_top_p_one_keeps_every_token_despite_float_rounding():
    # Many tiny-probability tokens: the float32 cumulative sum reaches 1.0 before the tail,
    # so comparing the mass against p=1.0 would drop real tokens. p=1.0 must mean "off".
    logits = torch.cat([torch.tensor([[30.0]]), torch.zeros(1, 50_000)], dim=1)
    assert torch.isfinite(top_p_filter(logits, 1.0)).all()
    rows = filter_rows(logits.repeat(2, 1), [None, None], [1.0, None], [None, None])
    assert torch.isfinite(rows).all()
