"""CART decision trees for classification, with a vectorised split search.

At each node every candidate feature is sorted once; cumulative (weighted) class counts
along that order then give the class counts of the left child for every possible threshold
at once, so the impurity of all splits of all features is one array expression instead of a
Python loop over thresholds.
"""

from __future__ import annotations

import numbers
from dataclasses import dataclass
from typing import Any

import numpy as np

from genforge.scratch.base import (
    BaseEstimator,
    ClassifierMixin,
    check_is_fitted,
    check_param,
    check_random_state,
    encode_classes,
    validate_data,
)

# Two feature values closer than this are treated as equal (no threshold between them),
# the same guard scikit-learn's splitter uses against splitting on rounding noise.
_FEATURE_THRESHOLD = 1e-7
_LEAF = -1


def _impurity(counts: np.ndarray, criterion: str) -> np.ndarray:
    """Gini or entropy (bits) of class-count vectors along the last axis; empty → 0."""
    total = counts.sum(axis=-1, keepdims=True)
    p = counts / np.where(total > 0, total, 1.0)
    if criterion == "gini":
        return 1.0 - (p**2).sum(axis=-1)
    with np.errstate(divide="ignore", invalid="ignore"):
        logs = np.where(p > 0, np.log2(np.where(p > 0, p, 1.0)), 0.0)
    return -(p * logs).sum(axis=-1)


@dataclass
class Tree:
    """Fitted tree as parallel arrays indexed by node id (node 0 is the root).

    ``children_left``/``children_right`` are -1 at leaves; ``value`` (n_nodes, K) holds the
    class distribution (weighted fractions) of the training samples reaching each node.
    """

    children_left: np.ndarray
    children_right: np.ndarray
    feature: np.ndarray
    threshold: np.ndarray
    value: np.ndarray
    impurity: np.ndarray
    n_node_samples: np.ndarray
    weighted_n_node_samples: np.ndarray

    @property
    def node_count(self) -> int:
        return len(self.feature)

    @property
    def max_depth(self) -> int:
        depth = np.zeros(self.node_count, dtype=int)
        for node in range(self.node_count):  # children always have larger ids
            for child in (self.children_left[node], self.children_right[node]):
                if child != _LEAF:
                    depth[child] = depth[node] + 1
        return int(depth.max())

    def apply(self, X: np.ndarray) -> np.ndarray:
        """Leaf id reached by each row of X (n, d), shape (n,)."""
        node = np.zeros(len(X), dtype=np.intp)
        active = np.flatnonzero(self.children_left[node] != _LEAF)
        while active.size:
            cur = node[active]
            go_left = X[active, self.feature[cur]] <= self.threshold[cur]
            node[active] = np.where(go_left, self.children_left[cur], self.children_right[cur])
            active = active[self.children_left[node[active]] != _LEAF]
        return node


def _resolve_max_features(max_features: Any, n_features: int) -> int:
    if max_features is None:
        return n_features
    if max_features == "sqrt":
        return max(1, int(np.sqrt(n_features)))
    if max_features == "log2":
        return max(1, int(np.log2(n_features)))
    if isinstance(max_features, numbers.Integral) and not isinstance(max_features, bool):
        if 1 <= max_features:
            return min(int(max_features), n_features)
    elif isinstance(max_features, numbers.Real) and 0.0 < max_features <= 1.0:
        return max(1, int(max_features * n_features))
    raise ValueError(
        f"The 'max_features' parameter must be None, 'sqrt', 'log2', an int >= 1 or a float "
        f"in (0, 1]. Got {max_features!r} instead."
    )


