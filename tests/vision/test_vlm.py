"""The VLM model (models/vlm.py) and its model dir (modeldir.save_vlm / load_vlm)."""

from __future__ import annotations

import json

import pytest
import torch
from tests.infer.test_engine import run

from genforge.errors import GenforgeError
from genforge.infer.engine import Engine
from genforge.infer.protocol import SamplingParams
from genforge.modeldir import load_model_dir, load_vlm, save_model_dir, save_vlm
from genforge.models.gpt import GPT, GPTConfig
from genforge.models.vit import ViTConfig
from genforge.models.vlm import VLM, VLMConfig, pad_questions
from genforge.nn.kv_cache import SlotKVCache
from genforge.tokenizer import train_tokenizer

pytestmark = pytest.mark.usefixtures("one_thread")


def tiny_config(
    arch: str = "llama",
    projector: str = "mlp",
    image_pos_embed: bool = False,
    question_attn: bool = False,
) -> VLMConfig:
    return VLMConfig(
        vision=ViTConfig(image_size=16, patch_size=4, n_layer=1, n_head=2, n_embd=16),
        lm=GPTConfig(vocab_size=300, n_layer=2, n_head=2, n_embd=32, block_size=40, arch=arch),
        projector=projector,
        image_pos_embed=image_pos_embed,
        question_attn=question_attn,
    )


def wake(vlm: VLM) -> VLM:
    """Question attention far from its init (its output matrix starts at zero, so a new
    model's image would not depend on the prompt and a test could not tell)."""
    with torch.no_grad():
        for p in vlm.question_attn.parameters():
            if p.ndim == 2:
                p.normal_(0.0, 0.5)
    return vlm


@pytest.fixture(scope="module")
def tokenizer():
    texts = ["a large red circle at top left", "what colour is the square?"] * 20
    return train_tokenizer(texts, vocab_size=300)


def test_shapes_and_prefix():
    torch.manual_seed(0)
    vlm = VLM(tiny_config())
    images = torch.rand(3, 3, 16, 16)
    prefix = vlm.image_prefix(images)
    assert prefix.shape == (3, 16, 32)  # P = (16/4)^2 patches, LM width
    idx = torch.randint(0, 300, (3, 7))
    logits, loss = vlm(images, idx)
    assert logits.shape == (3, 7, 300) and loss is None


@pytest.mark.parametrize("projector", ["mlp", "linear"])
def test_loss_only_on_text_and_image_matters(projector):
    """The loss is the text positions' cross-entropy (nothing on the image), and the
    image changes the text logits (the prefix is really attended to)."""
    torch.manual_seed(0)
    vlm = VLM(tiny_config(projector=projector))
    images = torch.rand(2, 3, 16, 16)
    idx = torch.randint(0, 300, (2, 6))
    targets = torch.randint(0, 300, (2, 6))
    targets[0, :3] = -100
    logits, loss = vlm(images, idx, targets)
    keep = targets != -100
    want = torch.nn.functional.cross_entropy(logits[keep], targets[keep])
    torch.testing.assert_close(loss, want)
    other, _ = vlm(torch.rand(2, 3, 16, 16), idx)
    assert (other - logits).abs().max() > 1e-4
    # Gradients reach the vision tower through the projector.
    loss.backward()
    assert vlm.vit.patch_embed.weight.grad.abs().sum() > 0


@pytest.mark.parametrize("arch", ["llama", "gpt2"])
@pytest.mark.parametrize("extra", ["none", "image_pos_embed", "question_attn"])
def test_image_prefix_in_kv_cache_equals_full_forward(arch, extra):
    """Prefill the P image vectors into the KV cache, then the ids, then decode one token at
    a time: every logit equals the full forward's (what the engine does with a VLM)."""
    torch.manual_seed(0)
    cfg = tiny_config(
        arch, image_pos_embed=extra == "image_pos_embed", question_attn=extra == "question_attn"
    )
    vlm = VLM(cfg).eval()
    if extra == "image_pos_embed":  # a table far from its init, so leaving it out would show
        torch.nn.init.normal_(vlm.image_pos.weight, std=1.0)
    if extra == "question_attn":
        wake(vlm)
    images = torch.rand(1, 3, 16, 16)
    idx = torch.randint(0, 300, (1, 9))
    questions = pad_questions([idx[0, :5].tolist()])  # the prompt part, as served
    full, _ = vlm(images, idx, questions=questions)
    lm = vlm.lm
    pool = SlotKVCache(lm.config.n_layer, 1, lm.config.kv_head_count, 40, lm.config.head_dim)
    with torch.no_grad():
        batch = pool.rows(0, 1)
        positions, mask = batch.begin(1, vlm.image_positions)
        prefix = vlm.image_prefix(images, questions)
        lm.trunk(prefix, positions=positions, attn_mask=mask, kv_cache=batch)
        batch.advance(vlm.image_positions)
        prompt, _ = lm(idx[:, :5], kv_cache=pool.rows(0, 1))
        steps = [lm(idx[:, t : t + 1], kv_cache=pool.rows(0, 1))[0] for t in range(5, 9)]
    cached = torch.cat([prompt, *steps], dim=1)
    torch.testing.assert_close(cached, full, atol=1e-5, rtol=1e-4)


