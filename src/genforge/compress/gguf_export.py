"""GGUF export: a genforge model dir as one file llama.cpp, Ollama and LM Studio load,
written with the ``gguf`` package (the llama.cpp project's own writer). Both of our
architectures have a llama.cpp counterpart: ``llama`` and ``gpt2``.

gpt2: llama.cpp's GPT-2 graph is ours term for term (learned positions, LayerNorm with
bias, one fused q/k/v matrix laid out [q | k | v], GELU with the tanh approximation, biases
everywhere), so its tensors are our own under llama.cpp's names, unchanged.

llama: the tensors are the Hugging Face export's (``hf_state_dict``) under llama.cpp's
names, with one change of layout. Our rotary embedding, like Hugging Face Llama's, rotates
dimension i of a head with dimension i + head_dim/2 (``rotate_half``); llama.cpp's llama
rotates adjacent pairs (2i, 2i+1). Reordering each head's rows of the query and key projections
so that row i + head_dim/2 sits next to row i makes llama.cpp's pairs ours: the same
permutation llama.cpp's own converter applies to Hugging Face checkpoints. Scores q·k are
unchanged because queries and keys are permuted alike (tests/compress/test_gguf.py checks
it with an adjacent-pair rotary written out).

The tokenizer goes in whole (vocabulary, merges, token types, BOS/EOS, ``add_bos_token``):
byte-level BPE is llama.cpp's ``gpt2`` tokenizer model, and our pre-tokenizer regex is
Llama 3's, which llama.cpp calls ``llama-bpe``.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import torch

from genforge.compress.export import hf_state_dict
from genforge.errors import GenforgeError
from genforge.modeldir import load_model_dir

GGUF_DTYPES = ("f32", "f16", "q8_0")

# Hugging Face Llama names (after "model.layers.N.") -> llama.cpp's (after "blk.N.").
_BLOCK = {
    "input_layernorm": "attn_norm",
    "self_attn.q_proj": "attn_q",
    "self_attn.k_proj": "attn_k",
    "self_attn.v_proj": "attn_v",
    "self_attn.o_proj": "attn_output",
    "post_attention_layernorm": "ffn_norm",
    "mlp.gate_proj": "ffn_gate",
    "mlp.up_proj": "ffn_up",
    "mlp.down_proj": "ffn_down",
}


def pair_adjacent(w: torch.Tensor, n_heads: int) -> torch.Tensor:
    """Rows of a (n_heads·hs, C) query/key projection reordered per head from the
    half-split rotary layout (i, i + hs/2) to llama.cpp's adjacent pairs (2i, 2i+1)."""
    out, rest = w.shape[0], w.shape[1:]
    return w.reshape(n_heads, 2, out // n_heads // 2, *rest).transpose(1, 2).reshape(out, *rest)


# Our GPT-2 names (after "blocks.N.") -> llama.cpp's gpt2 names (after "blk.N.").
_GPT2_BLOCK = {
    "ln_1": "attn_norm",
    "attn.qkv": "attn_qkv",
    "attn.proj": "attn_output",
    "ln_2": "ffn_norm",
    "mlp.fc": "ffn_up",
    "mlp.proj": "ffn_down",
}
_GPT2_TOP = {"wte": "token_embd", "wpe": "position_embd", "ln_f": "output_norm"}


def gguf_tensors(model: Any) -> dict[str, torch.Tensor]:
    """Our weights (float32) under llama.cpp's tensor names for the model's architecture."""
    if model.config.arch == "gpt2":
        return _gpt2_tensors(model)
    return _llama_tensors(model)


def _gpt2_tensors(model: Any) -> dict[str, torch.Tensor]:
    out: dict[str, torch.Tensor] = {}
    tied = model.config.tie_embeddings
    for name, t in model.state_dict().items():
        module, _, kind = name.rpartition(".")  # kind: weight | bias
        if module == "lm_head":
            if not tied:  # llama.cpp reuses token_embd when there is no output tensor
                out["output.weight"] = t.float()
            continue
        if module.startswith("blocks."):
            layer, _, rest = module.removeprefix("blocks.").partition(".")
            out[f"blk.{layer}.{_GPT2_BLOCK[rest]}.{kind}"] = t.float()
        else:
            out[f"{_GPT2_TOP[module]}.{kind}"] = t.float()
    return out


def _llama_tensors(model: Any) -> dict[str, torch.Tensor]:
    """Q/K rows paired for llama.cpp's rotary (see the module docstring)."""
    cfg = model.config
    out: dict[str, torch.Tensor] = {}
    for name, t in hf_state_dict(model).items():
        t = t.float()
        if name == "model.embed_tokens.weight":
            out["token_embd.weight"] = t
        elif name == "model.norm.weight":
            out["output_norm.weight"] = t
        elif name == "lm_head.weight":
            out["output.weight"] = t
        else:
            layer, _, rest = name.removeprefix("model.layers.").partition(".")
            key = rest.removesuffix(".weight")
            if key == "self_attn.q_proj":
                t = pair_adjacent(t, cfg.n_head)
            elif key == "self_attn.k_proj":
                t = pair_adjacent(t, cfg.kv_head_count)
            out[f"blk.{layer}.{_BLOCK[key]}.weight"] = t
    return out


def _vocab(tokenizer: Any) -> tuple[list[str], list[int], list[str]]:
    """Tokens by id, their llama.cpp types (1 normal, 3 control) and the BPE merges."""
    spec = json.loads(tokenizer.to_json())
    tokens = [tokenizer.id_to_token(i) for i in range(tokenizer.vocab_size)]
    special = set(tokenizer.special_ids)
    types = [3 if i in special else 1 for i in range(len(tokens))]
    merges = [m if isinstance(m, str) else " ".join(m) for m in spec["model"].get("merges", [])]
    return tokens, types, merges


def export_gguf(
    model_dir: str | os.PathLike, out_file: str | os.PathLike, *, dtype: str = "f32"
) -> Path:
    """Write ``out_file`` (.gguf) for the genforge model dir ``model_dir``; return its path.

    ``dtype``: f32, f16 (matrices in half precision, norms in f32, as llama.cpp's
    converter does) or q8_0 (matrices in llama.cpp's 8-bit blocks of 32). Architecture
    ``llama`` or ``gpt2``; the file is written to a temp sibling and renamed into place.
    """
    try:
        import gguf
    except ImportError as e:
        raise GenforgeError(
            "GGUF export needs the gguf package: pip install 'genforge[export]'"
        ) from e
    import numpy as np

    if dtype not in GGUF_DTYPES:
        raise GenforgeError(f"unknown GGUF dtype {dtype!r}; choose one of {GGUF_DTYPES}")
    loaded = load_model_dir(model_dir, device="cpu", dtype="float32", require_float="export")
    model, tok, cfg = loaded.model, loaded.tokenizer, loaded.model.config
    narrow = cfg.n_head * cfg.head_dim != cfg.n_embd  # heads were pruned
    if narrow and cfg.arch == "gpt2":
        raise GenforgeError(
            "llama.cpp's gpt2 graph needs n_head·head_size == n_embd; this head-pruned gpt2 "
            "model has fewer heads: export it with --format hf or onnx"
        )
    if cfg.rope_scaling is not None:
        raise GenforgeError("GGUF export does not write rope_scaling yet; use --format hf")
    out = Path(out_file)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(f".{out.name}.tmp")
    w = gguf.GGUFWriter(str(tmp), cfg.arch)  # keys below are prefixed "llama." / "gpt2."
    w.add_name(Path(model_dir).resolve().name)
    w.add_context_length(cfg.block_size)
    w.add_embedding_length(cfg.n_embd)
    w.add_block_count(cfg.n_layer)
    w.add_feed_forward_length(cfg.ffn_dim)
    w.add_head_count(cfg.n_head)
    if cfg.arch == "llama":
        w.add_head_count_kv(cfg.kv_head_count)
        if narrow:  # llama.cpp takes head widths from here when they do not split n_embd
            w.add_key_length(cfg.head_dim)
            w.add_value_length(cfg.head_dim)
        w.add_rope_dimension_count(cfg.head_dim)
        w.add_rope_freq_base(cfg.rope_theta)
        w.add_layer_norm_rms_eps(cfg.norm_eps)
    else:
        w.add_layer_norm_eps(cfg.norm_eps)
    w.add_vocab_size(cfg.vocab_size)
    w.add_file_type(
        {
            "f32": gguf.LlamaFileType.ALL_F32,
            "f16": gguf.LlamaFileType.MOSTLY_F16,
            "q8_0": gguf.LlamaFileType.MOSTLY_Q8_0,
        }[dtype]
    )
    tokens, types, merges = _vocab(tok)
    # A model whose vocab_size exceeds the tokenizer's has unused rows: padding tokens.
    for i in range(len(tokens), cfg.vocab_size):
        tokens.append(f"[PAD{i}]")
        types.append(5)  # unused
    w.add_tokenizer_model("gpt2")
    w.add_tokenizer_pre("llama-bpe")
    w.add_token_list(tokens)
    w.add_token_types(types)
    w.add_token_merges(merges)
    w.add_bos_token_id(tok.bos_id)
    w.add_eos_token_id(tok.eos_id)
    w.add_pad_token_id(tok.pad_id)
    w.add_add_bos_token(True)  # genforge starts every prompt with <|bos|>
    w.add_add_eos_token(False)
    for name, t in gguf_tensors(model).items():
        data = t.numpy()
        if data.ndim == 1 or dtype == "f32":
            w.add_tensor(name, data.astype(np.float32))
        elif dtype == "f16":
            w.add_tensor(name, data.astype(np.float16))
        else:
            q = gguf.quants.quantize(data, gguf.GGMLQuantizationType.Q8_0)
            w.add_tensor(name, q, raw_dtype=gguf.GGMLQuantizationType.Q8_0)
    try:
        w.write_header_to_file()
        w.write_kv_data_to_file()
        w.write_tensors_to_file()
        w.close()
        os.replace(tmp, out)
    finally:
        tmp.unlink(missing_ok=True)
    return out
