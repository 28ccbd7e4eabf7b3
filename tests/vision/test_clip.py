"""The CLIP-style model: the loss against a hand-written reference, the metrics on known
embeddings, the model dir round trip, and the errors bad inputs get."""

import json
import math

import pytest
import torch
import torch.nn.functional as F

from genforge.cli import main
from genforge.errors import GenforgeError
from genforge.models.clip import (
    CLIP,
    CLIPConfig,
    clip_loss,
    encode_texts,
    info_nce,
    recall_at_k,
    zero_shot_scores,
)
from genforge.models.vit import ViTConfig
from genforge.vision.clip_train import (
    attribute_prompts,
    caption_tokenizer,
    embed_images,
    embed_texts,
    load_clip,
    save_clip,
    scene_clip_config,
)
from genforge.vision.scenes import make_split


def _reference_info_nce(img, txt, log_scale):
    # Written out: for each row i, -log softmax of the similarities at column i, both ways.
    s = math.exp(log_scale) * (img.double() @ txt.double().T)
    n = s.size(0)
    rows = sum(-(s[i, i] - torch.logsumexp(s[i], 0)) for i in range(n)) / n
    cols = sum(-(s[i, i] - torch.logsumexp(s[:, i], 0)) for i in range(n)) / n
    return (rows + cols) / 2


def test_info_nce_equals_the_symmetric_cross_entropy_written_out():
    g = torch.Generator().manual_seed(0)
    img = F.normalize(torch.randn(7, 5, generator=g), dim=-1)
    txt = F.normalize(torch.randn(7, 5, generator=g), dim=-1)
    for log_scale in (0.0, math.log(1 / 0.07)):
        got = info_nce(img, txt, torch.tensor(log_scale))
        assert got.item() == pytest.approx(
            _reference_info_nce(img, txt, log_scale).item(), rel=1e-5
        )
    # Asymmetric on purpose: swapping the towers keeps the loss (both directions are in it).
    assert info_nce(txt, img, 1.0).item() == pytest.approx(info_nce(img, txt, 1.0).item(), rel=1e-6)
    # Perfectly paired orthogonal embeddings at a high temperature give a loss near zero.
    eye = torch.eye(4)
    assert info_nce(eye, eye, math.log(100.0)).item() < 1e-10


def test_hard_negatives_are_extra_image_to_text_columns_only():
    g = torch.Generator().manual_seed(1)
    img, txt, neg = (F.normalize(torch.randn(5, 4, generator=g), dim=-1) for _ in range(3))
    s = 2.0 * img @ txt.T
    wide = torch.cat([s, 2.0 * img @ neg.T], 1)  # (5, 10): each image against 10 texts
    ref = sum(-(wide[i, i] - torch.logsumexp(wide[i], 0)) for i in range(5)) / 5
    ref += sum(-(s[i, i] - torch.logsumexp(s[:, i], 0)) for i in range(5)) / 5
    got = info_nce(img, txt, math.log(2.0), hard_negatives=neg)
    assert got.item() == pytest.approx(ref.item() / 2, rel=1e-5)
    assert got.item() > info_nce(img, txt, math.log(2.0)).item()  # more columns, more loss


def test_hard_negative_captions_change_exactly_one_attribute():
    import numpy as np

    from genforge.vision.clip_train import hard_negative

    data = make_split("train", 200, size=16)
    rng = np.random.default_rng(0)
    for scene, cap in zip(data.scenes, data.captions, strict=True):
        wrong = hard_negative(scene, rng)
        assert wrong != cap

        # One object phrase ("a small red circle at top left") swapped for another.
        def phrases(c):
            return set(c.replace(" and ", ", ").split(", "))

        assert len(phrases(cap) - phrases(wrong)) == len(phrases(wrong) - phrases(cap)) == 1


def test_zero_shot_scores_sum_prompts_per_class():
    prompts = torch.eye(3)  # prompt p points along axis p
    images = torch.tensor([[1.0, 0, 0], [0, 0.6, 0.8], [0, 0, 1.0]])
    scores = zero_shot_scores(images, prompts, [0, 1, 1], n_classes=2)
    assert scores.shape == (3, 2)
    assert torch.allclose(scores.sum(1), torch.ones(3), atol=1e-6)
    assert scores.argmax(1).tolist() == [0, 1, 1]
    with pytest.raises(GenforgeError, match="prompt classes"):
        zero_shot_scores(images, prompts, [0, 1, 2], n_classes=2)
    with pytest.raises(GenforgeError, match="3 prompt embeddings but 2"):
        zero_shot_scores(images, prompts, [0, 1], n_classes=2)


def test_recall_at_k_on_known_embeddings():
    items = torch.eye(4)
    # Query 0 and 1 hit their own item; query 2 points at item 3; query 3 at item 3 too.
    queries = torch.tensor([[1.0, 0, 0, 0], [0, 1, 0, 0], [0, 0, 0.6, 0.8], [0, 0, 0, 1]])
    assert recall_at_k(queries, items, 1) == pytest.approx(0.75)
    assert recall_at_k(queries, items, 2) == pytest.approx(1.0)
    # A collapsed model (every embedding equal) retrieves nothing: ties count against it.
    same = torch.ones(4, 3) / math.sqrt(3)
    assert recall_at_k(same, same, 1) == 0.0
    with pytest.raises(GenforgeError, match="paired"):
        recall_at_k(queries, items[:3], 1)


