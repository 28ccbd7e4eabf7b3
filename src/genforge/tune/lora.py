"""LoRA: low-rank adapters on chosen linear layers of a frozen GPT (Hu et al. 2021).

A wrapped layer computes ``base(x) + (alpha / r) · B A dropout(x)`` with ``A`` (r, in)
kaiming-uniform and ``B`` (out, r) zero, so a fresh adapter leaves the model unchanged.
Targets are module-name suffixes (``qkv``, ``proj``, ``attn.proj``, ``fc``, ``gate_proj``,
``up_proj``, ``down_proj``, ...) or ``q``/``k``/``v``: one adapter per row slice of the fused
``attn.qkv`` projection, which is exactly what a separate q/k/v projection adapter does.

Several named adapters can live on one base; ``set_active_adapter`` picks which one (or none)
runs. ``merge_lora`` folds the active adapter into the base weights; adapters are saved
alone (``adapter_config.json`` + ``adapter_model.safetensors``) and exported in peft's
format for the Hugging Face export.
"""

from __future__ import annotations

import math
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import torch
from safetensors.torch import load_file
from torch import nn

from genforge.compress.quant import dequantize_base
from genforge.errors import GenforgeError
from genforge.io import atomic_save_tensors, atomic_write_json, read_json
from genforge.nn.quant import Linear4bit

__all__ = [
    "LoraLinear",
    "LoraSpec",
    "apply_lora",
    "export_adapter_peft",
    "load_adapter",
    "lora_modules",
    "merge_lora",
    "save_adapter",
    "set_active_adapter",
    "trainable_parameters",
    "unmerge_lora",
]

ADAPTER_CONFIG = "adapter_config.json"
ADAPTER_WEIGHTS = "adapter_model.safetensors"
ADAPTER_FORMAT = "genforge-lora"
SLICES = ("q", "k", "v")  # row slices of the fused attention qkv projection
DEFAULT_NAME = "default"


@dataclass(frozen=True)
class LoraSpec:
    """Rank ``r``, scale ``alpha`` (updates are scaled by alpha/r), ``dropout`` on the LoRA
    input, and ``targets`` (module-name suffixes or q/k/v slices of the fused qkv)."""

    r: int = 8
    alpha: float = 16.0
    dropout: float = 0.0
    targets: tuple[str, ...] = ("q", "v")

    @property
    def scaling(self) -> float:
        return self.alpha / self.r

    @classmethod
    def parse(cls, text: str) -> LoraSpec:
        """``"r,alpha,dropout,target[,target...]"``, e.g. ``"8,16,0.05,q,v"``.

        ``targets`` defaults to ``q,v`` when only three fields are given; ``all`` targets
        every linear layer of the blocks (q, k, v, proj and the MLP).
        """
        parts = [p.strip() for p in str(text).split(",") if p.strip()]
        usage = "--lora takes r,alpha,dropout,targets (e.g. 8,16,0.05,q,v)"
        if len(parts) < 3:
            raise GenforgeError(f"{usage}; got {text!r}")
        try:
            r, alpha, dropout = int(parts[0]), float(parts[1]), float(parts[2])
        except ValueError:
            raise GenforgeError(f"{usage}; r must be an integer, alpha and dropout numbers, "
                                f"got {text!r}") from None  # fmt: skip
        targets = tuple(parts[3:]) or ("q", "v")
        return cls(r=r, alpha=alpha, dropout=dropout, targets=targets).validate()

    def validate(self) -> LoraSpec:
        """Raise GenforgeError naming a bad field; return self."""
        if not (isinstance(self.r, int) and self.r > 0):
            raise GenforgeError(f"LoRA rank r must be a positive integer, got {self.r!r}")
        if not self.alpha > 0:
            raise GenforgeError(f"LoRA alpha must be > 0, got {self.alpha}")
        if not 0.0 <= self.dropout < 1.0:
            raise GenforgeError(f"LoRA dropout must be in [0, 1), got {self.dropout}")
        if not self.targets:
            raise GenforgeError("LoRA needs at least one target (e.g. q,v or qkv,proj)")
        return self

    def to_dict(self) -> dict[str, Any]:
        return {"r": self.r, "alpha": self.alpha, "dropout": self.dropout,
                "targets": list(self.targets)}  # fmt: skip

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> LoraSpec:
        try:
            return cls(
                r=int(data["r"]), alpha=float(data["alpha"]), dropout=float(data["dropout"]),
                targets=tuple(data["targets"]),
            ).validate()  # fmt: skip
        except (KeyError, TypeError, ValueError) as e:
            raise GenforgeError(f"bad LoRA spec {data!r}: {e}") from None


