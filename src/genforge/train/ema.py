"""Exponential moving averages of a model's weights (Polyak averaging).

The last iterate of a noisy optimization wanders around the region the average sits in:
diffusion and GAN samplers and the RL policy all use the average for their output.
"""

from __future__ import annotations

import copy

import torch
from torch import nn


@torch.no_grad()
def ema_update(ema: nn.Module, model: nn.Module, decay: float, n: int) -> None:
    """One step of an exponential moving average of ``model``'s weights into ``ema``.

    ``n`` counts updates so far: a short warm-up (d = (1+n)/(10+n) until it reaches
    ``decay``) keeps the average from clinging to the initial weights. Buffers
    (BatchNorm statistics) are copied, not averaged.
    """
    d = min(decay, (1 + n) / (10 + n))
    for e, p in zip(ema.parameters(), model.parameters(), strict=True):
        e.lerp_(p, 1 - d)
    for e, b in zip(ema.buffers(), model.buffers(), strict=True):
        e.copy_(b)


class WeightAverage:
    """A frozen copy of ``model`` that follows its weights as an EMA with ``decay``."""

    def __init__(self, model: nn.Module, decay: float) -> None:
        self.source = model
        self.model = copy.deepcopy(model).eval()
        self.model.requires_grad_(False)
        self.decay = decay
        self.updates = 0

    def update(self) -> None:
        self.updates += 1
        ema_update(self.model, self.source, self.decay, self.updates)

    def state_dict(self) -> dict:
        """The average's weights and update count (a checkpoint's extra state)."""
        return {"weights": self.model.state_dict(), "updates": self.updates}

    def load_state_dict(self, state: dict) -> None:
        self.model.load_state_dict(state["weights"])
        self.updates = int(state["updates"])
