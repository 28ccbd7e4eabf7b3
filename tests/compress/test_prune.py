"""`genforge prune`: the three methods' patterns, a structured prune that computes exactly
what masking the removed neurons computes, and the errors."""

from __future__ import annotations

import json

import pytest
import torch

from genforge.cli import main
from genforge.compress.prune import prune_2_4, prune_magnitude, prune_model_dir, prune_neurons
from genforge.compress.quant import quantize_model_dir, target_names
from genforge.errors import GenforgeError
from genforge.modeldir import load_model_dir, save_model_dir
from genforge.models.gpt import GPT, GPTConfig
from genforge.tokenizer import train_tokenizer

pytestmark = pytest.mark.usefixtures("one_thread")

TEXT = ["The quick brown fox jumps over the lazy dog. " * 30, "def f(x):\n    return x\n" * 30]


def tiny(arch="llama"):
    torch.manual_seed(0)
    kv = 2 if arch == "llama" else None
    return GPT(GPTConfig(vocab_size=64, n_layer=2, n_head=4, n_kv_head=kv, n_embd=32, arch=arch))


def test_magnitude_zeroes_the_smallest_fraction_of_each_matrix():
    model = tiny()
    before = {n: model.get_submodule(n).weight.clone() for n in target_names(model)}
    prune_magnitude(model, 0.3)
    for name, w0 in before.items():
        w = model.get_submodule(name).weight
        zero = w == 0
        assert abs(zero.float().mean().item() - 0.3) < 0.01
        assert w0[zero].abs().max() <= w0[~zero].abs().min()  # the smallest ones went
        assert torch.equal(w[~zero], w0[~zero])
    assert model.wte.weight.ne(0).all()  # embeddings untouched


def test_2_4_keeps_the_two_largest_of_every_four():
    model = tiny()
    w0 = model.blocks[0].mlp.down_proj.weight.clone()
    prune_2_4(model)
    w = model.blocks[0].mlp.down_proj.weight
    groups, groups0 = w.view(-1, 4), w0.view(-1, 4)
    assert ((groups != 0).sum(1) == 2).all()
    kept = groups0.abs().topk(2, dim=1).indices.sort(1).values
    assert torch.equal((groups != 0).nonzero()[:, 1].view(-1, 2), kept)


@pytest.mark.parametrize("arch", ["llama", "gpt2"])
def test_neuron_pruning_equals_masking_the_removed_units(arch):
    model = tiny(arch).eval()
    small = prune_neurons(model, 0.25)
    assert small.config.ffn_dim == round(model.config.ffn_dim * 0.75)
    assert small.num_params() < model.num_params()
    # Masking the same units in the big model (their down/proj columns zeroed) must give
    # the small model's logits: the structured prune removed exactly those units.
    for big_b, small_b in zip(model.blocks, small.blocks):
        out = big_b.mlp.down_proj if arch == "llama" else big_b.mlp.proj
        first = big_b.mlp.up_proj if arch == "llama" else big_b.mlp.fc
        small_first = small_b.mlp.up_proj if arch == "llama" else small_b.mlp.fc
        kept = [(first.weight == row).all(1).nonzero()[0, 0].item() for row in small_first.weight]
        mask = torch.zeros(out.weight.shape[1], dtype=torch.bool)
        mask[kept] = True
        with torch.no_grad():
            out.weight[:, ~mask] = 0
    ids = torch.randint(0, 64, (2, 10))
    with torch.no_grad():
        torch.testing.assert_close(small(ids)[0], model(ids)[0], atol=1e-5, rtol=1e-5)


def test_cli_prune_and_errors(tmp_path, capsys):
    tok = train_tokenizer(TEXT, vocab_size=300)
    torch.manual_seed(0)
    model = GPT(GPTConfig(vocab_size=tok.vocab_size, n_layer=1, n_embd=32, n_head=4))
    save_model_dir(tmp_path / "m", model, tok)
    base = ["prune", "--model", str(tmp_path / "m")]
    argv = [*base, "--out", str(tmp_path / "p"), "--method", "neurons", "--sparsity", "0.5"]
    assert main([*argv, "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["params_after"] < result["params_before"]
    loaded = load_model_dir(tmp_path / "p")
    assert loaded.model.config.ffn_dim == result["mlp_hidden"]
    assert (
        json.loads((tmp_path / "p" / "config.json").read_text())["pruning"]["method"] == "neurons"
    )
    out = ["--out", str(tmp_path / "x")]
    assert main([*base, *out, "--method", "random", "--sparsity", "0.5"]) == 2
    assert "unknown pruning method 'random'" in capsys.readouterr().err
    assert main([*base, *out, "--method", "2:4", "--sparsity", "0.3"]) == 2
    assert "pass --sparsity 0.5" in capsys.readouterr().err
    assert main([*base, *out, "--method", "magnitude", "--sparsity", "1.5"]) == 2
    assert "--sparsity must be in (0, 1)" in capsys.readouterr().err
    quantize_model_dir(tmp_path / "m", tmp_path / "q", "int8")
    with pytest.raises(GenforgeError, match="prune needs float weights"):
        prune_model_dir(tmp_path / "q", tmp_path / "x", "magnitude", 0.5)
    assert not (tmp_path / "x").exists()
