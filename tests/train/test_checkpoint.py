import json
import random

import numpy as np
import pytest
import torch

from genforge.errors import GenforgeError
from genforge.models.gpt import GPT, GPTConfig
from genforge.train.checkpoint import (
    find_checkpoint,
    flatten_state,
    load_checkpoint,
    save_checkpoint,
    unflatten_state,
)
from genforge.train.optim import OptimizerConfig, build_optimizer


def make(seed=0, n_embd=16, name="adamw"):
    torch.manual_seed(seed)
    model = GPT(GPTConfig(vocab_size=50, n_layer=1, n_head=2, n_embd=n_embd, block_size=8))
    opt = build_optimizer(model, OptimizerConfig(name=name, lr=1e-2, fused=False))
    return model, opt


def train_a_bit(model, opt, steps=3):
    idx = torch.randint(0, 50, (2, 9), generator=torch.Generator().manual_seed(0))
    for _ in range(steps):
        _, loss = model(idx[:, :-1], idx[:, 1:])
        loss.backward()
        opt.step()
        opt.zero_grad()


@pytest.mark.parametrize("name", ["adamw", "muon"])
def test_round_trip_restores_weights_optimizer_and_rng(tmp_path, name):
    model, opt = make(name=name)
    train_a_bit(model, opt)
    random.seed(5)
    np.random.seed(6)  # noqa: NPY002 - the legacy global state is what gets saved
    torch.manual_seed(7)
    save_checkpoint(tmp_path, model, opt, {"step": 3, "tokens": 48, "elapsed": 1.5})
    expected_draws = (random.random(), np.random.rand(), torch.rand(1).item())  # noqa: NPY002
    assert not any(p.name.startswith(".checkpoint") for p in tmp_path.iterdir())

    model2, opt2 = make(seed=1, name=name)
    state = load_checkpoint(tmp_path, model2, opt2)
    assert state["step"] == 3 and state["tokens"] == 48
    draws = (random.random(), np.random.rand(), torch.rand(1).item())  # noqa: NPY002
    assert draws == expected_draws
    for a, b in zip(model.state_dict().values(), model2.state_dict().values()):
        torch.testing.assert_close(a, b, rtol=0, atol=0)
    assert model2.lm_head.weight is model2.wte.weight  # tie survives the load
    # both continue identically
    train_a_bit(model, opt, 2)
    train_a_bit(model2, opt2, 2)
    for a, b in zip(model.parameters(), model2.parameters()):
        torch.testing.assert_close(a, b, rtol=0, atol=0)


def test_no_pickle_in_checkpoint(tmp_path):
    model, opt = make()
    train_a_bit(model, opt)
    ckpt = save_checkpoint(tmp_path, model, opt, {"step": 3, "tokens": 0, "elapsed": 0})
    assert sorted(p.name for p in ckpt.iterdir()) == [
        "model.safetensors", "optimizer.safetensors", "state.json"
    ]  # fmt: skip
    state = json.loads((ckpt / "state.json").read_text())
    assert set(state["files"]) == {"model.safetensors", "optimizer.safetensors"}


def test_flatten_keeps_int_keys_and_tuples():
    tensors = {}
    obj = {"state": {0: {"step": torch.tensor(3.0), "m": torch.ones(2)}},
           "groups": [{"betas": (0.9, 0.95), "params": [0], "x": None}]}  # fmt: skip
    desc = flatten_state(obj, tensors)
    back = unflatten_state(json.loads(json.dumps(desc)), tensors)
    assert list(back["state"]) == [0]
    assert back["groups"][0]["betas"] == (0.9, 0.95)
    torch.testing.assert_close(back["state"][0]["m"], torch.ones(2))


@pytest.mark.parametrize("damage", ["flip", "truncate", "delete"])
def test_damaged_checkpoint_is_refused_with_file_name(tmp_path, damage):
    model, opt = make()
    ckpt = save_checkpoint(tmp_path, model, opt, {"step": 1, "tokens": 0, "elapsed": 0})
    target = ckpt / "optimizer.safetensors"
    data = bytearray(target.read_bytes())
    if damage == "flip":
        data[len(data) // 2] ^= 0xFF
        target.write_bytes(bytes(data))
    elif damage == "truncate":
        target.write_bytes(bytes(data[:-10]))
    else:
        target.unlink()
    model2, opt2 = make(seed=3)
    before = [p.clone() for p in model2.parameters()]
    with pytest.raises(GenforgeError, match=r"optimizer\.safetensors.*(delete|earlier)"):
        load_checkpoint(tmp_path, model2, opt2)
    assert all(torch.equal(a, b) for a, b in zip(before, model2.parameters()))


def test_shape_mismatch_names_the_weight(tmp_path):
    model, opt = make()
    save_checkpoint(tmp_path, model, opt, {"step": 1, "tokens": 0, "elapsed": 0})
    other, other_opt = make(n_embd=32)
    with pytest.raises(GenforgeError, match=r"weight .* has shape \(16, 16\)"):
        load_checkpoint(tmp_path, other, other_opt)


def test_missing_checkpoint_and_previous_fallback(tmp_path):
    model, opt = make()
    with pytest.raises(GenforgeError, match="no checkpoint"):
        load_checkpoint(tmp_path, model, opt)
    save_checkpoint(tmp_path, model, opt, {"step": 1, "tokens": 0, "elapsed": 0})
    # a crash between the two renames leaves only checkpoint.prev
    (tmp_path / "checkpoint").rename(tmp_path / "checkpoint.prev")
    assert find_checkpoint(tmp_path) == tmp_path / "checkpoint.prev"
    assert load_checkpoint(tmp_path, model, opt)["step"] == 1
    save_checkpoint(tmp_path, model, opt, {"step": 2, "tokens": 0, "elapsed": 0})
    assert not (tmp_path / "checkpoint.prev").exists()
    assert load_checkpoint(tmp_path, model, opt)["step"] == 2
