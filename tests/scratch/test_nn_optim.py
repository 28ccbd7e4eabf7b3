"""genforge.scratch.nn and .optim against torch.nn and torch.optim, step by step."""

from __future__ import annotations

import math

import numpy as np
import pytest
import torch

from genforge.errors import GenforgeError
from genforge.scratch import autograd as ag
from genforge.scratch import nn, optim
from genforge.scratch.autograd import Tensor

pytestmark = pytest.mark.usefixtures("torch_float64_default")


def to_torch_linear(lin: nn.Linear) -> torch.nn.Linear:
    ref = torch.nn.Linear(lin.in_features, lin.out_features, bias=lin.bias is not None)
    with torch.no_grad():
        ref.weight.copy_(torch.as_tensor(lin.weight.data))
        if lin.bias is not None:
            ref.bias.copy_(torch.as_tensor(lin.bias.data))
    return ref


def assert_close(ours, ref, what="", rtol=1e-10, atol=1e-12):
    ref = ref.detach().numpy() if isinstance(ref, torch.Tensor) else ref
    np.testing.assert_allclose(ours, ref, rtol=rtol, atol=atol, err_msg=what)


# --------------------------------------------------------------------------- layers


@pytest.mark.parametrize("activation", ["relu", "tanh", "gelu", "sigmoid"])
def test_mlp_forward_and_backward_match_torch(activation):
    rng = np.random.default_rng(0)
    mlp = nn.MLP([5, 7, 6, 3], activation=activation, rng=1)
    acts = {
        "relu": torch.nn.ReLU,
        "tanh": torch.nn.Tanh,
        "gelu": torch.nn.GELU,
        "sigmoid": torch.nn.Sigmoid,
    }
    linears = [m for m in mlp.layers if isinstance(m, nn.Linear)]
    ref = torch.nn.Sequential(
        to_torch_linear(linears[0]),
        acts[activation](),
        to_torch_linear(linears[1]),
        acts[activation](),
        to_torch_linear(linears[2]),
    )
    x = rng.standard_normal((8, 5))
    y = rng.integers(0, 3, 8)
    loss = ag.cross_entropy(mlp(Tensor(x)), y)
    ref_loss = torch.nn.functional.cross_entropy(ref(torch.as_tensor(x)), torch.as_tensor(y))
    assert_close(loss.data, ref_loss, "loss")
    loss.backward()
    ref_loss.backward()
    names = [n for n, _ in mlp.named_parameters()]
    assert names == [
        "layers.0.weight",
        "layers.0.bias",
        "layers.2.weight",
        "layers.2.bias",
        "layers.4.weight",
        "layers.4.bias",
    ]
    for p, q in zip(mlp.parameters(), ref.parameters()):
        assert_close(p.grad, q.grad, "param grad")


def test_linear_init_matches_torch_bounds():
    lin = nn.Linear(50, 40, rng=0)
    bound = 1 / math.sqrt(50)
    assert lin.weight.shape == (40, 50) and lin.bias.shape == (40,)
    assert np.abs(lin.weight.data).max() <= bound and np.abs(lin.weight.data).max() > 0.9 * bound
    # U(-b, b) has variance b²/3.
    assert lin.weight.data.var() == pytest.approx(bound**2 / 3, rel=0.1)


@pytest.mark.parametrize("shape", [(16, 4), (6, 4, 5)])
def test_batchnorm_train_and_eval_match_torch(shape):
    rng = np.random.default_rng(2)
    bn = nn.BatchNorm1d(4, momentum=0.2)
    ref = torch.nn.BatchNorm1d(4, momentum=0.2)
    bn.weight.data[:] = rng.uniform(0.5, 1.5, 4)
    bn.bias.data[:] = rng.standard_normal(4)
    with torch.no_grad():
        ref.weight.copy_(torch.as_tensor(bn.weight.data))
        ref.bias.copy_(torch.as_tensor(bn.bias.data))
    for _ in range(3):  # several steps so the running statistics compound
        x = rng.standard_normal(shape) * 3 + 1
        w = rng.standard_normal(shape)
        xt = Tensor(x, requires_grad=True)
        xr = torch.tensor(x, requires_grad=True)
        out, out_ref = bn(xt), ref(xr)
        assert_close(out.data, out_ref, "train forward")
        (out * w).sum().backward()
        (out_ref * torch.as_tensor(w)).sum().backward()
        assert_close(xt.grad, xr.grad, "input grad", atol=1e-11)
        assert_close(bn.weight.grad, ref.weight.grad, "weight grad", atol=1e-11)
        assert_close(bn.bias.grad, ref.bias.grad, "bias grad")
        bn.zero_grad()
        ref.zero_grad()
    assert_close(bn.running_mean, ref.running_mean, "running mean")
    assert_close(bn.running_var, ref.running_var, "running var")
    bn.eval()
    ref.eval()
    x = rng.standard_normal(shape)
    assert_close(bn(Tensor(x)).data, ref(torch.as_tensor(x)), "eval forward")


