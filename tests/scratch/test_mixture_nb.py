"""GaussianMixture and naive Bayes against scikit-learn on the same data and the same start."""

import warnings

import numpy as np
import pytest
from sklearn import datasets
from sklearn.exceptions import NotFittedError as SkNotFittedError
from sklearn.mixture import GaussianMixture as SkGMM
from sklearn.naive_bayes import GaussianNB as SkGNB
from sklearn.naive_bayes import MultinomialNB as SkMNB

from genforge.scratch.base import NotFittedError
from genforge.scratch.mixture import GaussianMixture
from genforge.scratch.naive_bayes import GaussianNB, MultinomialNB

COV_TYPES = ["full", "tied", "diag", "spherical"]


def _blobs(seed=0):
    rng = np.random.default_rng(seed)
    return np.vstack(
        [
            rng.normal(size=(90, 3)) * [1.0, 0.5, 2.0] + [6, 0, 0],
            rng.normal(size=(70, 3)) * 0.5 - [0, 5, 0],
            rng.normal(size=(60, 3)) + np.array([0, 0, 7]),
        ]
    )


@pytest.mark.parametrize("cov", COV_TYPES)
def test_gmm_random_init_follows_sklearn_step_for_step(cov):
    # "random" init draws the same uniforms from the same RandomState as scikit-learn, so
    # every EM iterate, the iteration count and the chosen restart must agree.
    X = _blobs()
    kw = dict(
        covariance_type=cov, init_params="random", random_state=3, n_init=2, tol=1e-6, max_iter=300
    )
    ours = GaussianMixture(3, **kw).fit(X)
    ref = SkGMM(3, **kw).fit(X)
    assert ours.n_iter_ == ref.n_iter_ and ours.converged_ == ref.converged_
    assert abs(ours.lower_bound_ - ref.lower_bound_) < 1e-10
    np.testing.assert_allclose(ours.lower_bounds_, ref.lower_bounds_, rtol=0, atol=1e-10)
    np.testing.assert_allclose(ours.weights_, ref.weights_, atol=1e-9)
    np.testing.assert_allclose(ours.means_, ref.means_, atol=1e-8)
    np.testing.assert_allclose(ours.covariances_, ref.covariances_, atol=1e-8)
    np.testing.assert_allclose(ours.precisions_, ref.precisions_, rtol=1e-7, atol=1e-8)
    Xt = X[::7] + 0.3
    np.testing.assert_allclose(ours.score_samples(Xt), ref.score_samples(Xt), atol=1e-9)
    np.testing.assert_allclose(ours.predict_proba(Xt), ref.predict_proba(Xt), atol=1e-9)
    np.testing.assert_array_equal(ours.predict(Xt), ref.predict(Xt))
    assert abs(ours.bic(X) - ref.bic(X)) < 1e-7 and abs(ours.aic(X) - ref.aic(X)) < 1e-7


@pytest.mark.parametrize("cov", ["full", "diag"])
def test_gmm_explicit_start_matches_sklearn(cov):
    # With weights, means and precisions all given, the k-means start is overridden and
    # the two EM runs start from the same point.
    X = _blobs(1)
    means0 = np.array([[5.0, 1.0, 0.0], [0.0, -4.0, 0.5], [1.0, 0.0, 6.0]])
    prec0 = np.stack([np.eye(3)] * 3) if cov == "full" else np.ones((3, 3))
    kw = dict(covariance_type=cov, weights_init=[0.2, 0.3, 0.5], means_init=means0,
              precisions_init=prec0, tol=1e-8, max_iter=500, random_state=0)  # fmt: skip
    ours = GaussianMixture(3, **kw).fit(X)
    ref = SkGMM(3, **kw).fit(X)
    assert abs(ours.lower_bound_ - ref.lower_bound_) < 1e-10
    np.testing.assert_allclose(ours.means_, ref.means_, atol=1e-8)
    np.testing.assert_array_equal(ours.fit_predict(X), ref.fit_predict(X))


