"""Text-to-image: the DDPM of ``models/diffusion.py`` conditioned on a caption through a
trained CLIP's (frozen) text tower, with classifier-free guidance.

Two conditionings (``T2ITrainConfig.condition``): ``"tokens"`` (default) hands the U-Net
the text tower's per-token states, which its H/2 level cross-attends to, so a pixel can
read the words about its own place; ``"pooled"`` hands it the one CLIP text embedding,
added to every pixel alike (which gets colour and shape but rarely the place right).
Training renders captioned train-split scenes, encodes each caption once, and trains the
U-Net through the one training loop, replacing the condition by a learned "no condition"
``p_uncond`` of the time — which is what makes guidance possible:
``eps = eps_uncond + w (eps_cond - eps_uncond)``. The model dir::

    config.json         model_type "genforge-t2i", the diffusion config, training settings
    model.safetensors   the U-Net's weight average (what sampling uses)
    clip/               the CLIP model dir whose text tower embeds captions at sampling
    metrics.jsonl, loss.png, checkpoint/   the run

Scoring (:func:`readback`): captions of held-out scenes go in, pictures come out, and the
scene classifier (``vision/scene_classifier.py``, trained on real scenes) reads them back;
a picture counts when every cell it reads equals the caption's scene.
"""

from __future__ import annotations

import shutil
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import numpy as np
import torch
from safetensors.torch import load_file

from genforge import __version__
from genforge.errors import GenforgeError
from genforge.io import atomic_save_tensors, atomic_write_json, read_json
from genforge.modeldir import check_out_dir, clear_run_dir
from genforge.models.diffusion import (
    Condition,
    Diffusion,
    DiffusionConfig,
    cond_map,
    ddim_sample,
    diffusion_loss,
)
from genforge.nn.device import resolve_device
from genforge.train.loop import LoopConfig, train_loop
from genforge.train.optim import OptimizerConfig, build_optimizer
from genforge.vision.clip_train import embed_texts, load_clip, text_states
from genforge.vision.data import EpochBatches
from genforge.vision.generative import EMADiffusion
from genforge.vision.scene_classifier import load_scene_classifier, scene_accuracy
from genforge.vision.scenes import make_split, to_tensor

MODEL_TYPE = "genforge-t2i"
CLIP_SUBDIR = "clip"
CONDITIONS = ("tokens", "pooled")
# Trainable text blocks for new token-conditioned runs: on captions of 1-3 objects they took
# read-back from 44.5% (frozen states, 46.8k steps) to 85.5% (63.9k steps); docs/multimodal.md,
# "Trainable text blocks". The pooled condition has no tokens to run them over.
DEFAULT_CONTEXT_LAYERS = 2


def default_context_layers(condition: str) -> int:
    """Text blocks a new run gets when none are asked for: 2 over tokens, 0 for pooled."""
    return DEFAULT_CONTEXT_LAYERS if condition == "tokens" else 0


@dataclass
class T2ITrainConfig:
    """Data and schedule of a text-to-image run (the U-Net's shape is a DiffusionConfig)."""

    train_scenes: int = 8000
    max_objects: int = 1  # objects per training scene (1..3)
    condition: str = "tokens"  # 'tokens' (cross-attention) or 'pooled' (one vector)
    max_steps: int | None = 3000
    time_budget: float | None = None
    batch_size: int = 32
    lr: float = 2e-3
    ema_decay: float = 0.995
    seed: int = 0
    device: str = "auto"
    progress: bool = False
    overwrite: bool = False

    def validate(self) -> None:
        if self.condition not in CONDITIONS:
            raise GenforgeError(
                f"condition must be one of {', '.join(CONDITIONS)}, got {self.condition!r}"
            )
        if not 1 <= self.max_objects <= 3:
            raise GenforgeError(f"max_objects must be 1..3, got {self.max_objects}")
        if self.max_steps is None and self.time_budget is None:
            raise GenforgeError("set max_steps or time_budget so training knows when to stop")
        if not 1 <= self.batch_size <= self.train_scenes:
            raise GenforgeError(
                f"batch_size must be in [1, train_scenes={self.train_scenes}], "
                f"got {self.batch_size}"
            )


