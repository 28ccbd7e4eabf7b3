"""VLM training data, the two-stage run, and the `genforge vlm` commands (tiny sizes)."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest
import torch

from genforge.cli import main
from genforge.errors import GenforgeError
from genforge.modeldir import load_vlm
from genforge.models.gpt import IGNORE_INDEX, GPTConfig
from genforge.models.vit import ViTConfig
from genforge.models.vlm import VLM, VLMConfig
from genforge.tokenizer import train_tokenizer
from genforge.vision import vlm_train
from genforge.vision.scenes import QUESTION_KINDS, make_split, save_grid
from genforge.vision.vlm_train import (
    CAPTION_PROMPT,
    VLMBatches,
    VLMTrainConfig,
    caption_example,
    chat_example,
    chat_prompt,
    evaluate,
    final_answer,
    stage_examples,
    train_vlm,
    vlm_loss,
)

pytestmark = pytest.mark.usefixtures("one_thread")


@pytest.fixture(scope="module")
def scenes():
    return make_split("train", 12, seed=3, size=16)


@pytest.fixture(scope="module")
def tok(scenes):
    texts = [CAPTION_PROMPT, *scenes.captions]
    texts += [f"{qa.question} {qa.answer}" for qas in scenes.questions for qa in qas]
    return train_tokenizer(texts, vocab_size=320)


def test_examples_put_targets_on_the_answer_only(tok):
    ids, targets = chat_example(tok, "what colour is the circle?", "red")
    prompt = chat_prompt(tok, "what colour is the circle?")
    answer = tok.encode("red")
    assert ids == [*prompt, *answer, tok.end_id]
    assert len(targets) == len(ids)
    # Position t predicts ids[t+1]: the last prompt token predicts the answer's first.
    learned = [(t, y) for t, y in enumerate(targets) if y != IGNORE_INDEX]
    assert [t for t, _ in learned] == list(range(len(prompt) - 1, len(ids) - 1))
    assert [y for _, y in learned] == [*answer, tok.end_id]
    ids, targets = caption_example(tok, "a small red circle at center")
    assert ids[0] == tok.bos_id and ids[-1] == tok.eos_id and targets == [*ids[1:], IGNORE_INDEX]


def test_describe_then_answer_examples(scenes, tok):
    """answer_format="describe": a question's reply is the scene's caption, the mark and the
    answer, all of it learned; the caption turn and direct replies are as before."""
    direct = stage_examples(tok, scenes, 2)
    described = stage_examples(tok, scenes, 2, "describe")
    assert len(direct) == len(described)
    k = 0
    for i, (caption, qas) in enumerate(zip(scenes.captions, scenes.questions, strict=True)):
        assert described[k] == direct[k]  # "describe the image." -> the caption
        for j, qa in enumerate(qas, start=k + 1):
            scene, ids, targets = described[j]
            learned = [y for y in targets if y != IGNORE_INDEX]
            assert scene == i and learned[-1] == tok.end_id
            reply = tok.decode(learned[:-1])
            assert reply == f"{caption}. answer: {qa.answer}"
            assert final_answer(reply) == qa.answer
            assert ids[: -len(learned)] == chat_prompt(tok, qa.question)
            assert tok.decode([y for y in direct[j][2] if y != IGNORE_INDEX][:-1]) == qa.answer
        k += 1 + len(qas)
    assert final_answer(" 2 ") == "2"  # a direct reply is its own answer


def test_answer_weight_weighs_the_tokens_after_the_mark(scenes, tok):
    """Targets after a row's last answer mark weigh answer_weight, the rest 1, padding 0;
    the weighted loss with weights of 1 is the plain loss."""
    images = torch.from_numpy(scenes.images).permute(0, 3, 1, 2)
    examples = stage_examples(tok, scenes, 2, "describe")
    mark = tok.encode(" answer:")
    kw = dict(batch_size=len(examples), pad_id=tok.pad_id, seed=0, mark=mark)
    batch = VLMBatches(images, examples, answer_weight=4.0, **kw).next_batch()
    assert "weights" not in VLMBatches(images, examples, **kw).next_batch()
    for ids, ys, w in zip(batch["input_ids"], batch["targets"], batch["weights"], strict=True):
        ids, ys = ids.tolist(), ys.tolist()
        assert all((y == IGNORE_INDEX) == (x == 0) for y, x in zip(ys, w.tolist(), strict=True))
        heavy = [tok.decode([y]) for y, x in zip(ys, w.tolist(), strict=True) if x == 4.0]
        reply = tok.decode([y for y in ys if y != IGNORE_INDEX])
        if "answer:" in reply:  # the answer and <|end|>, nothing of the rationale
            assert "".join(heavy) == reply.rpartition("answer:")[2]
        else:  # the caption turn
            assert heavy == []
    vlm = VLM(
        VLMConfig(
            ViTConfig(image_size=16, patch_size=8, n_layer=1, n_head=2, n_embd=32),
            GPTConfig(vocab_size=tok.vocab_size, n_layer=1, n_head=2, n_embd=32, block_size=128),
        )
    )
    plain = {k: batch[k] for k in ("images", "input_ids", "targets")}
    ones = {**plain, "weights": (batch["targets"] != IGNORE_INDEX).float()}
    torch.testing.assert_close(vlm_loss(vlm, ones), vlm_loss(vlm, plain))
    assert not torch.isclose(vlm_loss(vlm, batch), vlm_loss(vlm, plain))


def test_loss_average_example_weighs_every_turn_once(scenes, tok):
    """loss_average=example: each row's weights sum to 1 over its own targets, so the loss
    is the mean over rows of each row's mean cross-entropy (a 2-token answer weighs what a
    30-token caption does); the default leaves the batch without weights."""
    images = torch.from_numpy(scenes.images).permute(0, 3, 1, 2)
    examples = stage_examples(tok, scenes, 2)
    kw = dict(batch_size=len(examples), pad_id=tok.pad_id, seed=0)
    batch = VLMBatches(images, examples, per_example=True, **kw).next_batch()
    assert "weights" not in VLMBatches(images, examples, **kw).next_batch()
    counted = batch["targets"] != IGNORE_INDEX
    torch.testing.assert_close(batch["weights"].sum(dim=1), torch.ones(len(examples)))
    assert torch.equal(batch["weights"] > 0, counted)
    vlm = VLM(
        VLMConfig(
            ViTConfig(image_size=16, patch_size=8, n_layer=1, n_head=2, n_embd=32),
            GPTConfig(vocab_size=tok.vocab_size, n_layer=1, n_head=2, n_embd=32, block_size=128),
        )
    )
    with torch.no_grad():
        logits, _ = vlm(batch["images"], batch["input_ids"])
        ce = torch.nn.functional.cross_entropy
        ys = batch["targets"]
        rows = [ce(logits[r][counted[r]], ys[r][counted[r]]) for r in range(len(examples))]
        torch.testing.assert_close(vlm_loss(vlm, batch), torch.stack(rows).mean())
    with pytest.raises(GenforgeError, match="loss_average"):
        VLMTrainConfig(out="x", time_budget=1.0, loss_average="turn").validate()


def test_evaluate_scores_the_final_answer_only(monkeypatch):
    """A rationale before the mark is not scored, the answer after it is; reply tokens are
    counted (the price of the rationale)."""
    held = make_split("test", 4, size=16)
    texts = [CAPTION_PROMPT, *held.captions, "answer: wrong"]
    tok = train_tokenizer(texts, vocab_size=300)
    vlm = None  # greedy_answers (the only user of the model) is replaced below

    def replies(answer_of):
        def fake(_vlm, _tok, images, prompts, max_tokens):
            qas = [qa for qs in held.questions for qa in qs]
            assert len(prompts) == len(images) == len(held.captions) + len(qas)
            return [*held.captions, *(answer_of(qa) for qa in qas)]

        return fake

    right = replies(lambda qa: f"a wrong caption. answer: {qa.answer}")
    monkeypatch.setattr(vlm_train, "greedy_answers", right)
    figures = evaluate(vlm, tok, held)
    assert figures["caption_exact"] == 1.0 and figures["vqa_accuracy"] == 1.0
    assert figures["vqa_reply_tokens"] > 5
    assert figures["rationale_exact"] == 0.0  # "a wrong caption" is no scene's caption
    wrong = replies(lambda qa: f"{held.captions[0]}. answer: {qa.answer}x")
    monkeypatch.setattr(vlm_train, "greedy_answers", wrong)
    figures = evaluate(vlm, tok, held)
    assert figures["vqa_accuracy"] == 0.0
    first = len(held.questions[0]) / sum(len(q) for q in held.questions)
    assert figures["rationale_exact"] == round(first, 4)  # scene 0's own caption only
    assert figures["vqa_given_exact_rationale"] == 0.0
    monkeypatch.setattr(vlm_train, "greedy_answers", replies(lambda qa: qa.answer))
    assert "rationale_exact" not in evaluate(vlm, tok, held)  # direct replies


def test_batches_pad_and_resume(scenes, tok):
    images = torch.from_numpy(scenes.images).permute(0, 3, 1, 2)
    examples = stage_examples(tok, scenes, 2)
    assert len(examples) == 12 + sum(len(q) for q in scenes.questions)
    a = VLMBatches(images, examples, batch_size=5, pad_id=tok.pad_id, seed=1)
    first = a.next_batch()
    assert first["images"].shape == (5, 3, 16, 16) and first["images"].max() <= 1.0
    x, y = first["input_ids"], first["targets"]
    assert x.shape == y.shape
    assert ((x == tok.pad_id) <= (y == IGNORE_INDEX)).all()  # no loss on padding
    # Each row's question is its prompt: the ids before the first answer token, never the
    # answer itself (the image positions would see it); -1 after it.
    questions = first["questions"]
    assert questions.size(0) == 5
    for r in range(5):
        answer_at = int((y[r] != IGNORE_INDEX).nonzero()[0])  # its target: the 1st answer id
        q = questions[r][questions[r] >= 0]
        assert torch.equal(q, x[r, : answer_at + 1])
        assert x[r, answer_at] == tok.encode_chat([{"role": "user", "content": "x"}])[-1]
        assert (questions[r][len(q) :] == -1).all()
    captions = VLMBatches(images, stage_examples(tok, scenes, 1), batch_size=3, pad_id=0)
    cq = captions.next_batch()["questions"]
    assert (cq[:, 0] == tok.bos_id).all() and (cq[:, 1:] == -1).all()  # stage 1: bos only
    state = a.state_dict()
    b = VLMBatches(images, examples, batch_size=5, pad_id=tok.pad_id, seed=1)
    b.load_state_dict(state)
    for _ in range(30):  # across epoch boundaries
        nxt_a, nxt_b = a.next_batch(), b.next_batch()
        assert torch.equal(nxt_a["input_ids"], nxt_b["input_ids"])
        assert torch.equal(nxt_a["images"], nxt_b["images"])


def tiny_train_config(out, **kw) -> VLMTrainConfig:
    values = dict(
        out=str(out),
        image_size=16,
        patch_size=8,
        vit_layers=1,
        vit_embd=32,
        vit_heads=2,
        lm_layers=1,
        lm_embd=32,
        lm_heads=2,
        block_size=128,
        vocab_size=320,
        train_scenes=16,
        batch_size=4,
        stage1_steps=2,
        stage2_steps=2,
        warmup=0,
        eval_scenes=2,
        device="cpu",
        progress=False,
    )
    return VLMTrainConfig(**{**values, **kw})


def test_train_ask_eval_end_to_end(tmp_path, capsys):
    out = tmp_path / "vlm"
    figures = train_vlm(tiny_train_config(out))
    assert figures["stage1"]["steps"] == 2 and figures["stage2"]["steps"] == 2
    for split in ("test", "compositional"):
        assert 0.0 <= figures[split]["caption_exact"] <= 1.0
        assert set(figures[split]["vqa_by_kind"]) <= set(QUESTION_KINDS)
    config = json.loads((out / "config.json").read_text())
    assert config["model_type"] == "genforge-vlm" and config["caption_prompt"] == CAPTION_PROMPT
    assert (out / "run" / "stage1" / "metrics.jsonl").is_file()
    # freeze_vit="both" (the default): the vision tower is still its seeded random init,
    # while the projector and the LM have moved.
    vlm, _ = load_vlm(out)
    torch.manual_seed(0)
    fresh = VLM(vlm.config)
    for name, p in fresh.vit.state_dict().items():
        torch.testing.assert_close(vlm.vit.state_dict()[name], p, msg=name)
    moved = vlm.projector.state_dict()["0.weight"] - fresh.projector.state_dict()["0.weight"]
    assert moved.abs().max() > 0
    assert (out / "run" / "stage2" / "metrics.jsonl").is_file()

    png = save_grid(make_split("test", 1, size=16).images, tmp_path / "scene.png", 1, 1)
    question = "how many objects are there?"
    assert main(["vlm", "ask", "--model", str(out), "--image", str(png), "--json", question]) == 0
    answer = json.loads(capsys.readouterr().out)
    assert answer["question"] == "how many objects are there?"
    assert isinstance(answer["answer"], str)
    assert main(["vlm", "eval", "--model", str(out), "--n", "2", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["test"]["scenes"] == 2 and "vqa_accuracy" in result["compositional"]


def test_image_pos_embed_run(tmp_path):
    """image_pos_embed=True: config.json records it, the table is in the dir and has moved
    from its seeded init while the frozen tower has not."""
    out = tmp_path / "vlm"
    train_vlm(tiny_train_config(out, image_pos_embed=True, eval_scenes=0))
    assert json.loads((out / "config.json").read_text())["image_pos_embed"] is True
    vlm, _ = load_vlm(out)
    torch.manual_seed(0)
    fresh = VLM(vlm.config)
    assert vlm.image_pos.weight.shape == (vlm.image_positions, 32)
    assert (vlm.image_pos.weight - fresh.image_pos.weight).abs().max() > 0
    torch.testing.assert_close(vlm.vit.patch_embed.weight, fresh.vit.patch_embed.weight)


def test_describe_then_answer_run(tmp_path, capsys):
    """answer_format=describe trains, is recorded in config.json, and `vlm ask --json` gives
    the whole reply and its final answer."""
    out = tmp_path / "vlm"
    figures = train_vlm(tiny_train_config(out, answer_format="describe"))
    assert figures["test"]["vqa_reply_tokens"] >= 1
    assert json.loads((out / "config.json").read_text())["train"]["answer_format"] == "describe"
    png = save_grid(make_split("test", 1, size=16).images, tmp_path / "scene.png", 1, 1)
    question = "how many objects are there?"
    assert main(["vlm", "ask", "--model", str(out), "--image", str(png), "--json", question]) == 0
    answer = json.loads(capsys.readouterr().out)
    assert answer["answer"] == final_answer(answer["reply"])


def test_vit_lr_scale_gives_the_tower_its_own_groups(tmp_path, monkeypatch):
    """freeze_vit=stage1 with vit_lr_scale: stage 1 leaves the ViT out of the optimizer;
    stage 2 puts exactly its parameters in groups at lr * scale, the rest at lr."""
    seen = []
    loop = vlm_train.train_loop

    def spy(model, optimizer, *args, **kwargs):
        vit = {id(p) for p in model.vit.parameters()}
        groups = [({id(p) for p in g["params"]}, g["lr"]) for g in optimizer.param_groups]
        seen.append([(ids <= vit, ids.isdisjoint(vit), lr) for ids, lr in groups])
        covered = set().union(*(ids for ids, _ in groups))
        seen[-1].append(vit <= covered)
        return loop(model, optimizer, *args, **kwargs)

    monkeypatch.setattr(vlm_train, "train_loop", spy)
    cfg = tiny_train_config(tmp_path / "v", freeze_vit="stage1", vit_lr_scale=0.1, eval_scenes=0)
    train_vlm(cfg)
    stage1, stage2 = seen
    assert stage1[-1] is False and all(disjoint for _, disjoint, _ in stage1[:-1])
    assert stage2[-1] is True
    for only_vit, no_vit, lr in stage2[:-1]:
        assert only_vit != no_vit  # a group holds tower parameters or none of them
        assert lr == pytest.approx(cfg.lr * 0.1 if only_vit else cfg.lr)


def test_bad_inputs(tmp_path, capsys):
    with pytest.raises(GenforgeError, match="--time-budget"):
        VLMTrainConfig(out="x").validate()
    with pytest.raises(GenforgeError, match="freeze_vit"):
        VLMTrainConfig(out="x", time_budget=1, freeze_vit="yes").validate()
    with pytest.raises(GenforgeError, match="answer_format must be one of direct, describe"):
        VLMTrainConfig(out="x", time_budget=1, answer_format="cot").validate()
    with pytest.raises(GenforgeError, match="set answer_format=describe"):
        VLMTrainConfig(out="x", time_budget=1, answer_weight=3).validate()
    with pytest.raises(GenforgeError, match="vit_lr_scale must be > 0"):
        VLMTrainConfig(out="x", time_budget=1, vit_lr_scale=0).validate()
    with pytest.raises(GenforgeError, match="out is required"):
        VLMTrainConfig(time_budget=1).validate()
    not_png = tmp_path / "notes.png"
    not_png.write_text("not an image")
    out = tmp_path / "vlm"
    train_vlm(tiny_train_config(out, eval_scenes=0))
    rc = main(["vlm", "ask", "--model", str(out), "--image", str(not_png), "q?"])
    assert rc == 2 and "PNG or JPEG" in capsys.readouterr().err
    rc = main(["vlm", "ask", "--model", str(out), "--image", str(tmp_path / "no.png"), "q?"])
    assert rc == 2 and "image not found" in capsys.readouterr().err
    # A second run into the same --out needs --overwrite.
    with pytest.raises(GenforgeError, match="--overwrite"):
        train_vlm(tiny_train_config(out))
    with pytest.raises(GenforgeError, match="raise block_size"):
        train_vlm(tiny_train_config(tmp_path / "short", block_size=40))


def test_lm_from_a_text_model_dir(tmp_path, tok):
    """--lm DIR: the VLM's LM is that model (its config and tokenizer); only the projector
    trains in stage 1 (LM and ViT frozen), the LM in stage 2."""
    from genforge.modeldir import save_model_dir
    from genforge.models.gpt import GPT, GPTConfig

    torch.manual_seed(1)
    base = GPT(GPTConfig(vocab_size=320, n_layer=1, n_head=2, n_embd=32, block_size=128))
    lm_dir = save_model_dir(tmp_path / "base", base, tok)
    out = tmp_path / "vlm"
    train_vlm(tiny_train_config(out, lm=str(lm_dir), stage2_steps=1, eval_scenes=0))
    vlm, vlm_tok = load_vlm(out)
    assert vlm.config.lm == base.config and vlm_tok.sha256 == tok.sha256
    moved = (vlm.lm.wte.weight - base.wte.weight).abs().max()
    assert moved > 0  # stage 2 trained the LM


def _clip_dir(tmp_path, tok, n_layer=2):
    """A tiny genforge CLIP dir with non-default weights: its ViT is what a tower loads."""
    from genforge.models.clip import CLIP, CLIPConfig
    from genforge.models.vit import ViTConfig
    from genforge.vision.clip_train import save_clip

    vit = ViTConfig(image_size=16, patch_size=8, n_layer=n_layer, n_head=2, n_embd=16)
    cfg = CLIPConfig(vision=vit, text_layers=1, text_heads=2, text_width=16, embed_dim=8)
    cfg.vocab_size = tok.vocab_size
    torch.manual_seed(7)
    clip = CLIP(cfg)
    with torch.no_grad():  # move every weight off any init the VLM could reproduce
        for p in clip.vision.parameters():
            p.add_(torch.randn_like(p) * 0.1)
    return save_clip(clip, tok, tmp_path / "clip"), clip


def test_vision_tower_from_a_clip_dir(tmp_path, tok):
    """--vision-tower DIR: the VLM's ViT is the CLIP's (same weights, its sizes, centred
    pixels, class token fed), frozen through both stages, recorded with its hash."""
    from genforge.io import sha256_file
    from genforge.vision.clip_train import load_clip

    clip_dir, clip = _clip_dir(tmp_path, tok)
    out = tmp_path / "vlm"
    # question_attn off: the prefix is then the projector's read of the tower alone.
    cfg = tiny_train_config(
        out, vision_tower=str(clip_dir), image_size=32, eval_scenes=0, question_attn=False
    )
    train_vlm(cfg)
    vlm, _ = load_vlm(out)
    c = vlm.config
    assert c.vision == clip.config.vision and cfg.image_size == 16  # the tower's size wins
    assert c.vision_cls and c.center_pixels and c.image_positions == 4 + 1
    for name, p in clip.vision.state_dict().items():
        torch.testing.assert_close(vlm.vit.state_dict()[name], p, rtol=0, atol=0, msg=name)
    # The prefix reads the CLIP's own image states: its class token after the projector.
    images = make_split("test", 2, size=16).images
    from genforge.vision.scenes import to_tensor

    x = to_tensor(images)
    with torch.no_grad():
        states = clip.vision(x * 2 - 1)
        torch.testing.assert_close(vlm.image_prefix(x), vlm.projector(states))
    config = json.loads((out / "config.json").read_text())
    record = config["vision_tower"]
    assert record["sha256"] == sha256_file(clip_dir / "model.safetensors")
    assert record["source"] == str(clip_dir.resolve()) and record["model_type"] == "genforge-clip"
    assert record["sha256"] in (out / "card.md").read_text()
    assert load_clip(clip_dir)[0].config == clip.config  # the CLIP dir is left as it was


def test_vision_layer_reads_an_earlier_block(tmp_path, tok):
    """vision_layer=-2: the projector reads the penultimate block's output (no final norm)."""
    clip_dir, clip = _clip_dir(tmp_path, tok)
    out = tmp_path / "vlm"
    cfg = tiny_train_config(
        out, vision_tower=str(clip_dir), vision_layer=-2, vision_cls=False, question_attn=False
    )
    train_vlm(replace(cfg, stage1_steps=1, stage2_steps=1, eval_scenes=0))
    vlm, _ = load_vlm(out)
    assert vlm.config.vision_layer == -2 and vlm.image_positions == 4
    x = torch.rand(2, 3, 16, 16)
    with torch.no_grad():
        full = clip.vision(x * 2 - 1)
        first = clip.vision(x * 2 - 1, blocks=1)
        assert not torch.allclose(first, full)
        torch.testing.assert_close(vlm.image_prefix(x), vlm.projector(first[:, 1:]))
    with pytest.raises(GenforgeError, match="vision_layer"):
        VLMConfig.from_dict({**vlm.config.to_dict(), "vision_layer": -3})


