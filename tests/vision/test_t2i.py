"""Text-to-image: vector conditioning and classifier-free guidance in the DDPM, the scene
classifier's targets and read-back, and a tiny end-to-end train -> generate -> read back."""

import json

import numpy as np
import pytest
import torch

from genforge.errors import GenforgeError
from genforge.models.diffusion import Diffusion, DiffusionConfig, diffusion_loss
from genforge.vision.scene_classifier import (
    EMPTY,
    SceneClassifier,
    classifier_loss,
    read_scenes,
    scene_accuracy,
    scene_targets,
)
from genforge.vision.scenes import COLOURS, SHAPES, SIZES, make_split


def _vector_model():
    torch.manual_seed(0)
    cfg = DiffusionConfig(image_size=8, in_channels=3, channels=16, timesteps=50, cond_dim=6)
    model = Diffusion(cfg).eval()
    torch.nn.init.normal_(model.net.out.weight, std=0.1)  # zero-init output would hide y
    for block in [model.net.down1, model.net.up1, model.net.mid1]:
        torch.nn.init.normal_(block.conv2.weight, std=0.1)
    torch.nn.init.normal_(model.net.null_cond, std=1.0)
    return model


def test_cfg_scale_one_is_the_conditional_model_and_zero_the_unconditional():
    model = _vector_model()
    x, t, c = torch.randn(4, 3, 8, 8), torch.tensor([0, 10, 25, 49]), torch.randn(4, 6)
    with torch.no_grad():
        eps_c = model(x, t, c)
        eps_u = model(x, t, model.net.null_cond.expand(4, -1))
        assert not torch.allclose(eps_c, eps_u)
        # No condition at all is the learned null vector.
        assert torch.allclose(model(x, t), eps_u, atol=1e-6)
        assert torch.allclose(model.guided_eps(x, t, c, 1.0), eps_c, atol=1e-5)
        assert torch.allclose(model.guided_eps(x, t, c, 0.0), eps_u, atol=1e-5)
        w = model.guided_eps(x, t, c, 2.5)
        assert torch.allclose(w, eps_u + 2.5 * (eps_c - eps_u), atol=1e-5)


def test_vector_condition_dropout_uses_the_null_vector_at_rate_p_uncond():
    torch.manual_seed(0)
    cfg = DiffusionConfig(image_size=8, in_channels=3, channels=8, timesteps=20, cond_dim=4)
    cfg.p_uncond = 0.3
    model = Diffusion(cfg)
    with torch.no_grad():
        model.net.null_cond.fill_(-7.0)
    seen = []
    model.net.forward = lambda x, t, y=None: seen.append(y) or torch.zeros_like(x)
    c = torch.rand(3000, 4)  # in [0, 1): never equal to the null vector
    diffusion_loss(model, (torch.zeros(3000, 3, 8, 8), c))
    dropped = (seen[0] == -7.0).all(1)
    assert dropped.float().mean().item() == pytest.approx(0.3, abs=0.03)
    assert torch.equal(seen[0][~dropped], c[~dropped])


def test_vector_and_label_conditioning_are_exclusive_and_digits_keep_no_new_weights():
    with pytest.raises(GenforgeError, match="not both"):
        DiffusionConfig(num_classes=10, cond_dim=8).validate()
    names = Diffusion(DiffusionConfig(channels=8, num_classes=10)).state_dict()
    assert not any("cond" in n for n in names)  # saved digits models still load


def _token_model():
    torch.manual_seed(0)
    cfg = DiffusionConfig(image_size=8, in_channels=3, channels=16, timesteps=50, context_dim=6)
    model = Diffusion(cfg).eval()
    torch.nn.init.normal_(model.net.out.weight, std=0.1)  # zero-init output would hide y
    for block in [model.net.down1, model.net.up1, model.net.mid1, model.net.mid2]:
        torch.nn.init.normal_(block.conv2.weight, std=0.1)
    for attn in [model.net.ctx_down, model.net.ctx_mid, model.net.ctx_up]:
        torch.nn.init.normal_(attn.proj.weight, std=0.3)
    torch.nn.init.normal_(model.net.null_ctx, std=1.0)
    return model


def _tokens(b=4, t=5):
    states = torch.randn(b, t, 6)
    mask = torch.arange(t)[None, :] < torch.tensor([5, 3, 1, 4])[:b, None]  # ragged rows
    return states, mask