@pytest.mark.parametrize("arch", ["llama", "gpt2"])
def test_engine_with_image_pos_embed_equals_full_forward(tokenizer, arch):
    """Engine.submit(prefix_embeds=vlm.image_prefix(image)) decodes greedily the ids the full
    VLM forward picks, with the same log-probabilities: the position table is part of the
    prefix the engine is handed, not something only forward() adds."""
    torch.manual_seed(0)
    vlm = VLM(tiny_config(arch, image_pos_embed=True)).eval()
    torch.nn.init.normal_(vlm.image_pos.weight, std=1.0)
    images = torch.rand(1, 3, 16, 16)
    prompt = [1, 17, 42, 99, 7]
    ids, want_lps = list(prompt), []
    with torch.no_grad():
        for _ in range(6):
            logits = vlm(images, torch.tensor([ids]))[0][0, -1]
            ids.append(int(logits.argmax()))
            want_lps.append(float(torch.log_softmax(logits.float(), -1)[ids[-1]]))
        prefix = vlm.image_prefix(images)[0]
    engine = Engine(vlm.lm, tokenizer, vlm=vlm, max_batch_size=2)
    params = SamplingParams(max_tokens=6, temperature=0.0, ignore_eos=True, logprobs=0)
    got, _, events = run(engine.submit(prompt, params, prefix_embeds=prefix))
    assert got == ids[len(prompt) :]
    assert [e.logprob for e in events] == pytest.approx(want_lps, abs=1e-4)
    # Without the table the same image gives another prefix, so the table is really in it.
    with torch.no_grad():
        bare = vlm.projector(vlm.vit(images)[:, 1:])[0]
    torch.testing.assert_close(prefix - bare, vlm.image_pos.weight.detach())


def test_image_pos_embed_is_one_trained_vector_per_position():
    """On: the prefix is the projector's output plus row p of a (P, C) table at position p
    (the class token's row too), and the loss reaches the table. Off: no such weights."""
    torch.manual_seed(0)
    cfg = tiny_config(image_pos_embed=True)
    cfg.vision_cls = True
    vlm = VLM(cfg)
    assert tuple(vlm.image_pos.weight.shape) == (17, 32)  # 16 patches + the class token
    off = VLM(tiny_config())
    assert off.image_pos is None and not any("image_pos" in k for k in off.state_dict())
    images = torch.rand(2, 3, 16, 16)
    with torch.no_grad():
        bare = vlm.projector(vlm.vit(images))
        torch.testing.assert_close(vlm.image_prefix(images), bare + vlm.image_pos.weight)
    idx, targets = torch.randint(0, 300, (2, 6)), torch.randint(0, 300, (2, 6))
    _, loss = vlm(images, idx, targets)
    loss.backward()
    grad = vlm.image_pos.weight.grad
    assert grad is not None and (grad.abs().sum(dim=1) > 0).all()  # every row is trained


def test_question_attention_reads_the_prompt_and_starts_as_without():
    """A new question_attn VLM's prefix is the plain VLM's (the output matrix starts at zero);
    once trained the prefix depends on the prompt, padding does not change a row, gradients
    reach the attention and the LM's token table through it, and it refuses to run blind."""
    torch.manual_seed(0)
    vlm = VLM(tiny_config(question_attn=True))
    plain = VLM(tiny_config())
    plain.load_state_dict(vlm.state_dict(), strict=False)
    images = torch.rand(2, 3, 16, 16)
    a, b = [1, 17, 42, 99], [1, 23, 5]
    with torch.no_grad():
        torch.testing.assert_close(
            vlm.image_prefix(images, pad_questions([a, b])), plain.image_prefix(images)
        )
    wake(vlm)
    with torch.no_grad():
        both = vlm.image_prefix(images, pad_questions([a, b]))
        alone = vlm.image_prefix(images[1:], pad_questions([b]))
        torch.testing.assert_close(both[1:], alone)  # -1 padding is no token
        other = vlm.image_prefix(images[:1], pad_questions([[1, 23, 99, 42]]))
        assert (other - both[:1]).abs().max() > 1e-3  # another question, another prefix
        order = vlm.image_prefix(images[:1], pad_questions([[1, 99, 42, 17]]))
        assert (order - both[:1]).abs().max() > 1e-3  # word order counts (relations)
        none = vlm.image_prefix(images[:1], pad_questions([[]]))
        torch.testing.assert_close(none, plain.image_prefix(images[:1]))  # no prompt: as plain
    idx, targets = torch.randint(0, 300, (2, 6)), torch.randint(0, 300, (2, 6))
    _, loss = vlm(images, idx, targets, questions=pad_questions([a, b]))
    loss.backward()
    assert vlm.question_attn.out.weight.grad.abs().sum() > 0
    assert vlm.lm.wte.weight.grad[[17, 42, 99, 23, 5]].abs().sum(dim=1).gt(0).all()
    with pytest.raises(GenforgeError, match="question_attn"):
        vlm.image_prefix(images)
    with pytest.raises(GenforgeError, match="question_attn"):
        vlm.image_prefix(images, pad_questions([a]))  # one row for two images
    with pytest.raises(GenforgeError, match="at most 40"):
        vlm.image_prefix(images[:1], pad_questions([[1] * 41]))
    assert not any("question_attn" in k for k in plain.state_dict())


