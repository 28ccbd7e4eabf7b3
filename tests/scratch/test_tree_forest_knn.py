"""Decision trees, random forests and k-NN against scikit-learn."""

from __future__ import annotations

import numpy as np
import pytest
from sklearn import datasets, ensemble, neighbors, tree
from sklearn.model_selection import train_test_split

from genforge.scratch.ensemble import RandomForestClassifier
from genforge.scratch.neighbors import KNeighborsClassifier
from genforge.scratch.tree import DecisionTreeClassifier


def _split(name: str):
    X, y = getattr(datasets, f"load_{name}")(return_X_y=True)
    return train_test_split(X, y, test_size=0.25, random_state=0, stratify=y)


def _mean_score(cls, seeds, data, **kw) -> float:
    Xtr, Xte, ytr, yte = data
    return float(np.mean([cls(random_state=s, **kw).fit(Xtr, ytr).score(Xte, yte) for s in seeds]))


def test_tree_without_ties_is_identical_to_sklearn():
    # With continuous features and nodes kept large (depth and leaf limits), no two splits
    # tie, so the greedy CART tree is unique: same structure, thresholds and leaf
    # distributions as scikit-learn's. (Deep nodes with 2-3 samples often have several
    # perfect splits, where the choice is arbitrary.)
    rng = np.random.default_rng(0)
    X = rng.normal(size=(300, 5))
    y = (X[:, 0] + X[:, 1] ** 2 + 0.3 * rng.normal(size=300) > 1).astype(int) + (X[:, 2] > 1)
    for kw in [
        dict(max_depth=4, min_samples_leaf=5),
        dict(criterion="entropy", max_depth=5, min_samples_leaf=8, min_samples_split=20),
    ]:
        a = DecisionTreeClassifier(random_state=0, **kw).fit(X, y)
        b = tree.DecisionTreeClassifier(random_state=0, **kw).fit(X, y)
        ta, tb = a.tree_, b.tree_
        assert ta.node_count == tb.node_count
        # Node numbering is depth-first, left first, in both.
        np.testing.assert_array_equal(ta.children_left, tb.children_left)
        np.testing.assert_array_equal(
            ta.feature[ta.children_left >= 0], tb.feature[tb.children_left >= 0]
        )
        np.testing.assert_allclose(
            ta.threshold[ta.children_left >= 0], tb.threshold[tb.children_left >= 0]
        )
        np.testing.assert_allclose(ta.impurity, tb.impurity, atol=1e-12)
        np.testing.assert_array_equal(ta.n_node_samples, tb.n_node_samples)
        np.testing.assert_allclose(a.predict_proba(X), b.predict_proba(X))
        np.testing.assert_allclose(a.feature_importances_, b.feature_importances_, atol=1e-12)
        assert a.get_depth() == b.get_depth() and a.get_n_leaves() == b.get_n_leaves()


def test_tree_sample_weight_equals_repetition():
    rng = np.random.default_rng(1)
    X = rng.normal(size=(80, 3))
    y = (X[:, 0] > 0).astype(int) ^ (X[:, 1] > 0.5)
    w = rng.integers(0, 4, size=80)
    a = DecisionTreeClassifier(random_state=0).fit(X, y, sample_weight=w)
    b = DecisionTreeClassifier(random_state=0).fit(np.repeat(X, w, 0), np.repeat(y, w))
    np.testing.assert_allclose(a.predict_proba(X), b.predict_proba(X))


# Equal-gain splits are broken by a random feature order that differs from scikit-learn's
# (its RNG is internal to Cython), so single trees differ on data with ties; the average
# over seeds is the comparable quantity.
@pytest.mark.parametrize("name", ["digits", "breast_cancer", "wine"])
@pytest.mark.parametrize(
    "kw", [dict(), dict(criterion="entropy", max_depth=4)], ids=["gini-full", "entropy-depth4"]
)
def test_tree_accuracy_within_one_point_of_sklearn(name, kw):
    data = _split(name)
    ours = _mean_score(DecisionTreeClassifier, range(10), data, **kw)
    theirs = _mean_score(tree.DecisionTreeClassifier, range(10), data, **kw)
    assert abs(ours - theirs) <= 0.01, (ours, theirs)


