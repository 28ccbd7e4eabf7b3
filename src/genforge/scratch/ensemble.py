"""Random forests: bagged decision trees with random feature subsets at every split."""

from __future__ import annotations

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
from genforge.scratch.tree import DecisionTreeClassifier

_MAX_SEED = np.iinfo(np.int32).max


class RandomForestClassifier(ClassifierMixin, BaseEstimator):
    """Average of ``n_estimators`` trees, each grown on a bootstrap sample.

    Each tree sees a bootstrap resample of the rows (drawn with replacement, passed as
    integer sample weights so duplicates cost nothing) and searches ``max_features`` random
    features per split; predicted probabilities are the mean of the trees' leaf
    distributions. Attributes: ``classes_``, ``estimators_``, ``feature_importances_``.
    """

    def __init__(
        self,
        n_estimators: int = 100,
        *,
        criterion: str = "gini",
        max_depth: int | None = None,
        min_samples_split: int = 2,
        min_samples_leaf: int = 1,
        max_features: Any = "sqrt",
        bootstrap: bool = True,
        random_state: Any = None,
    ) -> None:
        self.n_estimators = n_estimators
        self.criterion = criterion
        self.max_depth = max_depth
        self.min_samples_split = min_samples_split
        self.min_samples_leaf = min_samples_leaf
        self.max_features = max_features
        self.bootstrap = bootstrap
        self.random_state = random_state

    def fit(self, X: Any, y: Any) -> RandomForestClassifier:
        """Grow the forest on X (n, d) and labels y (n,); return self."""
        check_param("n_estimators", self.n_estimators, self.n_estimators >= 1, "an int >= 1")
        X, y = validate_data(self, X, y)
        codes = encode_classes(self, y, min_classes=1)
        self.n_classes_ = len(self.classes_)
        rng = check_random_state(self.random_state)
        n = len(X)
        self.estimators_ = []
        for seed in rng.randint(_MAX_SEED, size=self.n_estimators):
            tree_rng = np.random.RandomState(seed)
            tree = DecisionTreeClassifier(
                criterion=self.criterion,
                max_depth=self.max_depth,
                min_samples_split=self.min_samples_split,
                min_samples_leaf=self.min_samples_leaf,
                max_features=self.max_features,
                random_state=tree_rng,
            )
            weight = None
            if self.bootstrap:
                weight = np.bincount(tree_rng.randint(0, n, n), minlength=n).astype(float)
            # Trees are fitted on class codes so every tree's columns line up with
            # classes_, even when a bootstrap sample misses a class.
            tree.fit(X, codes, sample_weight=weight)
            self.estimators_.append(tree)
        return self

    @property
    def feature_importances_(self) -> np.ndarray:
        """Mean impurity-decrease importance over the trees, shape (d,), sums to 1."""
        check_is_fitted(self, "estimators_")
        imp = np.mean([t.feature_importances_ for t in self.estimators_], axis=0)
        total = imp.sum()
        return imp / total if total > 0 else imp

    def predict_proba(self, X: Any) -> np.ndarray:
        """Mean of the trees' class distributions, shape (n, K) in ``classes_`` order."""
        check_is_fitted(self, "estimators_")
        X = validate_data(self, X, reset=False)
        proba = np.zeros((len(X), self.n_classes_))
        for tree in self.estimators_:
            proba[:, tree.classes_] += tree.tree_.value[tree.tree_.apply(X)]
        return proba / len(self.estimators_)

    def predict(self, X: Any) -> np.ndarray:
        """Class with the highest mean probability per row, shape (n,)."""
        proba = self.predict_proba(X)
        return self.classes_[proba.argmax(axis=1)]
