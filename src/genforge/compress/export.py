"""Export a genforge model dir to a Hugging Face transformers model dir.

The output loads with ``AutoModelForCausalLM.from_pretrained(out)`` and
``AutoTokenizer.from_pretrained(out)`` and gives the same logits as genforge. It is written
by hand (JSON + safetensors), without importing transformers, so exporting needs nothing
beyond genforge's own dependencies.

* ``arch="llama"`` -> ``LlamaForCausalLM``: our fused ``qkv`` rows split into q/k/v
  projections; rotary weights need no permutation because genforge already uses the
  half-rotation layout.
* ``arch="gpt2"`` -> ``GPT2LMHeadModel``: GPT-2's ``Conv1D`` stores weights as (in, out),
  the transpose of ``nn.Linear``, and its fused ``c_attn`` matches our [q | k | v] layout.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path
from typing import Any

import torch
from safetensors.torch import save_file

from genforge.errors import GenforgeError
from genforge.io import atomic_write_json, atomic_write_text, read_json
from genforge.modeldir import (
    CARD_FILE,
    CONFIG_FILE,
    GENERATION_FILE,
    WEIGHTS_FILE,
    atomic_dir,
    load_model_dir,
    parse_dtype,
)
from genforge.models.gpt import GPT, GPTConfig

EXPORT_DTYPES = ("float32", "bfloat16", "float16")
# Per-block parameter names: ours -> transformers' (the importer reads the same tables back).
LLAMA_BLOCK_NAMES = {
    "attn.proj": "self_attn.o_proj",
    "ln_1": "input_layernorm",
    "ln_2": "post_attention_layernorm",
    "mlp.gate_proj": "mlp.gate_proj",
    "mlp.up_proj": "mlp.up_proj",
    "mlp.down_proj": "mlp.down_proj",
}
GPT2_BLOCK_NAMES = {
    "ln_1": "ln_1",
    "ln_2": "ln_2",
    "attn.qkv": "attn.c_attn",
    "attn.proj": "attn.c_proj",
    "mlp.fc": "mlp.c_fc",
    "mlp.proj": "mlp.c_proj",
}
# Files of a model dir that export rewrites; every other file is copied.
_REWRITTEN = {
    CONFIG_FILE,
    WEIGHTS_FILE,
    GENERATION_FILE,
    CARD_FILE,
    "tokenizer.json",
    "tokenizer_config.json",
    "special_tokens_map.json",
}


def hf_config(cfg: GPTConfig, *, bos_id: int | None, eos_id: int | None, dtype: str) -> dict:
    """The transformers config.json for ``cfg`` (LlamaConfig or GPT2Config fields)."""
    if cfg.arch == "llama":
        params = {k: v for k, v in (cfg.rope_scaling or {}).items() if k != "type"}
        scaling = {"rope_type": (cfg.rope_scaling or {}).get("type", "default"), **params}
        return {
            "architectures": ["LlamaForCausalLM"],
            "model_type": "llama",
            "vocab_size": cfg.vocab_size,
            "hidden_size": cfg.n_embd,
            "intermediate_size": cfg.ffn_dim,
            "num_hidden_layers": cfg.n_layer,
            "num_attention_heads": cfg.n_head,
            "num_key_value_heads": cfg.kv_head_count,
            "head_dim": cfg.head_dim,
            "max_position_embeddings": cfg.block_size,
            "rms_norm_eps": cfg.norm_eps,
            "rope_theta": cfg.rope_theta,
            # transformers 5 reads rope settings from here; 4.x reads rope_theta above
            # and rope_scaling below.
            "rope_parameters": {**scaling, "rope_theta": cfg.rope_theta},
            "rope_scaling": scaling if cfg.rope_scaling else None,
            "tie_word_embeddings": cfg.tie_embeddings,
            "hidden_act": "silu",
            "attention_bias": False,
            "mlp_bias": False,
            "attention_dropout": 0.0,
            "initializer_range": 0.02,
            "use_cache": True,
            "bos_token_id": bos_id,
            "eos_token_id": eos_id,
            "torch_dtype": dtype,
        }
    if cfg.n_head * cfg.head_dim != cfg.n_embd:
        raise GenforgeError(
            "GPT2LMHeadModel splits n_embd into n_head heads; this head-pruned gpt2 model "
            f"has {cfg.n_head} heads of {cfg.head_dim} in a width of {cfg.n_embd}: export it "
            "with --format onnx, or prune a llama-arch model (LlamaConfig has head_dim)"
        )
    return {
        "architectures": ["GPT2LMHeadModel"],
        "model_type": "gpt2",
        "vocab_size": cfg.vocab_size,
        "n_embd": cfg.n_embd,
        "n_layer": cfg.n_layer,
        "n_head": cfg.n_head,
        "n_inner": cfg.ffn_dim,
        "n_positions": cfg.block_size,
        "n_ctx": cfg.block_size,
        "activation_function": "gelu_new",
        "layer_norm_epsilon": cfg.norm_eps,
        "resid_pdrop": 0.0,
        "embd_pdrop": 0.0,
        "attn_pdrop": 0.0,
        "scale_attn_weights": True,
        "scale_attn_by_inverse_layer_idx": False,
        "reorder_and_upcast_attn": False,
        "tie_word_embeddings": cfg.tie_embeddings,
        "initializer_range": 0.02,
        "use_cache": True,
        "bos_token_id": bos_id,
        "eos_token_id": eos_id,
        "torch_dtype": dtype,
    }


def hf_state_dict(model: GPT) -> dict[str, torch.Tensor]:
    """Our weights renamed (and split/transposed) to the transformers parameter names."""
    cfg = model.config
    sd = {k: v.detach() for k, v in model.state_dict().items()}
    out: dict[str, torch.Tensor] = {}
    if cfg.arch == "llama":
        hs, nh, nkv = cfg.head_dim, cfg.n_head, cfg.kv_head_count
        out["model.embed_tokens.weight"] = sd["wte.weight"]
        for i in range(cfg.n_layer):
            src, dst = f"blocks.{i}.", f"model.layers.{i}."
            q, k, v = sd[src + "attn.qkv.weight"].split([nh * hs, nkv * hs, nkv * hs])
            out[dst + "self_attn.q_proj.weight"] = q
            out[dst + "self_attn.k_proj.weight"] = k
            out[dst + "self_attn.v_proj.weight"] = v
            for ours, theirs in LLAMA_BLOCK_NAMES.items():
                out[dst + theirs + ".weight"] = sd[src + ours + ".weight"]
        out["model.norm.weight"] = sd["ln_f.weight"]
    else:
        out["transformer.wte.weight"] = sd["wte.weight"]
        out["transformer.wpe.weight"] = sd["wpe.weight"]
        for i in range(cfg.n_layer):
            src, dst = f"blocks.{i}.", f"transformer.h.{i}."
            for ours, theirs in GPT2_BLOCK_NAMES.items():
                weight = sd[src + ours + ".weight"]
                # Conv1D keeps (in, out); LayerNorm gains are 1-D and stay as they are.
                out[dst + theirs + ".weight"] = weight.t() if weight.ndim == 2 else weight
                out[dst + theirs + ".bias"] = sd[src + ours + ".bias"]
        out["transformer.ln_f.weight"] = sd["ln_f.weight"]
        out["transformer.ln_f.bias"] = sd["ln_f.bias"]
    if not cfg.tie_embeddings:
        out["lm_head.weight"] = sd["lm_head.weight"]
    return out


def export_hf(
    model_dir: str | os.PathLike,
    out_dir: str | os.PathLike,
    *,
    dtype: str = "float32",
    license: str | None = None,
    base_model: str | None = None,
) -> Path:
    """Write a transformers model dir for the genforge model dir ``model_dir``; return it.

    ``dtype`` (float32, bfloat16, float16) is the weights' storage type. The output holds
    config.json, model.safetensors, generation_config.json, the tokenizer files and a
    README.md model card (``license`` and ``base_model``, a Hub id, go into its metadata
    header when given); it is written atomically and may replace an earlier export. The
    tokenizer adds BOS on its own, as Llama's does, so transformers (and vLLM/TGI) prompt
    the model the way genforge does.
    """
    if dtype not in EXPORT_DTYPES:
        raise GenforgeError(f"unknown export dtype {dtype!r}; choose one of {EXPORT_DTYPES}")
    src = Path(model_dir)
    loaded = load_model_dir(src, device="cpu", dtype="float32", require_float="export")
    model, tok, cfg = loaded.model, loaded.tokenizer, loaded.model.config
    out = Path(out_dir)
    if out.resolve() == src.resolve():
        raise GenforgeError("--out must differ from --model: export writes a new directory")
    torch_dtype = parse_dtype(dtype)
    weights = {k: v.to(torch_dtype).contiguous().cpu() for k, v in hf_state_dict(model).items()}
    gen = _hf_generation_config(loaded.generation_config, tok)
    config = hf_config(cfg, bos_id=tok.bos_id, eos_id=tok.eos_id, dtype=dtype)
    config["dtype"] = dtype  # transformers 5 name for torch_dtype
    with atomic_dir(out, replaceable=_is_hf_export) as tmp:
        for item in src.iterdir():
            if item.is_file() and item.name not in _REWRITTEN and not item.name.startswith("."):
                shutil.copy2(item, tmp / item.name)
        save_file(weights, str(tmp / WEIGHTS_FILE), metadata={"format": "pt"})
        _write_bos_tokenizer(tok, tmp, cfg.block_size)
        atomic_write_json(tmp / GENERATION_FILE, gen)
        meta = {"license": license, "base_model": base_model}
        readme = _readme(src, out, cfg, dtype, loaded.card_path, meta)
        atomic_write_text(tmp / "README.md", readme)
        atomic_write_json(tmp / CONFIG_FILE, config)
    return out


def _is_hf_export(path: Path) -> bool:
    try:
        arch = read_json(path / CONFIG_FILE).get("architectures", [])
    except (GenforgeError, AttributeError):
        return False
    return arch in (["LlamaForCausalLM"], ["GPT2LMHeadModel"])


def _hf_generation_config(ours: dict[str, Any], tok: Any) -> dict[str, Any]:
    """Our generation_config.json restricted to fields transformers' GenerationConfig knows."""
    keep = ("do_sample", "temperature", "top_k", "top_p", "max_new_tokens")
    gen = {k: ours[k] for k in keep if k in ours}
    gen["bos_token_id"] = ours.get("bos_token_id", tok.bos_id)
    gen["eos_token_id"] = ours.get("eos_token_id", tok.eos_id)
    if ours.get("pad_token_id") is not None:
        gen["pad_token_id"] = ours["pad_token_id"]
    return gen


