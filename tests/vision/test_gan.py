import torch
import torch.nn.functional as F

from genforge.models.gan import (
    Discriminator,
    GANConfig,
    Generator,
    discriminator_loss,
    generator_loss,
)


def test_losses_match_bce():
    real, fake = torch.randn(16), torch.randn(16)
    ref_d = F.binary_cross_entropy_with_logits(
        real, torch.ones(16)
    ) + F.binary_cross_entropy_with_logits(fake, torch.zeros(16))
    assert torch.allclose(discriminator_loss(real, fake), ref_d, atol=1e-6)
    ref_g = F.binary_cross_entropy_with_logits(fake, torch.ones(16))
    assert torch.allclose(generator_loss(fake), ref_g, atol=1e-6)


def test_shapes_and_spectral_norm_bounds_weights():
    torch.manual_seed(0)
    cfg = GANConfig(latent_dim=8, channels=8, spectral_norm=True)
    g, d = Generator(cfg), Discriminator(cfg)
    x = g(torch.randn(4, 8))
    assert x.shape == (4, 1, 8, 8) and x.abs().max() <= 1
    d.train()
    for _ in range(30):  # power iteration converges over forward passes
        d(x.detach())
    lin = d.net[-1]
    sigma = torch.linalg.matrix_norm(lin.weight.detach(), ord=2)
    assert abs(sigma.item() - 1.0) < 0.05
    assert d(x).shape == (4,)