def test_cross_attention_reads_only_real_tokens_and_cares_where_they_point():
    model = _token_model()
    x, t = torch.randn(4, 3, 8, 8), torch.tensor([0, 10, 25, 49])
    states, mask = _tokens()
    with torch.no_grad():
        eps = model(x, t, (states, mask))
        assert eps.shape == x.shape
        # Padding positions are neither attended nor pooled: changing them changes nothing.
        noisy = torch.where(mask[..., None], states, torch.randn_like(states) * 50)
        assert torch.allclose(model(x, t, (noisy, mask)), eps, atol=1e-5)
        # ... and more padding columns at the end are invisible too.
        wider = (
            torch.cat([states, torch.randn(4, 3, 6)], 1),
            torch.cat([mask, mask[:, :3] & False], 1),
        )
        assert torch.allclose(model(x, t, wider), eps, atol=1e-5)
        # A real token's content matters (row 0 differs, the other rows do not).
        changed = states.clone()
        changed[0, 2] += 1.0
        eps2 = model(x, t, (changed, mask))
        assert not torch.allclose(eps2[0], eps[0], atol=1e-4)
        assert torch.allclose(eps2[1:], eps[1:], atol=1e-5)
    # The queries know where they are: the attention's position embedding gets a gradient.
    model.train()
    model(x, t, (states, mask)).square().mean().backward()
    assert model.net.ctx_mid.pos.grad.abs().sum() > 0
    with pytest.raises(GenforgeError, match="not both"):
        DiffusionConfig(cond_dim=4, context_dim=4).validate()


def test_context_layers_let_tokens_read_each_other_and_still_ignore_padding():
    torch.manual_seed(0)
    cfg = DiffusionConfig(
        image_size=8, in_channels=3, channels=16, timesteps=50, context_dim=8, context_layers=2
    )
    enc = Diffusion(cfg).net.ctx_blocks.eval()
    states, mask = torch.randn(4, 5, 8), _tokens()[1]
    with torch.no_grad():
        out, out_mask = enc(states, mask)
        assert out.shape == states.shape and torch.equal(out_mask, mask)
        # Padding keys are invisible: noise in them leaves every real token's state alone.
        noisy = torch.where(mask[..., None], states, torch.randn_like(states) * 50)
        assert torch.allclose(enc(noisy, mask)[0][mask], out[mask], atol=1e-5)
        # Attention is bidirectional: a later word changes an earlier word's state.
        later = states.clone()
        later[0, 3] += torch.randn(8)  # not a constant: LayerNorm would remove it
        assert not torch.allclose(enc(later, mask)[0][0, 0], out[0, 0], atol=1e-4)
    # Without layers the encoder is the identity and adds no weights (old dirs still load).
    plain = Diffusion(DiffusionConfig(image_size=8, in_channels=3, channels=16, context_dim=8))
    assert plain.net.ctx_blocks(states, mask)[0] is states
    assert not any("ctx_blocks" in n for n in plain.state_dict())
    for bad, match in [
        (dict(context_layers=2), "needs a token condition"),
        (dict(context_dim=6, context_layers=1), "multiple of 4"),
        (dict(context_dim=8, context_layers=13), r"\[0, 12\]"),
    ]:
        with pytest.raises(GenforgeError, match=match):
            DiffusionConfig(**bad).validate()


def test_token_cfg_scale_one_is_the_conditional_model_and_zero_the_null_tokens():
    model = _token_model()
    x, t = torch.randn(4, 3, 8, 8), torch.tensor([0, 10, 25, 49])
    cond = _tokens()
    null = model.net.null_condition(cond)
    assert null[0].shape == cond[0].shape and null[1].tolist() == [[True] + [False] * 4] * 4
    assert torch.equal(null[0][:, 0], model.net.null_ctx.detach().expand(4, -1))
    with torch.no_grad():
        eps_c, eps_u = model(x, t, cond), model(x, t, null)
        assert not torch.allclose(eps_c, eps_u)
        assert torch.allclose(model(x, t), eps_u, atol=1e-5)  # no condition = the null token
        assert torch.allclose(model.guided_eps(x, t, cond, 1.0), eps_c, atol=1e-5)
        assert torch.allclose(model.guided_eps(x, t, cond, 0.0), eps_u, atol=1e-5)
        w = model.guided_eps(x, t, cond, 3.0)
        assert torch.allclose(w, eps_u + 3.0 * (eps_c - eps_u), atol=1e-4)