class DecisionTreeClassifier(ClassifierMixin, BaseEstimator):
    """CART classification tree grown greedily on Gini impurity or entropy.

    A node becomes a leaf when it is pure, reaches ``max_depth``, holds fewer than
    ``min_samples_split`` samples, or has no split leaving ``min_samples_leaf`` samples on
    each side with a weighted impurity decrease ≥ ``min_impurity_decrease``. At each node
    ``max_features`` non-constant features, drawn at random, are searched; thresholds are
    midpoints between consecutive distinct values and a row goes left when x ≤ threshold.
    Attributes: ``classes_``, ``n_classes_``, ``tree_`` (:class:`Tree`),
    ``feature_importances_``, ``max_features_``.
    """

    def __init__(
        self,
        *,
        criterion: str = "gini",
        max_depth: int | None = None,
        min_samples_split: int = 2,
        min_samples_leaf: int = 1,
        max_features: Any = None,
        min_impurity_decrease: float = 0.0,
        random_state: Any = None,
    ) -> None:
        self.criterion = criterion
        self.max_depth = max_depth
        self.min_samples_split = min_samples_split
        self.min_samples_leaf = min_samples_leaf
        self.max_features = max_features
        self.min_impurity_decrease = min_impurity_decrease
        self.random_state = random_state

    def _check_params(self) -> None:
        check_param(
            "criterion",
            self.criterion,
            self.criterion in ("gini", "entropy", "log_loss"),
            "'gini', 'entropy' or 'log_loss'",
        )
        check_param(
            "max_depth",
            self.max_depth,
            self.max_depth is None or self.max_depth >= 1,
            "None or an int >= 1",
        )
        check_param(
            "min_samples_split", self.min_samples_split, self.min_samples_split >= 2, "an int >= 2"
        )
        check_param(
            "min_samples_leaf", self.min_samples_leaf, self.min_samples_leaf >= 1, "an int >= 1"
        )
        check_param(
            "min_impurity_decrease",
            self.min_impurity_decrease,
            self.min_impurity_decrease >= 0,
            "a float >= 0",
        )

    def fit(self, X: Any, y: Any, sample_weight: Any = None) -> DecisionTreeClassifier:
        """Grow the tree on X (n, d), labels y (n,) and optional weights (n,); return self.

        Samples with zero weight are ignored, as if absent.
        """
        self._check_params()
        X, y = validate_data(self, X, y)
        codes = encode_classes(self, y, min_classes=1)
        self.n_classes_ = len(self.classes_)
        if sample_weight is None:
            sw = np.ones(len(y))
        else:
            sw = np.asarray(sample_weight, dtype=float)
            if sw.shape != (len(y),):
                raise ValueError(
                    f"sample_weight.shape == {sw.shape}, expected {(len(y),)}; pass one "
                    "weight per sample."
                )
            if np.any(sw < 0) or not np.all(np.isfinite(sw)):
                raise ValueError("sample_weight must be finite and non-negative.")
            if not np.any(sw > 0):
                raise ValueError("sample_weight sums to zero: at least one weight must be > 0.")
        self.max_features_ = _resolve_max_features(self.max_features, X.shape[1])
        self._grow(X, codes, sw, check_random_state(self.random_state))
        return self

    def _grow(self, X: np.ndarray, codes: np.ndarray, sw: np.ndarray, rng) -> None:
        criterion = "entropy" if self.criterion == "log_loss" else self.criterion
        n_features = X.shape[1]
        K = self.n_classes_
        weighted_onehot = np.zeros((len(codes), K))
        weighted_onehot[np.arange(len(codes)), codes] = sw
        total_weight = sw.sum()
        max_depth = np.inf if self.max_depth is None else self.max_depth
        min_leaf = int(self.min_samples_leaf)

        left, right, feat, thr, value, imp, n_s, w_s = ([] for _ in range(8))
        importances = np.zeros(n_features)

        def new_node(idx: np.ndarray) -> tuple[int, np.ndarray, float]:
            counts = weighted_onehot[idx].sum(axis=0)
            impurity = float(_impurity(counts, criterion))
            left.append(_LEAF)
            right.append(_LEAF)
            feat.append(-2)
            thr.append(-2.0)
            value.append(counts / counts.sum())
            imp.append(impurity)
            n_s.append(len(idx))
            w_s.append(counts.sum())
            return len(feat) - 1, counts, impurity

        # Depth-first, left child first; a node gets its id when it is taken off the stack,
        # so ids follow a pre-order walk (scikit-learn numbers its nodes the same way).
        stack: list[tuple[int, bool, np.ndarray, int]] = [(-1, True, np.flatnonzero(sw > 0), 0)]
        while stack:
            parent, is_left, idx, depth = stack.pop()
            node, counts, impurity = new_node(idx)
            if parent >= 0:
                (left if is_left else right)[parent] = node
            m = len(idx)
            if (
                depth >= max_depth
                or m < self.min_samples_split
                or m < 2 * min_leaf
                or impurity <= 1e-12
            ):
                continue
            split = self._best_split(
                X[idx], weighted_onehot[idx], counts, impurity, rng, criterion, min_leaf
            )
            if split is None:
                continue
            f, threshold, child_impurity_sum = split
            # Weighted impurity decrease, as a fraction of the whole training weight.
            gain = counts.sum() * impurity - child_impurity_sum
            if gain / total_weight < self.min_impurity_decrease:
                continue
            goes_left = X[idx, f] <= threshold
            importances[f] += gain
            feat[node] = f
            thr[node] = threshold
            stack.append((node, False, idx[~goes_left], depth + 1))
            stack.append((node, True, idx[goes_left], depth + 1))

        self.tree_ = Tree(
            children_left=np.array(left, dtype=np.intp),
            children_right=np.array(right, dtype=np.intp),
            feature=np.array(feat, dtype=np.intp),
            threshold=np.array(thr, dtype=float),
            value=np.array(value),
            impurity=np.array(imp),
            n_node_samples=np.array(n_s, dtype=np.intp),
            weighted_n_node_samples=np.array(w_s),
        )
        total = importances.sum()
        self.feature_importances_ = importances / total if total > 0 else importances

    def _best_split(self, Xn, Yn, counts, impurity, rng, criterion, min_leaf):
        """Best (feature, threshold, n_l·imp_l + n_r·imp_r) over sampled features, or None."""
        m, d = Xn.shape
        candidates = rng.permutation(d)
        # Constant features cannot split; like scikit-learn, draw until max_features_
        # non-constant ones are found (or the features run out).
        spread = Xn[:, candidates].max(axis=0) - Xn[:, candidates].min(axis=0)
        candidates = candidates[spread > _FEATURE_THRESHOLD][: self.max_features_]
        if candidates.size == 0:
            return None
        Xc = Xn[:, candidates]
        order = np.argsort(Xc, axis=0, kind="stable")
        xs = np.take_along_axis(Xc, order, axis=0)  # (m, F)
        left_counts = np.cumsum(Yn[order], axis=0)[:-1]  # (m-1, F, K): split after row i
        right_counts = counts - left_counts
        w_left = left_counts.sum(axis=-1)
        w_right = right_counts.sum(axis=-1)
        cost = w_left * _impurity(left_counts, criterion) + w_right * _impurity(
            right_counts, criterion
        )
        n_left = np.arange(1, m)[:, None]
        valid = (
            (xs[1:] > xs[:-1] + _FEATURE_THRESHOLD)
            & (n_left >= min_leaf)
            & (m - n_left >= min_leaf)
        )
        if not valid.any():
            return None
        cost = np.where(valid, cost, np.inf)
        # Column-major argmin: the first feature in the drawn order wins ties.
        flat = np.argmin(cost.T)
        j, i = divmod(int(flat), m - 1)
        lo, hi = xs[i, j], xs[i + 1, j]
        threshold = lo / 2.0 + hi / 2.0
        if threshold >= hi or not np.isfinite(threshold):  # rounding pushed it onto hi
            threshold = lo
        return int(candidates[j]), float(threshold), float(cost[i, j])

    def apply(self, X: Any) -> np.ndarray:
        """Leaf id reached by each row, shape (n,)."""
        check_is_fitted(self, "tree_")
        X = validate_data(self, X, reset=False)
        return self.tree_.apply(X)

    def get_depth(self) -> int:
        """Depth of the fitted tree (a lone root has depth 0)."""
        check_is_fitted(self, "tree_")
        return self.tree_.max_depth

    def get_n_leaves(self) -> int:
        """Number of leaves of the fitted tree."""
        check_is_fitted(self, "tree_")
        return int((self.tree_.children_left == _LEAF).sum())

    def predict_proba(self, X: Any) -> np.ndarray:
        """Class distribution of the leaf each row falls in, shape (n, K)."""
        leaves = self.apply(X)
        return self.tree_.value[leaves]

    def predict(self, X: Any) -> np.ndarray:
        """Most frequent (weighted) class of each row's leaf, shape (n,)."""
        proba = self.predict_proba(X)
        return self.classes_[proba.argmax(axis=1)]