class LoraAdapter(nn.Module):
    """One adapter's weights on one layer: an (A, B) pair per row slice of the output.

    ``slices`` maps a slice name (``q``/``k``/``v``, or ``all``) to its row range
    [start, stop) of the layer's output.
    """

    def __init__(
        self, in_features: int, slices: dict[str, tuple[int, int]], spec: LoraSpec
    ) -> None:
        super().__init__()
        self.slices = dict(slices)
        self.scaling = spec.scaling
        self.r = spec.r
        self.dropout = nn.Dropout(spec.dropout) if spec.dropout > 0 else nn.Identity()
        self.lora_A = nn.ParameterDict()
        self.lora_B = nn.ParameterDict()
        for name, (start, stop) in self.slices.items():
            a = torch.empty(spec.r, in_features)
            # The same init as nn.Linear's weight (and peft's A); B = 0 makes the start exact.
            nn.init.kaiming_uniform_(a, a=math.sqrt(5))
            self.lora_A[name] = nn.Parameter(a)
            self.lora_B[name] = nn.Parameter(torch.zeros(stop - start, spec.r))

    def delta_weight(self, out_features: int) -> torch.Tensor:
        """The (out, in) update ``scaling · B A`` with zero rows outside the targeted slices."""
        a0 = next(iter(self.lora_A.values()))
        delta = torch.zeros(out_features, a0.shape[1], dtype=a0.dtype, device=a0.device)
        for name, (start, stop) in self.slices.items():
            delta[start:stop] = self.scaling * (self.lora_B[name] @ self.lora_A[name])
        return delta

    def add_to(self, y: torch.Tensor, x: torch.Tensor) -> torch.Tensor:
        """``y`` (..., out) plus this adapter's update for input ``x`` (..., in).

        Slices are added in place into rows of ``y`` (the base output, which its own backward
        does not need), so no (..., out) zero padding is allocated per slice.
        """
        h = self.dropout(x)
        for name, (start, stop) in self.slices.items():
            a, b = self.lora_A[name], self.lora_B[name]
            delta = (h @ a.t().to(h.dtype)) @ b.t().to(h.dtype) * self.scaling
            if name == "all":
                y = y + delta
            else:
                y[..., start:stop] += delta
        return y


