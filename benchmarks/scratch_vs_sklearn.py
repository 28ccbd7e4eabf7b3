"""genforge.scratch estimators against scikit-learn on scikit-learn's bundled datasets.

For every (dataset, estimator) pair both libraries are fitted with the same
hyper-parameters on the same split (75/25, stratified, seed 0; features standardised for
the linear models and k-NN) and scored on the held-out quarter: accuracy for classifiers,
R² for regressors. KMeans rows compare inertia (% difference, n_init=10), PCA rows the
largest absolute difference of explained_variance_ratio_, GaussianMixture rows the held-out
mean log-likelihood per sample.

Prints a table, then one JSON line per row. Usage:
    python benchmarks/scratch_vs_sklearn.py [--json-out results.json]
"""

from __future__ import annotations

import argparse
import json
import time
import warnings
from collections.abc import Callable

import numpy as np
from sklearn import (
    cluster,
    datasets,
    decomposition,
    ensemble,
    mixture,
    naive_bayes,
    neighbors,
    preprocessing,
    svm,
    tree,
)
from sklearn import linear_model as sk_lm
from sklearn.model_selection import train_test_split

from genforge.io import atomic_write_json
from genforge.scratch import cluster as our_cluster
from genforge.scratch import decomposition as our_decomposition
from genforge.scratch import ensemble as our_ensemble
from genforge.scratch import linear_model as our_lm
from genforge.scratch import mixture as our_mixture
from genforge.scratch import naive_bayes as our_nb
from genforge.scratch import neighbors as our_neighbors
from genforge.scratch import tree as our_tree

CLASSIFICATION = ["iris", "digits", "breast_cancer", "wine"]

# Randomised estimators are compared as the mean over these seeds: a single tree's tie
# breaks (and a single forest's draws) differ between any two implementations.
SEEDS = range(5)

# (name, ours factory(seed), sklearn factory(seed), needs standardised features)
CLASSIFIERS: list[tuple[str, Callable, Callable, bool]] = [
    (
        "LogisticRegression(C=1)",
        lambda: our_lm.LogisticRegression(max_iter=1000),
        lambda: sk_lm.LogisticRegression(max_iter=1000),
        True,
    ),
    ("LinearSVC(C=1)", lambda: our_lm.LinearSVC(), lambda: svm.LinearSVC(max_iter=10_000), True),
    (
        "KNeighborsClassifier(k=5)",
        lambda: our_neighbors.KNeighborsClassifier(5),
        lambda: neighbors.KNeighborsClassifier(5),
        True,
    ),
    (
        "DecisionTreeClassifier (5 seeds)",
        lambda s: our_tree.DecisionTreeClassifier(random_state=s),
        lambda s: tree.DecisionTreeClassifier(random_state=s),
        False,
    ),
    (
        "RandomForestClassifier(100) (5 seeds)",
        lambda s: our_ensemble.RandomForestClassifier(100, random_state=s),
        lambda s: ensemble.RandomForestClassifier(100, random_state=s),
        False,
    ),
    ("GaussianNB", lambda: our_nb.GaussianNB(), lambda: naive_bayes.GaussianNB(), False),
]

REGRESSORS: list[tuple[str, Callable, Callable]] = [
    ("LinearRegression", our_lm.LinearRegression, sk_lm.LinearRegression),
    ("Ridge(alpha=1)", our_lm.Ridge, sk_lm.Ridge),
    ("Lasso(alpha=0.1)", lambda: our_lm.Lasso(alpha=0.1), lambda: sk_lm.Lasso(alpha=0.1)),
]


def _timed_fit(est, X, y=None):
    t = time.perf_counter()
    est.fit(X) if y is None else est.fit(X, y)
    return est, time.perf_counter() - t


def _split(name: str, scale: bool):
    X, y = getattr(datasets, f"load_{name}")(return_X_y=True)
    strat = None if name == "diabetes" else y
    Xtr, Xte, ytr, yte = train_test_split(X, y, test_size=0.25, random_state=0, stratify=strat)
    if scale:
        s = preprocessing.StandardScaler().fit(Xtr)
        Xtr, Xte = s.transform(Xtr), s.transform(Xte)
    return Xtr, Xte, ytr, yte


def _row(dataset, estimator, metric, ours, theirs, diff, t_ours, t_theirs):
    return {
        "dataset": dataset,
        "estimator": estimator,
        "metric": metric,
        "ours": ours,
        "sklearn": theirs,
        "diff": diff,
        "fit_s_ours": t_ours,
        "fit_s_sklearn": t_theirs,
        "time_ratio": t_ours / t_theirs if t_theirs > 0 else float("inf"),
    }