def train_t2i(
    out: str | Path,
    clip_dir: str | Path,
    model_cfg: DiffusionConfig | None = None,
    train_cfg: T2ITrainConfig | None = None,
    *,
    resume: bool = False,
) -> dict[str, Any]:
    """Train a caption-conditioned DDPM on scenes at the CLIP model's image size."""
    out, cfg = Path(out), train_cfg or T2ITrainConfig()
    cfg.validate()
    check_out_dir(out, run_dir=out, overwrite=cfg.overwrite, resume=resume)
    clip, tokenizer = load_clip(clip_dir)
    size = clip.config.vision.image_size
    if resume:
        model_cfg = DiffusionConfig(**read_json(out / "config.json", "t2i config")["diffusion"])
    else:
        model_cfg = model_cfg or DiffusionConfig(image_size=size, in_channels=3, channels=32)
        tokens = cfg.condition == "tokens"
        model_cfg.cond_dim = 0 if tokens else clip.config.embed_dim
        model_cfg.context_dim = clip.config.text_width if tokens else 0
    model_cfg.image_size, model_cfg.in_channels = size, 3
    model_cfg.validate()
    data = make_split("train", cfg.train_scenes, cfg.seed, size=size, max_objects=cfg.max_objects)
    cond = caption_condition(model_cfg, clip, tokenizer, data.captions)  # frozen, CPU
    out.mkdir(parents=True, exist_ok=True)
    if not resume:
        clear_run_dir(out)
        if (out / CLIP_SUBDIR).exists():
            shutil.rmtree(out / CLIP_SUBDIR)
        shutil.copytree(
            clip_dir,
            out / CLIP_SUBDIR,
            ignore=shutil.ignore_patterns("checkpoint", "*.jsonl", "*.png"),
        )
    atomic_write_json(
        out / "config.json",
        {
            "model_type": MODEL_TYPE,
            "genforge_version": __version__,
            "diffusion": asdict(model_cfg),
            "train": asdict(cfg),
            "data": f"vision.scenes train split, {cfg.train_scenes} scenes, "
            f"1..{cfg.max_objects} objects each",
        },
    )
    torch.manual_seed(cfg.seed)
    device = resolve_device(cfg.device)
    model = EMADiffusion(model_cfg, cfg.ema_decay).to(device)
    opt = build_optimizer(model, OptimizerConfig(lr=cfg.lr, weight_decay=0.0))
    if not resume:
        model.update_ema()

    def loss_fn(m: Any, batch: Any) -> torch.Tensor:
        x, rows = batch  # the batch carries caption indices; their conditions live here
        c = cond_map(lambda v: v[rows.cpu()].to(x.device), cond)
        return diffusion_loss(model.model, (x * 2 - 1, c))

    loop = LoopConfig(
        max_steps=cfg.max_steps,
        time_budget=cfg.time_budget,
        warmup_steps=50,
        dtype="fp32",
        compile=False,
        log_every=25,
        checkpoint_every_s=300.0,
        flops_per_token=1.0,
        progress=cfg.progress,
    )
    result = train_loop(
        model,
        opt,
        EpochBatches(
            to_tensor(data.images),
            torch.arange(len(data.captions)),
            cfg.batch_size,
            cfg.seed,
            shuffle="torch",
        ),
        loop,
        device=device,
        loss_fn=loss_fn,
        on_step=lambda _step, _m: model.update_ema(),
        run_dir=out,
        resume=resume,
        run_state={"kind": "t2i"},
    )
    atomic_save_tensors(out / "model.safetensors", model.ema.state_dict())
    summary = {
        "steps": result.step,
        "train_seconds": round(result.elapsed, 2),
        "train_loss": result.train_loss,
    }
    atomic_write_json(out / "metrics.json", summary)
    return summary


