"""Train, save, load and sample the image generators (VAE, GAN, diffusion) on 8x8 digits.

Each ``train_*`` function writes one folder that is both the model dir and the run dir::

    config.json         model_type, model config, training config, genforge version
    model.safetensors   the weights a sampler needs (the GAN stores its generator only)
    metrics.json        final figures (losses, steps, train seconds)
    metrics.jsonl       per-step training log; loss.png (VAE, diffusion)
    samples.png         a grid of samples; VAE adds interpolation.png, GAN samples_step*.png
    checkpoint/         optimizer, RNG and data position for ``resume=True``

The VAE and diffusion model train through the one loop (``genforge.train.loop``); the GAN
has its own short loop because it alternates two optimizers on two losses each step.
"""

from __future__ import annotations

import json
import math
import shutil
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import Any

import numpy as np
import torch
from safetensors.torch import load_file
from torch import nn

from genforge import __version__
from genforge.errors import GenforgeError
from genforge.io import atomic_path, atomic_save_tensors, atomic_write_json, read_json
from genforge.modeldir import check_out_dir
from genforge.models.diffusion import Diffusion, DiffusionConfig, ddim_sample, ddpm_sample, q_sample
from genforge.models.diffusion import diffusion_loss as _diffusion_loss
from genforge.models.gan import (
    Discriminator,
    GANConfig,
    Generator,
    augment_ops,
    diff_augment,
    discriminator_loss,
    generator_loss,
    r1_penalty,
)
from genforge.models.vae import VAE, VAEConfig, elbo_terms, interpolate
from genforge.models.vae import sample as vae_sample
from genforge.nn.device import resolve_device
from genforge.train.checkpoint import load_checkpoint, save_checkpoint
from genforge.train.ema import ema_update
from genforge.train.loop import Interrupts, LoopConfig, TrainingInterrupted, train_loop
from genforge.train.metrics import MetricsLog, read_metrics, truncate_metrics
from genforge.train.optim import OptimizerConfig, build_optimizer
from genforge.vision.data import EpochBatches, digits_split

KINDS = ("vae", "gan", "diffusion")
CONFIG_FILE = "config.json"
WEIGHTS_FILE = "model.safetensors"
SUMMARY_FILE = "metrics.json"
LOG_FILE = "metrics.jsonl"
SAMPLES_FILE = "samples.png"


# ------------------------------------------------------------------------- pictures