class LoraLinear(nn.Module):
    """A frozen linear layer (``nn.Linear`` or 4-bit ``Linear4bit``) plus named adapters.

    ``active`` names the adapter that runs (None: the base alone); ``merged`` names the
    adapter currently folded into the base weight, which then is not added again.
    """

    def __init__(self, base: nn.Module) -> None:
        super().__init__()
        self.base = base
        self.in_features: int = base.in_features
        self.out_features: int = base.out_features
        self.adapters = nn.ModuleDict()
        self.active: str | None = None
        self.merged: str | None = None

    def add_adapter(self, name: str, slices: dict[str, tuple[int, int]], spec: LoraSpec) -> None:
        p = next(self.base.parameters(), None)
        adapter = LoraAdapter(self.in_features, slices, spec)
        if p is not None:
            adapter.to(device=p.device)
        elif isinstance(self.base, Linear4bit):
            adapter.to(device=self.base.packed.device)
        self.adapters[name] = adapter
        self.active = name

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        y = self.base(x)
        if self.active is None or self.active == self.merged:
            return y
        return self.adapters[self.active].add_to(y, x)

    def merge(self) -> None:
        """Fold the active adapter into the base weight (float bases only)."""
        if self.active is None or self.merged == self.active:
            return
        if self.merged is not None:
            self.unmerge()
        if not isinstance(self.base, nn.Linear):
            raise GenforgeError(
                "cannot merge into a 4-bit base in place; use merge_lora(model) without "
                "keep=True, which dequantizes the base and returns a float model"
            )
        with torch.no_grad():
            delta = self.adapters[self.active].delta_weight(self.out_features)
            self.base.weight += delta.to(self.base.weight.dtype)
        self.merged = self.active

    def unmerge(self) -> None:
        """Subtract the merged adapter from the base weight again."""
        if self.merged is None:
            return
        with torch.no_grad():
            delta = self.adapters[self.merged].delta_weight(self.out_features)
            self.base.weight -= delta.to(self.base.weight.dtype)
        self.merged = None

    def merged_linear(self) -> nn.Linear:
        """A plain float ``nn.Linear`` holding base + active adapter (for saving/serving)."""
        if isinstance(self.base, Linear4bit):
            weight = self.base.dequantized_weight(torch.float32)
            bias = self.base.bias
        else:
            weight, bias = self.base.weight.detach().clone(), self.base.bias
        if self.active is not None and self.active != self.merged:
            weight = weight + self.adapters[self.active].delta_weight(self.out_features).to(
                weight.dtype
            )
        out = nn.Linear(self.in_features, self.out_features, bias=bias is not None)
        out.to(device=weight.device, dtype=weight.dtype)
        with torch.no_grad():
            out.weight.copy_(weight.detach())
            if bias is not None:
                out.bias.copy_(bias.detach())
        return out


def _qkv_slices(model: nn.Module, module: nn.Module, parent: nn.Module | None) -> dict:
    """Row ranges of q, k and v in a fused qkv projection ([q heads | k heads | v heads])."""
    nh = getattr(parent, "n_head", None)
    nkv = getattr(parent, "n_kv_head", None)
    hs = getattr(parent, "head_dim", None)
    if nh is None or nkv is None or hs is None:
        cfg = getattr(model, "config", None)
        if cfg is None:
            raise GenforgeError("q/k/v LoRA targets need a GPT (its head counts) or attention")
        nh, nkv, hs = cfg.n_head, cfg.kv_head_count, cfg.head_dim
    q, kv = nh * hs, nkv * hs
    return {"q": (0, q), "k": (q, q + kv), "v": (q + kv, q + 2 * kv)}


def _resolve_targets(model: nn.Module, spec: LoraSpec) -> dict[str, dict[str, tuple[int, int]]]:
    """Module name -> {slice name: (start, stop)} for every layer the spec targets."""
    targets = list(spec.targets)
    if "all" in targets:
        targets = [t for t in targets if t != "all"] + [*SLICES, "attn.proj", "mlp"]
    slice_targets = [t for t in targets if t in SLICES]
    module_targets = [t for t in targets if t not in SLICES]
    found: dict[str, dict[str, tuple[int, int]]] = {}
    used: set[str] = set()
    for name, mod in model.named_modules():
        if isinstance(mod, LoraLinear):
            base_name, mod = name, mod.base
        elif not isinstance(mod, nn.Linear | Linear4bit) or name.endswith(".base"):
            continue
        else:
            base_name = name
        leaf = base_name.rsplit(".", 1)[-1]
        if leaf == "lm_head":
            continue  # tied to the embedding in most configs: an adapter there is a trap
        out = mod.out_features
        for t in module_targets:
            # "mlp" (and any other prefix) matches every linear inside that submodule.
            if base_name == t or base_name.endswith("." + t) or f".{t}." in f".{base_name}.":
                found[base_name] = {"all": (0, out)}
                used.add(t)
        if leaf == "qkv" and slice_targets and base_name not in found:
            parent = model.get_submodule(base_name.rpartition(".")[0])
            spans = _qkv_slices(model, mod, parent)
            found[base_name] = {s: spans[s] for s in SLICES if s in slice_targets}
            used.update(slice_targets)
    missing = [t for t in targets if t not in used]
    if missing:
        linears = (n for n, m in model.named_modules() if isinstance(m, nn.Linear | Linear4bit))
        names = sorted({n.rsplit(".", 1)[-1] for n in linears} - {"lm_head", "base"})
        raise GenforgeError(
            f"LoRA targets {missing} match no linear layer; use q, k, v (slices of the fused "
            f"qkv), all, or a module name ending: {names}"
        )
    return found


