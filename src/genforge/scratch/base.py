"""The scikit-learn estimator contract, written out in NumPy.

Every classical estimator in ``genforge.scratch`` follows the convention scikit-learn made
standard, so that ours drop into scikit-learn's ``Pipeline``, ``GridSearchCV`` and
``cross_val_score`` unchanged:

* hyper-parameters are the keyword arguments of ``__init__`` and are stored untouched on the
  instance (validation happens in ``fit``, so that ``clone`` and ``set_params`` work);
* what ``fit`` learns is stored in attributes that end with an underscore (``coef_``);
* ``fit`` returns ``self``; ``predict``/``transform`` refuse to run before ``fit``.

Nothing here imports scikit-learn at run time. The one place we talk to scikit-learn is
``__sklearn_tags__``: scikit-learn calls it, so scikit-learn is importable whenever it runs,
and the import happens inside it.
"""

from __future__ import annotations

import inspect
import numbers
import sys
import warnings
from typing import Any

import numpy as np


class NotFittedError(ValueError, AttributeError):
    """Raised when an estimator is used before ``fit``.

    It subclasses both ``ValueError`` and ``AttributeError`` like scikit-learn's, so that
    ``hasattr(est, "predict_proba")``-style probes and ``except ValueError`` both behave.
    """


class DataConversionWarning(UserWarning):
    """Input was converted in a way the caller may not expect (e.g. a column-vector y)."""


_COMPAT_CLASSES: dict[type, type] = {}


def _compat(ours: type) -> type:
    """``ours``, or a subclass of it and of scikit-learn's namesake if the caller imported it.

    Code that runs our estimators inside scikit-learn (and scikit-learn's own checks) catches
    ``sklearn.exceptions.NotFittedError`` and filters ``DataConversionWarning``; we look the
    scikit-learn class up only in ``sys.modules``, so this module never imports it itself.
    """
    sk = sys.modules.get("sklearn.exceptions")
    if sk is None or not hasattr(sk, ours.__name__):
        return ours
    if ours not in _COMPAT_CLASSES:
        _COMPAT_CLASSES[ours] = type(
            ours.__name__, (ours, getattr(sk, ours.__name__)), {"__module__": __name__}
        )
    return _COMPAT_CLASSES[ours]


# Tag overrides are plain dicts of dotted names -> values, e.g.
# {"input_tags.allow_nan": True, "non_deterministic": True}; a subclass extends its parent's
# through ``_tag_overrides``. Plain dicts keep this module free of scikit-learn imports.
def _apply_tag_overrides(tags: Any, overrides: dict[str, Any]) -> Any:
    for dotted, value in overrides.items():
        target = tags
        *parents, leaf = dotted.split(".")
        for name in parents:
            target = getattr(target, name)
        setattr(target, leaf, value)
    return tags


