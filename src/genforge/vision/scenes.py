"""Procedural scenes: small RGB images of 1-3 objects with exact captions and questions.

Every image is drawn from a scene graph (shape, colour, size, cell of a 3x3 grid), so the
caption and the answer to every question are known exactly and no data is downloaded. A
scene's objects sit in distinct cells of the grid, which makes "left of", "above" and
"top left" unambiguous; captions list the objects in reading order (row, then column), so
one image has one correct caption.

Splits are generated from per-split seeds, so ``make_split("test", ...)`` is the same on
every machine. The ``compositional`` split holds the colour/shape pairs in
``HELD_OUT_PAIRS`` (one per colour, never drawn for ``train`` or ``test``): each of its
scenes contains at least one of them, so it measures whether a model composes attributes it
has only seen apart.
"""

from __future__ import annotations

import io
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import numpy as np

from genforge.errors import GenforgeError

SHAPES = ("circle", "square", "triangle", "diamond", "cross")
COLOURS = ("red", "green", "blue", "yellow", "magenta", "cyan", "white", "orange")
SIZES = ("small", "large")
RGB = {
    "red": (220, 40, 40),
    "green": (40, 190, 60),
    "blue": (50, 90, 235),
    "yellow": (235, 225, 45),
    "magenta": (210, 55, 210),
    "cyan": (60, 215, 225),
    "white": (245, 245, 245),
    "orange": (245, 140, 25),
}
ROWS = ("top", "middle", "bottom")
COLS = ("left", "center", "right")
# One held-out shape per colour, spread over the shapes, so every colour and every shape
# is still seen in training (with other partners).
HELD_OUT_PAIRS = frozenset(
    {
        ("red", "triangle"),
        ("green", "circle"),
        ("blue", "diamond"),
        ("yellow", "cross"),
        ("magenta", "square"),
        ("cyan", "triangle"),
        ("white", "circle"),
        ("orange", "diamond"),
    }
)
QUESTION_KINDS = ("colour", "shape", "count", "position", "relation", "exists")
Split = Literal["train", "test", "compositional"]
SPLITS: tuple[str, ...] = ("train", "test", "compositional")
BACKGROUND = (28, 28, 34)


@dataclass(frozen=True)
class SceneObject:
    shape: str
    colour: str
    size: str
    row: int  # 0..2, top to bottom
    col: int  # 0..2, left to right

    @property
    def name(self) -> str:
        """``"large red circle"``."""
        return f"{self.size} {self.colour} {self.shape}"

    @property
    def place(self) -> str:
        """``"top left"``; the centre cell is ``"center"``."""
        if (self.row, self.col) == (1, 1):
            return "center"
        return f"{ROWS[self.row]} {COLS[self.col]}"


@dataclass(frozen=True)
class Scene:
    objects: tuple[SceneObject, ...]  # in reading order
    seed: int  # drives the pixel jitter and noise of ``render``


@dataclass(frozen=True)
class QA:
    question: str
    answer: str
    kind: str  # one of QUESTION_KINDS


@dataclass(frozen=True)
class SceneSet:
    """``n`` scenes of one split: images (N, H, W, 3) uint8, captions and questions."""

    split: str
    scenes: list[Scene]
    images: np.ndarray
    captions: list[str]
    questions: list[list[QA]]


def _pair_allowed(colour: str, shape: str, split: str) -> bool:
    held = (colour, shape) in HELD_OUT_PAIRS
    return held if split == "compositional" else not held


