"""Train the VAE, GAN and diffusion model on the digits and compare them in one table.

Each model trains on the first stratified half of scikit-learn's digits (898 images) and
draws as many samples as the held-out second half has images (899). Figures per model:
Fréchet distance on the reference digits-CNN's features (``genforge.vision.metrics``, a
domain-specific FID analogue) between samples and the held-out half, the same distance
between the two real halves (the baseline; the issue's target is within 2x of it), the
share of samples the CNN classifies with confidence >= 0.9, the number of classes present,
training steps and seconds. Prints one JSON line; ``--out FILE`` also saves it, and
``--dirs DIR`` keeps the model dirs (samples.png and the rest) there.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

import torch

from _output import print_result
from genforge.models.diffusion import DiffusionConfig
from genforge.models.gan import GANConfig
from genforge.models.vae import VAEConfig
from genforge.vision import generative as gen
from genforge.vision.data import digits_split
from genforge.vision.metrics import image_metrics, load_reference_cnn, real_baseline

# Step counts chosen to fit a few minutes each on 2 busy CPU cores; the GAN and diffusion
# model are the ones the targets apply to.
DEFAULT_STEPS = {"vae": 1500, "gan": 8000, "diffusion": 2500}


def model_setups(args: argparse.Namespace) -> dict[str, tuple]:
    return {
        "vae": (gen.train_vae, VAEConfig(latent_dim=8, channels=32), {}),
        "gan": (gen.train_gan, GANConfig(), {"lr": args.gan_lr, "seed": args.gan_seed}),
        "diffusion": (
            gen.train_diffusion,
            DiffusionConfig(channels=32, num_classes=10),
            {},
        ),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--models", default="vae,gan,diffusion")
    ap.add_argument("--steps", type=int, help="override every model's step count")
    ap.add_argument("--gan-lr", type=float, default=1e-3)
    ap.add_argument("--gan-seed", type=int, default=0, help="GAN training seed (default 0)")
    ap.add_argument("--guidance", type=float, default=1.0, help="diffusion CFG scale")
    ap.add_argument("--ddim-steps", type=int, default=50)
    ap.add_argument("--threads", type=int, default=1, help="torch threads (1 wins on 2 cores)")
    ap.add_argument("--dirs", help="keep model dirs here (default: a temp folder)")
    ap.add_argument("--out", help="also write the JSON line to this file")
    args = ap.parse_args()
    torch.set_num_threads(args.threads)

    cnn = load_reference_cnn()
    _, _, held_x, _ = digits_split()
    baseline = real_baseline(cnn)
    root = Path(args.dirs) if args.dirs else Path(tempfile.mkdtemp(prefix="image_models_"))
    setups = model_setups(args)
    rows = []
    for name in args.models.split(","):
        trainer, model_cfg, extra = setups[name]
        steps = args.steps or DEFAULT_STEPS[name]
        train_cfg = gen.GenTrainConfig(
            max_steps=steps, time_budget=None, batch_size=64, sample_every=500, **extra
        )
        out = root / name
        summary = trainer(out, model_cfg, train_cfg)
        kind, model = gen.load_generative(out)
        opts = {"guidance": args.guidance, "steps": args.ddim_steps} if kind == "diffusion" else {}
        t0 = time.perf_counter()
        samples = gen.generate_images(kind, model, len(held_x), seed=1, **opts)
        sample_s = time.perf_counter() - t0
        m = image_metrics(samples, held_x, cnn)
        rows.append(
            {
                "model": name,
                "params": summary["params"],
                "steps": summary["steps"],
                "train_seconds": summary["train_seconds"],
                "sample_seconds": round(sample_s, 2),
                "frechet": round(m["frechet"], 3),
                "frechet_vs_real_halves": round(m["frechet"] / baseline, 2),
                "confidence_ge_0_9": round(m["confidence_ge_0_9"], 3),
                "classes_present": m["classes_present"],
                "dir": str(out),
            }
        )
    real = image_metrics(digits_split()[0], held_x, cnn)
    print_result(
        {
            "benchmark": "image_models",
            "real_halves_frechet": round(baseline, 3),
            "real_confidence_ge_0_9": round(real["confidence_ge_0_9"], 3),
            "diffusion_sampler": f"DDIM {args.ddim_steps} steps, CFG {args.guidance}",
            "rows": rows,
        },
        args.out,
    )
    print(_table(rows, baseline))


def _table(rows: list[dict], baseline: float) -> str:
    head = "| model | params | steps | train s | Fréchet (x real) | conf >= 0.9 | classes |"
    lines = [head, "|---|---|---|---|---|---|---|"]
    for r in rows:
        lines.append(
            f"| {r['model']} | {r['params']:,} | {r['steps']} | {r['train_seconds']:.0f} | "
            f"{r['frechet']:.2f} ({r['frechet_vs_real_halves']:.2f}x) | "
            f"{r['confidence_ge_0_9']:.1%} | {r['classes_present']} |"
        )
    lines.append(f"| real half | — | — | — | {baseline:.2f} (1.00x) | — | 10 |")
    return "\n".join(lines)


if __name__ == "__main__":
    main()
