"""Quantizing a model: which linear layers become quantized, in place, and what it saves.

The stage half of quantization. The formats and the quantized layers themselves live in
``genforge.nn.quant`` (a model dir holding them must load below this layer); this module
chooses the layers and converts them: NF4 for QLoRA's frozen base now, and beside it the
int8/int4 methods of ``genforge quantize`` (round-to-nearest, GPTQ's calibrated updates).
QLoRA (``genforge.tune.lora``) imports this module, which the layer order allows: compress
sits below tune (DESIGN.md).
"""

from __future__ import annotations

import torch
from torch import nn

from genforge.errors import GenforgeError
from genforge.nn.quant import Linear4bit

# Linear layers never quantized: the LM head is usually tied to the embedding, and QLoRA
# keeps input/output layers in full precision.
_SKIP = ("lm_head",)


def quantize_base_nf4(model: nn.Module, double_quant: bool = False) -> nn.Module:
    """Replace every ``nn.Linear`` of ``model`` (except ``lm_head``) by a frozen ``Linear4bit``.

    Works before or after ``apply_lora`` (the LoRA wrappers keep their float adapters and get
    a 4-bit base). Every remaining base parameter is frozen. Returns ``model`` (changed in
    place).
    """
    targets = [
        name
        for name, mod in model.named_modules()
        if type(mod) is nn.Linear and name and name.rsplit(".", 1)[-1] not in _SKIP
    ]
    if not targets:
        raise GenforgeError("quantize_base_nf4 found no nn.Linear layers to quantize")
    for name in targets:
        parent_name, _, leaf = name.rpartition(".")
        parent = model.get_submodule(parent_name) if parent_name else model
        setattr(parent, leaf, Linear4bit(getattr(parent, leaf), double_quant=double_quant))
    for pname, p in model.named_parameters():
        if ".lora_" not in pname:
            p.requires_grad_(False)
    return model


def dequantize_base(model: nn.Module) -> nn.Module:
    """Replace every ``Linear4bit`` of ``model`` by the float ``nn.Linear`` it stands for."""
    targets = [name for name, mod in model.named_modules() if isinstance(mod, Linear4bit)]
    for name in targets:
        parent_name, _, leaf = name.rpartition(".")
        parent = model.get_submodule(parent_name) if parent_name else model
        q = getattr(parent, leaf)
        lin = nn.Linear(q.in_features, q.out_features, bias=q.bias is not None)
        lin.to(q.packed.device)
        with torch.no_grad():
            lin.weight.copy_(q.dequantized_weight())
            if q.bias is not None:
                lin.bias.copy_(q.bias)
        setattr(parent, leaf, lin)
    return model


def weight_bytes(model: nn.Module) -> dict[str, int]:
    """Bytes of stored weights: ``linear`` (the matrices quantize_base_nf4 targets, in their
    current form), ``other`` (embeddings, norms, biases, adapters), ``total``. Shared tensors
    count once."""
    seen: set[int] = set()
    linear = other = 0
    for name, mod in model.named_modules():
        if isinstance(mod, Linear4bit):
            linear += mod.nbytes()
            for t in (mod.packed, mod.absmax, mod.dq_scale, mod.dq_offset):
                if t is not None:
                    seen.add(id(t))
        elif type(mod) is nn.Linear and name.rsplit(".", 1)[-1] not in _SKIP:
            w = mod.weight
            if id(w) not in seen:
                seen.add(id(w))
                linear += w.numel() * w.element_size()
    # Parameters only: buffers such as rotary tables are recomputed, not stored weights.
    for t in model.parameters():
        if id(t) in seen:
            continue
        seen.add(id(t))
        other += t.numel() * t.element_size()
    return {"linear": linear, "other": other, "total": linear + other}