def save_grid(images: torch.Tensor, path: str | Path, nrow: int = 8, scale: int = 4) -> None:
    """Tile images (N, 1, H, W) in [0, 1] into one grayscale PNG (written atomically)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    imgs = images.detach().float().cpu().clamp(0, 1)[:, 0].numpy()
    n, h, w = imgs.shape
    rows = math.ceil(n / nrow)
    canvas = np.ones((rows * (h + 1) + 1, nrow * (w + 1) + 1), dtype=np.float32)
    for i, img in enumerate(imgs):
        r, c = divmod(i, nrow)
        canvas[1 + r * (h + 1) : 1 + r * (h + 1) + h, 1 + c * (w + 1) : 1 + c * (w + 1) + w] = img
    # Nearest-neighbour upscaling keeps the 8x8 pixels visible instead of a blurred thumbnail.
    canvas = np.kron(canvas, np.ones((scale, scale), dtype=np.float32))
    # Digits are drawn dark on light, as in scikit-learn's own plots.
    with atomic_path(path) as tmp:
        plt.imsave(tmp, 1.0 - canvas, cmap="gray", vmin=0, vmax=1, format="png")


# -------------------------------------------------------------------------- configs


@dataclass
class GenTrainConfig:
    """Training settings shared by the three generators.

    Stops at ``max_steps`` optimizer steps or ``time_budget`` seconds, whichever first.
    ``lr`` None picks each model's default (VAE 2e-3, GAN 1e-3, diffusion 1e-3), and
    ``ema_decay`` None each averaged model's (diffusion 0.995, GAN generator 0.999).
    """

    max_steps: int | None = None
    time_budget: float | None = 120.0
    batch_size: int = 64
    lr: float | None = None
    seed: int = 0
    device: str = "auto"
    sample_every: int = 500  # GAN: steps between sample grids kept as samples_stepN.png
    log_every: int = 25  # steps between training-log rows in metrics.jsonl
    eval_every: int = 200  # VAE/diffusion: steps between held-out evals in metrics.jsonl
    ema_decay: float | None = None  # weight average used for sampling (0 = last weights)
    progress: bool = False
    overwrite: bool = False  # replace an earlier model at OUT

    def validate(self) -> None:
        if self.max_steps is None and self.time_budget is None:
            raise GenforgeError("set max_steps or time_budget so training knows when to stop")
        if self.lr is not None and not self.lr > 0:
            raise GenforgeError(f"lr must be > 0, got {self.lr}")
        if self.ema_decay is not None and not 0.0 <= self.ema_decay < 1.0:
            raise GenforgeError(f"ema_decay must be in [0, 1), got {self.ema_decay}")
        if min(self.sample_every, self.eval_every, self.log_every) < 1:
            raise GenforgeError("sample_every, eval_every and log_every must be >= 1")


MODEL_CONFIGS: dict[str, type] = {"vae": VAEConfig, "gan": GANConfig, "diffusion": DiffusionConfig}
# GAN runs written before conditioning and DiffAugment existed lack these fields; reading
# them with today's defaults would build a different network than the weights fit.
GAN_LEGACY_FIELDS: dict[str, Any] = {"num_classes": 0, "augment": "", "d_lr_scale": 1.0}


def _prepare_out(out: Path, kind: str, resume: bool, overwrite: bool) -> None:
    """Refuse to mix runs: a fresh run needs an empty/new dir (or ``overwrite`` of an
    earlier genforge model), a resume needs this kind's run."""
    check_out_dir(out, run_dir=out, overwrite=overwrite, resume=resume)
    if resume:
        cfg = read_json(out / CONFIG_FILE, "model config")
        if cfg.get("model_type") != f"genforge-{kind}":
            raise GenforgeError(
                f"--resume: {out} holds a {cfg.get('model_type')!r} run, not a {kind} run"
            )
        return
    if out.exists():
        shutil.rmtree(out)  # empty, or a genforge model the user asked to overwrite
    out.mkdir(parents=True, exist_ok=True)


def _write_config(out: Path, kind: str, model_cfg: Any, train_cfg: GenTrainConfig) -> None:
    atomic_write_json(
        out / CONFIG_FILE,
        {
            "model_type": f"genforge-{kind}",
            "genforge_version": __version__,
            "model": asdict(model_cfg),
            "train": asdict(train_cfg),
            "data": "scikit-learn digits, first stratified half (vision.data.digits_split, seed 0)",
        },
    )


def _saved_model_cfg(out: Path, kind: str, given: Any) -> Any:
    """On resume the run's own model config wins, so the weights fit."""
    saved = read_json(out / CONFIG_FILE, "model config")["model"]
    if saved and kind == "gan":
        saved = {**GAN_LEGACY_FIELDS, **saved}
    return MODEL_CONFIGS[kind](**saved) if saved else given


def _start_run(
    out: str | Path, kind: str, model_cfg: Any, train_cfg: GenTrainConfig | None, resume: bool
) -> tuple[Path, Any, GenTrainConfig, torch.device]:
    """What every generator's training starts with: check the configs and ``out``, take the
    run's own model config on resume, write config.json, seed, pick the device.

    Returns (out, model_cfg, train_cfg, device).
    """
    out, train_cfg = Path(out), train_cfg or GenTrainConfig()
    train_cfg.validate()
    _prepare_out(out, kind, resume, train_cfg.overwrite)
    if resume:
        model_cfg = _saved_model_cfg(out, kind, model_cfg)
    model_cfg = model_cfg or MODEL_CONFIGS[kind]()
    if hasattr(model_cfg, "validate"):
        model_cfg.validate()
    _write_config(out, kind, model_cfg, train_cfg)
    _seed_all(train_cfg.seed)
    return out, model_cfg, train_cfg, resolve_device(train_cfg.device)


def _save_weights(out: Path, module: nn.Module) -> None:
    atomic_save_tensors(out / WEIGHTS_FILE, module.state_dict())


def _seed_all(seed: int) -> None:
    import random

    random.seed(seed)
    np.random.seed(seed)  # noqa: NPY002
    torch.manual_seed(seed)


