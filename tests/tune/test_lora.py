"""LoRA adapters: exact algebra, merge/unmerge, saved adapters, switching, training, peft parity."""

from __future__ import annotations

import pytest
import torch
import torch.nn.functional as F

from genforge.errors import GenforgeError
from genforge.modeldir import load_model_dir, save_model_dir
from genforge.models.gpt import GPT, GPTConfig
from genforge.tokenizer import Tokenizer, train_tokenizer
from genforge.train.loop import LoopConfig, train_loop
from genforge.tune.lora import (
    LoraLinear,
    LoraSpec,
    apply_lora,
    export_adapter_peft,
    load_adapter,
    lora_modules,
    merge_lora,
    save_adapter,
    set_active_adapter,
    trainable_parameters,
    unmerge_lora,
)

LLAMA = dict(arch="llama", n_layer=2, n_head=4, n_kv_head=2, n_embd=32, block_size=32)
VOCAB = 300
GPT2 = dict(arch="gpt2", n_layer=2, n_head=4, n_kv_head=None, n_embd=32, block_size=32)


pytestmark = pytest.mark.usefixtures("one_thread")


@pytest.fixture(scope="module")
def tok() -> Tokenizer:
    return train_tokenizer(["def add(a, b):\n    return a + b\n" * 40], vocab_size=VOCAB)


def make_model(seed: int = 0, **over) -> GPT:
    torch.manual_seed(seed)
    cfg = GPTConfig(**{"vocab_size": VOCAB, **LLAMA, **over})
    model = GPT(cfg).eval()
    with torch.no_grad():
        for p in model.parameters():
            if p.ndim == 2:
                p.normal_(0.0, 0.2)  # larger weights: logits that differ visibly per change
    return model


def randomize_b(model: torch.nn.Module, name: str = "default", seed: int = 1) -> None:
    """Nonzero B matrices, as after training, so every adapter actually changes outputs."""
    g = torch.Generator().manual_seed(seed)
    with torch.no_grad():
        for layer in lora_modules(model).values():
            if name in layer.adapters:
                for b in layer.adapters[name].lora_B.values():
                    b.copy_(torch.randn(b.shape, generator=g) * 0.3)


def tokens(seed: int = 2, shape=(2, 24)) -> torch.Tensor:
    return torch.randint(0, VOCAB, shape, generator=torch.Generator().manual_seed(seed))


def test_parse_spec_and_errors():
    spec = LoraSpec.parse("8,16,0.05,q,v")
    assert (spec.r, spec.alpha, spec.dropout, spec.targets) == (8, 16.0, 0.05, ("q", "v"))
    assert spec.scaling == 2.0
    assert LoraSpec.parse("4, 4, 0").targets == ("q", "v")
    assert LoraSpec.from_dict(spec.to_dict()) == spec
    for bad in ("8,16", "x,16,0,q", "0,16,0,q", "8,16,1.5,q", "8,-1,0,q"):
        with pytest.raises(GenforgeError, match=r"LoRA|lora"):
            LoraSpec.parse(bad)
    with pytest.raises(GenforgeError, match=r"match no linear layer.*qkv"):
        apply_lora(make_model(), "4,8,0,nonexistent")


def test_fresh_adapter_is_identity_and_only_adapters_train():
    model = make_model()
    idx = tokens()
    before = model(idx)[0]
    apply_lora(model, "4,8,0,q,v,mlp")
    assert torch.equal(model(idx)[0], before)  # B = 0 at init
    trainable = {n for n, p in model.named_parameters() if p.requires_grad}
    assert trainable and all(".adapters.default.lora_" in n for n in trainable)
    c = model.config
    q_rows, kv_rows, hidden = c.n_head * c.head_dim, c.kv_head_count * c.head_dim, c.ffn_dim
    per_layer = 4 * (c.n_embd + q_rows) + 4 * (c.n_embd + kv_rows)  # q and v slices
    per_layer += 2 * 4 * (c.n_embd + hidden) + 4 * (hidden + c.n_embd)  # gate, up, down
    counts = trainable_parameters(model)
    assert counts["trainable"] == c.n_layer * per_layer
    assert counts["total"] == make_model().num_params() + counts["trainable"]


