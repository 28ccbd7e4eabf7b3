"""Train the injection guard on the generated corpus and the hand-written sets, and measure
it on held-out families."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

from genforge.safety.guard import GUARD_VERSION, InjectionGuard
from genforge.safety.guard_corpus import GuardExample, build_corpus, family_split
from genforge.safety.guard_handwritten import (
    HANDWRITTEN_WEIGHT,
    check_set,
    handwritten_examples,
)

DEFAULT_PER_FAMILY = 60
DEFAULT_SEED = 0


def tpr_at_fpr(labels: np.ndarray, probs: np.ndarray, max_fpr: float) -> tuple[float, float]:
    """(TPR, threshold) at the lowest threshold whose FPR on these labels is <= max_fpr."""
    neg = np.sort(probs[labels == 0])[::-1]
    k = int(np.floor(max_fpr * len(neg)))  # negatives allowed at or above the threshold
    thr = neg[k] + 1e-9 if k < len(neg) else 0.0
    return float((probs[labels == 1] >= thr).mean()), float(thr)


def calibration_error(labels: np.ndarray, probs: np.ndarray, bins: int = 10) -> float:
    """Expected calibration error: |mean probability - positive rate| per equal-width bin,
    weighted by the bin's share of the texts."""
    b = np.minimum((probs * bins).astype(int), bins - 1)
    return float(
        sum(
            abs(probs[b == i].mean() - labels[b == i].mean()) * (b == i).mean()
            for i in range(bins)
            if (b == i).any()
        )
    )


def evaluate(guard: InjectionGuard, examples: list[GuardExample]) -> dict:
    """ROC AUC, TPR at FPR <= 5% and 1%, TPR/FPR at the guard's threshold, calibration
    (Brier, expected calibration error over 10 bins) and recall/FPR per family."""
    from sklearn.metrics import brier_score_loss, roc_auc_score

    y = np.asarray([e.label for e in examples])
    p = guard.predict_proba([e.text for e in examples])
    tpr5, thr5 = tpr_at_fpr(y, p, 0.05)
    tpr1, _ = tpr_at_fpr(y, p, 0.01)
    flagged = p >= guard.threshold
    families = {}
    for fam in sorted({e.family for e in examples}):
        idx = np.asarray([e.family == fam for e in examples])
        families[fam] = round(float(flagged[idx].mean()), 3)
    return {
        "examples": len(examples),
        "positives": int(y.sum()),
        "roc_auc": float(roc_auc_score(y, p)),
        "tpr_at_fpr_0.05": tpr5,
        "threshold_at_fpr_0.05": thr5,
        "tpr_at_fpr_0.01": tpr1,
        "tpr_at_threshold": float(flagged[y == 1].mean()),
        "fpr_at_threshold": float(flagged[y == 0].mean()),
        "threshold": guard.threshold,
        "brier": float(brier_score_loss(y, p)),
        "ece": calibration_error(y, p),
        "flagged_share_per_family": families,
    }


def train_guard(
    per_family: int = DEFAULT_PER_FAMILY,
    seed: int = DEFAULT_SEED,
    holdout: bool = True,
    always_train: frozenset[str] = frozenset(),
    without_sets: tuple[int, ...] = (),
) -> tuple[InjectionGuard, dict]:
    """Train on the corpus (minus held-out families when ``holdout``; ``always_train``
    families are never held out) and the hand-written sets but ``without_sets``; return the
    guard and its held-out report (empty without a holdout). The hand-written sets are
    never held out with the families: their honest figure is leave-one-set-out."""
    corpus = build_corpus(per_family, seed)
    train, test = (
        family_split(corpus, seed=seed, always_train=always_train) if holdout else (corpus, [])
    )
    hand = handwritten_examples(without_sets)
    train = train + hand
    weights = [1.0] * (len(train) - len(hand)) + [HANDWRITTEN_WEIGHT] * len(hand)
    guard = InjectionGuard().fit(
        [e.text for e in train], [e.label for e in train], [e.family for e in train], weights
    )
    report = evaluate(guard, test) if test else {}
    report["train_examples"] = len(train)
    report["held_out_families"] = sorted({e.family for e in test})
    report["handwritten_sets_left_out"] = list(without_sets)
    return guard, report


def default_guard_dir(without: int | None = None) -> Path:
    from genforge.train.metrics import cache_dir

    name = f"guard-v{GUARD_VERSION}-{DEFAULT_PER_FAMILY}-{DEFAULT_SEED}"
    return cache_dir() / (name if without is None else f"{name}-without-set{without}")


def default_guard(without: int | None = None) -> InjectionGuard:
    """The guard trained on the whole default corpus and the hand-written sets, cached
    after its first training. ``without=N`` trains (and caches) the same guard without
    hand-written set N: the one whose score on set N is a held-out figure."""
    if without is not None:
        check_set(without)  # fail on an unknown set before minutes of training
    folder = default_guard_dir(without)
    if (folder / "guard.json").is_file():
        return InjectionGuard.load(folder)
    print(
        f"guard: training the default guard once into {folder} (minutes on a busy CPU)",
        file=sys.stderr,
    )
    left_out = () if without is None else (without,)
    guard, _ = train_guard(holdout=False, without_sets=left_out)
    meta = {"per_family": DEFAULT_PER_FAMILY, "seed": DEFAULT_SEED}
    guard.save(folder, {"corpus": meta, "handwritten_sets_left_out": list(left_out)})
    return guard
