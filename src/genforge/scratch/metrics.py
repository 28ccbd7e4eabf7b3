"""Evaluation metrics, written out in NumPy and held to scikit-learn's numbers.

Classification: accuracy, confusion matrix, precision / recall / F-beta (binary, micro,
macro, weighted), ROC curve and ROC-AUC, precision-recall curve and average precision,
log-loss. Regression: R², mean squared error, mean absolute error.

Every function follows scikit-learn's definitions and edge-case conventions (ties in the
scores, classes missing from a fold, zero divisions) so that a number computed here can be
compared with one computed there. Bad input raises ``ValueError`` naming the shape or value.
"""

from __future__ import annotations

import warnings
from collections.abc import Sequence
from typing import Any

import numpy as np

__all__ = [
    "UndefinedMetricWarning",
    "accuracy_score",
    "auc",
    "average_precision_score",
    "confusion_matrix",
    "f1_score",
    "fbeta_score",
    "log_loss",
    "mean_absolute_error",
    "mean_squared_error",
    "precision_recall_curve",
    "precision_recall_fscore_support",
    "precision_score",
    "r2_score",
    "recall_score",
    "roc_auc_score",
    "roc_curve",
]


class UndefinedMetricWarning(UserWarning):
    """A metric was asked for where it is undefined (e.g. precision with no predicted positive)."""


# ---------------------------------------------------------------------------------------
# Input checking shared by the classification metrics


def _as_1d(y: Any, name: str) -> np.ndarray:
    arr = np.asarray(y)
    if arr.ndim == 2 and arr.shape[1] == 1:
        arr = arr.ravel()
    if arr.ndim != 1:
        raise ValueError(
            f"{name} must be a 1-D array of labels or scores, got shape {arr.shape}; "
            "multilabel/multioutput input is not supported here."
        )
    return arr


def _check_finite(arr: np.ndarray, name: str) -> None:
    if arr.dtype.kind in "fc" and not np.isfinite(arr).all():
        raise ValueError(f"Input {name} contains NaN or infinity (shape {arr.shape}).")


def _check_same_length(*pairs: tuple[str, np.ndarray | None]) -> None:
    lengths = {name: len(a) for name, a in pairs if a is not None}
    if len(set(lengths.values())) > 1:
        desc = ", ".join(f"{k} has {v}" for k, v in lengths.items())
        raise ValueError(f"Found input variables with inconsistent numbers of samples: {desc}.")


def _check_weights(sample_weight: Any, n: int) -> np.ndarray | None:
    if sample_weight is None:
        return None
    w = np.asarray(sample_weight, dtype=float)
    if w.ndim != 1 or len(w) != n:
        raise ValueError(f"sample_weight must have shape ({n},), got {w.shape}.")
    _check_finite(w, "sample_weight")
    return w


def _labels_1d(y_true: Any) -> np.ndarray:
    arr = _as_1d(y_true, "y_true")
    _check_finite(arr, "y_true")
    return arr


def _binary_scores(y_score: Any, yt: np.ndarray) -> np.ndarray:
    """``y_score`` as a finite float vector with one score per label of ``yt``."""
    s = _as_1d(y_score, "y_score").astype(float)
    _check_same_length(("y_true", yt), ("y_score", s))
    _check_finite(s, "y_score")
    return s


def _check_pos_label(pos_label: Any, present: np.ndarray) -> None:
    if pos_label not in present and len(present) >= 2:
        raise ValueError(
            f"pos_label={pos_label} is not a valid label. It should be one of {present.tolist()}"
        )


def _total(values: np.ndarray, w: np.ndarray | None, normalize: bool) -> float:
    """Weighted mean of per-sample ``values``, or with ``normalize=False`` their weighted sum."""
    if normalize:
        return float(np.average(values, weights=w))
    return float(values.sum() if w is None else values @ w)


