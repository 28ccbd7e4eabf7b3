"""Information theory on discrete distributions: entropy, cross-entropy, KL and JS
divergence, mutual information.

All quantities are in nats (natural log) unless ``base`` is given (``base=2`` gives bits).
Inputs are non-negative weights along ``axis`` and are normalised to sum to 1 first, so
counts can be passed directly. The convention 0 · log 0 = 0 holds throughout: an outcome
with zero probability contributes nothing, and an outcome that p allows but q forbids makes
KL(p‖q) and the cross-entropy infinite.

Why these matter for a language model: its training loss is the cross-entropy between the
data's next-token distribution and the model's, which equals the data's entropy (fixed)
plus KL(data‖model) — the only part training can reduce.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from genforge.errors import GenforgeError

__all__ = [
    "conditional_entropy",
    "cross_entropy",
    "entropy",
    "js_divergence",
    "kl_divergence",
    "mutual_info_score",
    "mutual_information",
]


def _log_base(base: float | None) -> float:
    if base is None:
        return 1.0
    if not np.isfinite(base) or base <= 0 or base == 1:
        raise GenforgeError(
            f"base={base!r} is not a valid logarithm base; use None (nats), 2 (bits) or "
            "another positive number other than 1."
        )
    return float(np.log(base))


def _distribution(p: Any, name: str, axis: int) -> np.ndarray:
    """Validate non-negative finite weights and normalise them to sum to 1 along ``axis``."""
    arr = np.asarray(p, dtype=float)
    if arr.ndim == 0:
        raise GenforgeError(f"{name} must be an array of probabilities or counts, got a scalar.")
    if arr.shape[axis] == 0:
        raise GenforgeError(f"{name} is empty along axis {axis} (shape {arr.shape}).")
    if not np.isfinite(arr).all():
        raise GenforgeError(
            f"{name} contains NaN or infinity (shape {arr.shape}); pass finite weights."
        )
    if (arr < 0).any():
        raise GenforgeError(
            f"{name} has negative entries (min {arr.min()}); probabilities and counts must be >= 0."
        )
    total = arr.sum(axis=axis, keepdims=True)
    if (total == 0).any():
        raise GenforgeError(
            f"{name} sums to 0 along axis {axis}; a distribution needs some positive mass."
        )
    return arr / total


def _pair(p: Any, q: Any, axis: int) -> tuple[np.ndarray, np.ndarray]:
    pa = _distribution(p, "p", axis)
    qa = _distribution(q, "q", axis)
    if pa.shape != qa.shape:
        raise GenforgeError(
            f"p and q must have the same shape (one probability per outcome); got {pa.shape} "
            f"and {qa.shape}."
        )
    return pa, qa


def _xlogy(x: np.ndarray, y: np.ndarray) -> np.ndarray:
    """x · log y with 0 · log y = 0 even where y = 0."""
    out = np.zeros(np.broadcast(x, y).shape)
    nz = np.broadcast_to(x != 0, out.shape)
    xb = np.broadcast_to(x, out.shape)
    yb = np.broadcast_to(y, out.shape)
    with np.errstate(divide="ignore"):
        out[nz] = xb[nz] * np.log(yb[nz])
    return out


def entropy(p: Any, *, base: float | None = None, axis: int = -1) -> Any:
    """Shannon entropy H(p) = −Σ pᵢ log pᵢ along ``axis`` (a float for 1-D input)."""
    pa = _distribution(p, "p", axis)
    h = -_xlogy(pa, pa).sum(axis=axis) / _log_base(base)
    return float(h) if np.ndim(h) == 0 else h


def cross_entropy(p: Any, q: Any, *, base: float | None = None, axis: int = -1) -> Any:
    """Cross-entropy H(p, q) = −Σ pᵢ log qᵢ: the mean code length of p under a code for q."""
    pa, qa = _pair(p, q, axis)
    h = -_xlogy(pa, qa).sum(axis=axis) / _log_base(base)
    return float(h) if np.ndim(h) == 0 else h


def kl_divergence(p: Any, q: Any, *, base: float | None = None, axis: int = -1) -> Any:
    """Kullback-Leibler divergence KL(p‖q) = Σ pᵢ log(pᵢ / qᵢ) ≥ 0.

    Infinite where q gives zero probability to an outcome p allows. Not symmetric:
    KL(p‖q) ≠ KL(q‖p) in general.
    """
    pa, qa = _pair(p, q, axis)
    with np.errstate(divide="ignore"):
        terms = _xlogy(pa, pa) - _xlogy(pa, qa)
    kl = terms.sum(axis=axis) / _log_base(base)
    # Rounding can leave −1e-17 for identical inputs; the true value is never negative.
    kl = np.maximum(kl, 0.0)
    return float(kl) if np.ndim(kl) == 0 else kl


def js_divergence(p: Any, q: Any, *, base: float | None = None, axis: int = -1) -> Any:
    """Jensen-Shannon divergence ½ KL(p‖m) + ½ KL(q‖m), m = (p + q) / 2.

    Symmetric, always finite, and at most log 2 (1 bit); its square root is a metric (what
    ``scipy.spatial.distance.jensenshannon`` returns).
    """
    pa, qa = _pair(p, q, axis)
    m = 0.5 * (pa + qa)
    js = 0.5 * kl_divergence(pa, m, base=base, axis=axis) + 0.5 * kl_divergence(
        qa, m, base=base, axis=axis
    )
    return js


def mutual_information(joint: Any, *, base: float | None = None) -> float:
    """I(X; Y) = Σ p(x, y) log[p(x, y) / (p(x) p(y))] from a joint table (counts or probabilities).

    ``joint`` has shape (|X|, |Y|). I(X; Y) = KL(p(x, y) ‖ p(x) p(y)): how far the pair is
    from independent; 0 exactly when X and Y are independent.
    """
    pxy = np.asarray(joint, dtype=float)
    if pxy.ndim != 2:
        raise GenforgeError(
            f"joint must be a 2-D table of counts or probabilities p(x, y), got shape {pxy.shape}."
        )
    pxy = _distribution(pxy.ravel(), "joint", -1).reshape(pxy.shape)
    px = pxy.sum(axis=1, keepdims=True)
    py = pxy.sum(axis=0, keepdims=True)
    nz = pxy > 0
    # Only cells with mass contribute; their marginals are then positive too.
    ratio = pxy[nz] / (px @ py)[nz]
    mi = float(np.sum(pxy[nz] * np.log(ratio))) / _log_base(base)
    return max(mi, 0.0)


def conditional_entropy(joint: Any, *, base: float | None = None) -> float:
    """H(Y | X) = H(X, Y) − H(X) from a joint table of shape (|X|, |Y|)."""
    pxy = np.asarray(joint, dtype=float)
    if pxy.ndim != 2:
        raise GenforgeError(f"joint must be a 2-D table p(x, y), got shape {pxy.shape}.")
    pxy = _distribution(pxy.ravel(), "joint", -1).reshape(pxy.shape)
    h = entropy(pxy.ravel(), base=base) - entropy(pxy.sum(axis=1), base=base)
    return max(float(h), 0.0)


def _contingency(labels_a: Any, labels_b: Any) -> np.ndarray:
    a = np.asarray(labels_a)
    b = np.asarray(labels_b)
    if a.ndim != 1 or b.ndim != 1:
        raise GenforgeError(f"labels must be 1-D arrays; got shapes {a.shape} and {b.shape}.")
    if len(a) != len(b):
        raise GenforgeError(
            f"labels_true and labels_pred must have the same length; got {len(a)} and {len(b)}."
        )
    if len(a) == 0:
        raise GenforgeError("labels are empty; at least one sample is needed.")
    _, ia = np.unique(a, return_inverse=True)
    _, ib = np.unique(b, return_inverse=True)
    ia, ib = ia.ravel(), ib.ravel()
    table = np.zeros((ia.max() + 1, ib.max() + 1))
    np.add.at(table, (ia, ib), 1.0)
    return table


def mutual_info_score(labels_true: Any, labels_pred: Any, *, base: float | None = None) -> float:
    """Mutual information between two labelings of the same samples (e.g. clusters vs classes).

    Builds the contingency table of label pairs and applies :func:`mutual_information`;
    equals ``sklearn.metrics.mutual_info_score`` (nats) with the default base.
    """
    return mutual_information(_contingency(labels_true, labels_pred), base=base)