@pytest.mark.parametrize("init", ["kmeans", "k-means++", "random_from_data"])
def test_gmm_recovers_well_separated_components(init):
    rng = np.random.default_rng(7)
    true_means = np.array([[0.0, 0.0], [8.0, 8.0], [-8.0, 8.0]])
    true_sd = np.array([1.0, 0.5, 1.5])
    sizes = np.array([400, 300, 300])
    X = np.vstack([rng.normal(m, s, size=(n, 2)) for m, s, n in zip(true_means, true_sd, sizes)])
    gm = GaussianMixture(
        3, covariance_type="spherical", init_params=init, n_init=3, random_state=0
    ).fit(X)
    order = [int(np.argmin(((gm.means_ - m) ** 2).sum(axis=1))) for m in true_means]
    assert sorted(order) == [0, 1, 2]
    np.testing.assert_allclose(gm.means_[order], true_means, atol=0.2)
    np.testing.assert_allclose(np.sqrt(gm.covariances_[order]), true_sd, rtol=0.1)
    np.testing.assert_allclose(gm.weights_[order], sizes / sizes.sum(), atol=0.01)
    # Same final likelihood as scikit-learn finds from its own start (a different path to
    # the same optimum on separated data).
    ref = SkGMM(3, covariance_type="spherical", n_init=3, random_state=0).fit(X)
    assert abs(gm.lower_bound_ - ref.lower_bound_) < 1e-4
    # Samples drawn from the fit reproduce its moments.
    gm.set_params(random_state=1)
    S, labels = gm.sample(3000)
    assert S.shape == (3000, 2) and np.bincount(labels, minlength=3).sum() == 3000
    np.testing.assert_allclose(S.mean(axis=0), gm.weights_ @ gm.means_, atol=0.3)


def test_gmm_bic_prefers_the_true_number_of_components():
    X = _blobs(2)
    bics = [GaussianMixture(k, random_state=0).fit(X).bic(X) for k in (1, 2, 3, 4, 5)]
    assert int(np.argmin(bics)) + 1 == 3


def test_gmm_errors():
    X = _blobs()
    with pytest.raises(NotFittedError):
        GaussianMixture(2).predict(X)
    with pytest.raises(SkNotFittedError):
        GaussianMixture(2).score_samples(X)
    with pytest.raises(ValueError, match="n_samples >= n_components"):
        GaussianMixture(5).fit(X[:3])
    with pytest.raises(ValueError, match=r"shape \(2, 3, 3\)"):
        GaussianMixture(2, precisions_init=np.ones((2, 3))).fit(X)
    with pytest.raises(ValueError, match="covariance_type"):
        GaussianMixture(2, covariance_type="banana").fit(X)
    with pytest.raises(ValueError, match="NaN"):
        GaussianMixture(2).fit(np.where(X > 6, np.nan, X))
    with pytest.raises(ValueError, match="ill-defined empirical covariance"):
        GaussianMixture(2, reg_covar=0.0, init_params="random_from_data", random_state=0).fit(
            np.repeat([[1.0, 2.0], [3.0, 4.0]], 5, axis=0)[:, [0, 0]]
        )
    gm = GaussianMixture(2, random_state=0).fit(X)
    with pytest.raises(ValueError, match="3 features"):
        gm.predict(X[:, :2])
    with pytest.warns(Warning, match="did not converge"):
        GaussianMixture(3, max_iter=1, random_state=0).fit(X)


# ------------------------------------------------------------------------- naive Bayes


@pytest.mark.parametrize(
    "loader", [datasets.load_iris, datasets.load_wine, datasets.load_breast_cancer]
)
def test_gaussian_nb_equals_sklearn(loader):
    X, y = loader(return_X_y=True)
    ours, ref = GaussianNB().fit(X, y), SkGNB().fit(X, y)
    np.testing.assert_allclose(ours.theta_, ref.theta_, rtol=1e-12)
    np.testing.assert_allclose(ours.var_, ref.var_, rtol=1e-12)
    np.testing.assert_allclose(ours.predict_proba(X), ref.predict_proba(X), rtol=0, atol=1e-9)
    np.testing.assert_allclose(
        ours.predict_log_proba(X), ref.predict_log_proba(X), rtol=1e-9, atol=1e-9
    )
    np.testing.assert_array_equal(ours.predict(X), ref.predict(X))
    assert ours.score(X, y) == ref.score(X, y)


def test_gaussian_nb_weights_priors_and_string_labels():
    rng = np.random.default_rng(0)
    X = rng.normal(size=(60, 4))
    y = np.array(["cat", "dog", "emu"])[rng.integers(0, 3, size=60)]
    X[y == "dog"] += 1.0
    w = rng.uniform(0.1, 3.0, size=60)
    for kw in ({}, {"priors": [0.5, 0.3, 0.2]}, {"var_smoothing": 1e-2}):
        ours = GaussianNB(**kw).fit(X, y, sample_weight=w)
        ref = SkGNB(**kw).fit(X, y, sample_weight=w)
        np.testing.assert_allclose(ours.predict_proba(X), ref.predict_proba(X), atol=1e-9)
        np.testing.assert_array_equal(ours.predict(X), ref.predict(X))
        np.testing.assert_allclose(ours.class_count_, ref.class_count_)