def lora_modules(model: nn.Module) -> dict[str, LoraLinear]:
    """Every LoRA-wrapped layer of ``model`` by module name."""
    return {n: m for n, m in model.named_modules() if isinstance(m, LoraLinear)}


def apply_lora(model: nn.Module, spec: LoraSpec | str, *, name: str = DEFAULT_NAME) -> nn.Module:
    """Add adapter ``name`` to the layers ``spec`` targets, freeze everything else; return model.

    Changes ``model`` in place: each targeted linear becomes a :class:`LoraLinear` (a layer
    already wrapped gains another adapter), the new adapter becomes active, and only the
    parameters of adapter ``name`` train. Uses the global torch RNG for A's init.
    """
    if isinstance(spec, str):
        spec = LoraSpec.parse(spec)
    spec.validate()
    plan = _resolve_targets(model, spec)
    for mod_name, slices in plan.items():
        mod = model.get_submodule(mod_name)
        if not isinstance(mod, LoraLinear):
            parent_name, _, leaf = mod_name.rpartition(".")
            parent = model.get_submodule(parent_name) if parent_name else model
            mod = LoraLinear(mod)
            setattr(parent, leaf, mod)
        if name in mod.adapters:
            raise GenforgeError(f"adapter {name!r} already exists; pick another name")
        mod.add_adapter(name, slices, spec)
    for pname, p in model.named_parameters():
        p.requires_grad_(f".adapters.{name}." in pname)
    _specs(model)[name] = spec
    set_active_adapter(model, name)
    return model


def _specs(model: nn.Module) -> dict[str, LoraSpec]:
    specs = getattr(model, "_lora_specs", None)
    if specs is None:
        specs = {}
        # A plain attribute, not a module or buffer: it stays out of the state dict.
        object.__setattr__(model, "_lora_specs", specs)
    return specs


def adapter_names(model: nn.Module) -> list[str]:
    """Names of the adapters on ``model``, in the order they were added."""
    return list(_specs(model))


def set_active_adapter(model: nn.Module, name: str | None) -> None:
    """Run adapter ``name`` on every wrapped layer (None: the base model alone).

    A merged adapter is unmerged first, so switching is always exact.
    """
    layers = lora_modules(model)
    if not layers:
        raise GenforgeError("the model has no LoRA adapters; call apply_lora or load_adapter")
    if name is not None and name not in _specs(model):
        raise GenforgeError(f"no adapter named {name!r}; the model has {adapter_names(model)}")
    for layer in layers.values():
        if layer.merged is not None and layer.merged != name:
            layer.unmerge()
        layer.active = name if name in layer.adapters else None


def trainable_parameters(model: nn.Module) -> dict[str, float]:
    """``trainable`` and ``total`` parameter counts and the trainable ``percent``.

    ``total`` counts each weight once in its logical (unquantized) size, so the percentage
    means the same for LoRA and QLoRA.
    """
    seen: set[int] = set()
    trainable = total = 0
    for p in model.parameters():
        if id(p) in seen:
            continue
        seen.add(id(p))
        total += p.numel()
        trainable += p.numel() if p.requires_grad else 0
    for m in model.modules():
        if isinstance(m, Linear4bit):
            total += m.in_features * m.out_features
    return {"trainable": trainable, "total": total, "percent": 100.0 * trainable / max(total, 1)}