def _classification_labels(
    y_true: Any, y_pred: Any, sample_weight: Any = None
) -> tuple[np.ndarray, np.ndarray, np.ndarray | None, str, np.ndarray]:
    """Validate a pair of label vectors; return them, weights, the target type, the labels.

    The target type is "binary" when the union of labels has at most two values and
    "multiclass" otherwise; continuous labels are refused.
    """
    yt = _as_1d(y_true, "y_true")
    yp = _as_1d(y_pred, "y_pred")
    _check_same_length(("y_true", yt), ("y_pred", yp))
    for name, arr in (("y_true", yt), ("y_pred", yp)):
        _check_finite(arr, name)
        if arr.dtype.kind == "f" and np.any(arr != np.round(arr)):
            raise ValueError(
                f"{name} holds continuous values; classification metrics need discrete "
                "labels (threshold the scores first, or use a regression metric)."
            )
    if (yt.dtype.kind in "USO") != (yp.dtype.kind in "USO") and len(yt):
        raise ValueError(
            f"Mix of label input types (string and number): y_true is {yt.dtype}, y_pred is "
            f"{yp.dtype}; encode both the same way."
        )
    try:
        present = np.unique(np.concatenate([yt, yp]))
    except TypeError as e:
        raise ValueError(f"Mix of label types in y_true and y_pred: {e}") from e
    kind = "binary" if len(present) <= 2 else "multiclass"
    return yt, yp, _check_weights(sample_weight, len(yt)), kind, present


def _encode(y: np.ndarray, labels: np.ndarray) -> np.ndarray:
    """Index of each element of ``y`` in ``labels`` (−1 where absent)."""
    order = np.argsort(labels, kind="stable")
    sorted_labels = labels[order]
    pos = np.searchsorted(sorted_labels, y)
    pos = np.clip(pos, 0, len(labels) - 1)
    hit = sorted_labels[pos] == y
    return np.where(hit, order[pos], -1)


# ---------------------------------------------------------------------------------------
# Label metrics


def accuracy_score(
    y_true: Any, y_pred: Any, *, normalize: bool = True, sample_weight: Any = None
) -> float:
    """Fraction (or, with ``normalize=False``, the weighted count) of exact label matches."""
    yt, yp, w, _, _ = _classification_labels(y_true, y_pred, sample_weight)
    return _total((yt == yp).astype(float), w, normalize)


def confusion_matrix(
    y_true: Any,
    y_pred: Any,
    *,
    labels: Sequence[Any] | np.ndarray | None = None,
    sample_weight: Any = None,
    normalize: str | None = None,
) -> np.ndarray:
    """Matrix C with C[i, j] = (weighted) count of samples of true class i predicted as j.

    Rows and columns follow ``labels`` (default: sorted union of both vectors); samples whose
    true or predicted label is not in ``labels`` are ignored. ``normalize`` is None, "true"
    (rows sum to 1), "pred" (columns sum to 1) or "all"; an empty row/column stays 0.
    """
    yt, yp, w, _, present = _classification_labels(y_true, y_pred, sample_weight)
    if normalize not in (None, "true", "pred", "all"):
        raise ValueError(f"normalize must be one of None, 'true', 'pred', 'all'; got {normalize!r}")
    if labels is None:
        labels_arr = present
    else:
        labels_arr = np.asarray(labels)
        if labels_arr.size == 0:
            raise ValueError("'labels' should contain at least one label.")
        if len(np.unique(labels_arr)) != len(labels_arr):
            raise ValueError(f"'labels' contains duplicates: {labels_arr.tolist()}.")
        if not np.isin(yt, labels_arr).any():
            raise ValueError(
                f"At least one label specified must be in y_true; labels={labels_arr.tolist()}."
            )
    k = len(labels_arr)
    ti = _encode(yt, labels_arr)
    pi = _encode(yp, labels_arr)
    keep = (ti >= 0) & (pi >= 0)
    if w is None:
        weights = np.ones(keep.sum(), dtype=np.int64)
    else:
        weights = w[keep]
    cm = np.zeros(k * k, dtype=weights.dtype)
    np.add.at(cm, ti[keep] * k + pi[keep], weights)
    cm = cm.reshape(k, k)
    if normalize is None:
        return cm
    cm = cm.astype(float)
    with np.errstate(invalid="ignore", divide="ignore"):
        if normalize == "true":
            cm = cm / cm.sum(axis=1, keepdims=True)
        elif normalize == "pred":
            cm = cm / cm.sum(axis=0, keepdims=True)
        else:
            cm = cm / cm.sum()
    return np.nan_to_num(cm)


def _zero_division_value(zero_division: Any) -> float:
    if isinstance(zero_division, str):
        if zero_division != "warn":
            raise ValueError(
                f"zero_division must be 'warn', 0.0, 1.0 or np.nan; got {zero_division!r}"
            )
        return 0.0
    z = float(zero_division)
    if not (z in (0.0, 1.0) or np.isnan(z)):
        raise ValueError(f"zero_division must be 'warn', 0.0, 1.0 or np.nan; got {zero_division!r}")
    return z