def test_gaussian_nb_partial_fit_equals_one_fit():
    X, y = datasets.load_iris(return_X_y=True)
    rng = np.random.default_rng(1)
    order = rng.permutation(len(y))
    X, y = X[order], y[order]
    full = GaussianNB().fit(X, y)
    inc = GaussianNB()
    for chunk in np.array_split(np.arange(len(y)), 5):
        inc.partial_fit(X[chunk], y[chunk], classes=[0, 1, 2])
    np.testing.assert_allclose(inc.theta_, full.theta_, rtol=1e-12)
    # Only the smoothing term differs: it comes from the last batch's variance.
    np.testing.assert_allclose(inc.var_ - inc.epsilon_, full.var_ - full.epsilon_, rtol=1e-10)
    ref = SkGNB()
    for chunk in np.array_split(np.arange(len(y)), 5):
        ref.partial_fit(X[chunk], y[chunk], classes=[0, 1, 2])
    np.testing.assert_allclose(inc.predict_proba(X), ref.predict_proba(X), atol=1e-7)
    with pytest.raises(ValueError, match="classes must be passed"):
        GaussianNB().partial_fit(X, y)
    with pytest.raises(ValueError, match="do not exist in the initial classes"):
        inc.partial_fit(X[:3], [0, 1, 7])


@pytest.mark.parametrize(
    "kw",
    [
        {},
        {"alpha": 0.1},
        {"fit_prior": False},
        {"class_prior": [0.1] * 10},
        {"alpha": 0.0, "force_alpha": False},
    ],
)
def test_multinomial_nb_equals_sklearn_on_digits(kw):
    X, y = datasets.load_digits(return_X_y=True)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        ref = SkMNB(**kw).fit(X, y)
    ours = MultinomialNB(**kw).fit(X, y)
    np.testing.assert_allclose(ours.feature_log_prob_, ref.feature_log_prob_, rtol=1e-12)
    np.testing.assert_allclose(ours.predict_proba(X), ref.predict_proba(X), atol=1e-9)
    np.testing.assert_array_equal(ours.predict(X), ref.predict(X))
    assert ours.score(X, y) > 0.85


def test_naive_bayes_bad_input():
    X, y = datasets.load_iris(return_X_y=True)
    for est in (GaussianNB(), MultinomialNB()):
        with pytest.raises(NotFittedError, match="not fitted yet"):
            est.predict(X)
        with pytest.raises(ValueError, match="NaN"):
            est.fit(np.where(X > 7, np.nan, X), y)
        with pytest.raises(ValueError, match="inconsistent numbers of samples"):
            est.fit(X, y[:-1])
        with pytest.raises(ValueError, match="continuous"):
            est.fit(X, y + 0.5)
        est.fit(X, y)
        with pytest.raises(ValueError, match="expecting 4 features"):
            est.predict(X[:, :3])
        with pytest.raises(ValueError, match="2D array"):
            est.predict(X[0])
    with pytest.raises(ValueError, match="Negative values"):
        MultinomialNB().fit(X - 5, y)
    with pytest.raises(ValueError, match="priors"):
        GaussianNB(priors=[0.5, 0.5]).fit(X, y)
    # A single class is a legal (if dull) problem: everything is that class, with certainty.
    one = GaussianNB().fit(X[:10], np.zeros(10, dtype=int))
    np.testing.assert_array_equal(one.predict(X), 0)
    np.testing.assert_allclose(one.predict_proba(X), 1.0)


def test_ours_work_inside_sklearn_pipeline_and_grid_search():
    from sklearn.model_selection import GridSearchCV
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    X, y = datasets.load_wine(return_X_y=True)
    grid = GridSearchCV(
        make_pipeline(StandardScaler(), GaussianNB()),
        {"gaussiannb__var_smoothing": [1e-9, 1e-1]},
        cv=3,
    ).fit(X, y)
    assert grid.best_score_ > 0.9
    gmm = GridSearchCV(GaussianMixture(random_state=0), {"n_components": [1, 3]}, cv=3)
    gmm.fit(_blobs())
    assert gmm.best_params_ == {"n_components": 3}  # held-out log-likelihood picks 3
