"""Train and evaluate the vision-language model (models/vlm.py) on procedural scenes.

Two stages, both through the one training loop (``genforge.train.loop``) with the objective
:func:`vlm_loss` (next-token cross-entropy on answer tokens only):

1. **alignment** on captions: ``<|bos|> caption <|eos|>`` after the image. With ``--lm DIR``
   (a pretrained genforge text model) the LM is frozen here, as in LLaVA's stage 1; a
   fresh LM trains. The ViT is frozen in both stages by default (``freeze_vit``, see there).
2. **instruction tuning** on chat turns: a user turn (``describe the image.`` or a
   question) and the assistant's answer, in the chat template, LM and projector trained. So
   ``genforge vlm ask`` and the server's chat route run a VLM as one chat turn.

Every example is one image and one turn; the image takes the first P positions of its row
and the text follows (right-padded; causal attention keeps padding out of earlier
positions). Figures are greedy answers on held-out splits compared exactly with the scene
graph's caption and answers.
"""

from __future__ import annotations

import json
import os
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import numpy as np
import torch

from genforge.errors import GenforgeError
from genforge.infer.engine import Engine
from genforge.infer.protocol import SamplingParams
from genforge.io import sha256_file
from genforge.modeldir import check_out_dir, load_model_dir, save_vlm, work_run_dir
from genforge.models.gpt import IGNORE_INDEX, GPTConfig
from genforge.models.vit import ViT, ViTConfig
from genforge.models.vlm import VLM, VLMConfig, pad_questions
from genforge.nn.device import cpu_threads, resolve_device
from genforge.tokenizer import Tokenizer, train_tokenizer
from genforge.train.epochs import ShuffledEpochs
from genforge.train.loop import LoopConfig, train_loop
from genforge.train.optim import OptimizerConfig, build_optimizer
from genforge.vision.scenes import QUESTION_KINDS, SceneSet, make_split, to_tensor

CAPTION_PROMPT = "describe the image."
# Describe-then-answer replies put the scene's caption before this mark and the answer after
# it; scoring reads only what follows the last mark (see final_answer).
ANSWER_MARK = "answer:"
ANSWER_FORMATS = ("direct", "describe")
LOSS_AVERAGES = ("token", "example")


