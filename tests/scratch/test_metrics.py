"""Every metric against scikit-learn's on random inputs, ties included."""

import warnings

import numpy as np
import pytest
from sklearn import metrics as skm

from genforge.scratch import metrics as gm

TOL = 1e-9


def _tied_scores(rng, n, levels):
    # Few distinct values so that many samples share a score (the hard case for curves).
    return rng.integers(0, levels, size=n) / levels


def _binary_problem(rng, max_levels, continuous, *, tied, weighted):
    """Labels with both classes, scores (``tied``: few distinct values) and maybe weights."""
    n = int(rng.integers(5, 80))
    y = rng.integers(0, 2, size=n)
    y[:2] = [0, 1]
    score = _tied_scores(rng, n, int(rng.integers(2, max_levels))) if tied else continuous(n)
    w = rng.uniform(0.1, 2.0, size=n) if weighted else None
    return y, score, w


def _assert_same_curve(ours, ref):
    for a, b in zip(ours, ref, strict=True):
        assert a.shape == b.shape
        np.testing.assert_allclose(a, b, rtol=0, atol=TOL)


@pytest.fixture(autouse=True)
def _quiet():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        yield


@pytest.mark.parametrize("seed", range(30))
def test_roc_curve_matches_sklearn_exactly(seed):
    rng = np.random.default_rng(seed)
    y, score, w = _binary_problem(
        rng, 12, rng.standard_normal, tied=seed % 2, weighted=seed % 3 == 0
    )
    for drop in (True, False):
        _assert_same_curve(
            gm.roc_curve(y, score, sample_weight=w, drop_intermediate=drop),
            skm.roc_curve(y, score, sample_weight=w, drop_intermediate=drop),
        )
    assert (
        abs(
            gm.roc_auc_score(y, score, sample_weight=w)
            - skm.roc_auc_score(y, score, sample_weight=w)
        )
        < TOL
    )


@pytest.mark.parametrize("seed", range(30))
def test_precision_recall_curve_and_average_precision(seed):
    rng = np.random.default_rng(100 + seed)
    y, score, w = _binary_problem(rng, 9, rng.random, tied=seed % 2, weighted=seed % 3 == 0)
    for drop in (True, False):
        _assert_same_curve(
            gm.precision_recall_curve(y, score, sample_weight=w, drop_intermediate=drop),
            skm.precision_recall_curve(y, score, sample_weight=w, drop_intermediate=drop),
        )
    ap = gm.average_precision_score(y, score, sample_weight=w)
    assert abs(ap - skm.average_precision_score(y, score, sample_weight=w)) < TOL


def test_curves_with_string_labels_and_pos_label():
    y = np.array(["spam", "ham", "spam", "ham", "spam"])
    s = np.array([0.9, 0.1, 0.4, 0.4, 0.8])
    _assert_same_curve(gm.roc_curve(y, s, pos_label="spam"), skm.roc_curve(y, s, pos_label="spam"))
    assert gm.roc_auc_score(y, s) == pytest.approx(skm.roc_auc_score(y, s), abs=TOL)
    with pytest.raises(ValueError, match="pos_label is not specified"):
        gm.roc_curve(y, s)


@pytest.mark.parametrize("seed", range(10))
@pytest.mark.parametrize("average", ["macro", "weighted", "micro", None])
def test_multiclass_roc_auc_and_ap(seed, average):
    rng = np.random.default_rng(200 + seed)
    n, k = 60, 4
    y = rng.integers(0, k, size=n)
    y[:k] = np.arange(k)
    logits = np.round(rng.normal(size=(n, k)), 1)  # rounded: ties inside each column
    p = np.exp(logits) / np.exp(logits).sum(axis=1, keepdims=True)
    ours = gm.roc_auc_score(y, p, multi_class="ovr", average=average)
    ref = skm.roc_auc_score(y, p, multi_class="ovr", average=average)
    np.testing.assert_allclose(ours, ref, rtol=0, atol=TOL)
    ours = gm.average_precision_score(y, p, average=average)
    ref = skm.average_precision_score(y, p, average=average)
    np.testing.assert_allclose(ours, ref, rtol=0, atol=TOL)
    if average in ("macro", "weighted"):
        ours = gm.roc_auc_score(y, p, multi_class="ovo", average=average)
        ref = skm.roc_auc_score(y, p, multi_class="ovo", average=average)
        assert abs(ours - ref) < TOL


