"""Gaussian mixture model fitted by expectation-maximisation (EM).

The model: p(x) = Σₖ πₖ N(x | μₖ, Σₖ). Maximising the log-likelihood directly is hard
because the sum sits inside the log; EM alternates two easy steps instead:

* E-step — with the parameters fixed, compute each component's responsibility for each
  point, r_ik = πₖ N(xᵢ | μₖ, Σₖ) / p(xᵢ) (Bayes' rule);
* M-step — with the responsibilities fixed, re-estimate πₖ, μₖ, Σₖ as responsibility-
  weighted frequencies, means and covariances (weighted maximum likelihood).

Each round never lowers the log-likelihood (Jensen's inequality makes the E-step a tight
lower bound that the M-step then maximises), so the mean log-likelihood is tracked as
``lower_bound_`` and iteration stops when it improves by less than ``tol``.

Covariances are held as Cholesky factors of their inverses (precisions): the density needs
Σ⁻¹ and log|Σ|, and with P = Σ⁻¹ = U Uᵀ both come from U without forming an inverse,
which is faster and numerically safer. ``reg_covar`` is added to every variance so a
component that collapses onto a few points keeps an invertible covariance.
"""

from __future__ import annotations

import warnings
from typing import Any

import numpy as np

from genforge.scratch.base import (
    BaseEstimator,
    ConvergenceWarning,
    DensityMixin,
    check_is_fitted,
    check_param,
    check_random_state,
    validate_data,
)
from genforge.scratch.cluster import KMeans, kmeans_plusplus
from genforge.scratch.naive_bayes import logsumexp

__all__ = ["GaussianMixture"]

_COV_TYPES = ("full", "tied", "diag", "spherical")
_INITS = ("kmeans", "k-means++", "random", "random_from_data")

_ILL_DEFINED = (
    "Fitting the mixture model failed because some components have ill-defined empirical "
    "covariance (for instance caused by singleton or collapsed samples). Try to decrease the "
    "number of components, increase reg_covar, or scale the input data."
)


def _cov_to_precision_cholesky(cov: np.ndarray, cov_type: str) -> np.ndarray:
    """Factor U of each precision P = Σ⁻¹ = U Uᵀ (U upper-triangular for full/tied).

    From Σ = L Lᵀ (Cholesky, L lower) we get Σ⁻¹ = L⁻ᵀ L⁻¹, so U = L⁻ᵀ.
    """
    if cov_type in ("full", "tied"):
        covs = cov[None] if cov_type == "tied" else cov
        d = covs.shape[-1]
        out = np.empty_like(covs)
        eye = np.eye(d)
        for k, c in enumerate(covs):
            try:
                L = np.linalg.cholesky(c)
            except np.linalg.LinAlgError:
                raise ValueError(_ILL_DEFINED) from None
            out[k] = np.linalg.solve(L, eye).T
        return out[0] if cov_type == "tied" else out
    if np.any(cov <= 0.0):
        raise ValueError(_ILL_DEFINED)
    return 1.0 / np.sqrt(cov)


def _precision_to_cholesky(prec: np.ndarray, cov_type: str) -> np.ndarray:
    """Factor U with P = U Uᵀ straight from a given precision (lower Cholesky of P)."""
    if cov_type == "full":
        return np.stack([np.linalg.cholesky(p) for p in prec])
    if cov_type == "tied":
        return np.linalg.cholesky(prec)
    return np.sqrt(prec)


