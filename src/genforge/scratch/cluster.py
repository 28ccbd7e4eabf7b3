"""k-means clustering: k-means++ seeding, Lloyd iterations, best of ``n_init`` runs."""

from __future__ import annotations

import warnings
from typing import Any

import numpy as np

from genforge.scratch.base import (
    BaseEstimator,
    ClusterMixin,
    TransformerMixin,
    check_is_fitted,
    check_param,
    check_random_state,
    validate_data,
)


def _sq_distances(X: np.ndarray, C: np.ndarray, x_sq: np.ndarray) -> np.ndarray:
    """Squared Euclidean distances (n, k) via ‖x‖² + ‖c‖² − 2xᵀc, clipped at 0."""
    d = x_sq[:, None] + (C**2).sum(axis=1)[None, :] - 2.0 * X @ C.T
    return np.maximum(d, 0.0)


def kmeans_plusplus(
    X: np.ndarray, n_clusters: int, rng: np.random.RandomState, n_local_trials: int | None = None
) -> np.ndarray:
    """Pick ``n_clusters`` initial centres from the rows of X (n, d) by greedy k-means++.

    The first centre is a uniformly random row; each next one is sampled with probability
    proportional to the squared distance to the nearest centre so far. The greedy variant
    draws ``n_local_trials`` (default 2 + ln k) candidates and keeps the one that lowers the
    total squared distance most. Returns centres, shape (n_clusters, d).
    """
    n = len(X)
    if n_local_trials is None:
        n_local_trials = 2 + int(np.log(n_clusters))
    x_sq = (X**2).sum(axis=1)
    centers = np.empty((n_clusters, X.shape[1]), dtype=X.dtype)
    centers[0] = X[rng.randint(n)]
    closest = _sq_distances(X, centers[:1], x_sq)[:, 0]
    potential = closest.sum()
    for c in range(1, n_clusters):
        draws = rng.uniform(size=n_local_trials) * potential
        candidates = np.minimum(np.searchsorted(np.cumsum(closest), draws), n - 1)
        cand_dist = np.minimum(closest[None, :], _sq_distances(X, X[candidates], x_sq).T)
        pots = cand_dist.sum(axis=1)
        best = int(np.argmin(pots))
        potential, closest = pots[best], cand_dist[best]
        centers[c] = X[candidates[best]]
    return centers


def _lloyd(
    X: np.ndarray, centers: np.ndarray, max_iter: int, tol: float
) -> tuple[np.ndarray, np.ndarray, float, int]:
    """Alternate assignment and mean steps until the centres move less than ``tol``."""
    x_sq = (X**2).sum(axis=1)
    k = len(centers)
    n_iter = 0
    for _ in range(max_iter):
        n_iter += 1
        dist = _sq_distances(X, centers, x_sq)
        labels = dist.argmin(axis=1)
        counts = np.bincount(labels, minlength=k)
        new = np.zeros_like(centers)
        np.add.at(new, labels, X)
        empty = counts == 0
        if empty.any():
            # An empty cluster is re-seeded with the points currently worst served, so the
            # run keeps k clusters instead of silently collapsing to fewer.
            far = np.argsort(-dist[np.arange(len(X)), labels], kind="stable")[: empty.sum()]
            new[empty] = X[far]
            counts[empty] = 1
        new /= counts[:, None]
        shift = ((new - centers) ** 2).sum()
        centers = new
        if shift <= tol:
            break
    dist = _sq_distances(X, centers, x_sq)
    labels = dist.argmin(axis=1)
    inertia = float(dist[np.arange(len(X)), labels].sum())
    return centers, labels, inertia, n_iter


class KMeans(ClusterMixin, TransformerMixin, BaseEstimator):
    """k-means: minimise the inertia Σᵢ ‖xᵢ − c_{label(i)}‖² over centres and labels.

    Runs Lloyd's algorithm ``n_init`` times from k-means++ (or random-row) seeds and keeps
    the run with the lowest inertia. ``tol`` is relative to the mean feature variance, as in
    scikit-learn. Attributes: ``cluster_centers_`` (k, d), ``labels_`` (n,), ``inertia_``,
    ``n_iter_``.
    """

    def __init__(
        self,
        n_clusters: int = 8,
        *,
        init: str = "k-means++",
        n_init: int = 1,
        max_iter: int = 300,
        tol: float = 1e-4,
        random_state: Any = None,
    ) -> None:
        self.n_clusters = n_clusters
        self.init = init
        self.n_init = n_init
        self.max_iter = max_iter
        self.tol = tol
        self.random_state = random_state

    def fit(self, X: Any, y: Any = None) -> KMeans:
        """Cluster the rows of X (n, d); ``y`` is ignored; return self."""
        check_param("n_clusters", self.n_clusters, self.n_clusters >= 1, "an int >= 1")
        check_param(
            "init", self.init, self.init in ("k-means++", "random"), "'k-means++' or 'random'"
        )
        check_param("n_init", self.n_init, self.n_init >= 1, "an int >= 1")
        check_param("max_iter", self.max_iter, self.max_iter >= 1, "an int >= 1")
        X = validate_data(self, X)
        if len(X) < self.n_clusters:
            raise ValueError(
                f"n_samples={len(X)} should be >= n_clusters={self.n_clusters}; lower "
                "n_clusters or pass more samples."
            )
        rng = check_random_state(self.random_state)
        tol = self.tol * float(np.mean(np.var(X, axis=0))) if X.size else 0.0
        # Centring does not change the clustering but keeps ‖x‖² + ‖c‖² − 2xᵀc accurate
        # for data far from the origin.
        offset = X.mean(axis=0)
        Xc = X - offset
        best = None
        for _ in range(self.n_init):
            if self.init == "k-means++":
                seeds = kmeans_plusplus(Xc, self.n_clusters, rng)
            else:
                seeds = Xc[rng.permutation(len(Xc))[: self.n_clusters]]
            run = _lloyd(Xc, seeds.astype(float), self.max_iter, tol)
            if best is None or run[2] < best[2]:
                best = run
        centers, labels, inertia, n_iter = best
        distinct = len(np.unique(labels))
        if distinct < self.n_clusters:
            warnings.warn(
                f"Number of distinct clusters ({distinct}) found smaller than n_clusters "
                f"({self.n_clusters}); the data has fewer distinct points than clusters.",
                UserWarning,
                stacklevel=2,
            )
        self.cluster_centers_ = centers + offset
        self.labels_ = labels
        self.inertia_ = inertia
        self.n_iter_ = n_iter
        return self

    def transform(self, X: Any) -> np.ndarray:
        """Euclidean distance from each row to each centre, shape (n, k)."""
        check_is_fitted(self, "cluster_centers_")
        X = validate_data(self, X, reset=False)
        return np.sqrt(_sq_distances(X, self.cluster_centers_, (X**2).sum(axis=1)))

    def predict(self, X: Any) -> np.ndarray:
        """Index of the nearest centre for each row, shape (n,)."""
        return self.transform(X).argmin(axis=1)

    def score(self, X: Any, y: Any = None) -> float:
        """Negative inertia of X against the fitted centres (higher is better)."""
        d = self.transform(X)
        return -float((d.min(axis=1) ** 2).sum())