class BaseEstimator:
    """Parameter introspection, ``repr`` and scikit-learn tags for every scratch estimator."""

    # "classifier", "regressor", "transformer", "clusterer", "density_estimator" or None;
    # the mixins set it, as scikit-learn's mixins do.
    _estimator_type: str | None = None

    @classmethod
    def _get_param_names(cls) -> list[str]:
        init = cls.__init__
        if init is object.__init__:
            return []
        params = inspect.signature(init).parameters.values()
        names = []
        for p in params:
            if p.name == "self" or p.kind == p.VAR_KEYWORD:
                continue
            if p.kind == p.VAR_POSITIONAL:
                # *args would make get_params/clone ambiguous, as in scikit-learn.
                raise RuntimeError(
                    f"{cls.__name__}.__init__ takes *{p.name}; estimators must declare every "
                    "hyper-parameter as an explicit keyword argument"
                )
            names.append(p.name)
        return sorted(names)

    def get_params(self, deep: bool = True) -> dict[str, Any]:
        """Return the ``__init__`` hyper-parameters by name (nested ones as ``a__b`` if deep)."""
        out: dict[str, Any] = {}
        for name in self._get_param_names():
            value = getattr(self, name)
            if deep and hasattr(value, "get_params") and not isinstance(value, type):
                for sub, sub_value in value.get_params().items():
                    out[f"{name}__{sub}"] = sub_value
            out[name] = value
        return out

    def set_params(self, **params: Any) -> BaseEstimator:
        """Set hyper-parameters by name (``a__b`` reaches into a nested estimator); return self."""
        if not params:
            return self
        valid = self.get_params(deep=True)
        nested: dict[str, dict[str, Any]] = {}
        for key, value in params.items():
            name, sep, sub = key.partition("__")
            if name not in valid:
                raise ValueError(
                    f"Invalid parameter {name!r} for estimator {self}. "
                    f"Valid parameters are: {sorted(self._get_param_names())!r}."
                )
            if sep:
                nested.setdefault(name, {})[sub] = value
            else:
                setattr(self, name, value)
                valid[name] = value
        for name, sub_params in nested.items():
            valid[name].set_params(**sub_params)
        return self

    def __repr__(self) -> str:
        # Show only hyper-parameters that differ from their defaults, like scikit-learn.
        sig = inspect.signature(type(self).__init__).parameters
        shown = []
        for name in self._get_param_names():
            value = getattr(self, name, None)
            default = sig[name].default
            same = False
            try:
                same = bool(value is default or value == default)
            except (ValueError, TypeError):  # arrays compare elementwise
                same = False
            if not same:
                shown.append(f"{name}={value!r}")
        return f"{type(self).__name__}({', '.join(shown)})"

    def __getstate__(self) -> dict[str, Any]:
        return dict(self.__dict__)

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)

    def _tag_overrides(self) -> dict[str, Any]:
        """Dotted tag overrides for this estimator; subclasses extend their parent's dict."""
        return {}

    def __sklearn_tags__(self) -> Any:
        """Build scikit-learn's ``Tags`` for this estimator (only scikit-learn calls this)."""
        from sklearn.utils import (
            ClassifierTags,
            RegressorTags,
            Tags,
            TargetTags,
            TransformerTags,
        )

        kind = self._estimator_type
        tags = Tags(
            estimator_type=kind,
            target_tags=TargetTags(required=kind in ("classifier", "regressor")),
            transformer_tags=TransformerTags() if isinstance(self, TransformerMixin) else None,
            classifier_tags=ClassifierTags() if kind == "classifier" else None,
            regressor_tags=RegressorTags() if kind == "regressor" else None,
        )
        return _apply_tag_overrides(tags, self._tag_overrides())


class ClassifierMixin:
    """Marks a classifier; ``score`` is mean accuracy."""

    _estimator_type = "classifier"

    def score(self, X: Any, y: Any, sample_weight: Any = None) -> float:
        """Fraction of samples whose predicted label equals ``y`` (optionally weighted)."""
        y = np.asarray(y)
        hit = (self.predict(X) == y).astype(float)
        if sample_weight is None:
            return float(hit.mean())
        return float(np.average(hit, weights=np.asarray(sample_weight, dtype=float)))


class RegressorMixin:
    """Marks a regressor; ``score`` is the coefficient of determination R²."""

    _estimator_type = "regressor"

    def score(self, X: Any, y: Any, sample_weight: Any = None) -> float:
        """R² = 1 - SS_res / SS_tot of ``predict(X)`` against ``y`` (uniform over outputs)."""
        y = np.asarray(y, dtype=float)
        pred = np.asarray(self.predict(X), dtype=float).reshape(y.shape)
        w = np.ones(len(y)) if sample_weight is None else np.asarray(sample_weight, float)
        w = w.reshape((-1,) + (1,) * (y.ndim - 1))
        mean = (w * y).sum(axis=0) / w.sum()
        ss_res = (w * (y - pred) ** 2).sum(axis=0)
        ss_tot = (w * (y - mean) ** 2).sum(axis=0)
        # A constant target makes R² undefined; scikit-learn's convention is 1 for a perfect
        # fit and 0 otherwise.
        r2 = np.where(ss_tot > 0, 1.0 - ss_res / np.where(ss_tot > 0, ss_tot, 1.0), 0.0)
        r2 = np.where((ss_tot == 0) & (ss_res == 0), 1.0, r2)
        return float(np.mean(r2))


