"""Convolutional VAE for 8x8 digit images (values in [0, 1])."""

from __future__ import annotations

from dataclasses import dataclass

import torch
import torch.nn.functional as F
from torch import nn


@dataclass
class VAEConfig:
    """Sizes of the VAE; images are (B, 1, 8, 8) in [0, 1]."""

    latent_dim: int = 8
    channels: int = 32


class VAE(nn.Module):
    """Conv encoder -> Gaussian q(z|x) -> transposed-conv decoder -> Bernoulli pixel logits."""

    def __init__(self, cfg: VAEConfig) -> None:
        super().__init__()
        c = cfg.channels
        self.cfg = cfg
        self.enc = nn.Sequential(
            nn.Conv2d(1, c, 3, padding=1),
            nn.SiLU(),
            nn.Conv2d(c, 2 * c, 4, stride=2, padding=1),
            nn.SiLU(),  # (B, 2c, 4, 4)
            nn.Flatten(),
        )
        self.to_stats = nn.Linear(2 * c * 16, 2 * cfg.latent_dim)
        self.from_z = nn.Linear(cfg.latent_dim, 2 * c * 16)
        self.dec = nn.Sequential(
            nn.SiLU(),
            nn.Unflatten(1, (2 * c, 4, 4)),
            nn.ConvTranspose2d(2 * c, c, 4, stride=2, padding=1),
            nn.SiLU(),  # (B, c, 8, 8)
            nn.Conv2d(c, 1, 3, padding=1),
        )

    def encode(self, x: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        """x (B,1,8,8) -> (mu, logvar), each (B, latent_dim)."""
        mu, logvar = self.to_stats(self.enc(x)).chunk(2, dim=-1)
        return mu, logvar.clamp(-10, 10)

    def decode(self, z: torch.Tensor) -> torch.Tensor:
        """z (B, latent_dim) -> pixel logits (B,1,8,8)."""
        return self.dec(self.from_z(z))


def elbo_terms(model: VAE, x: torch.Tensor) -> dict[str, torch.Tensor]:
    """Per-image mean reconstruction NLL (nats), KL (nats) and loss = recon + KL (negative ELBO)."""
    mu, logvar = model.encode(x)
    # Reparameterisation keeps the sample differentiable w.r.t. mu and logvar.
    z = mu + torch.randn_like(mu) * (0.5 * logvar).exp()
    logits = model.decode(z)
    recon = F.binary_cross_entropy_with_logits(logits, x, reduction="sum") / x.shape[0]
    kl = 0.5 * (mu.pow(2) + logvar.exp() - 1 - logvar).sum() / x.shape[0]
    return {"loss": recon + kl, "recon": recon, "kl": kl}


def interpolate(model: VAE, x_a: torch.Tensor, x_b: torch.Tensor, steps: int = 8) -> torch.Tensor:
    """Decode a line between latent means of x_a, x_b -> (steps, 1, 8, 8) in [0, 1]."""
    with torch.no_grad():
        za, _ = model.encode(x_a[None])
        zb, _ = model.encode(x_b[None])
        t = torch.linspace(0, 1, steps)[:, None]
        return torch.sigmoid(model.decode((1 - t) * za + t * zb))


def sample(model: VAE, n: int, generator: torch.Generator | None = None) -> torch.Tensor:
    """Decode n draws of the prior z ~ N(0, I) -> pixel means (n, 1, 8, 8) in [0, 1]."""
    with torch.no_grad():
        z = torch.randn(n, model.cfg.latent_dim, generator=generator)
        return torch.sigmoid(model.decode(z.to(next(model.parameters()).device)))