def test_slice_adapters_equal_explicit_low_rank_update():
    model = make_model()
    apply_lora(model, LoraSpec(r=3, alpha=6.0, targets=("q", "v")))
    randomize_b(model)
    layer = model.blocks[0].attn.qkv
    assert isinstance(layer, LoraLinear)
    ad = layer.adapters["default"]
    c = model.config
    q, kv = c.n_head * c.head_dim, c.kv_head_count * c.head_dim
    w = layer.base.weight.detach().clone()
    w[:q] += 2.0 * ad.lora_B["q"] @ ad.lora_A["q"]
    w[q + kv :] += 2.0 * ad.lora_B["v"] @ ad.lora_A["v"]
    x = torch.randn(5, c.n_embd)
    torch.testing.assert_close(layer(x), F.linear(x, w), atol=1e-5, rtol=1e-5)
    # The k rows belong to no adapter: they stay exactly the base's.
    torch.testing.assert_close(layer(x)[:, q : q + kv], layer.base(x)[:, q : q + kv])


def test_merge_unmerge_exact_and_unload_gives_plain_gpt(tmp_path, tok):
    model = make_model()
    idx = tokens()
    base_logits = model(idx)[0]
    apply_lora(model, "4,8,0,q,k,v,proj,mlp")
    randomize_b(model)
    adapted = model(idx)[0]
    assert (adapted - base_logits).abs().max() > 1e-2
    weights = {n: m.base.weight.detach().clone() for n, m in lora_modules(model).items()}
    merge_lora(model, keep=True)
    # Merged W + BA rounds differently from the separate paths: allow float32 rounding of
    # these large logits (a few ulps of the largest), CPU-dependent, nothing more.
    ulps = 4e-6 * float(adapted.abs().max())
    torch.testing.assert_close(model(idx)[0], adapted, atol=ulps, rtol=1e-5)
    unmerge_lora(model)
    for n, m in lora_modules(model).items():
        torch.testing.assert_close(m.base.weight, weights[n], atol=1e-6, rtol=0)
    torch.testing.assert_close(model(idx)[0], adapted, atol=ulps, rtol=1e-5)

    merge_lora(model)  # unload: an ordinary GPT, savable as a model dir
    assert not lora_modules(model)
    assert set(model.state_dict()) == set(make_model().state_dict())
    merged = model(idx)[0]
    torch.testing.assert_close(merged, adapted, atol=ulps, rtol=1e-5)
    loaded = load_model_dir(save_model_dir(tmp_path / "merged", model, tok), device="cpu")
    torch.testing.assert_close(loaded.model(idx)[0], merged, atol=0, rtol=0)


def test_save_load_and_switch_between_adapters(tmp_path):
    model = make_model()
    idx = tokens()
    base_logits = model(idx)[0]
    torch.manual_seed(5)
    apply_lora(model, "4,8,0,q,v", name="a")
    randomize_b(model, "a", seed=3)
    logits_a = model(idx)[0]
    save_adapter(model, tmp_path / "a")
    apply_lora(model, "2,2,0,proj,down_proj", name="b")
    randomize_b(model, "b", seed=4)
    logits_b = model(idx)[0]
    save_adapter(model, tmp_path / "b", name="b")
    assert sorted(p.name for p in (tmp_path / "a").iterdir()) == [
        "adapter_config.json",
        "adapter_model.safetensors",
    ]

    fresh = make_model()  # the same base weights, no adapters
    load_adapter(fresh, tmp_path / "a", name="a")
    load_adapter(fresh, tmp_path / "b", name="b")
    set_active_adapter(fresh, "a")
    torch.testing.assert_close(fresh(idx)[0], logits_a, atol=1e-6, rtol=0)
    set_active_adapter(fresh, "b")
    torch.testing.assert_close(fresh(idx)[0], logits_b, atol=1e-6, rtol=0)
    set_active_adapter(fresh, None)
    torch.testing.assert_close(fresh(idx)[0], base_logits, atol=1e-6, rtol=0)
    set_active_adapter(fresh, "a")
    merge_lora(fresh, keep=True)
    set_active_adapter(fresh, "b")  # switching away from a merged adapter unmerges it first
    torch.testing.assert_close(fresh(idx)[0], logits_b, atol=1e-5, rtol=1e-5)
    with pytest.raises(GenforgeError, match="no adapter named 'c'"):
        set_active_adapter(fresh, "c")

    other = make_model(n_embd=48)
    with pytest.raises(GenforgeError, match="base model"):
        load_adapter(other, tmp_path / "a")
    with pytest.raises(GenforgeError, match="not a LoRA adapter dir"):
        load_adapter(make_model(), tmp_path)


def test_dropout_acts_on_lora_path_only_in_training():
    model = make_model()
    apply_lora(model, "4,8,0.5,q,v")
    randomize_b(model)
    idx = tokens()
    model.train()
    assert not torch.equal(model(idx)[0], model(idx)[0])
    model.eval()
    assert torch.equal(model(idx)[0], model(idx)[0])