def caption_condition(
    cfg: DiffusionConfig, clip: Any, tokenizer: Any, captions: list[str]
) -> Condition:
    """What the U-Net of ``cfg`` is conditioned on for ``captions``, on the CPU: the text
    tower's ``(states, mask)`` for a token-conditioned net, else the CLIP text embeddings."""
    if cfg.context_dim:
        return text_states(clip, tokenizer, captions)
    return embed_texts(clip, tokenizer, captions)


def load_t2i(path: str | Path, device: str = "cpu") -> tuple[Diffusion, Any, Any]:
    """``(diffusion, clip, tokenizer)`` from a text-to-image model dir."""
    path = Path(path)
    if not (path / "model.safetensors").is_file():
        raise GenforgeError(
            f"{path} is not a text-to-image model dir: model.safetensors is missing (train one "
            "with `genforge clip t2i --clip CLIP_DIR --out DIR`)"
        )
    meta = read_json(path / "config.json", "t2i config")
    if meta.get("model_type") != MODEL_TYPE:
        raise GenforgeError(
            f"{path}/config.json has model_type {meta.get('model_type')!r}, not {MODEL_TYPE!r}"
        )
    model = Diffusion(DiffusionConfig(**meta["diffusion"]))
    model.load_state_dict(load_file(str(path / "model.safetensors")))
    clip, tokenizer = load_clip(path / CLIP_SUBDIR, device)
    return model.to(device).eval(), clip, tokenizer


@torch.no_grad()
def generate(
    model: Diffusion,
    clip: Any,
    tokenizer: Any,
    captions: list[str],
    *,
    guidance: float = 3.0,
    steps: int = 50,
    seed: int = 0,
    batch_size: int = 128,
) -> np.ndarray:
    """Pictures of ``captions``: (N, H, W, 3) uint8, DDIM with classifier-free guidance."""
    if not captions:
        raise GenforgeError("no captions to draw")
    g = torch.Generator().manual_seed(seed)
    out = []
    for i in range(0, len(captions), batch_size):
        chunk = captions[i : i + batch_size]
        c = caption_condition(model.cfg, clip, tokenizer, chunk)
        c = cond_map(lambda v: v.to(model.abar.device), c)
        x = ddim_sample(model, len(chunk), steps=steps, labels=c, guidance=guidance, generator=g)
        out.append(((x.cpu() + 1) * 127.5).round().clamp(0, 255).byte().permute(0, 2, 3, 1))
    return torch.cat(out).numpy()


def readback(
    t2i_dir: str | Path,
    classifier_dir: str | Path,
    *,
    n: int = 200,
    max_objects: int = 1,
    split: str = "test",
    guidance: float = 3.0,
    steps: int = 50,
    seed: int = 0,
) -> dict[str, Any]:
    """Share of pictures of ``n`` held-out captions that the classifier reads back exactly.

    Also the per-attribute shares (an object counted right when the classifier finds one in
    its cell with that attribute), the classifier on the real scenes (the ceiling), and the
    pictures themselves under ``images`` (N, H, W, 3) uint8.
    """
    model, clip, tokenizer = load_t2i(t2i_dir)
    size = model.cfg.image_size
    judge = load_scene_classifier(classifier_dir)
    data = make_split(split, n, seed=seed + 7, size=size, max_objects=max_objects)
    images = generate(
        model, clip, tokenizer, data.captions, guidance=guidance, steps=steps, seed=seed
    )
    return {
        "split": split,
        "max_objects": max_objects,
        "n": n,
        "guidance": guidance,
        "ddim_steps": steps,
        "generated": scene_accuracy(judge, images, data.scenes),
        "real": scene_accuracy(judge, data.images, data.scenes),
        "images": images,
    }
