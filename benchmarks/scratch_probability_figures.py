"""Figures and figures-of-merit for the probability and evaluation parts of genforge.scratch.

Fits our GaussianMixture (EM) and scikit-learn's from the same random start, and our
GaussianNB on a stratified hold-out split of breast_cancer, then

* saves ``docs/img/foundations/gmm_em.png`` (fitted components and the log-likelihood per EM
  iteration, ours against scikit-learn's) and ``docs/img/foundations/roc_pr.png`` (ROC and
  precision-recall curves computed by our metrics);
* prints one JSON line with the numbers the docs quote: lower bounds, AUC / AP, accuracies,
  and fit times with their ratio to scikit-learn's.

Usage: python benchmarks/scratch_probability_figures.py [--out docs/img/foundations]
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np
from sklearn import metrics as skm
from sklearn.datasets import load_breast_cancer, load_digits
from sklearn.mixture import GaussianMixture as SkGMM
from sklearn.naive_bayes import GaussianNB as SkGNB

from _output import save_figure
from genforge.scratch import metrics
from genforge.scratch.mixture import GaussianMixture
from genforge.scratch.model_selection import train_test_split
from genforge.scratch.naive_bayes import GaussianNB


def _best_time(fn, repeats: int = 5) -> float:
    best = np.inf
    for _ in range(repeats):
        t = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t)
    return best


def _ellipse(ax, mean, cov, color):
    # The 2-sigma contour: the unit circle scaled by the covariance's square root.
    vals, vecs = np.linalg.eigh(cov)
    t = np.linspace(0, 2 * np.pi, 100)
    pts = (vecs * (2.0 * np.sqrt(vals))) @ np.vstack([np.cos(t), np.sin(t)])
    ax.plot(mean[0] + pts[0], mean[1] + pts[1], color=color, lw=2)


def gmm_figure(out: Path) -> dict:
    rng = np.random.default_rng(0)
    X = np.vstack(
        [
            rng.multivariate_normal([0, 0], [[2.0, 1.2], [1.2, 1.5]], 250),
            rng.multivariate_normal([6, 2], [[0.6, 0.0], [0.0, 0.3]], 150),
            rng.multivariate_normal([2, 6], [[1.0, -0.7], [-0.7, 1.2]], 200),
        ]
    )
    kw = dict(init_params="random", random_state=0, tol=1e-6, max_iter=500)
    ours = GaussianMixture(3, **kw).fit(X)
    ref = SkGMM(3, **kw).fit(X)
    t_ours = _best_time(lambda: GaussianMixture(3, **kw).fit(X))
    t_ref = _best_time(lambda: SkGMM(3, **kw).fit(X))

    fig, (a, b) = plt.subplots(1, 2, figsize=(9, 3.6))
    a.scatter(X[:, 0], X[:, 1], c=ours.predict(X), s=6, cmap="viridis", alpha=0.6)
    for j, color in enumerate(["C3", "C1", "C0"]):
        _ellipse(a, ours.means_[j], ours.covariances_[j], color)
    a.set_title("GaussianMixture (ours): 2σ ellipses")
    a.set_aspect("equal", adjustable="datalim")
    b.plot(np.arange(1, ours.n_iter_ + 1), ours.lower_bounds_, lw=3, label="genforge.scratch")
    b.plot(np.arange(1, ref.n_iter_ + 1), ref.lower_bounds_, "--", color="k", label="scikit-learn")
    b.set_xscale("log")
    b.set_xlabel("EM iteration")
    b.set_ylabel("mean log-likelihood (nats)")
    b.set_title("EM never lowers the likelihood")
    b.legend()
    save_figure(fig, out / "gmm_em.png")
    plt.close(fig)
    return {
        "gmm_lower_bound": ours.lower_bound_,
        "gmm_lower_bound_sklearn": ref.lower_bound_,
        "gmm_n_iter": ours.n_iter_,
        "gmm_n_iter_sklearn": ref.n_iter_,
        "gmm_fit_s": t_ours,
        "gmm_fit_s_sklearn": t_ref,
        "gmm_time_ratio": t_ours / t_ref,
    }


def nb_figure(out: Path) -> dict:
    X, y = load_breast_cancer(return_X_y=True)
    X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.3, stratify=y, random_state=0)
    ours = GaussianNB().fit(X_tr, y_tr)
    ref = SkGNB().fit(X_tr, y_tr)
    score = ours.predict_proba(X_te)[:, 1]
    fpr, tpr, _ = metrics.roc_curve(y_te, score)
    prec, rec, _ = metrics.precision_recall_curve(y_te, score)
    auc = metrics.roc_auc_score(y_te, score)
    ap = metrics.average_precision_score(y_te, score)

    fig, (a, b) = plt.subplots(1, 2, figsize=(9, 3.6))
    a.plot(fpr, tpr, lw=2, label=f"GaussianNB, AUC={auc:.4f}")
    a.plot([0, 1], [0, 1], ":", color="gray", label="chance")
    a.set_xlabel("false positive rate")
    a.set_ylabel("true positive rate")
    a.set_title("ROC, breast_cancer hold-out")
    a.legend(loc="lower right")
    b.plot(rec, prec, drawstyle="steps-post", lw=2, label=f"AP={ap:.4f}")
    b.axhline(y_te.mean(), ls=":", color="gray", label="prevalence")
    b.set_xlabel("recall")
    b.set_ylabel("precision")
    b.set_title("Precision-recall")
    b.legend(loc="lower left")
    save_figure(fig, out / "roc_pr.png")
    plt.close(fig)

    Xd, yd = load_digits(return_X_y=True)
    t_ours = _best_time(lambda: GaussianNB().fit(Xd, yd))
    t_ref = _best_time(lambda: SkGNB().fit(Xd, yd))
    return {
        "nb_test_accuracy": metrics.accuracy_score(y_te, ours.predict(X_te)),
        "nb_test_accuracy_sklearn": skm.accuracy_score(y_te, ref.predict(X_te)),
        "roc_auc": auc,
        "roc_auc_sklearn": skm.roc_auc_score(y_te, ref.predict_proba(X_te)[:, 1]),
        "average_precision": ap,
        "average_precision_sklearn": skm.average_precision_score(
            y_te, ref.predict_proba(X_te)[:, 1]
        ),
        "nb_max_abs_proba_diff": float(
            np.abs(ours.predict_proba(X_te) - ref.predict_proba(X_te)).max()
        ),
        "nb_fit_digits_s": t_ours,
        "nb_fit_digits_s_sklearn": t_ref,
        "nb_time_ratio": t_ours / t_ref,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default="docs/img/foundations", help="folder for the PNGs")
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    result = {"benchmark": "scratch_probability", **gmm_figure(out), **nb_figure(out)}
    print(json.dumps({k: (round(v, 6) if isinstance(v, float) else v) for k, v in result.items()}))


if __name__ == "__main__":
    main()