class RandomTokens:
    """A fixed small set of token rows served in turn (a BatchSource for train_loop)."""

    def __init__(self, rows: torch.Tensor) -> None:
        self.rows, self.i = rows, 0

    def next_batch(self):
        row = self.rows[self.i % len(self.rows)]
        self.i += 1
        return row[:-1].unsqueeze(0).repeat(4, 1), row[1:].unsqueeze(0).repeat(4, 1)

    def state_dict(self):
        return {"i": self.i}

    def load_state_dict(self, state):
        self.i = state["i"]


def test_training_through_the_shared_loop_moves_only_the_adapter(tmp_path):
    model = make_model()
    frozen = {k: v.clone() for k, v in model.state_dict().items()}
    apply_lora(model, "8,16,0,q,v,proj")
    model.train()
    rows = tokens(seed=9, shape=(2, 25))
    batches = RandomTokens(rows)
    x, y = batches.next_batch()
    loss_before = model(x, y)[1].item()
    params = [p for p in model.parameters() if p.requires_grad]
    opt = torch.optim.AdamW(params, lr=1e-2)
    cfg = LoopConfig(max_steps=40, log_every=10, progress=False, checkpoint_every_s=None)
    train_loop(model, opt, batches, cfg, device=torch.device("cpu"))
    loss_after = model(x, y)[1].item()
    assert loss_after < 0.7 * loss_before
    for name, m in lora_modules(model).items():
        assert torch.equal(m.base.weight, frozen[name + ".weight"])
    assert torch.equal(model.wte.weight, frozen["wte.weight"])


@pytest.mark.parametrize(
    ("arch", "spec"),
    [
        ("llama", "4,8,0,q,v,mlp"),
        ("llama", "3,6,0,qkv,proj"),
        ("gpt2", "4,8,0,q,v,fc"),
        ("gpt2", "2,4,0,qkv,attn.proj,mlp.proj"),
    ],
)
def test_peft_on_hf_export_gives_the_same_logits(tmp_path, tok, arch, spec):
    transformers = pytest.importorskip("transformers")
    peft = pytest.importorskip("peft")
    from genforge.compress.export import export_hf

    over = LLAMA if arch == "llama" else GPT2
    model = make_model(**{**over, "vocab_size": tok.vocab_size})
    hf_dir = export_hf(save_model_dir(tmp_path / "base", model, tok), tmp_path / "hf")
    apply_lora(model, spec)
    randomize_b(model)
    save_adapter(model, tmp_path / "adapter")
    export_adapter_peft(tmp_path / "adapter", tmp_path / "peft")

    hf = transformers.AutoModelForCausalLM.from_pretrained(hf_dir).eval()
    idx = torch.randint(0, tok.vocab_size, (2, 20), generator=torch.Generator().manual_seed(3))
    with torch.no_grad():
        plain = hf(idx).logits
        peft_model = peft.PeftModel.from_pretrained(hf, tmp_path / "peft").eval()
        theirs = peft_model(idx).logits
        ours = model(idx)[0]
    assert (ours - plain).abs().max() > 1e-2  # the adapter matters, so parity means something
    torch.testing.assert_close(theirs, ours, atol=1e-4, rtol=1e-4)


def test_export_cli_writes_the_peft_adapter_beside_the_hf_model(tmp_path, tok, capsys):
    import json

    from genforge.cli import main

    model = make_model(vocab_size=tok.vocab_size)
    base = save_model_dir(tmp_path / "base", model, tok)
    apply_lora(model, "4,8,0.1,q,k,v")
    save_adapter(model, tmp_path / "adapter")
    args = ["export", "--model", str(base), "--out", str(tmp_path / "hf"), "--json"]
    assert main([*args, "--adapter", str(tmp_path / "adapter")]) == 0
    line = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    config = json.loads((tmp_path / "hf" / "adapter" / "adapter_config.json").read_text())
    assert line["adapter"] == str(tmp_path / "hf" / "adapter")
    assert config["peft_type"] == "LORA" and config["r"] == 4 and config["lora_dropout"] == 0.1
    assert config["target_modules"] == sorted(
        f"model.layers.{i}.self_attn.{p}_proj" for i in range(2) for p in "qkv"
    )
    assert main([*args[:4], str(tmp_path / "hf2"), "--adapter", str(tmp_path)]) == 2
    assert "not a LoRA adapter dir" in capsys.readouterr().err
    assert not (tmp_path / "hf2").exists()
