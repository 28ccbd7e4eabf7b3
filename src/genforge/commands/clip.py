"""``genforge clip train|eval|classifier|t2i|generate|readback``: the CLIP-style model and
text-to-image on procedural scenes (``vision/clip_train.py``, ``vision/t2i.py``)."""

from __future__ import annotations

import argparse
from pathlib import Path

from genforge.commands import emit
from genforge.errors import GenforgeError


def _common(p: argparse.ArgumentParser, steps: int, batch: int = 64) -> None:
    p.add_argument("--out", required=True, help="model dir to write (new or empty)")
    p.add_argument(
        "--max-steps", type=int, default=steps, help=f"optimizer steps (default {steps})"
    )
    p.add_argument("--time-budget", type=float, help="seconds of training (default: no limit)")
    p.add_argument("--batch-size", type=int, default=batch, help=f"per step (default {batch})")
    p.add_argument("--seed", type=int, default=0, help="seed for data, init and order")
    p.add_argument("--device", default="auto", help="auto (default), cpu, cuda, mps")
    p.add_argument("--threads", type=int, help="torch CPU threads (1 is fastest on a busy CPU)")
    p.add_argument("--overwrite", action="store_true", help="replace an earlier model at --out")
    p.add_argument("--json", action="store_true", help="print the figures as one JSON line")


def register(subparsers) -> None:
    p = subparsers.add_parser(
        "clip",
        help="CLIP-style model and text-to-image on procedural scenes",
        description="A contrastive image/text model (ViT + bidirectional GPT trunk, InfoNCE) and "
        "a caption-conditioned diffusion model with classifier-free guidance, on procedural "
        "scenes (no download). Subcommands: train, eval, classifier, t2i, generate, readback.",
    )
    sub = p.add_subparsers(dest="clip_command", metavar="ACTION", required=True)
    t = sub.add_parser(
        "train",
        help="train a CLIP model dir",
        description="Train on --train-scenes captioned train-split scenes (24 px unless "
        "--image-size; a caption "
        "tokenizer is trained first), then score zero-shot classification and retrieval on "
        "the test and compositional splits. Writes --out: config.json (model_type "
        "genforge-clip), model.safetensors, tokenizer.json, metrics.json, metrics.jsonl, "
        "loss.png, checkpoint/. Defaults: 2000 steps, batch 64, AdamW lr 1e-3 cosine, one "
        "hard-negative caption per scene.",
    )
    _common(t, 2000)
    t.add_argument("--train-scenes", type=int, default=10000, help="train scenes (10000)")
    t.add_argument(
        "--image-size",
        type=int,
        help="scene pixels, a multiple of 3: the ViT cuts one patch per cell of the 3x3 grid "
        "(default 24, or the size of the run being resumed)",
    )
    t.add_argument("--resume", action="store_true", help="continue the run in --out")
    t.set_defaults(func=run_train)
    e = sub.add_parser(
        "eval",
        help="zero-shot and retrieval figures of a CLIP model dir",
        description="Zero-shot accuracy (colour, shape, size, position of single-object "
        "scenes against the 720 single-object captions) and text<->image R@1 in groups of "
        "100 scenes, on the test and compositional splits.",
    )
    e.add_argument("--model", required=True, help="CLIP model dir")
    e.add_argument("--n", type=int, default=500, help="scenes per split (default 500)")
    e.add_argument("--json", action="store_true", help="print the figures as one JSON line")
    e.set_defaults(func=run_eval)
    c = sub.add_parser(
        "classifier",
        help="train the scene classifier that judges generated scenes",
        description="A small CNN reading shape (or empty), colour and size per grid cell, "
        "trained on real train-split scenes (1-3 objects); writes --out with its test "
        "figures in metrics.json.",
    )
    _common(c, 1500)
    c.add_argument("--image-size", type=int, default=24, help="pixels (default 24)")
    c.set_defaults(func=run_classifier)
    d = sub.add_parser(
        "t2i",
        help="train text-to-image diffusion conditioned on a CLIP model's text embeddings",
        description="Train the DDPM U-Net on captioned train-split scenes, conditioned on the "
        "frozen CLIP text tower's token states (cross-attention) or pooled embedding of "
        "each caption, with condition dropout (p_uncond 0.1) "
        "for classifier-free guidance. Writes --out (model_type genforge-t2i) with a copy "
        "of the CLIP model dir in clip/.",
    )
    _common(d, 3000, batch=32)
    d.add_argument("--clip", required=True, help="CLIP model dir whose text tower conditions")
    d.add_argument("--train-scenes", type=int, default=8000, help="train scenes (8000)")
    d.add_argument("--max-objects", type=int, default=1, help="objects per scene, 1-3 (1)")
    d.add_argument("--channels", type=int, default=16, help="U-Net base width (16)")
    d.add_argument(
        "--context-layers",
        type=int,
        default=None,
        help="trainable Transformer blocks over the caption's token states before the "
        "U-Net reads them (default 2 with --condition tokens; 0: the frozen states as they "
        "are, as older runs trained); they bind colour and size to the right object in "
        "captions of several objects",
    )
    d.add_argument(
        "--condition",
        default="tokens",
        choices=["tokens", "pooled"],
        help="tokens: the U-Net cross-attends to the text tower's token states (default); "
        "pooled: one CLIP text embedding added everywhere",
    )
    d.add_argument("--resume", action="store_true", help="continue the run in --out")
    d.set_defaults(func=run_t2i)
    g = sub.add_parser(
        "generate",
        help="draw scenes from captions into a PNG grid",
        description="Each --caption is drawn --n times (DDIM, classifier-free guidance); "
        "one row per caption in the PNG written to --out.",
    )
    g.add_argument("--model", required=True, help="text-to-image model dir (from `clip t2i`)")
    g.add_argument("--caption", action="append", required=True, help="caption (repeatable)")
    g.add_argument("--n", type=int, default=8, help="pictures per caption (default 8)")
    g.add_argument("--out", required=True, help="PNG file to write")
    _sampling(g)
    g.set_defaults(func=run_generate)
    r = sub.add_parser(
        "readback",
        help="share of generated scenes the classifier reads back as captioned",
        description="Draw one picture per held-out caption and let the scene classifier read "
        "it; a picture counts when every grid cell matches the caption's scene.",
    )
    r.add_argument("--model", required=True, help="text-to-image model dir")
    r.add_argument("--classifier", required=True, help="scene classifier dir")
    r.add_argument("--n", type=int, default=200, help="captions (default 200)")
    r.add_argument("--max-objects", type=int, default=1, help="objects per caption (1)")
    r.add_argument("--split", default="test", choices=["test", "compositional"])
    r.add_argument("--grid", help="also write the first 32 pictures as a PNG grid here")
    r.add_argument("--json", action="store_true", help="print the figures as one JSON line")
    _sampling(r)
    r.set_defaults(func=run_readback)


