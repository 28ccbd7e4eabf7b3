"""Train the vision-language model on procedural scenes and measure it on held-out splits.

Figures (greedy answers, exact string match with the scene graph): caption exact match and
VQA accuracy, overall and per question kind, on the ``test`` split (unseen scenes of the
training distribution) and on the ``compositional`` split (every scene holds a colour/shape
pair that never occurs in training). The peer in the same run is a blind baseline: for
each question text the answer most often given to it in training, with no image (what a
model that ignored the pixels could reach). Prints one JSON line; ``--out FILE`` saves it,
``--grid PNG`` draws test scenes with their generated captions, ``--model-dir DIR`` keeps
the trained model dir. ``--answer-format describe`` trains question replies as the caption
then ``answer: X`` and scores X only (chain-of-thought decoding: ``vqa_reply_tokens`` is the
mean number of tokens decoded per question).
"""

from __future__ import annotations

import argparse
import io
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np

from _output import print_result
from genforge.vision.scenes import QUESTION_KINDS, SceneSet, make_split


def blind_baseline(train: SceneSet, held: SceneSet) -> dict[str, float]:
    """Accuracy of answering each question with its most frequent training answer."""
    answers: dict[str, Counter] = defaultdict(Counter)
    for qas in train.questions:
        for qa in qas:
            answers[qa.question][qa.answer] += 1
    hits: dict[str, list[bool]] = defaultdict(list)
    for qas in held.questions:
        for qa in qas:
            guess = answers[qa.question].most_common(1)
            hits[qa.kind].append(bool(guess) and guess[0][0] == qa.answer)
    every = [h for k in hits for h in hits[k]]
    out = {"vqa_accuracy": round(sum(every) / len(every), 4)}
    out.update({k: round(sum(hits[k]) / len(hits[k]), 4) for k in QUESTION_KINDS if hits[k]})
    return out


def draw_grid(held: SceneSet, generated: list[str], path: Path, n: int = 8) -> None:
    """Scenes (enlarged 3x) beside their generated caption; a wrong one is marked in red."""
    from PIL import Image, ImageDraw

    from genforge.io import atomic_write_bytes

    h = held.images.shape[1] * 3
    canvas = Image.new("RGB", (h + 700, n * (h + 6)), "white")
    draw = ImageDraw.Draw(canvas)
    for i in range(n):
        img = Image.fromarray(held.images[i]).resize((h, h), Image.Resampling.NEAREST)
        canvas.paste(img, (0, i * (h + 6)))
        ok = generated[i] == held.captions[i]
        y = i * (h + 6) + h // 2 - 14
        draw.text((h + 10, y), f"generated: {generated[i]}", fill="black" if ok else "red")
        draw.text((h + 10, y + 16), f"truth:     {held.captions[i]}", fill="gray")
    buf = io.BytesIO()
    canvas.save(buf, format="PNG")
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write_bytes(path, buf.getvalue())


def main() -> None:
    from genforge.modeldir import load_vlm
    from genforge.vision.scenes import to_tensor
    from genforge.vision.vlm_train import (
        CAPTION_PROMPT,
        VLMTrainConfig,
        chat_prompt,
        greedy_answers,
        train_vlm,
    )

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--time-budget", type=float, default=900.0, help="training seconds (900)")
    ap.add_argument("--train-scenes", type=int, default=10000)
    ap.add_argument("--eval-scenes", type=int, default=300)
    ap.add_argument("--threads", type=int, default=1, help="torch CPU threads (1)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--vision-tower", help="trained genforge CLIP dir: its ViT, frozen")
    ap.add_argument("--vision-layer", type=int, default=-1, help="ViT layer read (-1 last)")
    ap.add_argument(
        "--image-pos-embed",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="a learned vector per image position on the projector's output (the "
        "trainer's default when not given)",
    )
    ap.add_argument(
        "--answer-format",
        choices=["direct", "describe"],
        default="direct",
        help="question replies: the answer, or the caption then 'answer: X' (scored on X)",
    )
    ap.add_argument("--model-dir", help="keep the trained VLM here (default: a temp dir)")
    ap.add_argument("--grid", help="PNG of test scenes with generated captions")
    ap.add_argument("--out", help="also write the JSON line to this file")
    args = ap.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        model_dir = Path(args.model_dir or Path(tmp) / "vlm")
        cfg = VLMTrainConfig(
            out=str(model_dir),
            time_budget=args.time_budget,
            train_scenes=args.train_scenes,
            eval_scenes=args.eval_scenes,
            threads=args.threads,
            seed=args.seed,
            vision_tower=args.vision_tower,
            vision_layer=args.vision_layer,
            answer_format=args.answer_format,
            overwrite=True,
            progress=False,
        )
        if args.image_pos_embed is not None:
            cfg.image_pos_embed = args.image_pos_embed
        figures = train_vlm(cfg)  # with a tower, cfg.image_size becomes the tower's
        train = make_split("train", args.train_scenes, args.seed, cfg.image_size, cfg.noise)
        for split in ("test", "compositional"):
            held = make_split(split, args.eval_scenes, 0, cfg.image_size, cfg.noise)
            figures[split]["blind_baseline"] = blind_baseline(train, held)
            figures[split].pop("samples")
            if split == "test" and args.grid:
                vlm, tok = load_vlm(model_dir)
                prompts = [chat_prompt(tok, CAPTION_PROMPT)] * 8
                images = to_tensor(np.ascontiguousarray(held.images[:8]))
                draw_grid(held, greedy_answers(vlm, tok, images, prompts, 64), Path(args.grid))
    result = {"benchmark": "multimodal_vlm", "config": vars(args), **figures}
    print_result(result, args.out)


if __name__ == "__main__":
    main()