class TransformerMixin:
    """Adds ``fit_transform`` (fit, then transform the same data)."""

    def fit_transform(self, X: Any, y: Any = None, **fit_params: Any) -> np.ndarray:
        """``fit(X, y)`` followed by ``transform(X)``."""
        if y is None:
            return self.fit(X, **fit_params).transform(X)
        return self.fit(X, y, **fit_params).transform(X)


class ClusterMixin:
    """Marks a clusterer; adds ``fit_predict`` returning ``labels_``."""

    _estimator_type = "clusterer"

    def fit_predict(self, X: Any, y: Any = None, **fit_params: Any) -> np.ndarray:
        """Fit on ``X`` and return the cluster label of each training sample, shape (n,)."""
        self.fit(X, **fit_params)
        return self.labels_


class DensityMixin:
    """Marks a density estimator (``score`` is the mean log-likelihood, defined by subclass)."""

    _estimator_type = "density_estimator"


def _num_samples_desc(arr: np.ndarray) -> str:
    return f"(shape={arr.shape})"


def check_array(
    X: Any,
    *,
    ensure_2d: bool = True,
    allow_nd: bool = False,
    dtype: Any = "numeric",
    ensure_min_samples: int = 1,
    ensure_min_features: int = 1,
    allow_nan: bool = False,
    copy: bool = False,
    name: str = "X",
) -> np.ndarray:
    """Validate an array-like and return it as a NumPy float array (by default).

    Raises ValueError, in scikit-learn's words, for: sparse matrices, complex data, strings
    that do not parse as numbers, 1-D or 0-D input where 2-D is expected, more than two
    dimensions, too few samples/features, NaN or infinity. ``dtype="numeric"`` keeps float32
    and float64 and turns everything else numeric into float64; ``dtype=None`` keeps the
    dtype.
    """
    if hasattr(X, "toarray") or hasattr(X, "tocsr"):
        # Duck-typed sparse check: scipy is not imported here.
        raise TypeError(
            f"Sparse data was passed for {name}, but dense data is required. "
            "Use '.toarray()' to convert to a dense numpy array."
        )
    if hasattr(X, "__array__") or isinstance(X, (list, tuple, np.ndarray)):
        pass
    elif not isinstance(X, numbers.Number):
        raise TypeError(f"Expected an array-like for {name}, got {type(X).__name__}.")
    try:
        arr = np.asarray(X)
    except (ValueError, TypeError) as e:
        raise ValueError(f"Could not convert {name} to a NumPy array: {e}") from e

    if np.iscomplexobj(arr):
        raise ValueError(f"Complex data not supported for {name}, got {_num_samples_desc(arr)}.")

    if dtype == "numeric":
        if arr.dtype.kind == "f" and arr.dtype.itemsize in (4, 8):
            target = arr.dtype
        else:
            target = np.float64
        if arr.dtype.kind in "OUS":
            try:
                arr = arr.astype(np.float64)
            except ValueError as e:
                # A TypeError (e.g. a dict inside X) propagates as NumPy raised it.
                raise ValueError(
                    f"{name} contains values that are not numbers (dtype {arr.dtype}): {e}. "
                    "Encode strings/categories as numbers first."
                ) from e
        arr = arr.astype(target, copy=False)
    elif dtype is not None:
        arr = arr.astype(dtype, copy=False)

    if ensure_2d:
        if arr.ndim == 0:
            raise ValueError(
                f"Expected 2D array, got scalar array instead:\narray={arr}.\n"
                "Reshape your data either using array.reshape(-1, 1) if your data has a single "
                "feature or array.reshape(1, -1) if it contains a single sample."
            )
        if arr.ndim == 1:
            raise ValueError(
                f"Expected 2D array, got 1D array instead ({name} shape={arr.shape}).\n"
                "Reshape your data either using array.reshape(-1, 1) if your data has a single "
                "feature or array.reshape(1, -1) if it contains a single sample."
            )
    if not allow_nd and arr.ndim > 2:
        raise ValueError(
            f"Found array with dim {arr.ndim}, while dim <= 2 is required ({name} "
            f"{_num_samples_desc(arr)[1:-1]})."
        )

    if arr.ndim >= 1 and ensure_min_samples > 0:
        n = arr.shape[0]
        if n < ensure_min_samples:
            raise ValueError(
                f"Found array with {n} sample(s) {_num_samples_desc(arr)} while a "
                f"minimum of {ensure_min_samples} is required by {name}."
            )
    if arr.ndim == 2 and ensure_min_features > 0 and arr.shape[1] < ensure_min_features:
        raise ValueError(
            f"Found array with {arr.shape[1]} feature(s) {_num_samples_desc(arr)} while "
            f"a minimum of {ensure_min_features} is required by {name}."
        )

    if arr.dtype.kind == "f":
        finite = np.isfinite(arr)
        if not finite.all():
            has_nan = np.isnan(arr).any()
            has_inf = np.isinf(arr).any()
            if has_inf:
                raise ValueError(
                    f"Input {name} contains infinity or a value too large for "
                    f"{arr.dtype!r} {_num_samples_desc(arr)}; remove or clip those entries."
                )
            if has_nan and not allow_nan:
                raise ValueError(
                    f"Input {name} contains NaN {_num_samples_desc(arr)}; impute or drop the "
                    "missing values first."
                )
    if copy:
        arr = arr.copy()
    return arr