@pytest.mark.parametrize(
    ("name", "n_trees", "seeds"), [("breast_cancer", 50, 4), ("wine", 50, 4), ("digits", 30, 3)]
)
def test_forest_accuracy_within_one_point_of_sklearn(name, n_trees, seeds):
    data = _split(name)
    ours = _mean_score(RandomForestClassifier, range(seeds), data, n_estimators=n_trees)
    theirs = _mean_score(ensemble.RandomForestClassifier, range(seeds), data, n_estimators=n_trees)
    assert abs(ours - theirs) <= 0.01, (ours, theirs)


def test_forest_is_reproducible_and_probabilities_are_tree_means():
    Xtr, Xte, ytr, _ = _split("wine")
    a = RandomForestClassifier(n_estimators=7, random_state=3).fit(Xtr, ytr)
    b = RandomForestClassifier(n_estimators=7, random_state=3).fit(Xtr, ytr)
    np.testing.assert_array_equal(a.predict_proba(Xte), b.predict_proba(Xte))
    mean = np.mean([t.predict_proba(Xte) for t in a.estimators_], axis=0)
    np.testing.assert_allclose(a.predict_proba(Xte), mean)
    assert a.feature_importances_.sum() == pytest.approx(1.0)


@pytest.mark.parametrize("name", ["iris", "digits", "breast_cancer", "wine"])
@pytest.mark.parametrize("weights", ["uniform", "distance"])
def test_knn_matches_sklearn(name, weights):
    Xtr, Xte, ytr, yte = _split(name)
    a = KNeighborsClassifier(n_neighbors=5, weights=weights).fit(Xtr, ytr)
    b = neighbors.KNeighborsClassifier(n_neighbors=5, weights=weights).fit(Xtr, ytr)
    np.testing.assert_allclose(a.predict_proba(Xte), b.predict_proba(Xte), atol=1e-9)
    assert abs(a.score(Xte, yte) - b.score(Xte, yte)) <= 0.01


@pytest.mark.parametrize("p", [1, 3])
def test_knn_minkowski_distances(p):
    rng = np.random.default_rng(2)
    X = rng.normal(size=(50, 4))
    Q = rng.normal(size=(7, 4))
    y = rng.integers(0, 3, 50)
    da, ia = KNeighborsClassifier(4, p=p).fit(X, y).kneighbors(Q)
    db, ib = neighbors.KNeighborsClassifier(4, p=p).fit(X, y).kneighbors(Q)
    np.testing.assert_allclose(da, db, atol=1e-12)
    np.testing.assert_array_equal(ia, ib)


def test_knn_distance_weights_with_exact_match():
    X = np.array([[0.0], [1.0], [2.0]])
    y = np.array([0, 1, 1])
    proba = KNeighborsClassifier(3, weights="distance").fit(X, y).predict_proba([[0.0]])
    np.testing.assert_array_equal(proba, [[1.0, 0.0]])


def test_bad_input_errors():
    with pytest.raises(ValueError, match="n_neighbors <= n_samples_fit"):
        KNeighborsClassifier(10).fit(np.ones((3, 2)), [0, 1, 0]).predict(np.ones((1, 2)))
    with pytest.raises(ValueError, match="max_features"):
        DecisionTreeClassifier(max_features="half").fit(np.eye(3), [0, 1, 0])
    with pytest.raises(ValueError, match=r"sample_weight\.shape"):
        DecisionTreeClassifier().fit(np.eye(3), [0, 1, 0], sample_weight=[1.0, 2.0])
    with pytest.raises(ValueError, match="X has 2 features"):
        RandomForestClassifier(3).fit(np.eye(3), [0, 1, 0]).predict(np.ones((1, 2)))
