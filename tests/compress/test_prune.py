"""`genforge prune`: the three methods' patterns, a structured prune that computes exactly
what masking the removed neurons computes, and the errors."""

from __future__ import annotations

import json

import pytest
import torch

from genforge.cli import main
from genforge.compress.prune import (
    prune_2_4,
    prune_heads,
    prune_magnitude,
    prune_model_dir,
    prune_neurons,
)
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


def _head_outputs_masked(model: GPT, small: GPT) -> None:
    """Zero, in ``model``, the output-projection columns of every query head ``small``
    does not have (found by matching query rows), in place."""
    hs = model.config.head_dim
    for big_b, small_b in zip(model.blocks, small.blocks):
        nh = model.config.n_head
        q = big_b.attn.qkv.weight[: nh * hs].view(nh, hs, -1)
        small_q = small_b.attn.qkv.weight[: small.config.n_head * hs].view(-1, hs, q.size(-1))
        kept = {next(h for h in range(nh) if torch.equal(q[h], sq)) for sq in small_q}
        with torch.no_grad():
            for h in set(range(nh)) - kept:
                big_b.attn.proj.weight[:, h * hs : (h + 1) * hs] = 0


@pytest.mark.parametrize(
    "arch,n_head,n_kv,sparsity,after",
    [
        ("llama", 6, 2, 1 / 3, (4, 2)),  # groups of 3 keep 2 each; every kv head stays
        ("llama", 4, 4, 0.5, (2, 2)),  # one query per kv head: kv heads go along
        ("gpt2", 4, None, 0.25, (3, 3)),
    ],
)
def test_head_pruning_equals_masking_the_removed_heads(arch, n_head, n_kv, sparsity, after):
    torch.manual_seed(0)
    cfg = GPTConfig(vocab_size=64, n_layer=2, n_head=n_head, n_kv_head=n_kv, n_embd=48, arch=arch)
    model = GPT(cfg).eval()
    with torch.no_grad():
        for p in model.parameters():
            p.add_(torch.randn_like(p) * 0.1)  # biases and gains matter too
    small = prune_heads(model, sparsity)
    assert (small.config.n_head, small.config.kv_head_count) == after
    assert small.config.head_dim == model.config.head_dim == 48 // n_head
    assert small.num_params() < model.num_params()
    # A dropped query head contributes nothing once its output columns are zero; dropped
    # key/value heads (no query reads them) contribute nothing by themselves.
    _head_outputs_masked(model, small)
    ids = torch.randint(0, 64, (2, 12))
    with torch.no_grad():
        torch.testing.assert_close(small(ids)[0], model(ids)[0], atol=1e-5, rtol=1e-5)


