"""Hugging Face export: transformers loads the output and computes what genforge computes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import torch

from genforge.compress.export import export_hf
from genforge.errors import GenforgeError
from genforge.infer.generate import generate, generate_text
from genforge.modeldir import load_model_dir, save_model_dir
from genforge.models.gpt import GPT, GPTConfig
from genforge.tokenizer import Tokenizer, train_tokenizer

transformers = pytest.importorskip("transformers")

TEXT = [
    "The quick brown fox jumps over the lazy dog. " * 20,
    "def add(a, b):\n    return a + b\n" * 20,
]

VARIANTS = {
    "llama-gqa-untied": dict(arch="llama", n_head=4, n_kv_head=2, tie_embeddings=False),
    "llama-mha-tied": dict(arch="llama", n_head=4, n_kv_head=None, tie_embeddings=True),
    "llama-linear-rope": dict(
        arch="llama", n_head=4, tie_embeddings=True, rope_scaling={"type": "linear", "factor": 2.0}
    ),
    "gpt2-tied": dict(arch="gpt2", n_head=4, tie_embeddings=True),
    "gpt2-untied": dict(arch="gpt2", n_head=4, tie_embeddings=False),
}


@pytest.fixture(scope="module")
def tok() -> Tokenizer:
    return train_tokenizer(TEXT, vocab_size=300)


def exported(tmp_path: Path, tok: Tokenizer, variant: str, dtype: str = "float32"):
    torch.manual_seed(0)
    cfg = GPTConfig(
        vocab_size=tok.vocab_size,
        n_layer=2,
        n_embd=32,
        block_size=48,
        rope_theta=5000.0,
        norm_eps=1e-6,
        **VARIANTS[variant],
    )
    model = GPT(cfg).eval()
    with torch.no_grad():
        # Non-trivial norm gains, biases and larger weights so every tensor's mapping matters
        # and greedy decoding does not settle on one token.
        for p in model.parameters():
            if p.ndim == 1:
                p.add_(0.2 * torch.randn_like(p))
            else:
                p.normal_(0.0, 0.2)
    src = save_model_dir(tmp_path / "model", model, tok)
    out = export_hf(src, tmp_path / "hf", dtype=dtype)
    return model, out


@pytest.mark.parametrize("variant", list(VARIANTS))
def test_transformers_logits_and_greedy_match(tmp_path, tok, variant):
    model, out = exported(tmp_path, tok, variant)
    hf = transformers.AutoModelForCausalLM.from_pretrained(out).eval()
    expected_cls = "LlamaForCausalLM" if variant.startswith("llama") else "GPT2LMHeadModel"
    assert type(hf).__name__ == expected_cls
    assert hf.config.tie_word_embeddings == VARIANTS[variant]["tie_embeddings"]
    assert hf.num_parameters() == model.num_params()
    torch.manual_seed(1)
    idx = torch.randint(0, tok.vocab_size, (2, 40))
    with torch.no_grad():
        ours = model(idx)[0]
        theirs = hf(idx).logits
    torch.testing.assert_close(theirs, ours, atol=1e-4, rtol=1e-4)

    prompt = tok.encode("def add(a, b):", add_bos=True)
    new = generate(model, prompt, max_new_tokens=24, temperature=0)
    with torch.no_grad():
        hf_out = hf.generate(
            torch.tensor([prompt]),
            max_new_tokens=24,
            do_sample=False,
            eos_token_id=None,
            pad_token_id=tok.pad_id,
        )
    assert hf_out[0, len(prompt) :].tolist() == new
    assert len(set(new)) > 3


def test_tokenizer_and_generation_config_load_in_transformers(tmp_path, tok):
    _, out = exported(tmp_path, tok, "llama-gqa-untied")
    hf_tok = transformers.AutoTokenizer.from_pretrained(out)
    text = "def add(a, b):\n    return a + b"
    assert hf_tok.encode(text, add_special_tokens=False) == tok.encode(text)
    assert hf_tok.bos_token_id == tok.bos_id
    gen = transformers.GenerationConfig.from_pretrained(out)
    assert gen.bos_token_id == tok.bos_id
    assert gen.eos_token_id == [tok.eos_id, tok.end_id]
    config = json.loads((out / "config.json").read_text())
    assert config["num_key_value_heads"] == 2 and config["head_dim"] == 8
    assert config["rope_theta"] == 5000.0 and config["rms_norm_eps"] == 1e-6
    assert (out / "README.md").is_file()


def test_transformers_pipeline_adds_bos_and_continues_like_genforge(tmp_path, tok):
    model, out = exported(tmp_path, tok, "llama-gqa-untied")
    with torch.no_grad():
        # Control tokens are not text: zero logits keep a random model from choosing them
        # (random logits have a positive maximum), so both sides show a continuation.
        for tid in tok.special_ids - {tok.eos_id, tok.end_id}:
            model.lm_head.weight[tid].zero_()
    src = save_model_dir(tmp_path / "model", model, tok)
    export_hf(src, out)
    hf_tok = transformers.AutoTokenizer.from_pretrained(out)
    assert hf_tok("def ")["input_ids"] == tok.encode("def ", add_bos=True)
    msgs = [{"role": "user", "content": "hi"}]
    # Chat templates start with bos_token already: no second BOS.
    assert hf_tok.apply_chat_template(msgs, add_generation_prompt=True, tokenize=False) == (
        tok.apply_chat_template(msgs)
    )
    ours = generate_text(model, tok, "def ", max_new_tokens=20, temperature=0)
    pipe = transformers.pipeline("text-generation", model=str(out), tokenizer=str(out))
    theirs = pipe("def ", max_new_tokens=20, do_sample=False)[0]["generated_text"]
    assert len(ours) > 5
    assert theirs == "def " + ours


def test_readme_has_metadata_header_and_the_real_path(tmp_path, tok):
    import yaml

    _, out = exported(tmp_path, tok, "gpt2-tied")
    export_hf(tmp_path / "model", out, license="mit", base_model="org/base-1")
    readme = (out / "README.md").read_text()
    assert readme.startswith("---\n")
    meta = yaml.safe_load(readme.split("---\n")[1])
    assert meta["library_name"] == "transformers" and meta["license"] == "mit"
    assert meta["base_model"] == "org/base-1" and "genforge" in meta["tags"]
    assert f'from_pretrained("{out.resolve()}")' in readme and "PATH" not in readme


def test_bfloat16_export(tmp_path, tok):
    model, out = exported(tmp_path, tok, "gpt2-tied", dtype="bfloat16")
    hf = transformers.AutoModelForCausalLM.from_pretrained(out, dtype=torch.bfloat16).eval()
    assert hf.transformer.wte.weight.dtype == torch.bfloat16
    ref = model.to(torch.bfloat16)
    idx = torch.randint(0, tok.vocab_size, (1, 16))
    with torch.no_grad():
        diff = (hf(idx).logits.float() - ref(idx)[0].float()).abs().max().item()
    assert diff < 0.1


def test_export_replaces_previous_export_and_rejects_bad_input(tmp_path, tok):
    _, out = exported(tmp_path, tok, "llama-mha-tied")
    export_hf(tmp_path / "model", out)  # re-export over the previous one
    assert load_model_dir(tmp_path / "model").model.config.arch == "llama"
    with pytest.raises(GenforgeError, match="dtype"):
        export_hf(tmp_path / "model", tmp_path / "x", dtype="int3")
    with pytest.raises(GenforgeError, match="not a genforge model config"):
        export_hf(out, tmp_path / "again")
    with pytest.raises(GenforgeError, match="must differ"):
        export_hf(tmp_path / "model", tmp_path / "model")
    with pytest.raises(GenforgeError, match="refusing to replace"):
        export_hf(tmp_path / "model", tmp_path)


def test_export_does_not_import_transformers(tmp_path, tok):
    exported(tmp_path, tok, "gpt2-tied")
    code = (
        "import sys; from genforge.compress.export import export_hf; "
        f"export_hf({str(tmp_path / 'model')!r}, {str(tmp_path / 'hf2')!r}); "
        "assert 'transformers' not in sys.modules, 'transformers was imported'"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
    assert (tmp_path / "hf2" / "model.safetensors").is_file()