def _safe_divide(
    num: np.ndarray, den: np.ndarray, zero_division: Any, what: str, warn: bool
) -> np.ndarray:
    """num / den elementwise, with ``zero_division`` wherever den == 0."""
    num = np.asarray(num, dtype=float)
    den = np.asarray(den, dtype=float)
    zero = den == 0
    out = num / np.where(zero, 1.0, den)
    if zero.any():
        out[zero] = _zero_division_value(zero_division)
        if warn and isinstance(zero_division, str):
            warnings.warn(
                f"{what} is ill-defined and being set to 0.0 for labels with no "
                "samples in the denominator. Pass zero_division to choose the value "
                "and silence this warning.",
                UndefinedMetricWarning,
                stacklevel=3,
            )
    return out


def _nan_average(a: np.ndarray, weights: np.ndarray | None) -> float:
    """Average ignoring NaN entries; NaN if all are NaN; uniform if all weights are 0."""
    if a.size == 0:
        return float("nan")
    keep = ~np.isnan(a)
    if not keep.any():
        return float("nan")
    if weights is None:
        return float(a[keep].mean())
    w = np.asarray(weights, dtype=float)[keep]
    if w.sum() == 0:
        return float(a[keep].mean())
    return float(np.average(a[keep], weights=w))


def precision_recall_fscore_support(
    y_true: Any,
    y_pred: Any,
    *,
    beta: float = 1.0,
    labels: Sequence[Any] | np.ndarray | None = None,
    pos_label: Any = 1,
    average: str | None = None,
    sample_weight: Any = None,
    zero_division: Any = "warn",
) -> tuple[Any, Any, Any, Any]:
    """Precision, recall, F-beta and support per label, or averaged.

    ``average``: None (arrays, one entry per label), "binary" (the ``pos_label`` class
    only), "micro" (pool the counts), "macro" (unweighted mean over labels) or "weighted"
    (mean weighted by support). ``zero_division`` is the value of a 0/0 ratio: "warn"
    (0 with a warning), 0.0, 1.0 or NaN (NaN entries are left out of averages).
    Support is returned only with ``average=None``.
    """
    if average not in (None, "binary", "micro", "macro", "weighted"):
        raise ValueError(
            "average has to be one of None, 'binary', 'micro', 'macro', 'weighted'; "
            f"got {average!r}"
        )
    if beta < 0:
        raise ValueError(f"beta should be >= 0 in the F-beta score, got {beta}.")
    _zero_division_value(zero_division)
    yt, yp, w, kind, present = _classification_labels(y_true, y_pred, sample_weight)
    if average == "binary":
        if kind != "binary":
            raise ValueError(
                "Target is multiclass but average='binary'. Choose another average setting, "
                "one of [None, 'micro', 'macro', 'weighted']."
            )
        _check_pos_label(pos_label, present)
        labels_arr = np.asarray([pos_label])
    elif labels is None:
        labels_arr = present
    else:
        labels_arr = np.asarray(labels)

    sw = np.ones(len(yt)) if w is None else w
    ti = _encode(yt, labels_arr)
    pi = _encode(yp, labels_arr)
    k = len(labels_arr)
    correct = (yt == yp) & (ti >= 0)
    tp = np.bincount(ti[correct], weights=sw[correct], minlength=k)
    pred = np.bincount(pi[pi >= 0], weights=sw[pi >= 0], minlength=k)
    true = np.bincount(ti[ti >= 0], weights=sw[ti >= 0], minlength=k)
    if average == "micro":
        tp, pred, true = tp.sum(keepdims=True), pred.sum(keepdims=True), true.sum(keepdims=True)

    precision = _safe_divide(tp, pred, zero_division, "Precision", warn=True)
    recall = _safe_divide(tp, true, zero_division, "Recall", warn=True)
    if np.isposinf(beta):
        f = recall
    elif beta == 0:
        f = precision
    else:
        # F = (1+b²) tp / ((1+b²) tp + b² fn + fp): defined from counts, so it is 0/0 only
        # when there is neither a true nor a predicted sample of the label.
        b2 = beta * beta
        f = _safe_divide((1 + b2) * tp, b2 * true + pred, zero_division, "F-score", warn=False)

    if average is None:
        support = true.astype(np.int64) if w is None else true
        return precision, recall, f, support
    weights = true if average == "weighted" else None
    return (
        _nan_average(precision, weights),
        _nan_average(recall, weights),
        _nan_average(f, weights),
        None,
    )