def test_bad_inputs():
    vlm = VLM(tiny_config())
    with pytest.raises(GenforgeError, match=r"\(B, 3, 16, 16\)"):
        vlm.image_prefix(torch.rand(1, 3, 32, 32))
    with pytest.raises(GenforgeError, match="float in"):
        vlm.image_prefix(torch.zeros(1, 3, 16, 16, dtype=torch.uint8))
    with pytest.raises(GenforgeError, match="one image per token row"):
        vlm(torch.rand(2, 3, 16, 16), torch.zeros(3, 4, dtype=torch.long))
    with pytest.raises(GenforgeError, match="exceed the LM's block_size"):
        vlm(torch.rand(1, 3, 16, 16), torch.zeros(1, 30, dtype=torch.long))
    cfg = tiny_config()
    cfg.lm.block_size = 16
    with pytest.raises(GenforgeError, match="no room for text"):
        VLM(cfg)
    with pytest.raises(GenforgeError, match="projector"):
        VLM(tiny_config(projector="qformer"))
    with pytest.raises(GenforgeError, match="unknown VLM config keys"):
        VLMConfig.from_dict({**tiny_config().to_dict(), "resampler": 1})


@pytest.mark.parametrize("image_pos_embed", [False, True])
def test_model_dir_round_trip(tmp_path, tokenizer, image_pos_embed):
    torch.manual_seed(0)
    # question_attn with image_pos_embed: both optional weight sets make the trip.
    cfg = tiny_config(image_pos_embed=image_pos_embed, question_attn=image_pos_embed)
    vlm = VLM(cfg).eval()
    if image_pos_embed:
        torch.nn.init.normal_(vlm.image_pos.weight, std=1.0)
        wake(vlm)
    out = save_vlm(tmp_path / "vlm", vlm, tokenizer, extra_config={"train": {"steps": 3}})
    config = json.loads((out / "config.json").read_text())
    assert config["model_type"] == "genforge-vlm"
    assert config["vision"]["patch_size"] == 4 and config["projector"] == "mlp"
    assert config["lm"]["n_embd"] == 32 and config["train"] == {"steps": 3}
    assert {p.name for p in out.iterdir()} >= {
        "model.safetensors",
        "tokenizer.json",
        "card.md",
        "generation_config.json",
    }
    loaded, tok = load_vlm(out)
    assert tok.sha256 == tokenizer.sha256
    images, idx = torch.rand(2, 3, 16, 16), torch.randint(0, 300, (2, 5))
    q = pad_questions([[1, 2, 3], [4, 5]])
    with torch.no_grad():
        torch.testing.assert_close(
            loaded(images, idx, questions=q)[0], vlm(images, idx, None, q)[0]
        )
    assert config["question_attn"] is image_pos_embed
    assert loaded.lm.lm_head.weight is loaded.lm.wte.weight  # the tie survives the trip
    assert config["image_pos_embed"] is image_pos_embed
    if image_pos_embed:  # the table is stored in model.safetensors like every weight
        torch.testing.assert_close(loaded.image_pos.weight, vlm.image_pos.weight)


def test_wrong_kind_of_dir(tmp_path, tokenizer):
    """A text model dir given as a VLM, and a VLM dir given where a text model is expected,
    each fail with the command that fits."""
    text_dir = save_model_dir(tmp_path / "text", GPT(GPTConfig(vocab_size=300)), tokenizer)
    with pytest.raises(GenforgeError, match=r"not a vision-language model dir.*--lm DIR"):
        load_vlm(text_dir)
    vlm_dir = save_vlm(tmp_path / "vlm", VLM(tiny_config()), tokenizer)
    with pytest.raises(GenforgeError, match=r"vision-language model dir.*genforge vlm ask"):
        load_model_dir(vlm_dir)
    with pytest.raises(GenforgeError, match="not found"):
        load_vlm(tmp_path / "missing")


def test_damaged_weights_refused(tmp_path, tokenizer):
    out = save_vlm(tmp_path / "vlm", VLM(tiny_config()), tokenizer)
    config = json.loads((out / "config.json").read_text())
    config["lm"]["n_embd"] = 64  # the config now lies about the weights
    config["lm"]["n_head"] = 4
    (out / "config.json").write_text(json.dumps(config))
    with pytest.raises(GenforgeError, match=r"config\.json"):
        load_vlm(out)