@pytest.mark.parametrize("seed", range(25))
def test_label_metrics_match_sklearn(seed):
    rng = np.random.default_rng(300 + seed)
    n = int(rng.integers(3, 60))
    k = int(rng.integers(2, 6))
    y_true = rng.integers(0, k, size=n)
    y_pred = rng.integers(0, k, size=n)
    w = rng.uniform(0.0, 2.0, size=n) if seed % 4 == 0 else None
    assert (
        abs(
            gm.accuracy_score(y_true, y_pred, sample_weight=w)
            - skm.accuracy_score(y_true, y_pred, sample_weight=w)
        )
        < TOL
    )
    assert gm.accuracy_score(y_true, y_pred, normalize=False) == skm.accuracy_score(
        y_true, y_pred, normalize=False
    )
    for norm in (None, "true", "pred", "all"):
        np.testing.assert_allclose(
            gm.confusion_matrix(y_true, y_pred, normalize=norm, sample_weight=w),
            skm.confusion_matrix(y_true, y_pred, normalize=norm, sample_weight=w),
            rtol=0, atol=TOL,
        )  # fmt: skip
    labels = [k + 1, 1, 0]  # an absent label, and an order that is not sorted
    np.testing.assert_array_equal(
        gm.confusion_matrix(y_true, y_pred, labels=labels),
        skm.confusion_matrix(y_true, y_pred, labels=labels),
    )
    for zd in ("warn", 0.0, 1.0, np.nan):
        for average in (None, "micro", "macro", "weighted"):
            for lab in (None, labels):
                ours = gm.precision_recall_fscore_support(
                    y_true, y_pred, average=average, zero_division=zd, labels=lab, sample_weight=w
                )
                ref = skm.precision_recall_fscore_support(
                    y_true, y_pred, average=average, zero_division=zd, labels=lab, sample_weight=w
                )
                for a, b in zip(ours, ref):
                    if b is None:
                        assert a is None
                    else:
                        np.testing.assert_allclose(a, b, rtol=0, atol=TOL)
        yb_true, yb_pred = (y_true > 0).astype(int), (y_pred > 1).astype(int)
        for fn in ("precision_score", "recall_score", "f1_score"):
            ours = getattr(gm, fn)(yb_true, yb_pred, zero_division=zd)
            ref = getattr(skm, fn)(yb_true, yb_pred, zero_division=zd)
            np.testing.assert_allclose(ours, ref, rtol=0, atol=TOL)
        ours = gm.fbeta_score(yb_true, yb_pred, beta=0.5, zero_division=zd, pos_label=0)
        ref = skm.fbeta_score(yb_true, yb_pred, beta=0.5, zero_division=zd, pos_label=0)
        np.testing.assert_allclose(ours, ref, rtol=0, atol=TOL)


def test_binary_metrics_on_degenerate_predictions():
    y_true = np.array([0, 0, 0, 0])
    y_pred = np.array([0, 0, 0, 0])
    for zd in (0.0, 1.0):
        for fn in ("precision_score", "recall_score", "f1_score"):
            assert getattr(gm, fn)(y_true, y_pred, zero_division=zd) == getattr(skm, fn)(
                y_true, y_pred, zero_division=zd
            )
    with pytest.warns(gm.UndefinedMetricWarning):
        warnings.simplefilter("always")
        gm.precision_score(y_true, y_pred)