def _log_gaussian_prob(
    X: np.ndarray, means: np.ndarray, prec_chol: np.ndarray, cov_type: str
) -> np.ndarray:
    """log N(xᵢ | μₖ, Σₖ) for every row and component, shape (n, k)."""
    n, d = X.shape
    k = len(means)
    if cov_type == "full":
        # log|P|^½ = Σ log diag(U); the Mahalanobis term is ‖(x − μ)ᵀ U‖².
        log_det = np.log(np.diagonal(prec_chol, axis1=1, axis2=2)).sum(axis=1)
        maha = np.empty((n, k))
        for j in range(k):
            y = X @ prec_chol[j] - means[j] @ prec_chol[j]
            maha[:, j] = (y * y).sum(axis=1)
    elif cov_type == "tied":
        log_det = np.full(k, np.log(np.diag(prec_chol)).sum())
        maha = np.empty((n, k))
        for j in range(k):
            y = X @ prec_chol - means[j] @ prec_chol
            maha[:, j] = (y * y).sum(axis=1)
    elif cov_type == "diag":
        log_det = np.log(prec_chol).sum(axis=1)
        p = prec_chol**2
        # ‖(x − μ)·s‖² expanded, so the (n, k) result comes from two matrix products.
        maha = (means**2 * p).sum(axis=1)[None, :] - 2.0 * X @ (means * p).T + (X**2) @ p.T
    else:  # spherical: one precision per component
        log_det = d * np.log(prec_chol)
        p = prec_chol**2
        maha = (
            (means**2).sum(axis=1)[None, :] * p[None, :]
            - 2.0 * (X @ means.T) * p[None, :]
            + np.outer((X**2).sum(axis=1), p)
        )
    return -0.5 * (d * np.log(2.0 * np.pi) + maha) + log_det[None, :]


