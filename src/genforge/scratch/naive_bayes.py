"""Naive Bayes classifiers: Bayes' rule with features assumed independent given the class.

p(c | x) ∝ p(c) Πⱼ p(xⱼ | c). The "naive" independence assumption is rarely true, yet the
arg-max is often right because only the ranking of classes matters, and the model fits in a
single pass over the data. Two likelihoods are provided:

* ``GaussianNB`` — each feature is normal within each class (continuous data);
* ``MultinomialNB`` — each row is a bag of counts drawn from a class-specific categorical
  distribution over features (word counts, pixel intensities), with additive smoothing.

Both work in log space: a product of hundreds of small probabilities underflows, a sum of
their logs does not, and log-sum-exp turns the joint log-likelihoods back into
probabilities.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from genforge.scratch.base import (
    BaseEstimator,
    ClassifierMixin,
    check_is_fitted,
    check_param,
    encode_classes,
    validate_data,
)

__all__ = ["GaussianNB", "MultinomialNB", "logsumexp"]


def logsumexp(a: np.ndarray, axis: int = -1) -> np.ndarray:
    """log Σ exp(a) along ``axis``, shifted by the maximum so nothing overflows."""
    m = np.max(a, axis=axis, keepdims=True)
    m = np.where(np.isfinite(m), m, 0.0)
    return np.squeeze(m, axis=axis) + np.log(np.sum(np.exp(a - m), axis=axis))


def _check_sample_weight(sample_weight: Any, n: int) -> np.ndarray | None:
    if sample_weight is None:
        return None
    w = np.asarray(sample_weight, dtype=float)
    if w.ndim == 0:
        w = np.full(n, float(w))
    if w.shape != (n,):
        raise ValueError(f"sample_weight.shape == {w.shape}, expected ({n},).")
    if not np.isfinite(w).all():
        raise ValueError("sample_weight contains NaN or infinity.")
    if (w < 0).any():
        raise ValueError("Negative values in sample_weight are not allowed.")
    if n and not w.any():
        raise ValueError(
            "Sample weights must contain at least one non-zero number; with all weights 0 "
            "there is nothing to learn from."
        )
    return w


class _BaseNB(ClassifierMixin, BaseEstimator):
    """Prediction from a joint log-likelihood log p(x, c), shared by the NB variants."""

    def _joint_log_likelihood(self, X: np.ndarray) -> np.ndarray:
        raise NotImplementedError

    def _check_X_predict(self, X: Any) -> np.ndarray:
        check_is_fitted(self, "classes_")
        return validate_data(self, X, reset=False)

    def predict_joint_log_proba(self, X: Any) -> np.ndarray:
        """log p(x, c) for each row and class, shape (n_samples, n_classes)."""
        return self._joint_log_likelihood(self._check_X_predict(X))

    def predict_log_proba(self, X: Any) -> np.ndarray:
        """log p(c | x), shape (n_samples, n_classes), columns ordered as ``classes_``."""
        jll = self.predict_joint_log_proba(X)
        return jll - logsumexp(jll, axis=1)[:, None]

    def predict_proba(self, X: Any) -> np.ndarray:
        """p(c | x), shape (n_samples, n_classes); rows sum to 1."""
        return np.exp(self.predict_log_proba(X))

    def predict(self, X: Any) -> np.ndarray:
        """The most probable class of each row, shape (n_samples,)."""
        jll = self.predict_joint_log_proba(X)
        return self.classes_[np.argmax(jll, axis=1)]


class GaussianNB(_BaseNB):
    """Naive Bayes with a normal distribution per feature and class.

    ``var_smoothing`` adds that fraction of the largest feature variance to every variance,
    so a feature that is constant within a class does not give a zero variance (and an
    infinite log-density). ``priors`` fixes p(c) instead of estimating it from the counts.
    Learned: ``classes_``, ``class_count_``, ``class_prior_``, ``theta_`` (class means,
    shape (k, d)), ``var_`` (class variances, (k, d)), ``epsilon_``.
    """

    def __init__(self, *, priors: Any = None, var_smoothing: float = 1e-9) -> None:
        self.priors = priors
        self.var_smoothing = var_smoothing

    def fit(self, X: Any, y: Any, sample_weight: Any = None) -> GaussianNB:
        """Estimate class priors, means and variances from X (n, d) and labels y (n,)."""
        for name in ("classes_", "theta_", "var_", "class_count_", "class_prior_", "epsilon_"):
            self.__dict__.pop(name, None)
        return self._update(X, y, None, sample_weight, first=True)

    def partial_fit(
        self, X: Any, y: Any, classes: Any = None, sample_weight: Any = None
    ) -> GaussianNB:
        """Update the fit with one more batch; ``classes`` (all labels) is required the first time.

        Means and variances of old and new data are merged exactly (Chan, Golub & LeVeque's
        pairwise update), so fitting in batches gives the same statistics as one ``fit``.
        """
        first = not hasattr(self, "classes_")
        if first and classes is None:
            raise ValueError(
                "classes must be passed on the first call to partial_fit: the list of every "
                "label the model will ever see."
            )
        return self._update(X, y, classes, sample_weight, first=first)

    def _update(
        self, X: Any, y: Any, classes: Any, sample_weight: Any, *, first: bool
    ) -> GaussianNB:
        check_param(
            "var_smoothing",
            self.var_smoothing,
            isinstance(self.var_smoothing, (int, float)) and self.var_smoothing >= 0,
            "a float >= 0",
        )
        X, y = validate_data(self, X, y, reset=first)
        w = _check_sample_weight(sample_weight, len(X))
        if first:
            if classes is None:
                codes = encode_classes(self, y, min_classes=1)
            else:
                self.classes_ = np.unique(np.asarray(classes))
                codes = None
            k, d = len(self.classes_), X.shape[1]
            self.theta_ = np.zeros((k, d))
            self.var_ = np.zeros((k, d))
            self.class_count_ = np.zeros(k)
        else:
            codes = None
            # Take out the smoothing of the previous call before merging raw variances.
            self.var_ -= self.epsilon_
        if codes is None:
            unknown = np.setdiff1d(np.unique(y), self.classes_)
            if unknown.size:
                raise ValueError(
                    f"The target label(s) {unknown.tolist()} in y do not exist in the initial "
                    f"classes {self.classes_.tolist()}."
                )
            codes = np.searchsorted(self.classes_, y)

        self.epsilon_ = float(self.var_smoothing * np.var(X, axis=0).max())
        for c in np.unique(codes):
            rows = codes == c
            Xc = X[rows]
            wc = None if w is None else w[rows]
            n_new = float(len(Xc) if wc is None else wc.sum())
            if n_new == 0:
                continue
            mean_new = np.average(Xc, axis=0, weights=wc)
            var_new = np.average((Xc - mean_new) ** 2, axis=0, weights=wc)
            n_old = self.class_count_[c]
            if n_old == 0:
                self.theta_[c], self.var_[c] = mean_new, var_new
            else:
                n = n_old + n_new
                delta = mean_new - self.theta_[c]
                # Sum of squared deviations of the union = both parts' own sums plus the
                # spread between the two means.
                ssd = n_old * self.var_[c] + n_new * var_new + n_old * n_new / n * delta**2
                self.theta_[c] = self.theta_[c] + delta * n_new / n
                self.var_[c] = ssd / n
            self.class_count_[c] += n_new
        self.var_ += self.epsilon_

        if self.priors is not None:
            priors = np.asarray(self.priors, dtype=float)
            if priors.shape != (len(self.classes_),):
                raise ValueError(
                    f"Number of priors ({priors.size}) must match number of classes "
                    f"({len(self.classes_)})."
                )
            if not np.isclose(priors.sum(), 1.0):
                raise ValueError(f"The sum of the priors should be 1, got {priors.sum()}.")
            if (priors < 0).any():
                raise ValueError("Priors must be non-negative.")
            self.class_prior_ = priors
        else:
            self.class_prior_ = self.class_count_ / self.class_count_.sum()
        return self

    def _joint_log_likelihood(self, X: np.ndarray) -> np.ndarray:
        # log N(x | θ, σ²) summed over independent features, plus log p(c).
        with np.errstate(divide="ignore"):
            log_prior = np.log(self.class_prior_)
        log_norm = -0.5 * np.log(2.0 * np.pi * self.var_).sum(axis=1)
        sq = ((X[:, None, :] - self.theta_[None, :, :]) ** 2 / self.var_[None, :, :]).sum(axis=2)
        return log_prior[None, :] + log_norm[None, :] - 0.5 * sq


class MultinomialNB(_BaseNB):
    """Naive Bayes for count features: p(x | c) ∝ Πⱼ θ_cj^{x_j}.

    θ_cj = (N_cj + α) / (N_c + α d) where N_cj is the total count of feature j in class c:
    additive (Laplace for α=1, Lidstone otherwise) smoothing keeps a feature never seen in a
    class from zeroing the whole product. ``fit_prior=False`` uses a uniform p(c);
    ``class_prior`` fixes it. Learned: ``classes_``, ``class_count_``, ``feature_count_``
    (k, d), ``class_log_prior_`` (k,), ``feature_log_prob_`` (k, d).
    """

    def __init__(
        self,
        *,
        alpha: float = 1.0,
        force_alpha: bool = True,
        fit_prior: bool = True,
        class_prior: Any = None,
    ) -> None:
        self.alpha = alpha
        self.force_alpha = force_alpha
        self.fit_prior = fit_prior
        self.class_prior = class_prior

    def _smoothing(self) -> np.ndarray:
        alpha = np.asarray(self.alpha, dtype=float)
        if alpha.ndim > 1 or (alpha < 0).any() or not np.isfinite(alpha).all():
            raise ValueError(
                f"alpha must be a non-negative float (or one per feature); got {self.alpha!r}."
            )
        if alpha.ndim == 1 and alpha.shape[0] != self.n_features_in_:
            raise ValueError(
                f"alpha should be a scalar or an array with shape ({self.n_features_in_},), "
                f"got {alpha.shape}."
            )
        if not self.force_alpha and (alpha < 1e-10).any():
            # A zero count with zero smoothing would give log 0 = -inf.
            alpha = np.maximum(alpha, 1e-10)
        return alpha

    def fit(self, X: Any, y: Any, sample_weight: Any = None) -> MultinomialNB:
        """Count features per class in X (n, d), non-negative, and smooth into θ."""
        X, y = validate_data(self, X, y)
        if (X < 0).any():
            raise ValueError(
                "Negative values in data passed to MultinomialNB (input X); the features "
                "must be counts or frequencies (>= 0)."
            )
        w = _check_sample_weight(sample_weight, len(X))
        codes = encode_classes(self, y, min_classes=1)
        k = len(self.classes_)
        onehot = np.zeros((len(X), k))
        onehot[np.arange(len(X)), codes] = 1.0
        if w is not None:
            onehot *= w[:, None]
        self.class_count_ = onehot.sum(axis=0)
        self.feature_count_ = onehot.T @ X
        smoothed = self.feature_count_ + self._smoothing()
        self.feature_log_prob_ = np.log(smoothed) - np.log(smoothed.sum(axis=1, keepdims=True))
        if self.class_prior is not None:
            prior = np.asarray(self.class_prior, dtype=float)
            if prior.shape != (k,):
                raise ValueError(
                    f"Number of priors ({prior.size}) must match number of classes ({k})."
                )
            self.class_log_prior_ = np.log(prior)
        elif self.fit_prior:
            with np.errstate(divide="ignore"):
                self.class_log_prior_ = np.log(self.class_count_) - np.log(self.class_count_.sum())
        else:
            self.class_log_prior_ = np.full(k, -np.log(k))
        return self

    def _joint_log_likelihood(self, X: np.ndarray) -> np.ndarray:
        # The multinomial coefficient n!/Πxⱼ! is the same for every class and cancels in
        # the posterior, so it is left out.
        return X @ self.feature_log_prob_.T + self.class_log_prior_[None, :]

    def _tag_overrides(self) -> dict[str, Any]:
        # poor_score: scikit-learn's training-accuracy check uses Gaussian blobs shifted to be
        # non-negative, which are not counts; a multinomial likelihood cannot separate them
        # well, and scikit-learn tags its own MultinomialNB the same way.
        return {
            **super()._tag_overrides(),
            "input_tags.positive_only": True,
            "classifier_tags.poor_score": True,
        }