def run() -> list[dict]:
    """Fit every pair and return one result dict per row."""
    rows = []
    for dataset in CLASSIFICATION:
        for name, ours_f, sk_f, scale in CLASSIFIERS:
            Xtr, Xte, ytr, yte = _split(dataset, scale)
            seeded = "seeds" in name
            res = []
            for seed in SEEDS if seeded else [None]:
                a, ta = _timed_fit(ours_f(seed) if seeded else ours_f(), Xtr, ytr)
                b, tb = _timed_fit(sk_f(seed) if seeded else sk_f(), Xtr, ytr)
                res.append((a.score(Xte, yte), b.score(Xte, yte), ta, tb))
            sa, sb, ta, tb = (float(v) for v in np.mean(res, axis=0))
            rows.append(_row(dataset, name, "accuracy", sa, sb, 100 * (sa - sb), ta, tb))
    Xtr, Xte, ytr, yte = _split("diabetes", scale=False)
    for name, ours_f, sk_f in REGRESSORS:
        a, ta = _timed_fit(ours_f(), Xtr, ytr)
        b, tb = _timed_fit(sk_f(), Xtr, ytr)
        sa, sb = a.score(Xte, yte), b.score(Xte, yte)
        rows.append(_row("diabetes", name, "R2", sa, sb, 100 * (sa - sb), ta, tb))
    for dataset in [*CLASSIFICATION, "diabetes"]:
        X = getattr(datasets, f"load_{dataset}")(return_X_y=True)[0]
        k = (
            8
            if dataset == "diabetes"
            else len(np.unique(datasets.__dict__[f"load_{dataset}"](return_X_y=True)[1]))
        )
        a, ta = _timed_fit(our_cluster.KMeans(k, n_init=10, random_state=0), X)
        b, tb = _timed_fit(cluster.KMeans(k, n_init=10, random_state=0), X)
        rows.append(
            _row(
                dataset,
                f"KMeans(k={k}, n_init=10)",
                "inertia",
                a.inertia_,
                b.inertia_,
                100 * (a.inertia_ - b.inertia_) / b.inertia_,
                ta,
                tb,
            )
        )
        a, ta = _timed_fit(our_decomposition.PCA(), X)
        b, tb = _timed_fit(decomposition.PCA(), X)
        diff = float(np.abs(a.explained_variance_ratio_ - b.explained_variance_ratio_).max())
        rows.append(
            _row(
                dataset,
                "PCA",
                "explained_variance_ratio_[0]",
                a.explained_variance_ratio_[0],
                b.explained_variance_ratio_[0],
                diff,
                ta,
                tb,
            )
        )
    for dataset in ["iris", "wine"]:
        Xtr, Xte, _, _ = _split(dataset, scale=True)
        gm = dict(n_components=3, covariance_type="full", n_init=3, random_state=0)
        a, ta = _timed_fit(our_mixture.GaussianMixture(**gm), Xtr)
        b, tb = _timed_fit(mixture.GaussianMixture(**gm), Xtr)
        sa, sb = a.score(Xte), b.score(Xte)
        rows.append(
            _row(
                dataset,
                "GaussianMixture(3, full)",
                "heldout loglik/sample",
                sa,
                sb,
                sa - sb,
                ta,
                tb,
            )
        )
    return rows


def format_table(rows: list[dict]) -> str:
    """Markdown table of the rows (diff in points for scores, % for inertia, abs for PCA)."""
    lines = [
        "| dataset | estimator | metric | ours | sklearn | diff | fit s (ours) | "
        "fit s (sklearn) | time ratio |",
        "|---|---|---|---:|---:|---:|---:|---:|---:|",
    ]
    for r in rows:
        unit = {"accuracy": " pt", "R2": " pt", "inertia": " %"}.get(r["metric"], "")
        diff = f"{r['diff']:.1e}" if r["estimator"] == "PCA" else f"{r['diff']:+.2f}{unit}"
        lines.append(
            f"| {r['dataset']} | {r['estimator']} | {r['metric']} | {r['ours']:.4g} | "
            f"{r['sklearn']:.4g} | {diff} | {r['fit_s_ours']:.4f} | {r['fit_s_sklearn']:.4f} | "
            f"{r['time_ratio']:.1f}x |"
        )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--json-out", help="also write all rows to this JSON file")
    args = parser.parse_args()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # sklearn's LinearSVC/Lasso convergence chatter
        rows = run()
    print(format_table(rows))
    for r in rows:
        print(json.dumps(r, sort_keys=True))
    if args.json_out:
        atomic_write_json(args.json_out, rows)


if __name__ == "__main__":
    main()
