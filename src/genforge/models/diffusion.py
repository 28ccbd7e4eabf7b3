"""DDPM on small images: noise schedules, a small U-Net, epsilon-prediction loss, and the
DDPM (ancestral) and DDIM (deterministic, few-step) samplers, with optional class,
vector (e.g. a pooled text embedding) or token-sequence conditioning and classifier-free
guidance.

A token-sequence condition is the pair ``(states (B, T, D), mask (B, T) bool)``, True on
real tokens: its masked mean joins the step embedding the way a vector condition does, and
the H/2 level cross-attends to the tokens, so each pixel can pick the words that concern
its place ("top left") instead of the whole picture hearing one pooled vector.

Images are (B, C, H, W) in [-1, 1]; H and W must be divisible by 2 (one down-sampling).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import torch
import torch.nn.functional as F
from torch import nn

from genforge.errors import GenforgeError
from genforge.models.gpt import Block, GPTConfig

CONTEXT_HEADS = 4  # attention heads of the context blocks (context_layers)


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


# ------------------------------------------------------------------------------ U-Net


@dataclass
class DiffusionConfig:
    """Model and process settings; ``num_classes`` > 0 makes the model class-conditional,
    ``cond_dim`` > 0 conditional on a vector (a text embedding) of that length,
    ``context_dim`` > 0 on a sequence of token states of that width (cross-attention)."""

    image_size: int = 8
    in_channels: int = 1
    channels: int = 32  # base width; the H/2 level uses 2x
    timesteps: int = 1000
    schedule: str = "cosine"  # 'linear' or 'cosine'
    num_classes: int = 0  # 0 = unconditional
    cond_dim: int = 0  # 0 = no vector condition
    context_dim: int = 0  # 0 = no token-sequence condition
    # Trainable bidirectional Transformer blocks over the token states before the U-Net
    # reads them (0 = read the states as given). A frozen text tower was trained to match
    # captions with pictures, not to say which attributes belong to which place; these
    # blocks let the diffusion loss reshape the states for drawing (e.g. tie each object's
    # colour and size to its cell in a caption of several objects).
    context_layers: int = 0
    p_uncond: float = 0.1  # share of training labels dropped, which is what makes CFG possible
    dropout: float = 0.0

    def validate(self) -> None:
        if self.schedule not in ("linear", "cosine"):
            raise GenforgeError(f"schedule must be 'linear' or 'cosine', got {self.schedule!r}")
        if self.timesteps < 2:
            raise GenforgeError(f"timesteps must be >= 2, got {self.timesteps}")
        if self.image_size % 2:
            raise GenforgeError(
                f"image_size must be even (one 2x down-sampling), got {self.image_size}"
            )
        if self.channels % 8:
            raise GenforgeError(
                f"channels must be a multiple of 8 (GroupNorm), got {self.channels}"
            )
        if sum(bool(k) for k in (self.num_classes, self.cond_dim, self.context_dim)) > 1:
            raise GenforgeError(
                "condition on one of class labels (num_classes), vectors (cond_dim) or token "
                "states (context_dim), not both"
            )
        if not 0.0 <= self.p_uncond < 1.0:
            raise GenforgeError(f"p_uncond must be in [0, 1), got {self.p_uncond}")
        if self.context_layers and (not self.context_dim or self.context_dim % CONTEXT_HEADS):
            raise GenforgeError(
                f"context_layers needs a token condition whose width (context_dim="
                f"{self.context_dim}) is a positive multiple of {CONTEXT_HEADS}"
            )
        if not 0 <= self.context_layers <= 12:
            raise GenforgeError(f"context_layers must be in [0, 12], got {self.context_layers}")


def timestep_embedding(t: torch.Tensor, dim: int) -> torch.Tensor:
    """Sinusoidal features of integer steps t (B,) -> (B, dim), as in the Transformer."""
    half = dim // 2
    freqs = torch.exp(-math.log(10000.0) * torch.arange(half, device=t.device) / half)
    args = t.float()[:, None] * freqs[None]
    return torch.cat([args.sin(), args.cos()], dim=-1)


class ResBlock(nn.Module):
    """GroupNorm-SiLU-conv twice, with the step/class embedding added in between."""

    def __init__(self, c_in: int, c_out: int, emb_dim: int, dropout: float) -> None:
        super().__init__()
        self.norm1 = nn.GroupNorm(8, c_in)
        self.conv1 = nn.Conv2d(c_in, c_out, 3, padding=1)
        self.emb = nn.Linear(emb_dim, c_out)
        self.norm2 = nn.GroupNorm(8, c_out)
        self.drop = nn.Dropout(dropout)
        self.conv2 = nn.Conv2d(c_out, c_out, 3, padding=1)
        # A zero-initialised last conv makes each block start as the identity, which keeps
        # the early noise predictions well scaled.
        nn.init.zeros_(self.conv2.weight)
        nn.init.zeros_(self.conv2.bias)
        self.skip = nn.Conv2d(c_in, c_out, 1) if c_in != c_out else nn.Identity()

    def forward(self, x: torch.Tensor, emb: torch.Tensor) -> torch.Tensor:
        h = self.conv1(F.silu(self.norm1(x)))
        h = h + self.emb(F.silu(emb))[:, :, None, None]
        h = self.conv2(self.drop(F.silu(self.norm2(h))))
        return self.skip(x) + h


class SelfAttention2d(nn.Module):
    """Multi-head self-attention over the pixels of a (B, C, H, W) map, residual."""

    def __init__(self, channels: int, heads: int = 4) -> None:
        super().__init__()
        self.norm = nn.GroupNorm(8, channels)
        self.qkv = nn.Conv2d(channels, 3 * channels, 1)
        self.proj = nn.Conv2d(channels, channels, 1)
        nn.init.zeros_(self.proj.weight)
        nn.init.zeros_(self.proj.bias)
        self.heads = heads

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        b, c, h, w = x.shape
        q, k, v = self.qkv(self.norm(x)).reshape(b, 3, self.heads, c // self.heads, h * w).unbind(1)
        # (B, heads, HW, d) for SDPA
        out = F.scaled_dot_product_attention(
            q.transpose(-1, -2), k.transpose(-1, -2), v.transpose(-1, -2)
        )
        return x + self.proj(out.transpose(-1, -2).reshape(b, c, h, w))


class CrossAttention2d(nn.Module):
    """Pixels of a (B, C, H, W) map attend to tokens (B, T, D) where ``mask`` (B, T) is True.

    The queries carry a learned position embedding of the map: convolutions are nearly
    translation-equivariant, so without it a pixel could not tell whether "top left" is
    about it.
    """

    def __init__(self, channels: int, context_dim: int, size: int, heads: int = 4) -> None:
        super().__init__()
        self.norm = nn.GroupNorm(8, channels)
        self.pos = nn.Parameter(torch.randn(1, channels, size, size) * 0.02)
        self.q = nn.Conv2d(channels, channels, 1)
        self.kv = nn.Linear(context_dim, 2 * channels)
        self.proj = nn.Conv2d(channels, channels, 1)
        # Zero-initialised like the self-attention: the block starts as the identity.
        nn.init.zeros_(self.proj.weight)
        nn.init.zeros_(self.proj.bias)
        self.heads = heads

    def forward(self, x: torch.Tensor, ctx: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        b, c, h, w = x.shape
        d = c // self.heads
        q = self.q(self.norm(x) + self.pos).reshape(b, self.heads, d, h * w).transpose(-1, -2)
        k, v = self.kv(ctx.to(x.dtype)).reshape(b, -1, 2, self.heads, d).permute(2, 0, 3, 1, 4)
        # q (B, heads, HW, d); k, v (B, heads, T, d); padding tokens are never attended.
        out = F.scaled_dot_product_attention(q, k, v, attn_mask=mask[:, None, None, :].bool())
        return x + self.proj(out.transpose(-1, -2).reshape(b, c, h, w))


class ContextEncoder(nn.Module):
    """``layers`` pre-norm Transformer blocks (the GPT's ``Block``, GELU MLP) over token
    states ``(B, T, D)`` with full attention between real tokens, and a final LayerNorm;
    the identity when ``layers`` is 0. Returns ``(states, mask)``. No position embedding:
    the states come from a text tower that already placed each token."""

    def __init__(self, width: int, layers: int) -> None:
        super().__init__()
        gpt = GPTConfig(n_embd=width, n_head=CONTEXT_HEADS, arch="gpt2")  # one block's shape
        self.blocks = nn.ModuleList(Block(gpt) for _ in range(layers))
        self.norm = nn.LayerNorm(width) if layers else nn.Identity()

    def forward(
        self, states: torch.Tensor, mask: torch.Tensor
    ) -> tuple[torch.Tensor, torch.Tensor]:
        if not len(self.blocks):
            return states, mask
        t = mask.shape[1]
        attn = mask.bool()[:, None, None, :].expand(-1, 1, t, t)
        h = states.to(self.norm.weight.dtype)
        for i, block in enumerate(self.blocks):
            h = block(h, None, None, i, attn_mask=attn)
        return self.norm(h), mask


Condition = torch.Tensor | tuple[torch.Tensor, torch.Tensor]


def cond_rows(y: Condition) -> int:
    """Batch size of a condition: labels, vectors or ``(states, mask)``."""
    return (y[0] if isinstance(y, tuple) else y).shape[0]


def cond_map(fn, y: Condition) -> Condition:
    """``fn`` applied to each tensor of a condition (indexing rows, moving devices)."""
    return tuple(fn(v) for v in y) if isinstance(y, tuple) else fn(y)


def cond_cat(a: Condition, b: Condition) -> Condition:
    """Two conditions of one shape stacked along the batch."""
    if isinstance(a, tuple):
        return tuple(torch.cat([u, v]) for u, v in zip(a, b, strict=True))
    return torch.cat([a, b])


def cond_where(drop: torch.Tensor, null: Condition, y: Condition) -> Condition:
    """Rows of ``null`` where ``drop`` (B,) is True, else rows of ``y`` (same shapes)."""
    if isinstance(y, tuple):
        return tuple(cond_where(drop, n, v) for n, v in zip(null, y, strict=True))
    return torch.where(drop.view(-1, *([1] * (y.dim() - 1))), null, y)


class UNet(nn.Module):
    """Two-level U-Net: (B, C, H, W) noisy image, steps t (B,), labels y (B,) -> epsilon.

    Levels: H x W at ``channels``, H/2 x W/2 at ``2 * channels`` with self-attention in the
    middle. Label ``num_classes`` is the "no label" token used for classifier-free guidance;
    a vector-conditioned net learns a "no condition" vector ``null_cond`` instead, a
    token-conditioned one a single "no caption" token ``null_ctx``. Token conditions
    ``(states, mask)`` are also cross-attended after ``down2``, ``mid_attn`` and ``up2``.
    """

    def __init__(self, cfg: DiffusionConfig) -> None:
        super().__init__()
        c, e = cfg.channels, 4 * cfg.channels
        self.cfg = cfg
        self.time_mlp = nn.Sequential(nn.Linear(c, e), nn.SiLU(), nn.Linear(e, e))
        self.label_emb = nn.Embedding(cfg.num_classes + 1, e) if cfg.num_classes else None
        if cfg.cond_dim:
            self.cond_proj = nn.Linear(cfg.cond_dim, e)
            self.null_cond = nn.Parameter(torch.zeros(cfg.cond_dim))
        else:
            self.cond_proj = None
        if cfg.context_dim:
            self.ctx_proj = nn.Linear(cfg.context_dim, e)
            self.null_ctx = nn.Parameter(torch.zeros(cfg.context_dim))
            half = cfg.image_size // 2
            self.ctx_down, self.ctx_mid, self.ctx_up = (
                CrossAttention2d(2 * c, cfg.context_dim, half) for _ in range(3)
            )
            self.ctx_blocks = ContextEncoder(cfg.context_dim, cfg.context_layers)
        else:
            self.ctx_proj = None
        self.inp = nn.Conv2d(cfg.in_channels, c, 3, padding=1)
        self.down1 = ResBlock(c, c, e, cfg.dropout)
        self.downsample = nn.Conv2d(c, c, 3, stride=2, padding=1)
        self.down2 = ResBlock(c, 2 * c, e, cfg.dropout)
        self.mid1 = ResBlock(2 * c, 2 * c, e, cfg.dropout)
        self.mid_attn = SelfAttention2d(2 * c)
        self.mid2 = ResBlock(2 * c, 2 * c, e, cfg.dropout)
        self.up2 = ResBlock(4 * c, 2 * c, e, cfg.dropout)
        self.upsample = nn.Conv2d(2 * c, c, 3, padding=1)
        self.up1 = ResBlock(2 * c, c, e, cfg.dropout)
        self.out_norm = nn.GroupNorm(8, c)
        self.out = nn.Conv2d(c, cfg.in_channels, 3, padding=1)
        nn.init.zeros_(self.out.weight)
        nn.init.zeros_(self.out.bias)

    def forward(self, x: torch.Tensor, t: torch.Tensor, y: Condition | None = None) -> torch.Tensor:
        emb = self.time_mlp(timestep_embedding(t, self.cfg.channels))
        ctx = None
        if self.label_emb is not None:
            if y is None:
                y = torch.full_like(t, self.cfg.num_classes)
            emb = emb + self.label_emb(y)
        elif self.cond_proj is not None:
            if y is None:
                y = self.null_cond.expand(t.shape[0], -1)
            emb = emb + self.cond_proj(y.to(emb.dtype))
        elif self.ctx_proj is not None:
            ctx = self.ctx_blocks(*(self._null_tokens(t.shape[0]) if y is None else y))
            w = ctx[1].unsqueeze(-1).to(emb.dtype)
            pooled = (ctx[0].to(emb.dtype) * w).sum(1) / w.sum(1).clamp(min=1.0)
            emb = emb + self.ctx_proj(pooled)
        h1 = self.down1(self.inp(x), emb)  # (B, c, H, W)
        h2 = self.down2(self.downsample(h1), emb)  # (B, 2c, H/2, W/2)
        if ctx is not None:
            h2 = self.ctx_down(h2, *ctx)
        m = self.mid_attn(self.mid1(h2, emb))
        if ctx is not None:
            m = self.ctx_mid(m, *ctx)
        m = self.mid2(m, emb)
        u2 = self.up2(torch.cat([m, h2], 1), emb)
        if ctx is not None:
            u2 = self.ctx_up(u2, *ctx)
        u1 = self.upsample(F.interpolate(u2, scale_factor=2.0, mode="nearest"))  # (B, c, H, W)
        u1 = self.up1(torch.cat([u1, h1], 1), emb)
        return self.out(F.silu(self.out_norm(u1)))

    @property
    def conditional(self) -> bool:
        return any(m is not None for m in (self.label_emb, self.cond_proj, self.ctx_proj))

    def _null_tokens(self, n: int, length: int = 1) -> tuple[torch.Tensor, torch.Tensor]:
        # The null caption is one learned token; the rest of the row is padding.
        states = self.null_ctx.new_zeros(n, length, self.cfg.context_dim)
        states[:, 0] = self.null_ctx
        mask = torch.zeros(n, length, dtype=torch.bool, device=states.device)
        mask[:, 0] = True
        return states, mask

    def null_condition(self, y: Condition) -> Condition:
        """The "no condition" stand-in for a batch of conditions ``y`` (labels, vectors or
        ``(states, mask)``), shaped like ``y``."""
        if self.cond_proj is not None:
            return self.null_cond.expand_as(y)
        if self.ctx_proj is not None:
            return self._null_tokens(*y[1].shape)
        return torch.full_like(y, self.cfg.num_classes)


class Diffusion(nn.Module):
    """A U-Net plus its noise schedule (non-persistent buffers, rebuilt from the config)."""

    def __init__(self, cfg: DiffusionConfig) -> None:
        super().__init__()
        cfg.validate()
        self.cfg = cfg
        self.net = UNet(cfg)
        betas = beta_schedule(cfg.schedule, cfg.timesteps)
        # float64 keeps 1 - abar accurate near t = 0 where it is ~1e-4.
        self.register_buffer("betas", betas, persistent=False)
        self.register_buffer("abar", torch.cumprod(1 - betas, 0), persistent=False)

    def forward(self, x: torch.Tensor, t: torch.Tensor, y: Condition | None = None) -> torch.Tensor:
        return self.net(x, t, y)

    def guided_eps(
        self, x: torch.Tensor, t: torch.Tensor, y: Condition | None, guidance: float
    ) -> torch.Tensor:
        """Epsilon with classifier-free guidance: eps_u + w (eps_c - eps_u); w=1 is plain."""
        if y is None or not self.net.conditional or guidance == 1.0:
            return self.net(x, t, y)
        null = self.net.null_condition(y)
        eps_c, eps_u = self.net(torch.cat([x, x]), torch.cat([t, t]), cond_cat(y, null)).chunk(2)
        return eps_u + guidance * (eps_c - eps_u)


def diffusion_loss(model: Diffusion, batch: tuple[torch.Tensor, torch.Tensor]) -> torch.Tensor:
    """Simple DDPM objective: MSE between true and predicted noise at a uniform random step.

    ``batch = (x0, y)`` with x0 (B, C, H, W) in [-1, 1] and y (B,) integer labels,
    (B, cond_dim) condition vectors or ``(states (B, T, context_dim), mask (B, T))`` (ignored
    by an unconditional model; replaced by the null condition with probability ``p_uncond``).
    """
    x0, y = batch
    # Works for the model itself and for a compiled/DDP wrapper around it.
    raw: Diffusion = getattr(model, "module", getattr(model, "_orig_mod", model))
    cfg = raw.cfg
    t = torch.randint(0, cfg.timesteps, (x0.shape[0],), device=x0.device)
    noise = torch.randn_like(x0)
    x_t = q_sample(x0, t, raw.abar, noise)
    labels = None
    if raw.net.conditional:
        drop = torch.rand(cond_rows(y), device=x0.device) < cfg.p_uncond
        labels = cond_where(drop, raw.net.null_condition(y), y)
    return F.mse_loss(model(x_t, t, labels), noise)


def _predict_x0(x_t, eps, abar_t):
    # Clipping x0 to the data range is what keeps few-step and early samples on the image
    # manifold; eps is then recomputed so the update stays self-consistent.
    x0 = ((x_t - (1 - abar_t).sqrt() * eps) / abar_t.sqrt()).clamp(-1, 1)
    eps = (x_t - abar_t.sqrt() * x0) / (1 - abar_t).sqrt()
    return x0, eps


@torch.no_grad()
def ddpm_sample(
    model: Diffusion,
    n: int,
    *,
    labels: Condition | None = None,
    guidance: float = 1.0,
    generator: torch.Generator | None = None,
) -> torch.Tensor:
    """Ancestral DDPM sampling over all ``timesteps`` steps -> (n, C, H, W) in [-1, 1].

    Uses the posterior variance beta_tilde (Ho et al. 2020, sigma_t^2 = beta_tilde_t).
    """
    cfg, device = model.cfg, model.abar.device
    x = torch.randn(n, cfg.in_channels, cfg.image_size, cfg.image_size, generator=generator)
    x = x.to(device)
    abar, betas = model.abar, model.betas
    for i in reversed(range(cfg.timesteps)):
        t = torch.full((n,), i, device=device, dtype=torch.long)
        eps = model.guided_eps(x, t, labels, guidance).double()
        a_t = abar[i]
        a_prev = abar[i - 1] if i > 0 else torch.ones((), dtype=abar.dtype, device=device)
        x0, _ = _predict_x0(x.double(), eps, a_t)
        # Posterior q(x_{t-1} | x_t, x0) mean and variance.
        coef0 = a_prev.sqrt() * betas[i] / (1 - a_t)
        coef_t = (1 - betas[i]).sqrt() * (1 - a_prev) / (1 - a_t)
        mean = coef0 * x0 + coef_t * x.double()
        if i > 0:
            var = betas[i] * (1 - a_prev) / (1 - a_t)
            z = torch.randn(x.shape, generator=generator).to(device, torch.float64)
            mean = mean + var.sqrt() * z
        x = mean.float()
    return x.clamp(-1, 1)


@torch.no_grad()
def ddim_sample(
    model: Diffusion,
    n: int,
    *,
    steps: int = 50,
    eta: float = 0.0,
    labels: Condition | None = None,
    guidance: float = 1.0,
    generator: torch.Generator | None = None,
) -> torch.Tensor:
    """DDIM sampling on ``steps`` evenly spaced steps (eta=0: deterministic) -> (n, C, H, W)."""
    cfg, device = model.cfg, model.abar.device
    if not 1 <= steps <= cfg.timesteps:
        raise GenforgeError(f"DDIM steps must be in [1, {cfg.timesteps}], got {steps}")
    x = torch.randn(n, cfg.in_channels, cfg.image_size, cfg.image_size, generator=generator)
    x = x.to(device)
    seq = torch.linspace(cfg.timesteps - 1, 0, steps).round().long().tolist()
    one = torch.ones((), dtype=model.abar.dtype, device=device)
    for k, i in enumerate(seq):
        t = torch.full((n,), i, device=device, dtype=torch.long)
        eps = model.guided_eps(x, t, labels, guidance).double()
        a_t = model.abar[i]
        a_prev = model.abar[seq[k + 1]] if k + 1 < len(seq) else one
        x0, eps = _predict_x0(x.double(), eps, a_t)
        # Song et al. 2021, eq. 16: eta interpolates between DDIM (0) and DDPM-like (1) noise.
        sigma = eta * ((1 - a_prev) / (1 - a_t) * (1 - a_t / a_prev)).clamp(min=0).sqrt()
        direction = (1 - a_prev - sigma**2).clamp(min=0).sqrt() * eps
        x_next = a_prev.sqrt() * x0 + direction
        if eta > 0 and k + 1 < len(seq):
            z = torch.randn(x.shape, generator=generator).to(device, torch.float64)
            x_next = x_next + sigma * z
        x = x_next.float()
    return x.clamp(-1, 1)