def test_batchnorm_state_dict_round_trip_and_errors():
    bn = nn.BatchNorm1d(3)
    bn(Tensor(np.random.default_rng(0).standard_normal((5, 3))))
    state = bn.state_dict()
    assert set(state) == {"weight", "bias", "running_mean", "running_var"}
    fresh = nn.BatchNorm1d(3)
    fresh.load_state_dict(state)
    np.testing.assert_array_equal(fresh.running_var, bn.running_var)
    with pytest.raises(GenforgeError, match="missing"):
        fresh.load_state_dict({"weight": np.ones(3)})
    with pytest.raises(GenforgeError, match=r"shape \(4,\)"):
        fresh.load_state_dict({**state, "bias": np.zeros(4)})
    with pytest.raises(GenforgeError, match=r"\(N, 3\)"):
        bn(Tensor(np.ones((2, 4))))
    with pytest.raises(GenforgeError, match="more than one value"):
        bn(Tensor(np.ones((1, 3))))


def test_layernorm_matches_torch():
    rng = np.random.default_rng(3)
    ln = nn.LayerNorm((3, 4))
    ln.weight.data[:] = rng.standard_normal((3, 4))
    ln.bias.data[:] = rng.standard_normal((3, 4))
    ref = torch.nn.LayerNorm((3, 4))
    with torch.no_grad():
        ref.weight.copy_(torch.as_tensor(ln.weight.data))
        ref.bias.copy_(torch.as_tensor(ln.bias.data))
    x = rng.standard_normal((2, 5, 3, 4))
    w = rng.standard_normal(x.shape)
    xt, xr = Tensor(x, requires_grad=True), torch.tensor(x, requires_grad=True)
    out, out_ref = ln(xt), ref(xr)
    assert_close(out.data, out_ref, "forward")
    (out * w).sum().backward()
    (out_ref * torch.as_tensor(w)).sum().backward()
    assert_close(xt.grad, xr.grad, "input grad", atol=1e-11)
    assert_close(ln.weight.grad, ref.weight.grad, "weight grad")
    assert_close(ln.bias.grad, ref.bias.grad, "bias grad")


def test_embedding_repeated_ids_accumulate_like_torch():
    emb = nn.Embedding(6, 3, rng=0)
    ref = torch.nn.Embedding(6, 3)
    with torch.no_grad():
        ref.weight.copy_(torch.as_tensor(emb.weight.data))
    ids = np.array([[0, 2, 2], [5, 0, 2]])
    w = np.random.default_rng(1).standard_normal((2, 3, 3))
    (emb(ids) * w).sum().backward()
    (ref(torch.as_tensor(ids)) * torch.as_tensor(w)).sum().backward()
    assert_close(emb.weight.grad, ref.weight.grad)
    assert np.all(emb.weight.grad[[1, 3, 4]] == 0)
    with pytest.raises(GenforgeError, match=r"\[0, 6\)"):
        emb(np.array([6]))


def test_dropout_train_scales_survivors_and_eval_is_identity():
    drop = nn.Dropout(0.3, rng=0)
    x = Tensor(np.ones((200, 50)), requires_grad=True)
    y = drop(x)
    kept = y.data != 0
    assert kept.mean() == pytest.approx(0.7, abs=0.02)
    np.testing.assert_allclose(y.data[kept], 1 / 0.7)
    y.sum().backward()
    np.testing.assert_allclose(x.grad, y.data)  # d(x * mask)/dx = mask
    drop.eval()
    assert drop(x) is x
    model = nn.MLP([4, 8, 2], dropout=0.5)
    model.eval()
    assert not any(m.training for m in model.modules())
    with pytest.raises(GenforgeError, match=r"\[0, 1\)"):
        nn.Dropout(1.0)