def merge_lora(model: nn.Module, *, keep: bool = False) -> nn.Module:
    """Fold the active adapter into the base weights; return the model.

    Default: every wrapper is replaced by a plain float ``nn.Linear`` (4-bit layers, with
    or without an adapter, are dequantized), giving an ordinary GPT to save with
    ``save_model_dir`` or serve. With ``keep=True`` the wrappers stay and the fold is undone
    exactly by :func:`unmerge_lora` (float bases only).
    """
    layers = lora_modules(model)
    if not layers:
        raise GenforgeError("merge_lora: the model has no LoRA adapters")
    for mod_name, layer in layers.items():
        if keep:
            layer.merge()
            continue
        parent_name, _, leaf = mod_name.rpartition(".")
        parent = model.get_submodule(parent_name) if parent_name else model
        setattr(parent, leaf, layer.merged_linear())
    if not keep:
        dequantize_base(model)  # QLoRA: layers without adapters are still 4-bit
        object.__setattr__(model, "_lora_specs", {})
        for p in model.parameters():
            p.requires_grad_(True)
    return model


def unmerge_lora(model: nn.Module) -> nn.Module:
    """Undo ``merge_lora(model, keep=True)``: the base weights return to their values."""
    for layer in lora_modules(model).values():
        layer.unmerge()
    return model


def _adapter_state(model: nn.Module, name: str) -> tuple[dict[str, torch.Tensor], dict]:
    tensors: dict[str, torch.Tensor] = {}
    modules: dict[str, dict[str, list[int]]] = {}
    for mod_name, layer in lora_modules(model).items():
        if name not in layer.adapters:
            continue
        adapter = layer.adapters[name]
        modules[mod_name] = {s: list(span) for s, span in adapter.slices.items()}
        for s in adapter.slices:
            tensors[f"{mod_name}.lora_A.{s}"] = adapter.lora_A[s].detach().float().cpu()
            tensors[f"{mod_name}.lora_B.{s}"] = adapter.lora_B[s].detach().float().cpu()
    return tensors, modules


def save_adapter(model: nn.Module, out_dir: str | os.PathLike, *, name: str | None = None) -> Path:
    """Write adapter ``name`` (default: the active one) alone to ``out_dir``; return it.

    Files: ``adapter_config.json`` (spec, targeted modules and their row slices, base shape)
    and ``adapter_model.safetensors`` (``<module>.lora_A.<slice>`` (r, in) and
    ``<module>.lora_B.<slice>`` (rows, r), float32). Written atomically per file.
    """
    specs = _specs(model)
    if name is None:
        actives = {layer.active for layer in lora_modules(model).values()} - {None}
        name = next(iter(actives), None) if len(actives) == 1 else None
        if name is None:
            raise GenforgeError("save_adapter: no single active adapter; pass name=")
    if name not in specs:
        raise GenforgeError(f"no adapter named {name!r}; the model has {adapter_names(model)}")
    tensors, modules = _adapter_state(model, name)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    cfg = getattr(model, "config", None)
    config = {
        "format": ADAPTER_FORMAT,
        "version": 1,
        **specs[name].to_dict(),
        "modules": modules,
        "base": None if cfg is None else {
            "arch": cfg.arch, "n_layer": cfg.n_layer, "n_embd": cfg.n_embd,
            "n_head": cfg.n_head, "n_kv_head": cfg.kv_head_count, "head_dim": cfg.head_dim,
            "vocab_size": cfg.vocab_size,
        },
    }  # fmt: skip
    atomic_save_tensors(out / ADAPTER_WEIGHTS, tensors, metadata={"format": "pt"})
    atomic_write_json(out / ADAPTER_CONFIG, config)
    return out


def read_adapter(adapter_dir: str | os.PathLike) -> tuple[dict[str, Any], dict[str, torch.Tensor]]:
    """The config dict and tensors of a saved adapter dir (validated format)."""
    src = Path(adapter_dir)
    if not (src / ADAPTER_CONFIG).is_file() or not (src / ADAPTER_WEIGHTS).is_file():
        raise GenforgeError(
            f"{src} is not a LoRA adapter dir: it needs {ADAPTER_CONFIG} and {ADAPTER_WEIGHTS} "
            "(written by save_adapter / genforge sft --lora)"
        )
    config = read_json(src / ADAPTER_CONFIG)
    if config.get("format") != ADAPTER_FORMAT:
        raise GenforgeError(f"{src / ADAPTER_CONFIG} is not a genforge LoRA adapter config")
    return config, load_file(str(src / ADAPTER_WEIGHTS))


