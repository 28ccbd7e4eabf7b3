"""A small convolutional classifier for 8x8 digits, also the feature extractor for image metrics.

Architecture (input (B, 1, 8, 8) in [0, 1]):

    conv3x3(1->c) [BN] ReLU  conv3x3(c->c) [BN] ReLU  maxpool2    -> (B, c, 4, 4)
    conv3x3(c->2c) [BN] ReLU maxpool2                             -> (B, 2c, 2, 2)
    flatten dropout linear(8c->hidden) ReLU = features            -> (B, hidden)
    dropout linear(hidden->10) = logits

``features`` (the penultimate activations) are what the Fréchet distance is computed on.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Literal

import torch
from safetensors.torch import load_file
from torch import nn

from genforge.config import resolve_config
from genforge.errors import GenforgeError
from genforge.io import atomic_save_tensors, atomic_write_json, read_json

InitName = Literal["kaiming", "xavier", "normal"]
MODEL_TYPE = "genforge-cnn"
CONFIG_FILE = "config.json"
WEIGHTS_FILE = "model.safetensors"


@dataclass
class CNNConfig:
    """Sizes and regularisers of the digits CNN."""

    channels: int = 32  # width of the first two convs; the third has twice as many
    hidden: int = 128  # penultimate width = feature dimension for image metrics
    num_classes: int = 10
    batchnorm: bool = True
    dropout: float = 0.25
    init: InitName = "kaiming"

    def validate(self) -> None:
        if self.channels < 1 or self.hidden < 1 or self.num_classes < 2:
            raise GenforgeError(
                "channels and hidden must be >= 1 and num_classes >= 2, got "
                f"{self.channels}, {self.hidden}, {self.num_classes}"
            )
        if not 0.0 <= self.dropout < 1.0:
            raise GenforgeError(f"dropout must be in [0, 1), got {self.dropout}")
        if self.init not in ("kaiming", "xavier", "normal"):
            raise GenforgeError(f"init must be kaiming, xavier or normal, got {self.init!r}")


def _conv_block(c_in: int, c_out: int, batchnorm: bool) -> list[nn.Module]:
    # BatchNorm's own shift makes the conv bias redundant, so drop it when BN is on.
    layers: list[nn.Module] = [nn.Conv2d(c_in, c_out, 3, padding=1, bias=not batchnorm)]
    if batchnorm:
        layers.append(nn.BatchNorm2d(c_out))
    layers.append(nn.ReLU())
    return layers


class DigitsCNN(nn.Module):
    """Conv classifier: images (B, 1, 8, 8) -> logits (B, num_classes)."""

    def __init__(self, cfg: CNNConfig | None = None) -> None:
        super().__init__()
        cfg = cfg or CNNConfig()
        cfg.validate()
        self.cfg = cfg
        c = cfg.channels
        self.body = nn.Sequential(
            *_conv_block(1, c, cfg.batchnorm),
            *_conv_block(c, c, cfg.batchnorm),
            nn.MaxPool2d(2),
            *_conv_block(c, 2 * c, cfg.batchnorm),
            nn.MaxPool2d(2),
            nn.Flatten(),
            nn.Dropout(cfg.dropout),
            nn.Linear(2 * c * 4, cfg.hidden),
            nn.ReLU(),
        )
        self.head = nn.Sequential(nn.Dropout(cfg.dropout), nn.Linear(cfg.hidden, cfg.num_classes))
        init_weights(self, cfg.init)

    def features(self, x: torch.Tensor) -> torch.Tensor:
        """Penultimate activations (B, hidden) for images (B, 1, 8, 8)."""
        return self.body(x)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        """Class logits (B, num_classes) for images (B, 1, 8, 8) in [0, 1]."""
        return self.head(self.body(x))


def init_weights(model: nn.Module, scheme: InitName) -> None:
    """Re-initialise conv and linear weights with ``scheme``; biases to 0, BN to identity.

    kaiming: He normal for ReLU (fan_in); xavier: Glorot uniform; normal: N(0, 0.01^2), the
    classic small-Gaussian init that trains slowly in deep stacks (kept for comparison).
    """
    for m in model.modules():
        if isinstance(m, nn.Conv2d | nn.Linear):
            if scheme == "kaiming":
                nn.init.kaiming_normal_(m.weight, nonlinearity="relu")
            elif scheme == "xavier":
                nn.init.xavier_uniform_(m.weight)
            elif scheme == "normal":
                nn.init.normal_(m.weight, 0.0, 0.01)
            else:
                raise GenforgeError(f"init must be kaiming, xavier or normal, got {scheme!r}")
            if m.bias is not None:
                nn.init.zeros_(m.bias)
        elif isinstance(m, nn.BatchNorm2d):
            nn.init.ones_(m.weight)
            nn.init.zeros_(m.bias)


def predict_proba(model: DigitsCNN, images: torch.Tensor, batch_size: int = 512) -> torch.Tensor:
    """Softmax class probabilities (N, num_classes) in eval mode, without gradients."""
    was_training = model.training
    model.eval()
    device = next(model.parameters()).device
    out = []
    with torch.no_grad():
        for i in range(0, images.shape[0], batch_size):
            out.append(torch.softmax(model(images[i : i + batch_size].to(device)).float(), -1))
    model.train(was_training)
    return torch.cat(out).cpu()


def accuracy(model: DigitsCNN, images: torch.Tensor, labels: torch.Tensor) -> float:
    """Fraction of ``images`` (N, 1, 8, 8) whose argmax class equals ``labels`` (N,)."""
    pred = predict_proba(model, images).argmax(-1)
    return float((pred == labels.cpu()).float().mean())


def count_parameters(model: nn.Module) -> int:
    return sum(p.numel() for p in model.parameters())


def save_cnn(model: DigitsCNN, out_dir: str | Path, extra: dict[str, Any] | None = None) -> Path:
    """Write ``config.json`` + ``model.safetensors`` into ``out_dir`` (each file atomically)."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    atomic_save_tensors(out / WEIGHTS_FILE, model.state_dict())
    config = {"model_type": MODEL_TYPE, "cnn": asdict(model.cfg), **(extra or {})}
    atomic_write_json(out / CONFIG_FILE, config)
    return out


def load_cnn(path: str | Path, device: str | torch.device = "cpu") -> DigitsCNN:
    """Load a CNN model dir written by ``save_cnn``; returned in eval mode."""
    path = Path(path)
    config = read_json(path / CONFIG_FILE, what="CNN config")
    if not isinstance(config, dict) or config.get("model_type") != MODEL_TYPE:
        raise GenforgeError(
            f"{path} is not a genforge CNN model dir (config.json model_type is not "
            f"{MODEL_TYPE!r}); train one with `genforge vision train --model cnn --out DIR`"
        )
    cfg = resolve_config(CNNConfig, overrides=config.get("cnn") or {})
    model = DigitsCNN(cfg)
    weights_path = path / WEIGHTS_FILE
    if not weights_path.is_file():
        raise GenforgeError(f"{weights_path} is missing; re-train or re-copy the model dir")
    try:
        weights = load_file(str(weights_path))
    except Exception as e:  # safetensors raises its own error types for corrupt files
        raise GenforgeError(f"{weights_path} is not a valid safetensors file ({e})") from e
    try:
        model.load_state_dict(weights)
    except RuntimeError as e:
        raise GenforgeError(f"{weights_path} does not match config.json: {e}") from e
    return model.to(device).eval()


def kaiming_std(fan_in: int) -> float:
    """Standard deviation He init draws with for ReLU layers of ``fan_in`` inputs."""
    return math.sqrt(2.0 / fan_in)
