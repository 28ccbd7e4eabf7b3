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


def test_greedy_takes_the_first_of_tied_maxima_like_argmax():
    nan, inf = float("nan"), float("inf")
    x = torch.tensor([[1.0, 3.0, 3.0, 2.0], [nan, 1.0, nan, 0.0], [2.0] * 4, [-inf] * 4])
    assert greedy(x).tolist() == x.argmax(dim=-1).tolist() == [1, 0, 0, 0]
    y = torch.randn(2, 3, 500)
    y[..., 7] = y[..., 9] = 10.0
    assert torch.equal(greedy(y), y.argmax(dim=-1)) and greedy(y).eq(7).all()


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


def _grid_counts(fn, logits: torch.Tensor, rows: list, n: int = 4000) -> torch.Tensor:
    """How often each token is drawn when the uniforms sweep [0, 1) on an even grid of
    ``n`` points: for an inverse-CDF draw this is n * p(token), give or take one."""
    R, V = logits.shape
    counts = torch.zeros(R, V)
    for u in ((torch.arange(n) + 0.5) / n).tolist():
        ids = fn(logits, rows, torch.full((R,), u))
        if isinstance(ids, tuple):
            ids = ids[0]
        counts[torch.arange(R), ids] += 1
    return counts


def test_candidates_draw_the_full_vocabulary_distribution():
    """draw_candidates (top-k, top-p and min-p on the likeliest tokens) gives every token the
    probability the full-vocabulary path gives it, at several temperatures and settings
    within one batch."""
    from genforge.infer.sampling import RowSettings, draw_candidates, draw_full

    torch.manual_seed(0)
    logits = torch.randn(8, 1000) * 2.0
    # Rows without top-k: 50 likely tokens holding ~70% of the mass, a long tail with the
    # rest, so top-p measured against the candidates alone would cut elsewhere.
    logits[5:] = torch.randn(3, 1000) * 0.5 - 1.0
    logits[5:, :50] += 4.0
    rows = [
        RowSettings(temperature=1.0, top_k=7),
        RowSettings(temperature=0.6, top_k=40),
        RowSettings(temperature=1.3, top_k=25, top_p=0.7),
        RowSettings(temperature=0.9, top_k=30, min_p=0.1),
        RowSettings(temperature=1.0, top_k=12, top_p=0.9, min_p=0.05),
        RowSettings(temperature=1.0, top_p=0.6),  # no top-k: among 256 candidates
        RowSettings(temperature=0.8, top_p=0.7, min_p=0.01),
        RowSettings(temperature=0.5, top_k=80, min_p=0.3),
    ]
    _, ok = draw_candidates(logits, rows, torch.full((8,), 0.5))
    assert ok.all()
    # The exact probabilities: the full path's filtered softmax.
    temps = torch.tensor([r.temperature for r in rows]).unsqueeze(1)
    exact = torch.softmax(
        filter_rows(
            logits / temps,
            [r.top_k for r in rows],
            [r.top_p for r in rows],
            [r.min_p for r in rows],
        ),
        dim=-1,
    )
    n = 4000
    fast = _grid_counts(draw_candidates, logits, rows, n)
    full = _grid_counts(draw_full, logits, rows, n)
    assert (fast - n * exact).abs().max() <= 2
    assert (full - n * exact).abs().max() <= 2
    assert not (fast[exact == 0] > 0).any()  # no filtered token leaks through


def test_ties_at_the_cut_and_wide_nuclei_go_the_full_way_and_keep_every_tie():
    from genforge.infer.sampling import RowSettings, _sample_hot, draw_candidates

    logits = torch.tensor([[5.0, 3.0, 3.0, 1.0, 0.0], [5.0, 4.0, 3.0, 1.0, 0.0]])
    rows = [RowSettings(top_k=2), RowSettings(top_k=2)]
    _, ok = draw_candidates(logits, rows, torch.full((2,), 0.5))
    assert ok.tolist() == [False, True]
    # A nucleus cut between tied values, and one wider than the candidates (a flat row
    # needs 90% of a 1000-token vocabulary), are not decided among the candidates either.
    wide = torch.zeros(5, 1000)
    wide[0, :3] = torch.tensor([4.0, 2.0, 2.0])  # p=0.85 of the top-3 mass cuts the tie
    wide[1, :3] = torch.tensor([4.0, 3.0, 2.0])
    wide[3] = -0.001 * torch.arange(1000.0)  # no ties, but its nucleus needs ~900 tokens
    wide[4, :5] = torch.tensor([5.0, 3.0, 3.0, 1.0, 0.0])  # the cut is before the tie at k,
    wide[4, 5:] = -100.0  # but top-k keeping the tie changes the mass top-p measures
    nucleus = [
        RowSettings(top_k=3, top_p=0.85),
        RowSettings(top_k=3, top_p=0.85),
        RowSettings(top_p=0.9),  # flat
        RowSettings(top_p=0.9),
        RowSettings(top_k=2, top_p=0.85),
    ]
    _, ok = draw_candidates(wide, nucleus, torch.full((5,), 0.5))
    assert ok.tolist() == [False, True, False, False, False]
    counts = _grid_counts(_sample_hot, logits, rows, 2000)
    assert counts[0, 2] > 0 and counts[0, 1] > 0  # both tied tokens can be drawn
    assert counts[0, 3:].sum() == 0 and counts[1, 2:].sum() == 0


