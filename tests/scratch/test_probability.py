"""Distributions against scipy.stats: log-probabilities, entropies, MLE fits, sampling."""

import numpy as np
import pytest
from scipy import stats

from genforge.errors import GenforgeError
from genforge.scratch.probability import Bernoulli, Categorical, Gaussian, MultivariateGaussian


@pytest.mark.parametrize("p", [0.0, 0.2, 0.5, 0.93, 1.0])
def test_bernoulli_matches_scipy(p):
    d = Bernoulli(p)
    x = np.array([0, 1, 1, 0, 1])
    np.testing.assert_allclose(d.log_prob(x), stats.bernoulli(p).logpmf(x), rtol=1e-12)
    assert d.entropy() == pytest.approx(float(stats.bernoulli(p).entropy()), abs=1e-12)
    assert d.var == pytest.approx(stats.bernoulli(p).var())


def test_bernoulli_fit_and_sample():
    s = Bernoulli(0.3).sample(20_000, rng=0)
    assert set(np.unique(s)) == {0, 1}
    fit = Bernoulli.fit(s)
    assert fit.p == s.mean() and abs(fit.p - 0.3) < 0.015
    # The MLE maximises the likelihood: moving p either way lowers it.
    ll = lambda p: Bernoulli(p).log_prob(s).sum()
    assert ll(fit.p) > ll(fit.p + 0.01) and ll(fit.p) > ll(fit.p - 0.01)


def test_categorical_matches_scipy_and_fits():
    probs = np.array([0.1, 0.0, 0.6, 0.3])
    d = Categorical(probs)
    x = np.array([0, 2, 3, 2, 1])
    ref = stats.multinomial(1, probs).logpmf(np.eye(4)[x])
    np.testing.assert_allclose(d.log_prob(x), ref, rtol=1e-12)
    assert d.entropy() == pytest.approx(float(stats.entropy(probs)), abs=1e-12)
    s = d.sample(50_000, rng=np.random.default_rng(1))
    assert s.min() >= 0 and s.max() <= 3 and not (s == 1).any()
    fit = Categorical.fit(s, n_categories=4)
    np.testing.assert_allclose(fit.probs, probs, atol=0.01)
    np.testing.assert_allclose(fit.probs, np.bincount(s, minlength=4) / len(s), rtol=1e-12)
    smoothed = Categorical.fit([0, 0, 2], n_categories=4, alpha=1.0)
    np.testing.assert_allclose(smoothed.probs, [3 / 7, 1 / 7, 2 / 7, 1 / 7])


@pytest.mark.parametrize("mean,std", [(0.0, 1.0), (-3.0, 0.01), (100.0, 25.0)])
def test_gaussian_matches_scipy(mean, std):
    d = Gaussian(mean, std)
    x = mean + std * np.linspace(-40, 40, 33)  # far tails too: the log stays finite
    np.testing.assert_allclose(d.log_prob(x), stats.norm(mean, std).logpdf(x), rtol=1e-12)
    assert d.entropy() == pytest.approx(
        float(stats.norm(mean, std).entropy()), rel=1e-12, abs=1e-12
    )


def test_gaussian_fit_recovers_parameters_and_kl():
    x = Gaussian(2.0, 0.5).sample(40_000, rng=3)
    fit = Gaussian.fit(x)
    ref_mean, ref_std = stats.norm.fit(x)  # scipy's MLE
    assert fit.mean == pytest.approx(ref_mean, rel=1e-12)
    assert fit.std == pytest.approx(ref_std, rel=1e-12)
    assert abs(fit.mean - 2.0) < 0.01 and abs(fit.std - 0.5) < 0.01
    p, q = Gaussian(0.0, 1.0), Gaussian(1.0, 2.0)
    # Monte-Carlo estimate of E_p[log p − log q] agrees with the closed form.
    s = p.sample(200_000, rng=4)
    assert p.kl_divergence(q) == pytest.approx(np.mean(p.log_prob(s) - q.log_prob(s)), abs=0.01)
    assert p.kl_divergence(p) == 0.0


