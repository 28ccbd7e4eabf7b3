"""Import a Hugging Face ``save_pretrained`` folder as a genforge model dir.

The reverse of compress/export.py: the checkpoint's config.json becomes a GPTConfig, its
safetensors weights are renamed (and fused/transposed) to ours, and its tokenizer.json is
kept, with genforge's chat control tokens added. Only what our GPT computes exactly is
accepted; every other feature is refused by name, never approximated:

* ``llama`` / ``mistral`` (``LlamaForCausalLM``, ``MistralForCausalLM``): multi-head or
  grouped-query attention, SwiGLU (``silu``), RMSNorm, RoPE with any theta, unscaled or
  with ``linear`` / ``llama3`` scaling, tied or untied head. Refused: other RoPE scaling
  (dynamic, yarn, longrope...), attention or MLP biases, a head_dim other than
  hidden_size / num_attention_heads, a sliding window shorter than the context, other
  activations.
* ``gpt2`` (``GPT2LMHeadModel``): ``gelu_new`` MLP, learned positions, tied or untied head.
  Refused: other activations, ``scale_attn_by_inverse_layer_idx``, unscaled attention,
  cross-attention.

Weights are read from ``model.safetensors`` or the shards a ``model.safetensors.index.json``
lists. Pickled ``pytorch_model.bin`` files are refused: unpickling runs code from the file.

Tokenizer: genforge's ``<|bos|>``/``<|eos|>``/``<|pad|>`` become aliases of the
checkpoint's own begin/end/padding tokens (so prompts start with the token the model was
trained on); the chat tokens (``<|system|>``, ``<|user|>``, ``<|assistant|>``, ``<|end|>``,
``<|tool_call|>``, ``<|tool_result|>``, and any of the three above the checkpoint lacks) are
added as new special tokens. Their embedding rows start at the mean of the trained rows, so
the imported model computes the checkpoint's logits on every original token and learns the
new ones during SFT. The checkpoint's own Jinja chat template is kept in config.json
(``imported_from.chat_template``) but genforge chats with its own template.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import torch
from safetensors import SafetensorError, safe_open

from genforge.compress.export import GPT2_BLOCK_NAMES, LLAMA_BLOCK_NAMES
from genforge.errors import GenforgeError
from genforge.modeldir import CONFIG_FILE, parse_dtype, save_model_dir
from genforge.models.gpt import GPT, GPTConfig
from genforge.nn.rope import ROPE_SCALING
from genforge.tokenizer import ALIASABLE, CHAT_TEMPLATE, SPECIAL_TOKENS, Tokenizer

SUPPORTED_TYPES = ("llama", "mistral", "gpt2")
_SAFETENSORS = "model.safetensors"
_INDEX = "model.safetensors.index.json"
_PICKLES = ("pytorch_model.bin", "pytorch_model.bin.index.json", "model.pt", "model.ckpt")


@dataclass
class ImportReport:
    """What ``import_hf`` did: the output dir and the mapping decisions it took."""

    out: Path
    model_type: str
    config: GPTConfig
    aliases: dict[str, str]
    added_tokens: list[str]
    chat_template: str  # "genforge", "recorded", or "none"
    dtype: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "out": str(self.out),
            "model_type": self.model_type,
            "arch": self.config.arch,
            "vocab_size": self.config.vocab_size,
            "n_layer": self.config.n_layer,
            "n_head": self.config.n_head,
            "n_kv_head": self.config.kv_head_count,
            "n_embd": self.config.n_embd,
            "block_size": self.config.block_size,
            "tie_embeddings": self.config.tie_embeddings,
            "aliases": self.aliases,
            "added_tokens": self.added_tokens,
            "chat_template": self.chat_template,
            "dtype": self.dtype,
        }


def _unsupported(what: str) -> GenforgeError:
    return GenforgeError(
        f"cannot import: {what}. genforge's GPT computes this checkpoint differently, so the "
        "import is refused rather than approximated (docs/import.md lists what loads)"
    )


def _rope(raw: dict[str, Any]) -> tuple[dict[str, Any] | None, float]:
    """Our ``rope_scaling`` and the theta, from transformers 4.x (``rope_theta``,
    ``rope_scaling``) or 5.x (``rope_parameters``) config fields."""
    params = raw.get("rope_parameters") or {}
    scaling = raw.get("rope_scaling") or {}
    if not isinstance(params, dict) or not isinstance(scaling, dict):
        raise GenforgeError("config.json: rope_parameters / rope_scaling must be objects")
    merged = {**scaling, **params}
    kind = str(merged.get("rope_type") or merged.get("type") or "default")
    theta = float(merged.get("rope_theta", raw.get("rope_theta", 10000.0)))
    if kind == "default":
        return None, theta
    if kind not in ROPE_SCALING:
        raise _unsupported(
            f"rope scaling type {kind!r} (supported: unscaled, {', '.join(ROPE_SCALING)})"
        )
    keys = ("factor", *ROPE_SCALING[kind])
    missing = [k for k in keys if k not in merged]
    if missing:
        raise GenforgeError(f"config.json: rope scaling {kind!r} lacks {missing}")
    return {"type": kind, **{k: merged[k] for k in keys}}, theta


def gpt_config_from_hf(raw: dict[str, Any], *, block_size: int | None = None) -> GPTConfig:
    """The GPTConfig computing what the transformers config ``raw`` computes.

    Raises GenforgeError naming the first feature our GPT cannot express exactly.
    ``block_size`` caps the context (default: the checkpoint's max positions).
    """
    kind = raw.get("model_type")
    if kind not in SUPPORTED_TYPES:
        arch = (raw.get("architectures") or ["?"])[0]
        raise _unsupported(
            f"model_type {kind!r} ({arch}) is not a supported architecture; supported: "
            f"{', '.join(SUPPORTED_TYPES)}"
        )
    if kind == "gpt2":
        values = _gpt2_fields(raw)
    else:
        values = _llama_fields(raw)
    if block_size is not None:
        if block_size > values["block_size"]:
            raise GenforgeError(
                f"--block-size {block_size} exceeds the checkpoint's context "
                f"{values['block_size']}; choose a value <= {values['block_size']}"
            )
        values["block_size"] = block_size
    return GPTConfig.from_dict(values)


def _llama_fields(raw: dict[str, Any]) -> dict[str, Any]:
    need = ("vocab_size", "hidden_size", "num_hidden_layers", "num_attention_heads")
    missing = [k for k in need if k not in raw]
    if missing:
        raise GenforgeError(f"config.json lacks {missing}; is this a complete Llama config?")
    act = raw.get("hidden_act", "silu")
    if act != "silu":
        raise _unsupported(f"hidden_act {act!r} (only 'silu', SwiGLU, is supported)")
    for flag in ("attention_bias", "mlp_bias"):
        if raw.get(flag):
            raise _unsupported(f"{flag}: true (bias terms; genforge's Llama has no biases)")
    scaling, theta = _rope(raw)
    hidden, heads = raw["hidden_size"], raw["num_attention_heads"]
    head_dim = raw.get("head_dim")
    if head_dim is not None and head_dim * heads != hidden:
        raise _unsupported(
            f"head_dim {head_dim} with {heads} heads != hidden_size {hidden} (genforge's head "
            "dim is hidden_size / num_attention_heads)"
        )
    context = int(raw.get("max_position_embeddings", 2048))
    window = raw.get("sliding_window")
    if window is not None and (raw.get("use_sliding_window", True) and window < context):
        raise _unsupported(
            f"sliding_window {window} < context {context} (sliding-window attention); "
            "a checkpoint with sliding_window null loads"
        )
    return {
        "arch": "llama",
        "vocab_size": raw["vocab_size"],
        "n_layer": raw["num_hidden_layers"],
        "n_head": heads,
        "n_kv_head": raw.get("num_key_value_heads") or heads,
        "n_embd": hidden,
        "block_size": context,
        "mlp_hidden": raw.get("intermediate_size"),
        # LlamaConfig's and MistralConfig's default is an untied head.
        "tie_embeddings": bool(raw.get("tie_word_embeddings", False)),
        "rope_theta": theta,
        "rope_scaling": scaling,
        "norm_eps": float(raw.get("rms_norm_eps", 1e-6)),
    }


def _gpt2_fields(raw: dict[str, Any]) -> dict[str, Any]:
    act = raw.get("activation_function", "gelu_new")
    if act not in ("gelu_new", "gelu_pytorch_tanh"):
        raise _unsupported(
            f"activation_function {act!r} (only the tanh GELU 'gelu_new' is supported)"
        )
    if raw.get("scale_attn_by_inverse_layer_idx"):
        raise _unsupported("scale_attn_by_inverse_layer_idx: true (per-layer attention scale)")
    if raw.get("scale_attn_weights") is False:
        raise _unsupported("scale_attn_weights: false (attention without 1/sqrt(d) scaling)")
    if raw.get("add_cross_attention"):
        raise _unsupported("add_cross_attention: true (an encoder-decoder GPT-2)")
    n_embd = raw.get("n_embd", 768)
    return {
        "arch": "gpt2",
        "vocab_size": raw.get("vocab_size", 50257),
        "n_layer": raw.get("n_layer", 12),
        "n_head": raw.get("n_head", 12),
        "n_embd": n_embd,
        "block_size": raw.get("n_positions", 1024),
        "mlp_hidden": raw.get("n_inner") or 4 * n_embd,
        "tie_embeddings": bool(raw.get("tie_word_embeddings", True)),
        "norm_eps": float(raw.get("layer_norm_epsilon", 1e-5)),
    }


def read_hf_weights(src: Path) -> dict[str, torch.Tensor]:
    """Every tensor of the checkpoint's safetensors file(s); pickled weights are refused."""
    index = src / _INDEX
    if (src / _SAFETENSORS).is_file():
        files = [src / _SAFETENSORS]
    elif index.is_file():
        try:
            weight_map = json.loads(index.read_text(encoding="utf-8"))["weight_map"]
            files = [src / name for name in sorted(set(weight_map.values()))]
        except (ValueError, KeyError, TypeError, AttributeError) as e:
            raise GenforgeError(f"{index} is not a valid safetensors index ({e})") from e
    else:
        pickles = [name for name in _PICKLES if (src / name).exists()]
        if pickles:
            raise GenforgeError(
                f"{src} holds only pickled weights ({pickles[0]}); genforge refuses them "
                "because unpickling executes code from the file. Convert them once where you "
                "trust the file: AutoModelForCausalLM.from_pretrained(dir)"
                ".save_pretrained(dir, safe_serialization=True)"
            )
        raise GenforgeError(f"{src} has no {_SAFETENSORS} or {_INDEX}; is it a model folder?")
    tensors: dict[str, torch.Tensor] = {}
    for file in files:
        try:
            with safe_open(str(file), framework="pt") as f:
                for name in f.keys():
                    tensors[name] = f.get_tensor(name)
        except (SafetensorError, OSError, ValueError, RuntimeError) as e:
            raise GenforgeError(f"cannot read {file}: {e}; the checkpoint is damaged") from e
    return tensors


class _Weights:
    """The checkpoint's tensors, taken one by one so leftovers can be reported."""

    def __init__(self, tensors: dict[str, torch.Tensor], prefix: str) -> None:
        # Some GPT-2 files (the original release) name tensors without "transformer.".
        self.tensors = {
            (k if k.startswith(prefix) or k == "lm_head.weight" else prefix + k): v
            for k, v in tensors.items()
        }

    def take(self, name: str) -> torch.Tensor:
        if name not in self.tensors:
            raise GenforgeError(
                f"the checkpoint lacks tensor {name!r}; config.json and the weights do not "
                "match (or the architecture differs from its model_type)"
            )
        return self.tensors.pop(name)

    def leftovers(self, ignore: tuple[str, ...]) -> list[str]:
        return sorted(k for k in self.tensors if not k.endswith(ignore))


def genforge_state_dict(cfg: GPTConfig, tensors: dict[str, torch.Tensor]) -> dict:
    """Checkpoint tensors renamed (fused/transposed) to our parameter names."""
    sd: dict[str, torch.Tensor] = {}
    if cfg.arch == "llama":
        w = _Weights(tensors, "model.")
        sd["wte.weight"] = w.take("model.embed_tokens.weight")
        for i in range(cfg.n_layer):
            src, dst = f"model.layers.{i}.", f"blocks.{i}."
            qkv = [w.take(src + f"self_attn.{n}_proj.weight") for n in "qkv"]
            sd[dst + "attn.qkv.weight"] = torch.cat(qkv, dim=0)
            for ours, theirs in LLAMA_BLOCK_NAMES.items():
                sd[dst + ours + ".weight"] = w.take(src + theirs + ".weight")
        sd["ln_f.weight"] = w.take("model.norm.weight")
        ignore: tuple[str, ...] = ("rotary_emb.inv_freq",)
    else:
        w = _Weights(tensors, "transformer.")
        sd["wte.weight"] = w.take("transformer.wte.weight")
        sd["wpe.weight"] = w.take("transformer.wpe.weight")
        for i in range(cfg.n_layer):
            src, dst = f"transformer.h.{i}.", f"blocks.{i}."
            for ours, theirs in GPT2_BLOCK_NAMES.items():
                weight = w.take(src + theirs + ".weight")
                # Conv1D keeps (in, out): transpose back to nn.Linear's (out, in).
                sd[dst + ours + ".weight"] = weight.t().contiguous() if weight.ndim == 2 else weight
                sd[dst + ours + ".bias"] = w.take(src + theirs + ".bias")
        sd["ln_f.weight"] = w.take("transformer.ln_f.weight")
        sd["ln_f.bias"] = w.take("transformer.ln_f.bias")
        # Causal-mask buffers some GPT-2 files carry; they are not weights.
        ignore = ("attn.bias", "attn.masked_bias")
    head = w.tensors.pop("lm_head.weight", None)
    if cfg.tie_embeddings:
        if head is not None and not torch.equal(head, sd["wte.weight"]):
            raise _unsupported(
                "tie_word_embeddings is true but lm_head.weight differs from the embedding "
                "(a tied/untied head mismatch); fix tie_word_embeddings in config.json"
            )
    elif head is None:
        raise _unsupported(
            "tie_word_embeddings is false but the checkpoint has no lm_head.weight (a "
            "tied/untied head mismatch); set tie_word_embeddings to true if the head is tied"
        )
    else:
        sd["lm_head.weight"] = head
    left = w.leftovers(ignore)
    if left:
        raise _unsupported(
            f"tensors genforge's {cfg.arch} has no place for: {left[:5]}"
            + (" (bias terms)" if any(k.endswith(".bias") for k in left) else "")
        )
    return sd


# ---------------------------------------------------------------------- tokenizer


def _token_text(value: Any) -> str | None:
    """A tokenizer_config special token: a string or an AddedToken dict."""
    if isinstance(value, dict):
        value = value.get("content")
    return value if isinstance(value, str) and value else None


def _hf_specials(src: Path, raw: dict[str, Any], rust: Any) -> tuple[dict[str, str], str | None]:
    """The checkpoint's own bos/eos/pad token strings (as aliases) and its chat template."""
    tk_cfg: dict[str, Any] = {}
    file = src / "tokenizer_config.json"
    if file.is_file():
        try:
            tk_cfg = json.loads(file.read_text(encoding="utf-8"))
        except ValueError as e:
            raise GenforgeError(f"{file} is not valid JSON ({e})") from e
    aliases: dict[str, str] = {}
    for name, key in zip(ALIASABLE, ("bos", "eos", "pad"), strict=True):
        text = _token_text(tk_cfg.get(f"{key}_token"))
        if text is None and isinstance(raw.get(f"{key}_token_id"), int):
            text = rust.id_to_token(raw[f"{key}_token_id"])
        if text is not None and text != name and rust.token_to_id(text) is not None:
            aliases[name] = text
    template = tk_cfg.get("chat_template")
    jinja = src / "chat_template.jinja"
    if template is None and jinja.is_file():
        template = jinja.read_text(encoding="utf-8")
    if isinstance(template, list):  # named templates: keep the default one
        named = {t.get("name"): t.get("template") for t in template if isinstance(t, dict)}
        template = named.get("default") or next(iter(named.values()), None)
    return aliases, template if isinstance(template, str) else None


def import_tokenizer(src: Path, raw: dict[str, Any]) -> tuple[Tokenizer, dict, list, str | None]:
    """The checkpoint's tokenizer with genforge's special tokens aliased or added.

    Returns (tokenizer, aliases, added token strings, the checkpoint's chat template).
    """
    from tokenizers import AddedToken
    from tokenizers import Tokenizer as RustTokenizer

    file = src / "tokenizer.json"
    if not file.is_file():
        raise GenforgeError(
            f"{src} has no tokenizer.json (genforge reads the fast tokenizer file only); "
            "write one with AutoTokenizer.from_pretrained(dir).save_pretrained(dir)"
        )
    try:
        rust = RustTokenizer.from_file(str(file))
    except Exception as e:  # the Rust loader raises plain Exception on bad JSON
        raise GenforgeError(f"{file} is not a valid tokenizer.json ({e})") from e
    aliases, template = _hf_specials(src, raw, rust)
    missing = [t for t in SPECIAL_TOKENS if t not in aliases and rust.token_to_id(t) is None]
    if missing:
        rust.add_special_tokens([AddedToken(t, special=True, normalized=False) for t in missing])
    return Tokenizer(rust, aliases=aliases), aliases, missing, template


def _grow_vocab(sd: dict[str, torch.Tensor], cfg: GPTConfig, vocab: int) -> GPTConfig:
    """Rows for tokens past the checkpoint's vocabulary, at the mean of the trained rows."""
    if vocab <= cfg.vocab_size:
        return cfg
    extra = vocab - cfg.vocab_size
    for name in ("wte.weight", "lm_head.weight"):
        if name in sd:
            rows = sd[name]
            mean = rows.float().mean(dim=0, keepdim=True).to(rows.dtype)
            sd[name] = torch.cat([rows, mean.expand(extra, -1)], dim=0)
    return GPTConfig.from_dict({**cfg.to_dict(), "vocab_size": vocab})


def _card(src: Path, report: ImportReport) -> str:
    cfg = report.config
    rows = "\n".join(f"| {k} | {v} |" for k, v in cfg.to_dict().items())
    aliases = ", ".join(f"`{k}` = `{v}`" for k, v in report.aliases.items()) or "none"
    added = ", ".join(f"`{t}`" for t in report.added_tokens) or "none"
    chat = {
        "genforge": "genforge's own (the checkpoint was a genforge export)",
        "recorded": "the checkpoint's template is kept in config.json "
        "(`imported_from.chat_template`) but not used: genforge chats with its own "
        "template, whose tokens this checkpoint has not learned yet (fine-tune with "
        "`genforge sft` first)",
        "none": "the checkpoint has none (a base model); genforge's template needs SFT first",
    }[report.chat_template]
    return (
        f"# Imported from Hugging Face ({report.model_type})\n\n"
        f"- source: `{src}`\n"
        f"- weights: {report.dtype}\n"
        f"- special-token aliases: {aliases}\n"
        f"- added tokens (embedding rows at the mean of the trained rows): {added}\n"
        f"- chat template: {chat}\n\n"
        "## Config\n\n| field | value |\n|---|---|\n"
        f"{rows}\n"
    )


def import_hf(
    src_dir: str | os.PathLike,
    out_dir: str | os.PathLike,
    *,
    dtype: str | None = None,
    block_size: int | None = None,
) -> ImportReport:
    """Convert the transformers folder ``src_dir`` into the genforge model dir ``out_dir``.

    ``dtype`` (float32, bfloat16, float16) casts the weights; None keeps the stored type.
    ``block_size`` caps the context length. Raises GenforgeError naming the unsupported
    feature when the checkpoint is not one our GPT computes exactly.
    """
    src = Path(src_dir)
    if not src.is_dir():
        raise GenforgeError(f"{src} is not a directory; pass a save_pretrained folder")
    config_file = src / CONFIG_FILE
    try:
        raw = json.loads(config_file.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise GenforgeError(f"{src} has no config.json; is it a save_pretrained folder?") from None
    except (OSError, ValueError) as e:
        raise GenforgeError(f"cannot read {config_file}: {e}") from e
    if not isinstance(raw, dict):
        raise GenforgeError(f"{config_file} must hold a JSON object")
    if raw.get("model_type") == "genforge-gpt":
        raise GenforgeError(f"{src} is already a genforge model dir; use it as it is")
    cfg = gpt_config_from_hf(raw, block_size=block_size)
    tok, aliases, added, template = import_tokenizer(src, raw)
    sd = genforge_state_dict(cfg, read_hf_weights(src))
    target = parse_dtype(dtype) or sd["wte.weight"].dtype
    if not target.is_floating_point:
        raise GenforgeError(f"the checkpoint's weights are {target}; expected floats")
    sd = {k: v.to(target) for k, v in sd.items()}
    cfg = _grow_vocab(sd, cfg, tok.vocab_size)
    with torch.device("meta"):
        model = GPT(cfg)
    expected = model.state_dict()
    for name, tensor in sd.items():
        if tuple(tensor.shape) != tuple(expected[name].shape):
            raise GenforgeError(
                f"checkpoint tensor for {name} has shape {list(tensor.shape)} but config.json "
                f"implies {list(expected[name].shape)}; config.json and the weights do not match"
            )
    model.load_state_dict(sd, strict=False, assign=True)
    if cfg.tie_embeddings:
        model.lm_head.weight = model.wte.weight
    assert not any(p.is_meta for p in model.parameters()), "a weight was not imported"
    chat = "none" if template is None else "recorded"
    if template is not None and template == CHAT_TEMPLATE:
        chat = "genforge"
    report = ImportReport(
        out=Path(out_dir),
        model_type=raw["model_type"],
        config=cfg,
        aliases=aliases,
        added_tokens=added,
        chat_template=chat,
        dtype=str(target).removeprefix("torch."),
    )
    origin = {"format": "hf", "model_type": raw["model_type"], "chat_template": template}
    save_model_dir(
        out_dir, model, tok, card=_card(src, report), extra_config={"imported_from": origin}
    )
    return report