def _write_bos_tokenizer(tok: Any, out: Path, block_size: int) -> None:
    """The tokenizer files with a post-processor that prepends BOS (Llama's convention).

    genforge starts every prompt and document with BOS; a tokenizer that adds it on its
    own makes ``tokenizer("def ")`` in transformers, and every server that loads the export,
    give the ids genforge gives. Chat templates already start with ``bos_token`` and are
    tokenized without special tokens, so chats do not get a second BOS.
    """
    from tokenizers import Tokenizer as RustTokenizer
    from tokenizers import processors

    tok.save(out, model_max_length=block_size)
    rust = RustTokenizer.from_str(tok.to_json())
    bos = tok.bos_token
    rust.post_processor = processors.TemplateProcessing(
        single=f"{bos}:0 $A:0",
        pair=f"{bos}:0 $A:0 {bos}:1 $B:1",
        special_tokens=[(bos, tok.bos_id)],
    )
    atomic_write_text(out / "tokenizer.json", rust.to_str())
    config = read_json(out / "tokenizer_config.json")
    config["add_bos_token"] = True
    atomic_write_json(out / "tokenizer_config.json", config)


def _readme(src: Path, out: Path, cfg: GPTConfig, dtype: str, card: Path | None, meta: dict) -> str:
    """README.md: a model-card metadata header (YAML), how to load the export, our card."""
    arch = "LlamaForCausalLM" if cfg.arch == "llama" else "GPT2LMHeadModel"
    lines = ["---", "library_name: transformers", "pipeline_tag: text-generation"]
    if meta.get("license"):
        lines.append(f"license: {json.dumps(meta['license'])}")
    if meta.get("base_model"):
        lines.append(f"base_model: {json.dumps(meta['base_model'])}")
    lines += ["tags:", "- genforge", f"- {cfg.arch}", "- text-generation", "---", ""]
    path = json.dumps(str(out.resolve()))
    head = (
        "\n".join(lines) + "\n# Exported from genforge\n\n"
        f"Hugging Face `{arch}` converted from the genforge model dir `{src.name}` "
        f"(weights stored as {dtype}). The tokenizer adds the BOS token itself, as "
        "genforge does for every prompt.\n\n"
        "```python\nfrom transformers import AutoModelForCausalLM, AutoTokenizer\n"
        f"model = AutoModelForCausalLM.from_pretrained({path})\n"
        f"tokenizer = AutoTokenizer.from_pretrained({path})\n```\n\n"
    )
    body = card.read_text(encoding="utf-8") if card is not None else ""
    return head + body
