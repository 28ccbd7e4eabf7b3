"""The estimator contract in genforge.scratch.base: params, validation, fitted checks, scores."""

from __future__ import annotations

import numpy as np
import pytest
from sklearn.base import clone
from sklearn.exceptions import NotFittedError as SkNotFittedError
from sklearn.metrics import accuracy_score, r2_score

from genforge.scratch.base import (
    BaseEstimator,
    ClassifierMixin,
    NotFittedError,
    RegressorMixin,
    check_array,
    check_is_fitted,
    check_random_state,
    check_X_y,
    encode_classes,
)
from genforge.scratch.linear_model import Ridge
from genforge.scratch.tree import DecisionTreeClassifier


class _Wrapper(BaseEstimator):
    def __init__(self, inner=None, scale=1.0):
        self.inner = inner
        self.scale = scale


def test_get_params_reads_init_signature():
    est = DecisionTreeClassifier(max_depth=3, random_state=7)
    params = est.get_params()
    assert params["max_depth"] == 3
    assert params["random_state"] == 7
    assert set(params) == {
        "criterion",
        "max_depth",
        "min_samples_split",
        "min_samples_leaf",
        "max_features",
        "min_impurity_decrease",
        "random_state",
    }


def test_set_params_nested_and_invalid():
    w = _Wrapper(inner=Ridge(alpha=1.0))
    assert w.get_params(deep=True)["inner__alpha"] == 1.0
    w.set_params(inner__alpha=3.0, scale=2.0)
    assert w.inner.alpha == 3.0 and w.scale == 2.0
    with pytest.raises(ValueError, match="Invalid parameter 'nope'"):
        w.set_params(nope=1)


def test_clone_and_repr_show_non_defaults():
    est = Ridge(alpha=0.5)
    twin = clone(est)
    assert twin is not est and twin.get_params() == est.get_params()
    assert repr(est) == "Ridge(alpha=0.5)"
    assert repr(Ridge()) == "Ridge()"


@pytest.mark.parametrize(
    ("X", "match"),
    [
        (np.array([[1.0, np.nan]]), "contains NaN"),
        (np.array([[1.0, np.inf]]), "infinity"),
        (np.array([1.0, 2.0]), r"Expected 2D array, got 1D array.*shape=\(2,\)"),
        (np.ones((2, 2, 2)), "dim 3"),
        (np.empty((0, 3)), r"0 sample\(s\) \(shape=\(0, 3\)\)"),
        (np.empty((3, 0)), r"0 feature\(s\) \(shape=\(3, 0\)\)"),
        (np.array([[1 + 2j]]), "Complex data not supported"),
        (np.array([["a", "b"]]), "not numbers"),
    ],
)
def test_check_array_rejects_bad_input(X, match):
    with pytest.raises(ValueError, match=match):
        check_array(X)


def test_check_array_dtypes():
    assert check_array([[1, 2]]).dtype == np.float64
    assert check_array(np.ones((2, 2), np.float32)).dtype == np.float32
    assert check_array(np.array([[1.0, np.nan]]), allow_nan=True).shape == (1, 2)


def test_check_X_y_shape_mismatch_names_both_shapes():
    with pytest.raises(ValueError, match=r"X has 3 rows \(shape \(3, 2\)\).*y has 2"):
        check_X_y(np.ones((3, 2)), [0, 1])
    with pytest.raises(ValueError, match="y contains NaN"):
        check_X_y(np.ones((2, 2)), [0.0, np.nan])
    with pytest.raises(ValueError, match="target y is None"):
        check_X_y(np.ones((2, 2)), None)


def test_not_fitted_error_is_value_and_attribute_error():
    est = Ridge()
    with pytest.raises(NotFittedError, match="not fitted yet"):
        est.predict(np.ones((2, 2)))
    for cls in (ValueError, AttributeError, SkNotFittedError):
        with pytest.raises(cls):
            check_is_fitted(est)
    est.fit(np.eye(3), [1.0, 2.0, 3.0])
    check_is_fitted(est)


def test_predict_with_wrong_feature_count_names_shapes():
    est = Ridge().fit(np.random.default_rng(0).normal(size=(10, 3)), np.arange(10.0))
    with pytest.raises(ValueError, match="X has 2 features, but Ridge is expecting 3"):
        est.predict(np.ones((4, 2)))


def test_single_class_is_refused_with_the_class_named():
    with pytest.raises(ValueError, match="only one class: 1"):
        encode_classes(Ridge(), np.array([1, 1, 1]))
    with pytest.raises(ValueError, match="continuous"):
        encode_classes(Ridge(), np.array([0.5, 1.5]))


class _Fixed(ClassifierMixin, RegressorMixin, BaseEstimator):
    def __init__(self, out=None):
        self.out = out

    def predict(self, X):
        return self.out


def test_score_mixins_match_sklearn_metrics():
    rng = np.random.default_rng(1)
    y = rng.integers(0, 3, 50)
    p = rng.integers(0, 3, 50)
    w = rng.uniform(size=50)
    assert ClassifierMixin.score(_Fixed(p), None, y) == pytest.approx(accuracy_score(y, p))
    assert ClassifierMixin.score(_Fixed(p), None, y, w) == pytest.approx(
        accuracy_score(y, p, sample_weight=w)
    )
    yr = rng.normal(size=50)
    pr = yr + rng.normal(size=50)
    assert RegressorMixin.score(_Fixed(pr), None, yr) == pytest.approx(r2_score(yr, pr), abs=1e-12)
    assert RegressorMixin.score(_Fixed(pr), None, yr, w) == pytest.approx(
        r2_score(yr, pr, sample_weight=w), abs=1e-12
    )
    Y = rng.normal(size=(50, 2))
    P = Y + rng.normal(size=(50, 2))
    assert RegressorMixin.score(_Fixed(P), None, Y) == pytest.approx(r2_score(Y, P), abs=1e-12)


def test_check_random_state():
    a = check_random_state(3).uniform(size=3)
    b = check_random_state(3).uniform(size=3)
    np.testing.assert_array_equal(a, b)
    rs = np.random.RandomState(0)
    assert check_random_state(rs) is rs
    with pytest.raises(ValueError, match="random_state"):
        check_random_state("seed")
