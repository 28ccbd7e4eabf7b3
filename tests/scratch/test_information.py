"""Entropy, cross-entropy, KL, JS and mutual information against scipy and scikit-learn."""

import numpy as np
import pytest
from scipy import stats
from scipy.spatial.distance import jensenshannon
from sklearn.metrics import mutual_info_score as sk_mi

from genforge.errors import GenforgeError
from genforge.scratch import information as info


def _random_pair(rng, k, zeros=True):
    p, q = rng.random(k), rng.random(k)
    if zeros:
        p[rng.random(k) < 0.3] = 0.0
    p[0] = max(p[0], 0.1)
    return p, q


@pytest.mark.parametrize("seed", range(20))
def test_entropy_kl_cross_entropy_js_match_scipy(seed):
    rng = np.random.default_rng(seed)
    k = int(rng.integers(1, 12))
    p, q = _random_pair(rng, k)  # unnormalised counts: both libraries normalise
    for base in (None, 2, 10):
        assert info.entropy(p, base=base) == pytest.approx(stats.entropy(p, base=base), abs=1e-12)
        assert info.kl_divergence(p, q, base=base) == pytest.approx(
            stats.entropy(p, q, base=base), abs=1e-12
        )
        pn, qn = p / p.sum(), q / q.sum()
        assert info.cross_entropy(p, q, base=base) == pytest.approx(
            stats.entropy(pn, base=base) + stats.entropy(pn, qn, base=base), abs=1e-12
        )
        assert info.js_divergence(p, q, base=base) == pytest.approx(
            jensenshannon(p, q, base=base) ** 2, abs=1e-12
        )


def test_along_an_axis_and_edge_cases():
    rng = np.random.default_rng(0)
    P, Q = rng.random((4, 6)), rng.random((4, 6))
    np.testing.assert_allclose(info.entropy(P, axis=1), stats.entropy(P, axis=1), atol=1e-12)
    np.testing.assert_allclose(
        info.kl_divergence(P, Q, axis=0), stats.entropy(P, Q, axis=0), atol=1e-12
    )
    assert info.kl_divergence([0.5, 0.5], [1.0, 0.0]) == np.inf
    assert info.kl_divergence([1.0, 0.0], [0.5, 0.5]) == pytest.approx(np.log(2))
    assert info.js_divergence([1.0, 0.0], [0.0, 1.0], base=2) == pytest.approx(1.0)
    assert info.entropy([0.25] * 4, base=2) == pytest.approx(2.0)
    assert info.entropy([1.0, 0.0]) == 0.0


@pytest.mark.parametrize("seed", range(20))
def test_mutual_information_matches_sklearn_with_ties(seed):
    rng = np.random.default_rng(seed)
    n = int(rng.integers(1, 200))
    a = rng.integers(0, int(rng.integers(1, 6)), size=n)
    b = (a + rng.integers(0, 3, size=n)) % 4 if seed % 2 else rng.integers(0, 3, size=n)
    assert info.mutual_info_score(a, b) == pytest.approx(sk_mi(a, b), abs=1e-12)
    assert info.mutual_info_score(a, b, base=2) == pytest.approx(sk_mi(a, b) / np.log(2), abs=1e-12)
    table = np.histogram2d(a, b, bins=[np.arange(a.max() + 2), np.arange(b.max() + 2)])[0]
    assert info.mutual_information(table) == pytest.approx(
        sk_mi(None, None, contingency=table), abs=1e-12
    )
    # I(X;Y) = H(Y) − H(Y|X), and MI of a labeling with itself is its entropy.
    hy = info.entropy(table.sum(axis=0))
    assert info.mutual_information(table) == pytest.approx(
        hy - info.conditional_entropy(table), abs=1e-12
    )
    assert info.mutual_info_score(a, a) == pytest.approx(info.entropy(np.bincount(a)), abs=1e-12)


def test_string_labels_and_independence():
    x = np.array(["a", "b"] * 50)
    y = np.array(["u"] * 50 + ["v"] * 50)  # balanced and independent of x
    assert info.mutual_info_score(x, y) == pytest.approx(0.0, abs=1e-15)
    assert info.mutual_info_score(x, y) == pytest.approx(sk_mi(x, y), abs=1e-15)


def test_bad_input():
    with pytest.raises(GenforgeError, match="negative"):
        info.entropy([0.5, -0.1])
    with pytest.raises(GenforgeError, match="NaN"):
        info.kl_divergence([0.5, np.nan], [0.5, 0.5])
    with pytest.raises(GenforgeError, match="same shape"):
        info.cross_entropy([0.5, 0.5], [1.0, 0.0, 0.0])
    with pytest.raises(GenforgeError, match="sums to 0"):
        info.entropy([0.0, 0.0])
    with pytest.raises(GenforgeError, match="base"):
        info.entropy([0.5, 0.5], base=1)
    with pytest.raises(GenforgeError, match="same length"):
        info.mutual_info_score([0, 1], [0, 1, 1])
    with pytest.raises(GenforgeError, match="2-D"):
        info.mutual_information([0.2, 0.8])
