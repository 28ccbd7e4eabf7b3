import math

import pytest
import torch

from genforge.errors import GenforgeError
from genforge.models.diffusion import beta_schedule, ddim_step, q_sample


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
