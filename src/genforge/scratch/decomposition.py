"""Principal component analysis through the singular value decomposition."""

from __future__ import annotations

import numbers
from typing import Any

import numpy as np

from genforge.scratch.base import (
    BaseEstimator,
    TransformerMixin,
    check_is_fitted,
    validate_data,
)


def svd_flip_rows(U: np.ndarray, Vt: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Fix the sign of each singular pair so the largest-|·| entry of each row of Vt is > 0.

    An SVD is unique only up to the sign of each (uᵢ, vᵢ) pair; this convention (the one
    scikit-learn's PCA uses) makes components reproducible across LAPACK builds.
    """
    pick = np.argmax(np.abs(Vt), axis=1)
    signs = np.sign(Vt[np.arange(len(Vt)), pick])
    signs[signs == 0] = 1.0
    return U * signs, Vt * signs[:, None]


class PCA(TransformerMixin, BaseEstimator):
    """Project centred data on the directions of largest variance.

    With Xc = X − mean = U S Vᵀ, the components are the rows of Vᵀ and the variance along
    component i is Sᵢ²/(n−1). ``n_components``: an int keeps that many; a float in (0, 1)
    keeps the fewest whose variance ratios sum to at least it; None keeps min(n, d).
    ``whiten`` divides the projections by √variance so each has unit variance.
    Attributes: ``components_`` (k, d), ``explained_variance_``,
    ``explained_variance_ratio_``, ``singular_values_``, ``mean_``, ``n_components_``,
    ``noise_variance_``.
    """

    def __init__(self, n_components: int | float | None = None, *, whiten: bool = False):
        self.n_components = n_components
        self.whiten = whiten

    def _resolve_k(self, n: int, d: int, ratio: np.ndarray) -> int:
        nc, limit = self.n_components, min(n, d)
        if nc is None:
            return limit
        if isinstance(nc, numbers.Integral) and not isinstance(nc, bool):
            if 0 <= nc <= limit:
                return int(nc)
            raise ValueError(
                f"n_components={nc} must be between 0 and min(n_samples, n_features)={limit}; "
                "lower n_components."
            )
        if isinstance(nc, numbers.Real) and 0.0 < nc < 1.0:
            # Fewest components whose cumulative ratio reaches nc.
            return int(np.searchsorted(np.cumsum(ratio), nc, side="right") + 1)
        raise ValueError(
            f"The 'n_components' parameter must be None, an int in [0, {limit}] or a float in "
            f"(0, 1). Got {nc!r} instead."
        )

    def fit(self, X: Any, y: Any = None) -> PCA:
        """Fit the components on X (n, d); ``y`` is ignored; return self."""
        self._fit(X)
        return self

    def _fit(self, X: Any) -> np.ndarray:
        X = validate_data(self, X, ensure_min_samples=2)
        n, d = X.shape
        self.mean_ = X.mean(axis=0)
        Xc = X - self.mean_
        U, S, Vt = np.linalg.svd(Xc, full_matrices=False)
        U, Vt = svd_flip_rows(U, Vt)
        variance = S**2 / (n - 1)
        total = variance.sum()
        ratio = variance / total if total > 0 else np.zeros_like(variance)
        k = self._resolve_k(n, d, ratio)
        self.n_components_ = k
        self.n_samples_ = n
        self.components_ = Vt[:k]
        self.explained_variance_ = variance[:k]
        self.explained_variance_ratio_ = ratio[:k]
        self.singular_values_ = S[:k]
        # Probabilistic PCA reads the discarded variance as isotropic noise.
        self.noise_variance_ = float(variance[k:].mean()) if k < min(n, d) else 0.0
        return U[:, :k] * (np.sqrt(n - 1) if self.whiten else S[:k])

    def fit_transform(self, X: Any, y: Any = None) -> np.ndarray:
        """Fit on X and return its projection, shape (n, n_components_)."""
        return self._fit(X)

    def transform(self, X: Any) -> np.ndarray:
        """Project X (n, d) on the components, shape (n, n_components_)."""
        check_is_fitted(self, "components_")
        X = validate_data(self, X, reset=False)
        Z = (X - self.mean_) @ self.components_.T
        if self.whiten:
            Z /= np.sqrt(np.maximum(self.explained_variance_, 1e-300))
        return Z

    def inverse_transform(self, Z: Any) -> np.ndarray:
        """Map projections (n, n_components_) back to the input space, shape (n, d)."""
        check_is_fitted(self, "components_")
        Z = np.asarray(Z, dtype=float)
        if self.whiten:
            Z = Z * np.sqrt(self.explained_variance_)
        return Z @ self.components_ + self.mean_
