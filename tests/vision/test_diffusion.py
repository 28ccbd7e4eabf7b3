import math

import pytest
import torch

from genforge.errors import GenforgeError
from genforge.models.diffusion import (
    Diffusion,
    DiffusionConfig,
    beta_schedule,
    ddim_sample,
    ddim_step,
    ddpm_sample,
    diffusion_loss,
    q_sample,
)


def test_cosine_schedule_alpha_bar_matches_formula():
    b = beta_schedule("cosine", 100)
    abar = torch.cumprod(1 - b, 0)
    t = 50
    f = lambda u: math.cos((u / 100 + 0.008) / 1.008 * math.pi / 2) ** 2
    assert abar[t - 1].item() == pytest.approx(f(t) / f(0), rel=1e-6)
    lin = beta_schedule("linear", 1000)
    assert lin[0].item() == pytest.approx(1e-4) and lin[-1].item() == pytest.approx(0.02)
    with pytest.raises(GenforgeError):
        beta_schedule("quadratic", 10)


def test_ddim_recovers_x0_with_true_noise():
    torch.manual_seed(0)
    abar = torch.cumprod(1 - beta_schedule("linear", 200), 0)
    x0, noise = torch.randn(4, 1, 8, 8), torch.randn(4, 1, 8, 8)
    t = torch.full((4,), 150)
    xt = q_sample(x0, t, abar, noise)
    # Jumping straight to abar_prev = 1 with the exact epsilon must give x0 back.
    out = ddim_step(xt, noise, abar[150].item(), 1.0)
    assert torch.allclose(out, x0, atol=1e-5)


# ---------------------------------------------------------------- samplers and U-Net


class _OracleEps(torch.nn.Module):
    """The exact epsilon for a data set holding one image x0: eps = (x_t - sqrt(abar) x0) / ..."""

    def __init__(self, x0: torch.Tensor, abar: torch.Tensor) -> None:
        super().__init__()
        self.x0, self.abar, self.label_emb = x0, abar, None

    def forward(self, x, t, y=None):
        a = self.abar[t].float().view(-1, 1, 1, 1)
        return (x - a.sqrt() * self.x0) / (1 - a).sqrt()


def _oracle_model(schedule: str, timesteps: int = 100):
    model = Diffusion(DiffusionConfig(channels=8, timesteps=timesteps, schedule=schedule))
    x0 = torch.linspace(-0.9, 0.9, 64).view(1, 1, 8, 8)
    model.net = _OracleEps(x0, model.abar)
    return model, x0


@pytest.mark.parametrize("schedule", ["linear", "cosine"])
def test_samplers_reach_the_single_training_image_with_an_exact_denoiser(schedule):
    # With the true epsilon of a one-image data set, every correct sampler must land on it;
    # a wrong posterior coefficient or DDIM stride leaves noise behind.
    model, x0 = _oracle_model(schedule)
    g = torch.Generator().manual_seed(0)
    out = ddpm_sample(model, 3, generator=g)
    assert torch.allclose(out, x0.expand(3, -1, -1, -1), atol=1e-4)
    for steps, eta in [(50, 0.0), (10, 0.0), (25, 1.0)]:
        out = ddim_sample(model, 3, steps=steps, eta=eta, generator=g)
        assert torch.allclose(out, x0.expand(3, -1, -1, -1), atol=1e-4), (steps, eta)


class _TwoPointEps(torch.nn.Module):
    """Exact epsilon when the data are two images, +c and -c (all pixels), equally likely."""

    def __init__(self, c: float, abar: torch.Tensor) -> None:
        super().__init__()
        self.c, self.abar, self.label_emb = c, abar, None

    def forward(self, x, t, y=None):
        a = self.abar[t].double().view(-1, 1, 1, 1)
        # Posterior P(+c | x_t) is a logistic in sum(x_t); E[x0 | x_t] = c tanh(half-logit).
        s = x.double().sum(dim=(1, 2, 3), keepdim=True)
        mean_x0 = self.c * torch.tanh(a.sqrt() * self.c * s / (1 - a))
        return ((x - a.sqrt() * mean_x0) / (1 - a).sqrt()).float()


def test_samplers_draw_both_modes_of_a_two_image_data_set_evenly():
    # A sampler that gets the noise scale wrong collapses onto one mode or lands between
    # them; a correct one returns +c or -c, each about half the time.
    model = Diffusion(DiffusionConfig(channels=8, timesteps=100, schedule="cosine"))
    model.net = _TwoPointEps(0.5, model.abar)
    g = torch.Generator().manual_seed(0)
    for out in (ddpm_sample(model, 400, generator=g), ddim_sample(model, 400, generator=g)):
        centre = out.mean(dim=(1, 2, 3))
        assert torch.allclose(out.abs(), torch.full_like(out, 0.5), atol=1e-2)
        assert 0.4 < (centre > 0).float().mean().item() < 0.6


