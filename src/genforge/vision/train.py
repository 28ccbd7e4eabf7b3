"""Train the digits CNN through genforge's one training loop (``genforge.train.loop``).

The objective is cross-entropy; the batch source walks shuffled epochs of the train split,
optionally shifting each image by up to one pixel (off by default: it pays only in runs
longer than the default 30 epochs, which reach ~99% test accuracy without it). The output
directory is both the model dir (``config.json``, ``model.safetensors``, ``metrics.json``)
and the run dir the loop checkpoints into (``checkpoint/``, ``metrics.jsonl``,
``loss.png``), so ``resume=True`` continues an interrupted run.
"""

from __future__ import annotations

import math
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import torch
import torch.nn.functional as F

from genforge.errors import GenforgeError
from genforge.modeldir import check_out_dir, clear_run_dir
from genforge.models.cnn import CNNConfig, DigitsCNN, accuracy, count_parameters, save_cnn
from genforge.nn.device import cpu_threads, resolve_device
from genforge.train.loop import LoopConfig, train_loop
from genforge.train.optim import OptimizerConfig, build_optimizer
from genforge.vision.data import DigitsSplit, EpochBatches, load_digits

METRICS_JSON = "metrics.json"


@dataclass
class CNNTrainConfig:
    """How to train the digits CNN; ``lr`` is the peak of a cosine schedule."""

    epochs: int = 30
    batch_size: int = 64
    lr: float = 3e-3
    weight_decay: float = 1e-4
    grad_clip: float = 1.0  # max global grad norm; 0 disables clipping
    warmup_steps: int = 20
    augment: bool = False  # random shifts of up to one pixel
    test_fraction: float = 0.2
    seed: int = 0
    device: str = "cpu"
    # Convs on 8x8 images are too small to gain from intra-op threads, and on shared cores
    # extra threads thrash (measured: 20 ms vs 800 ms a step at load 8 on 2 cores).
    # 0 leaves torch's setting alone.
    threads: int = 1
    overwrite: bool = False  # replace an earlier model at the output dir

    def validate(self) -> None:
        if self.epochs < 1 or self.batch_size < 1:
            raise GenforgeError(
                f"epochs and batch_size must be >= 1, got {self.epochs}, {self.batch_size}"
            )
        if self.grad_clip < 0:
            raise GenforgeError(f"grad_clip must be >= 0 (0 disables it), got {self.grad_clip}")


def cross_entropy_loss(model: torch.nn.Module, batch: Any) -> torch.Tensor:
    """Mean cross-entropy of ``model(x)`` against labels; ``batch = (x, y)``."""
    x, y = batch
    return F.cross_entropy(model(x), y)


@dataclass
class CNNTrainResult:
    """The trained model (eval mode) and its figures."""

    model: DigitsCNN
    test_accuracy: float
    train_accuracy: float
    steps: int
    seconds: float
    parameters: int

    def figures(self) -> dict[str, Any]:
        return {
            "test_accuracy": round(self.test_accuracy, 6),
            "train_accuracy": round(self.train_accuracy, 6),
            "steps": self.steps,
            "train_seconds": round(self.seconds, 3),
            "parameters": self.parameters,
        }


def train_cnn(
    train_cfg: CNNTrainConfig | None = None,
    model_cfg: CNNConfig | None = None,
    *,
    out_dir: str | Path | None = None,
    resume: bool = False,
    data: DigitsSplit | None = None,
    progress: bool = False,
) -> CNNTrainResult:
    """Train a DigitsCNN on the digits train split and report its test accuracy.

    With ``out_dir`` the model dir (config + safetensors + metrics.json) and the run's
    checkpoint are written there; ``resume=True`` continues from that checkpoint.
    """

    train_cfg = train_cfg or CNNTrainConfig()
    model_cfg = model_cfg or CNNConfig()
    train_cfg.validate()
    if out_dir is not None:
        check_out_dir(out_dir, run_dir=out_dir, overwrite=train_cfg.overwrite, resume=resume)
        if not resume:
            clear_run_dir(out_dir)  # an overwritten run's log must not run on into this one
    device = resolve_device(train_cfg.device)
    data = data or load_digits(test_fraction=train_cfg.test_fraction, seed=train_cfg.seed)
    torch.manual_seed(train_cfg.seed)
    model = DigitsCNN(model_cfg).to(device)
    optimizer = build_optimizer(
        model,
        OptimizerConfig(lr=train_cfg.lr, weight_decay=train_cfg.weight_decay, beta2=0.999),
    )
    batches = EpochBatches(
        data.x_train, data.y_train, train_cfg.batch_size, train_cfg.seed, train_cfg.augment
    )
    steps = train_cfg.epochs * batches.steps_per_epoch()
    x_test, y_test = data.x_test.to(device), data.y_test.to(device)

    def evaluate(m: torch.nn.Module) -> dict[str, float]:
        logits = m(x_test)
        return {
            "val_loss": float(F.cross_entropy(logits, y_test)),
            "test_accuracy": float((logits.argmax(-1) == y_test).float().mean()),
        }

    loop_cfg = LoopConfig(
        max_steps=steps,
        grad_clip=train_cfg.grad_clip,
        warmup_steps=min(train_cfg.warmup_steps, max(steps - 1, 0)),
        min_lr_ratio=0.0,
        dtype="fp32",
        compile=False,
        log_every=max(1, batches.steps_per_epoch()),
        eval_every=max(1, 5 * batches.steps_per_epoch()),
        checkpoint_every_s=None,
        flops_per_token=None,
        progress=progress,
    )
    run_state = {"train": asdict(train_cfg), "cnn": asdict(model_cfg)}
    if out_dir is None and resume:
        raise GenforgeError("resume needs the output directory of the run to continue")
    t0 = time.perf_counter()
    threads = train_cfg.threads if train_cfg.threads > 0 and device.type == "cpu" else None
    with cpu_threads(threads):
        result = train_loop(
            model,
            optimizer,
            batches,
            loop_cfg,
            device=device,
            loss_fn=cross_entropy_loss,
            eval_fn=evaluate,
            run_dir=out_dir,
            resume=resume,
            run_state=run_state,
        )
        seconds = time.perf_counter() - t0
        model.eval()
        test_acc = accuracy(model, data.x_test, data.y_test)
        train_acc = accuracy(model, data.x_train, data.y_train)
    out = CNNTrainResult(model, test_acc, train_acc, result.step, seconds, count_parameters(model))
    if out_dir is not None:
        from genforge.io import atomic_write_json

        figures = {**out.figures(), "final_val_loss": result.eval.get("val_loss")}
        if not math.isfinite(figures["final_val_loss"] or 0.0):
            raise GenforgeError("validation loss is not finite; lower lr or enable grad_clip")
        save_cnn(model, out_dir, extra={"train": asdict(train_cfg)})
        atomic_write_json(Path(out_dir) / METRICS_JSON, figures)
    return out