def sample_scene(rng: np.random.Generator, split: str = "train", max_objects: int = 3) -> Scene:
    """Draw 1..max_objects objects in distinct cells, from the colour/shape pairs of ``split``.

    ``train`` and ``test`` never draw a pair of ``HELD_OUT_PAIRS``; ``compositional`` draws
    only those, so every object of it is a combination training never showed.
    """
    if split not in SPLITS:
        raise GenforgeError(f"unknown scene split {split!r}; use one of {', '.join(SPLITS)}")
    if not 1 <= max_objects <= 9:
        raise GenforgeError(f"max_objects must be 1..9, got {max_objects}")
    n = int(rng.integers(1, max_objects + 1))
    cells = rng.choice(9, size=n, replace=False)
    pairs = [(c, s) for c in COLOURS for s in SHAPES if _pair_allowed(c, s, split)]
    objects = []
    for cell in sorted(int(c) for c in cells):
        colour, shape = pairs[int(rng.integers(len(pairs)))]
        size = SIZES[int(rng.integers(len(SIZES)))]
        objects.append(SceneObject(shape, colour, size, cell // 3, cell % 3))
    return Scene(tuple(objects), seed=int(rng.integers(2**31)))


def _mask(shape: str, yy: np.ndarray, xx: np.ndarray, cy: float, cx: float, r: float):
    dy, dx = yy - cy, xx - cx
    if shape == "circle":
        return dy * dy + dx * dx <= r * r
    if shape == "square":
        return (np.abs(dy) <= r * 0.85) & (np.abs(dx) <= r * 0.85)
    if shape == "diamond":
        return np.abs(dy) + np.abs(dx) <= r
    if shape == "triangle":  # apex up: width grows linearly from the top
        top, bottom = cy - r, cy + r * 0.8
        inside_y = (yy >= top) & (yy <= bottom)
        return inside_y & (np.abs(dx) <= (yy - top) / (bottom - top) * r)
    if shape == "cross":
        arm = r * 0.35
        return ((np.abs(dy) <= arm) & (np.abs(dx) <= r)) | ((np.abs(dx) <= arm) & (np.abs(dy) <= r))
    raise GenforgeError(f"unknown shape {shape!r}; use one of {', '.join(SHAPES)}")


def render(scene: Scene, size: int = 32, noise: float = 8.0) -> np.ndarray:
    """The scene as (size, size, 3) uint8: jittered positions and radii, Gaussian noise.

    Drawn at 4x and averaged down, so edges are anti-aliased. Deterministic per scene.
    """
    if size < 16:
        raise GenforgeError(f"scene images need size >= 16 pixels, got {size}")
    rng = np.random.default_rng(scene.seed)
    ss = 4
    hi = size * ss
    canvas = np.empty((hi, hi, 3), dtype=np.float32)
    canvas[:] = BACKGROUND
    yy, xx = np.mgrid[0:hi, 0:hi].astype(np.float32) + 0.5
    cell = hi / 3.0
    for obj in scene.objects:
        radius = cell * (0.42 if obj.size == "large" else 0.26) * rng.uniform(0.92, 1.05)
        slack = max(cell / 2 - radius - ss * 0.5, 0.0)
        cy = (obj.row + 0.5) * cell + rng.uniform(-slack, slack) * 0.5
        cx = (obj.col + 0.5) * cell + rng.uniform(-slack, slack) * 0.5
        canvas[_mask(obj.shape, yy, xx, cy, cx, radius)] = RGB[obj.colour]
    image = canvas.reshape(size, ss, size, ss, 3).mean(axis=(1, 3))
    if noise > 0:
        image = image + rng.normal(0.0, noise, image.shape)
    return np.clip(np.rint(image), 0, 255).astype(np.uint8)


def caption(scene: Scene) -> str:
    """``"a large red circle at top left and a small blue square at center"``."""
    parts = [f"a {o.name} at {o.place}" for o in scene.objects]
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


def _unique(scene: Scene, key) -> list[SceneObject]:
    values = [key(o) for o in scene.objects]
    return [o for o, v in zip(scene.objects, values, strict=True) if values.count(v) == 1]


def _relation(a: SceneObject, b: SceneObject) -> str:
    # Cells are distinct, so at least one axis differs; the row decides first.
    if a.row != b.row:
        return "above" if a.row < b.row else "below"
    return "left of" if a.col < b.col else "right of"


def questions(scene: Scene, rng: np.random.Generator) -> list[QA]:
    """One question of each kind the scene can answer unambiguously (count and exists always).

    Objects are referred to by an attribute only they have in the scene (a shape for the
    colour question, a colour for the shape question, colour+shape otherwise).
    """
    out: list[QA] = []
    by_shape = _unique(scene, lambda o: o.shape)
    if by_shape:
        o = by_shape[int(rng.integers(len(by_shape)))]
        out.append(QA(f"what colour is the {o.shape}?", o.colour, "colour"))
    by_colour = _unique(scene, lambda o: o.colour)
    if by_colour:
        o = by_colour[int(rng.integers(len(by_colour)))]
        out.append(QA(f"what shape is the {o.colour} object?", o.shape, "shape"))
    out.append(QA("how many objects are there?", str(len(scene.objects)), "count"))
    named = _unique(scene, lambda o: (o.colour, o.shape))
    if named:
        o = named[int(rng.integers(len(named)))]
        out.append(QA(f"where is the {o.colour} {o.shape}?", o.place, "position"))
    if len(named) >= 2:
        i, j = rng.choice(len(named), size=2, replace=False)
        a, b = named[int(i)], named[int(j)]
        q = f"where is the {a.colour} {a.shape} relative to the {b.colour} {b.shape}?"
        out.append(QA(q, _relation(a, b), "relation"))
    # Existence: half the time an object of the scene, otherwise a pair it lacks.
    present = {(o.colour, o.shape) for o in scene.objects}
    if rng.random() < 0.5:
        colour, shape = sorted(present)[int(rng.integers(len(present)))]
    else:
        absent = [(c, s) for c in COLOURS for s in SHAPES if (c, s) not in present]
        colour, shape = absent[int(rng.integers(len(absent)))]
    answer = "yes" if (colour, shape) in present else "no"
    out.append(QA(f"is there a {colour} {shape}?", answer, "exists"))
    return out


def split_seed(split: str, seed: int) -> int:
    """A seed per (split, seed): the splits are independent streams, fixed across machines."""
    if split not in SPLITS:
        raise GenforgeError(f"unknown scene split {split!r}; use one of {', '.join(SPLITS)}")
    return zlib.crc32(f"genforge-scenes/{split}/{seed}".encode())


def make_split(
    split: str, n: int, seed: int = 0, size: int = 32, noise: float = 8.0, max_objects: int = 3
) -> SceneSet:
    """``n`` scenes of ``split`` with images, captions and questions (deterministic)."""
    if n < 1:
        raise GenforgeError(f"a scene split needs n >= 1, got {n}")
    rng = np.random.default_rng(split_seed(split, seed))
    scenes = [sample_scene(rng, split, max_objects) for _ in range(n)]
    qrng = np.random.default_rng(split_seed(split, seed) ^ 0x5EED)
    return SceneSet(
        split=split,
        scenes=scenes,
        images=np.stack([render(s, size, noise) for s in scenes]),
        captions=[caption(s) for s in scenes],
        questions=[questions(s, qrng) for s in scenes],
    )


def to_tensor(images: np.ndarray, value_range: Literal["01", "pm1"] = "01"):
    """(N, H, W, 3) uint8 -> (N, 3, H, W) float32 torch tensor in [0, 1] or [-1, 1]."""
    import torch

    x = torch.from_numpy(np.ascontiguousarray(images)).permute(0, 3, 1, 2).float() / 255.0
    return x * 2.0 - 1.0 if value_range == "pm1" else x


def save_grid(images: np.ndarray, path: str | Path, columns: int = 8, scale: int = 2) -> Path:
    """Write (N, H, W, 3) uint8 images as one PNG grid (2 px gaps), enlarged ``scale`` times."""
    from PIL import Image

    from genforge.io import atomic_write_bytes

    n, h, w, _ = images.shape
    rows = -(-n // columns)
    grid = np.full((rows * (h + 2), columns * (w + 2), 3), 255, dtype=np.uint8)
    for i in range(n):
        r, c = divmod(i, columns)
        grid[r * (h + 2) : r * (h + 2) + h, c * (w + 2) : c * (w + 2) + w] = images[i]
    img = Image.fromarray(grid).resize((grid.shape[1] * scale, grid.shape[0] * scale), 0)
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    path = Path(path)
    atomic_write_bytes(path, buf.getvalue())
    return path
