"""The ViT: patch embedding is a linear map of flattened patches; attention sees everything."""

import pytest
import torch

from genforge.errors import GenforgeError
from genforge.models.vit import ViT, ViTConfig


def _vit(**kw):
    torch.manual_seed(0)
    return ViT(ViTConfig(image_size=16, patch_size=4, n_layer=2, n_head=2, n_embd=32, **kw)).eval()


@pytest.mark.parametrize("arch", ["gpt2", "llama"])
def test_shapes_and_full_attention(arch):
    vit = _vit(arch=arch)
    x = torch.rand(2, 3, 16, 16)
    out = vit(x)
    assert out.shape == (2, 1 + 16, 32)
    y = x.clone()
    y[:, :, 12:, 12:] += 0.5  # only the last patch changes
    out2 = vit(y)
    # The class token and the first patch see the last patch (no causal mask).
    assert not torch.allclose(out[:, 0], out2[:, 0])
    assert not torch.allclose(out[:, 1], out2[:, 1])


def test_patch_embedding_is_a_linear_map_of_row_major_patches():
    vit = _vit()
    x = torch.rand(1, 3, 16, 16)
    conv = vit.patch_embed(x).flatten(2).transpose(1, 2)[0]  # (16, C)
    patches = x.unfold(2, 4, 4).unfold(3, 4, 4)  # (1, 3, 4, 4, 4, 4)
    flat = patches.permute(0, 2, 3, 1, 4, 5).reshape(16, 3 * 16)
    w = vit.patch_embed.weight.reshape(32, -1)
    assert torch.allclose(conv, flat @ w.T + vit.patch_embed.bias, atol=1e-5)


def test_bad_shapes_are_refused():
    with pytest.raises(GenforgeError, match="multiple of patch_size"):
        ViTConfig(image_size=30, patch_size=4).validate()
    with pytest.raises(GenforgeError, match="do not fit this ViT"):
        _vit()(torch.rand(1, 3, 32, 32))
    with pytest.raises(GenforgeError, match="unknown ViT config keys"):
        ViTConfig.from_dict({"image_size": 16, "colour": 1})