def test_token_condition_dropout_swaps_whole_rows_for_the_null_token():
    torch.manual_seed(0)
    cfg = DiffusionConfig(image_size=8, in_channels=3, channels=8, timesteps=20, context_dim=4)
    cfg.p_uncond = 0.3
    model = Diffusion(cfg)
    with torch.no_grad():
        model.net.null_ctx.fill_(-7.0)
    seen = []
    model.net.forward = lambda x, t, y=None: seen.append(y) or torch.zeros_like(x)
    states, mask = torch.rand(3000, 5, 4), torch.ones(3000, 5, dtype=torch.bool)
    diffusion_loss(model, (torch.zeros(3000, 3, 8, 8), (states, mask)))
    got_states, got_mask = seen[0]
    dropped = (got_states[:, 0] == -7.0).all(1)
    assert dropped.float().mean().item() == pytest.approx(0.3, abs=0.03)
    assert torch.equal(got_states[~dropped], states[~dropped])
    assert torch.equal(got_mask[~dropped], mask[~dropped])
    assert got_mask[dropped].sum(1).eq(1).all() and got_states[dropped][:, 1:].eq(0).all()


def test_scene_targets_and_read_back_of_a_perfect_classifier():
    data = make_split("test", 40, size=24)
    targets = scene_targets(data.scenes)
    assert targets.shape == (40, 9, 3)
    s = data.scenes[0]
    o = s.objects[0]
    cell = o.row * 3 + o.col
    assert targets[0, cell].tolist() == [
        SHAPES.index(o.shape),
        COLOURS.index(o.colour),
        SIZES.index(o.size),
    ]
    assert (targets[:, :, 0] == EMPTY).sum().item() == 40 * 9 - sum(
        len(s.objects) for s in data.scenes
    )

    class Oracle(SceneClassifier):
        """Emits one-hot logits of the true targets for the images it is shown."""

        def __init__(self, t):
            super().__init__(channels=8)
            self.t = t

        def forward(self, images):
            n = images.shape[0]
            t = self.t[:n]
            shape = torch.nn.functional.one_hot(t[..., 0], len(SHAPES) + 1).float()
            colour = torch.nn.functional.one_hot(t[..., 1].clamp(min=0), len(COLOURS)).float()
            size = torch.nn.functional.one_hot(t[..., 2].clamp(min=0), len(SIZES)).float()
            return torch.cat([shape, colour, size], -1).transpose(1, 2).reshape(n, -1, 3, 3)

    oracle = Oracle(targets)
    assert [r for r in read_scenes(oracle, data.images)] == [s.objects for s in data.scenes]
    assert scene_accuracy(oracle, data.images, data.scenes) == {
        "exact": 1.0,
        "shape": 1.0,
        "colour": 1.0,
        "size": 1.0,
    }
    # A fresh model is far from the targets (the loss is what training lowers).
    fresh = SceneClassifier(channels=8)
    from genforge.vision.scenes import to_tensor

    batch = (to_tensor(data.images), targets)
    assert classifier_loss(fresh, batch).item() > 1.0


@pytest.fixture(scope="module")
def tiny_clip(tmp_path_factory):
    from genforge.models.clip import CLIP, CLIPConfig
    from genforge.models.vit import ViTConfig
    from genforge.vision.clip_train import caption_tokenizer, save_clip

    data = make_split("train", 32, size=24, max_objects=1)
    tok = caption_tokenizer(data.captions)
    vit = ViTConfig(image_size=24, patch_size=8, n_layer=1, n_head=2, n_embd=16)
    cfg = CLIPConfig(vision=vit, text_layers=1, text_heads=2, text_width=16, embed_dim=8)
    cfg.vocab_size = tok.vocab_size
    out = tmp_path_factory.mktemp("clip")
    save_clip(CLIP(cfg), tok, out)
    return out


def test_t2i_pooled_condition_trains_saves_and_loads(tmp_path, tiny_clip):
    from genforge.vision.t2i import T2ITrainConfig, generate, load_t2i, train_t2i

    cfg = T2ITrainConfig(
        train_scenes=32, max_steps=2, batch_size=8, device="cpu", condition="pooled"
    )
    train_t2i(tmp_path / "t2i", tiny_clip, DiffusionConfig(channels=8, timesteps=20), cfg)
    meta = json.loads((tmp_path / "t2i" / "config.json").read_text())
    assert meta["diffusion"]["cond_dim"] == 8 and meta["diffusion"]["context_dim"] == 0
    model, clip, tok = load_t2i(tmp_path / "t2i")
    assert model.net.ctx_proj is None and model.net.cond_proj is not None
    images = generate(model, clip, tok, ["a small red circle at center"], steps=2)
    assert images.shape == (1, 24, 24, 3)
    with pytest.raises(GenforgeError, match="condition must be one of"):
        T2ITrainConfig(condition="words").validate()