# ------------------------------------------------------------------------------ VAE


def train_vae(
    out: str | Path,
    model_cfg: VAEConfig | None = None,
    train_cfg: GenTrainConfig | None = None,
    *,
    resume: bool = False,
) -> dict[str, Any]:
    """Train the VAE on the digits' first half with the one training loop; write ``out``.

    The loop's loss is the negative ELBO (nats per image); held-out recon, KL and ELBO are
    logged every ``eval_every`` steps. Returns the summary also written to metrics.json.
    """
    out, model_cfg, train_cfg, device = _start_run(out, "vae", model_cfg, train_cfg, resume)
    tx, ty, hx, hy = digits_split()
    model = VAE(model_cfg).to(device)
    opt = build_optimizer(model, OptimizerConfig(lr=train_cfg.lr or 2e-3, weight_decay=0.0))
    held = hx.to(device)

    def loss_fn(m: nn.Module, batch: Any) -> torch.Tensor:
        return elbo_terms(m, batch[0])["loss"]

    def eval_fn(m: nn.Module) -> dict[str, float]:
        # A fixed generator makes successive evals comparable (same reparameterisation noise).
        with torch.random.fork_rng(devices=[]):
            torch.manual_seed(1234)
            terms = elbo_terms(m, held)
        return {
            "val_loss": float(terms["loss"]),
            "val_recon": float(terms["recon"]),
            "val_kl": float(terms["kl"]),
        }

    result = train_loop(
        model,
        opt,
        EpochBatches(tx, ty, train_cfg.batch_size, train_cfg.seed, shuffle="torch"),
        _loop_cfg(train_cfg),
        device=device,
        loss_fn=loss_fn,
        eval_fn=eval_fn,
        run_dir=out,
        resume=resume,
        run_state={"kind": "vae"},
    )
    model.eval()
    _save_weights(out, model)
    gen = torch.Generator().manual_seed(train_cfg.seed)
    save_grid(vae_sample(model, 64, gen), out / SAMPLES_FILE)
    save_grid(interpolation_grid(model, hx, hy), out / "interpolation.png", nrow=10)
    summary = {
        "model": "vae",
        "steps": result.step,
        "train_seconds": round(result.elapsed, 2),
        "train_loss": result.train_loss,
        "val_neg_elbo_nats": result.eval.get("val_loss"),
        "val_recon_nats": result.eval.get("val_recon"),
        "val_kl_nats": result.eval.get("val_kl"),
        "params": sum(p.numel() for p in model.parameters()),
    }
    atomic_write_json(out / SUMMARY_FILE, summary)
    return summary


def interpolation_grid(
    model: VAE, x: torch.Tensor, y: torch.Tensor, pairs: int = 10, steps: int = 10
) -> torch.Tensor:
    """Latent interpolations from digit c to digit (c + 1) % 10, one row per c.

    Returns (pairs * steps, 1, 8, 8) in [0, 1]; x, y are images in [0, 1] and their labels.
    """
    device = next(model.parameters()).device
    rows = []
    for c in range(pairs):
        a = x[(y == c % 10).nonzero()[0, 0]].to(device)
        b = x[(y == (c + 1) % 10).nonzero()[0, 0]].to(device)
        rows.append(interpolate(model, a, b, steps=steps))
    return torch.cat(rows)


def _loop_cfg(cfg: GenTrainConfig) -> LoopConfig:
    return LoopConfig(
        max_steps=cfg.max_steps,
        time_budget=cfg.time_budget,
        grad_clip=1.0,
        schedule="cosine",
        warmup_steps=20,
        dtype="fp32",  # 8x8 convolutions gain nothing from autocast and lose accuracy
        compile=False,
        log_every=cfg.log_every,
        eval_every=cfg.eval_every,
        checkpoint_every_s=60.0,
        flops_per_token=1.0,  # MFU is meaningless per pixel; logged figures stay finite
        progress=cfg.progress,
    )


# ------------------------------------------------------------------------ diffusion


