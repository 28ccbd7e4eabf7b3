"""Our estimators inside scikit-learn's Pipeline, GridSearchCV and cross_val_score."""

from __future__ import annotations

import numpy as np
import pytest
from sklearn import datasets
from sklearn import linear_model as sk_lm
from sklearn import preprocessing as sk_pre
from sklearn.base import clone, is_classifier, is_regressor
from sklearn.model_selection import GridSearchCV, StratifiedKFold, cross_val_score
from sklearn.pipeline import make_pipeline

from genforge.scratch.cluster import KMeans
from genforge.scratch.decomposition import PCA
from genforge.scratch.linear_model import LogisticRegression, Ridge
from genforge.scratch.neighbors import KNeighborsClassifier
from genforge.scratch.preprocessing import StandardScaler
from genforge.scratch.tree import DecisionTreeClassifier


def test_estimator_types_are_recognised():
    assert is_classifier(LogisticRegression()) and is_classifier(DecisionTreeClassifier())
    assert is_regressor(Ridge())
    assert not is_classifier(KMeans())


def test_pipeline_cross_val_score_equals_sklearn_pipeline():
    X, y = datasets.load_breast_cancer(return_X_y=True)
    cv = StratifiedKFold(5, shuffle=True, random_state=0)
    ours = make_pipeline(StandardScaler(), PCA(n_components=10), LogisticRegression(C=0.5))
    theirs = make_pipeline(
        sk_pre.StandardScaler(), PCA(n_components=10), sk_lm.LogisticRegression(C=0.5)
    )
    a = cross_val_score(ours, X, y, cv=cv)
    b = cross_val_score(theirs, X, y, cv=cv)
    assert a.shape == (5,)
    np.testing.assert_allclose(a, b, atol=1e-9)


def test_grid_search_over_nested_params_picks_same_as_sklearn():
    X, y = datasets.load_diabetes(return_X_y=True)
    grid = {"ridge__alpha": [0.01, 0.1, 1.0, 10.0]}
    ours = GridSearchCV(make_pipeline(StandardScaler(), Ridge()), grid, cv=5).fit(X, y)
    theirs = GridSearchCV(make_pipeline(sk_pre.StandardScaler(), sk_lm.Ridge()), grid, cv=5).fit(
        X, y
    )
    assert ours.best_params_ == theirs.best_params_
    np.testing.assert_allclose(
        ours.cv_results_["mean_test_score"], theirs.cv_results_["mean_test_score"], atol=1e-9
    )
    assert ours.best_estimator_.named_steps["ridge"].coef_.shape == (10,)


@pytest.mark.parametrize(
    ("est", "grid"),
    [
        (KNeighborsClassifier(), {"n_neighbors": [1, 5], "weights": ["uniform", "distance"]}),
        (DecisionTreeClassifier(random_state=0), {"max_depth": [2, 6]}),
    ],
)
def test_grid_search_classifiers(est, grid):
    X, y = datasets.load_iris(return_X_y=True)
    gs = GridSearchCV(est, grid, cv=3).fit(X, y)
    assert gs.best_score_ > 0.9
    assert gs.predict(X).shape == (150,)
    assert clone(gs.best_estimator_).get_params() == gs.best_estimator_.get_params()