def column_or_1d(y: Any, *, name: str = "y") -> np.ndarray:
    """Return ``y`` as a 1-D array; a (n, 1) column is flattened, anything else refused."""
    arr = np.asarray(y)
    if arr.ndim == 1:
        return arr
    if arr.ndim == 2 and arr.shape[1] == 1:
        warnings.warn(
            f"A column-vector {name} was passed when a 1d array was expected; it was "
            "flattened. Pass y.ravel() to silence this.",
            _compat(DataConversionWarning),
            stacklevel=3,
        )
        return arr.ravel()
    raise ValueError(f"{name} should be a 1d array, got an array of shape {arr.shape} instead.")


def check_X_y(
    X: Any,
    y: Any,
    *,
    y_numeric: bool = False,
    multi_output: bool = False,
    **check_array_kwargs: Any,
) -> tuple[np.ndarray, np.ndarray]:
    """Validate ``X`` (2-D, finite) and ``y`` (1-D, finite, same number of rows).

    Returns ``(X, y)`` as NumPy arrays; ``y`` is float64 when ``y_numeric``. With
    ``multi_output`` a 2-D ``y`` of shape (n, k) is allowed.
    """
    if y is None:
        raise ValueError(
            "requires y to be passed, but the target y is None; pass the labels/targets to fit"
        )
    X = check_array(X, **check_array_kwargs)
    if multi_output:
        y = np.asarray(y)
        if y.ndim == 0:
            raise ValueError(f"y should be an array, got a scalar {y!r}")
    else:
        y = column_or_1d(y)
    if y.dtype.kind in "fc" or y_numeric:
        if y.dtype.kind == "c":
            raise ValueError("Complex data not supported for y.")
        if y_numeric and y.dtype.kind not in "fiub":
            try:
                y = y.astype(np.float64)
            except (ValueError, TypeError) as e:
                raise ValueError(f"y must be numeric for a regressor: {e}") from e
        if y_numeric:
            y = y.astype(np.float64, copy=False)
        if y.dtype.kind == "f" and not np.isfinite(y).all():
            raise ValueError(
                f"Input y contains NaN or infinity (y shape={y.shape}); drop those samples."
            )
    if len(y) != X.shape[0]:
        raise ValueError(
            f"Found input variables with inconsistent numbers of samples: X has {X.shape[0]} "
            f"rows (shape {X.shape}) but y has {len(y)} (shape {y.shape}). "
            "Pass one target per row of X."
        )
    return X, y


def check_classification_targets(y: np.ndarray) -> None:
    """Refuse continuous targets for a classifier, naming the fix."""
    if y.dtype.kind == "f" and not np.all(np.isin(y, np.round(y))):
        raise ValueError(
            "Unknown label type: continuous. A classifier needs discrete class labels; "
            "round or bin the target, or use a regressor."
        )
    if y.dtype.kind == "O":
        kinds = {type(v) for v in y}
        if len(kinds) > 1:
            raise ValueError(f"Unknown label type: mixed types {sorted(k.__name__ for k in kinds)}")