class EMADiffusion(nn.Module):
    """The trained Diffusion plus a frozen exponential moving average of its weights.

    Both live in one module so the shared checkpoint saves and resumes the average too; the
    sampler uses the average, whose samples are much cleaner than the last iterate's.
    """

    def __init__(self, cfg: DiffusionConfig, decay: float) -> None:
        super().__init__()
        self.model = Diffusion(cfg)
        self.ema = Diffusion(cfg)
        self.ema.load_state_dict(self.model.state_dict())
        self.ema.requires_grad_(False)
        self.decay = decay
        self.register_buffer("updates", torch.zeros((), dtype=torch.long))

    def forward(self, x: torch.Tensor, t: torch.Tensor, y: torch.Tensor | None = None):
        return self.model(x, t, y)

    def update_ema(self) -> None:
        """ema <- d * ema + (1 - d) * model, with d ramped up over the first updates."""
        self.updates += 1
        ema_update(self.ema, self.model, self.decay, int(self.updates))


def train_diffusion(
    out: str | Path,
    model_cfg: DiffusionConfig | None = None,
    train_cfg: GenTrainConfig | None = None,
    *,
    resume: bool = False,
) -> dict[str, Any]:
    """Train a DDPM (epsilon prediction) on the digits' first half with the one loop.

    Images are scaled to [-1, 1]; labels are fed when ``num_classes`` > 0. Held-out loss (fixed
    steps and noise) is logged every ``eval_every`` steps. Returns the metrics.json summary.
    """
    out, model_cfg, train_cfg, device = _start_run(out, "diffusion", model_cfg, train_cfg, resume)
    tx, ty, hx, hy = digits_split()
    decay = 0.995 if train_cfg.ema_decay is None else train_cfg.ema_decay
    model = EMADiffusion(model_cfg, decay).to(device)
    opt = build_optimizer(model, OptimizerConfig(lr=train_cfg.lr or 1e-3, weight_decay=0.0))
    g = torch.Generator().manual_seed(99)
    held = (hx * 2 - 1).to(device)
    held_t = torch.randint(0, model_cfg.timesteps, (len(hx),), generator=g).to(device)
    held_noise = torch.randn(hx.shape, generator=g).to(device)
    held_y = hy.to(device) if model_cfg.num_classes else None

    def loss_fn(m: nn.Module, batch: Any) -> torch.Tensor:
        x, y = batch
        return _diffusion_loss(model.model, (x * 2 - 1, y))

    if not resume:
        model.update_ema()  # the average starts from the start weights: iterates 0..step

    def eval_fn(m: nn.Module) -> dict[str, float]:
        x_t = q_sample(held, held_t, model.ema.abar, held_noise)
        err = (model.ema(x_t, held_t, held_y) - held_noise).pow(2).mean()
        return {"val_loss": float(err)}

    result = train_loop(
        model,
        opt,
        EpochBatches(tx, ty, train_cfg.batch_size, train_cfg.seed, shuffle="torch"),
        _loop_cfg(train_cfg),
        device=device,
        loss_fn=loss_fn,
        eval_fn=eval_fn,
        on_step=lambda _step, _m: model.update_ema(),
        run_dir=out,
        resume=resume,
        run_state={"kind": "diffusion"},
    )
    ema = model.ema.eval()
    _save_weights(out, ema)
    save_grid(generate_images("diffusion", ema, 64, seed=train_cfg.seed), out / SAMPLES_FILE)
    summary = {
        "model": "diffusion",
        "steps": result.step,
        "train_seconds": round(result.elapsed, 2),
        "train_loss": result.train_loss,
        "val_eps_mse": result.eval.get("val_loss"),
        "params": sum(p.numel() for p in ema.parameters()),
    }
    atomic_write_json(out / SUMMARY_FILE, summary)
    return summary


# ------------------------------------------------------------------------------ GAN


class GAN(nn.Module):
    """Generator, discriminator and the generator's weight average under one module, so one
    checkpoint holds all three. The average (``g_ema``) is what sampling uses: a GAN's last
    iterate jitters around the equilibrium, and averaging it gives much cleaner digits."""

    def __init__(self, cfg: GANConfig) -> None:
        super().__init__()
        self.cfg = cfg
        self.g = Generator(cfg)
        self.d = Discriminator(cfg)
        self.g_ema = Generator(cfg)
        self.g_ema.load_state_dict(self.g.state_dict())
        self.g_ema.requires_grad_(False)
        self.register_buffer("ema_updates", torch.zeros((), dtype=torch.long))


