"""Probability distributions from first principles: Bernoulli, Categorical, Gaussian and
multivariate Gaussian.

Each distribution can draw samples, evaluate the log-probability (mass or density) of data,
report its entropy, and be fitted to data by maximum likelihood (``Dist.fit(data)``, a class
method returning a new distribution). Log-probabilities are used rather than probabilities
because the likelihood of a whole data set is a product of many small numbers that
underflows; its log is a sum that does not.

Randomness comes from ``numpy.random.Generator``: pass a seed or a Generator as ``rng``.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from genforge.errors import GenforgeError

__all__ = ["Bernoulli", "Categorical", "Gaussian", "MultivariateGaussian"]

_LOG_2PI = float(np.log(2.0 * np.pi))


def _rng(rng: Any) -> np.random.Generator:
    try:
        return np.random.default_rng(rng)
    except (TypeError, ValueError) as e:
        raise GenforgeError(
            f"rng={rng!r} cannot seed a random generator; pass None, an int seed or a "
            "numpy.random.Generator."
        ) from e


def _n_samples(n: Any) -> int:
    if not isinstance(n, (int, np.integer)) or isinstance(n, bool) or n < 0:
        raise GenforgeError(f"number of samples n must be a non-negative int, got {n!r}.")
    return int(n)


def _finite(x: Any, name: str) -> np.ndarray:
    arr = np.asarray(x, dtype=float)
    if not np.isfinite(arr).all():
        raise GenforgeError(f"{name} contains NaN or infinity (shape {arr.shape}).")
    return arr


class Bernoulli:
    """A coin with P(x = 1) = p, P(x = 0) = 1 − p."""

    def __init__(self, p: float) -> None:
        p = float(p)
        if not 0.0 <= p <= 1.0:
            raise GenforgeError(f"Bernoulli p must be a probability in [0, 1], got {p}.")
        self.p = p

    def __repr__(self) -> str:
        return f"Bernoulli(p={self.p!r})"

    @property
    def mean(self) -> float:
        """E[x] = p."""
        return self.p

    @property
    def var(self) -> float:
        """Var[x] = p (1 − p)."""
        return self.p * (1.0 - self.p)

    def sample(self, n: int, rng: Any = None) -> np.ndarray:
        """``n`` draws as an int array of 0s and 1s, shape (n,)."""
        return (_rng(rng).random(_n_samples(n)) < self.p).astype(np.int64)

    def log_prob(self, x: Any) -> np.ndarray:
        """log P(x) elementwise for x in {0, 1}; −inf for an outcome of probability 0."""
        x = _finite(x, "x")
        if not np.isin(x, (0.0, 1.0)).all():
            raise GenforgeError("Bernoulli outcomes must be 0 or 1; found other values in x.")
        with np.errstate(divide="ignore"):
            return np.where(x == 1.0, np.log(self.p), np.log1p(-self.p))

    def entropy(self) -> float:
        """H = −p log p − (1 − p) log(1 − p), in nats."""
        return float(-sum(q * np.log(q) for q in (self.p, 1.0 - self.p) if q > 0))

    @classmethod
    def fit(cls, x: Any) -> Bernoulli:
        """Maximum-likelihood p: the fraction of ones in the 0/1 data ``x``."""
        x = _finite(x, "x").ravel()
        if x.size == 0:
            raise GenforgeError("Cannot fit a Bernoulli to no data; pass at least one 0/1 outcome.")
        if not np.isin(x, (0.0, 1.0)).all():
            raise GenforgeError("Bernoulli outcomes must be 0 or 1; found other values in x.")
        return cls(float(x.mean()))


class Categorical:
    """A die with k faces: P(x = i) = probs[i] for i in 0..k−1."""

    def __init__(self, probs: Any) -> None:
        p = _finite(probs, "probs")
        if p.ndim != 1 or p.size == 0:
            raise GenforgeError(f"probs must be a non-empty 1-D vector, got shape {p.shape}.")
        if (p < 0).any() or not np.isclose(p.sum(), 1.0, rtol=0, atol=1e-9):
            raise GenforgeError(
                f"probs must be non-negative and sum to 1 (got sum {p.sum()!r}); normalise "
                "counts with counts / counts.sum()."
            )
        self.probs = p / p.sum()

    def __repr__(self) -> str:
        return f"Categorical(probs={self.probs!r})"

    @property
    def n_categories(self) -> int:
        """Number of outcomes k."""
        return len(self.probs)

    def sample(self, n: int, rng: Any = None) -> np.ndarray:
        """``n`` category indices, shape (n,), by inverting the cumulative distribution."""
        u = _rng(rng).random(_n_samples(n))
        cdf = np.cumsum(self.probs)
        # Guard the last edge against the cumulative sum ending at 1 − 1e-16.
        cdf[-1] = 1.0
        return np.searchsorted(cdf, u, side="right").astype(np.int64)

    def _check_outcomes(self, x: Any) -> np.ndarray:
        x = _finite(x, "x")
        if (x != np.round(x)).any() or (x < 0).any() or (x >= self.n_categories).any():
            raise GenforgeError(
                f"Categorical outcomes must be integers in [0, {self.n_categories - 1}]; "
                "found others in x."
            )
        return x.astype(np.int64)

    def log_prob(self, x: Any) -> np.ndarray:
        """log probs[x] elementwise; −inf for a category of probability 0."""
        with np.errstate(divide="ignore"):
            return np.log(self.probs)[self._check_outcomes(x)]

    def entropy(self) -> float:
        """H = −Σ pᵢ log pᵢ, in nats (log k for the uniform die, the maximum)."""
        p = self.probs[self.probs > 0]
        return float(-(p * np.log(p)).sum())

    @classmethod
    def fit(cls, x: Any, n_categories: int | None = None, *, alpha: float = 0.0) -> Categorical:
        """Maximum-likelihood probabilities: category frequencies in ``x``.

        ``alpha`` > 0 adds that pseudo-count to every category (Laplace/Lidstone smoothing,
        the posterior mean under a symmetric Dirichlet prior) so unseen categories keep a
        non-zero probability. ``n_categories`` defaults to max(x) + 1.
        """
        x = _finite(x, "x").ravel()
        if x.size == 0:
            raise GenforgeError("Cannot fit a Categorical to no data; pass at least one outcome.")
        if (x != np.round(x)).any() or (x < 0).any():
            raise GenforgeError("Categorical outcomes must be non-negative integers.")
        k = int(x.max()) + 1 if n_categories is None else int(n_categories)
        if x.max() >= k:
            raise GenforgeError(f"x holds category {int(x.max())} but n_categories={k}.")
        if alpha < 0:
            raise GenforgeError(f"alpha must be >= 0, got {alpha}.")
        counts = np.bincount(x.astype(np.int64), minlength=k) + float(alpha)
        return cls(counts / counts.sum())


class Gaussian:
    """The normal distribution N(mean, std²) on the real line."""

    def __init__(self, mean: float = 0.0, std: float = 1.0) -> None:
        mean, std = float(mean), float(std)
        if not np.isfinite(mean):
            raise GenforgeError(f"Gaussian mean must be finite, got {mean}.")
        if not (np.isfinite(std) and std > 0):
            raise GenforgeError(
                f"Gaussian std must be a positive finite number, got {std}; a zero spread is a "
                "point mass, not a density."
            )
        self.mean = mean
        self.std = std

    def __repr__(self) -> str:
        return f"Gaussian(mean={self.mean!r}, std={self.std!r})"

    @property
    def var(self) -> float:
        """Variance std²."""
        return self.std**2

    def sample(self, n: int, rng: Any = None) -> np.ndarray:
        """``n`` draws, shape (n,): mean + std · z with z standard normal."""
        return self.mean + self.std * _rng(rng).standard_normal(_n_samples(n))

    def log_prob(self, x: Any) -> np.ndarray:
        """log density −½ log(2π σ²) − (x − μ)² / (2σ²), elementwise."""
        z = (_finite(x, "x") - self.mean) / self.std
        return -0.5 * (_LOG_2PI + z * z) - np.log(self.std)

    def entropy(self) -> float:
        """Differential entropy ½ log(2π e σ²), in nats (can be negative for small σ)."""
        return 0.5 * (_LOG_2PI + 1.0) + float(np.log(self.std))

    def kl_divergence(self, other: Gaussian) -> float:
        """KL(self ‖ other) in closed form: log(σ₂/σ₁) + (σ₁² + (μ₁ − μ₂)²) / (2σ₂²) − ½."""
        return float(
            np.log(other.std / self.std)
            + (self.var + (self.mean - other.mean) ** 2) / (2.0 * other.var)
            - 0.5
        )

    @classmethod
    def fit(cls, x: Any) -> Gaussian:
        """Maximum-likelihood mean and std (the 1/n, not 1/(n−1), standard deviation)."""
        x = _finite(x, "x").ravel()
        if x.size < 2:
            raise GenforgeError(f"Fitting a Gaussian needs at least 2 values, got {x.size}.")
        std = float(x.std())
        if std == 0:
            raise GenforgeError(
                "All values in x are equal, so the maximum-likelihood std is 0 and the density "
                "is degenerate; add variation or model the data as a constant."
            )
        return cls(float(x.mean()), std)


class MultivariateGaussian:
    """N(mean, cov) on R^d, with a symmetric positive-definite covariance (d, d).

    Everything goes through the Cholesky factor Σ = L Lᵀ: log|Σ| = 2 Σ log Lᵢᵢ, the
    Mahalanobis distance is ‖L⁻¹(x − μ)‖², and samples are μ + L z.
    """

    def __init__(self, mean: Any, cov: Any) -> None:
        mu = _finite(mean, "mean")
        S = _finite(cov, "cov")
        if mu.ndim != 1:
            raise GenforgeError(f"mean must be a 1-D vector, got shape {mu.shape}.")
        d = len(mu)
        if S.shape != (d, d):
            raise GenforgeError(f"cov must have shape ({d}, {d}) to match mean, got {S.shape}.")
        if not np.allclose(S, S.T, rtol=1e-10, atol=1e-12):
            raise GenforgeError("cov must be symmetric; symmetrise it with (cov + cov.T) / 2.")
        try:
            L = np.linalg.cholesky(S)
        except np.linalg.LinAlgError:
            raise GenforgeError(
                "cov is not positive definite (some direction has zero or negative variance); "
                "add a small multiple of the identity, e.g. cov + 1e-6 * I."
            ) from None
        self.mean = mu
        self.cov = S
        self._chol = L

    def __repr__(self) -> str:
        return f"MultivariateGaussian(mean={self.mean!r}, cov={self.cov!r})"

    @property
    def dim(self) -> int:
        """Dimension d."""
        return len(self.mean)

    def _log_det(self) -> float:
        return 2.0 * float(np.log(np.diag(self._chol)).sum())

    def sample(self, n: int, rng: Any = None) -> np.ndarray:
        """``n`` draws, shape (n, d): μ + L z, whose covariance is L Lᵀ = Σ."""
        z = _rng(rng).standard_normal((_n_samples(n), self.dim))
        return self.mean + z @ self._chol.T

    def log_prob(self, x: Any) -> Any:
        """log density of each row of x (n, d) → (n,), or of one point (d,) → float."""
        x = _finite(x, "x")
        single = x.ndim == 1
        X = x[None, :] if single else x
        if X.ndim != 2 or X.shape[1] != self.dim:
            raise GenforgeError(
                f"x must have shape (n, {self.dim}) or ({self.dim},), got {x.shape}."
            )
        # Solve L y = (x − μ)ᵀ rather than invert Σ: cheaper and more accurate.
        y = np.linalg.solve(self._chol, (X - self.mean).T)
        maha = (y * y).sum(axis=0)
        out = -0.5 * (self.dim * _LOG_2PI + self._log_det() + maha)
        return float(out[0]) if single else out

    def entropy(self) -> float:
        """Differential entropy ½ log det(2π e Σ), in nats."""
        return 0.5 * (self.dim * (_LOG_2PI + 1.0) + self._log_det())

    def kl_divergence(self, other: MultivariateGaussian) -> float:
        """KL(self ‖ other) = ½ [tr(Σ₂⁻¹Σ₁) + Δμᵀ Σ₂⁻¹ Δμ − d + log(|Σ₂| / |Σ₁|)]."""
        if other.dim != self.dim:
            raise GenforgeError(f"dimensions differ: {self.dim} vs {other.dim}.")
        A = np.linalg.solve(other._chol, self._chol)  # L₂⁻¹ L₁, so tr(Σ₂⁻¹Σ₁) = ‖A‖²_F
        b = np.linalg.solve(other._chol, other.mean - self.mean)
        return 0.5 * float((A * A).sum() + b @ b - self.dim + other._log_det() - self._log_det())

    @classmethod
    def fit(cls, X: Any) -> MultivariateGaussian:
        """Maximum-likelihood mean (d,) and covariance (d, d) (1/n normalisation) of rows of X."""
        X = _finite(X, "X")
        if X.ndim != 2:
            raise GenforgeError(f"X must be 2-D (n samples, d features), got shape {X.shape}.")
        n, d = X.shape
        if n <= d:
            raise GenforgeError(
                f"Fitting a {d}-dimensional Gaussian needs more than {d} samples to get a "
                f"positive-definite covariance; got {n}."
            )
        mu = X.mean(axis=0)
        D = X - mu
        cov = D.T @ D / n
        return cls(mu, (cov + cov.T) / 2.0)
