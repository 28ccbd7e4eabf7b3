"""DDPM noise schedules, forward noising and the DDIM update (epsilon prediction)."""

from __future__ import annotations

import math

import torch


def beta_schedule(kind: str, steps: int) -> torch.Tensor:
    """Betas (steps,) for 'linear' (1e-4..0.02, scaled to steps) or 'cosine' (Nichol & Dhariwal)."""
    if kind == "linear":
        scale = 1000 / steps
        return torch.linspace(scale * 1e-4, scale * 0.02, steps, dtype=torch.float64)
    if kind == "cosine":
        s = 0.008
        t = torch.arange(steps + 1, dtype=torch.float64) / steps
        f = torch.cos((t + s) / (1 + s) * math.pi / 2) ** 2
        abar = f / f[0]
        # Clipping avoids a singular final step where alpha_bar reaches 0.
        return (1 - abar[1:] / abar[:-1]).clamp(max=0.999)
    from genforge.errors import GenforgeError

    raise GenforgeError(f"unknown beta schedule {kind!r}; use 'linear' or 'cosine'")


def q_sample(x0: torch.Tensor, t: torch.Tensor, abar: torch.Tensor, noise: torch.Tensor):
    """Noised x_t = sqrt(abar_t) x0 + sqrt(1 - abar_t) noise; t (B,) integer steps."""
    a = abar[t].to(x0.dtype).view(-1, *([1] * (x0.dim() - 1)))
    return a.sqrt() * x0 + (1 - a).sqrt() * noise


def ddim_step(
    x_t: torch.Tensor, eps: torch.Tensor, abar_t: float, abar_prev: float
) -> torch.Tensor:
    """Deterministic DDIM (eta=0) update from step t to an earlier step with abar_prev."""
    x0 = (x_t - math.sqrt(1 - abar_t) * eps) / math.sqrt(abar_t)
    return math.sqrt(abar_prev) * x0 + math.sqrt(1 - abar_prev) * eps
