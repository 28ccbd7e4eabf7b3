"""Splitters against scikit-learn's (identical indices), hold-out sizes and stratification."""

import warnings

import numpy as np
import pytest
from sklearn import model_selection as skms
from sklearn.naive_bayes import GaussianNB as SkGaussianNB

from genforge.scratch import model_selection as gms
from genforge.scratch.naive_bayes import GaussianNB


def _same_splits(ours, ref):
    ours, ref = list(ours), list(ref)
    assert len(ours) == len(ref)
    for (a_tr, a_te), (b_tr, b_te) in zip(ours, ref):
        np.testing.assert_array_equal(a_tr, b_tr)
        np.testing.assert_array_equal(a_te, b_te)


@pytest.mark.parametrize("n", [7, 10, 23])
@pytest.mark.parametrize("n_splits", [2, 3, 5])
@pytest.mark.parametrize("shuffle,seed", [(False, None), (True, 0), (True, 42)])
def test_kfold_identical_to_sklearn(n, n_splits, shuffle, seed):
    X = np.zeros((n, 2))
    ours = gms.KFold(n_splits, shuffle=shuffle, random_state=seed)
    ref = skms.KFold(n_splits, shuffle=shuffle, random_state=seed)
    _same_splits(ours.split(X), ref.split(X))
    assert ours.get_n_splits() == ref.get_n_splits()


@pytest.mark.parametrize("seed", range(12))
def test_stratified_kfold_identical_to_sklearn(seed):
    rng = np.random.default_rng(seed)
    n = int(rng.integers(12, 60))
    n_splits = int(rng.integers(2, 5))
    labels = np.array(["b", "a", "c"])[: int(rng.integers(2, 4))]
    y = rng.choice(labels, size=n, p=None)
    y[: n_splits * len(labels)] = np.repeat(labels, n_splits)[
        rng.permutation(n_splits * len(labels))
    ]
    X = np.zeros((n, 1))
    for shuffle, rs in [(False, None), (True, seed), (True, 7)]:
        ours = gms.StratifiedKFold(n_splits, shuffle=shuffle, random_state=rs)
        ref = skms.StratifiedKFold(n_splits, shuffle=shuffle, random_state=rs)
        _same_splits(ours.split(X, y), ref.split(X, y))


def test_stratified_kfold_with_a_small_class_warns_like_sklearn():
    y = np.array([0] * 10 + [1] * 2)
    X = np.zeros((12, 1))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        _same_splits(gms.StratifiedKFold(3).split(X, y), skms.StratifiedKFold(3).split(X, y))
    with pytest.warns(UserWarning, match="least populated class"):
        list(gms.StratifiedKFold(3).split(X, y))
    with pytest.raises(ValueError, match="cannot be greater than the number of members"):
        list(gms.StratifiedKFold(3).split(np.zeros((4, 1)), [0, 0, 1, 1]))


@pytest.mark.parametrize(
    "test_size,train_size", [(None, None), (0.3, None), (5, None), (None, 0.5), (0.2, 0.6)]
)
@pytest.mark.parametrize("seed", [0, 3])
def test_train_test_split_matches_sklearn_without_stratify(test_size, train_size, seed):
    X = np.arange(40).reshape(20, 2)
    y = list(range(20))
    ours = gms.train_test_split(X, y, test_size=test_size, train_size=train_size, random_state=seed)
    ref = skms.train_test_split(X, y, test_size=test_size, train_size=train_size, random_state=seed)
    assert len(ours) == 4
    for a, b in zip(ours, ref):
        assert type(a) is type(b)
        np.testing.assert_array_equal(a, b)
    ours = gms.train_test_split(X, test_size=test_size, train_size=train_size, shuffle=False)
    ref = skms.train_test_split(X, test_size=test_size, train_size=train_size, shuffle=False)
    for a, b in zip(ours, ref):
        np.testing.assert_array_equal(a, b)