@dataclass
class VLMTrainConfig:
    """What ``genforge vlm train`` does. Sizes measured in docs/multimodal.md."""

    out: str = ""
    lm: str | None = None  # a genforge text model dir to start the LM from (frozen in stage 1)
    # A trained genforge CLIP dir whose ViT becomes the vision tower (LLaVA's recipe: a
    # pretrained encoder, frozen). Its image and patch sizes and widths replace the vit_*
    # and image_size/patch_size settings below.
    vision_tower: str | None = None
    vision_layer: int = -1  # ViT layer fed to the projector: -1 the last, -2 the one before
    # Feed the class token too (P = patches + 1). None: yes with a vision_tower (it holds
    # the CLIP's pooled image), no for a random tower.
    vision_cls: bool | None = None
    # A learned vector per image position added to the projector's output (see
    # VLMConfig.image_pos_embed).
    image_pos_embed: bool = False
    # The image positions read the prompt before the LM does (models/vlm.py
    # QuestionAttention). Measured in docs/multimodal.md: test VQA up 14-16 points at
    # the same steps (two seeds), position and relation questions most.
    question_attn: bool = True
    # 48 px in patches of 16: one patch per cell of the scenes' 3x3 grid, so P = 9 image
    # positions (32 px in 4-px patches would be 64, ~6x the attention and LM positions).
    image_size: int = 48
    patch_size: int = 16
    noise: float = 8.0  # scene pixel noise (std, 0..255 scale)
    vit_layers: int = 3
    vit_embd: int = 128
    vit_heads: int = 4
    lm_layers: int = 4
    lm_embd: int = 128
    lm_heads: int = 4
    block_size: int = 80  # image positions + the longest chat turn (~45 tokens) with room
    projector: str = "mlp"
    # Stage-2 replies to questions: "direct" is the bare answer; "describe" is the scene's
    # caption, then "answer: X" (a grounded rationale the model decodes first, so the
    # answer is read off its own description; ~25 more tokens decoded per question).
    answer_format: str = "direct"
    # With answer_format=describe: the loss weight of the tokens after the answer mark (the
    # answer and its end) against the rationale's 1; the answer is ~3 of ~25 reply tokens.
    answer_weight: float = 1.0
    # How the loss averages over a batch: "token" (every target token counts once, so a
    # caption of ~25 tokens outweighs a 1-3 token answer ~10x) or "example" (each example's
    # mean over its own targets, then the mean over the batch: every turn counts once).
    loss_average: str = "token"
    # Stages in which the ViT is frozen (at its random init when nothing else loads it):
    # "both", "stage1" or "none". Trained end to end from
    # the start, the vision tower collapsed (measured: a linear probe read the colour of an
    # object from the trained prefix 48% of the time, from the random-init ViT 100%): the
    # LM's loss pulls it towards the caption prior before the LM has learned to look.
    freeze_vit: str = "both"
    # The trained tower's learning rate as a share of lr, in the stages it is not frozen: a
    # pretrained tower is fine-tuned gently (measured in docs/multimodal.md).
    vit_lr_scale: float = 1.0
    vocab_size: int = 512  # of the BPE tokenizer trained on the scene text (no --lm)
    train_scenes: int = 20000
    batch_size: int = 32
    lr: float = 2e-3
    weight_decay: float = 0.01
    warmup: int = 50
    stage1_steps: int | None = None
    stage2_steps: int | None = None
    time_budget: float | None = None  # seconds for both stages together
    # Of time_budget for stage 1. Measured with the CLIP tower (12 min): 0.1 gave test VQA
    # 83.5% and captions 90.0%, 0.3 gave 69.1% and 86.0%: stage 2 is what needs the steps.
    stage1_share: float = 0.1
    eval_scenes: int = 300  # held-out scenes per split for the final figures (0: none)
    seed: int = 0
    device: str = "auto"
    threads: int | None = None  # CPU threads; None leaves torch's setting
    overwrite: bool = False
    progress: bool = True

    def validate(self) -> None:
        def bad(msg: str) -> GenforgeError:
            return GenforgeError(f"vlm train config: {msg}")

        if not self.out:
            raise bad("out is required: the VLM model dir to write")
        if self.time_budget is None and (self.stage1_steps is None or self.stage2_steps is None):
            raise bad("set --time-budget SECONDS, or both --stage1-steps and --stage2-steps")
        if self.time_budget is not None and self.time_budget <= 0:
            raise bad(f"time_budget must be > 0 seconds, got {self.time_budget}")
        if not 0 < self.stage1_share < 1:
            raise bad(f"stage1_share must be in (0, 1), got {self.stage1_share}")
        for name in ("train_scenes", "batch_size"):
            if getattr(self, name) < 1:
                raise bad(f"{name} must be >= 1, got {getattr(self, name)}")
        if self.freeze_vit not in ("stage1", "both", "none"):
            raise bad(f"freeze_vit must be stage1, both or none, got {self.freeze_vit!r}")
        if self.answer_format not in ANSWER_FORMATS:
            raise bad(
                f"answer_format must be one of {', '.join(ANSWER_FORMATS)}, "
                f"got {self.answer_format!r}"
            )
        if not self.answer_weight > 0:
            raise bad(f"answer_weight must be > 0, got {self.answer_weight}")
        if self.answer_weight != 1.0 and self.answer_format != "describe":
            raise bad(
                "answer_weight weighs the answer after a rationale: set answer_format=describe"
            )
        if self.loss_average not in LOSS_AVERAGES:
            raise bad(
                f"loss_average must be one of {', '.join(LOSS_AVERAGES)}, got {self.loss_average!r}"
            )
        if not self.vit_lr_scale > 0:
            raise bad(f"vit_lr_scale must be > 0, got {self.vit_lr_scale}")
        if self.eval_scenes < 0:
            raise bad(f"eval_scenes must be >= 0, got {self.eval_scenes}")