def test_mlp_learns_a_nonlinear_problem():
    # Two interleaved spirals: not linearly separable; an MLP with Adam must get them right.
    rng = np.random.default_rng(0)
    n = 100
    t = np.sqrt(rng.random(n)) * 3 * np.pi
    arm = np.stack([t * np.cos(t), t * np.sin(t)], axis=1) / 10
    X = np.concatenate([arm, -arm]) + rng.normal(0, 0.02, (2 * n, 2))
    y = np.repeat([0, 1], n)
    model = nn.MLP([2, 32, 32, 2], activation="tanh", rng=0)
    opt = optim.Adam(model.parameters(), lr=0.02)
    for _ in range(300):
        opt.zero_grad()
        ag.cross_entropy(model(Tensor(X)), y).backward()
        opt.step()
    with ag.no_grad():
        acc = (model(Tensor(X)).data.argmax(axis=1) == y).mean()
    assert acc >= 0.97


# --------------------------------------------------------------------------- optimizers

OPTIMIZERS = {
    "sgd": (lambda p: optim.SGD(p, lr=0.1), lambda p: torch.optim.SGD(p, lr=0.1)),
    "sgd-momentum-dampening": (
        lambda p: optim.SGD(p, lr=0.05, momentum=0.9, dampening=0.3),
        lambda p: torch.optim.SGD(p, lr=0.05, momentum=0.9, dampening=0.3),
    ),
    "sgd-nesterov-wd": (
        lambda p: optim.SGD(p, lr=0.05, momentum=0.8, nesterov=True, weight_decay=0.01),
        lambda p: torch.optim.SGD(p, lr=0.05, momentum=0.8, nesterov=True, weight_decay=0.01),
    ),
    "rmsprop": (
        lambda p: optim.RMSProp(p, lr=0.01),
        lambda p: torch.optim.RMSprop(p, lr=0.01),
    ),
    "rmsprop-centered-momentum-wd": (
        lambda p: optim.RMSProp(
            p, lr=0.005, alpha=0.9, momentum=0.5, centered=True, weight_decay=0.02
        ),
        lambda p: torch.optim.RMSprop(
            p, lr=0.005, alpha=0.9, momentum=0.5, centered=True, weight_decay=0.02
        ),
    ),
    "adam": (lambda p: optim.Adam(p, lr=0.01), lambda p: torch.optim.Adam(p, lr=0.01)),
    "adam-l2-amsgrad": (
        lambda p: optim.Adam(p, lr=0.01, betas=(0.8, 0.95), weight_decay=0.1, amsgrad=True),
        lambda p: torch.optim.Adam(p, lr=0.01, betas=(0.8, 0.95), weight_decay=0.1, amsgrad=True),
    ),
    "adamw": (
        lambda p: optim.AdamW(p, lr=0.01, weight_decay=0.1),
        lambda p: torch.optim.AdamW(p, lr=0.01, weight_decay=0.1),
    ),
}


def _problem(seed: int = 0):
    """A small MLP regression with both models holding identical initial weights."""
    rng = np.random.default_rng(seed)
    ours = nn.MLP([4, 8, 3], activation="tanh", rng=seed)
    lins = [m for m in ours.layers if isinstance(m, nn.Linear)]
    ref = torch.nn.Sequential(to_torch_linear(lins[0]), torch.nn.Tanh(), to_torch_linear(lins[1]))
    X = rng.standard_normal((16, 4))
    Y = rng.standard_normal((16, 3))
    return ours, ref, X, Y


def _run_both(make_ours, make_ref, steps=25, schedule=None, clip=None):
    ours, ref, X, Y = _problem()
    opt, ref_opt = make_ours(ours.parameters()), make_ref(list(ref.parameters()))
    sched, ref_sched = schedule(opt, ref_opt) if schedule else (None, None)
    Xt, Yt = torch.as_tensor(X), torch.as_tensor(Y)
    lrs = []
    for k in range(steps):
        opt.zero_grad()
        ref_opt.zero_grad()
        loss = ((ours(Tensor(X)) - Y) ** 2).mean()
        ref_loss = ((ref(Xt) - Yt) ** 2).mean()
        assert_close(loss.data, ref_loss, f"loss at step {k}")
        loss.backward()
        ref_loss.backward()
        if clip is not None:
            norm = optim.clip_grad_norm(ours.parameters(), clip)
            ref_norm = torch.nn.utils.clip_grad_norm_(ref.parameters(), clip)
            assert norm == pytest.approx(float(ref_norm), rel=1e-10)
        opt.step()
        ref_opt.step()
        lrs.append((opt.lr, ref_opt.param_groups[0]["lr"]))
        if sched is not None:
            sched.step()
            ref_sched.step()
        for p, q in zip(ours.parameters(), ref.parameters()):
            assert_close(p.data, q, f"parameters after step {k}")
    return loss.item(), lrs