class _OptimizerPair:
    """Both GAN optimizers behind the one ``state_dict`` interface the checkpoint uses."""

    def __init__(self, g: torch.optim.Optimizer, d: torch.optim.Optimizer) -> None:
        self.g, self.d = g, d

    def state_dict(self) -> dict[str, Any]:
        return {"g": self.g.state_dict(), "d": self.d.state_dict()}

    def load_state_dict(self, state: dict[str, Any]) -> None:
        self.g.load_state_dict(state["g"])
        self.d.load_state_dict(state["d"])


def train_gan(
    out: str | Path,
    model_cfg: GANConfig | None = None,
    train_cfg: GenTrainConfig | None = None,
    *,
    resume: bool = False,
) -> dict[str, Any]:
    """Train a DCGAN (non-saturating loss; R1 and/or spectral norm; class-conditional with a
    projection D when ``num_classes`` > 0; optional DiffAugment) on the digits' first half.

    Writes ``out`` (generator weights in model.safetensors, both nets in checkpoint/), a sample
    grid every ``sample_every`` steps from fixed latents, and returns the metrics.json summary.
    """
    # Not train_loop: a GAN step is two optimizer steps on two losses (D on real + fake, then
    # G through a fresh D pass), which the one-objective, one-optimizer loop cannot express.
    # The pieces it shares are the same: checkpoint module, metrics JSONL, atomic writes.
    out, model_cfg, train_cfg, device = _start_run(out, "gan", model_cfg, train_cfg, resume)
    tx, ty, _, _ = digits_split()
    gan = GAN(model_cfg).to(device)
    lr = train_cfg.lr or 1e-3
    ema_decay = 0.999 if train_cfg.ema_decay is None else train_cfg.ema_decay
    # beta1 = 0.5 is the DCGAN setting: less momentum keeps the two players from overshooting.
    # beta2 = 0.99 adapts faster than 0.999 to the moving target the other player makes.
    opts = _OptimizerPair(
        torch.optim.Adam(gan.g.parameters(), lr=lr, betas=(0.5, 0.99)),
        torch.optim.Adam(gan.d.parameters(), lr=lr * model_cfg.d_lr_scale, betas=(0.5, 0.99)),
    )
    ops = augment_ops(model_cfg.augment)
    conditional = model_cfg.num_classes > 0

    def d_of(x: torch.Tensor, y: torch.Tensor | None) -> torch.Tensor:
        # D only ever sees augmented images, real and generated alike (DiffAugment): the
        # generator is then pushed to match the data, not the augmented data.
        return gan.d(diff_augment(x, ops) if ops else x, y)

    batches = EpochBatches(tx, ty, train_cfg.batch_size, train_cfg.seed, shuffle="torch")
    fixed_z = torch.randn(
        64, model_cfg.latent_dim, generator=torch.Generator().manual_seed(train_cfg.seed)
    ).to(device)
    fixed_y = (torch.arange(64) % model_cfg.num_classes).to(device) if conditional else None
    step, elapsed_before = 0, 0.0
    if resume:
        saved = load_checkpoint(out, gan, opts)
        step, elapsed_before = int(saved["step"]), float(saved["elapsed"])
        batches.load_state_dict(saved["loader"])
        truncate_metrics(out / LOG_FILE, step)
    if train_cfg.max_steps is not None and step >= train_cfg.max_steps:
        raise GenforgeError(
            f"the checkpoint is already at step {step} >= max_steps {train_cfg.max_steps}; "
            "raise max_steps to train further"
        )
    log = MetricsLog(out / LOG_FILE)
    t0 = time.perf_counter()

    def elapsed() -> float:
        return elapsed_before + time.perf_counter() - t0

    def state() -> dict[str, Any]:
        return {
            "step": step,
            "tokens": 0,
            "elapsed": elapsed(),
            "loader": batches.state_dict(),
            "run": {"kind": "gan"},
        }

    sums = {"loss_d": 0.0, "loss_g": 0.0, "r1": 0.0, "d_real": 0.0, "d_fake": 0.0}
    n_sum, last_ckpt = 0, elapsed()
    gan.train()
    try:
        with Interrupts() as interrupts:
            while True:
                if interrupts.requested:  # Ctrl-C: a checkpoint at this step boundary, then stop
                    save_checkpoint(out, gan, opts, state())
                    raise TrainingInterrupted(step, out / "checkpoint")
                if train_cfg.max_steps is not None and step >= train_cfg.max_steps:
                    break
                if train_cfg.time_budget is not None and elapsed() >= train_cfg.time_budget:
                    break
                real, labels = batches.next_batch()
                # Fakes take the real batch's labels: classes in the training frequencies, and
                # D compares like with like within a batch.
                y = labels.to(device) if conditional else None
                figures = _gan_step(gan, opts, d_of, real.to(device) * 2 - 1, y, ema_decay)
                step += 1
                for k, v in figures.items():
                    sums[k] += v
                n_sum += 1
                is_last = train_cfg.max_steps is not None and step >= train_cfg.max_steps
                if step % train_cfg.log_every == 0 or is_last:
                    row = {k: round(v / n_sum, 5) for k, v in sums.items()}
                    loss = row["loss_d"] + row["loss_g"]
                    if not math.isfinite(loss):
                        raise GenforgeError(f"GAN losses became {loss} at step {step}; lower lr")
                    log.write({"step": step, "elapsed": round(elapsed(), 3), **row})
                    sums = dict.fromkeys(sums, 0.0)
                    n_sum = 0
                if step % train_cfg.sample_every == 0:
                    _gan_grid(gan, fixed_z, fixed_y, out / f"samples_step{step}.png")
                if elapsed() - last_ckpt >= 60.0:
                    save_checkpoint(out, gan, opts, state())
                    last_ckpt = elapsed()
        save_checkpoint(out, gan, opts, state())
    finally:
        log.close()
    gan.eval()
    _save_weights(out, gan.g_ema)
    _gan_grid(gan, fixed_z, fixed_y, out / SAMPLES_FILE)
    tail = [r for r in read_metrics(out / LOG_FILE) if "loss_d" in r][-4:]
    summary = {
        "model": "gan",
        "steps": step,
        "train_seconds": round(elapsed(), 2),
        "loss_d": float(np.mean([r["loss_d"] for r in tail])) if tail else None,
        "loss_g": float(np.mean([r["loss_g"] for r in tail])) if tail else None,
        "params": sum(p.numel() for p in gan.g.parameters()),
    }
    atomic_write_json(out / SUMMARY_FILE, summary)
    return summary