# ----------------------------------------------------------------------------- examples


def caption_example(tok: Tokenizer, caption: str) -> tuple[list[int], list[int]]:
    """Stage 1: ``<|bos|> caption <|eos|>`` and its targets (every caption token and eos)."""
    ids = [tok.bos_id, *tok.encode(caption), tok.eos_id]
    return ids, [*ids[1:], IGNORE_INDEX]


def chat_prompt(tok: Tokenizer, question: str) -> list[int]:
    """A one-turn chat prompt that ends with ``<|assistant|>``: what the model answers."""
    return tok.encode_chat([{"role": "user", "content": question}])


def chat_example(tok: Tokenizer, question: str, answer: str) -> tuple[list[int], list[int]]:
    """Stage 2: the chat prompt, the answer and ``<|end|>``; targets only on the answer+end."""
    prompt = chat_prompt(tok, question)
    reply = [*tok.encode(answer), tok.end_id]
    ids = prompt + reply
    targets = [IGNORE_INDEX] * (len(prompt) - 1) + reply + [IGNORE_INDEX]
    return ids, targets


def reply_text(caption: str, answer: str, answer_format: str = "direct") -> str:
    """The stage-2 reply to a question: the answer, or (``describe``) the caption, then it."""
    if answer_format == "describe":
        return f"{caption}. {ANSWER_MARK} {answer}"
    return answer


def final_answer(reply: str) -> str:
    """The answer of a reply: what follows its last ``answer:`` mark, else the whole reply
    (a direct answer never holds the mark), stripped."""
    _, mark, tail = reply.rpartition(ANSWER_MARK)
    return (tail if mark else reply).strip()


def stage_examples(
    tok: Tokenizer, scenes: SceneSet, stage: int, answer_format: str = "direct"
) -> list[tuple[int, list[int], list[int]]]:
    """(scene index, ids, targets) of every example of ``stage`` (1 or 2) over ``scenes``;
    stage-2 question replies in ``answer_format`` (see :func:`reply_text`)."""
    out = []
    for i, caption in enumerate(scenes.captions):
        if stage == 1:
            out.append((i, *caption_example(tok, caption)))
            continue
        out.append((i, *chat_example(tok, CAPTION_PROMPT, caption)))
        out += [
            (i, *chat_example(tok, qa.question, reply_text(caption, qa.answer, answer_format)))
            for qa in scenes.questions[i]
        ]
    return out


