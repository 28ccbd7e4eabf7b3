"""Train, save, load and evaluate the CLIP-style model (``models/clip.py``) on procedural
scenes (``vision/scenes.py``).

Training pairs each train-split scene with its exact caption; a byte-level BPE tokenizer is
trained on those captions first (they use a few dozen words). The model dir::

    config.json         model_type "genforge-clip", genforge_version, model, train, data
    model.safetensors   both towers, both projections and the temperature
    tokenizer.json      the caption tokenizer
    metrics.json        the held-out figures of :func:`evaluate_clip`
    metrics.jsonl, loss.png, checkpoint/   the run (the one training loop writes them)

Evaluation (all on splits training never drew from):

- **zero-shot classification**: single-object scenes against the 720 prompts
  ``"a {size} {colour} {shape} at {place}"``; each attribute's class is scored by every
  prompt that names it (``models.clip.zero_shot_scores``), so colour, shape, size and
  position are each a zero-shot classifier; ``exact`` is the top prompt being the caption.
- **retrieval**: groups of 100 scenes (1-3 objects); each caption ranks the group's 100
  images (text -> image R@1) and each image the 100 captions (image -> text R@1).
"""

from __future__ import annotations

import itertools
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any

import numpy as np
import torch
import torch.nn.functional as F
from safetensors.torch import load_file

from genforge import __version__
from genforge.errors import GenforgeError
from genforge.io import atomic_save_tensors, atomic_write_json, read_json
from genforge.modeldir import check_out_dir, clear_run_dir
from genforge.models.clip import (
    CLIP,
    MODEL_TYPE,
    CLIPConfig,
    clip_loss,
    encode_texts,
    recall_at_k,
    zero_shot_scores,
)
from genforge.models.encoder import bidirectional_states
from genforge.nn.device import resolve_device
from genforge.tokenizer import Tokenizer, train_tokenizer
from genforge.train.loop import LoopConfig, train_loop
from genforge.train.optim import OptimizerConfig, build_optimizer
from genforge.vision.data import EpochBatches
from genforge.vision.scenes import (
    COLOURS,
    SHAPES,
    SIZES,
    Scene,
    SceneObject,
    caption,
    make_split,
    to_tensor,
)

CONFIG_FILE = "config.json"
WEIGHTS_FILE = "model.safetensors"
TOKENIZER_FILE = "tokenizer.json"
SUMMARY_FILE = "metrics.json"
ATTRIBUTES = ("colour", "shape", "size", "position")


@dataclass
class CLIPTrainConfig:
    """How much data and how long; the model's shape is a :class:`CLIPConfig`."""

    train_scenes: int = 10000  # train-split scenes (rendered once, held in memory)
    image_size: int = 24
    max_steps: int | None = 2000
    time_budget: float | None = None  # seconds; whichever limit comes first
    batch_size: int = 128  # pairs per step = negatives per InfoNCE row + 1
    lr: float = 1e-3
    weight_decay: float = 0.05
    hard_negatives: bool = True  # one caption per scene with one attribute changed (NegCLIP)
    seed: int = 0
    device: str = "auto"
    eval_scenes: int = 500  # per split, for the final figures
    progress: bool = False
    overwrite: bool = False

    def validate(self) -> None:
        if self.train_scenes < self.batch_size or self.batch_size < 2:
            raise GenforgeError(
                f"batch_size must be in [2, train_scenes={self.train_scenes}], got "
                f"{self.batch_size} (InfoNCE needs at least one negative per pair)"
            )
        if self.max_steps is None and self.time_budget is None:
            raise GenforgeError("set max_steps or time_budget so training knows when to stop")
        if not self.lr > 0:
            raise GenforgeError(f"lr must be > 0, got {self.lr}")
        if self.eval_scenes < 100:
            raise GenforgeError(
                f"eval_scenes must be >= 100 (one retrieval group), got {self.eval_scenes}"
            )


class CaptionBatches:
    """(images, ids, pad_mask[, neg_ids, neg_mask]) batches over paired scenes, with each
    scene's hard-negative caption when ``negatives`` is given; resumable like EpochBatches."""

    def __init__(
        self,
        images: torch.Tensor,
        texts: tuple[torch.Tensor, torch.Tensor],
        batch_size: int,
        seed: int,
        negatives: tuple[torch.Tensor, torch.Tensor] | None = None,
    ) -> None:
        self.texts, self.negatives = texts, negatives
        index = torch.arange(images.shape[0])
        self.inner = EpochBatches(images, index, batch_size, seed, shuffle="torch")

    def next_batch(self) -> tuple[torch.Tensor, ...]:
        x, i = self.inner.next_batch()
        out = [x]
        for ids, mask in filter(None, (self.texts, self.negatives)):
            width = int(mask[i].sum(1).max())  # trim the padding no row of this batch needs
            out += [ids[i, :width], mask[i, :width]]
        return tuple(out)

    def state_dict(self) -> dict[str, Any]:
        return self.inner.state_dict()

    def load_state_dict(self, state: dict[str, Any]) -> None:
        self.inner.load_state_dict(state)


