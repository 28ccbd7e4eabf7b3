"""Scaling-law fits recover known laws; the closed-form optimum is the numeric one."""

from __future__ import annotations

import json

import numpy as np
import pytest

from genforge.errors import GenforgeError
from genforge.train.scaling_law import DEFAULT_LAW, ScalingLaw, fit_isoflop, fit_law, load_law

TRUE = ScalingLaw(E=1.7, A=400.0, alpha=0.34, B=410.0, beta=0.28)


def synthetic_runs(noise: float = 0.002, seed: int = 0) -> list[dict]:
    rng = np.random.default_rng(seed)
    runs = []
    for c in (1e12, 4e12, 1.6e13):
        for n in (1e5, 3e5, 1e6, 3e6):
            d = c / (6 * n)
            loss = TRUE.loss(n, d) * (1 + noise * rng.standard_normal())
            runs.append({"n": n, "d": d, "c": c, "budget": c, "loss": loss})
    return runs


def test_fit_recovers_the_law_and_extrapolates():
    law = fit_law(synthetic_runs())
    assert law.alpha == pytest.approx(TRUE.alpha, abs=0.03)
    assert law.beta == pytest.approx(TRUE.beta, abs=0.03)
    # 4x the largest budget, at the compute-optimal size: within 1% of the true loss.
    c = 6.4e13
    n = TRUE.optimal_n(c)
    assert law.loss(n, c / (6 * n)) == pytest.approx(TRUE.loss(n, c / (6 * n)), rel=0.01)


def test_optimal_n_is_the_numeric_argmin():
    c = 1e15
    grid = np.geomspace(1e4, 1e9, 20001)
    numeric = grid[np.argmin([TRUE.loss(n, c / (6 * n)) for n in grid])]
    assert TRUE.optimal_n(c) == pytest.approx(numeric, rel=2e-3)


def test_isoflop_vertices_track_the_optimum():
    runs = []
    for c in (1e12, 1e13, 1e14):
        for n in np.geomspace(TRUE.optimal_n(c) / 4, TRUE.optimal_n(c) * 4, 5):
            runs.append(
                {"n": n, "d": c / (6 * n), "c": c, "budget": c, "loss": TRUE.loss(n, c / (6 * n))}
            )
    iso = fit_isoflop(runs)
    for v in iso["vertices"]:
        assert v["n_opt"] == pytest.approx(TRUE.optimal_n(v["c"]), rel=0.15)
    # N_opt grows as C^(beta / (alpha + beta)) under the law.
    assert iso["n_opt_exponent"] == pytest.approx(TRUE.beta / (TRUE.alpha + TRUE.beta), abs=0.03)


def test_too_few_runs_and_bad_files(tmp_path):
    with pytest.raises(GenforgeError, match="at least 5 runs"):
        fit_law(synthetic_runs()[:4])
    bad = tmp_path / "fit.json"
    bad.write_text(json.dumps({"law": {"E": 1.0}}))
    with pytest.raises(GenforgeError, match="not a scaling-law fit"):
        load_law(str(bad))
    assert load_law(None) is DEFAULT_LAW
    good = tmp_path / "good"
    good.mkdir()
    (good / "fit.json").write_text(json.dumps({"law": TRUE.to_dict()}))
    assert load_law(str(good)).loss(1e6, 1e8) == pytest.approx(TRUE.loss(1e6, 1e8))