class VLMBatches(ShuffledEpochs):
    """Batch source: ``{"images" (B,3,H,W) float, "input_ids" (B,T), "targets" (B,T),
    "questions" (B,Q)}``, the last each row's prompt (the ids up to the first target, -1
    padded) for a model whose image reads the prompt (``question_attn``).

    Seeded shuffled epochs over the examples; rows right-padded to the batch's longest.
    State (epoch, cursor) resumes exactly. With ``mark`` (the answer mark's ids) and an
    ``answer_weight`` other than 1, a ``"weights"`` (B,T) float entry weighs the targets
    after a row's last mark by ``answer_weight`` (every other target 1, padding 0). With
    ``per_example`` each row's weights are then scaled to sum to 1, so every example
    weighs the same in the loss however many targets it has.
    """

    _salt = "vlm"  # keys the shuffle as before: same seed, same order

    def __init__(
        self,
        images: torch.Tensor,
        examples: list[tuple[int, list[int], list[int]]],
        *,
        batch_size: int,
        pad_id: int,
        seed: int = 0,
        mark: list[int] | None = None,
        answer_weight: float = 1.0,
        per_example: bool = False,
    ) -> None:
        if not examples:
            raise GenforgeError("no VLM training examples")
        self.images, self.examples = images, examples  # images (N, 3, H, W) uint8
        self.batch_size, self.pad_id = batch_size, pad_id
        self.mark, self.answer_weight = mark, answer_weight
        self.per_example = per_example
        self._start_epochs(seed)

    def _answer_start(self, ids: list[int]) -> int | None:
        """The position whose target is the first token after ``ids``' last mark, or None."""
        k = len(self.mark or ())
        for s in range(len(ids) - k, -1, -1) if k else ():
            if ids[s : s + k] == self.mark:
                return s + k - 1
        return None

    def next_batch(self) -> dict[str, torch.Tensor]:
        rows = [self.examples[self._next_index()] for _ in range(self.batch_size)]
        width = max(len(ids) for _, ids, _ in rows)
        xs = torch.full((len(rows), width), self.pad_id, dtype=torch.long)
        ys = torch.full((len(rows), width), IGNORE_INDEX, dtype=torch.long)
        for r, (_, ids, targets) in enumerate(rows):
            xs[r, : len(ids)] = torch.tensor(ids)
            ys[r, : len(targets)] = torch.tensor(targets)
        index = torch.tensor([i for i, _, _ in rows])
        images = self.images[index].float() / 255.0
        questions = pad_questions([ids[: _prompt_length(targets)] for _, ids, targets in rows])
        batch = {"images": images, "input_ids": xs, "targets": ys, "questions": questions}
        weighted = self.mark and self.answer_weight != 1.0
        if weighted or self.per_example:
            weights = (ys != IGNORE_INDEX).float()
            if weighted:
                for r, (_, ids, _) in enumerate(rows):
                    start = self._answer_start(ids)
                    if start is not None:
                        weights[r, start : len(ids)] *= self.answer_weight
            if self.per_example:
                weights = weights / weights.sum(dim=1, keepdim=True).clamp(min=1e-8)
            batch["weights"] = weights
        return batch


def _prompt_length(targets: list[int]) -> int:
    """How many leading ids are the prompt: up to and including the position whose target is
    the first answer token (``<|bos|>`` alone for a stage-1 caption)."""
    first = next((k for k, t in enumerate(targets) if t != IGNORE_INDEX), len(targets) - 1)
    return first + 1


def vlm_loss(model: torch.nn.Module, batch: dict[str, torch.Tensor]) -> torch.Tensor:
    """Cross-entropy on the text targets after the image (the objective of both stages);
    with ``batch["weights"]`` the weighted mean of the per-target cross-entropies."""
    questions = batch.get("questions")
    if "weights" not in batch:
        _, loss = model(batch["images"], batch["input_ids"], batch["targets"], questions)
        return loss
    logits, _ = model(batch["images"], batch["input_ids"], questions=questions)
    targets, weights = batch["targets"], batch["weights"]
    ce = torch.nn.functional.cross_entropy(
        logits.reshape(-1, logits.size(-1)).float(),
        targets.reshape(-1),
        ignore_index=IGNORE_INDEX,
        reduction="none",
    )
    w = weights.reshape(-1)
    return (ce * w).sum() / w.sum().clamp(min=1e-8)


# ----------------------------------------------------------------------------- answering


@torch.no_grad()
def greedy_answers(
    vlm: VLM, tok: Tokenizer, images: torch.Tensor, prompts: list[list[int]], max_tokens: int
) -> list[str]:
    """Greedy replies to ``prompts`` (ids), one image (B,3,H,W) float each, until a stop id.

    Generated by the one engine: each request's first P KV positions are its image prefix
    (``prefix_embeds``), its prompt ids follow, as the server runs a VLM.
    """
    vlm.eval()
    room = vlm.config.lm.block_size - vlm.image_positions
    engine = Engine(
        vlm.lm, tok, vlm=vlm, max_batch_size=64, max_queue=max(len(prompts), 1), dtype=None
    )
    engine.start()
    try:
        handles = []
        for lo in range(0, len(prompts), 256):
            part = prompts[lo : lo + 256]
            prefix = vlm.image_prefix(images[lo : lo + 256], pad_questions(part))  # (b, P, C)
            for row, ids in enumerate(part):
                params = SamplingParams(
                    max_tokens=max(min(max_tokens, room - len(ids)), 1), temperature=0.0
                )
                handles.append(engine.submit(ids, params, prefix_embeds=prefix[row]))
        return [h.collect()[1].text.strip() for h in handles]
    finally:
        engine.shutdown(drain=False)


