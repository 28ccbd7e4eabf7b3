"""Figures for docs/foundations.md: bias/variance vs model capacity, and regularisation paths.

(a) Polynomial regression of a noisy sine: train and test error against degree, plus the
    squared bias and variance of the fitted curve estimated over many resampled training
    sets. (b) Ridge and Lasso coefficient paths on the diabetes data against alpha.
Everything is fitted with genforge.scratch. Writes PNGs to docs/img/foundations/.
Usage: python benchmarks/plot_bias_variance.py [--out docs/img/foundations]
"""

from __future__ import annotations

import argparse
import io
import warnings
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np
from sklearn.datasets import load_diabetes

from genforge.io import atomic_write_bytes
from genforge.scratch.base import ConvergenceWarning
from genforge.scratch.linear_model import Lasso, LinearRegression, Ridge
from genforge.scratch.preprocessing import StandardScaler


def _truth(x: np.ndarray) -> np.ndarray:
    return np.sin(2 * np.pi * x)


def _features(x: np.ndarray, degree: int) -> np.ndarray:
    # Legendre-like conditioning: map to [-1, 1] before taking powers.
    return np.vander(2 * x - 1, degree + 1, increasing=True)[:, 1:]


def bias_variance(degrees, n_train=30, noise=0.3, repeats=200, seed=0) -> dict[str, np.ndarray]:
    """Train/test MSE, squared bias and variance per degree over ``repeats`` training sets."""
    rng = np.random.default_rng(seed)
    x_test = np.linspace(0, 1, 200)
    y_test_clean = _truth(x_test)
    out = {k: [] for k in ("train", "test", "bias2", "variance")}
    for d in degrees:
        preds, train_err, test_err = [], [], []
        for _ in range(repeats):
            x = rng.uniform(0, 1, n_train)
            y = _truth(x) + noise * rng.normal(size=n_train)
            model = LinearRegression().fit(_features(x, d), y)
            p = model.predict(_features(x_test, d))
            preds.append(p)
            train_err.append(np.mean((model.predict(_features(x, d)) - y) ** 2))
            y_test = y_test_clean + noise * rng.normal(size=len(x_test))
            test_err.append(np.mean((p - y_test) ** 2))
        preds = np.array(preds)
        out["train"].append(np.mean(train_err))
        out["test"].append(np.mean(test_err))
        out["bias2"].append(np.mean((preds.mean(0) - y_test_clean) ** 2))
        out["variance"].append(np.mean(preds.var(0)))
    return {k: np.array(v) for k, v in out.items()}


def coefficient_paths(alphas_ridge, alphas_lasso):
    """Ridge and Lasso coefficients (n_alphas, 10) on standardised diabetes features."""
    X, y = load_diabetes(return_X_y=True)
    X = StandardScaler().fit_transform(X)
    ridge = np.array([Ridge(alpha=a).fit(X, y).coef_ for a in alphas_ridge])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ConvergenceWarning)
        lasso = np.array([Lasso(alpha=a, max_iter=5000).fit(X, y).coef_ for a in alphas_lasso])
    return ridge, lasso


def _save(fig, path: Path) -> None:
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=90, bbox_inches="tight")
    plt.close(fig)
    atomic_write_bytes(path, buf.getvalue())
    print(f"wrote {path} ({len(buf.getvalue()) // 1024} KiB)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", default="docs/img/foundations")
    out = Path(parser.parse_args().out)

    degrees = np.arange(1, 13)
    bv = bias_variance(degrees)
    fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(10, 3.8))
    ax1.plot(degrees, bv["train"], "o-", label="train MSE")
    ax1.plot(degrees, bv["test"], "o-", label="test MSE")
    ax1.axhline(0.3**2, color="gray", ls=":", label="noise floor σ²")
    ax1.set(
        xlabel="polynomial degree",
        ylabel="mean squared error",
        yscale="log",
        title="Train vs test error (30 points)",
    )
    ax1.legend()
    ax2.plot(degrees, bv["bias2"], "o-", label="bias²")
    ax2.plot(degrees, bv["variance"], "o-", label="variance")
    ax2.plot(degrees, bv["bias2"] + bv["variance"], "k--", label="bias² + variance")
    ax2.set(xlabel="polynomial degree", yscale="log", title="Decomposition over 200 training sets")
    ax2.legend()
    _save(fig, out / "bias_variance_degree.png")

    alphas_r = np.logspace(-2, 5, 40)
    alphas_l = np.logspace(-2, 2, 40)
    ridge, lasso = coefficient_paths(alphas_r, alphas_l)
    names = load_diabetes().feature_names
    fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(10, 3.8), sharey=True)
    for j, name in enumerate(names):
        ax1.plot(alphas_r, ridge[:, j], label=name)
        ax2.plot(alphas_l, lasso[:, j], label=name)
    ax1.set(xscale="log", xlabel="alpha", ylabel="coefficient", title="Ridge: shrinks smoothly")
    ax2.set(xscale="log", xlabel="alpha", title="Lasso: sets coefficients to exactly 0")
    ax2.legend(fontsize=7, ncol=2)
    _save(fig, out / "regularization_paths.png")


if __name__ == "__main__":
    main()