@pytest.mark.parametrize("seed", range(8))
def test_stratified_split_keeps_class_shares(seed):
    rng = np.random.default_rng(seed)
    counts = rng.integers(2, 40, size=int(rng.integers(2, 5)))
    y = rng.permutation(np.repeat(np.arange(len(counts)), counts))
    X = np.arange(len(y))[:, None]
    test_size = float(rng.uniform(0.15, 0.5))
    X_tr, X_te, y_tr, y_te = gms.train_test_split(
        X, y, test_size=test_size, stratify=y, random_state=seed
    )
    n_test = int(np.ceil(test_size * len(y)))
    assert len(y_te) == n_test and len(y_tr) == len(y) - n_test
    # Disjoint and complete, and the labels travel with their rows.
    assert sorted(np.r_[X_tr[:, 0], X_te[:, 0]].tolist()) == list(range(len(y)))
    np.testing.assert_array_equal(y[X_te[:, 0]], y_te)
    expected = counts * n_test / len(y)
    got = np.bincount(y_te, minlength=len(counts))
    assert np.all(np.abs(got - expected) < 1.0 + 1e-9)
    assert np.all(got >= 1) and np.all(np.bincount(y_tr, minlength=len(counts)) >= 1)
    # Deterministic for a seed.
    again = gms.train_test_split(X, y, test_size=test_size, stratify=y, random_state=seed)
    np.testing.assert_array_equal(again[1], X_te)


def test_train_test_split_errors():
    X = np.zeros((10, 2))
    with pytest.raises(ValueError, match="inconsistent numbers of samples"):
        gms.train_test_split(X, np.zeros(9))
    with pytest.raises(ValueError, match=r"test_size=1\.5"):
        gms.train_test_split(X, test_size=1.5)
    with pytest.raises(ValueError, match="only 1 member"):
        gms.train_test_split(X, stratify=[0] * 9 + [1])
    with pytest.raises(ValueError, match="shuffle=False"):
        gms.train_test_split(X, shuffle=False, stratify=[0, 1] * 5)
    with pytest.raises(ValueError, match="more than the 10 available"):
        gms.train_test_split(X, test_size=6, train_size=5)
    with pytest.raises(ValueError, match="random_state"):
        gms.KFold(3, random_state=0)
    with pytest.raises(ValueError, match="greater than the number of samples"):
        list(gms.KFold(5).split(np.zeros((3, 1))))
    with pytest.raises(ValueError, match="continuous"):
        list(gms.StratifiedKFold(2).split(np.zeros((4, 1)), [0.1, 0.2, 0.3, 0.4]))


def test_cross_val_score_matches_sklearn_for_the_same_model():
    from sklearn.datasets import load_diabetes, load_iris
    from sklearn.linear_model import Ridge as SkRidge

    X, y = load_iris(return_X_y=True)
    # Our loop around scikit-learn's estimator must give scikit-learn's numbers: stratified
    # folds for a classifier by default, plain folds when given.
    for cv in (3, skms.KFold(4, shuffle=True, random_state=1)):
        for scoring in (None, "neg_log_loss", "f1_macro", "accuracy"):
            ours = gms.cross_val_score(SkGaussianNB(), X, y, cv=cv, scoring=scoring)
            ref = skms.cross_val_score(SkGaussianNB(), X, y, cv=cv, scoring=scoring)
            np.testing.assert_allclose(ours, ref, atol=1e-9)
    # A regressor gets unstratified folds and R² by default.
    Xd, yd = load_diabetes(return_X_y=True)
    for scoring in (None, "neg_mean_squared_error"):
        ours = gms.cross_val_score(SkRidge(), Xd, yd, cv=4, scoring=scoring)
        ref = skms.cross_val_score(SkRidge(), Xd, yd, cv=4, scoring=scoring)
        np.testing.assert_allclose(ours, ref, rtol=1e-10)
    # Our estimator inside our loop and scikit-learn's estimator inside scikit-learn's agree,
    # and ours also runs inside scikit-learn's loop.
    Xb, yb = X[y > 0], y[y > 0]
    ours = gms.cross_val_score(GaussianNB(), Xb, yb, cv=5, scoring="roc_auc")
    ref = skms.cross_val_score(SkGaussianNB(), Xb, yb, cv=5, scoring="roc_auc")
    np.testing.assert_allclose(ours, ref, atol=1e-9)
    np.testing.assert_allclose(
        skms.cross_val_score(GaussianNB(), X, y, cv=5),
        skms.cross_val_score(SkGaussianNB(), X, y, cv=5),
    )
    with pytest.raises(ValueError, match="Unknown scoring"):
        gms.cross_val_score(GaussianNB(), X, y, scoring="bogus")


def test_clone_gives_an_unfitted_copy():
    est = GaussianNB(var_smoothing=1e-3).fit(np.array([[0.0], [1.0], [2.0], [3.0]]), [0, 0, 1, 1])
    fresh = gms.clone(est)
    assert fresh.var_smoothing == 1e-3 and not hasattr(fresh, "theta_")