def _gan_step(
    gan: GAN,
    opts: _OptimizerPair,
    d_of: Callable[[torch.Tensor, torch.Tensor | None], torch.Tensor],
    real: torch.Tensor,
    y: torch.Tensor | None,
    ema_decay: float,
) -> dict[str, float]:
    """One D step then one G step on a real batch scaled to [-1, 1]; the generator's
    average follows. Returns the step's losses and D's mean outputs."""
    cfg = gan.cfg
    z = torch.randn(real.shape[0], cfg.latent_dim, device=real.device)
    # Discriminator step: real -> 1, generated -> 0 (generator frozen via detach).
    fake = gan.g(z, y)
    real_logits, fake_logits = d_of(real, y), d_of(fake.detach(), y)
    loss_d = discriminator_loss(real_logits, fake_logits)
    r1 = r1_penalty(lambda x: d_of(x, y), real) if cfg.r1_gamma > 0 else torch.zeros(())
    opts.d.zero_grad(set_to_none=True)
    (loss_d + cfg.r1_gamma * r1).backward()
    opts.d.step()
    # Generator step: non-saturating loss through the just-updated discriminator.
    loss_g = generator_loss(d_of(fake, y))
    opts.g.zero_grad(set_to_none=True)
    loss_g.backward()
    opts.g.step()
    gan.ema_updates += 1
    ema_update(gan.g_ema, gan.g, ema_decay, int(gan.ema_updates))
    return {
        "loss_d": loss_d.item(),
        "loss_g": loss_g.item(),
        "r1": float(r1.detach()),
        "d_real": torch.sigmoid(real_logits).mean().item(),
        "d_fake": torch.sigmoid(fake_logits).mean().item(),
    }