@pytest.mark.parametrize("name", sorted(OPTIMIZERS))
def test_optimizer_trajectory_matches_torch(name):
    final_loss, _ = _run_both(*OPTIMIZERS[name])
    assert np.isfinite(final_loss)


def test_optimizers_lower_the_loss():
    ours, _, X, Y = _problem()
    start = ((ours(Tensor(X)) - Y) ** 2).mean().item()
    final, _ = _run_both(*OPTIMIZERS["adam"], steps=40)
    assert final < 0.7 * start


def test_clip_grad_norm_matches_torch_during_training():
    _run_both(*OPTIMIZERS["sgd-momentum-dampening"], clip=0.05)


def test_clip_grad_norm_inf_and_no_op_inside_ball():
    p = Tensor(np.zeros(3), requires_grad=True)
    p.grad = np.array([3.0, -4.0, 0.0])
    assert optim.clip_grad_norm([p], 10.0) == pytest.approx(5.0)
    np.testing.assert_array_equal(p.grad, [3.0, -4.0, 0.0])
    assert optim.clip_grad_norm([p], 2.0, norm_type=math.inf) == pytest.approx(4.0)
    np.testing.assert_allclose(np.abs(p.grad).max(), 2.0, rtol=1e-6)


def test_step_and_cosine_schedules_match_torch():
    def step_sched(opt, ref_opt):
        return optim.StepLR(opt, step_size=7, gamma=0.5), torch.optim.lr_scheduler.StepLR(
            ref_opt, step_size=7, gamma=0.5
        )

    _, lrs = _run_both(*OPTIMIZERS["adam"], steps=22, schedule=step_sched)
    for ours, ref in lrs:
        assert ours == pytest.approx(ref, rel=1e-12)

    def cosine(opt, ref_opt):
        return optim.CosineLR(opt, total_steps=20, min_lr=1e-4), (
            torch.optim.lr_scheduler.CosineAnnealingLR(ref_opt, T_max=20, eta_min=1e-4)
        )

    _, lrs = _run_both(*OPTIMIZERS["sgd-nesterov-wd"], steps=20, schedule=cosine)
    for ours, ref in lrs:
        assert ours == pytest.approx(ref, rel=1e-10, abs=1e-15)


def test_warmup_cosine_matches_transformers_schedule():
    from transformers import get_cosine_schedule_with_warmup

    def warmup(opt, ref_opt):
        return optim.WarmupCosineLR(opt, warmup_steps=5, total_steps=30), (
            get_cosine_schedule_with_warmup(ref_opt, num_warmup_steps=5, num_training_steps=30)
        )

    _, lrs = _run_both(*OPTIMIZERS["adamw"], steps=30, schedule=warmup)
    assert lrs[0][0] == 0.0 and lrs[5][0] == pytest.approx(0.01)
    for ours, ref in lrs:
        assert ours == pytest.approx(ref, rel=1e-10, abs=1e-15)


def test_optimizer_input_errors():
    p = Tensor(np.zeros(2), requires_grad=True)
    with pytest.raises(GenforgeError, match="empty parameter list"):
        optim.SGD([], lr=0.1)
    with pytest.raises(GenforgeError, match="requires_grad"):
        optim.Adam([Tensor(np.zeros(2))])
    with pytest.raises(GenforgeError, match="Nesterov"):
        optim.SGD([p], lr=0.1, nesterov=True)
    with pytest.raises(GenforgeError, match="betas"):
        optim.Adam([p], betas=(0.9, 1.0))
    with pytest.raises(GenforgeError, match="warmup_steps"):
        optim.WarmupCosineLR(optim.SGD([p], lr=0.1), warmup_steps=10, total_steps=10)
