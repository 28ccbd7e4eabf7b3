"""`genforge vlm`: the vision-language model on procedural scenes (train, ask, eval)."""

from __future__ import annotations

import argparse

from genforge.commands import emit
from genforge.commands.settings import add_config_flags, config_from

TRAIN_FLAGS = {
    "lm": "genforge text model dir to start the LM from (frozen in stage 1; its tokenizer)",
    "vision_tower": "trained genforge CLIP dir whose ViT is the frozen vision tower (its image "
    "and patch sizes win; recorded with its sha256 in config.json and card.md)",
    "vision_layer": "ViT layer read by the projector (-1 the last, -2 the one before)",
    "image_pos_embed": "add a learned vector per image position to the projector's output",
    "question_attn": "let the image positions read the prompt (cross-attention) before the LM",
    "answer_format": "stage-2 question replies: direct (the answer) or describe (the "
    "caption, then 'answer: X'; scored on X)",
    "time_budget": "seconds for both stages (split by stage1_share, 0.1)",
    "stage1_steps": "caption-alignment steps (stops at the first of steps/budget)",
    "stage2_steps": "instruction-tuning steps",
    "train_scenes": "procedural training scenes (20000)",
    "batch_size": "examples (image + one turn) per step (32)",
    "lr": "peak learning rate (2e-3, cosine)",
    "image_size": "image side in pixels (48)",
    "patch_size": "ViT patch side (16: one patch per scene cell)",
    "eval_scenes": "held-out scenes per split for the final figures (300; 0: none)",
    "seed": "seed for scenes, init and order",
    "device": "auto|cpu|cuda|mps",
    "threads": "CPU threads (default: torch's)",
}


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "vlm",
        help="vision-language model: ViT + projector + GPT on procedural scenes",
        description="A LLaVA-style vision-language model trained on procedural scenes (no "
        "download). Subcommands: train, ask, eval.",
    )
    vsub = p.add_subparsers(dest="vlm_command", metavar="VLM", required=True)
    t = vsub.add_parser(
        "train",
        help="train a VLM (caption alignment, then chat instruction tuning)",
        description="Train a VLM in two stages through the one training loop: (1) captions "
        "after the image (with --lm the LM is frozen and only the projector learns), "
        "(2) chat turns: 'describe the image.' and questions about colour, shape, count, "
        "position, relation and existence. Writes --out as a VLM model dir (config.json "
        "model_type genforge-vlm, model.safetensors, tokenizer.json, card.md, metrics.json "
        "with held-out figures, run/ with each stage's curves). Defaults: 48 px images in "
        "16 px patches (9 image positions), ViT 3x128 frozen at its random init "
        "(freeze_vit=both|stage1|none), or with --vision-tower a trained CLIP's ViT, frozen, "
        "its patches and class token fed to the projector; the image positions read the "
        "prompt before the LM (--no-question-attn: the plain LLaVA prefix); LM 4x128, BPE "
        "tokenizer of 512 trained on the scene text. Other fields: key=value (see "
        "VLMTrainConfig).",
    )
    t.add_argument("--out", required=True, help="VLM model dir to write")
    add_config_flags(t, "genforge.vision.vlm_train:VLMTrainConfig", TRAIN_FLAGS)
    t.add_argument("--json", action="store_true", help="print one JSON line")
    t.set_defaults(func=run_train)

    a = vsub.add_parser(
        "ask",
        help="ask a VLM about an image",
        description="Answer QUESTION about --image (PNG/JPEG, resized to the model's size) "
        "as one chat turn, greedily. 'describe the image.' asks for the caption. Prints the "
        "reply (a model trained with answer_format=describe gives its caption, then "
        "'answer: X'); --json gives the reply and the answer.",
    )
    a.add_argument("--model", required=True, help="VLM model dir (from `genforge vlm train`)")
    a.add_argument("--image", required=True, help="image file (PNG or JPEG)")
    a.add_argument("question", help="the question, e.g. 'what colour is the circle?'")
    a.add_argument("--max-tokens", type=int, default=64, help="answer tokens at most (64)")
    a.add_argument("--json", action="store_true", help="print one JSON line")
    a.set_defaults(func=run_ask)

    e = vsub.add_parser(
        "eval",
        help="caption and VQA figures on held-out scenes",
        description="Caption exact match and VQA accuracy (overall and per question kind) "
        "of --model on --n scenes of the test and compositional splits (seed 0: the same "
        "scenes `vlm train` reports on).",
    )
    e.add_argument("--model", required=True, help="VLM model dir")
    e.add_argument("--n", type=int, default=300, help="scenes per split (300)")
    e.add_argument("--split", choices=["test", "compositional", "both"], default="both")
    e.add_argument("--json", action="store_true", help="print one JSON line")
    e.set_defaults(func=run_eval)


def run_train(args: argparse.Namespace) -> int:
    from genforge.vision.vlm_train import train_vlm

    cfg = config_from(args, out=args.out)
    figures = train_vlm(cfg)
    emit({"out": cfg.out, **figures}, args.json)
    return 0


def run_ask(args: argparse.Namespace) -> int:
    from genforge.modeldir import load_vlm
    from genforge.vision.vlm_train import ask, final_answer, load_image

    vlm, tok = load_vlm(args.model)
    image = load_image(args.image, vlm.config.vision.image_size)
    reply = ask(vlm, tok, image, args.question, max_tokens=args.max_tokens)
    if args.json:  # a describe-then-answer model's reply holds its rationale before the answer
        emit({"question": args.question, "answer": final_answer(reply), "reply": reply}, True)
    else:
        print(reply)
    return 0


def run_eval(args: argparse.Namespace) -> int:
    from genforge.errors import GenforgeError
    from genforge.modeldir import load_vlm
    from genforge.vision.scenes import make_split
    from genforge.vision.vlm_train import evaluate

    if args.n < 1:
        raise GenforgeError(f"--n must be >= 1, got {args.n}")
    vlm, tok = load_vlm(args.model)
    train = vlm_train_settings(args.model)
    splits = ("test", "compositional") if args.split == "both" else (args.split,)
    result = {}
    for split in splits:
        scenes = make_split(split, args.n, 0, vlm.config.vision.image_size, train["noise"])
        figures = evaluate(vlm, tok, scenes)
        figures.pop("samples")
        result[split] = figures
    emit(result, args.json)
    return 0


def vlm_train_settings(model_dir: str) -> dict:
    """The training settings recorded in a VLM dir's config.json (noise defaults to 8)."""
    import json
    from pathlib import Path

    config = json.loads((Path(model_dir) / "config.json").read_text())
    return {"noise": 8.0, **config.get("train", {})}
