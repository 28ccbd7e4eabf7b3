"""Digits data, the digits CNN, its training through the one loop, and `genforge vision`."""

import json
import math

import pytest
import torch
from torch import nn

from genforge.cli import main
from genforge.errors import GenforgeError
from genforge.models.cnn import CNNConfig, DigitsCNN, accuracy, init_weights, load_cnn
from genforge.vision.data import (
    EpochBatches,
    load_digits,
    random_shift,
    real_halves,
    stratified_split,
)
from genforge.vision.train import CNNTrainConfig, train_cnn

pytestmark = pytest.mark.usefixtures("one_thread")


def test_split_is_deterministic_stratified_and_disjoint():
    a, b = load_digits(seed=0), load_digits(seed=0)
    assert torch.equal(a.x_test, b.x_test) and torch.equal(a.y_train, b.y_train)
    assert a.x_train.shape == (1438, 1, 8, 8) and a.x_test.shape[0] == 1797 - 1438
    assert a.x_train.dtype == torch.float32 and a.x_train.min() == 0 and a.x_train.max() == 1
    counts = torch.bincount(a.y_test, minlength=10)
    assert counts.min() >= 35 and counts.max() <= 37  # 20% of each class (174..183 each)
    other = load_digits(seed=1)
    assert not torch.equal(other.y_test, a.y_test)
    pm1 = load_digits(value_range="pm1")
    assert pm1.x_train.min() == -1 and pm1.x_train.max() == 1
    labels = torch.arange(100).remainder(4).numpy()
    train_idx, test_idx = stratified_split(labels, 0.25, seed=3)
    assert set(train_idx).isdisjoint(test_idx) and len(train_idx) + len(test_idx) == 100
    h1, h2 = real_halves()
    assert h1.shape[0] + h2.shape[0] == 1797 and abs(h1.shape[0] - h2.shape[0]) <= 10
    with pytest.raises(GenforgeError, match="test_fraction"):
        load_digits(test_fraction=1.5)
    with pytest.raises(GenforgeError, match="value_range"):
        load_digits(value_range="0-255")


def test_shapes_options_and_init_schemes():
    torch.manual_seed(0)
    x = torch.rand(5, 1, 8, 8)
    m = DigitsCNN(CNNConfig(channels=8, hidden=16))
    assert m(x).shape == (5, 10) and m.features(x).shape == (5, 16)
    assert any(isinstance(mod, nn.BatchNorm2d) for mod in m.modules())
    plain = DigitsCNN(CNNConfig(channels=8, hidden=16, batchnorm=False, dropout=0.0))
    assert not any(isinstance(mod, nn.BatchNorm2d) for mod in plain.modules())
    assert all(c.bias is not None for c in plain.modules() if isinstance(c, nn.Conv2d))
    wide = DigitsCNN(CNNConfig(channels=64, hidden=256))
    conv = wide.body[3]  # second conv: fan_in = 64 * 9
    assert isinstance(conv, nn.Conv2d)
    for scheme, expected in [
        ("kaiming", math.sqrt(2 / (64 * 9))),
        ("xavier", math.sqrt(2 / (64 * 9 + 64 * 9))),
        ("normal", 0.01),
    ]:
        init_weights(wide, scheme)
        assert conv.weight.std().item() == pytest.approx(expected, rel=0.05)
    with pytest.raises(GenforgeError, match="dropout"):
        DigitsCNN(CNNConfig(dropout=1.0))
    with pytest.raises(GenforgeError, match="init"):
        DigitsCNN(CNNConfig(init="orthogonal"))


def test_batches_resume_exactly_and_shift_keeps_pixels():
    data = load_digits()
    a = EpochBatches(data.x_train, data.y_train, 64, seed=0, augment=True)
    for _ in range(30):  # crosses an epoch boundary (22 steps per epoch)
        a.next_batch()
    b = EpochBatches(data.x_train, data.y_train, 64, seed=0, augment=True)
    b.load_state_dict(a.state_dict())
    xa, ya = a.next_batch()
    xb, yb = b.next_batch()
    assert torch.equal(xa, xb) and torch.equal(ya, yb)
    x = torch.zeros(1, 1, 8, 8)
    x[0, 0, 3, 4] = 1.0
    moved = random_shift(x, torch.Generator().manual_seed(0))
    assert moved.sum() == 1.0 and moved.shape == x.shape  # a one-pixel shift never clips here