def load_adapter(
    model: nn.Module, adapter_dir: str | os.PathLike, *, name: str = DEFAULT_NAME
) -> nn.Module:
    """Add the adapter saved in ``adapter_dir`` to ``model`` under ``name`` and activate it.

    The base must have the layers the adapter was trained on (same shapes); a mismatch
    raises GenforgeError naming the layer. Returns ``model`` (changed in place).
    """
    config, tensors = read_adapter(adapter_dir)
    spec = LoraSpec.from_dict(config)
    want = {m: {s: tuple(span) for s, span in sl.items()} for m, sl in config["modules"].items()}
    plan = _resolve_targets(model, spec)
    if plan != want:
        raise GenforgeError(
            f"adapter {adapter_dir} was trained on layers {sorted(want)} with slices that do not "
            "match this model's; load it on the base model it was trained from"
        )
    apply_lora(model, spec, name=name)
    with torch.no_grad():
        for mod_name, slices in want.items():
            adapter = model.get_submodule(mod_name).adapters[name]
            for s in slices:
                for kind in ("lora_A", "lora_B"):
                    key = f"{mod_name}.{kind}.{s}"
                    dst = getattr(adapter, kind)[s]
                    src = tensors.get(key)
                    if src is None or src.shape != dst.shape:
                        got = None if src is None else tuple(src.shape)
                        raise GenforgeError(
                            f"adapter tensor {key} has shape {got}, the model needs "
                            f"{tuple(dst.shape)}; is this the adapter's base model?"
                        )
                    dst.copy_(src)
    return model


# ---------------------------------------------------------------- peft export


def _peft_names(arch: str, mod_name: str, slice_name: str) -> str:
    """peft module path (inside the transformers model) of our layer and slice."""
    parts = mod_name.split(".")  # blocks.{i}.attn.qkv | blocks.{i}.mlp.fc ...
    if len(parts) != 4 or parts[0] != "blocks":
        raise GenforgeError(f"cannot map layer {mod_name} to the Hugging Face export")
    i, sub = parts[1], ".".join(parts[2:])
    if arch == "llama":
        layer = f"model.layers.{i}."
        if sub == "attn.qkv":
            return layer + f"self_attn.{slice_name}_proj"
        table = {"attn.proj": "self_attn.o_proj", "mlp.gate_proj": "mlp.gate_proj",
                 "mlp.up_proj": "mlp.up_proj", "mlp.down_proj": "mlp.down_proj"}  # fmt: skip
    else:
        layer = f"transformer.h.{i}."
        table = {"attn.qkv": "attn.c_attn", "attn.proj": "attn.c_proj",
                 "mlp.fc": "mlp.c_fc", "mlp.proj": "mlp.c_proj"}  # fmt: skip
    if sub not in table:
        raise GenforgeError(f"cannot map layer {mod_name} to the Hugging Face export")
    return layer + table[sub]


