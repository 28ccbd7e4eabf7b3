"""k-nearest-neighbours classification by brute-force Minkowski distances."""

from __future__ import annotations

from typing import Any

import numpy as np

from genforge.scratch.base import (
    BaseEstimator,
    ClassifierMixin,
    check_is_fitted,
    check_param,
    encode_classes,
    validate_data,
)

# Rows of the query processed at once: bounds the (chunk × n_train) distance matrix.
_CHUNK = 1024


def _pairwise_distances(A: np.ndarray, B: np.ndarray, p: float) -> np.ndarray:
    if p == 2:
        # ‖a−b‖² = ‖a‖² + ‖b‖² − 2aᵀb: one matrix product instead of an (m, n, d) array.
        # Rounding can make it slightly negative, hence the clip.
        sq = (A**2).sum(1)[:, None] + (B**2).sum(1)[None, :] - 2.0 * A @ B.T
        return np.sqrt(np.maximum(sq, 0.0))
    diff = np.abs(A[:, None, :] - B[None, :, :])
    if p == 1:
        return diff.sum(-1)
    if np.isinf(p):
        return diff.max(-1)
    return (diff**p).sum(-1) ** (1.0 / p)


class KNeighborsClassifier(ClassifierMixin, BaseEstimator):
    """Vote among the ``n_neighbors`` closest training points (Minkowski distance of order p).

    ``weights="uniform"`` counts each neighbour once; ``"distance"`` weighs it by 1/distance,
    and a query that coincides with training points takes only those points' labels.
    Ties between equally distant neighbours go to the lower training index; ties between
    classes go to the first class in ``classes_``.
    """

    def __init__(self, n_neighbors: int = 5, *, weights: str = "uniform", p: float = 2):
        self.n_neighbors = n_neighbors
        self.weights = weights
        self.p = p

    def fit(self, X: Any, y: Any) -> KNeighborsClassifier:
        """Store the training set X (n, d) and labels y (n,); return self."""
        check_param(
            "n_neighbors",
            self.n_neighbors,
            isinstance(self.n_neighbors, int | np.integer) and self.n_neighbors >= 1,
            "an int >= 1",
        )
        check_param(
            "weights",
            self.weights,
            self.weights in ("uniform", "distance"),
            "'uniform' or 'distance'",
        )
        check_param("p", self.p, self.p >= 1, "a float >= 1")
        X, y = validate_data(self, X, y)
        self._codes = encode_classes(self, y, min_classes=1)
        self._fit_X = X
        self.n_samples_fit_ = X.shape[0]
        return self

    def kneighbors(self, X: Any, n_neighbors: int | None = None) -> tuple[np.ndarray, np.ndarray]:
        """Distances and indices of the nearest training points, each (n, k), nearest first."""
        check_is_fitted(self, "_fit_X")
        X = validate_data(self, X, reset=False)
        k = self.n_neighbors if n_neighbors is None else n_neighbors
        if k > self.n_samples_fit_:
            raise ValueError(
                f"Expected n_neighbors <= n_samples_fit, but n_neighbors = {k}, n_samples_fit "
                f"= {self.n_samples_fit_}; lower n_neighbors or add training samples."
            )
        dist = np.empty((len(X), k))
        ind = np.empty((len(X), k), dtype=np.intp)
        for start in range(0, len(X), _CHUNK):
            D = _pairwise_distances(X[start : start + _CHUNK], self._fit_X, self.p)
            # A stable sort keeps equally distant points in training order.
            order = np.argsort(D, axis=1, kind="stable")[:, :k]
            ind[start : start + _CHUNK] = order
            dist[start : start + _CHUNK] = np.take_along_axis(D, order, axis=1)
        return dist, ind

    def predict_proba(self, X: Any) -> np.ndarray:
        """Weighted share of each class among the neighbours, shape (n, K) in ``classes_`` order."""
        dist, ind = self.kneighbors(X)
        labels = self._codes[ind]
        if self.weights == "uniform":
            w = np.ones_like(dist)
        else:
            with np.errstate(divide="ignore"):
                w = 1.0 / dist
            exact = np.isinf(w)
            rows = exact.any(axis=1)
            w[rows] = exact[rows].astype(float)
        K = len(self.classes_)
        votes = np.zeros((len(dist), K))
        np.add.at(votes, (np.arange(len(dist))[:, None], labels), w)
        return votes / votes.sum(axis=1, keepdims=True)

    def predict(self, X: Any) -> np.ndarray:
        """Majority (or weighted-majority) class per row, shape (n,)."""
        proba = self.predict_proba(X)
        return self.classes_[proba.argmax(axis=1)]