def hard_negative(scene: Scene, rng: np.random.Generator) -> str:
    """The caption of ``scene`` with one attribute of one object changed: its cell (to a free
    one), shape, colour or size. Describes a different scene, never this one."""
    objs = list(scene.objects)
    k = int(rng.integers(len(objs)))
    o = objs[k]
    attr = ("place", "shape", "colour", "size")[int(rng.integers(4))]
    if attr == "place":
        free = sorted({*range(9)} - {p.row * 3 + p.col for p in objs})
        cell = free[int(rng.integers(len(free)))]
        objs[k] = replace(o, row=cell // 3, col=cell % 3)
    else:
        values = {"shape": SHAPES, "colour": COLOURS, "size": SIZES}[attr]
        others = [v for v in values if v != getattr(o, attr)]
        objs[k] = replace(o, **{attr: others[int(rng.integers(len(others)))]})
    return caption(Scene(tuple(sorted(objs, key=lambda p: (p.row, p.col))), seed=0))


def caption_tokenizer(captions: list[str]) -> Tokenizer:
    """A BPE tokenizer of the captions' words (it stops merging when the words run out)."""
    return train_tokenizer(captions, vocab_size=512, min_frequency=1)


def scene_clip_config(image_size: int) -> CLIPConfig:
    """The default CLIP with its ViT cut to ``image_size``-pixel scenes, one patch per cell
    of the 3x3 grid (so 10 image tokens at any size; a larger size gives a small object
    more pixels, not more tokens)."""
    if image_size < 18 or image_size % 3:
        raise GenforgeError(
            f"image size must be a multiple of 3 and >= 18 pixels (one patch per cell of the "
            f"scenes' 3x3 grid), got {image_size}; e.g. 24 or 48"
        )
    cfg = CLIPConfig()
    cfg.vision = replace(cfg.vision, image_size=image_size, patch_size=image_size // 3)
    return cfg


def saved_image_size(out: str | Path) -> int:
    """The scene size of the CLIP run in ``out`` (for ``--resume`` without a size)."""
    saved = read_json(Path(out) / CONFIG_FILE, "CLIP config")
    return int(saved["model"]["vision"]["image_size"])


def train_clip(
    out: str | Path,
    model_cfg: CLIPConfig | None = None,
    train_cfg: CLIPTrainConfig | None = None,
    *,
    resume: bool = False,
) -> dict[str, Any]:
    """Train on ``train_scenes`` captioned train-split scenes, evaluate, write the model dir.

    Returns the metrics.json summary (training figures plus :func:`evaluate_clip`'s).
    """
    out, cfg = Path(out), train_cfg or CLIPTrainConfig()
    cfg.validate()
    check_out_dir(out, run_dir=out, overwrite=cfg.overwrite, resume=resume)
    if resume:
        saved = read_json(out / CONFIG_FILE, "CLIP config")
        model_cfg = CLIPConfig.from_dict(saved["model"])
    model_cfg = model_cfg or CLIPConfig()
    if model_cfg.vision.image_size != cfg.image_size:
        raise GenforgeError(
            f"the ViT takes {model_cfg.vision.image_size}px images but image_size is "
            f"{cfg.image_size}; make them equal"
        )
    data = make_split("train", cfg.train_scenes, seed=cfg.seed, size=cfg.image_size)
    tokenizer = caption_tokenizer(data.captions)
    model_cfg.vocab_size = tokenizer.vocab_size
    model_cfg.validate()
    texts = encode_texts(tokenizer, data.captions, model_cfg.text_len)
    negatives = None
    if cfg.hard_negatives:
        rng = np.random.default_rng(cfg.seed)
        wrong = [hard_negative(s, rng) for s in data.scenes]
        negatives = encode_texts(tokenizer, wrong, model_cfg.text_len)
    out.mkdir(parents=True, exist_ok=True)
    if not resume:
        clear_run_dir(out)
    # Written first so --resume finds the model's shape; rewritten with the weights.
    atomic_write_json(out / CONFIG_FILE, _config_json(model_cfg, _train_extra(cfg)))
    tokenizer.save(out)

    torch.manual_seed(cfg.seed)
    device = resolve_device(cfg.device)
    model = CLIP(model_cfg).to(device)
    opt = build_optimizer(model, OptimizerConfig(lr=cfg.lr, weight_decay=cfg.weight_decay))
    loop = LoopConfig(
        max_steps=cfg.max_steps,
        time_budget=cfg.time_budget,
        warmup_steps=50,
        dtype="fp32",
        compile=False,
        log_every=25,
        checkpoint_every_s=300.0,
        flops_per_token=1.0,  # MFU per image pair is meaningless; logged figures stay finite
        progress=cfg.progress,
    )
    result = train_loop(
        model,
        opt,
        CaptionBatches(to_tensor(data.images), texts, cfg.batch_size, cfg.seed, negatives),
        loop,
        device=device,
        loss_fn=clip_loss,
        run_dir=out,
        resume=resume,
        run_state={"kind": "clip"},
    )
    model.eval()
    save_clip(model, tokenizer, out, _train_extra(cfg))
    summary = {
        "model": "clip",
        "steps": result.step,
        "train_seconds": round(result.elapsed, 2),
        "train_loss": result.train_loss,
        "params": sum(p.numel() for p in model.parameters()),
        **evaluate_clip(model, tokenizer, n=cfg.eval_scenes, image_size=cfg.image_size),
    }
    atomic_write_json(out / SUMMARY_FILE, summary)
    return summary


def _config_json(model_cfg: CLIPConfig, extra: dict | None) -> dict[str, Any]:
    return {
        "model_type": MODEL_TYPE,
        "genforge_version": __version__,
        "model": model_cfg.to_dict(),
        **(extra or {}),
    }


def _train_extra(cfg: CLIPTrainConfig) -> dict[str, Any]:
    data = f"vision.scenes train split, {cfg.train_scenes} scenes, seed {cfg.seed}"
    return {"train": asdict(cfg), "data": data}


def save_clip(
    model: CLIP, tokenizer: Tokenizer, out: str | Path, extra: dict | None = None
) -> Path:
    """Write a CLIP model dir (config.json, model.safetensors, tokenizer.json) into ``out``."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    atomic_save_tensors(out / WEIGHTS_FILE, model.state_dict())
    tokenizer.save(out)
    atomic_write_json(out / CONFIG_FILE, _config_json(model.config, extra))
    return out


def load_clip(path: str | Path, device: str | torch.device = "cpu") -> tuple[CLIP, Tokenizer]:
    """``(model, tokenizer)`` from a CLIP model dir, in eval mode on ``device``."""
    path = Path(path)
    for name in (CONFIG_FILE, WEIGHTS_FILE, TOKENIZER_FILE):
        if not (path / name).is_file():
            raise GenforgeError(
                f"{path} is not a CLIP model dir: {name} is missing (train one with "
                "`genforge clip train --out DIR`)"
            )
    meta = read_json(path / CONFIG_FILE, "CLIP config")
    if meta.get("model_type") != MODEL_TYPE:
        raise GenforgeError(
            f"{path}/{CONFIG_FILE} has model_type {meta.get('model_type')!r}, not {MODEL_TYPE!r}"
        )
    model = CLIP(CLIPConfig.from_dict(meta["model"]))
    try:
        model.load_state_dict(load_file(str(path / WEIGHTS_FILE)))
    except RuntimeError as e:
        raise GenforgeError(f"{path}/{WEIGHTS_FILE} does not match its config: {e}") from None
    return model.to(device).eval(), Tokenizer.load(path / TOKENIZER_FILE)


# ----------------------------------------------------------------------------- evaluation


@torch.no_grad()
def embed_images(model: CLIP, images: Any, batch_size: int = 256) -> torch.Tensor:
    """(N, H, W, 3) uint8 scenes -> (N, embed_dim) unit vectors on the CPU."""
    device = model.logit_scale.device
    x = to_tensor(images)
    return torch.cat(
        [
            model.encode_image(x[i : i + batch_size].to(device)).cpu()
            for i in range(0, len(x), batch_size)
        ]
    )


@torch.no_grad()
def embed_texts(model: CLIP, tokenizer: Tokenizer, texts: list[str], batch_size: int = 256):
    """Texts -> (N, embed_dim) unit vectors on the CPU."""
    device = model.logit_scale.device
    out = []
    for i in range(0, len(texts), batch_size):
        ids, mask = encode_texts(tokenizer, texts[i : i + batch_size], model.config.text_len)
        out.append(model.encode_text(ids.to(device), mask.to(device)).cpu())
    return torch.cat(out)


@torch.no_grad()
def text_states(
    model: CLIP, tokenizer: Tokenizer, texts: list[str], batch_size: int = 256
) -> tuple[torch.Tensor, torch.Tensor]:
    """Per-token states of the text tower: ``(states (N, T, text_width), mask (N, T))`` on
    the CPU, padded to the longest text (BOS included); mask is True on real tokens."""
    device = model.logit_scale.device
    states, masks = [], []
    for i in range(0, len(texts), batch_size):
        ids, mask = encode_texts(tokenizer, texts[i : i + batch_size], model.config.text_len)
        states.append(bidirectional_states(model.text, ids.to(device), mask.to(device)).cpu())
        masks.append(mask.bool())
    t = max(m.shape[1] for m in masks)
    return (
        torch.cat([F.pad(s, (0, 0, 0, t - s.shape[1])) for s in states]),
        torch.cat([F.pad(m, (0, t - m.shape[1])) for m in masks]),
    )


def attribute_prompts() -> tuple[list[str], list[SceneObject]]:
    """Every single-object caption (5 shapes x 8 colours x 2 sizes x 9 cells = 720)."""
    objs = [
        SceneObject(shape, colour, size, cell // 3, cell % 3)
        for shape, colour, size, cell in itertools.product(SHAPES, COLOURS, SIZES, range(9))
    ]
    return [caption(Scene((o,), seed=0)) for o in objs], objs


def _attr_index(o: SceneObject, attr: str) -> int:
    if attr == "colour":
        return COLOURS.index(o.colour)
    if attr == "shape":
        return SHAPES.index(o.shape)
    if attr == "size":
        return SIZES.index(o.size)
    return o.row * 3 + o.col


def zero_shot(model: CLIP, tokenizer: Tokenizer, split: str, n: int, image_size: int) -> dict:
    """Zero-shot accuracy per attribute on ``n`` single-object scenes of ``split``."""
    data = make_split(split, n, seed=1, size=image_size, max_objects=1)
    prompts, objs = attribute_prompts()
    img = embed_images(model, data.images)
    txt = embed_texts(model, tokenizer, prompts)
    out: dict[str, float] = {}
    for attr in ATTRIBUTES:
        n_cls = {"colour": len(COLOURS), "shape": len(SHAPES), "size": len(SIZES)}.get(attr, 9)
        scores = zero_shot_scores(img, txt, [_attr_index(o, attr) for o in objs], n_cls)
        truth = torch.tensor([_attr_index(s.objects[0], attr) for s in data.scenes])
        out[attr] = float((scores.argmax(1) == truth).float().mean())
    best = (img @ txt.T).argmax(1)
    out["exact"] = float(
        sum(prompts[int(b)] == c for b, c in zip(best, data.captions, strict=True)) / n
    )
    out["mean"] = sum(out[a] for a in ATTRIBUTES) / len(ATTRIBUTES)
    return out


def retrieval(model: CLIP, tokenizer: Tokenizer, split: str, n: int, image_size: int) -> dict:
    """Text->image and image->text R@1 within groups of 100 scenes of ``split`` (mean)."""
    data = make_split(split, n, seed=1, size=image_size)
    img = embed_images(model, data.images)
    txt = embed_texts(model, tokenizer, data.captions)
    groups = [slice(i, i + 100) for i in range(0, n - 99, 100)]
    t2i = [recall_at_k(txt[g], img[g], 1) for g in groups]
    i2t = [recall_at_k(img[g], txt[g], 1) for g in groups]
    return {
        "text_to_image_r1": sum(t2i) / len(t2i),
        "image_to_text_r1": sum(i2t) / len(i2t),
        "text_to_image_r5": sum(recall_at_k(txt[g], img[g], 5) for g in groups) / len(groups),
        "groups": len(groups),
    }


def evaluate_clip(
    model: CLIP, tokenizer: Tokenizer, *, n: int = 500, image_size: int | None = None
) -> dict[str, Any]:
    """Zero-shot and retrieval figures on the test and compositional splits (``n`` each)."""
    size = image_size or model.config.vision.image_size
    was = model.training
    model.eval()
    figures: dict[str, Any] = {}
    for split in ("test", "compositional"):
        figures[split] = {
            "zero_shot": zero_shot(model, tokenizer, split, n, size),
            "retrieval": retrieval(model, tokenizer, split, n, size),
        }
    model.train(was)
    return figures