def _estimate_parameters(
    X: np.ndarray, resp: np.ndarray, reg_covar: float, cov_type: str
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """M-step: responsibility-weighted counts (k,), means (k, d) and covariances."""
    # A component that owns no point would divide by zero; ten machine epsilons of mass
    # keep its mean finite without changing any component that owns something.
    nk = resp.sum(axis=0) + 10.0 * np.finfo(resp.dtype).eps
    means = resp.T @ X / nk[:, None]
    d = X.shape[1]
    if cov_type == "full":
        cov = np.empty((len(nk), d, d))
        for j in range(len(nk)):
            diff = X - means[j]
            cov[j] = (resp[:, j, None] * diff).T @ diff / nk[j]
            cov[j].flat[:: d + 1] += reg_covar
    elif cov_type == "tied":
        # Pooled within-component scatter: E[xxᵀ] minus the weighted outer products of means.
        cov = (X.T @ X - (nk[:, None] * means).T @ means) / nk.sum()
        cov.flat[:: d + 1] += reg_covar
    else:
        second = resp.T @ (X * X) / nk[:, None]
        cross = means * (resp.T @ X) / nk[:, None]
        var = second - 2.0 * cross + means**2 + reg_covar
        cov = var if cov_type == "diag" else var.mean(axis=1)
    return nk, means, cov


class GaussianMixture(DensityMixin, BaseEstimator):
    """A mixture of ``n_components`` Gaussians fitted by EM (scikit-learn's API).

    ``covariance_type``: "full" (each component its own Σ, shape (k, d, d)), "tied" (one
    shared Σ, (d, d)), "diag" (diagonal Σ per component, (k, d)) or "spherical" (σ² I per
    component, (k,)). ``init_params`` chooses the starting responsibilities: "kmeans"
    (k-means clustering), "k-means++" / "random_from_data" (each point assigned to the
    nearest of k seeds picked by k-means++ / uniformly), "random" (random soft
    assignments). ``weights_init``/``means_init``/``precisions_init`` override the start.
    The best of ``n_init`` runs (highest final lower bound) is kept.

    Learned: ``weights_`` (k,), ``means_`` (k, d), ``covariances_``, ``precisions_``,
    ``precisions_cholesky_``, ``converged_``, ``n_iter_``, ``lower_bound_`` (mean
    log-likelihood per sample at the last E-step, nats), ``lower_bounds_``.
    """

    def __init__(
        self,
        n_components: int = 1,
        *,
        covariance_type: str = "full",
        tol: float = 1e-3,
        reg_covar: float = 1e-6,
        max_iter: int = 100,
        n_init: int = 1,
        init_params: str = "kmeans",
        weights_init: Any = None,
        means_init: Any = None,
        precisions_init: Any = None,
        random_state: Any = None,
        warm_start: bool = False,
    ) -> None:
        self.n_components = n_components
        self.covariance_type = covariance_type
        self.tol = tol
        self.reg_covar = reg_covar
        self.max_iter = max_iter
        self.n_init = n_init
        self.init_params = init_params
        self.weights_init = weights_init
        self.means_init = means_init
        self.precisions_init = precisions_init
        self.random_state = random_state
        self.warm_start = warm_start

    # ----------------------------------------------------------------- validation

    def _check_parameters(self, X: np.ndarray) -> None:
        def is_int(v: Any) -> bool:
            return isinstance(v, (int, np.integer)) and not isinstance(v, bool)

        check_param(
            "n_components",
            self.n_components,
            is_int(self.n_components) and self.n_components >= 1,
            "an int >= 1",
        )
        check_param(
            "covariance_type",
            self.covariance_type,
            self.covariance_type in _COV_TYPES,
            f"one of {_COV_TYPES}",
        )
        check_param(
            "tol", self.tol, isinstance(self.tol, (int, float)) and self.tol >= 0, "a float >= 0"
        )
        check_param(
            "reg_covar",
            self.reg_covar,
            isinstance(self.reg_covar, (int, float)) and self.reg_covar >= 0,
            "a float >= 0",
        )
        check_param(
            "max_iter", self.max_iter, is_int(self.max_iter) and self.max_iter >= 0, "an int >= 0"
        )
        check_param("n_init", self.n_init, is_int(self.n_init) and self.n_init >= 1, "an int >= 1")
        check_param("init_params", self.init_params, self.init_params in _INITS, f"one of {_INITS}")
        if len(X) < self.n_components:
            raise ValueError(
                f"Expected n_samples >= n_components but got n_components = "
                f"{self.n_components}, n_samples = {len(X)}"
            )
        k, d = self.n_components, X.shape[1]
        if self.weights_init is not None:
            w = np.asarray(self.weights_init, dtype=float)
            if w.shape != (k,):
                raise ValueError(f"weights_init should have shape ({k},), got {w.shape}.")
            if (w < 0).any() or (w > 1).any() or not np.isclose(w.sum(), 1.0):
                raise ValueError(
                    f"weights_init must be probabilities in [0, 1] summing to 1; got {w}."
                )
        if self.means_init is not None:
            m = np.asarray(self.means_init, dtype=float)
            if m.shape != (k, d):
                raise ValueError(f"means_init should have shape ({k}, {d}), got {m.shape}.")
        if self.precisions_init is not None:
            p = np.asarray(self.precisions_init, dtype=float)
            want = {"full": (k, d, d), "tied": (d, d), "diag": (k, d), "spherical": (k,)}[
                self.covariance_type
            ]
            if p.shape != want:
                raise ValueError(
                    f"precisions_init for covariance_type={self.covariance_type!r} should have "
                    f"shape {want}, got {p.shape}."
                )
            if self.covariance_type in ("full", "tied"):
                for m in p.reshape(-1, d, d):
                    if not np.allclose(m, m.T) or np.linalg.eigvalsh(m).min() <= 0:
                        raise ValueError(
                            "precisions_init must be symmetric positive-definite matrices."
                        )
            elif (p <= 0).any():
                raise ValueError("precisions_init must be strictly positive.")

    # ----------------------------------------------------------------- EM pieces

    def _initial_responsibilities(self, X: np.ndarray, rng: np.random.RandomState) -> np.ndarray:
        n, k = len(X), self.n_components
        if self.init_params == "random":
            resp = rng.uniform(size=(n, k))
            return resp / resp.sum(axis=1, keepdims=True)
        if self.init_params == "kmeans":
            labels = KMeans(n_clusters=k, n_init=1, random_state=rng).fit(X).labels_
        else:
            if self.init_params == "k-means++":
                seeds = kmeans_plusplus(X, k, rng)
            else:
                seeds = X[rng.choice(n, size=k, replace=False)]
            # Hard-assign every point to its nearest seed, so each starting covariance is
            # estimated from a whole cell of points rather than from a single seed.
            d2 = ((X[:, None, :] - seeds[None, :, :]) ** 2).sum(axis=2)
            labels = d2.argmin(axis=1)
        resp = np.zeros((n, k))
        resp[np.arange(n), labels] = 1.0
        return resp

    def _initialize(self, X: np.ndarray, resp: np.ndarray) -> None:
        nk, means, cov = _estimate_parameters(X, resp, self.reg_covar, self.covariance_type)
        self.weights_ = (
            nk / nk.sum() if self.weights_init is None else np.asarray(self.weights_init, float)
        )
        self.means_ = means if self.means_init is None else np.asarray(self.means_init, float)
        if self.precisions_init is None:
            self.covariances_ = cov
            self.precisions_cholesky_ = _cov_to_precision_cholesky(cov, self.covariance_type)
        else:
            self.precisions_cholesky_ = _precision_to_cholesky(
                np.asarray(self.precisions_init, float), self.covariance_type
            )

    def _weighted_log_prob(self, X: np.ndarray) -> np.ndarray:
        with np.errstate(divide="ignore"):
            log_w = np.log(self.weights_)
        return (
            _log_gaussian_prob(X, self.means_, self.precisions_cholesky_, self.covariance_type)
            + log_w[None, :]
        )

    def _e_step(self, X: np.ndarray) -> tuple[float, np.ndarray]:
        """Mean log-likelihood of X and log-responsibilities (n, k)."""
        wlp = self._weighted_log_prob(X)
        log_norm = logsumexp(wlp, axis=1)
        return float(np.mean(log_norm)), wlp - log_norm[:, None]

    def _m_step(self, X: np.ndarray, log_resp: np.ndarray) -> None:
        nk, self.means_, self.covariances_ = _estimate_parameters(
            X, np.exp(log_resp), self.reg_covar, self.covariance_type
        )
        self.weights_ = nk / nk.sum()
        self.precisions_cholesky_ = _cov_to_precision_cholesky(
            self.covariances_, self.covariance_type
        )

    def _snapshot(self) -> tuple[Any, ...]:
        return (
            self.weights_.copy(),
            self.means_.copy(),
            None if getattr(self, "covariances_", None) is None else self.covariances_.copy(),
            self.precisions_cholesky_.copy(),
        )

    def _restore(self, params: tuple[Any, ...]) -> None:
        self.weights_, self.means_, self.covariances_, self.precisions_cholesky_ = params
        u = self.precisions_cholesky_
        if self.covariance_type == "full":
            self.precisions_ = u @ np.transpose(u, (0, 2, 1))
        elif self.covariance_type == "tied":
            self.precisions_ = u @ u.T
        else:
            self.precisions_ = u**2

    # ----------------------------------------------------------------- public API

    def fit(self, X: Any, y: Any = None) -> GaussianMixture:
        """Fit the mixture to the rows of X (n, d) by EM; ``y`` is ignored; return self."""
        self.fit_predict(X, y)
        return self

    def fit_predict(self, X: Any, y: Any = None) -> np.ndarray:
        """Fit, then return the most responsible component of each training row, shape (n,)."""
        X = validate_data(self, X, ensure_min_samples=2, dtype=np.float64)
        self._check_parameters(X)
        fresh = not (self.warm_start and hasattr(self, "converged_"))
        rng = check_random_state(self.random_state)
        best_bound, best_params, best_iter, best_bounds = -np.inf, None, 0, []
        self.converged_ = False
        for _ in range(self.n_init if fresh else 1):
            if fresh:
                self._initialize(X, self._initial_responsibilities(X, rng))
            bound = -np.inf if fresh else self.lower_bound_
            bounds: list[float] = []
            converged = False
            for _ in range(self.max_iter):
                previous = bound
                bound, log_resp = self._e_step(X)
                self._m_step(X, log_resp)
                bounds.append(bound)
                if abs(bound - previous) < self.tol:
                    converged = True
                    break
            n_iter = len(bounds)
            if best_params is None or bound > best_bound:
                best_bound, best_params, best_iter, best_bounds = (
                    bound,
                    self._snapshot(),
                    n_iter,
                    bounds,
                )
                self.converged_ = converged
        if not self.converged_ and self.max_iter > 0:
            warnings.warn(
                "Best performing initialization did not converge. Try different init "
                "parameters, or increase max_iter, tol, or check for degenerate data.",
                ConvergenceWarning,
                stacklevel=2,
            )
        self._restore(best_params)
        self.n_iter_ = best_iter
        self.lower_bound_ = best_bound
        self.lower_bounds_ = best_bounds
        # One more E-step so the labels returned here equal fit(X).predict(X).
        _, log_resp = self._e_step(X)
        return log_resp.argmax(axis=1)

    def _validated(self, X: Any) -> np.ndarray:
        check_is_fitted(self, "precisions_cholesky_")
        return validate_data(self, X, reset=False, dtype=np.float64)

    def score_samples(self, X: Any) -> np.ndarray:
        """log p(x) of each row under the mixture, shape (n,), in nats."""
        return logsumexp(self._weighted_log_prob(self._validated(X)), axis=1)

    def score(self, X: Any, y: Any = None) -> float:
        """Mean log-likelihood per row of X (nats)."""
        return float(self.score_samples(X).mean())

    def predict_proba(self, X: Any) -> np.ndarray:
        """Responsibilities p(component | x), shape (n, k); rows sum to 1."""
        wlp = self._weighted_log_prob(self._validated(X))
        return np.exp(wlp - logsumexp(wlp, axis=1)[:, None])

    def predict(self, X: Any) -> np.ndarray:
        """Index of the most responsible component for each row, shape (n,)."""
        return self._weighted_log_prob(self._validated(X)).argmax(axis=1)

    def _n_parameters(self) -> int:
        k, d = self.means_.shape
        cov = {
            "full": k * d * (d + 1) / 2.0,
            "tied": d * (d + 1) / 2.0,
            "diag": k * d,
            "spherical": k,
        }[self.covariance_type]
        return int(cov + k * d + k - 1)

    def bic(self, X: Any) -> float:
        """Bayesian information criterion −2 log L + p ln n (lower is better)."""
        X = self._validated(X)
        return -2.0 * self.score(X) * len(X) + self._n_parameters() * np.log(len(X))

    def aic(self, X: Any) -> float:
        """Akaike information criterion −2 log L + 2p (lower is better)."""
        X = self._validated(X)
        return -2.0 * self.score(X) * len(X) + 2.0 * self._n_parameters()

    def sample(self, n_samples: int = 1) -> tuple[np.ndarray, np.ndarray]:
        """Draw ``n_samples`` points from the fitted mixture: (X (n, d), component labels (n,))."""
        check_is_fitted(self, "means_")
        if n_samples < 1:
            raise ValueError(f"Invalid value for 'n_samples': {n_samples}. It must be >= 1.")
        rng = check_random_state(self.random_state)
        counts = rng.multinomial(n_samples, self.weights_)
        k, d = self.means_.shape
        if self.covariance_type == "full":
            chols = [np.linalg.cholesky(c) for c in self.covariances_]
        elif self.covariance_type == "tied":
            chols = [np.linalg.cholesky(self.covariances_)] * k
        elif self.covariance_type == "diag":
            chols = [np.diag(np.sqrt(v)) for v in self.covariances_]
        else:
            chols = [np.sqrt(v) * np.eye(d) for v in self.covariances_]
        # x = μ + L z with z ~ N(0, I) has covariance L Lᵀ = Σ.
        parts = [
            self.means_[j] + rng.standard_normal((c, d)) @ chols[j].T for j, c in enumerate(counts)
        ]
        labels = np.repeat(np.arange(k), counts)
        return np.vstack(parts), labels