def export_adapter_peft(
    adapter_dir: str | os.PathLike,
    out_dir: str | os.PathLike,
    *,
    base_model: str | None = None,
) -> Path:
    """Write the genforge adapter in ``adapter_dir`` as a peft LoRA adapter in ``out_dir``.

    The result loads with ``PeftModel.from_pretrained(hf_model, out_dir)`` on the
    ``genforge export --format hf`` output of the adapter's base and gives the same logits.
    Llama: slices of our fused qkv become q_proj/k_proj/v_proj adapters (a whole-qkv adapter
    shares its A across the three and splits B by rows). GPT-2, whose c_attn is fused too:
    the q/k/v slice adapters become one c_attn adapter of rank r·slices with a block B, so
    peft's rank and alpha are set per module (rank_pattern/alpha_pattern) to keep alpha/r.
    """
    config, tensors = read_adapter(adapter_dir)
    spec = LoraSpec.from_dict(config)
    arch = (config.get("base") or {}).get("arch", "llama")
    out_tensors: dict[str, torch.Tensor] = {}
    rank_pattern: dict[str, int] = {}
    alpha_pattern: dict[str, float] = {}
    targets: set[str] = set()
    for mod_name, slices in config["modules"].items():
        a = {s: tensors[f"{mod_name}.lora_A.{s}"] for s in slices}
        b = {s: tensors[f"{mod_name}.lora_B.{s}"] for s in slices}
        pieces: list[tuple[str, torch.Tensor, torch.Tensor]] = []
        if arch == "llama" and mod_name.endswith("attn.qkv"):
            for s, (start, stop) in _qkv_split(config, slices).items():
                src = s if s in slices else "all"
                rows = b[src] if src != "all" else b["all"][start:stop]
                pieces.append((_peft_names(arch, mod_name, s), a[src], rows))
        elif list(slices) == ["all"]:
            pieces.append((_peft_names(arch, mod_name, "all"), a["all"], b["all"]))
        else:  # gpt2 fused c_attn with slice adapters: one wider adapter, block-structured B
            order = sorted(slices, key=lambda s: slices[s][0])
            out_rows = _gpt2_qkv_rows(config, max(stop for _, stop in slices.values()))
            big_a = torch.cat([a[s] for s in order], dim=0)  # (k·r, in)
            big_b = torch.zeros(out_rows, big_a.shape[0])
            for j, s in enumerate(order):
                start, stop = slices[s]
                big_b[start:stop, j * spec.r : (j + 1) * spec.r] = b[s]
            path = _peft_names(arch, mod_name, "all")
            rank_pattern[path] = big_a.shape[0]
            alpha_pattern[path] = spec.alpha * len(order)
            pieces.append((path, big_a, big_b))
        for path, a_t, b_t in pieces:
            targets.add(path)
            out_tensors[f"base_model.model.{path}.lora_A.weight"] = a_t.clone().contiguous()
            out_tensors[f"base_model.model.{path}.lora_B.weight"] = b_t.contiguous()
    peft_config = {
        "peft_type": "LORA",
        "task_type": "CAUSAL_LM",
        "base_model_name_or_path": base_model,
        "r": spec.r,
        "lora_alpha": spec.alpha,
        "lora_dropout": spec.dropout,
        "target_modules": sorted(targets),
        "rank_pattern": rank_pattern,
        "alpha_pattern": alpha_pattern,
        "bias": "none",
        "fan_in_fan_out": arch == "gpt2",  # GPT-2's Conv1D stores weights as (in, out)
        "inference_mode": True,
        "init_lora_weights": True,
        "use_rslora": False,
        "use_dora": False,
        "modules_to_save": None,
    }
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    atomic_save_tensors(out / ADAPTER_WEIGHTS, out_tensors, metadata={"format": "pt"})
    atomic_write_json(out / ADAPTER_CONFIG, peft_config)
    return out


def _qkv_split(config: dict[str, Any], slices: dict) -> dict[str, tuple[int, int]]:
    """Row ranges of the q/k/v projections to emit for a llama qkv adapter."""
    if "all" not in slices:
        return {s: tuple(slices[s]) for s in SLICES if s in slices}
    base = config.get("base") or {}
    try:
        q = int(base["n_head"]) * int(base["head_dim"])
        kv = int(base["n_kv_head"]) * int(base["head_dim"])
    except (KeyError, TypeError):
        raise GenforgeError("the adapter config lacks the base's head layout (base.n_head, "
                            "base.n_kv_head, base.head_dim); re-save it") from None  # fmt: skip
    return {"q": (0, q), "k": (q, q + kv), "v": (q + kv, q + 2 * kv)}


def _gpt2_qkv_rows(config: dict[str, Any], seen_rows: int) -> int:
    """Output rows of a fused GPT-2 qkv layer: 3·n_embd (GPT-2 has no grouped heads)."""
    n_embd = (config.get("base") or {}).get("n_embd")
    return 3 * int(n_embd) if n_embd else seen_rows