def _tiny(vocab_size=300):
    vit = ViTConfig(image_size=24, patch_size=8, n_layer=1, n_head=2, n_embd=16)
    cfg = CLIPConfig(vision=vit, text_layers=1, text_heads=2, text_width=16, embed_dim=8)
    cfg.vocab_size = vocab_size
    torch.manual_seed(0)
    return CLIP(cfg)


@pytest.fixture(scope="module")
def scenes():
    return make_split("train", 8, size=24)


def test_forward_embeddings_loss_and_gradients(scenes):
    tok = caption_tokenizer(scenes.captions)
    model = _tiny(tok.vocab_size)
    ids, mask = encode_texts(tok, scenes.captions, model.config.text_len)
    from genforge.vision.scenes import to_tensor

    batch = (to_tensor(scenes.images), ids, mask)
    loss, logged = clip_loss(model, batch)
    img, txt = model(*batch)
    assert img.shape == txt.shape == (8, 8)
    assert torch.allclose(img.norm(dim=-1), torch.ones(8), atol=1e-5)
    assert logged["temperature"] == pytest.approx(0.07, rel=1e-4)
    loss.backward()
    for name in (
        "logit_scale",
        "image_proj.weight",
        "text_proj.weight",
        "vision.patch_embed.weight",
        "text.wte.weight",
    ):
        assert model.get_parameter(name).grad is not None, name
    # Padding is neither attended to nor pooled: appending pad tokens leaves a text alone.
    wide_ids = torch.cat([ids, torch.full((8, 5), tok.pad_id)], 1)
    wide_mask = torch.cat([mask, torch.zeros(8, 5, dtype=torch.bool)], 1)
    assert torch.allclose(model.encode_text(wide_ids, wide_mask), txt, atol=1e-5)


def test_model_dir_round_trip(tmp_path, scenes):
    tok = caption_tokenizer(scenes.captions)
    model = _tiny(tok.vocab_size).eval()
    save_clip(model, tok, tmp_path / "m")
    meta = json.loads((tmp_path / "m" / "config.json").read_text())
    assert meta["model_type"] == "genforge-clip"
    loaded, tok2 = load_clip(tmp_path / "m")
    assert tok2.encode(scenes.captions[0]) == tok.encode(scenes.captions[0])
    assert torch.equal(embed_images(loaded, scenes.images), embed_images(model, scenes.images))
    assert torch.equal(
        embed_texts(loaded, tok2, scenes.captions), embed_texts(model, tok, scenes.captions)
    )


def test_bad_inputs_get_one_clear_error(tmp_path, scenes):
    tok = caption_tokenizer(scenes.captions)
    with pytest.raises(GenforgeError, match="longer than the model's 4 tokens"):
        encode_texts(tok, ["a large red circle at top left"], 4)
    with pytest.raises(GenforgeError, match="one shape"):
        info_nce(torch.ones(3, 4), torch.ones(2, 4), 0.0)
    with pytest.raises(GenforgeError, match=r"config\.json is missing"):
        load_clip(tmp_path)
    save_clip(_tiny(tok.vocab_size), tok, tmp_path / "m")
    cfg = json.loads((tmp_path / "m" / "config.json").read_text())
    cfg["model_type"] = "genforge-gpt"
    (tmp_path / "m" / "config.json").write_text(json.dumps(cfg))
    with pytest.raises(GenforgeError, match="not 'genforge-clip'"):
        load_clip(tmp_path / "m")
    with pytest.raises(GenforgeError, match="unknown CLIP config keys"):
        CLIPConfig.from_dict({"text_depth": 3})
    with pytest.raises(GenforgeError, match="init_temperature"):
        CLIPConfig(init_temperature=0.0).validate()


def test_attribute_prompts_cover_every_single_object_caption():
    prompts, _ = attribute_prompts()
    assert len(prompts) == len(set(prompts)) == 5 * 8 * 2 * 9
    assert "a small red circle at center" in prompts
    data = make_split("test", 50, size=24, max_objects=1)
    assert set(data.captions) <= set(prompts)


def test_scene_size_keeps_one_patch_per_grid_cell(tmp_path):
    cfg = scene_clip_config(48)
    assert (cfg.vision.image_size, cfg.vision.patch_size, cfg.vision.num_patches) == (48, 16, 9)
    assert scene_clip_config(24).to_dict() == CLIPConfig().to_dict()
    for bad in (25, 15):
        with pytest.raises(GenforgeError, match="multiple of 3 and >= 18"):
            scene_clip_config(bad)
    out = tmp_path / "clip36"
    argv = ["clip", "train", "--out", str(out), "--train-scenes", "200", "--batch-size", "16"]
    assert main([*argv, "--image-size", "36", "--max-steps", "2"]) == 0
    model, _ = load_clip(out)
    assert (model.config.vision.image_size, model.config.vision.patch_size) == (36, 12)
    # --resume without --image-size continues at the run's own size
    assert main([*argv, "--max-steps", "3", "--resume"]) == 0
    assert json.loads((out / "metrics.json").read_text())["steps"] == 3
