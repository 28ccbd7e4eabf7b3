import copy

import pytest
import torch

from genforge.errors import GenforgeError
from genforge.models.gpt import GPT, GPTConfig
from genforge.train.optim import (
    Muon,
    OptimizerConfig,
    OptimizerSet,
    build_optimizer,
    param_roles,
    zeropower_newton_schulz,
)


def tiny_gpt(arch="llama", tie=True) -> GPT:
    torch.manual_seed(0)
    cfg = GPTConfig(vocab_size=64, n_layer=2, n_head=2, n_embd=16, block_size=16, arch=arch,
                    tie_embeddings=tie)  # fmt: skip
    return GPT(cfg)


def test_param_roles_on_gpt():
    roles = param_roles(tiny_gpt("gpt2"))
    assert roles["wte.weight"] == "embedding"
    assert roles["wpe.weight"] == "embedding"
    assert "lm_head.weight" not in roles  # tied: appears once, as wte
    assert (
        roles[
            "blocks.0.attn.qkv.weight"
            if "blocks.0.attn.qkv.weight" in roles
            else next(n for n in roles if n.startswith("blocks.0.attn") and n.endswith("weight"))
        ]
        == "matrix"
    )
    assert all(r == "vector" for n, r in roles.items() if n.endswith("bias"))
    untied = param_roles(tiny_gpt("llama", tie=False))
    assert untied["lm_head.weight"] == "embedding"


def _random_grads(model, gen):
    for p in model.parameters():
        p.grad = torch.randn(p.shape, generator=gen)


def test_adamw_matches_torch_reference_with_expected_groups():
    cfg = OptimizerConfig(name="adamw", lr=1e-2, weight_decay=0.1, beta1=0.9, beta2=0.95)
    ours_model = tiny_gpt("gpt2")
    ref_model = copy.deepcopy(ours_model)
    ours = build_optimizer(ours_model, cfg)
    # The reference: torch's plain (for-loop) AdamW, with groups built by the documented rule.
    decay = [p for n, p in ref_model.named_parameters() if p.ndim >= 2 and "wte" not in n
             and "wpe" not in n]  # fmt: skip
    no_decay = [p for n, p in ref_model.named_parameters() if not any(p is q for q in decay)]
    ref = torch.optim.AdamW(
        [{"params": decay, "weight_decay": 0.1}, {"params": no_decay, "weight_decay": 0.0}],
        lr=1e-2, betas=(0.9, 0.95), eps=1e-8, foreach=False,
    )  # fmt: skip
    g1, g2 = torch.Generator().manual_seed(1), torch.Generator().manual_seed(1)
    for _ in range(20):
        _random_grads(ours_model, g1)
        _random_grads(ref_model, g2)
        ours.step()
        ref.step()
    for (n, a), b in zip(ours_model.named_parameters(), ref_model.parameters()):
        torch.testing.assert_close(a, b, rtol=1e-5, atol=1e-6, msg=n)
    # the embedding really was left undecayed: changing that rule must break parity
    assert sum(len(g["params"]) for g in ours.param_groups) == len(list(ours_model.parameters()))
    assert all(g["base_lr"] == 1e-2 for g in ours.param_groups)


def test_newton_schulz_makes_near_orthogonal_updates():
    torch.manual_seed(0)
    for shape in [(64, 32), (32, 64), (48, 48)]:
        # a known spectrum spanning 30x (gradients are far from orthogonal)
        k = min(shape)
        u0, _ = torch.linalg.qr(torch.randn(shape[0], k))
        v0, _ = torch.linalg.qr(torch.randn(shape[1], k))
        g = u0 @ torch.diag(torch.logspace(-1.5, 0, k)) @ v0.T
        o = zeropower_newton_schulz(g, steps=5)
        s = torch.linalg.svdvals(o)
        # the tuned quintic lands singular values in a band around 1, not exactly on it
        assert s.min() > 0.5 and s.max() < 1.3, (shape, s.min(), s.max())
        # and the directions are g's: U V^T from the SVD is close
        u, _, vh = torch.linalg.svd(g, full_matrices=False)
        cos = torch.nn.functional.cosine_similarity(o.flatten(), (u @ vh).flatten(), dim=0)
        assert cos > 0.9


def test_muon_reduces_loss_on_toy_regression():
    torch.manual_seed(0)
    x = torch.randn(256, 32)
    w_true = torch.randn(32, 16)
    y = x @ w_true
    w = torch.nn.Parameter(torch.zeros(16, 32))
    opt = Muon([w], lr=0.5, momentum=0.9)
    first = None
    for i in range(100):
        opt.param_groups[0]["lr"] = 0.5 * (1 - i / 100)  # decay, as training runs do
        loss = ((x @ w.T - y) ** 2).mean()
        first = first if first is not None else loss.item()
        opt.zero_grad()
        loss.backward()
        opt.step()
    assert loss.item() < 0.05 * first


