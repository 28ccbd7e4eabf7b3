"""Linear models against scikit-learn: coefficients, probabilities and held-out scores."""

from __future__ import annotations

import warnings

import numpy as np
import pytest
from sklearn import datasets, svm
from sklearn import linear_model as sk
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler

from genforge.scratch import linear_model as ours
from genforge.scratch.base import ConvergenceWarning


def _split(name: str, scale: bool = True):
    X, y = getattr(datasets, f"load_{name}")(return_X_y=True)
    strat = None if name == "diabetes" else y
    Xtr, Xte, ytr, yte = train_test_split(X, y, test_size=0.25, random_state=0, stratify=strat)
    if scale:
        s = StandardScaler().fit(Xtr)
        Xtr, Xte = s.transform(Xtr), s.transform(Xte)
    return Xtr, Xte, ytr, yte


@pytest.fixture(scope="module")
def diabetes():
    return _split("diabetes", scale=False)


@pytest.mark.parametrize(
    ("ours_est", "sk_est"),
    [
        (ours.LinearRegression(), sk.LinearRegression()),
        (ours.LinearRegression(fit_intercept=False), sk.LinearRegression(fit_intercept=False)),
        (ours.Ridge(alpha=0.1), sk.Ridge(alpha=0.1)),
        (ours.Ridge(alpha=10.0, fit_intercept=False), sk.Ridge(alpha=10.0, fit_intercept=False)),
        (
            ours.Lasso(alpha=0.05, tol=1e-10, max_iter=20000),
            sk.Lasso(alpha=0.05, tol=1e-10, max_iter=20000),
        ),
        (ours.Lasso(alpha=1.0), sk.Lasso(alpha=1.0)),
    ],
    ids=["ols", "ols-noint", "ridge", "ridge-noint", "lasso-tight", "lasso-default"],
)
def test_regressors_match_sklearn_on_diabetes(diabetes, ours_est, sk_est):
    Xtr, Xte, ytr, yte = diabetes
    a, b = ours_est.fit(Xtr, ytr), sk_est.fit(Xtr, ytr)
    np.testing.assert_allclose(a.coef_, b.coef_, rtol=1e-6, atol=1e-6 * np.abs(b.coef_).max())
    assert a.intercept_ == pytest.approx(b.intercept_, rel=1e-6, abs=1e-6)
    assert abs(a.score(Xte, yte) - b.score(Xte, yte)) < 0.01


def test_lasso_default_tol_is_close_and_sparse(diabetes):
    Xtr, _, ytr, _ = diabetes
    a = ours.Lasso(alpha=0.5).fit(Xtr, ytr)
    b = sk.Lasso(alpha=0.5).fit(Xtr, ytr)
    np.testing.assert_array_equal(a.coef_ == 0, b.coef_ == 0)
    assert a.dual_gap_ < 1e-4 * ytr @ ytr


def test_multi_target_regression():
    rng = np.random.default_rng(0)
    X = rng.normal(size=(40, 5))
    Y = X @ rng.normal(size=(5, 3)) + rng.normal(size=(40, 3))
    for a, b in [
        (ours.Ridge(alpha=[0.1, 1.0, 10.0]), sk.Ridge(alpha=[0.1, 1.0, 10.0])),
        (ours.Lasso(alpha=0.1, tol=1e-10), sk.Lasso(alpha=0.1, tol=1e-10)),
    ]:
        a.fit(X, Y)
        b.fit(X, Y)
        np.testing.assert_allclose(a.coef_, b.coef_, atol=1e-7)
        np.testing.assert_allclose(a.predict(X), b.predict(X), atol=1e-7)


def test_rank_deficient_and_wide_inputs():
    rng = np.random.default_rng(1)
    X = rng.normal(size=(30, 4))
    X = np.column_stack([X, X[:, 0] + X[:, 1]])  # exactly collinear column
    y = rng.normal(size=30)
    a = ours.LinearRegression().fit(X, y)
    b = sk.LinearRegression().fit(X, y)
    assert a.rank_ == 4
    np.testing.assert_allclose(a.coef_, b.coef_, atol=1e-9)  # both minimum-norm
    Xw = rng.normal(size=(10, 50))  # more features than samples: dual ridge path
    yw = rng.normal(size=10)
    np.testing.assert_allclose(
        ours.Ridge(alpha=0.3).fit(Xw, yw).coef_, sk.Ridge(alpha=0.3).fit(Xw, yw).coef_, atol=1e-9
    )


def test_ill_conditioned_ridge():
    rng = np.random.default_rng(2)
    U, _ = np.linalg.qr(rng.normal(size=(60, 8)))
    V, _ = np.linalg.qr(rng.normal(size=(8, 8)))
    X = U @ np.diag(np.logspace(0, -7, 8)) @ V.T  # condition number 1e7
    y = rng.normal(size=60)
    a = ours.Ridge(alpha=1e-6).fit(X, y)
    b = sk.Ridge(alpha=1e-6, solver="cholesky").fit(X, y)
    np.testing.assert_allclose(a.predict(X), b.predict(X), atol=1e-8)


