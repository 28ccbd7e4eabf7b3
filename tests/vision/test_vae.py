import torch
from sklearn.datasets import load_digits

from genforge.models.vae import VAE, VAEConfig, elbo_terms, interpolate


def test_vae_elbo_improves_and_kl_matches_closed_form():
    torch.manual_seed(0)
    x = torch.tensor(load_digits().images[:512] / 16.0, dtype=torch.float32)[:, None]
    model = VAE(VAEConfig(latent_dim=8, channels=16))
    opt = torch.optim.Adam(model.parameters(), lr=2e-3)
    first = elbo_terms(model, x)["loss"].item()
    for _ in range(150):
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
