"""KMeans, PCA and StandardScaler against scikit-learn."""

from __future__ import annotations

import numpy as np
import pytest
from sklearn import cluster, datasets, decomposition, preprocessing

from genforge.scratch.cluster import KMeans, kmeans_plusplus
from genforge.scratch.decomposition import PCA
from genforge.scratch.preprocessing import StandardScaler

DATASETS = ["iris", "digits", "breast_cancer", "wine", "diabetes"]


def _load(name):
    return getattr(datasets, f"load_{name}")(return_X_y=True)[0]


@pytest.mark.parametrize("name", DATASETS)
def test_kmeans_inertia_within_one_percent(name):
    X = _load(name)
    for k in (3, 8):
        ours = KMeans(n_clusters=k, n_init=10, random_state=0).fit(X)
        theirs = cluster.KMeans(n_clusters=k, n_init=10, random_state=0).fit(X)
        assert abs(ours.inertia_ - theirs.inertia_) / theirs.inertia_ < 0.01
        # inertia_ is what it claims to be
        d = ((X[:, None, :] - ours.cluster_centers_[None]) ** 2).sum(-1)
        assert ours.inertia_ == pytest.approx(d.min(1).sum(), rel=1e-9)
        np.testing.assert_array_equal(ours.labels_, d.argmin(1))


def test_kmeans_recovers_separated_blobs_and_api():
    X, y = datasets.make_blobs(n_samples=300, centers=4, cluster_std=0.5, random_state=1)
    km = KMeans(n_clusters=4, random_state=0).fit(X)
    # Each true blob maps to exactly one cluster.
    assert all(len(set(km.labels_[y == c])) == 1 for c in range(4))
    np.testing.assert_array_equal(km.predict(X), km.labels_)
    np.testing.assert_allclose(
        km.transform(X).min(1) ** 2, ((X - km.cluster_centers_[km.labels_]) ** 2).sum(1)
    )
    assert km.score(X) == pytest.approx(-km.inertia_)
    np.testing.assert_array_equal(KMeans(4, random_state=0).fit_predict(X), km.labels_)


def test_kmeans_plusplus_spreads_seeds():
    X, _ = datasets.make_blobs(n_samples=400, centers=5, cluster_std=0.3, random_state=2)
    seeds = kmeans_plusplus(X, 5, np.random.RandomState(0))
    nearest_blob = {tuple(np.round(s)) for s in seeds}
    assert len(nearest_blob) == 5  # one seed per blob with overwhelming probability


def test_kmeans_errors():
    with pytest.raises(ValueError, match="n_samples=2 should be >= n_clusters=3"):
        KMeans(3).fit(np.ones((2, 2)))
    with pytest.raises(ValueError, match="NaN"):
        KMeans(2).fit(np.array([[np.nan, 1.0], [1.0, 2.0]]))


@pytest.mark.parametrize("name", DATASETS)
@pytest.mark.parametrize("n_components", [None, 0.9, 3])
def test_pca_matches_sklearn(name, n_components):
    X = _load(name)
    a = PCA(n_components=n_components).fit(X)
    b = decomposition.PCA(n_components=n_components).fit(X)
    assert a.n_components_ == b.n_components_
    np.testing.assert_allclose(a.explained_variance_, b.explained_variance_, rtol=1e-8, atol=1e-8)
    np.testing.assert_allclose(a.explained_variance_ratio_, b.explained_variance_ratio_, atol=1e-8)
    # Zero-variance directions (digits has blank pixels) are rounding noise in both.
    np.testing.assert_allclose(
        a.singular_values_, b.singular_values_, rtol=1e-8, atol=1e-8 * b.singular_values_.max()
    )
    assert a.noise_variance_ == pytest.approx(b.noise_variance_, rel=1e-8, abs=1e-12)
    # Components of well-separated eigenvalues are unique up to sign; with svd_flip the sign
    # matches too.
    ev = b.explained_variance_
    gap = np.abs(np.diff(np.r_[ev, 0.0])) > 1e-6 * ev[0]
    distinct = gap & np.r_[True, gap[:-1]]
    np.testing.assert_allclose(a.components_[distinct], b.components_[distinct], atol=1e-6)


@pytest.mark.parametrize("whiten", [False, True])
def test_pca_transform_and_inverse(whiten):
    X = _load("wine")
    a = PCA(n_components=4, whiten=whiten).fit(X)
    b = decomposition.PCA(n_components=4, whiten=whiten).fit(X)
    Z = a.transform(X)
    np.testing.assert_allclose(Z, b.transform(X), atol=1e-8 * np.abs(Z).max())
    np.testing.assert_allclose(a.fit_transform(X), Z, atol=1e-8 * np.abs(Z).max())
    np.testing.assert_allclose(
        a.inverse_transform(Z), b.inverse_transform(b.transform(X)), atol=1e-8 * np.abs(X).max()
    )
    full = PCA(whiten=whiten).fit(X)
    np.testing.assert_allclose(full.inverse_transform(full.transform(X)), X, atol=1e-8)
    if whiten:
        np.testing.assert_allclose(np.cov(Z.T), np.eye(4), atol=1e-10)


def test_pca_errors():
    with pytest.raises(ValueError, match=r"n_components=5 must be between 0 and"):
        PCA(n_components=5).fit(np.random.default_rng(0).normal(size=(10, 3)))
    with pytest.raises(ValueError, match="n_components"):
        PCA(n_components=1.5).fit(np.random.default_rng(0).normal(size=(10, 3)))


@pytest.mark.parametrize(("with_mean", "with_std"), [(True, True), (False, True), (True, False)])
def test_standard_scaler_matches_sklearn(with_mean, with_std):
    rng = np.random.default_rng(0)
    X = rng.normal(loc=1e4, scale=3.0, size=(50, 4))
    X[:, 2] = 7.0  # constant column: scale 1, not a division by zero
    a = StandardScaler(with_mean=with_mean, with_std=with_std).fit(X)
    b = preprocessing.StandardScaler(with_mean=with_mean, with_std=with_std).fit(X)
    np.testing.assert_allclose(a.transform(X), b.transform(X), atol=1e-9)
    if with_std:
        np.testing.assert_allclose(a.scale_, b.scale_, rtol=1e-12)
    np.testing.assert_allclose(a.inverse_transform(a.transform(X)), X, rtol=1e-12)
    assert a.transform(X.astype(np.float32)).dtype == np.float32