def evaluate(vlm: VLM, tok: Tokenizer, scenes: SceneSet) -> dict[str, Any]:
    """Caption exact match and VQA accuracy (overall and per question kind) on ``scenes``.

    A VQA reply scores on its :func:`final_answer` (a describe-then-answer model's caption
    before the mark is not scored); ``vqa_reply_tokens`` is the mean number of tokens the
    model decoded per question, the price of such a rationale. For such replies,
    ``rationale_exact`` is the share whose rationale is the scene's caption and
    ``vqa_given_exact_rationale`` the accuracy of those: vision errors apart from errors in
    reading the answer off the model's own text."""
    images = to_tensor(scenes.images)
    n = len(scenes.captions)
    prompts = [chat_prompt(tok, CAPTION_PROMPT)] * n
    rows, kinds, answers = list(range(n)), [], []
    for i, qas in enumerate(scenes.questions):
        for qa in qas:
            rows.append(i)
            prompts.append(chat_prompt(tok, qa.question))
            kinds.append(qa.kind)
            answers.append(qa.answer)
    replies = greedy_answers(vlm, tok, images[rows], prompts, max_tokens=64)
    caption_ok = [r == c for r, c in zip(replies[:n], scenes.captions, strict=True)]
    vqa_ok = [final_answer(r) == a for r, a in zip(replies[n:], answers, strict=True)]
    reply_tokens = [len(tok.encode(r)) + 1 for r in replies[n:]]  # + the stop token
    per_kind = {}
    for kind in QUESTION_KINDS:
        hits = [ok for ok, k in zip(vqa_ok, kinds, strict=True) if k == kind]
        if hits:
            per_kind[kind] = round(sum(hits) / len(hits), 4)
    figures = {
        "scenes": n,
        "caption_exact": round(sum(caption_ok) / n, 4),
        "vqa_accuracy": round(sum(vqa_ok) / max(len(vqa_ok), 1), 4),
        "vqa_questions": len(vqa_ok),
        "vqa_by_kind": per_kind,
        "vqa_reply_tokens": round(sum(reply_tokens) / max(len(reply_tokens), 1), 1),
        "samples": [
            {"caption": c, "generated": r}
            for c, r in zip(scenes.captions[:8], replies[: min(n, 8)], strict=True)
        ],
    }
    exact = [
        ok
        for i, r, ok in zip(rows[n:], replies[n:], vqa_ok, strict=True)
        if ANSWER_MARK in r and r.rpartition(ANSWER_MARK)[0].strip() == f"{scenes.captions[i]}."
    ]
    if any(ANSWER_MARK in r for r in replies[n:]):
        figures["rationale_exact"] = round(len(exact) / len(vqa_ok), 4)
        figures["vqa_given_exact_rationale"] = round(sum(exact) / max(len(exact), 1), 4)
    return figures


# ----------------------------------------------------------------------------- training


def load_vision_tower(path: str | os.PathLike) -> tuple[ViT, dict[str, Any]]:
    """The ViT of a trained genforge CLIP dir and its record for the VLM's config/card:
    ``{"source", "model_type", "sha256"}`` (sha256 of the CLIP's model.safetensors)."""
    from genforge.vision.clip_train import load_clip

    path = Path(path)
    if not path.is_dir():
        raise GenforgeError(
            f"vision tower dir not found: {path}; give a CLIP model dir written by "
            "`genforge clip train --out DIR`"
        )
    clip, _ = load_clip(path)
    record = {
        "source": str(path.resolve()),
        "model_type": "genforge-clip",
        "sha256": sha256_file(path / "model.safetensors"),
    }
    return clip.vision, record


