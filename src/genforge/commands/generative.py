"""``genforge vae|gan|diffusion train|sample``: image generators on scikit-learn's 8x8 digits."""

from __future__ import annotations

import argparse

from genforge.commands import emit
from genforge.commands.settings import add_config_flags, config_from, split_settings
from genforge.errors import GenforgeError

FLAGS = {
    "time_budget": "seconds of training (default 120)",
    "max_steps": "optimizer steps to train",
    "device": "auto (default), cpu, cuda, cuda:N, mps",
    "progress": "show a progress bar (off)",
}

ABOUT = {
    "vae": (
        "convolutional VAE",
        "Loss: negative ELBO (Bernoulli reconstruction + KL), held-out recon/KL logged.\n"
        "Extra output: interpolation.png (latent walks from digit c to c+1).\n"
        "Model fields: latent_dim (8), channels (32). Default lr 2e-3.",
    ),
    "gan": (
        "DCGAN",
        "Loss: non-saturating GAN loss with the R1 gradient penalty (r1_gamma=1.0) and/or\n"
        "spectral norm on D (spectral_norm=false). Adam(0.5, 0.99), lr 1e-3 (D's times\n"
        "d_lr_scale, 1); its own two-optimizer loop. Sampling uses the generator's weight\n"
        "average (ema_decay=0.999). num_classes=10 (default) trains class-conditionally\n"
        "(projection discriminator), num_classes=0 unconditionally; augment= lists the\n"
        "DiffAugment ops applied to every image D sees (translation, cutout).\n"
        "Extra output: samples_stepN.png every sample_every (500) steps from fixed latents.\n"
        "Model fields: latent_dim (32), channels (32), spectral_norm, r1_gamma, num_classes,\n"
        "augment, d_lr_scale.",
    ),
    "diffusion": (
        "DDPM with a small U-Net",
        "Loss: epsilon-prediction MSE at uniform random steps; schedule=cosine|linear,\n"
        "timesteps (1000). num_classes=10 trains class-conditionally with label dropout\n"
        "p_uncond (0.1) so that `sample --guidance W` does classifier-free guidance.\n"
        "Sampling: DDIM (default, --steps 50) or ancestral DDPM (--sampler ddpm, all steps).\n"
        "Model fields: channels (32), timesteps, schedule, num_classes (0), p_uncond, dropout.\n"
        "Default lr 1e-3.",
    ),
}


