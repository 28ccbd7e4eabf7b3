"""A small CNN that reads a scene back from pixels: for each cell of the 3x3 grid, whether an
object is there and its shape, colour and size. It is trained on real rendered scenes and
is the judge of text-to-image samples (``vision/t2i.py``): a generated picture counts as
right when the objects it reads equal the caption's, cell by cell.

Architecture (input (B, 3, S, S) in [0, 1], S a multiple of 12, e.g. 24)::

    [conv3x3 BN ReLU] x2 maxpool2 -> [conv3x3 BN ReLU] x2 maxpool2 -> S/4 x S/4
    adaptive average pool to 3 x 3 (one position per grid cell)
    conv3x3 BN ReLU, then a 1x1 conv: per cell 6 shape logits (5 shapes + empty),
    8 colour and 2 size logits -> (B, 16, 3, 3)
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import torch
import torch.nn.functional as F
from safetensors.torch import load_file
from torch import nn

from genforge.errors import GenforgeError
from genforge.io import atomic_save_tensors, atomic_write_json, read_json
from genforge.nn.device import resolve_device
from genforge.train.loop import LoopConfig, train_loop
from genforge.train.optim import OptimizerConfig, build_optimizer
from genforge.vision.data import EpochBatches
from genforge.vision.scenes import COLOURS, SHAPES, SIZES, Scene, SceneObject, make_split, to_tensor

MODEL_TYPE = "genforge-scene-classifier"
EMPTY = len(SHAPES)  # the shape head's "no object in this cell" class
IGNORE = -100
N_OUT = len(SHAPES) + 1 + len(COLOURS) + len(SIZES)


def _block(c_in: int, c_out: int) -> list[nn.Module]:
    return [nn.Conv2d(c_in, c_out, 3, padding=1, bias=False), nn.BatchNorm2d(c_out), nn.ReLU()]


class SceneClassifier(nn.Module):
    """``forward(images[B, 3, S, S] in [0, 1]) -> logits[B, 16, 3, 3]`` (per grid cell)."""

    def __init__(self, channels: int = 32) -> None:
        super().__init__()
        c = channels
        self.channels = c
        self.features = nn.Sequential(
            *_block(3, c),
            *_block(c, c),
            nn.MaxPool2d(2),
            *_block(c, 2 * c),
            *_block(2 * c, 2 * c),
            nn.MaxPool2d(2),
        )
        self.cells = nn.Sequential(nn.AdaptiveAvgPool2d(3), *_block(2 * c, 2 * c))
        self.head = nn.Conv2d(2 * c, N_OUT, 1)

    def forward(self, images: torch.Tensor) -> torch.Tensor:
        return self.head(self.cells(self.features(images * 2.0 - 1.0)))


def scene_targets(scenes: list[Scene]) -> torch.Tensor:
    """(N, 9, 3) int64 per cell: shape index (EMPTY if none), colour and size (-100 if none)."""
    t = torch.full((len(scenes), 9, 3), IGNORE, dtype=torch.long)
    t[:, :, 0] = EMPTY
    for i, s in enumerate(scenes):
        for o in s.objects:
            cell = o.row * 3 + o.col
            t[i, cell] = torch.tensor(
                [SHAPES.index(o.shape), COLOURS.index(o.colour), SIZES.index(o.size)]
            )
    return t


def _split_logits(logits: torch.Tensor) -> tuple[torch.Tensor, ...]:
    """(B, 16, 3, 3) -> shape (B, 9, 6), colour (B, 9, 8), size (B, 9, 2)."""
    per_cell = logits.flatten(2).transpose(1, 2)  # (B, 9, 16)
    a, b = len(SHAPES) + 1, len(SHAPES) + 1 + len(COLOURS)
    return per_cell[..., :a], per_cell[..., a:b], per_cell[..., b:]


def classifier_loss(model: nn.Module, batch: tuple[torch.Tensor, torch.Tensor]) -> torch.Tensor:
    """Sum of the per-cell cross-entropies; colour and size only where an object is."""
    images, targets = batch
    shape, colour, size = _split_logits(model(images))
    loss = F.cross_entropy(shape.reshape(-1, shape.size(-1)), targets[..., 0].reshape(-1))
    occupied = targets[..., 1] != IGNORE
    if occupied.any():
        loss = loss + F.cross_entropy(colour[occupied], targets[..., 1][occupied])
        loss = loss + F.cross_entropy(size[occupied], targets[..., 2][occupied])
    return loss


@torch.no_grad()
def read_scenes(model: SceneClassifier, images: np.ndarray, batch_size: int = 256) -> list[tuple]:
    """The objects the classifier sees in (N, H, W, 3) uint8 images, in reading order, as
    tuples of :class:`SceneObject` (comparable with ``Scene.objects``)."""
    model.eval()
    device = next(model.parameters()).device
    x = to_tensor(images)
    out = []
    for i in range(0, len(x), batch_size):
        shape, colour, size = _split_logits(model(x[i : i + batch_size].to(device)))
        shape, colour, size = shape.argmax(-1), colour.argmax(-1), size.argmax(-1)
        for b in range(shape.size(0)):
            out.append(
                tuple(
                    SceneObject(
                        SHAPES[s], COLOURS[int(colour[b, c])], SIZES[int(size[b, c])], c // 3, c % 3
                    )
                    for c, s in enumerate(shape[b].tolist())
                    if s != EMPTY
                )
            )
    return out


def scene_accuracy(model: SceneClassifier, images: np.ndarray, scenes: list[Scene]) -> dict:
    """Share of images read exactly (every cell right) and per-object attribute accuracy."""
    read = read_scenes(model, images)
    exact = sum(r == s.objects for r, s in zip(read, scenes, strict=True)) / len(scenes)
    hits = {"shape": 0, "colour": 0, "size": 0}
    total = 0
    for r, s in zip(read, scenes, strict=True):
        found = {(o.row, o.col): o for o in r}
        for o in s.objects:
            total += 1
            got = found.get((o.row, o.col))
            for attr in hits:
                hits[attr] += got is not None and getattr(got, attr) == getattr(o, attr)
    return {"exact": exact, **{k: v / total for k, v in hits.items()}}


def train_scene_classifier(
    out: str | Path,
    *,
    n_train: int = 6000,
    n_test: int = 1000,
    image_size: int = 24,
    max_objects: int = 3,
    max_steps: int = 600,
    batch_size: int = 64,
    seed: int = 0,
    device: str = "auto",
) -> dict[str, Any]:
    """Train on ``n_train`` train-split scenes, score on ``n_test`` test-split scenes, write
    ``out`` (config.json, model.safetensors, metrics.json). Returns the figures."""
    if image_size % 12:
        raise GenforgeError(
            f"the scene classifier needs image_size a multiple of 12, got {image_size}"
        )
    torch.manual_seed(seed)
    dev = resolve_device(device)
    train = make_split("train", n_train, seed=seed, size=image_size, max_objects=max_objects)
    test = make_split("test", n_test, seed=seed, size=image_size, max_objects=max_objects)
    model = SceneClassifier().to(dev)
    opt = build_optimizer(model, OptimizerConfig(lr=3e-3, weight_decay=0.0))
    loop = LoopConfig(
        max_steps=max_steps,
        warmup_steps=20,
        dtype="fp32",
        compile=False,
        log_every=50,
        checkpoint_every_s=None,
        flops_per_token=1.0,
        progress=False,
    )
    batches = EpochBatches(to_tensor(train.images), scene_targets(train.scenes), batch_size, seed)
    result = train_loop(model, opt, batches, loop, device=dev, loss_fn=classifier_loss)
    figures = {
        "steps": result.step,
        "train_seconds": round(result.elapsed, 2),
        "test": scene_accuracy(model, test.images, test.scenes),
        "test_single_object": scene_accuracy(
            model, *_single(test_size=n_test, image_size=image_size, seed=seed)
        ),
        "image_size": image_size,
        "max_objects": max_objects,
    }
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    atomic_save_tensors(out / "model.safetensors", model.state_dict())
    atomic_write_json(
        out / "config.json",
        {"model_type": MODEL_TYPE, "channels": model.channels, "image_size": image_size},
    )
    atomic_write_json(out / "metrics.json", figures)
    return figures


def _single(test_size: int, image_size: int, seed: int) -> tuple[np.ndarray, list[Scene]]:
    data = make_split("test", test_size, seed=seed + 1, size=image_size, max_objects=1)
    return data.images, data.scenes


def load_scene_classifier(path: str | Path, device: str = "cpu") -> SceneClassifier:
    path = Path(path)
    meta = read_json(path / "config.json", "scene classifier config")
    if meta.get("model_type") != MODEL_TYPE:
        raise GenforgeError(
            f"{path} is not a scene classifier dir (model_type {meta.get('model_type')!r})"
        )
    model = SceneClassifier(int(meta["channels"]))
    model.load_state_dict(load_file(str(path / "model.safetensors")))
    return model.to(device).eval()