SMALL = ["--channels", "16", "--hidden", "32", "--epochs", "5"]


def test_cli_writes_a_loadable_model_dir_and_refuses_to_overwrite(tmp_path, capsys):
    out = tmp_path / "cnn"
    assert main(["vision", "train", "--model", "cnn", "--out", str(out), "--json", *SMALL]) == 0
    figures = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert figures["test_accuracy"] >= 0.85, figures  # 5 epochs of a 12k-parameter net
    for name in ["config.json", "model.safetensors", "metrics.json", "metrics.jsonl"]:
        assert (out / name).is_file(), name
    assert not list(out.glob("*.pkl")) and not list(out.glob("*.pt"))
    saved = json.loads((out / "metrics.json").read_text())
    assert saved["test_accuracy"] == figures["test_accuracy"]
    model = load_cnn(out)
    assert model.cfg.channels == 16 and model.cfg.hidden == 32
    data = load_digits()
    assert accuracy(model, data.x_test, data.y_test) == pytest.approx(saved["test_accuracy"])
    rows = [json.loads(line) for line in (out / "metrics.jsonl").read_text().splitlines()]
    losses = [r["loss"] for r in rows if "loss" in r]
    assert losses[-1] < 0.5 * losses[0]
    # A second run into the same dir is refused instead of mixing two runs' files.
    assert main(["vision", "train", "--out", str(out), *SMALL]) == 2
    err = capsys.readouterr().err
    assert "already holds a trained model" in err and "--overwrite" in err and "--resume" in err


@pytest.mark.slow
def test_cli_default_recipe_reaches_98_percent_test_accuracy(tmp_path, capsys):
    out = tmp_path / "cnn"
    assert main(["vision", "train", "--model", "cnn", "--out", str(out), "--json"]) == 0
    figures = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert figures["test_accuracy"] >= 0.98, figures
    assert figures["parameters"] == sum(p.numel() for p in load_cnn(out).parameters())


def test_resume_continues_from_the_checkpoint(tmp_path):
    out = tmp_path / "run"
    common = dict(batch_size=128, device="cpu")
    first = train_cnn(
        CNNTrainConfig(epochs=2, **common), CNNConfig(channels=8, hidden=16), out_dir=out
    )
    assert first.steps == 2 * (1438 // 128)
    resumed = train_cnn(
        CNNTrainConfig(epochs=4, **common),
        CNNConfig(channels=8, hidden=16),
        out_dir=out,
        resume=True,
    )
    assert resumed.steps == 4 * (1438 // 128)
    steps = [json.loads(line)["step"] for line in (out / "metrics.jsonl").read_text().splitlines()]
    assert steps == sorted(steps) and steps[-1] == resumed.steps  # one continuous log
    assert resumed.test_accuracy > first.test_accuracy


def test_cli_errors_are_clear(tmp_path, capsys):
    assert main(["vision", "train", "--out", str(tmp_path / "x"), "--resume"]) == 2
    assert "no checkpoint" in capsys.readouterr().err
    assert main(["vision", "train", "--out", str(tmp_path / "y"), "--dropout", "1.5"]) == 2
    assert "dropout" in capsys.readouterr().err
    bad = tmp_path / "notcnn"
    bad.mkdir()
    (bad / "config.json").write_text('{"model_type": "genforge-gpt"}')
    with pytest.raises(GenforgeError, match="not a genforge CNN"):
        load_cnn(bad)


@pytest.mark.slow
def test_no_batchnorm_xavier_recipe_also_trains():
    """The options are working recipes, not just flags: no BatchNorm + Xavier clears 97%."""
    result = train_cnn(
        CNNTrainConfig(epochs=20, grad_clip=0.0), CNNConfig(batchnorm=False, init="xavier")
    )
    assert result.test_accuracy >= 0.97, result.figures()