def build_vlm(
    cfg: VLMTrainConfig, texts: list[str], tower: ViT | None = None
) -> tuple[VLM, Tokenizer]:
    """A fresh VLM: its LM from ``cfg.lm`` (with its tokenizer) or new with a BPE tokenizer
    trained on ``texts`` (the scene captions, questions and answers); its ViT a copy of
    ``tower`` (a trained CLIP's, read on centred pixels) or a new random one."""
    vision = ViTConfig(
        image_size=cfg.image_size,
        patch_size=cfg.patch_size,
        n_layer=cfg.vit_layers,
        n_head=cfg.vit_heads,
        n_embd=cfg.vit_embd,
    )
    if tower is not None:
        vision = ViTConfig.from_dict(tower.vit_config.to_dict())
    use_cls = cfg.vision_cls if cfg.vision_cls is not None else tower is not None

    def config(lm_cfg: GPTConfig) -> VLMConfig:
        return VLMConfig(
            vision,
            lm_cfg,
            cfg.projector,
            vision_layer=cfg.vision_layer,
            vision_cls=use_cls,
            center_pixels=tower is not None,  # genforge CLIP trains on [-1, 1] pixels
            image_pos_embed=cfg.image_pos_embed,
            question_attn=cfg.question_attn,
        )

    if cfg.lm:
        loaded = load_model_dir(cfg.lm, require_float="vlm train --lm")
        vlm, tok = VLM(config(loaded.model.config), lm=loaded.model.float()), loaded.tokenizer
    else:
        tok = train_tokenizer(texts, vocab_size=cfg.vocab_size)
        lm_cfg = GPTConfig(
            vocab_size=tok.vocab_size,
            n_layer=cfg.lm_layers,
            n_head=cfg.lm_heads,
            n_embd=cfg.lm_embd,
            block_size=cfg.block_size,
        )
        vlm = VLM(config(lm_cfg))
    if tower is not None:
        vlm.vit.load_state_dict(tower.state_dict())
    return vlm, tok


def _scene_texts(scenes: SceneSet, answer_format: str = "direct") -> list[str]:
    texts = [CAPTION_PROMPT, *scenes.captions]
    for caption, qas in zip(scenes.captions, scenes.questions, strict=True):
        texts += [f"{qa.question} {reply_text(caption, qa.answer, answer_format)}" for qa in qas]
    return texts


def _stage(
    vlm: VLM,
    batches: VLMBatches,
    cfg: VLMTrainConfig,
    *,
    steps: int | None,
    budget: float | None,
    device: torch.device,
    run_dir: Path,
) -> dict[str, Any]:
    # Frozen parameters (requires_grad False) are left out of the optimizer; a trainable ViT
    # gets groups of its own at lr * vit_lr_scale (the loop's schedule scales each group's
    # own peak).
    scales = dict.fromkeys((id(p) for p in vlm.vit.parameters()), cfg.vit_lr_scale)
    optimizer = build_optimizer(
        vlm, OptimizerConfig(lr=cfg.lr, weight_decay=cfg.weight_decay), lr_scales=scales
    )
    loop = LoopConfig(
        max_steps=steps,
        time_budget=budget,
        warmup_steps=cfg.warmup,
        progress=cfg.progress,
        log_every=20,
        checkpoint_every_s=None,
    )
    result = train_loop(
        vlm, optimizer, batches, loop, device=device, loss_fn=vlm_loss, run_dir=run_dir
    )
    return {"steps": result.step, "seconds": round(result.elapsed, 1), "loss": result.train_loss}