def _gan_grid(gan: GAN, z: torch.Tensor, y: torch.Tensor | None, path: Path) -> None:
    gan.g_ema.eval()  # never trained directly: eval mode throughout
    with torch.no_grad():
        save_grid((gan.g_ema(z, y) + 1) / 2, path)


# ----------------------------------------------------------------- load and sample


def load_generative(model_dir: str | Path, device: str = "cpu") -> tuple[str, nn.Module]:
    """Load a VAE, GAN generator or diffusion model from a model dir -> (kind, module in eval).

    Reads config.json and model.safetensors only (no code runs); problems raise GenforgeError.
    """
    model_dir = Path(model_dir)
    cfg = read_json(model_dir / CONFIG_FILE, "model config")
    kind = str(cfg.get("model_type", "")).removeprefix("genforge-")
    if kind not in KINDS:
        raise GenforgeError(
            f"{model_dir} holds a {cfg.get('model_type')!r} model; expected a VAE, GAN or "
            "diffusion model dir written by `genforge vae|gan|diffusion train`"
        )
    cls = MODEL_CONFIGS[kind]
    known = {f.name for f in fields(cls)}
    saved = {k: v for k, v in cfg.get("model", {}).items() if k in known}
    if kind == "gan":
        saved = {**GAN_LEGACY_FIELDS, **saved}
    model_cfg = cls(**saved)
    module: nn.Module = {"vae": VAE, "gan": Generator, "diffusion": Diffusion}[kind](model_cfg)
    path = model_dir / WEIGHTS_FILE
    if not path.is_file():
        raise GenforgeError(f"{path} is missing; the training run did not finish — train again")
    try:
        module.load_state_dict(load_file(str(path)))
    except Exception as e:  # safetensors and torch raise several types for a bad file
        raise GenforgeError(f"cannot load {path} ({e}); re-train the model") from e
    return kind, module.to(resolve_device(device)).eval()


def generate_images(
    kind: str,
    model: nn.Module,
    n: int,
    *,
    seed: int = 0,
    sampler: str = "ddim",
    steps: int = 50,
    labels: torch.Tensor | None = None,
    guidance: float = 1.0,
) -> torch.Tensor:
    """n samples (n, 1, 8, 8) in [0, 1] from a loaded model; the sampler options are diffusion's.

    A class-conditional diffusion model or GAN with no ``labels`` (n,) cycles through 0..9.
    """
    if n < 1:
        raise GenforgeError(f"n must be >= 1, got {n}")
    gen = torch.Generator().manual_seed(seed)
    device = next(model.parameters()).device
    model.eval()
    with torch.no_grad():
        if kind == "vae":
            return vae_sample(model, n, gen)
        if kind not in ("gan", "diffusion"):
            raise GenforgeError(f"unknown model kind {kind!r}; use one of {', '.join(KINDS)}")
        if model.cfg.num_classes and labels is None:
            labels = torch.arange(n) % model.cfg.num_classes
        if labels is not None:
            labels = labels.to(device)
        if kind == "gan":
            # An unconditional generator would silently ignore the labels.
            if labels is not None and not model.cfg.num_classes:
                raise GenforgeError("labels need a class-conditional GAN (num_classes=10)")
            z = torch.randn(n, model.latent_dim, generator=gen).to(device)
            return (model(z, labels) + 1) / 2
        if sampler == "ddim":
            x = ddim_sample(model, n, steps=steps, labels=labels, guidance=guidance, generator=gen)
        elif sampler == "ddpm":
            x = ddpm_sample(model, n, labels=labels, guidance=guidance, generator=gen)
        else:
            raise GenforgeError(f"unknown sampler {sampler!r}; use 'ddim' or 'ddpm'")
        return (x + 1) / 2


def summary_of(model_dir: str | Path) -> dict[str, Any]:
    """The metrics.json a training run wrote (empty dict when absent)."""
    path = Path(model_dir) / SUMMARY_FILE
    return json.loads(path.read_text()) if path.is_file() else {}


__all__ = [
    "GAN",
    "KINDS",
    "GenTrainConfig",
    "generate_images",
    "interpolation_grid",
    "load_generative",
    "save_grid",
    "summary_of",
    "train_diffusion",
    "train_gan",
    "train_vae",
]
