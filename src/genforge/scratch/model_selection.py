"""Splitting data for honest evaluation: hold-out split, k-fold and stratified k-fold, and
cross-validated scores.

The splitters reproduce scikit-learn's splits index for index for the same arguments (an
integer ``random_state`` seeds NumPy's legacy ``RandomState``, as scikit-learn does), so an
experiment can move between the two libraries without its folds changing. A stratified
hold-out split keeps every class's share within one sample of its share in the data.
"""

from __future__ import annotations

import copy
import numbers
import warnings
from collections.abc import Callable, Iterable, Iterator
from typing import Any

import numpy as np

from genforge.scratch import metrics

__all__ = [
    "KFold",
    "StratifiedKFold",
    "check_random_state",
    "clone",
    "cross_val_score",
    "train_test_split",
]


def check_random_state(seed: Any) -> np.random.RandomState | np.random.Generator:
    """Turn None / an int / a RandomState / a Generator into a random source.

    None gives NumPy's global RandomState (different on every call, like scikit-learn); an
    int gives ``RandomState(seed)``, the source scikit-learn uses, so splits match its.
    """
    if seed is None:
        return np.random.mtrand._rand
    if isinstance(seed, numbers.Integral) and not isinstance(seed, bool):
        return np.random.RandomState(int(seed))
    if isinstance(seed, (np.random.RandomState, np.random.Generator)):
        return seed
    raise ValueError(
        f"random_state={seed!r} cannot seed a random source; pass None, an int, a "
        "numpy.random.RandomState or a numpy.random.Generator."
    )


def _num_samples(x: Any) -> int:
    if hasattr(x, "shape") and len(x.shape) > 0:
        return int(x.shape[0])
    if hasattr(x, "__len__") and not isinstance(x, str):
        return len(x)
    raise TypeError(f"Expected an array-like with a length, got {type(x).__name__}.")


def _take(x: Any, idx: np.ndarray) -> Any:
    """Rows ``idx`` of ``x``, keeping its kind (ndarray, list, or anything with .iloc)."""
    if x is None:
        return None
    if hasattr(x, "iloc"):
        return x.iloc[idx]
    if isinstance(x, np.ndarray):
        return x[idx]
    if isinstance(x, list):
        return [x[i] for i in idx]
    return np.asarray(x)[idx]


def _check_n_splits(n_splits: Any) -> int:
    if not isinstance(n_splits, numbers.Integral) or isinstance(n_splits, bool):
        raise ValueError(
            f"n_splits must be an integer, got {n_splits!r} ({type(n_splits).__name__})."
        )
    if n_splits < 2:
        raise ValueError(
            f"k-fold cross-validation needs at least one train/test split: n_splits={n_splits} "
            "must be 2 or more."
        )
    return int(n_splits)


class _KFoldBase:
    """Shared arguments and the (train, test) index generator of the k-fold splitters."""

    def __init__(self, n_splits: int = 5, *, shuffle: bool = False, random_state: Any = None):
        self.n_splits = _check_n_splits(n_splits)
        if not isinstance(shuffle, bool):
            raise TypeError(f"shuffle must be True or False, got {shuffle!r}.")
        if not shuffle and random_state is not None:
            raise ValueError(
                "Setting a random_state has no effect since shuffle is False. Leave "
                "random_state as None, or set shuffle=True."
            )
        self.shuffle = shuffle
        self.random_state = random_state

    def get_n_splits(self, X: Any = None, y: Any = None, groups: Any = None) -> int:
        """Number of (train, test) pairs ``split`` yields."""
        return self.n_splits

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(n_splits={self.n_splits}, random_state={self.random_state!r}, "
            f"shuffle={self.shuffle})"
        )

    def _test_fold_of_each_sample(self, X: Any, y: Any) -> np.ndarray:
        raise NotImplementedError

    def split(
        self, X: Any, y: Any = None, groups: Any = None
    ) -> Iterator[tuple[np.ndarray, np.ndarray]]:
        """Yield ``(train_idx, test_idx)`` integer arrays, one pair per fold, each sorted."""
        n = _num_samples(X)
        if self.n_splits > n:
            raise ValueError(
                f"Cannot have number of splits n_splits={self.n_splits} greater than the number "
                f"of samples: n_samples={n}."
            )
        folds = self._test_fold_of_each_sample(X, y)
        everything = np.arange(n)
        for k in range(self.n_splits):
            test = folds == k
            yield everything[~test], everything[test]