def register(subparsers) -> None:
    for kind, (title, details) in ABOUT.items():
        p = subparsers.add_parser(
            kind,
            help=f"train or sample a {title} on 8x8 digits",
            formatter_class=argparse.RawDescriptionHelpFormatter,
            description=f"{title} on scikit-learn's 8x8 digits (embedded, no download).\n\n"
            f"{details}",
        )
        sub = p.add_subparsers(dest="action", metavar="ACTION")
        t = sub.add_parser(
            "train",
            help="train and write a model dir",
            formatter_class=argparse.RawDescriptionHelpFormatter,
            description=(
                f"Train a {title} on the first stratified half of the digits (899 images;\n"
                "the other half is the held-out reference for `benchmarks/image_models.py`).\n\n"
                "Writes --out: config.json, model.safetensors, metrics.json (final figures),\n"
                "metrics.jsonl (training log), samples.png, and checkpoint/ for --resume.\n"
                "Stops at --time-budget seconds (default 120) or --max-steps, whichever first.\n"
                "Defaults: batch_size 64, seed 0, device auto (CUDA, MPS, CPU),\n"
                "torch's thread count (--threads 1 is fastest on a busy 2-core CPU).\n\n"
                f"{details}\n\n"
                "key=value anywhere after the command sets any model or training field, e.g.\n"
                f"  genforge {kind} train --out {kind}-digits --time-budget 180 batch_size=64"
            ),
        )
        t.add_argument("--out", required=True, help="model dir to write (new or empty)")
        add_config_flags(t, "genforge.vision.generative:GenTrainConfig", FLAGS)
        t.add_argument("--threads", type=int, help="torch CPU threads (default: torch's)")
        t.add_argument("--resume", action="store_true", help="continue the run in --out")
        t.add_argument("--json", action="store_true", help="print the summary as one JSON line")
        t.set_defaults(func=run_train, kind=kind)
        s = sub.add_parser(
            "sample",
            help="draw samples from a model dir into a PNG grid",
            description=(
                f"Read a {kind} model dir (config.json + model.safetensors) and write --n samples\n"
                "as a PNG grid (8 per row) to --out. Defaults: --n 64, --seed 0; diffusion:\n"
                "--sampler ddim --steps 50 --guidance 1. A class-conditional diffusion model or\n"
                "GAN cycles through the classes 0..9 unless --label is given."
            ),
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
        s.add_argument("--model", required=True, help="model dir written by `train`")
        s.add_argument("--n", type=int, default=64, help="number of samples (default 64)")
        s.add_argument("--out", required=True, help="PNG file to write")
        s.add_argument("--seed", type=int, default=0, help="sampling seed (default 0)")
        s.add_argument("--device", default="cpu", help="cpu (default), cuda, mps, auto")
        if kind == "diffusion":
            s.add_argument("--sampler", choices=["ddim", "ddpm"], default="ddim")
            s.add_argument("--steps", type=int, default=50, help="DDIM steps (default 50)")
            s.add_argument("--guidance", type=float, default=1.0, help="CFG scale (default 1)")
        if kind in ("diffusion", "gan"):
            s.add_argument("--label", type=int, help="class 0-9 for every sample")
        s.set_defaults(func=run_sample, kind=kind)
        p.set_defaults(func=lambda args, p=p: _usage(p))


def _usage(parser: argparse.ArgumentParser) -> int:
    parser.print_help()
    return 2


def run_train(args: argparse.Namespace) -> int:
    from genforge.config import resolve_config
    from genforge.nn.device import cpu_threads
    from genforge.vision import generative as gen

    model_cls = gen.MODEL_CONFIGS[args.kind]
    model_kv, args.settings = split_settings(
        list(args.settings or []), model_cls, gen.GenTrainConfig, f"{args.kind} train"
    )
    model_cfg = resolve_config(model_cls, overrides=model_kv)
    # An explicit step count alone is the only limit; the default budget would cut it short.
    steps_only = args.max_steps is not None and args.time_budget is None
    train_cfg = config_from(args, time_budget="null" if steps_only else None)
    trainer = {"vae": gen.train_vae, "gan": gen.train_gan, "diffusion": gen.train_diffusion}
    with cpu_threads(args.threads):
        summary = trainer[args.kind](args.out, model_cfg, train_cfg, resume=args.resume)
    emit({**summary, "out": str(args.out)}, args.json)
    return 0


def run_sample(args: argparse.Namespace) -> int:
    import torch

    from genforge.vision import generative as gen

    kind, model = gen.load_generative(args.model, device=args.device)
    if kind != args.kind:
        raise GenforgeError(f"{args.model} holds a {kind} model; use `genforge {kind} sample`")
    opts = {}
    if kind == "diffusion":
        opts = {"sampler": args.sampler, "steps": args.steps, "guidance": args.guidance}
    if getattr(args, "label", None) is not None:
        if not model.cfg.num_classes:
            raise GenforgeError("--label needs a class-conditional model (num_classes=10)")
        if not 0 <= args.label < model.cfg.num_classes:
            raise GenforgeError(f"--label must be in [0, {model.cfg.num_classes - 1}]")
        opts["labels"] = torch.full((args.n,), args.label, dtype=torch.long)
    images = gen.generate_images(kind, model, args.n, seed=args.seed, **opts)
    gen.save_grid(images, args.out)
    print(f"wrote {args.n} {kind} samples to {args.out}")
    return 0