def test_a_rows_token_does_not_depend_on_the_rows_batched_with_it():
    """Each row's token, seeded, is the same alone as in a batch mixing top-k widths,
    ties (which take the full path), rows without top-k and greedy rows."""
    from genforge.infer.sampling import RowSettings, sample_rows

    torch.manual_seed(1)
    logits = torch.randn(24, 500) * 3
    logits[3, :] = logits[3, 0]  # every value tied
    logits[5, 10:12] = logits[5].max() - 1e-3  # two tied runners-up

    def settings(i: int) -> RowSettings:
        k = [None, 3, 50, 2, 200][i % 5]
        return RowSettings(
            temperature=0.0 if i % 7 == 6 else 0.5 + 0.1 * (i % 4),
            top_k=k,
            top_p=0.8 if i % 3 == 0 else None,
            min_p=0.05 if i % 4 == 1 else None,
            generator=make_generator(100 + i),
        )

    alone = [sample_rows(logits[i : i + 1], [settings(i)]).tokens[0] for i in range(24)]
    together = sample_rows(logits, [settings(i) for i in range(24)]).tokens
    assert together == alone


def test_sampling_benchmark_runs_at_toy_size(tmp_path):
    """benchmarks/sampling.py: every setting timed on both paths and against HF's
    warpers, one JSON line."""
    import json
    import os
    import subprocess
    import sys
    from pathlib import Path

    pytest.importorskip("transformers")
    root = Path(__file__).resolve().parents[2]
    out = tmp_path / "sampling.json"
    cmd = [sys.executable, str(root / "benchmarks/sampling.py"), "--vocab", "1000"]
    cmd += ["--batch", "3", "--rounds", "1", "--reps", "1", "--out", str(out)]
    env = {**os.environ, "PYTHONPATH": str(root / "src")}
    subprocess.run(cmd, check=True, env=env, cwd=root, timeout=300, capture_output=True)
    results = json.loads(out.read_text())["results"]
    assert len(results) == 6 and "V1000_B3_top_p_0.9" in results
    assert all(min(r["us"].values()) > 0 for r in results.values())


def test_a_nucleus_too_wide_for_the_candidates_skips_them(monkeypatch):
    """A row whose likeliest token is too unlikely for 256 such tokens to reach top_p
    goes straight to the whole vocabulary; a peaked row is drawn among candidates."""
    import genforge.infer.sampling as sampling

    seen = []
    real = sampling.draw_candidates

    def spy(x, rows, uniforms, whole=None):
        seen.append(x.size(0))
        return real(x, rows, uniforms, whole)

    monkeypatch.setattr(sampling, "draw_candidates", spy)
    logits = torch.zeros(2, 4000)
    logits[1, :20] = 8.0  # 20 tokens hold nearly all the mass
    rows = [sampling.RowSettings(top_p=0.9), sampling.RowSettings(top_p=0.9)]
    ids = sampling._sample_hot(logits, rows, torch.tensor([0.3, 0.3]))
    assert seen == [1] and int(ids[1]) < 20


def _two_level_table() -> torch.Tensor:
    """16 rows over a vocabulary that is not a multiple of the block: Zipf-like masses with
    holes, and rows whose mass sits in one token, the first block, or the last (partial)
    block."""
    from genforge.infer.sampling import DRAW_BLOCK

    g = torch.Generator().manual_seed(3)
    V = 128 * DRAW_BLOCK + 37
    ranks = torch.randperm(V, generator=g).float() + 1
    probs = (1.0 / ranks).repeat(16, 1)
    probs[:, torch.randperm(V, generator=g)[: V // 3]] = 0.0  # filtered tokens
    probs[1] = 0.0
    probs[1, 4321] = 2.5  # one token holds everything
    probs[2, DRAW_BLOCK:] = 0.0  # the first block only
    probs[3, : V - 20] = 0.0  # the last, partial block only
    probs[3, V - 20 :] = torch.rand(20, generator=g)
    return probs


def test_the_two_level_draw_is_the_inverse_cdf():
    """A vocabulary >= TWO_LEVEL_VOCAB is drawn block then token: on an even grid of uniforms
    every token is drawn n * p times (+-2), a token without mass never, and the tokens are
    the one-level draw's except at rounding boundaries."""
    from genforge.infer import sampling

    probs = _two_level_table()
    assert probs.size(1) >= sampling.TWO_LEVEL_VOCAB
    n = 1000
    counts = torch.zeros_like(probs)
    same = 0
    for k in range(n):
        u = torch.full((probs.size(0),), (k + 0.5) / n)
        ids = sampling.draw(probs, u)
        counts[torch.arange(probs.size(0)), ids] += 1
        cdf = probs.cumsum(-1)  # the one-level draw, written out
        one = torch.searchsorted(cdf, (u.unsqueeze(-1) * cdf[:, -1:]), right=True).squeeze(-1)
        same += int((one == ids).sum())
    expected = n * probs / probs.sum(-1, keepdim=True)
    assert (counts - expected).abs().max() <= 2
    assert counts[probs == 0].sum() == 0
    assert same >= 0.995 * n * probs.size(0)
    # The ends of [0, 1): 0 draws each row's first token with mass (not a massless one
    # before it); the very top still lands on a token with mass.
    first = sampling.draw(probs, torch.zeros(probs.size(0)))
    assert torch.equal(first, (probs > 0).int().argmax(dim=1))
    top = sampling.draw(probs, torch.full((probs.size(0),), 1.0 - 2**-24))
    assert bool((probs.gather(1, top.unsqueeze(1)) > 0).all())


def test_a_rows_two_level_draw_does_not_depend_on_its_batch():
    from genforge.infer import sampling

    probs = _two_level_table()
    u = torch.rand(probs.size(0), generator=torch.Generator().manual_seed(5))
    batched = sampling.draw(probs, u)
    alone = torch.cat([sampling.draw(probs[i : i + 1], u[i : i + 1]) for i in range(16)])
    wide = sampling.draw(torch.cat([probs] * 4), torch.cat([u] * 4))
    assert torch.equal(alone, batched) and torch.equal(wide[:16], batched)