def test_vision_tower_bad_dirs(tmp_path, tok, capsys):
    argv = ["vlm", "train", "--out", str(tmp_path / "a"), "--time-budget", "5"]
    assert main([*argv, "--vision-tower", str(tmp_path / "nope")]) == 2
    assert "vision tower dir not found" in capsys.readouterr().err
    text_dir = tmp_path / "notclip"
    text_dir.mkdir()
    (text_dir / "config.json").write_text("{}")
    with pytest.raises(GenforgeError, match="not a CLIP model dir"):
        train_vlm(tiny_train_config(tmp_path / "b", vision_tower=str(text_dir)))
    assert not (tmp_path / "a").exists() and not (tmp_path / "b").exists()


def test_config_of_a_dir_without_tower_fields_loads():
    """Dirs written before the tower options read as they were: last layer, patches only."""
    from genforge.models.gpt import GPTConfig
    from genforge.models.vit import ViTConfig

    cfg = VLMConfig(ViTConfig(16, 8, n_layer=1, n_embd=16, n_head=2), GPTConfig(block_size=32))
    old = {k: v for k, v in cfg.to_dict().items() if k in ("vision", "lm", "projector")}
    back = VLMConfig.from_dict(old)
    assert (back.vision_layer, back.vision_cls, back.center_pixels) == (-1, False, False)
    assert back.image_pos_embed is False and VLM(back).image_pos is None
    assert back.image_positions == 4
