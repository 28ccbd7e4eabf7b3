"""Why a trained VLM misses position and relation questions, on a validation draw.

The draw is ``--n`` train-split scenes of ``--seed`` (777 by default: not the training
scenes of seed 0, and never the test or compositional answers). Prints one JSON line:

- ``val``: caption exact match and VQA accuracy per kind on the draw;
- ``position``: right answers by number of objects, and each wrong answer classed as the
  cell of another object of the scene or a cell no object holds;
- ``relation``: the relation answer against whether the model placed both objects right
  when asked each one's position, and the most frequent confusions;
- ``ablation``: VQA per kind with the class token, or the patches, of every prefix replaced
  by their mean over the draw (which prefix positions each kind is answered from).
"""

from __future__ import annotations

import argparse
from collections import Counter

import torch

from _output import print_result
from genforge.modeldir import load_vlm
from genforge.models.vlm import pad_questions
from genforge.vision.scenes import make_split, to_tensor
from genforge.vision.vlm_train import (
    CAPTION_PROMPT,
    chat_prompt,
    evaluate,
    final_answer,
    greedy_answers,
)


def position_and_relation(vlm, tok, held) -> dict:
    images = to_tensor(held.images)
    rows, prompts, items = [], [], []
    for i, (scene, qas) in enumerate(zip(held.scenes, held.questions, strict=True)):
        for qa in qas:
            if qa.kind in ("position", "relation"):
                rows.append(i)
                prompts.append(chat_prompt(tok, qa.question))
                items.append((i, qa.kind, qa.question, qa.answer))
        pairs = [(o.colour, o.shape) for o in scene.objects]
        for o in scene.objects:  # every uniquely named object's position, asked on its own
            if pairs.count((o.colour, o.shape)) == 1:
                q = f"where is the {o.colour} {o.shape}?"
                rows.append(i)
                prompts.append(chat_prompt(tok, q))
                items.append((i, "probe", f"{o.colour} {o.shape}", o.place))
    replies = [final_answer(r) for r in greedy_answers(vlm, tok, images[rows], prompts, 16)]
    answered = zip(items, replies, strict=True)
    placed = {(i, q): r == a for (i, k, q, a), r in answered if k == "probe"}
    pos, rel, confusions = Counter(), Counter(), Counter()
    for (i, kind, q, answer), reply in zip(items, replies, strict=True):
        objects = held.scenes[i].objects
        if kind == "position":
            ok = reply == answer
            pos[f"{len(objects)} objects: {'right' if ok else 'wrong'}"] += 1
            if not ok:
                other = reply in {o.place for o in objects}
                pos["wrong: another object's cell" if other else "wrong: no object's cell"] += 1
        elif kind == "relation":
            a, b = q.removeprefix("where is the ").removesuffix("?").split(" relative to the ")
            both = placed.get((i, a), False) and placed.get((i, b), False)
            rel[f"{'both' if both else 'not both'} placed right, relation {reply == answer}"] += 1
            if reply != answer:
                confusions[f"{answer} -> {reply}"] += 1
    return {
        "position": dict(sorted(pos.items())),
        "relation": dict(sorted(rel.items())),
        "relation_confusions": dict(confusions.most_common(6)),
    }


def ablation(vlm, tok, held) -> dict:
    # The mean image prefix over the draw (read with the caption prompt when the image reads
    # the prompt: question_attn).
    caption = pad_questions([chat_prompt(tok, CAPTION_PROMPT)] * len(held.images))
    with torch.no_grad():
        mean = vlm.image_prefix(to_tensor(held.images), caption).mean(0)  # (P, C)
    own = vlm.image_prefix
    patches = list(range(int(vlm.config.vision_cls), vlm.image_positions))
    parts = {"patches": patches}
    if vlm.config.vision_cls:
        parts["class token"] = [0]
    out = {}
    for name, positions in parts.items():

        def prefix(images, questions=None, positions=positions):
            p = own(images, questions).clone()
            p[:, positions] = mean[positions]
            return p

        vlm.image_prefix = prefix
        try:
            out[name] = evaluate(vlm, tok, held)["vqa_by_kind"]
        finally:
            vlm.image_prefix = own
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model", required=True, help="VLM model dir")
    ap.add_argument("--n", type=int, default=300, help="validation scenes (300)")
    ap.add_argument("--seed", type=int, default=777, help="train-split seed of the draw (777)")
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--out", help="also write the JSON line to this file")
    args = ap.parse_args()
    torch.set_num_threads(args.threads)
    vlm, tok = load_vlm(args.model)
    held = make_split("train", args.n, args.seed, vlm.config.vision.image_size)
    figures = evaluate(vlm, tok, held)
    result = {
        "benchmark": "multimodal_vlm_diagnose",
        "config": vars(args),
        "val": {k: figures[k] for k in ("caption_exact", "vqa_accuracy", "vqa_by_kind")},
        **position_and_relation(vlm, tok, held),
        "ablation": ablation(vlm, tok, held),
    }
    print_result(result, args.out)


if __name__ == "__main__":
    main()