def test_t2i_train_generate_and_read_back_end_to_end(tmp_path, tiny_clip):
    from genforge.io import read_json
    from genforge.vision.clip_train import load_clip, text_states
    from genforge.vision.scene_classifier import train_scene_classifier
    from genforge.vision.t2i import T2ITrainConfig, generate, load_t2i, readback, train_t2i

    cfg = T2ITrainConfig(train_scenes=32, max_steps=2, batch_size=8, device="cpu")
    model_cfg = DiffusionConfig(in_channels=3, channels=8, timesteps=20)
    summary = train_t2i(tmp_path / "t2i", tiny_clip, model_cfg, cfg)
    assert summary["steps"] == 2
    meta = json.loads((tmp_path / "t2i" / "config.json").read_text())
    assert meta["model_type"] == "genforge-t2i" and meta["train"]["condition"] == "tokens"
    # The token path is the default: the text tower's width, no pooled vector.
    assert meta["diffusion"]["context_dim"] == 16 and meta["diffusion"]["cond_dim"] == 0
    model, clip, tok = load_t2i(tmp_path / "t2i")
    # Save/load round trip: the loaded net is the trained EMA, cross-attention included.
    from safetensors.torch import load_file

    saved = load_file(str(tmp_path / "t2i" / "model.safetensors"))
    assert any(k.startswith("net.ctx_mid.") for k in saved)
    assert all(torch.equal(v, saved[k]) for k, v in model.state_dict().items() if k in saved)
    assert model.cfg == DiffusionConfig(**read_json(tmp_path / "t2i" / "config.json")["diffusion"])
    states, mask = text_states(*load_clip(tiny_clip), ["a small red circle at center", "a"])
    assert states.shape == (2, mask.shape[1], 16) and mask.sum(1).tolist()[1] < mask.shape[1]
    images = generate(model, clip, tok, ["a small red circle at center"] * 2, steps=3)
    assert images.shape == (2, 24, 24, 3) and images.dtype == np.uint8
    train_scene_classifier(tmp_path / "cls", n_train=64, n_test=20, max_steps=2, batch_size=16)
    figures = readback(tmp_path / "t2i", tmp_path / "cls", n=4, steps=2)
    assert set(figures["generated"]) == {"exact", "shape", "colour", "size"}
    assert figures["images"].shape == (4, 24, 24, 3)
    with pytest.raises(GenforgeError, match="no captions"):
        generate(model, clip, tok, [])
    # The CLI draws a grid (one row per caption) and refuses a wrong dir with exit 2.
    from genforge.cli import main

    png = tmp_path / "grid.png"
    argv = ["clip", "generate", "--model", str(tmp_path / "t2i"), "--out", str(png)]
    assert (
        main([*argv, "--caption", "a large blue square at top left", "--n", "2", "--steps", "2"])
        == 0
    )
    assert png.stat().st_size > 0
    assert main(["clip", "eval", "--model", str(tmp_path / "t2i")]) == 2
    with pytest.raises(GenforgeError, match="not 'genforge-t2i'"):
        load_t2i(tmp_path / "cls")
    with pytest.raises(GenforgeError, match="max_objects"):
        T2ITrainConfig(max_objects=4).validate()


def test_cli_trains_text_blocks_by_default_for_tokens_only(tmp_path, tiny_clip):
    """`clip t2i` gives token-conditioned runs two trainable text blocks unless told
    otherwise; the pooled condition has no tokens to run them over, so it gets none."""
    from genforge.cli import main
    from genforge.io import read_json

    common = ["--clip", str(tiny_clip), "--train-scenes", "32", "--max-steps", "1"]
    common += ["--batch-size", "8", "--device", "cpu"]
    layers = {}
    for name, extra in (
        ("tok", []),
        ("plain", ["--context-layers", "0"]),
        ("pool", ["--condition", "pooled"]),
    ):
        assert main(["clip", "t2i", "--out", str(tmp_path / name), *common, *extra]) == 0
        layers[name] = read_json(tmp_path / name / "config.json", "t2i")["diffusion"][
            "context_layers"
        ]
    assert layers == {"tok": 2, "plain": 0, "pool": 0}