def precision_score(
    y_true: Any,
    y_pred: Any,
    *,
    labels: Sequence[Any] | np.ndarray | None = None,
    pos_label: Any = 1,
    average: str | None = "binary",
    sample_weight: Any = None,
    zero_division: Any = "warn",
) -> Any:
    """tp / (tp + fp): of the samples predicted positive, the fraction that are."""
    return precision_recall_fscore_support(
        y_true,
        y_pred,
        labels=labels,
        pos_label=pos_label,
        average=average,
        sample_weight=sample_weight,
        zero_division=zero_division,
    )[0]


def recall_score(
    y_true: Any,
    y_pred: Any,
    *,
    labels: Sequence[Any] | np.ndarray | None = None,
    pos_label: Any = 1,
    average: str | None = "binary",
    sample_weight: Any = None,
    zero_division: Any = "warn",
) -> Any:
    """tp / (tp + fn): of the positive samples, the fraction predicted positive."""
    return precision_recall_fscore_support(
        y_true,
        y_pred,
        labels=labels,
        pos_label=pos_label,
        average=average,
        sample_weight=sample_weight,
        zero_division=zero_division,
    )[1]


def fbeta_score(
    y_true: Any,
    y_pred: Any,
    *,
    beta: float,
    labels: Sequence[Any] | np.ndarray | None = None,
    pos_label: Any = 1,
    average: str | None = "binary",
    sample_weight: Any = None,
    zero_division: Any = "warn",
) -> Any:
    """Weighted harmonic mean of precision and recall; recall counts ``beta`` times as much."""
    return precision_recall_fscore_support(
        y_true,
        y_pred,
        beta=beta,
        labels=labels,
        pos_label=pos_label,
        average=average,
        sample_weight=sample_weight,
        zero_division=zero_division,
    )[2]


def f1_score(
    y_true: Any,
    y_pred: Any,
    *,
    labels: Sequence[Any] | np.ndarray | None = None,
    pos_label: Any = 1,
    average: str | None = "binary",
    sample_weight: Any = None,
    zero_division: Any = "warn",
) -> Any:
    """Harmonic mean of precision and recall: 2 tp / (2 tp + fp + fn)."""
    return fbeta_score(
        y_true,
        y_pred,
        beta=1.0,
        labels=labels,
        pos_label=pos_label,
        average=average,
        sample_weight=sample_weight,
        zero_division=zero_division,
    )


# ---------------------------------------------------------------------------------------
# Ranking metrics (curves over score thresholds)


def _resolve_pos_label(y_true: np.ndarray, pos_label: Any) -> Any:
    classes = np.unique(y_true)
    if len(classes) > 2:
        raise ValueError(
            f"y_true has {len(classes)} classes {classes.tolist()[:10]}; a binary curve needs "
            "two. Binarize the target (one class against the rest) first."
        )
    if pos_label is not None:
        return pos_label
    numeric = classes.dtype.kind in "biuf"
    allowed = ([0, 1], [-1, 1], [0], [-1], [1])
    if not numeric or not any(np.array_equal(classes, a) for a in allowed):
        raise ValueError(
            f"y_true takes value in {set(classes.tolist())} and pos_label is not specified: "
            "either make y_true take value in {0, 1} or {-1, 1} or pass pos_label explicitly."
        )
    return 1