def _random_spd(rng, d):
    A = rng.normal(size=(d, d))
    return A @ A.T + d * np.eye(d) * 0.1


@pytest.mark.parametrize("d", [1, 2, 5])
def test_multivariate_gaussian_matches_scipy(d):
    rng = np.random.default_rng(d)
    mean, cov = rng.normal(size=d), _random_spd(rng, d)
    mvn = MultivariateGaussian(mean, cov)
    X = rng.normal(size=(20, d)) * 3
    ref = stats.multivariate_normal(mean, cov)
    np.testing.assert_allclose(mvn.log_prob(X), ref.logpdf(X), rtol=1e-10)
    assert mvn.log_prob(X[0]) == pytest.approx(float(ref.logpdf(X[0])), rel=1e-10)
    assert mvn.entropy() == pytest.approx(float(ref.entropy()), rel=1e-10)
    S = mvn.sample(50_000, rng=5)
    np.testing.assert_allclose(S.mean(axis=0), mean, atol=0.05 * np.sqrt(np.diag(cov)).max())
    np.testing.assert_allclose(
        np.cov(S.T, bias=True).reshape(d, d), cov, atol=0.05 * np.abs(cov).max()
    )
    fit = MultivariateGaussian.fit(S)
    np.testing.assert_allclose(fit.mean, S.mean(axis=0), rtol=1e-12)
    np.testing.assert_allclose(fit.cov, np.cov(S.T, bias=True).reshape(d, d), rtol=1e-9)


def test_multivariate_kl_reduces_to_the_univariate_and_is_zero_on_self():
    p = MultivariateGaussian([0.0, 1.0], np.diag([1.0, 4.0]))
    q = MultivariateGaussian([1.0, 0.0], np.diag([2.0, 1.0]))
    # Independent coordinates: the KL is the sum of the per-coordinate KLs.
    expected = Gaussian(0.0, 1.0).kl_divergence(Gaussian(1.0, np.sqrt(2.0))) + Gaussian(
        1.0, 2.0
    ).kl_divergence(Gaussian(0.0, 1.0))
    assert p.kl_divergence(q) == pytest.approx(expected, rel=1e-12)
    assert p.kl_divergence(p) == pytest.approx(0.0, abs=1e-12)


def test_bad_parameters_and_data_raise_clear_errors():
    with pytest.raises(GenforgeError, match=r"\[0, 1\]"):
        Bernoulli(1.5)
    with pytest.raises(GenforgeError, match="0 or 1"):
        Bernoulli(0.5).log_prob([0, 2])
    with pytest.raises(GenforgeError, match="sum to 1"):
        Categorical([0.5, 0.6])
    with pytest.raises(GenforgeError, match="integers in"):
        Categorical([0.5, 0.5]).log_prob([2])
    with pytest.raises(GenforgeError, match="std must be a positive"):
        Gaussian(0.0, 0.0)
    with pytest.raises(GenforgeError, match="NaN"):
        Gaussian.fit([1.0, np.nan, 2.0])
    with pytest.raises(GenforgeError, match="positive definite"):
        MultivariateGaussian([0.0, 0.0], [[1.0, 2.0], [2.0, 1.0]])
    with pytest.raises(GenforgeError, match="shape"):
        MultivariateGaussian([0.0, 0.0], np.eye(3))
    with pytest.raises(GenforgeError, match="more than 3 samples"):
        MultivariateGaussian.fit(np.ones((3, 3)))
    with pytest.raises(GenforgeError, match="n must be a non-negative int"):
        Gaussian().sample(-1)
    with pytest.raises(GenforgeError, match=r"shape \(n, 2\)"):
        MultivariateGaussian([0.0, 0.0], np.eye(2)).log_prob(np.zeros((4, 3)))