def test_ddim_rejects_bad_step_counts():
    model, _ = _oracle_model("linear")
    with pytest.raises(GenforgeError):
        ddim_sample(model, 1, steps=0)
    with pytest.raises(GenforgeError):
        ddim_sample(model, 1, steps=101)


def test_unet_shapes_and_classifier_free_guidance_is_linear():
    torch.manual_seed(0)
    model = Diffusion(DiffusionConfig(channels=16, timesteps=50, num_classes=10)).eval()
    torch.nn.init.normal_(model.net.out.weight, std=0.1)  # zero-init output would hide y
    for block in [model.net.down1, model.net.up1, model.net.mid1]:
        torch.nn.init.normal_(block.conv2.weight, std=0.1)
    x, t, y = torch.randn(4, 1, 8, 8), torch.tensor([0, 10, 25, 49]), torch.tensor([1, 3, 5, 7])
    null = torch.full_like(y, 10)
    with torch.no_grad():
        eps_c, eps_u = model(x, t, y), model(x, t, null)
        assert eps_c.shape == (4, 1, 8, 8) and not torch.allclose(eps_c, eps_u)
        assert torch.allclose(model.guided_eps(x, t, y, 1.0), eps_c, atol=1e-5)
        assert torch.allclose(model.guided_eps(x, t, y, 0.0), eps_u, atol=1e-5)
        w3 = model.guided_eps(x, t, y, 3.0)
        assert torch.allclose(w3, eps_u + 3 * (eps_c - eps_u), atol=1e-5)


def test_loss_is_noise_mse_and_label_dropout_rate():
    torch.manual_seed(0)
    model = Diffusion(DiffusionConfig(channels=8, timesteps=20, num_classes=10, p_uncond=0.25))
    seen = []
    model.net.forward = lambda x, t, y=None: seen.append(y) or torch.zeros_like(x)
    x0, y = torch.zeros(4000, 1, 8, 8), torch.randint(0, 10, (4000,))
    loss = diffusion_loss(model, (x0, y))
    # x0 = 0 so x_t = sqrt(1 - abar) noise, and a zero prediction has loss E[noise^2] = 1.
    assert loss.item() == pytest.approx(1.0, abs=0.02)
    dropped = (seen[0] == 10).float().mean().item()
    assert dropped == pytest.approx(0.25, abs=0.03)
    assert torch.equal(seen[0][seen[0] != 10], y[seen[0] != 10])


def test_config_validation_names_the_field():
    with pytest.raises(GenforgeError, match="schedule"):
        DiffusionConfig(schedule="sigmoid").validate()
    with pytest.raises(GenforgeError, match="channels"):
        Diffusion(DiffusionConfig(channels=12))


# A 16-channel model after SLOW_STEPS steps measured 94.5% confident, all 10 classes, and
# a Fréchet distance 1.3x that of as many real digits (the bar is 2x); the
# 32-channel, 1,500-step run is the benchmark's.
SLOW_STEPS = 300
SLOW_CONFIDENT = 0.8
SLOW_FRECHET_X = 2.0


@pytest.mark.slow
def test_short_class_conditional_training_draws_recognisable_digits_of_every_class(tmp_path):
    # A short run with the trainer the CLI uses; the reference digits CNN judges the samples.
    # The full-length figures (Fréchet within 2x of real halves) are benchmarks/image_models.py.
    from genforge.vision.data import digits_split
    from genforge.vision.generative import (
        GenTrainConfig,
        generate_images,
        load_generative,
        train_diffusion,
    )
    from genforge.vision.metrics import (
        features,
        frechet_distance,
        image_metrics,
        load_reference_cnn,
    )

    n_threads = torch.get_num_threads()
    torch.set_num_threads(1)
    try:
        cfg = DiffusionConfig(channels=16, timesteps=500, num_classes=10)
        train = GenTrainConfig(max_steps=SLOW_STEPS, time_budget=None, batch_size=64)
        summary = train_diffusion(tmp_path / "d", cfg, train)
        kind, model = load_generative(tmp_path / "d")
        samples = generate_images(kind, model, 200, seed=1, steps=25, guidance=2.0)
        untrained = generate_images(kind, Diffusion(cfg).eval(), 200, seed=1, steps=25)
    finally:
        torch.set_num_threads(n_threads)
    cnn = load_reference_cnn()
    train_x, _, held, _ = digits_split()
    # The estimate is biased upward for few samples, so the yardstick is as many real
    # digits (from the training half) as there are samples.
    base = frechet_distance(features(cnn, train_x[:200]), features(cnn, held))
    m, m0 = image_metrics(samples, held, cnn), image_metrics(untrained, held, cnn)
    assert summary["steps"] == SLOW_STEPS
    assert m["classes_present"] == 10
    assert m["confidence_ge_0_9"] >= SLOW_CONFIDENT, m
    assert m["frechet"] < SLOW_FRECHET_X * base, (m["frechet"], base)
    assert m["frechet"] < 0.2 * m0["frechet"]