def check_is_fitted(estimator: Any, attributes: list[str] | str | None = None) -> None:
    """Raise NotFittedError unless ``fit`` has run (an attribute ending in "_" exists)."""
    if isinstance(estimator, type):
        raise TypeError(f"{estimator.__name__} is a class, not an estimator instance.")
    if attributes is not None:
        names = [attributes] if isinstance(attributes, str) else list(attributes)
        fitted = all(hasattr(estimator, a) for a in names)
    else:
        fitted = any(k.endswith("_") and not k.startswith("__") for k in vars(estimator))
    if not fitted:
        raise _compat(NotFittedError)(
            f"This {type(estimator).__name__} instance is not fitted yet. Call 'fit' with "
            "appropriate arguments before using this estimator."
        )


def check_n_features(estimator: Any, X: np.ndarray, *, reset: bool) -> None:
    """Record ``n_features_in_`` at fit (``reset``) or check ``X`` matches it afterwards."""
    n = X.shape[1]
    if reset:
        estimator.n_features_in_ = n
        return
    expected = getattr(estimator, "n_features_in_", None)
    if expected is not None and n != expected:
        raise ValueError(
            f"X has {n} features, but {type(estimator).__name__} is expecting {expected} "
            f"features as input (X shape={X.shape}); pass the same columns used in fit."
        )


def validate_data(
    estimator: Any,
    X: Any,
    y: Any = "no_validation",
    *,
    reset: bool = True,
    **kwargs: Any,
) -> Any:
    """Validate ``X`` (and ``y`` if given) and set/check ``n_features_in_``.

    With ``reset=True`` (in ``fit``) it records the number of features and, when X is a
    dataframe with string column names, ``feature_names_in_``; with ``reset=False`` (in
    ``predict``/``transform``) it checks them. Returns ``X`` or ``(X, y)``.
    """
    columns = getattr(X, "columns", None)
    if isinstance(y, str) and y == "no_validation":
        out = X = check_array(X, **kwargs)
    else:
        X, y = check_X_y(X, y, **kwargs)
        out = (X, y)
    if reset:
        check_n_features(estimator, X, reset=True)
        if columns is not None and all(isinstance(c, str) for c in columns):
            estimator.feature_names_in_ = np.asarray(list(columns), dtype=object)
        elif hasattr(estimator, "feature_names_in_"):
            del estimator.feature_names_in_
    else:
        check_n_features(estimator, X, reset=False)
    return out


class ConvergenceWarning(UserWarning):
    """An iterative solver stopped at ``max_iter`` before reaching ``tol``."""


def check_random_state(seed: Any) -> np.random.RandomState:
    """Turn ``None``, an int or a ``RandomState`` into a ``RandomState``.

    ``None`` returns NumPy's global generator (so results vary run to run), an int seeds a
    fresh one, and a ``RandomState`` is used as is (so a caller can share one stream).
    """
    if seed is None or seed is np.random:
        return np.random.mtrand._rand
    if isinstance(seed, numbers.Integral):
        return np.random.RandomState(int(seed))
    if isinstance(seed, np.random.RandomState):
        return seed
    raise ValueError(
        f"random_state={seed!r} cannot seed a numpy.random.RandomState; pass None, an int or "
        "a RandomState."
    )


def encode_classes(estimator: Any, y: np.ndarray, *, min_classes: int = 2) -> np.ndarray:
    """Store ``classes_`` (sorted unique labels) on ``estimator``; return y as 0..K-1 codes.

    Raises ValueError for continuous targets and for fewer than ``min_classes`` classes.
    """
    check_classification_targets(y)
    classes, codes = np.unique(y, return_inverse=True)
    if len(classes) < min_classes:
        raise ValueError(
            f"{type(estimator).__name__} needs samples of at least {min_classes} classes in "
            f"the data, but the data contains only one class: {classes[0]}. Add samples of "
            "another class."
        )
    estimator.classes_ = classes
    return codes.reshape(-1)


def check_param(name: str, value: Any, ok: bool, expected: str) -> None:
    """Raise ValueError naming a bad hyper-parameter and what it should be (used in fit)."""
    if not ok:
        raise ValueError(f"The '{name}' parameter must be {expected}. Got {value!r} instead.")
