"""scikit-learn's 1,797 8x8 digits as float tensors: stratified splits and resumable batches.

The digits ship inside scikit-learn (no download). Pixels are integers 0..16; ``load_digits``
here rescales them to [0, 1] (classifiers, VAE) or [-1, 1] (GAN/diffusion, tanh outputs).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any, Literal

import numpy as np
import torch
import torch.nn.functional as F

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


def digits_split(seed: int = 0) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor, torch.Tensor]:
    """All 1,797 digits cut into two disjoint, class-stratified halves, images in [0, 1].

    Returns (train_x, train_y, held_x, held_y): x float32 (N, 1, 8, 8), y int64 (N,).
    Generators train on the first half; the second is the held-out reference their samples
    are compared with, so the "real vs real" baseline is the first half against the second.
    """
    images, labels = load_digits_arrays()
    a_idx, b_idx = stratified_split(labels, 0.5, seed)
    x, y = torch.from_numpy(images).unsqueeze(1), torch.from_numpy(labels)
    return x[a_idx], y[a_idx], x[b_idx], y[b_idx]


def real_halves(seed: int = 0) -> tuple[torch.Tensor, torch.Tensor]:
    """The images of ``digits_split``'s two halves.

    The Fréchet distance between them is the baseline a generator's samples are judged by.
    """
    train_x, _, held_x, _ = digits_split(seed)
    return train_x, held_x


def random_shift(x: torch.Tensor, generator: torch.Generator, max_shift: int = 1) -> torch.Tensor:
    """Translate each image (B, 1, H, W) by an integer offset in [-max_shift, max_shift]^2.

    Pixels shifted in from outside are 0 (background), not wrapped around.
    """
    b, _, h, w = x.shape
    padded = F.pad(x, (max_shift,) * 4)
    offsets = torch.randint(0, 2 * max_shift + 1, (b, 2), generator=generator)
    out = torch.empty_like(x)
    for i in range(b):
        dy, dx = int(offsets[i, 0]), int(offsets[i, 1])
        out[i] = padded[i, :, dy : dy + h, dx : dx + w]
    return out


Shuffle = Literal["numpy", "torch"]


class EpochBatches:
    """Shuffled mini-batches over (images, labels), one permutation per epoch.

    The permutation and the augmentation draw from generators seeded by (seed, epoch,
    position), so ``state_dict``/``load_state_dict`` resume the exact same batch stream.
    ``shuffle`` names the permutation's source: the CNN trainer's runs were seeded with
    NumPy's, the image generators' with torch's; each keeps its own so seeded runs (and
    their checkpoints) reproduce.
    """

    def __init__(
        self,
        x: torch.Tensor,
        y: torch.Tensor,
        batch_size: int,
        seed: int = 0,
        augment: bool = False,
        shuffle: Shuffle = "numpy",
    ) -> None:
        if not 1 <= batch_size <= x.shape[0]:
            raise GenforgeError(
                f"batch_size must be in [1, {x.shape[0]}] (the number of training images), "
                f"got {batch_size}"
            )
        if shuffle not in ("numpy", "torch"):
            raise GenforgeError(f"shuffle must be 'numpy' or 'torch', got {shuffle!r}")
        self.x, self.y = x, y
        self.batch_size, self.seed, self.augment, self.shuffle = batch_size, seed, augment, shuffle
        self.epoch, self.pos = 0, 0
        self._order = self._permutation(0)

    def _permutation(self, epoch: int) -> torch.Tensor:
        if self.shuffle == "torch":
            g = torch.Generator().manual_seed(self.seed * 100_003 + epoch)
            return torch.randperm(self.x.shape[0], generator=g)
        return torch.from_numpy(
            np.random.default_rng([self.seed, epoch]).permutation(self.x.shape[0])
        )

    def next_batch(self) -> tuple[torch.Tensor, torch.Tensor]:
        # Drop the ragged tail of each epoch: equal batch sizes keep BatchNorm statistics
        # and the loss scale the same from step to step.
        if self.pos + self.batch_size > self.x.shape[0]:
            self.epoch, self.pos = self.epoch + 1, 0
            self._order = self._permutation(self.epoch)
        idx = self._order[self.pos : self.pos + self.batch_size]
        x, y = self.x[idx], self.y[idx]
        if self.augment:
            seed = int(np.random.default_rng([self.seed, self.epoch, self.pos]).integers(2**31))
            x = random_shift(x, torch.Generator().manual_seed(seed))
        self.pos += self.batch_size
        return x, y

    def steps_per_epoch(self) -> int:
        return self.x.shape[0] // self.batch_size

    def state_dict(self) -> dict[str, Any]:
        return {"epoch": self.epoch, "pos": self.pos, "seed": self.seed}

    def load_state_dict(self, state: dict[str, Any]) -> None:
        # Checkpoints written by the CNN trainer before the two batchers merged lack "seed".
        self.seed = int(state.get("seed", self.seed))
        self.epoch, self.pos = int(state["epoch"]), int(state["pos"])
        self._order = self._permutation(self.epoch)
