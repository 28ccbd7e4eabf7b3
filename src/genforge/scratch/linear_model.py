"""Linear models: least squares, ridge, lasso, logistic regression and a linear SVM.

Each solves the same optimisation problem as its scikit-learn namesake, so that with the
same hyper-parameters the fitted coefficients agree to solver tolerance:

=====================  ==========================================================  =========
model                  objective (minimised over w, b)                             solver
=====================  ==========================================================  =========
LinearRegression       ‖y − Xw − b‖²                                               lstsq
Ridge                  ‖y − Xw − b‖² + α‖w‖²                                       Cholesky
Lasso                  1/(2n)‖y − Xw − b‖² + α‖w‖₁                                 coord. descent
LogisticRegression     C·Σ log-loss + ½‖W‖² (bias not penalised)                   L-BFGS
LinearSVC              ½‖[w, b]‖² + C·Σ max(0, 1 − yᵢ(wᵀxᵢ + b))² (one-vs-rest)    Newton
=====================  ==========================================================  =========

The intercept of the first four is removed by centring X and y (or, for logistic
regression, kept as an unpenalised parameter); LinearSVC penalises it, as liblinear does.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable
from typing import Any

import numpy as np

from genforge.scratch.base import (
    BaseEstimator,
    ClassifierMixin,
    ConvergenceWarning,
    RegressorMixin,
    check_is_fitted,
    check_param,
    encode_classes,
    validate_data,
)


def _center(X: np.ndarray, y: np.ndarray, fit_intercept: bool):
    if not fit_intercept:
        return X, y, np.zeros(X.shape[1]), np.zeros(y.shape[1:])
    x_mean = X.mean(axis=0)
    y_mean = y.mean(axis=0)
    return X - x_mean, y - y_mean, x_mean, y_mean


class _LinearRegressorBase(RegressorMixin, BaseEstimator):
    """Shared predict for models of the form y = X @ coef_.T + intercept_."""

    def _set_intercept(self, x_mean: np.ndarray, y_mean: np.ndarray, coef: np.ndarray) -> None:
        # coef has shape (n_targets, n_features) here; a 1-D y gets 1-D coef_ like sklearn.
        intercept = y_mean - coef @ x_mean if self.fit_intercept else np.zeros(coef.shape[0])
        if self._y_1d:
            self.coef_ = coef[0]
            self.intercept_ = float(intercept[0]) if self.fit_intercept else 0.0
        else:
            self.coef_ = coef
            self.intercept_ = intercept

    def _validate_fit(self, X: Any, y: Any) -> tuple[np.ndarray, np.ndarray]:
        X, y = validate_data(self, X, y, y_numeric=True, multi_output=True)
        if y.ndim > 2:
            raise ValueError(f"y must be 1-D or 2-D, got shape {y.shape}")
        self._y_1d = y.ndim == 1
        return X, (y[:, None] if y.ndim == 1 else y)

    def predict(self, X: Any) -> np.ndarray:
        """Predicted targets, shape (n_samples,) or (n_samples, n_targets)."""
        check_is_fitted(self, "coef_")
        X = validate_data(self, X, reset=False)
        return X @ np.asarray(self.coef_).T + self.intercept_

    def _tag_overrides(self) -> dict[str, Any]:
        return {"target_tags.multi_output": True}


class LinearRegression(_LinearRegressorBase):
    """Ordinary least squares, solved by NumPy's SVD-based ``lstsq``.

    Works for rank-deficient X (returns the minimum-norm solution, like scikit-learn).
    Attributes: ``coef_`` (n_features,) or (n_targets, n_features), ``intercept_``,
    ``rank_``, ``singular_``.
    """

    def __init__(self, *, fit_intercept: bool = True) -> None:
        self.fit_intercept = fit_intercept

    def fit(self, X: Any, y: Any) -> LinearRegression:
        """Fit on X (n, d) and y (n,) or (n, k); return self."""
        X, Y = self._validate_fit(X, y)
        Xc, Yc, x_mean, y_mean = _center(X, Y, self.fit_intercept)
        coef, _, rank, singular = np.linalg.lstsq(Xc, Yc, rcond=None)
        self.rank_ = int(rank)
        self.singular_ = singular
        self._set_intercept(x_mean, y_mean, coef.T)
        return self


class Ridge(_LinearRegressorBase):
    """L2-penalised least squares ‖y − Xw − b‖² + α‖w‖², solved in closed form.

    The intercept is not penalised (X and y are centred first). ``alpha`` may be a float or
    one value per target.
    """

    def __init__(self, alpha: float = 1.0, *, fit_intercept: bool = True) -> None:
        self.alpha = alpha
        self.fit_intercept = fit_intercept

    def fit(self, X: Any, y: Any) -> Ridge:
        """Fit on X (n, d) and y (n,) or (n, k); return self."""
        X, Y = self._validate_fit(X, y)
        alpha = np.broadcast_to(np.asarray(self.alpha, dtype=float), (Y.shape[1],))
        check_param("alpha", self.alpha, bool(np.all(alpha >= 0)), "a float >= 0")
        Xc, Yc, x_mean, y_mean = _center(X, Y, self.fit_intercept)
        n, d = Xc.shape
        coef = np.empty((Y.shape[1], d))
        for k in range(Y.shape[1]):
            if n >= d:
                # Normal equations: (XᵀX + αI) w = Xᵀy, a d×d SPD system.
                A = Xc.T @ Xc + alpha[k] * np.eye(d)
                coef[k] = _spd_solve(A, Xc.T @ Yc[:, k])
            else:
                # Fewer samples than features: the n×n dual system is cheaper,
                # w = Xᵀ (XXᵀ + αI)⁻¹ y.
                K = Xc @ Xc.T + alpha[k] * np.eye(n)
                coef[k] = Xc.T @ _spd_solve(K, Yc[:, k])
        self._set_intercept(x_mean, y_mean, coef)
        return self


def _spd_solve(A: np.ndarray, b: np.ndarray) -> np.ndarray:
    # Cholesky when A is positive definite; alpha=0 with collinear columns makes it
    # singular, where the least-squares solution is the sensible answer.
    try:
        L = np.linalg.cholesky(A)
    except np.linalg.LinAlgError:
        return np.linalg.lstsq(A, b, rcond=None)[0]
    z = np.linalg.solve(L, b)
    return np.linalg.solve(L.T, z)


class Lasso(_LinearRegressorBase):
    """L1-penalised least squares 1/(2n)‖y − Xw − b‖² + α‖w‖₁ by cyclic coordinate descent.

    Stops when the duality gap falls below ``tol``·‖y‖² (scikit-learn's criterion), checked
    whenever the largest coordinate update is small relative to the largest weight.
    Attributes: ``coef_``, ``intercept_``, ``n_iter_``, ``dual_gap_``.
    """

    def __init__(
        self,
        alpha: float = 1.0,
        *,
        fit_intercept: bool = True,
        max_iter: int = 1000,
        tol: float = 1e-4,
    ) -> None:
        self.alpha = alpha
        self.fit_intercept = fit_intercept
        self.max_iter = max_iter
        self.tol = tol

    def fit(self, X: Any, y: Any) -> Lasso:
        """Fit on X (n, d) and y (n,) or (n, k); return self."""
        check_param("alpha", self.alpha, self.alpha >= 0, "a float >= 0")
        check_param("max_iter", self.max_iter, self.max_iter >= 1, "an int >= 1")
        check_param("tol", self.tol, self.tol >= 0, "a float >= 0")
        X, Y = self._validate_fit(X, y)
        Xc, Yc, x_mean, y_mean = _center(X, Y, self.fit_intercept)
        coef = np.empty((Y.shape[1], X.shape[1]))
        gaps, iters = [], []
        for k in range(Y.shape[1]):
            coef[k], gap, n_iter = _lasso_cd(Xc, Yc[:, k], self.alpha, self.max_iter, self.tol)
            gaps.append(gap)
            iters.append(n_iter)
        self.dual_gap_ = gaps[0] if self._y_1d else np.array(gaps)
        self.n_iter_ = iters[0] if self._y_1d else iters
        self._set_intercept(x_mean, y_mean, coef)
        return self


def _soft_threshold(z: float, t: float) -> float:
    return np.sign(z) * max(abs(z) - t, 0.0)


def _lasso_cd(
    X: np.ndarray, y: np.ndarray, alpha: float, max_iter: int, tol: float
) -> tuple[np.ndarray, float, int]:
    """Coordinate descent for ½‖y − Xw‖² + nα‖w‖₁ (the n-scaled Lasso objective)."""
    n, d = X.shape
    l1 = alpha * n
    w = np.zeros(d)
    col_sq = (X**2).sum(axis=0)
    residual = y.copy()
    tol_abs = tol * float(y @ y)
    gap = np.inf
    for n_iter in range(1, max_iter + 1):
        w_max = 0.0
        dw_max = 0.0
        for j in range(d):
            if col_sq[j] == 0.0:
                continue
            old = w[j]
            # Minimise exactly in w_j holding the others fixed: a soft-thresholded
            # one-variable least-squares solution on the partial residual.
            rho = X[:, j] @ residual + col_sq[j] * old
            new = _soft_threshold(rho, l1) / col_sq[j]
            if new != old:
                residual -= (new - old) * X[:, j]
                w[j] = new
            dw_max = max(dw_max, abs(new - old))
            w_max = max(w_max, abs(new))
        if w_max == 0.0 or dw_max / w_max < tol or n_iter == max_iter:
            gap = _lasso_duality_gap(X, y, w, residual, l1)
            if gap < tol_abs:
                return w, gap, n_iter
    warnings.warn(
        f"Lasso did not converge in max_iter={max_iter} iterations (duality gap {gap:.3g} > "
        f"tol {tol_abs:.3g}); increase max_iter or scale the features.",
        ConvergenceWarning,
        stacklevel=3,
    )
    return w, gap, max_iter


def _lasso_duality_gap(
    X: np.ndarray, y: np.ndarray, w: np.ndarray, residual: np.ndarray, l1: float
) -> float:
    # A dual-feasible point is the residual scaled so that ‖Xᵀθ‖∞ ≤ l1; the gap between the
    # primal objective and this dual bounds the distance to the optimum.
    xt_r = X.T @ residual
    dual_norm = np.max(np.abs(xt_r)) if xt_r.size else 0.0
    r_sq = float(residual @ residual)
    if dual_norm > l1:
        const = l1 / dual_norm
        gap = 0.5 * r_sq * (1.0 + const**2)
    else:
        const = 1.0
        gap = r_sq
    gap += l1 * np.abs(w).sum() - const * float(residual @ y)
    return float(gap)


def lbfgs(
    fun: Callable[[np.ndarray], tuple[float, np.ndarray]],
    x0: np.ndarray,
    *,
    max_iter: int = 100,
    gtol: float = 1e-5,
    memory: int = 10,
) -> tuple[np.ndarray, int, bool]:
    """Minimise a smooth function with limited-memory BFGS and a backtracking line search.

    ``fun(x)`` returns (value, gradient), x a 1-D float array. Stops when the largest
    absolute gradient entry is ≤ ``gtol``. Returns (x, iterations, converged).
    """
    x = x0.astype(float).copy()
    f, g = fun(x)
    s_hist: list[np.ndarray] = []
    y_hist: list[np.ndarray] = []
    for it in range(1, max_iter + 1):
        if np.max(np.abs(g)) <= gtol:
            return x, it - 1, True
        # Two-loop recursion: apply the inverse-Hessian approximation built from the last
        # `memory` (step, gradient change) pairs to the gradient.
        q = g.copy()
        alphas = []
        for s, yv in zip(reversed(s_hist), reversed(y_hist)):
            rho = 1.0 / (yv @ s)
            a = rho * (s @ q)
            alphas.append((rho, a))
            q -= a * yv
        if s_hist:
            q *= (s_hist[-1] @ y_hist[-1]) / (y_hist[-1] @ y_hist[-1])
        else:
            q /= max(1.0, np.linalg.norm(g))
        for (s, yv), (rho, a) in zip(zip(s_hist, y_hist), reversed(alphas)):
            b = rho * (yv @ q)
            q += (a - b) * s
        direction = -q
        slope = g @ direction
        if slope >= 0:  # not a descent direction: restart from steepest descent
            s_hist.clear()
            y_hist.clear()
            direction = -g / max(1.0, np.linalg.norm(g))
            slope = g @ direction
        step = 1.0
        while True:
            x_new = x + step * direction
            f_new, g_new = fun(x_new)
            if f_new <= f + 1e-4 * step * slope or step < 1e-20:
                break
            step *= 0.5
        s_vec = x_new - x
        y_vec = g_new - g
        # Keep the pair only if it carries positive curvature, so the approximation stays
        # positive definite (a cheap stand-in for the Wolfe curvature condition).
        if s_vec @ y_vec > 1e-10 * (s_vec @ s_vec):
            s_hist.append(s_vec)
            y_hist.append(y_vec)
            if len(s_hist) > memory:
                s_hist.pop(0)
                y_hist.pop(0)
        converged_f = abs(f - f_new) <= 1e-16 * max(abs(f), 1.0)
        x, f, g = x_new, f_new, g_new
        if converged_f and step < 1e-20:
            return x, it, np.max(np.abs(g)) <= gtol
    return x, max_iter, bool(np.max(np.abs(g)) <= gtol)


def _log_softmax(Z: np.ndarray) -> np.ndarray:
    Z = Z - Z.max(axis=1, keepdims=True)
    return Z - np.log(np.exp(Z).sum(axis=1, keepdims=True))


def _softplus(z: np.ndarray) -> np.ndarray:
    return np.logaddexp(0.0, z)


def _sigmoid(z: np.ndarray) -> np.ndarray:
    # Split by sign so neither branch overflows in exp.
    out = np.empty_like(z, dtype=float)
    pos = z >= 0
    out[pos] = 1.0 / (1.0 + np.exp(-z[pos]))
    ez = np.exp(z[~pos])
    out[~pos] = ez / (1.0 + ez)
    return out


class LogisticRegression(ClassifierMixin, BaseEstimator):
    """L2-regularised logistic regression, binary (sigmoid) or multinomial (softmax).

    Minimises (1/n)·[Σᵢ log-loss + ½‖W‖²/C] with our own L-BFGS — the same objective and
    stopping rule (largest gradient entry ≤ ``tol``) as scikit-learn's lbfgs solver. With
    more than two classes every class gets its own weight vector (the symmetric softmax
    parameterisation that the L2 penalty makes unique). ``C=inf`` fits without penalty.
    Attributes: ``classes_``, ``coef_`` (1, d) for two classes else (K, d), ``intercept_``,
    ``n_iter_``.
    """

    def __init__(
        self,
        C: float = 1.0,
        *,
        fit_intercept: bool = True,
        max_iter: int = 100,
        tol: float = 1e-4,
    ) -> None:
        self.C = C
        self.fit_intercept = fit_intercept
        self.max_iter = max_iter
        self.tol = tol

    def fit(self, X: Any, y: Any) -> LogisticRegression:
        """Fit on X (n, d) and labels y (n,); return self."""
        check_param("C", self.C, self.C > 0, "a float > 0 (np.inf for no penalty)")
        check_param("max_iter", self.max_iter, self.max_iter >= 0, "an int >= 0")
        check_param("tol", self.tol, self.tol >= 0, "a float >= 0")
        X, y = validate_data(self, X, y)
        codes = encode_classes(self, y)
        n, d = X.shape
        K = len(self.classes_)
        inv_c = 0.0 if np.isinf(self.C) else 1.0 / self.C
        b = 1 if self.fit_intercept else 0
        if K == 2:
            t = codes.astype(float)
            fun = lambda p: self._binary_loss(p, X, t, inv_c, n, d)
            p0 = np.zeros(d + b)
        else:
            T = np.eye(K)[codes]
            fun = lambda p: self._multinomial_loss(p, X, T, inv_c, n, d, K)
            p0 = np.zeros(K * (d + b))
        params, n_iter, ok = lbfgs(fun, p0, max_iter=self.max_iter, gtol=self.tol)
        if not ok and self.max_iter > 0:
            warnings.warn(
                f"LogisticRegression did not converge in max_iter={self.max_iter} iterations; "
                "increase max_iter or scale the features (e.g. StandardScaler).",
                ConvergenceWarning,
                stacklevel=2,
            )
        self.n_iter_ = np.array([n_iter])
        W = params.reshape(1 if K == 2 else K, d + b)
        self.coef_ = W[:, :d].copy()
        self.intercept_ = W[:, d].copy() if b else np.zeros(W.shape[0])
        return self

    def _binary_loss(self, p, X, t, inv_c, n, d):
        w = p[:d]
        z = X @ w + (p[d] if p.size > d else 0.0)
        # log-loss of a sigmoid: softplus(z) − t·z, written stably.
        loss = (_softplus(z) - t * z).sum() + 0.5 * inv_c * (w @ w)
        r = _sigmoid(z) - t
        grad = np.empty_like(p)
        grad[:d] = X.T @ r + inv_c * w
        if p.size > d:
            grad[d] = r.sum()
        return loss / n, grad / n

    def _multinomial_loss(self, p, X, T, inv_c, n, d, K):
        W = p.reshape(K, -1)
        Z = X @ W[:, :d].T
        if W.shape[1] > d:
            Z += W[:, d]
        logp = _log_softmax(Z)
        loss = -(T * logp).sum() + 0.5 * inv_c * (W[:, :d] ** 2).sum()
        R = np.exp(logp) - T
        G = np.empty_like(W)
        G[:, :d] = R.T @ X + inv_c * W[:, :d]
        if W.shape[1] > d:
            G[:, d] = R.sum(axis=0)
        return loss / n, G.ravel() / n

    def decision_function(self, X: Any) -> np.ndarray:
        """Linear scores: shape (n,) for two classes (positive = classes_[1]), else (n, K)."""
        check_is_fitted(self, "coef_")
        X = validate_data(self, X, reset=False)
        scores = X @ self.coef_.T + self.intercept_
        return scores[:, 0] if scores.shape[1] == 1 else scores

    def predict_proba(self, X: Any) -> np.ndarray:
        """Class probabilities, shape (n, K), columns in the order of ``classes_``."""
        scores = self.decision_function(X)
        if scores.ndim == 1:
            p1 = _sigmoid(scores)
            return np.column_stack([1.0 - p1, p1])
        return np.exp(_log_softmax(scores))

    def predict_log_proba(self, X: Any) -> np.ndarray:
        """Log of ``predict_proba``, shape (n, K)."""
        scores = self.decision_function(X)
        if scores.ndim == 1:
            return np.column_stack([-_softplus(scores), -_softplus(-scores)])
        return _log_softmax(scores)

    def predict(self, X: Any) -> np.ndarray:
        """Most probable class label per row, shape (n,)."""
        scores = self.decision_function(X)
        idx = (scores > 0).astype(int) if scores.ndim == 1 else scores.argmax(axis=1)
        return self.classes_[idx]


class LinearSVC(ClassifierMixin, BaseEstimator):
    """Linear support vector classifier: squared hinge loss, L2 penalty, one-vs-rest.

    Per class k it minimises ½‖[w, b]‖² + C·Σᵢ max(0, 1 − yᵢ(wᵀxᵢ + b))² with yᵢ = ±1, by
    Newton's method on the primal (the loss is once differentiable; its generalised Hessian
    is I + 2C·X_Aᵀ X_A over the margin violators A). The intercept is penalised through a
    constant column ``intercept_scaling``, exactly as liblinear (scikit-learn's LinearSVC)
    does. Attributes: ``classes_``, ``coef_`` (1, d) or (K, d), ``intercept_``, ``n_iter_``.
    """

    def __init__(
        self,
        C: float = 1.0,
        *,
        fit_intercept: bool = True,
        intercept_scaling: float = 1.0,
        tol: float = 1e-4,
        max_iter: int = 1000,
    ) -> None:
        self.C = C
        self.fit_intercept = fit_intercept
        self.intercept_scaling = intercept_scaling
        self.tol = tol
        self.max_iter = max_iter

    def fit(self, X: Any, y: Any) -> LinearSVC:
        """Fit on X (n, d) and labels y (n,); return self."""
        check_param("C", self.C, self.C > 0, "a float > 0")
        check_param("max_iter", self.max_iter, self.max_iter >= 1, "an int >= 1")
        X, y = validate_data(self, X, y)
        codes = encode_classes(self, y)
        K = len(self.classes_)
        Xa = (
            np.column_stack([X, np.full(len(X), float(self.intercept_scaling))])
            if (self.fit_intercept)
            else X
        )
        targets = [codes == 1] if K == 2 else [codes == k for k in range(K)]
        W, iters = [], []
        for positive in targets:
            w, it = self._newton(Xa, np.where(positive, 1.0, -1.0))
            W.append(w)
            iters.append(it)
        W = np.array(W)
        self.n_iter_ = max(iters)
        if self.fit_intercept:
            self.coef_ = W[:, :-1].copy()
            self.intercept_ = W[:, -1] * self.intercept_scaling
        else:
            self.coef_ = W
            self.intercept_ = np.zeros(len(W))
        return self

    def _newton(self, X: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, int]:
        C = float(self.C)
        w = np.zeros(X.shape[1])

        def objective(w):
            m = np.maximum(0.0, 1.0 - y * (X @ w))
            return 0.5 * w @ w + C * (m @ m)

        f = objective(w)
        grad0 = None
        for it in range(1, self.max_iter + 1):
            margin = 1.0 - y * (X @ w)
            active = margin > 0
            Xa = X[active]
            grad = w - 2.0 * C * Xa.T @ (y[active] * margin[active])
            gnorm = np.linalg.norm(grad)
            if grad0 is None:
                grad0 = max(gnorm, 1e-300)
            # Relative gradient test, the stopping rule of liblinear's primal Newton solver.
            if gnorm <= self.tol * grad0 * 1e-2:
                return w, it - 1
            H = np.eye(X.shape[1]) + 2.0 * C * Xa.T @ Xa
            step_dir = -np.linalg.solve(H, grad)
            step = 1.0
            while True:
                w_new = w + step * step_dir
                f_new = objective(w_new)
                if f_new <= f + 1e-4 * step * (grad @ step_dir) or step < 1e-12:
                    break
                step *= 0.5
            if f - f_new <= 1e-15 * max(abs(f), 1.0):
                return w_new, it
            w, f = w_new, f_new
        warnings.warn(
            f"LinearSVC did not converge in max_iter={self.max_iter} Newton steps; increase "
            "max_iter or scale the features.",
            ConvergenceWarning,
            stacklevel=3,
        )
        return w, self.max_iter

    def decision_function(self, X: Any) -> np.ndarray:
        """Margin scores: (n,) for two classes (positive = classes_[1]), else (n, K)."""
        check_is_fitted(self, "coef_")
        X = validate_data(self, X, reset=False)
        scores = X @ self.coef_.T + self.intercept_
        return scores[:, 0] if scores.shape[1] == 1 else scores

    def predict(self, X: Any) -> np.ndarray:
        """Class with the largest score per row, shape (n,)."""
        scores = self.decision_function(X)
        idx = (scores > 0).astype(int) if scores.ndim == 1 else scores.argmax(axis=1)
        return self.classes_[idx]