def train_vlm(cfg: VLMTrainConfig) -> dict[str, Any]:
    """Run both stages, evaluate on the held-out splits, write the model dir ``cfg.out``."""
    cfg.validate()
    out = Path(cfg.out)
    check_out_dir(out, overwrite=cfg.overwrite)
    device = resolve_device(cfg.device)
    torch.manual_seed(cfg.seed)
    t0 = time.perf_counter()
    with cpu_threads(cfg.threads):
        tower, tower_record = None, None
        if cfg.vision_tower:
            tower, tower_record = load_vision_tower(cfg.vision_tower)
            cfg.image_size = tower.vit_config.image_size  # scenes drawn at the tower's size
            cfg.patch_size = tower.vit_config.patch_size
        train = make_split("train", cfg.train_scenes, cfg.seed, cfg.image_size, cfg.noise)
        vlm, tok = build_vlm(cfg, _scene_texts(train, cfg.answer_format), tower)
        vlm.to(device)
        images = torch.from_numpy(np.ascontiguousarray(train.images)).permute(0, 3, 1, 2)
        work = work_run_dir(out)
        budgets = (None, None)
        if cfg.time_budget is not None:
            share = cfg.stage1_share
            budgets = (cfg.time_budget * share, cfg.time_budget * (1 - share))
        stages = {}
        plan = ((1, cfg.stage1_steps, budgets[0]), (2, cfg.stage2_steps, budgets[1]))
        for stage, steps, budget in plan:
            # Stage 1 on a pretrained LM aligns the image to it: the LM stays as it is.
            vlm.lm.requires_grad_(not (stage == 1 and cfg.lm))
            frozen_vit = cfg.freeze_vit == "both" or (cfg.freeze_vit == "stage1" and stage == 1)
            vlm.vit.requires_grad_(not frozen_vit)
            examples = stage_examples(tok, train, stage, cfg.answer_format)
            longest = max(len(ids) for _, ids, _ in examples)
            if vlm.image_positions + longest > vlm.config.lm.block_size:
                raise GenforgeError(
                    f"the longest stage-{stage} example takes {vlm.image_positions} image "
                    f"positions + {longest} tokens, more than the LM's block_size "
                    f"{vlm.config.lm.block_size}; raise block_size (or the tokenizer's vocab)"
                )
            batches = VLMBatches(
                images,
                examples,
                batch_size=cfg.batch_size,
                pad_id=tok.pad_id,
                seed=cfg.seed + stage,
                mark=tok.encode(f" {ANSWER_MARK}"),
                answer_weight=cfg.answer_weight,
                per_example=cfg.loss_average == "example",
            )
            run_dir = work / f"stage{stage}"
            stages[f"stage{stage}"] = _stage(
                vlm, batches, cfg, steps=steps, budget=budget, device=device, run_dir=run_dir
            )
        vlm.requires_grad_(True)
        vlm.cpu().eval()
        figures = {"train_seconds": round(time.perf_counter() - t0, 1), **stages}
        if cfg.eval_scenes:
            for split in ("test", "compositional"):
                held = make_split(split, cfg.eval_scenes, 0, cfg.image_size, cfg.noise)
                figures[split] = evaluate(vlm, tok, held)
    extra = {"caption_prompt": CAPTION_PROMPT, "train": asdict(cfg), "figures": figures}
    if tower_record is not None:
        extra["vision_tower"] = tower_record
    save_vlm(out, vlm, tok, extra_config=extra)
    if work.exists():
        os.replace(work, out / "run")
    (out / "metrics.json").write_text(json.dumps(figures, indent=1))
    return figures


def load_image(path: str | os.PathLike, image_size: int) -> torch.Tensor:
    """A PNG/JPEG file as a (1, 3, S, S) float tensor in [0, 1], resized to the model's S."""
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(path) as im:
            rgb = im.convert("RGB")
    except FileNotFoundError:
        raise GenforgeError(f"image not found: {path}") from None
    except (UnidentifiedImageError, OSError) as e:
        raise GenforgeError(f"cannot read {path} as an image ({e}); give a PNG or JPEG") from None
    if rgb.size != (image_size, image_size):
        rgb = rgb.resize((image_size, image_size), Image.Resampling.BILINEAR)
    return to_tensor(np.array(rgb)[None])  # a copy: PIL's buffer is read-only


def ask(vlm: VLM, tok: Tokenizer, image: torch.Tensor, question: str, max_tokens: int = 64) -> str:
    """The model's greedy answer to ``question`` about ``image`` (1, 3, S, S), as a chat turn."""
    if not question.strip():
        raise GenforgeError("the question is empty; ask something about the image")
    return greedy_answers(vlm, tok, image, [chat_prompt(tok, question)], max_tokens)[0]