def _threshold_counts(
    y_true: Any, y_score: Any, pos_label: Any, sample_weight: Any
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Cumulative false/true positive counts at each distinct score, highest score first.

    A sample is predicted positive at threshold t when its score >= t, so samples that tie
    on a score enter the counts together: only the last index of each tie group is kept.
    """
    yt = _labels_1d(y_true)
    ys = _binary_scores(y_score, yt)
    w = _check_weights(sample_weight, len(yt))
    pos_label = _resolve_pos_label(yt, pos_label)
    positive = (yt == pos_label).astype(float)
    if w is not None:
        nz = w != 0
        positive, ys, w = positive[nz], ys[nz], w[nz]
    order = np.argsort(-ys, kind="stable")
    ys, positive = ys[order], positive[order]
    weight = 1.0 if w is None else w[order]
    last_of_group = np.r_[np.flatnonzero(np.diff(ys)), len(ys) - 1]
    tps = np.cumsum(positive * weight)[last_of_group]
    if w is None:
        fps = 1.0 + last_of_group - tps
    else:
        fps = np.cumsum((1.0 - positive) * weight)[last_of_group]
    return fps, tps, ys[last_of_group]


def roc_curve(
    y_true: Any,
    y_score: Any,
    *,
    pos_label: Any = None,
    sample_weight: Any = None,
    drop_intermediate: bool = True,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """False- and true-positive rates at each decreasing score threshold.

    Returns ``(fpr, tpr, thresholds)``, each of shape (m,); ``thresholds[0]`` is +inf so the
    curve starts at (0, 0). ``drop_intermediate`` drops thresholds that lie on a straight
    segment between their neighbours (collinear corners), which leaves the area unchanged.
    """
    fps, tps, thresholds = _threshold_counts(y_true, y_score, pos_label, sample_weight)
    if drop_intermediate and len(fps) > 2:
        # A point whose second differences are both zero sits on the segment joining its
        # neighbours; the ends are always kept.
        keep = np.r_[True, np.logical_or(np.diff(fps, 2), np.diff(tps, 2)), True]
        fps, tps, thresholds = fps[keep], tps[keep], thresholds[keep]
    fps = np.r_[0.0, fps]
    tps = np.r_[0.0, tps]
    thresholds = np.r_[np.inf, thresholds]
    fpr = _rate(fps, "negative", "false")
    tpr = _rate(tps, "positive", "true")
    return fpr, tpr, thresholds


def _rate(counts: np.ndarray, samples: str, rate: str) -> np.ndarray:
    """Cumulative counts over their total; all NaN (with a warning) when the total is 0."""
    if counts[-1] <= 0:
        warnings.warn(
            f"No {samples} samples in y_true, {rate} positive rate is undefined (NaN).",
            UndefinedMetricWarning,
            stacklevel=3,
        )
        return np.full(counts.shape, np.nan)
    return counts / counts[-1]


def precision_recall_curve(
    y_true: Any,
    y_score: Any,
    *,
    pos_label: Any = None,
    sample_weight: Any = None,
    drop_intermediate: bool = False,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Precision and recall at each increasing score threshold.

    Returns ``(precision, recall, thresholds)``: precision and recall have one more entry
    than thresholds, the final point (precision 1, recall 0) having no threshold. Recall is
    decreasing. With ``drop_intermediate`` thresholds that do not change recall are dropped.
    """
    fps, tps, thresholds = _threshold_counts(y_true, y_score, pos_label, sample_weight)
    if drop_intermediate and len(fps) > 2:
        # Keep only the first and last threshold of each run of equal tps (equal recall).
        keep = np.r_[True, np.logical_or(np.diff(tps[:-1]), np.diff(tps[1:])), True]
        fps, tps, thresholds = fps[keep], tps[keep], thresholds[keep]
    predicted = tps + fps
    precision = np.where(predicted != 0, tps / np.where(predicted != 0, predicted, 1.0), 0.0)
    if tps[-1] == 0:
        warnings.warn(
            "No positive class found in y_true, recall is set to one for all thresholds.",
            UndefinedMetricWarning,
            stacklevel=2,
        )
        recall = np.ones_like(tps)
    else:
        recall = tps / tps[-1]
    return np.r_[precision[::-1], 1.0], np.r_[recall[::-1], 0.0], thresholds[::-1]


def auc(x: Any, y: Any) -> float:
    """Area under the curve y(x) by the trapezoidal rule; x must be monotonic."""
    x = _as_1d(x, "x").astype(float)
    y = _as_1d(y, "y").astype(float)
    _check_same_length(("x", x), ("y", y))
    if len(x) < 2:
        raise ValueError(f"At least 2 points are needed to compute an area, got x shape {x.shape}.")
    dx = np.diff(x)
    direction = 1.0
    if np.any(dx < 0):
        if np.all(dx <= 0):
            direction = -1.0
        else:
            raise ValueError(f"x is neither increasing nor decreasing: {x}.")
    return float(direction * np.sum(dx * (y[1:] + y[:-1]) / 2.0))


def _binary_roc_auc(y01: np.ndarray, score: np.ndarray, w: np.ndarray | None) -> float:
    if len(np.unique(y01)) != 2:
        warnings.warn(
            "Only one class is present in y_true; ROC AUC is undefined there (NaN).",
            UndefinedMetricWarning,
            stacklevel=3,
        )
        return float("nan")
    fpr, tpr, _ = roc_curve(y01, score, sample_weight=w)
    return auc(fpr, tpr)


def _binary_average_precision(y01: np.ndarray, score: np.ndarray, w: np.ndarray | None) -> float:
    precision, recall, _ = precision_recall_curve(y01, score, pos_label=1, sample_weight=w)
    # Step integral: each rise in recall is credited with the precision reached there.
    return float(max(0.0, -np.sum(np.diff(recall) * precision[:-1])))


def _average_over_columns(
    metric: Any,
    onehot: np.ndarray,
    scores: np.ndarray,
    average: str | None,
    w: np.ndarray | None,
) -> Any:
    """Apply a binary metric column by column (one class against the rest) and average."""
    if average == "micro":
        ww = None if w is None else np.repeat(w, onehot.shape[1])
        return metric(onehot.ravel(), scores.ravel(), ww)
    per_class = np.array([metric(onehot[:, j], scores[:, j], w) for j in range(onehot.shape[1])])
    if average is None:
        return per_class
    if average == "macro":
        return float(np.average(per_class))
    sw = np.ones(len(onehot)) if w is None else w
    support = (onehot * sw[:, None]).sum(axis=0)
    if support.sum() == 0:
        return 0.0
    return float(np.average(per_class, weights=support))


def _check_ovr_average(average: str | None) -> None:
    if average not in ("macro", "weighted", "micro", None):
        raise ValueError(f"average must be 'macro', 'weighted', 'micro' or None; got {average!r}")


def _one_vs_rest(
    metric: Any,
    yt: np.ndarray,
    classes: np.ndarray,
    scores: np.ndarray,
    average: str | None,
    w: np.ndarray | None,
) -> Any:
    """A binary metric over one-vs-rest problems, one per column of ``scores``, averaged."""
    onehot = (yt[:, None] == classes[None, :]).astype(int)
    return _average_over_columns(metric, onehot, scores, average, w)


def _check_scores_2d(y_score: Any, n: int, k: int) -> np.ndarray:
    s = np.asarray(y_score, dtype=float)
    if s.ndim != 2 or s.shape != (n, k):
        raise ValueError(
            f"y_score needs shape (n_samples, n_classes) = ({n}, {k}) since y_true holds "
            f"{k} classes; got shape {s.shape}."
        )
    _check_finite(s, "y_score")
    return s


def roc_auc_score(
    y_true: Any,
    y_score: Any,
    *,
    average: str | None = "macro",
    sample_weight: Any = None,
    multi_class: str = "raise",
    labels: Sequence[Any] | np.ndarray | None = None,
) -> Any:
    """Area under the ROC curve: P(score of a random positive > a random negative).

    Binary: ``y_score`` shape (n,), scores for the greater label. Multiclass: ``y_score``
    shape (n, k) of probabilities (rows sum to 1), columns in sorted label order (or the
    order of ``labels``), and ``multi_class`` "ovr" (one class vs the rest; average "macro",
    "weighted", "micro" or None) or "ovo" (Hand & Till's mean over class pairs, "macro").
    """
    yt = _labels_1d(y_true)
    if yt.dtype.kind == "f" and np.any(yt != np.round(yt)):
        raise ValueError("y_true holds continuous values; ROC AUC needs class labels.")
    w = _check_weights(sample_weight, len(yt))
    classes = np.unique(yt)
    score_arr = np.asarray(y_score)
    multiclass = len(classes) > 2 or (score_arr.ndim == 2 and score_arr.shape[1] > 2)
    if not multiclass:
        s = _binary_scores(y_score, yt)
        y01 = (yt == classes[-1]).astype(int)
        return _binary_roc_auc(y01, s, w)

    if multi_class not in ("ovr", "ovo"):
        raise ValueError(
            "y_true is multiclass: pass multi_class='ovr' (one class against the rest) or "
            f"'ovo' (class pairs); got multi_class={multi_class!r}."
        )
    if labels is not None:
        classes = np.asarray(labels)
        if len(np.unique(classes)) != len(classes):
            raise ValueError("Parameter 'labels' must be unique.")
        if not np.array_equal(np.sort(classes), classes):
            raise ValueError("Parameter 'labels' must be ordered.")
        if np.setdiff1d(yt, classes).size:
            raise ValueError("'y_true' contains labels not in parameter 'labels'.")
    s = _check_scores_2d(y_score, len(yt), len(classes))
    if not np.allclose(1.0, s.sum(axis=1)):
        raise ValueError(
            "Target scores need to be probabilities for multiclass ROC AUC, i.e. each row of "
            "y_score should sum to 1 (apply a softmax first)."
        )
    if multi_class == "ovr":
        _check_ovr_average(average)
        return _one_vs_rest(_binary_roc_auc, yt, classes, s, average, w)
    onehot = (yt[:, None] == classes[None, :]).astype(int)
    if average != "macro" and average != "weighted":
        raise ValueError(
            f"multi_class='ovo' supports average 'macro' or 'weighted'; got {average!r}"
        )
    if w is not None:
        raise ValueError("sample_weight is not supported with multi_class='ovo'; pass None.")
    code = onehot.argmax(axis=1)
    pair_scores, prevalence = [], []
    k = len(classes)
    for a in range(k):
        for b in range(a + 1, k):
            mask = (code == a) | (code == b)
            a_vs_b = _binary_roc_auc((code[mask] == a).astype(int), s[mask, a], None)
            b_vs_a = _binary_roc_auc((code[mask] == b).astype(int), s[mask, b], None)
            pair_scores.append((a_vs_b + b_vs_a) / 2.0)
            prevalence.append(mask.mean())
    weights = prevalence if average == "weighted" else None
    return float(np.average(pair_scores, weights=weights))


def average_precision_score(
    y_true: Any,
    y_score: Any,
    *,
    average: str | None = "macro",
    pos_label: Any = 1,
    sample_weight: Any = None,
) -> Any:
    """Area under the precision-recall step curve: sum over thresholds of ΔRecall · Precision.

    This is scikit-learn's (uninterpolated) definition, not the trapezoid. Binary:
    ``y_score`` shape (n,). Multiclass: shape (n, k) with columns in sorted label order,
    averaged "macro", "weighted", "micro" or None over one-vs-rest problems.
    """
    yt = _labels_1d(y_true)
    w = _check_weights(sample_weight, len(yt))
    classes = np.unique(yt)
    if len(classes) <= 2:
        _check_pos_label(pos_label, classes)
        s = _binary_scores(y_score, yt)
        return _binary_average_precision((yt == pos_label).astype(int), s, w)
    if pos_label != 1:
        raise ValueError("pos_label is fixed to 1 for multiclass y_true; do not set it.")
    _check_ovr_average(average)
    s = _check_scores_2d(y_score, len(yt), len(classes))
    return _one_vs_rest(_binary_average_precision, yt, classes, s, average, w)


def log_loss(
    y_true: Any,
    y_proba: Any,
    *,
    normalize: bool = True,
    sample_weight: Any = None,
    labels: Sequence[Any] | np.ndarray | None = None,
) -> float:
    """Mean negative log-likelihood of the true labels under predicted probabilities (nats).

    ``y_proba`` has shape (n, k) with columns in sorted label order, or (n,) for the
    probability of the greater of two labels. Probabilities are clipped to [eps, 1 - eps]
    (float eps) so a confident mistake costs a large finite amount, not infinity.
    """
    yt = _labels_1d(y_true)
    p = np.asarray(y_proba, dtype=float)
    if p.ndim == 0 or p.ndim > 2:
        raise ValueError(f"y_proba must have shape (n,) or (n, n_classes); got {p.shape}.")
    _check_finite(p, "y_proba")
    if p.max() > 1:
        raise ValueError(f"y_proba contains values greater than 1: {p.max()}")
    if p.min() < 0:
        raise ValueError(f"y_proba contains values lower than 0: {p.min()}")
    _check_same_length(("y_true", yt), ("y_proba", p))
    w = _check_weights(sample_weight, len(yt))
    if labels is not None:
        classes = np.unique(np.asarray(labels))
        if np.setdiff1d(yt, classes).size:
            raise ValueError(
                f"y_true contains values {set(np.setdiff1d(yt, classes).tolist())} not "
                f"belonging to the passed labels {list(labels)}."
            )
    else:
        classes = np.unique(yt)
    if len(classes) < 2:
        raise ValueError(
            f"y_true contains only one label ({classes[0]!r}). Pass all expected class labels "
            "through the labels argument."
        )
    if p.ndim == 1:
        p = p[:, None]
    if p.shape[1] == 1:
        p = np.hstack([1.0 - p, p])
    if not np.allclose(p.sum(axis=1), 1.0, rtol=np.sqrt(np.finfo(p.dtype).eps), atol=0.0):
        warnings.warn(
            "The y_proba values do not sum to one. Make sure to pass probabilities.",
            UserWarning,
            stacklevel=2,
        )
    if p.shape[1] != len(classes):
        raise ValueError(
            f"y_true and y_proba contain different numbers of classes: {len(classes)} vs "
            f"{p.shape[1]}. Pass the true labels explicitly through the labels argument. "
            f"Classes found in y_true: {classes.tolist()}"
        )
    eps = np.finfo(p.dtype).eps
    p = np.clip(p, eps, 1 - eps)
    idx = np.searchsorted(classes, yt)
    return _total(-np.log(p[np.arange(len(yt)), idx]), w, normalize)


# ---------------------------------------------------------------------------------------
# Regression metrics


def _regression_inputs(
    y_true: Any, y_pred: Any, sample_weight: Any
) -> tuple[np.ndarray, np.ndarray, np.ndarray | None]:
    yt = np.asarray(y_true, dtype=float)
    yp = np.asarray(y_pred, dtype=float)
    if yt.ndim == 1:
        yt = yt[:, None]
    if yp.ndim == 1:
        yp = yp[:, None]
    if yt.ndim != 2 or yp.ndim != 2:
        raise ValueError(
            f"y_true and y_pred must be 1-D or 2-D; got shapes {yt.shape} and {yp.shape}."
        )
    if yt.shape != yp.shape:
        raise ValueError(
            f"y_true and y_pred have different shapes: {yt.shape} vs {yp.shape}; pass one "
            "prediction per target."
        )
    if len(yt) == 0:
        raise ValueError("Found empty input y_true (shape (0,)); at least one sample is needed.")
    _check_finite(yt, "y_true")
    _check_finite(yp, "y_pred")
    return yt, yp, _check_weights(sample_weight, len(yt))


def _combine_outputs(scores: np.ndarray, multioutput: Any) -> Any:
    if isinstance(multioutput, str):
        if multioutput == "raw_values":
            return scores
        if multioutput == "uniform_average":
            return float(np.mean(scores))
        raise ValueError(
            f"multioutput must be 'raw_values', 'uniform_average' or weights; got {multioutput!r}"
        )
    weights = np.asarray(multioutput, dtype=float)
    if weights.shape != scores.shape:
        raise ValueError(
            f"multioutput weights have shape {weights.shape}, expected {scores.shape}."
        )
    return float(np.average(scores, weights=weights))


def mean_squared_error(
    y_true: Any, y_pred: Any, *, sample_weight: Any = None, multioutput: Any = "uniform_average"
) -> Any:
    """Mean of (y_true - y_pred)², per output then combined per ``multioutput``."""
    yt, yp, w = _regression_inputs(y_true, y_pred, sample_weight)
    return _combine_outputs(np.average((yt - yp) ** 2, axis=0, weights=w), multioutput)


def mean_absolute_error(
    y_true: Any, y_pred: Any, *, sample_weight: Any = None, multioutput: Any = "uniform_average"
) -> Any:
    """Mean of |y_true - y_pred|, per output then combined per ``multioutput``."""
    yt, yp, w = _regression_inputs(y_true, y_pred, sample_weight)
    return _combine_outputs(np.average(np.abs(yt - yp), axis=0, weights=w), multioutput)


def r2_score(
    y_true: Any,
    y_pred: Any,
    *,
    sample_weight: Any = None,
    multioutput: Any = "uniform_average",
    force_finite: bool = True,
) -> Any:
    """Coefficient of determination 1 - SS_res / SS_tot (1 is perfect; can be negative).

    A constant ``y_true`` makes SS_tot zero; with ``force_finite`` the score is then 1 for a
    perfect prediction and 0 otherwise (else NaN or -inf). ``multioutput`` may also be
    "variance_weighted" (outputs weighted by their SS_tot).
    """
    yt, yp, w = _regression_inputs(y_true, y_pred, sample_weight)
    if len(yt) < 2:
        warnings.warn(
            "R^2 score is not well-defined with less than two samples.",
            UndefinedMetricWarning,
            stacklevel=2,
        )
        return float("nan")
    ww = np.ones((len(yt), 1)) if w is None else w[:, None]
    ss_res = (ww * (yt - yp) ** 2).sum(axis=0)
    mean = (ww * yt).sum(axis=0) / ww.sum()
    ss_tot = (ww * (yt - mean) ** 2).sum(axis=0)
    if force_finite:
        scores = np.ones(yt.shape[1])
        valid = (ss_tot != 0) & (ss_res != 0)
        scores[valid] = 1.0 - ss_res[valid] / ss_tot[valid]
        scores[(ss_res != 0) & (ss_tot == 0)] = 0.0
    else:
        with np.errstate(divide="ignore", invalid="ignore"):
            scores = 1.0 - ss_res / ss_tot
    if isinstance(multioutput, str) and multioutput == "variance_weighted":
        if not np.any(ss_tot != 0):
            return float(np.mean(scores))
        return float(np.average(scores, weights=ss_tot))
    return _combine_outputs(scores, multioutput)
