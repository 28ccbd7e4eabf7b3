"""Feature scaling: StandardScaler (zero mean, unit variance per column)."""

from __future__ import annotations

from typing import Any

import numpy as np

from genforge.scratch.base import BaseEstimator, TransformerMixin, check_is_fitted, validate_data


class StandardScaler(TransformerMixin, BaseEstimator):
    """Standardise each feature: z = (x − mean_) / scale_.

    ``scale_`` is the population standard deviation (ddof=0, as scikit-learn); a constant
    column gets scale 1 so it maps to 0 instead of NaN. Attributes: ``mean_``, ``var_``,
    ``scale_`` (None when the option is off), ``n_samples_seen_``.
    """

    def __init__(self, *, copy: bool = True, with_mean: bool = True, with_std: bool = True):
        self.copy = copy
        self.with_mean = with_mean
        self.with_std = with_std

    def fit(self, X: Any, y: Any = None) -> StandardScaler:
        """Learn per-column mean and scale from X (n, d); ``y`` is ignored; return self."""
        X = validate_data(self, X)
        self.n_samples_seen_ = X.shape[0]
        mean = X.mean(axis=0, dtype=np.float64)
        self.mean_ = mean if self.with_mean or self.with_std else None
        if self.with_std:
            # Two-pass variance: subtracting the mean first avoids the cancellation of
            # E[x²] − E[x]² on columns with a large offset.
            self.var_ = ((X - mean) ** 2).mean(axis=0, dtype=np.float64)
            scale = np.sqrt(self.var_)
            # Columns that are constant up to rounding error would blow up; treat them as
            # constant (scale 1), with a threshold relative to the column's magnitude.
            tiny = scale < 10 * np.finfo(np.float64).eps * np.maximum(np.abs(mean), 1.0)
            scale[tiny] = 1.0
            self.scale_ = scale
        else:
            self.var_ = None
            self.scale_ = None
        if not self.with_mean and not self.with_std:
            self.mean_ = None
        return self

    def transform(self, X: Any, copy: bool | None = None) -> np.ndarray:
        """Standardise X (n, d) with the fitted statistics; same dtype as X when float."""
        check_is_fitted(self, "n_samples_seen_")
        X = validate_data(self, X, reset=False, copy=self.copy if copy is None else copy)
        out = X
        if self.with_mean:
            out = out - self.mean_.astype(X.dtype)
        if self.with_std:
            out = out / self.scale_.astype(X.dtype)
        return out

    def inverse_transform(self, X: Any, copy: bool | None = None) -> np.ndarray:
        """Map standardised data back to the original units, shape (n, d)."""
        check_is_fitted(self, "n_samples_seen_")
        X = validate_data(self, X, reset=False, copy=self.copy if copy is None else copy)
        out = X
        if self.with_std:
            out = out * self.scale_.astype(X.dtype)
        if self.with_mean:
            out = out + self.mean_.astype(X.dtype)
        return out

    def _tag_overrides(self) -> dict[str, Any]:
        return {"transformer_tags.preserves_dtype": ["float64", "float32"]}