class KFold(_KFoldBase):
    """K consecutive folds (optionally shuffled first); each fold is the test set once.

    The first ``n % n_splits`` folds have one sample more than the rest.
    """

    def _test_fold_of_each_sample(self, X: Any, y: Any) -> np.ndarray:
        n = _num_samples(X)
        order = np.arange(n)
        if self.shuffle:
            check_random_state(self.random_state).shuffle(order)
        sizes = np.full(self.n_splits, n // self.n_splits)
        sizes[: n % self.n_splits] += 1
        folds = np.empty(n, dtype=int)
        folds[order] = np.repeat(np.arange(self.n_splits), sizes)
        return folds


class StratifiedKFold(_KFoldBase):
    """K folds that each hold (within one sample) the same share of every class.

    Samples of a class go to the folds in blocks that keep their order (or in a shuffled
    order with ``shuffle=True``), which is what makes the split reproducible.
    """

    def split(self, X: Any, y: Any, groups: Any = None) -> Iterator[tuple[np.ndarray, np.ndarray]]:
        """Yield ``(train_idx, test_idx)`` pairs stratified on the class labels ``y``."""
        if y is None:
            raise ValueError("StratifiedKFold needs the class labels y to stratify on; got None.")
        yield from super().split(X, y, groups)

    def _test_fold_of_each_sample(self, X: Any, y: Any) -> np.ndarray:
        y = np.asarray(y)
        if y.ndim == 2 and y.shape[1] == 1:
            y = y.ravel()
        if y.ndim != 1:
            raise ValueError(f"StratifiedKFold needs a 1-D label vector y, got shape {y.shape}.")
        if len(y) != _num_samples(X):
            raise ValueError(
                f"X has {_num_samples(X)} samples but y has {len(y)}; pass one label per row."
            )
        if y.dtype.kind == "f" and np.any(y != np.round(y)):
            raise ValueError(
                "StratifiedKFold needs class labels (binary or multiclass); y is continuous. "
                "Use KFold for regression targets."
            )
        # Number the classes by first appearance so the blocks follow the data's order.
        _, first_seen, inverse = np.unique(y, return_index=True, return_inverse=True)
        rank_of_class = np.argsort(np.argsort(first_seen))
        code = rank_of_class[inverse.ravel()]
        counts = np.bincount(code)
        k = self.n_splits
        if np.all(counts < k):
            raise ValueError(
                f"n_splits={k} cannot be greater than the number of members in each class "
                f"(class sizes {counts.tolist()})."
            )
        if counts.min() < k:
            warnings.warn(
                f"The least populated class in y has only {counts.min()} members, which is "
                f"less than n_splits={k}.",
                UserWarning,
                stacklevel=3,
            )
        # Deal the label-sorted samples round-robin to the folds: fold i receives sorted
        # positions i, i+k, i+2k, ...; class c owns positions [start_c, end_c), so fold i
        # gets the multiples of k shifted by i inside that range.
        ends = np.cumsum(counts)
        starts = ends - counts
        fold_ids = np.arange(k)[:, None]
        per_fold = (ends[None, :] - 1 - fold_ids) // k - (starts[None, :] - 1 - fold_ids) // k
        rng = check_random_state(self.random_state) if self.shuffle else None
        folds = np.empty(len(y), dtype=int)
        for c in range(len(counts)):
            blocks = np.repeat(np.arange(k), per_fold[:, c])
            if rng is not None:
                rng.shuffle(blocks)
            folds[code == c] = blocks
        return folds


def _resolve_sizes(n: int, test_size: Any, train_size: Any) -> tuple[int, int]:
    if test_size is None and train_size is None:
        test_size = 0.25

    def check(value: Any, name: str) -> None:
        if value is None:
            return
        if isinstance(value, numbers.Integral) and not isinstance(value, bool):
            if not 0 < value < n:
                raise ValueError(
                    f"{name}={value} should be a positive integer smaller than the number of "
                    f"samples {n}, or a float in (0, 1)."
                )
        elif isinstance(value, numbers.Real):
            if not 0 < value < 1:
                raise ValueError(
                    f"{name}={value} should be a float in the (0, 1) range or an integer count."
                )
        else:
            raise ValueError(f"Invalid {name}={value!r}; pass a float fraction or an int count.")

    check(test_size, "test_size")
    check(train_size, "train_size")

    # Fractions round in favour of the test set, as in scikit-learn.
    def count(value: Any, rounding: Callable[[float], float]) -> int | None:
        if value is None:
            return None
        if isinstance(value, numbers.Integral):
            return int(value)
        return int(rounding(value * n))

    n_test = count(test_size, np.ceil)
    n_train = count(train_size, np.floor)
    if n_train is None:
        n_train = n - n_test
    if n_test is None:
        n_test = n - n_train
    if n_train + n_test > n:
        raise ValueError(
            f"train_size + test_size = {n_train + n_test} samples, more than the {n} available; "
            "reduce test_size and/or train_size."
        )
    if n_train == 0:
        raise ValueError(
            f"With n_samples={n}, test_size={test_size} and train_size={train_size} the train "
            "set would be empty; adjust the sizes."
        )
    if n_test == 0:
        raise ValueError(
            f"With n_samples={n}, test_size={test_size} and train_size={train_size} the test "
            "set would be empty; adjust the sizes."
        )
    return n_train, n_test


def _largest_remainder(counts: np.ndarray, total: int, rng: Any) -> np.ndarray:
    """Split ``total`` draws over classes in proportion to ``counts`` (integers summing to total).

    Each class gets the floor of its fair share; the leftover draws go to the classes with
    the largest fractional parts, ties broken at random so no class is favoured.
    """
    share = counts / counts.sum() * total
    alloc = np.floor(share).astype(int)
    left = total - int(alloc.sum())
    if left > 0:
        frac = share - alloc
        jitter = rng.permutation(len(counts))
        order = np.lexsort((jitter, -frac))
        eligible = order[alloc[order] < counts[order]]
        alloc[eligible[:left]] += 1
    return alloc


def train_test_split(
    *arrays: Any,
    test_size: float | int | None = None,
    train_size: float | int | None = None,
    random_state: Any = None,
    shuffle: bool = True,
    stratify: Any = None,
) -> list[Any]:
    """Split arrays (same number of rows) into random train and test subsets.

    Returns ``[a_train, a_test, b_train, b_test, ...]``, each the kind it came in (ndarray,
    list, DataFrame). Sizes: a float is a fraction (test rounds up, train down), an int a
    count; the default test share is 0.25. ``stratify`` (labels, shape (n,)) keeps each
    class's share in both subsets within one sample of its share overall. Without
    stratification the split equals scikit-learn's for the same integer ``random_state``.
    """
    if not arrays:
        raise ValueError("At least one array is required, e.g. train_test_split(X, y).")
    lengths = [_num_samples(a) for a in arrays]
    if len(set(lengths)) > 1:
        raise ValueError(
            f"Found input variables with inconsistent numbers of samples: {lengths}; every "
            "array must have one row per sample."
        )
    n = lengths[0]
    n_train, n_test = _resolve_sizes(n, test_size, train_size)

    if not shuffle:
        if stratify is not None:
            raise ValueError(
                "Stratified train/test split is not implemented for shuffle=False; set "
                "shuffle=True or stratify=None."
            )
        train = np.arange(n_train)
        test = np.arange(n_train, n_train + n_test)
    elif stratify is None:
        perm = check_random_state(random_state).permutation(n)
        test = perm[:n_test]
        train = perm[n_test : n_test + n_train]
    else:
        train, test = _stratified_indices(np.asarray(stratify), n_train, n_test, random_state)

    out: list[Any] = []
    for a in arrays:
        out.extend([_take(a, train), _take(a, test)])
    return out


def _stratified_indices(
    labels: np.ndarray, n_train: int, n_test: int, random_state: Any
) -> tuple[np.ndarray, np.ndarray]:
    if labels.ndim != 1:
        raise ValueError(f"stratify must be a 1-D label vector, got shape {labels.shape}.")
    classes, code, counts = np.unique(labels, return_inverse=True, return_counts=True)
    code = code.ravel()
    if counts.min() < 2:
        raise ValueError(
            "The least populated classes in stratify have only 1 member, too few to appear "
            f"in both subsets: {classes[counts < 2].tolist()}. Drop them or do not stratify."
        )
    if n_test < len(classes) or n_train < len(classes):
        raise ValueError(
            f"train ({n_train}) and test ({n_test}) sizes must each be at least the number of "
            f"classes ({len(classes)}) to stratify."
        )
    rng = check_random_state(random_state)
    test_per_class = _largest_remainder(counts, n_test, rng)
    train_per_class = _largest_remainder(counts - test_per_class, n_train, rng)
    train_parts, test_parts = [], []
    for c in range(len(classes)):
        members = rng.permutation(np.flatnonzero(code == c))
        t = test_per_class[c]
        test_parts.append(members[:t])
        train_parts.append(members[t : t + train_per_class[c]])
    train = rng.permutation(np.concatenate(train_parts))
    test = rng.permutation(np.concatenate(test_parts))
    return train, test


def clone(estimator: Any) -> Any:
    """An unfitted copy of ``estimator``: same hyper-parameters, no learned state."""
    if isinstance(estimator, (list, tuple, set, frozenset)):
        return type(estimator)(clone(e) for e in estimator)
    if not hasattr(estimator, "get_params") or isinstance(estimator, type):
        return copy.deepcopy(estimator)
    params = estimator.get_params(deep=False)
    fresh = {k: clone(v) for k, v in params.items()}
    return type(estimator)(**fresh)


_SCORERS: dict[str, tuple[Callable[..., float], str, float, dict[str, Any]]] = {
    # name: (metric, which prediction it needs, sign, extra metric kwargs)
    "accuracy": (metrics.accuracy_score, "predict", 1.0, {}),
    "precision": (metrics.precision_score, "predict", 1.0, {}),
    "recall": (metrics.recall_score, "predict", 1.0, {}),
    "f1": (metrics.f1_score, "predict", 1.0, {}),
    "f1_micro": (metrics.f1_score, "predict", 1.0, {"average": "micro"}),
    "f1_macro": (metrics.f1_score, "predict", 1.0, {"average": "macro"}),
    "f1_weighted": (metrics.f1_score, "predict", 1.0, {"average": "weighted"}),
    "roc_auc": (metrics.roc_auc_score, "score", 1.0, {}),
    "average_precision": (metrics.average_precision_score, "score", 1.0, {}),
    "neg_log_loss": (metrics.log_loss, "proba", -1.0, {}),
    "r2": (metrics.r2_score, "predict", 1.0, {}),
    "neg_mean_squared_error": (metrics.mean_squared_error, "predict", -1.0, {}),
    "neg_mean_absolute_error": (metrics.mean_absolute_error, "predict", -1.0, {}),
}


def _make_scorer(scoring: str | Callable[..., float] | None) -> Callable[[Any, Any, Any], float]:
    if scoring is None:
        return lambda est, X, y: float(est.score(X, y))
    if callable(scoring):
        return scoring
    if scoring not in _SCORERS:
        raise ValueError(
            f"Unknown scoring {scoring!r}; choose one of {sorted(_SCORERS)} or pass a callable."
        )
    metric, needs, sign, kwargs = _SCORERS[scoring]

    def scorer(est: Any, X: Any, y: Any) -> float:
        if needs == "predict":
            out = est.predict(X)
        elif needs == "proba":
            out = est.predict_proba(X)
            kwargs_local = {"labels": getattr(est, "classes_", None)}
            return sign * float(metric(y, out, **kwargs_local))
        else:
            # Ranking metrics want a continuous score: a margin if the model has one,
            # else the probability of the greater class (or all classes for multiclass).
            if hasattr(est, "decision_function"):
                out = est.decision_function(X)
            else:
                out = est.predict_proba(X)
                if out.ndim == 2 and out.shape[1] == 2:
                    out = out[:, 1]
            if np.ndim(out) == 2:
                return sign * float(metric(y, out, multi_class="ovr", **kwargs))
        return sign * float(metric(y, out, **kwargs))

    return scorer


def _is_classifier(estimator: Any) -> bool:
    return getattr(estimator, "_estimator_type", None) == "classifier" or (
        hasattr(estimator, "__sklearn_tags__")
        and getattr(estimator.__sklearn_tags__(), "estimator_type", None) == "classifier"
    )


def _resolve_cv(cv: Any, estimator: Any, y: Any) -> Any:
    if cv is None:
        cv = 5
    if isinstance(cv, numbers.Integral) and not isinstance(cv, bool):
        labels = None if y is None else np.asarray(y)
        discrete = (
            labels is not None
            and labels.ndim == 1
            and (labels.dtype.kind in "biuOUS" or np.all(labels == np.round(labels)))
        )
        if _is_classifier(estimator) and discrete:
            return StratifiedKFold(int(cv))
        return KFold(int(cv))
    if hasattr(cv, "split"):
        return cv
    if isinstance(cv, Iterable):
        pairs = list(cv)

        class _Fixed:
            def split(self, X: Any, y: Any = None, groups: Any = None) -> Iterator[Any]:
                yield from pairs

        return _Fixed()
    raise ValueError(f"cv={cv!r} is not an int, a splitter with .split, or an iterable of splits.")


def cross_val_score(
    estimator: Any,
    X: Any,
    y: Any = None,
    *,
    cv: Any = 5,
    scoring: str | Callable[..., float] | None = None,
    groups: Any = None,
) -> np.ndarray:
    """Score a fresh clone of ``estimator`` on each test fold after fitting on the rest.

    ``cv``: an int (stratified folds for a classifier with class labels, else plain folds,
    no shuffling), a splitter with ``split``, or an iterable of (train, test) index pairs.
    ``scoring``: None (the estimator's ``score``), a name such as "accuracy", "f1_macro",
    "roc_auc", "neg_log_loss", "r2", "neg_mean_squared_error", or ``callable(est, X, y)``.
    Returns one score per fold, shape (n_splits,).
    """
    splitter = _resolve_cv(cv, estimator, y)
    scorer = _make_scorer(scoring)
    scores = []
    for train, test in splitter.split(X, y, groups):
        model = clone(estimator)
        if y is None:
            model.fit(_take(X, train))
        else:
            model.fit(_take(X, train), _take(y, train))
        scores.append(scorer(model, _take(X, test), None if y is None else _take(y, test)))
    return np.asarray(scores, dtype=float)