def test_muon_rejects_vectors():
    with pytest.raises(ValueError, match="2-D"):
        Muon([torch.nn.Parameter(torch.zeros(4))])


def test_muon_build_splits_params_and_round_trips_state():
    model = tiny_gpt("gpt2")
    opt = build_optimizer(model, OptimizerConfig(name="muon", lr=1e-2))
    assert isinstance(opt, OptimizerSet)
    muon_ids = {id(p) for g in opt.optimizers["muon"].param_groups for p in g["params"]}
    adam_ids = {id(p) for g in opt.optimizers["adamw"].param_groups for p in g["params"]}
    assert not muon_ids & adam_ids
    assert len(muon_ids | adam_ids) == len(list(model.parameters()))
    assert id(model.wte.weight) in adam_ids and id(model.wpe.weight) in adam_ids
    # loss goes down on a fixed batch
    idx = torch.randint(0, 64, (4, 16), generator=torch.Generator().manual_seed(0))
    losses = []
    for _ in range(30):
        _, loss = model(idx[:, :-1], idx[:, 1:])
        losses.append(loss.item())
        opt.zero_grad()
        loss.backward()
        opt.step()
    assert losses[-1] < 0.5 * losses[0]
    sd = opt.state_dict()
    clone = copy.deepcopy(model)
    opt2 = build_optimizer(clone, OptimizerConfig(name="muon", lr=1e-2))
    opt2.load_state_dict(sd)
    buf_a = next(iter(opt.optimizers["muon"].state.values()))["momentum_buffer"]
    buf_b = next(iter(opt2.optimizers["muon"].state.values()))["momentum_buffer"]
    torch.testing.assert_close(buf_a, buf_b)


@pytest.mark.parametrize("name", ["adamw", "muon"])
def test_embed_lr_scale_gives_the_untied_input_embedding_its_own_lr(name):
    untied = GPT(GPTConfig(vocab_size=64, n_layer=1, n_embd=32, tie_embeddings=False))
    opt = build_optimizer(untied, OptimizerConfig(name=name, lr=0.01, embed_lr_scale=3.0))
    lr_of = {id(p): g["base_lr"] for g in opt.param_groups for p in g["params"]}
    assert lr_of[id(untied.wte.weight)] == pytest.approx(0.03)
    assert lr_of[id(untied.lm_head.weight)] == pytest.approx(0.01)
    assert lr_of[id(untied.ln_f.weight)] == pytest.approx(0.01)
    assert all(g["lr"] == g["base_lr"] for g in opt.param_groups)
    assert len(lr_of) == len(list(untied.parameters()))  # every parameter once
    # A tied table is the head too: it keeps lr. The default scale changes nothing.
    tied = GPT(GPTConfig(vocab_size=64, n_layer=1, n_embd=32, tie_embeddings=True))
    opt = build_optimizer(tied, OptimizerConfig(name=name, lr=0.01, embed_lr_scale=3.0))
    assert {g["base_lr"] for g in opt.param_groups} == {0.01}
    plain = build_optimizer(untied, OptimizerConfig(name=name, lr=0.01))
    assert {g["base_lr"] for g in plain.param_groups} == {0.01}
    with pytest.raises(GenforgeError, match="embed_lr_scale"):
        build_optimizer(untied, OptimizerConfig(name=name, embed_lr_scale=0.0))


def test_lr_scales_put_exactly_those_parameters_in_scaled_adamw_groups():
    model = GPT(GPTConfig(vocab_size=64, n_layer=2, n_embd=32, tie_embeddings=False))
    part = list(model.blocks[0].parameters())
    scales = dict.fromkeys((id(p) for p in part), 0.1)
    opt = build_optimizer(model, OptimizerConfig(lr=0.01), lr_scales=scales)
    lr_of = {id(p): g["base_lr"] for g in opt.param_groups for p in g["params"]}
    assert len(lr_of) == len(list(model.parameters()))  # every parameter once
    for p in model.parameters():
        assert lr_of[id(p)] == pytest.approx(0.001 if id(p) in scales else 0.01)
    # Decay follows the parameter's role inside the scaled part as everywhere else.
    decay_of = {id(p): g["weight_decay"] for g in opt.param_groups for p in g["params"]}
    assert {decay_of[id(p)] for p in part if p.ndim == 1} == {0.0}
    assert {decay_of[id(p)] for p in part if p.ndim == 2} == {0.1}
    # Muon updates hidden matrices at muon_lr: a scale on one of them is refused.
    with pytest.raises(GenforgeError, match="optimizer=adamw"):
        build_optimizer(model, OptimizerConfig(name="muon", lr=0.01), lr_scales=scales)
