"""scikit-learn's 1,797 8x8 digits as float tensors with a deterministic, stratified split.

The digits ship inside scikit-learn (no download). Pixels are integers 0..16; ``load_digits``
here rescales them to [0, 1] (classifiers, VAE) or [-1, 1] (GAN/diffusion, tanh outputs).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Literal

import numpy as np
import torch

from genforge.errors import GenforgeError

ValueRange = Literal["01", "pm1"]
IMAGE_SHAPE = (1, 8, 8)
NUM_CLASSES = 10


@dataclass(frozen=True)
class DigitsSplit:
    """Train/test images (N, 1, 8, 8) float32 and labels (N,) int64."""

    x_train: torch.Tensor
    y_train: torch.Tensor
    x_test: torch.Tensor
    y_test: torch.Tensor


def load_digits_arrays() -> tuple[np.ndarray, np.ndarray]:
    """All digits as (1797, 8, 8) float32 in [0, 1] and (1797,) int64 labels, in file order."""
    images, labels = _digits_cached()
    return images.copy(), labels.copy()


@functools.cache
def _digits_cached() -> tuple[np.ndarray, np.ndarray]:
    # scikit-learn parses a CSV each call (~0.5 s); metrics and tests ask many times.
    try:
        from sklearn.datasets import load_digits as sk_load_digits
    except ImportError as e:  # scikit-learn is where the embedded digits live
        raise GenforgeError(
            "the digits dataset comes from scikit-learn, which is not installed; "
            "run `pip install scikit-learn`"
        ) from e
    bunch = sk_load_digits()
    images = (bunch.images / 16.0).astype(np.float32)
    return images, bunch.target.astype(np.int64)


def to_range(x: torch.Tensor, value_range: ValueRange) -> torch.Tensor:
    """Map images in [0, 1] to ``value_range`` ("01" unchanged, "pm1" -> [-1, 1])."""
    if value_range == "01":
        return x
    if value_range == "pm1":
        return x * 2.0 - 1.0
    raise GenforgeError(f"value_range must be '01' or 'pm1', got {value_range!r}")


def stratified_split(
    labels: np.ndarray, test_fraction: float, seed: int
) -> tuple[np.ndarray, np.ndarray]:
    """Index arrays (train, test): each class contributes round(test_fraction * count) to test.

    Deterministic for a given seed; both index arrays are sorted.
    """
    if not 0.0 < test_fraction < 1.0:
        raise GenforgeError(f"test_fraction must be in (0, 1), got {test_fraction}")
    rng = np.random.default_rng(seed)
    test: list[np.ndarray] = []
    for c in np.unique(labels):
        idx = np.flatnonzero(labels == c)
        k = max(1, round(test_fraction * idx.size))
        test.append(rng.permutation(idx)[:k])
    test_idx = np.sort(np.concatenate(test))
    train_mask = np.ones(labels.size, dtype=bool)
    train_mask[test_idx] = False
    return np.flatnonzero(train_mask), test_idx


def load_digits(
    test_fraction: float = 0.2, seed: int = 0, value_range: ValueRange = "01"
) -> DigitsSplit:
    """The digits split into train/test (stratified by class, fixed by ``seed``).

    Images are (N, 1, 8, 8) float32 in [0, 1] (``"01"``) or [-1, 1] (``"pm1"``). With the
    defaults the test split has 359 images (35-37 per class) and train has 1,438.
    """
    images, labels = load_digits_arrays()
    train_idx, test_idx = stratified_split(labels, test_fraction, seed)
    x = to_range(torch.from_numpy(images).unsqueeze(1), value_range)
    y = torch.from_numpy(labels)
    return DigitsSplit(x[train_idx], y[train_idx], x[test_idx], y[test_idx])


def real_halves(seed: int = 0) -> tuple[torch.Tensor, torch.Tensor]:
    """All 1,797 digits cut into two disjoint, class-stratified halves, images in [0, 1].

    The Fréchet distance between them is the baseline a generator's samples are judged by.
    """
    images, labels = load_digits_arrays()
    a_idx, b_idx = stratified_split(labels, 0.5, seed)
    x = torch.from_numpy(images).unsqueeze(1)
    return x[a_idx], x[b_idx]