def test_head_pruned_dir_loads_generates_and_keeps_the_most_important(tmp_path, capsys):
    tok = train_tokenizer(TEXT, vocab_size=300)
    torch.manual_seed(0)
    model = GPT(GPTConfig(vocab_size=tok.vocab_size, n_layer=1, n_embd=32, n_head=4))
    with torch.no_grad():
        model.blocks[0].attn.proj.weight[:, 8:16] *= 0.01  # head 1 barely matters
    save_model_dir(tmp_path / "m", model, tok)
    argv = ["prune", "--model", str(tmp_path / "m"), "--out", str(tmp_path / "p")]
    assert main([*argv, "--method", "heads", "--sparsity", "0.25", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert (result["n_head"], result["n_kv_head"]) == (3, 3)
    saved = json.loads((tmp_path / "p" / "config.json").read_text())
    assert (saved["n_head"], saved["head_size"]) == (3, 8)
    loaded = load_model_dir(tmp_path / "p")
    q = model.blocks[0].attn.qkv.weight[:32].view(4, 8, -1)
    kept = loaded.model.blocks[0].attn.qkv.weight[:24].view(3, 8, -1)
    assert all(torch.equal(kept[i], q[h]) for i, h in enumerate([0, 2, 3]))
    gen = ["generate", "--model", str(tmp_path / "p"), "--prompt", "def ", "--max-tokens", "5"]
    assert main([*gen, "--temperature", "0", "--device", "cpu"]) == 0
    assert main([*argv, "--method", "heads", "--sparsity", "0.1", "--overwrite"]) == 2
    assert "removes no head of 4" in capsys.readouterr().err


def test_head_pruned_llama_exports_to_transformers_and_gguf(tmp_path):
    transformers = pytest.importorskip("transformers")
    gguf = pytest.importorskip("gguf")
    from genforge.compress.export import export_hf
    from genforge.compress.gguf_export import export_gguf

    tok = train_tokenizer(TEXT, vocab_size=300)
    torch.manual_seed(0)
    cfg = GPTConfig(vocab_size=tok.vocab_size, n_layer=2, n_embd=48, n_head=6, n_kv_head=2)
    save_model_dir(tmp_path / "m", GPT(cfg), tok)
    prune_model_dir(tmp_path / "m", tmp_path / "p", "heads", 1 / 3)
    pruned = load_model_dir(tmp_path / "p").model
    export_hf(tmp_path / "p", tmp_path / "hf")
    hf = transformers.AutoModelForCausalLM.from_pretrained(tmp_path / "hf").eval()
    ids = torch.randint(0, tok.vocab_size, (1, 16))
    with torch.no_grad():
        torch.testing.assert_close(hf(ids).logits, pruned(ids)[0], atol=1e-5, rtol=1e-5)
    reader = gguf.GGUFReader(export_gguf(tmp_path / "p", tmp_path / "p.gguf"))
    assert reader.fields["llama.attention.key_length"].contents() == 8
    assert reader.fields["llama.attention.head_count"].contents() == 4
    gpt2 = GPTConfig(vocab_size=tok.vocab_size, arch="gpt2", n_layer=1, n_embd=32, n_head=4)
    save_model_dir(tmp_path / "g", GPT(gpt2), tok)
    prune_model_dir(tmp_path / "g", tmp_path / "gp", "heads", 0.5)
    with pytest.raises(GenforgeError, match="head-pruned gpt2"):
        export_gguf(tmp_path / "gp", tmp_path / "gp.gguf")
    with pytest.raises(GenforgeError, match="head-pruned gpt2"):
        export_hf(tmp_path / "gp", tmp_path / "ghf")


@pytest.mark.parametrize("method,sparsity", [("neurons", 0.5), ("magnitude", 0.5)])
def test_recovery_fine_tune_wins_back_loss_and_keeps_zeros(tmp_path, capsys, method, sparsity):
    from genforge.eval.bpb import evaluate_model_dir

    tok = train_tokenizer(TEXT, vocab_size=300)
    torch.manual_seed(0)
    cfg = GPTConfig(vocab_size=tok.vocab_size, n_layer=1, n_embd=32, n_head=4, block_size=64)
    save_model_dir(tmp_path / "m", GPT(cfg), tok)
    (tmp_path / "text.txt").write_text("".join(TEXT), encoding="utf-8")
    base = ["prune", "--model", str(tmp_path / "m"), "--method", method]
    base += ["--sparsity", str(sparsity), "--json"]
    assert main([*base, "--out", str(tmp_path / "p")]) == 0
    capsys.readouterr()
    rec = ["--recover-steps", "30", "--recover-data", str(tmp_path / "text.txt")]
    assert main([*base, "--out", str(tmp_path / "r"), *rec, "--recover-lr", "3e-3"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["recovery"]["steps"] == 30 and result["recovery"]["tokens"] > 0
    saved = json.loads((tmp_path / "r" / "config.json").read_text())["pruning"]
    assert saved["recovery"]["steps"] == 30
    before = evaluate_model_dir(tmp_path / "p", tmp_path / "text.txt", device="cpu")["bpb"]
    after = evaluate_model_dir(tmp_path / "r", tmp_path / "text.txt", device="cpu")["bpb"]
    assert after < 0.9 * before
    if method == "magnitude":  # the pruned zeros are still zeros after training
        p, r = load_model_dir(tmp_path / "p").model, load_model_dir(tmp_path / "r").model
        for name in target_names(p):
            zero = p.get_submodule(name).weight == 0
            assert (r.get_submodule(name).weight[zero] == 0).all()
            assert r.get_submodule(name).weight[~zero].ne(0).all()
    assert main([*base, "--out", str(tmp_path / "x"), "--recover-steps", "-1"]) == 2
    assert "--recover-steps must be >= 0" in capsys.readouterr().err