@pytest.mark.parametrize("name", ["iris", "digits", "breast_cancer", "wine"])
@pytest.mark.parametrize("C", [1.0, 0.05])
def test_logistic_regression_matches_sklearn_lbfgs(name, C):
    Xtr, Xte, ytr, yte = _split(name)
    a = ours.LogisticRegression(C=C, max_iter=1000, tol=1e-8).fit(Xtr, ytr)
    b = sk.LogisticRegression(C=C, max_iter=1000, tol=1e-8).fit(Xtr, ytr)
    np.testing.assert_array_equal(a.classes_, b.classes_)
    assert a.coef_.shape == b.coef_.shape
    np.testing.assert_allclose(a.coef_, b.coef_, atol=1e-4 * max(1.0, np.abs(b.coef_).max()))
    np.testing.assert_allclose(a.predict_proba(Xte), b.predict_proba(Xte), atol=1e-4)
    np.testing.assert_allclose(
        a.predict_log_proba(Xte[:5]), np.log(a.predict_proba(Xte[:5])), atol=1e-10
    )
    assert abs(a.score(Xte, yte) - b.score(Xte, yte)) <= 0.01


def test_logistic_default_settings_reach_sklearn_accuracy():
    Xtr, Xte, ytr, yte = _split("digits")
    a = ours.LogisticRegression().fit(Xtr, ytr)
    b = sk.LogisticRegression().fit(Xtr, ytr)
    assert abs(a.score(Xte, yte) - b.score(Xte, yte)) <= 0.01


def test_logistic_gradient_matches_finite_differences():
    rng = np.random.default_rng(3)
    X = rng.normal(size=(20, 3))
    T = np.eye(3)[rng.integers(0, 3, 20)]
    est = ours.LogisticRegression(C=0.7)
    p = rng.normal(size=12)
    f = lambda q: est._multinomial_loss(q, X, T, 1 / 0.7, 20, 3, 3)
    _, g = f(p)
    eps = 1e-6
    num = np.array([(f(p + eps * e)[0] - f(p - eps * e)[0]) / (2 * eps) for e in np.eye(12)])
    np.testing.assert_allclose(g, num, atol=1e-8)


@pytest.mark.parametrize("name", ["iris", "digits", "breast_cancer", "wine"])
def test_linear_svc_matches_liblinear(name):
    Xtr, Xte, ytr, yte = _split(name)
    a = ours.LinearSVC(C=0.5).fit(Xtr, ytr)
    b = svm.LinearSVC(C=0.5, tol=1e-8, max_iter=100_000).fit(Xtr, ytr)
    np.testing.assert_allclose(a.coef_, b.coef_, atol=1e-3)
    np.testing.assert_allclose(a.intercept_, b.intercept_, atol=1e-3)
    assert abs(a.score(Xte, yte) - b.score(Xte, yte)) <= 0.01


def test_convergence_warnings_name_the_fix():
    Xtr, _, ytr, _ = _split("breast_cancer", scale=False)
    with pytest.warns(ConvergenceWarning, match="increase max_iter"):
        ours.LogisticRegression(max_iter=3).fit(Xtr, ytr)
    with pytest.warns(ConvergenceWarning, match="increase max_iter"):
        ours.Lasso(alpha=1e-4, max_iter=2, tol=1e-12).fit(Xtr, Xtr[:, 0])


@pytest.mark.parametrize("cls", [ours.LogisticRegression, ours.LinearSVC])
def test_classifier_errors(cls):
    X = np.ones((4, 2))
    with pytest.raises(ValueError, match="only one class"):
        cls().fit(X, [1, 1, 1, 1])
    with pytest.raises(ValueError, match="continuous"):
        cls().fit(X, [0.1, 0.2, 0.3, 0.4])
    with pytest.raises(ValueError, match="'C' parameter must be a float > 0"):
        cls(C=-1).fit(X, [0, 1, 0, 1])
    with pytest.raises(ValueError, match="NaN"):
        cls().fit(np.array([[np.nan, 1.0]] * 4), [0, 1, 0, 1])


def test_string_labels_round_trip():
    Xtr, Xte, ytr, _ = _split("iris")
    names = np.array(["setosa", "versicolor", "virginica"])
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        est = ours.LogisticRegression().fit(Xtr, names[ytr])
    assert set(est.predict(Xte)) <= set(names)
    bin_est = ours.LinearSVC().fit(Xtr[ytr < 2], names[ytr[ytr < 2]])
    assert bin_est.decision_function(Xte).shape == (len(Xte),)
