"""CLIP-style model and text-to-image on procedural scenes: the issue-19 figures.

Stages (each skipped when its model dir is given):

1. ``clip``: train the CLIP model (``genforge clip train`` defaults), then zero-shot accuracy
   per attribute on single-object scenes and text<->image R@1 in groups of 100 scenes, on the
   test and compositional splits (``vision.clip_train.evaluate_clip``).
2. ``classifier``: train the scene classifier on real scenes; its own test accuracy.
3. ``t2i``: train the caption-conditioned diffusion model on the CLIP text tower (token
   states by cross-attention through two trainable text blocks, as ``genforge clip t2i``
   trains by default, or ``--condition pooled``: the one text embedding);
   then the share of pictures of held-out captions the classifier reads back exactly, with
   the classifier on the real scenes of the same captions as the ceiling.

Prints one JSON line (``--out FILE`` also saves it); ``--dirs DIR`` keeps the model dirs
and ``--grid PNG`` writes the first 32 generated scenes.
"""

from __future__ import annotations

import argparse
import json
import tempfile
from pathlib import Path

import torch

from _output import print_result
from genforge.models.diffusion import DiffusionConfig
from genforge.vision.clip_train import CLIPTrainConfig, evaluate_clip, load_clip, train_clip
from genforge.vision.scene_classifier import train_scene_classifier
from genforge.vision.scenes import save_grid
from genforge.vision.t2i import T2ITrainConfig, default_context_layers, readback, train_t2i


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--clip", help="trained CLIP model dir (else train one)")
    ap.add_argument("--classifier", help="trained scene classifier dir (else train one)")
    ap.add_argument("--t2i", help="trained text-to-image dir (else train one)")
    ap.add_argument("--clip-steps", type=int, default=2000)
    ap.add_argument("--t2i-steps", type=int, default=3000)
    ap.add_argument("--classifier-steps", type=int, default=1500)
    ap.add_argument("--n-eval", type=int, default=500, help="CLIP eval scenes per split")
    ap.add_argument("--n-gen", type=int, default=200, help="captions drawn for read-back")
    ap.add_argument("--ddim-steps", type=int, default=50)
    ap.add_argument("--guidance", type=float, default=3.0)
    ap.add_argument("--max-objects", type=int, default=1, help="objects per t2i caption")
    ap.add_argument(
        "--condition",
        default="tokens",
        choices=["tokens", "pooled"],
        help="t2i conditioning: cross-attention to token states (default) or one vector",
    )
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--dirs", help="keep the model dirs here")
    ap.add_argument("--grid", help="write the first 32 generated scenes here (PNG)")
    ap.add_argument("--out", help="also save the JSON line here")
    args = ap.parse_args()
    torch.set_num_threads(args.threads)
    work = Path(args.dirs or tempfile.mkdtemp(prefix="genforge-clip-bench-"))
    result: dict = {"threads": args.threads}

    clip_dir = args.clip or work / "clip"
    if args.clip:
        model, tok = load_clip(clip_dir)
        result["clip"] = evaluate_clip(model, tok, n=args.n_eval)
    else:
        cfg = CLIPTrainConfig(max_steps=args.clip_steps, batch_size=64, eval_scenes=args.n_eval)
        result["clip"] = train_clip(clip_dir, train_cfg=cfg)

    cls_dir = args.classifier or work / "classifier"
    if not args.classifier:
        train_scene_classifier(cls_dir, max_steps=args.classifier_steps)
    result["classifier"] = json.loads((Path(cls_dir) / "metrics.json").read_text())

    t2i_dir = args.t2i or work / "t2i"
    if not args.t2i:
        cfg = T2ITrainConfig(
            max_steps=args.t2i_steps,
            batch_size=32,
            lr=2e-3,
            max_objects=args.max_objects,
            condition=args.condition,
        )
        layers = default_context_layers(args.condition)
        model_cfg = DiffusionConfig(channels=16, context_layers=layers)
        result["t2i_train"] = train_t2i(t2i_dir, clip_dir, model_cfg, cfg)
    figures = readback(
        t2i_dir,
        cls_dir,
        n=args.n_gen,
        max_objects=args.max_objects,
        guidance=args.guidance,
        steps=args.ddim_steps,
    )
    images = figures.pop("images")
    if args.grid:
        save_grid(images[:32], args.grid, columns=8, scale=4)
    result["t2i"] = figures
    print_result(result, args.out)


if __name__ == "__main__":
    main()