@pytest.mark.parametrize("seed", range(15))
def test_log_loss_matches_sklearn(seed):
    rng = np.random.default_rng(400 + seed)
    n, k = 40, int(rng.integers(2, 5))
    y = rng.integers(0, k, size=n)
    y[:k] = np.arange(k)
    p = rng.dirichlet(np.ones(k), size=n)
    p[0] = np.eye(k)[(y[0] + 1) % k]  # a confident mistake exercises the clipping
    w = rng.uniform(0.1, 1.0, size=n)
    assert abs(gm.log_loss(y, p) - skm.log_loss(y, p)) < TOL
    assert abs(gm.log_loss(y, p, sample_weight=w) - skm.log_loss(y, p, sample_weight=w)) < TOL
    assert abs(gm.log_loss(y, p, normalize=False) - skm.log_loss(y, p, normalize=False)) < 1e-7
    if k == 2:
        assert abs(gm.log_loss(y, p[:, 1]) - skm.log_loss(y, p[:, 1])) < TOL
    labels = list(range(k + 1))
    p_extra = np.hstack([p, np.zeros((n, 1))])
    assert (
        abs(gm.log_loss(y, p_extra, labels=labels) - skm.log_loss(y, p_extra, labels=labels)) < TOL
    )


@pytest.mark.parametrize("seed", range(15))
def test_regression_metrics_match_sklearn(seed):
    rng = np.random.default_rng(500 + seed)
    n = int(rng.integers(2, 50))
    shape = (n,) if seed % 2 else (n, 3)
    y = np.round(rng.normal(size=shape), 1)
    pred = y + np.round(rng.normal(scale=0.5, size=shape), 1)
    if seed % 5 == 0:
        y[...] = 2.0  # constant target: R² is defined by convention only
        if seed % 10 == 0:
            pred = y.copy()
    w = rng.uniform(0.1, 2.0, size=n) if seed % 3 == 0 else None
    mos = ["raw_values", "uniform_average"] + (["variance_weighted"] if y.ndim == 2 else [])
    for mo in mos:
        for ff in (True, False):
            with np.errstate(all="ignore"):
                np.testing.assert_allclose(
                    gm.r2_score(y, pred, sample_weight=w, multioutput=mo, force_finite=ff),
                    skm.r2_score(y, pred, sample_weight=w, multioutput=mo, force_finite=ff),
                    rtol=0, atol=TOL,
                )  # fmt: skip
        if mo != "variance_weighted":
            for name in ("mean_squared_error", "mean_absolute_error"):
                np.testing.assert_allclose(
                    getattr(gm, name)(y, pred, sample_weight=w, multioutput=mo),
                    getattr(skm, name)(y, pred, sample_weight=w, multioutput=mo),
                    rtol=0, atol=TOL,
                )  # fmt: skip


def test_auc_of_known_shapes():
    assert gm.auc([0, 1], [0, 1]) == 0.5
    assert gm.auc([1, 0.5, 0], [1, 1, 1]) == 1.0  # decreasing x is allowed
    with pytest.raises(ValueError, match="neither increasing nor decreasing"):
        gm.auc([0, 1, 0.5], [0, 1, 1])


def test_bad_input_errors_name_the_problem():
    with pytest.raises(ValueError, match="inconsistent numbers of samples"):
        gm.accuracy_score([0, 1, 1], [0, 1])
    with pytest.raises(ValueError, match="NaN or infinity"):
        gm.roc_curve([0, 1, 1], [0.1, np.nan, 0.3])
    with pytest.raises(ValueError, match="continuous"):
        gm.f1_score([0.5, 1.0], [0, 1])
    with pytest.raises(ValueError, match="Mix of label input types"):
        gm.confusion_matrix([0, 1], ["0", "1"])
    with pytest.raises(ValueError, match="average='binary'"):
        gm.f1_score([0, 1, 2], [0, 1, 2])
    with pytest.raises(ValueError, match="shape"):
        gm.accuracy_score(np.zeros((3, 2)), np.zeros((3, 2)))
    with pytest.raises(ValueError, match="only one label"):
        gm.log_loss([1, 1, 1], [0.5, 0.6, 0.7])
    with pytest.raises(ValueError, match="multi_class"):
        gm.roc_auc_score([0, 1, 2], np.eye(3))
    with pytest.raises(ValueError, match="different shapes"):
        gm.r2_score([1.0, 2.0], [1.0, 2.0, 3.0])
    with pytest.warns(gm.UndefinedMetricWarning):
        warnings.simplefilter("always")
        assert np.isnan(gm.roc_auc_score([1, 1, 1], [0.2, 0.3, 0.4]))