def _sampling(p: argparse.ArgumentParser) -> None:
    p.add_argument("--guidance", type=float, default=3.0, help="CFG scale (default 3)")
    p.add_argument("--steps", type=int, default=50, help="DDIM steps (default 50)")
    p.add_argument("--seed", type=int, default=0, help="sampling seed (default 0)")


def run_train(args: argparse.Namespace) -> int:
    from genforge.nn.device import cpu_threads
    from genforge.vision.clip_train import (
        CLIPTrainConfig,
        saved_image_size,
        scene_clip_config,
        train_clip,
    )

    size = args.image_size
    if size is None:
        size = saved_image_size(args.out) if args.resume else CLIPTrainConfig.image_size
    cfg = CLIPTrainConfig(
        image_size=size,
        train_scenes=args.train_scenes,
        max_steps=args.max_steps,
        time_budget=args.time_budget,
        batch_size=args.batch_size,
        seed=args.seed,
        device=args.device,
        overwrite=args.overwrite,
    )
    with cpu_threads(args.threads):
        summary = train_clip(args.out, scene_clip_config(size), cfg, resume=args.resume)
    emit({**summary, "out": str(args.out)}, args.json)
    return 0


def run_eval(args: argparse.Namespace) -> int:
    from genforge.vision.clip_train import evaluate_clip, load_clip

    if args.n < 100:
        raise GenforgeError(f"--n must be >= 100 (one retrieval group), got {args.n}")
    model, tokenizer = load_clip(args.model)
    emit(evaluate_clip(model, tokenizer, n=args.n), args.json)
    return 0


def run_classifier(args: argparse.Namespace) -> int:
    from genforge.nn.device import cpu_threads
    from genforge.vision.scene_classifier import train_scene_classifier

    _fresh(args.out, args.overwrite)
    with cpu_threads(args.threads):
        figures = train_scene_classifier(
            args.out,
            image_size=args.image_size,
            max_steps=args.max_steps,
            batch_size=args.batch_size,
            seed=args.seed,
            device=args.device,
        )
    emit({**figures, "out": str(args.out)}, args.json)
    return 0


def _fresh(out: str, overwrite: bool) -> None:
    from genforge.modeldir import check_out_dir

    check_out_dir(Path(out), overwrite=overwrite)


def run_t2i(args: argparse.Namespace) -> int:
    from genforge.models.diffusion import DiffusionConfig
    from genforge.nn.device import cpu_threads
    from genforge.vision.t2i import T2ITrainConfig, default_context_layers, train_t2i

    cfg = T2ITrainConfig(
        train_scenes=args.train_scenes,
        max_objects=args.max_objects,
        condition=args.condition,
        max_steps=args.max_steps,
        time_budget=args.time_budget,
        batch_size=args.batch_size,
        seed=args.seed,
        device=args.device,
        overwrite=args.overwrite,
    )
    layers = args.context_layers
    if layers is None:
        layers = default_context_layers(args.condition)
    model_cfg = DiffusionConfig(in_channels=3, channels=args.channels, context_layers=layers)
    with cpu_threads(args.threads):
        summary = train_t2i(args.out, args.clip, model_cfg, cfg, resume=args.resume)
    emit({**summary, "out": str(args.out)}, args.json)
    return 0


def run_generate(args: argparse.Namespace) -> int:
    from genforge.vision.scenes import save_grid
    from genforge.vision.t2i import generate, load_t2i

    if args.n < 1:
        raise GenforgeError(f"--n must be >= 1, got {args.n}")
    model, clip, tokenizer = load_t2i(args.model)
    captions = [c for c in args.caption for _ in range(args.n)]
    images = generate(
        model, clip, tokenizer, captions, guidance=args.guidance, steps=args.steps, seed=args.seed
    )
    save_grid(images, args.out, columns=args.n, scale=4)
    emit({"out": args.out, "images": len(images), "captions": len(args.caption)}, False)
    return 0


def run_readback(args: argparse.Namespace) -> int:
    from genforge.vision.scenes import save_grid
    from genforge.vision.t2i import readback

    figures = readback(
        args.model,
        args.classifier,
        n=args.n,
        max_objects=args.max_objects,
        split=args.split,
        guidance=args.guidance,
        steps=args.steps,
        seed=args.seed,
    )
    images = figures.pop("images")
    if args.grid:
        save_grid(images[:32], args.grid, columns=8, scale=4)
    emit(figures, args.json)
    return 0
