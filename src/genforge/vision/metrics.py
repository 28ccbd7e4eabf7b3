"""Image-model metrics on the digits: a Fréchet distance on CNN features, confidence, coverage.

**Fréchet distance on digits-CNN features — a domain-specific FID analogue.** FID (Heusel
et al., 2017) fits a Gaussian to Inception-v3 features of real and of generated images and
reports the Fréchet (2-Wasserstein) distance between the two Gaussians:

    d^2 = ||mu_a - mu_b||^2 + Tr(C_a + C_b - 2 (C_a C_b)^{1/2})

Inception features mean nothing on 8x8 digits, so here the features are the penultimate
activations of the digits CNN (``genforge.models.cnn``, 128-d by default). The numbers are
therefore NOT comparable with published FID values, only with each other under the same
reference CNN and the same sample sizes (the estimate is biased upward for small samples).
The yardstick is the distance between two disjoint halves of the real digits
(``real_baseline``), measured at the same sample size: a generator "within 2x" of it is
nearly as close to the data as another draw of real digits would be.

``sample_quality`` adds what a Fréchet distance can hide: the share of samples the CNN
classifies with confidence >= 0.9 and how many of the 10 classes appear at all (mode
collapse shows up as few classes).

All functions take images shaped (N, 1, 8, 8), (N, 8, 8) or (N, 64) with values in [0, 1];
convert [-1, 1] outputs with ``(x + 1) / 2`` first.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import asdict
from pathlib import Path
from typing import Any

import numpy as np
import torch

from genforge.errors import GenforgeError
from genforge.modeldir import atomic_dir
from genforge.models.cnn import CNNConfig, DigitsCNN, load_cnn, predict_proba, save_cnn
from genforge.vision.data import load_digits_arrays, stratified_split
from genforge.vision.train import CNNTrainConfig, train_cnn

CONFIDENT = 0.9


def as_images(images: torch.Tensor | np.ndarray) -> torch.Tensor:
    """Coerce images (N, 1, 8, 8) | (N, 8, 8) | (N, 64) to float32 (N, 1, 8, 8), checked."""
    x = torch.as_tensor(np.asarray(images) if not isinstance(images, torch.Tensor) else images)
    x = x.detach().float().cpu()
    if x.ndim == 2 and x.shape[1] == 64:
        x = x.reshape(-1, 1, 8, 8)
    elif x.ndim == 3 and x.shape[1:] == (8, 8):
        x = x.unsqueeze(1)
    if x.ndim != 4 or tuple(x.shape[1:]) != (1, 8, 8):
        raise GenforgeError(
            f"images must be shaped (N, 1, 8, 8), (N, 8, 8) or (N, 64); got {tuple(x.shape)}"
        )
    if x.shape[0] == 0:
        raise GenforgeError("no images given; pass at least 2 images")
    if not torch.isfinite(x).all():
        raise GenforgeError("images contain NaN or inf; check the generator's outputs")
    lo, hi = float(x.min()), float(x.max())
    if lo < -0.05 or hi > 1.05:
        raise GenforgeError(
            f"image values span [{lo:.3g}, {hi:.3g}] but must be in [0, 1]; "
            "map tanh outputs with (x + 1) / 2"
        )
    return x.clamp(0.0, 1.0)


def features(cnn: DigitsCNN, images: torch.Tensor | np.ndarray) -> np.ndarray:
    """CNN penultimate features (N, hidden) float64 for images in [0, 1] (eval mode)."""
    x = as_images(images)
    was_training = cnn.training
    cnn.eval()
    device = next(cnn.parameters()).device
    out = []
    with torch.no_grad():
        for i in range(0, x.shape[0], 512):
            out.append(cnn.features(x[i : i + 512].to(device)).double().cpu())
    cnn.train(was_training)
    return torch.cat(out).numpy()


def _psd_sqrt(c: np.ndarray) -> np.ndarray:
    """Symmetric square root of a positive semi-definite matrix (negative eigenvalues -> 0)."""
    w, v = np.linalg.eigh(c)
    return (v * np.sqrt(np.clip(w, 0.0, None))) @ v.T


def frechet_distance(feats_a: np.ndarray, feats_b: np.ndarray) -> float:
    """Squared Fréchet distance between Gaussians fitted to feature rows (N_a, D), (N_b, D).

    Tr((C_a C_b)^{1/2}) is computed as the sum of square roots of the eigenvalues of the
    symmetric PSD matrix C_a^{1/2} C_b C_a^{1/2} (same spectrum as C_a C_b), which stays real
    and stable where a general matrix square root picks up imaginary round-off.
    Covariances use N - 1 (unbiased), like FID implementations.
    """
    a = np.asarray(feats_a, dtype=np.float64)
    b = np.asarray(feats_b, dtype=np.float64)
    if a.ndim != 2 or b.ndim != 2 or a.shape[1] != b.shape[1]:
        raise GenforgeError(
            f"feature arrays must be 2-D with the same width; got {a.shape} and {b.shape}"
        )
    if a.shape[0] < 2 or b.shape[0] < 2:
        raise GenforgeError("each feature set needs at least 2 rows to estimate a covariance")
    mu_a, mu_b = a.mean(0), b.mean(0)
    c_a = np.atleast_2d(np.cov(a, rowvar=False))
    c_b = np.atleast_2d(np.cov(b, rowvar=False))
    s = _psd_sqrt(c_a)
    cross = np.linalg.eigvalsh(s @ c_b @ s)
    tr_sqrt = float(np.sqrt(np.clip(cross, 0.0, None)).sum())
    d2 = float(((mu_a - mu_b) ** 2).sum() + np.trace(c_a) + np.trace(c_b) - 2.0 * tr_sqrt)
    return max(d2, 0.0)  # round-off can dip a hair below zero for identical sets


def sample_quality(images: torch.Tensor | np.ndarray, cnn: DigitsCNN) -> dict[str, Any]:
    """How recognisable and how diverse a sample set is, judged by the digits CNN.

    Returns ``confidence_ge_0_9`` (share of images whose top class probability >= 0.9),
    ``classes_present`` (distinct predicted classes, 0..10), ``mean_confidence`` and
    ``class_counts`` (list of 10 ints: predicted class histogram).
    """
    probs = predict_proba(cnn, as_images(images))
    conf, pred = probs.max(-1)
    counts = torch.bincount(pred, minlength=probs.shape[1])
    return {
        "confidence_ge_0_9": float((conf >= CONFIDENT).float().mean()),
        "classes_present": int((counts > 0).sum()),
        "mean_confidence": float(conf.mean()),
        "class_counts": [int(c) for c in counts],
    }


def image_metrics(
    samples: torch.Tensor | np.ndarray,
    real: torch.Tensor | np.ndarray,
    cnn: DigitsCNN | None = None,
) -> dict[str, Any]:
    """Score generated ``samples`` against ``real`` images (both in [0, 1]) in one dict.

    Keys: ``frechet`` (squared Fréchet distance on CNN features, see the module docstring);
    ``frechet_baseline``, the same distance between two disjoint halves of the real digits
    drawn at the same sample sizes (the estimate's small-sample bias is large: ~9 at 360
    images a side vs ~2.3 at 898); ``frechet_ratio`` = frechet / frechet_baseline (<= 2 is
    the issue's bar); ``n_samples``, ``n_real``; and the keys of ``sample_quality``.
    ``cnn`` defaults to ``load_reference_cnn()``.
    """
    cnn = cnn or load_reference_cnn()
    x_s, x_r = as_images(samples), as_images(real)
    fd = frechet_distance(features(cnn, x_s), features(cnn, x_r))
    baseline = real_baseline(cnn, n=min(x_s.shape[0], x_r.shape[0]))
    return {
        "frechet": fd,
        "frechet_baseline": baseline,
        "frechet_ratio": fd / baseline if baseline > 0 else float("inf"),
        "n_samples": int(x_s.shape[0]),
        "n_real": int(x_r.shape[0]),
        **sample_quality(x_s, cnn),
    }


def real_baseline(
    cnn: DigitsCNN | None = None, n: int | None = None, seed: int = 0, repeats: int = 5
) -> float:
    """Mean Fréchet distance between two disjoint class-stratified halves of all 1,797 digits.

    ``n`` caps each half at ``n`` images (a seeded random subset), so the baseline can be
    computed at the sample sizes it is compared with; None uses the full halves (~898).
    The mean runs over ``repeats`` splits (seeds ``seed`` .. ``seed + repeats - 1``): one
    split's figure moves by tens of percent at a few hundred images a side.
    """
    if repeats < 1:
        raise GenforgeError(f"repeats must be >= 1, got {repeats}")
    if n is not None and n < 2:
        raise GenforgeError(f"n must be >= 2 images per half, got {n}")
    cnn = cnn or load_reference_cnn()
    images, labels = load_digits_arrays()
    feats = features(cnn, images)
    distances = []
    for r in range(repeats):
        a_idx, b_idx = stratified_split(labels, 0.5, seed + r)
        if n is not None:
            rng = np.random.default_rng(seed + r)
            a_idx = rng.permutation(a_idx)[:n]
            b_idx = rng.permutation(b_idx)[:n]
        distances.append(frechet_distance(feats[a_idx], feats[b_idx]))
    return float(np.mean(distances))


def _cache_root() -> Path:
    env = os.environ.get("GENFORGE_CACHE")
    return Path(env) if env else Path.home() / ".cache" / "genforge"


def reference_cnn_recipe() -> dict[str, Any]:
    """The fixed recipe of the reference CNN (its hash names the cache entry)."""

    return {"cnn": asdict(CNNConfig()), "train": asdict(CNNTrainConfig()), "version": 1}


def load_reference_cnn(path: str | os.PathLike | None = None) -> DigitsCNN:
    """The digits CNN that image metrics use, in eval mode on CPU.

    With ``path``: load that CNN model dir. Without: load the reference CNN cached under
    ``$GENFORGE_CACHE/vision/reference-cnn-<recipe hash>``, training it first (fixed recipe
    and seed, about a minute on 2 CPU cores) when the cache is empty.
    """
    if path is not None:
        return load_cnn(path)
    recipe = reference_cnn_recipe()
    key = hashlib.sha256(json.dumps(recipe, sort_keys=True).encode()).hexdigest()[:12]
    cached = _cache_root() / "vision" / f"reference-cnn-{key}"
    if (cached / "model.safetensors").is_file() and (cached / "config.json").is_file():
        return load_cnn(cached)

    # Train into a temp dir and rename it into place: concurrent callers each train, and
    # whichever finishes last wins with an identical model, never a half-written one.
    result = train_cnn(CNNTrainConfig(), CNNConfig())

    with atomic_dir(cached, replaceable=lambda p: (p / "config.json").is_file()) as tmp:
        save_cnn(result.model, tmp, extra={"reference_recipe": recipe})
    return load_cnn(cached)
