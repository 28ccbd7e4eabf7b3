import dataclasses
import json

import pytest
import torch
from sklearn.datasets import load_digits

from genforge.cli import main
from genforge.errors import GenforgeError
from genforge.models.vae import VAE, VAEConfig, elbo_terms, interpolate
from genforge.train.metrics import read_metrics
from genforge.vision.generative import (
    GenTrainConfig,
    generate_images,
    load_generative,
    train_vae,
)

pytestmark = pytest.mark.usefixtures("one_thread")


def test_vae_elbo_improves_and_kl_matches_closed_form():
    torch.manual_seed(0)
    x = torch.tensor(load_digits().images[:512] / 16.0, dtype=torch.float32)[:, None]
    model = VAE(VAEConfig(latent_dim=8, channels=16))
    opt = torch.optim.Adam(model.parameters(), lr=2e-3)
    first = elbo_terms(model, x)["loss"].item()
    for _ in range(100):
        idx = torch.randint(0, len(x), (64,))
        loss = elbo_terms(model, x[idx])["loss"]
        opt.zero_grad()
        loss.backward()
        opt.step()
    with torch.no_grad():
        terms = elbo_terms(model, x)
        mu, logvar = model.encode(x)
    assert terms["loss"].item() < 0.7 * first
    ref = torch.distributions.kl_divergence(
        torch.distributions.Normal(mu, (0.5 * logvar).exp()), torch.distributions.Normal(0.0, 1.0)
    ).sum() / len(x)
    assert torch.allclose(terms["kl"], ref, rtol=1e-4)
    grid = interpolate(model, x[0,], x[1], steps=5)
    assert grid.shape == (5, 1, 8, 8) and grid.min() >= 0 and grid.max() <= 1


# ------------------------------------------------- training run, model dir, CLI


def test_train_vae_through_the_loop_writes_a_loadable_model_dir(tmp_path):
    out = tmp_path / "vae"
    cfg = GenTrainConfig(max_steps=90, time_budget=None, batch_size=64, eval_every=30)
    summary = train_vae(out, VAEConfig(latent_dim=8, channels=16), cfg)
    for name in ["config.json", "model.safetensors", "metrics.json", "samples.png"]:
        assert (out / name).is_file(), name
    assert (out / "interpolation.png").is_file() and (out / "checkpoint").is_dir()
    evals = [r for r in read_metrics(out / "metrics.jsonl") if "val_recon" in r]
    assert [r["step"] for r in evals] == [30, 60, 90]
    # The negative ELBO is the sum of its two logged terms, and it falls as training goes on.
    for r in evals:
        assert r["val_loss"] == pytest.approx(r["val_recon"] + r["val_kl"], rel=1e-5)
    assert evals[-1]["val_loss"] < evals[0]["val_loss"]
    assert summary["steps"] == 90 and summary["val_kl_nats"] > 0
    assert json.loads((out / "metrics.json").read_text())["val_neg_elbo_nats"] == pytest.approx(
        evals[-1]["val_loss"]
    )
    kind, model = load_generative(out)
    assert kind == "vae"
    a = generate_images(kind, model, 16, seed=3)
    assert torch.equal(a, generate_images(kind, model, 16, seed=3))
    assert a.shape == (16, 1, 8, 8) and 0 <= a.min() and a.max() <= 1
    with pytest.raises(GenforgeError, match="--resume to continue its run, or --overwrite"):
        train_vae(out, VAEConfig(channels=16), cfg)
    again = train_vae(
        out, VAEConfig(channels=8), dataclasses.replace(cfg, max_steps=5, overwrite=True)
    )
    assert again["steps"] == 5
    assert [r["step"] for r in read_metrics(out / "metrics.jsonl") if "loss" in r][-1] == 5


def test_cli_train_sample_and_errors(tmp_path, capsys):
    out = tmp_path / "m"
    rc = main(["vae", "train", "--out", str(out), "--max-steps", "20", "--json", "channels=8"])
    assert rc == 0
    line = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert line["model"] == "vae" and line["steps"] == 20
    assert json.loads((out / "config.json").read_text())["model"]["channels"] == 8
    grid = tmp_path / "grid.png"
    assert main(["vae", "sample", "--model", str(out), "--n", "16", "--out", str(grid)]) == 0
    assert grid.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    # Wrong kind, unknown field, resume of an empty dir: each a clear error, exit status 2.
    assert main(["gan", "sample", "--model", str(out), "--out", str(grid)]) == 2
    assert "vae sample" in capsys.readouterr().err
    assert main(["vae", "train", "--out", str(tmp_path / "x"), "latent=3"]) == 2
    assert "unknown setting 'latent'" in (err := capsys.readouterr().err)
    assert "did you mean 'latent_dim'" in err
    assert main(["vae", "train", "--out", str(tmp_path / "y"), "--resume"]) == 2
    assert "no checkpoint" in capsys.readouterr().err


def test_resume_continues_from_the_checkpoint(tmp_path):
    out = tmp_path / "vae"
    train_vae(out, VAEConfig(channels=8), GenTrainConfig(max_steps=20, time_budget=None))
    summary = train_vae(out, None, GenTrainConfig(max_steps=30, time_budget=None), resume=True)
    assert summary["steps"] == 30
    steps = [r["step"] for r in read_metrics(out / "metrics.jsonl") if "loss" in r]
    assert steps == sorted(steps) and steps[-1] == 30
