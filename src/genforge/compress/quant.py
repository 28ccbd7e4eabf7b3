"""Quantizing a model: which linear layers become quantized, in place, and what it saves.

The stage half of quantization. The formats and the quantized layers themselves live in
``genforge.nn.quant`` (a model dir holding them must load below this layer); this module
chooses the layers and converts them: NF4 for QLoRA's frozen base, and the methods of
``genforge quantize`` — int8 per channel, int4 per group by round-to-nearest or by GPTQ
(Frantar et al. 2022: each column's rounding error is pushed onto the columns not yet
quantized, weighted by the inverse Hessian of the layer's calibration inputs).
QLoRA (``genforge.tune.lora``) imports this module, which the layer order allows: compress
sits below tune (DESIGN.md).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import torch
from torch import nn

from genforge.data.sources import iter_documents
from genforge.errors import GenforgeError
from genforge.modeldir import (
    WEIGHTS_FILE,
    check_out_dir,
    extra_fields,
    load_model_dir,
    save_model_dir,
    source_record,
)
from genforge.nn.quant import (
    QUANT_LINEARS,
    Linear4bit,
    LinearInt4,
    LinearInt8,
    check_group_size,
    int4_codes,
    int4_grid,
)

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
        if isinstance(mod, QUANT_LINEARS):
            linear += mod.nbytes()
            seen.update(id(t) for t in mod.buffers())
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


# ------------------------------------------------------------------ genforge quantize

METHODS = ("int8", "int4-rtn", "int4-gptq", "nf4")
FORMAT_OF = {"int8": "int8", "int4-rtn": "int4", "int4-gptq": "int4", "nf4": "nf4"}
GPTQ_BLOCK = 128  # columns updated together before the lazy batch update of the rest
GPTQ_DAMP = 0.01  # fraction of the mean Hessian diagonal added to its diagonal


def target_names(model: nn.Module) -> list[str]:
    """Names of the linear layers ``genforge quantize`` converts: every block's attention
    and MLP matrices. Embeddings and the LM head stay float (the head is usually the
    embedding itself, and it is the most error-sensitive matrix)."""
    return [
        name
        for name, mod in model.named_modules()
        if type(mod) is nn.Linear and name.startswith("blocks.")
    ]


def check_method(method: str, group_size: int, widths: list[int]) -> None:
    """Raise GenforgeError for an unknown method or an int4 group size that does not fit."""
    if method not in METHODS:
        raise GenforgeError(f"unknown quantization method {method!r}; choose one of {METHODS}")
    if FORMAT_OF[method] == "int4":
        for width in sorted(set(widths)):
            check_group_size(width, group_size)


def gptq_quantize(
    weight: torch.Tensor,
    hessian: torch.Tensor,
    group_size: int,
    *,
    act_order: bool = False,
    block_size: int = GPTQ_BLOCK,
    damp: float = GPTQ_DAMP,
) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    """GPTQ int4 quantization of ``weight`` (N, K) given the Hessian ``hessian`` (K, K) =
    2/n · XᵀX of its n calibration inputs X (n, K).

    Returns codes uint8 (N, K), scales float32 (N, K/g), zeros uint8 (N, K/g): the same
    layout as round-to-nearest. Columns are quantized in order (or by decreasing Hessian
    diagonal with ``act_order``), in blocks of ``block_size``: inside a block each column's
    error is spread over the block's later columns at once; the rest of the matrix gets the
    whole block's update in one matmul (the paper's lazy batch update). Without
    ``act_order`` a group's grid is taken from its columns as updated when the group starts;
    with it, groups are fixed up front from the original weights (static groups), so the
    groups stay contiguous on disk and the int4 kernel reads them without a column index.
    Computes in the weight's dtype if float64, else float32.
    """
    dtype = torch.float64 if weight.dtype == torch.float64 else torch.float32
    W = weight.detach().to(dtype).clone()
    H = hessian.detach().to(dtype).clone()
    N, K = W.shape
    check_group_size(K, group_size)
    if block_size % group_size:
        raise GenforgeError(f"GPTQ block size {block_size} must be a multiple of {group_size}")
    dead = torch.diag(H) == 0  # inputs never active: their weights do not matter
    H[dead, dead] = 1
    W[:, dead] = 0
    G = K // group_size
    scales = torch.zeros(N, G, dtype=dtype)
    zeros = torch.zeros(N, G, dtype=dtype)
    perm = torch.arange(K)
    if act_order:
        for g in range(G):
            scales[:, g], zeros[:, g] = int4_grid(W[:, g * group_size : (g + 1) * group_size])
        perm = torch.argsort(torch.diag(H), descending=True)
        W, H = W[:, perm], H[perm][:, perm]
    H += damp * torch.mean(torch.diag(H)) * torch.eye(K, dtype=dtype)
    try:
        # Upper Cholesky factor of H⁻¹: row i holds what column i's error does to the
        # columns after it once columns before i are fixed (the OBS downdates, precomputed).
        Hinv = torch.linalg.cholesky(torch.cholesky_inverse(torch.linalg.cholesky(H)), upper=True)
    except RuntimeError as e:
        raise GenforgeError(
            f"GPTQ: the calibration Hessian is not positive definite ({e}); use more "
            "calibration text (--calibration)"
        ) from e
    Q = torch.zeros_like(W)
    for b0 in range(0, K, block_size):
        b1 = min(b0 + block_size, K)
        W1 = W[:, b0:b1].clone()
        E1 = torch.zeros_like(W1)
        Hinv1 = Hinv[b0:b1, b0:b1]
        for i in range(b1 - b0):
            col = int(perm[b0 + i])
            g = col // group_size
            if not act_order and col % group_size == 0:
                scales[:, g], zeros[:, g] = int4_grid(W1[:, i : i + group_size])
            q = int4_codes(W1[:, i], scales[:, g], zeros[:, g])
            Q[:, b0 + i] = q
            err = (W1[:, i] - (q - zeros[:, g]) * scales[:, g]) / Hinv1[i, i]
            W1[:, i:] -= err[:, None] * Hinv1[i, i:][None, :]
            E1[:, i] = err
        W[:, b1:] -= E1 @ Hinv[b0:b1, b1:]
    codes = torch.empty_like(Q)
    codes[:, perm] = Q
    return codes.to(torch.uint8), scales.float(), zeros.to(torch.uint8)


class _StopForward(Exception):
    """Raised by a hook once the layers being calibrated have seen their inputs."""


@torch.no_grad()
def collect_hessians(
    model: nn.Module,
    names: list[str],
    batches: list[torch.Tensor],
    stop_after: nn.Module | None = None,
) -> dict[str, torch.Tensor]:
    """2/n · XᵀX (float64, (K, K)) of the inputs each layer in ``names`` sees when ``model``
    runs over ``batches`` of token ids (each (B, T)). The forward pass is cut short after
    ``stop_after`` (the block holding the layers): what follows it is not needed."""
    sums: dict[str, torch.Tensor] = {}
    counts: dict[str, int] = {}

    def hook(name: str):
        def record(_mod, args):
            x = args[0].detach().reshape(-1, args[0].size(-1)).double()
            sums[name] = sums.get(name, 0) + x.t() @ x
            counts[name] = counts.get(name, 0) + x.size(0)

        return record

    def stop(*_):
        raise _StopForward

    handles = [model.get_submodule(n).register_forward_pre_hook(hook(n)) for n in names]
    if stop_after is not None:
        handles.append(stop_after.register_forward_hook(stop))
    try:
        for ids in batches:
            try:
                model(ids)
            except _StopForward:
                pass
    finally:
        for h in handles:
            h.remove()
    return {n: 2 * sums[n] / counts[n] for n in names}


def _replace(model: nn.Module, name: str, module: nn.Module) -> None:
    parent_name, _, leaf = name.rpartition(".")
    setattr(model.get_submodule(parent_name) if parent_name else model, leaf, module)


@torch.no_grad()
def quantize_model(
    model: nn.Module,
    method: str,
    *,
    group_size: int = 128,
    calibration: list[torch.Tensor] | None = None,
    act_order: bool = False,
    progress: Any = None,
) -> dict[str, Any]:
    """Quantize ``model``'s block linears in place with ``method`` (see METHODS); return the
    ``quantization`` entry of its config.json.

    GPTQ needs ``calibration`` (batches of token ids): block by block, the Hessians of a
    block's layers are collected with every earlier block already quantized, so each block
    corrects the error its inputs really carry. ``progress(done, total)`` is called per block.
    """
    names = target_names(model)
    if not names:
        raise GenforgeError("the model has no float linear layers to quantize")
    widths = [model.get_submodule(n).in_features for n in names]
    check_method(method, group_size, widths)
    model.eval()
    if method == "int4-gptq" and not calibration:
        raise GenforgeError("int4-gptq needs calibration text (--calibration)")
    n_blocks = len(model.blocks)
    for b in range(n_blocks):
        block_names = [n for n in names if n.startswith(f"blocks.{b}.")]
        hessians = {}
        if method == "int4-gptq":
            hessians = collect_hessians(model, block_names, calibration, model.blocks[b])
        for name in block_names:
            _replace(
                model,
                name,
                _quantized(
                    model.get_submodule(name), method, group_size, hessians.get(name), act_order
                ),
            )
        if progress is not None:
            progress(b + 1, n_blocks)
    suffixes = sorted({n.split(".", 2)[2] for n in names})
    spec: dict[str, Any] = {"method": method, "format": FORMAT_OF[method], "modules": suffixes}
    if FORMAT_OF[method] == "int4":
        spec["group_size"] = group_size
    if method == "int4-gptq":
        spec["act_order"] = act_order
    return spec


def _quantized(
    linear: nn.Linear, method: str, group_size: int, hessian: torch.Tensor | None, act_order: bool
) -> nn.Module:
    if method == "int8":
        return LinearInt8.from_linear(linear)
    if method == "nf4":
        return Linear4bit(linear)
    if method == "int4-rtn":
        return LinearInt4.from_linear(linear, group_size)
    codes, scales, zeros = gptq_quantize(linear.weight, hessian, group_size, act_order=act_order)
    return LinearInt4.from_codes(codes, scales, zeros, group_size, linear.bias)


def calibration_batches(
    texts: list[str], tokenizer: Any, seq_len: int, *, samples: int = 64, batch_size: int = 8
) -> list[torch.Tensor]:
    """Up to ``samples`` windows of ``seq_len`` token ids (each text starts with BOS, as in
    pretraining), in (B, seq_len) batches: the inputs GPTQ's Hessians are taken over."""
    windows: list[list[int]] = []
    for text in texts:
        ids = tokenizer.encode(text, add_bos=True)
        for start in range(0, len(ids) - seq_len + 1, seq_len):
            windows.append(ids[start : start + seq_len])
            if len(windows) == samples:
                break
        if len(windows) == samples:
            break
    if not windows:
        raise GenforgeError(
            f"the calibration text holds no window of {seq_len} tokens; give more text "
            "(--calibration) or a shorter --seq-len"
        )
    t = torch.tensor(windows, dtype=torch.long)
    return list(t.split(batch_size))


def quantize_model_dir(
    model_dir: str | Path,
    out: str | Path,
    method: str,
    *,
    group_size: int = 128,
    calibration: str | None = "stdlib",
    samples: int = 64,
    seq_len: int | None = None,
    act_order: bool = False,
    overwrite: bool = False,
    progress: Any = None,
) -> dict[str, Any]:
    """``genforge quantize``: read the float model dir ``model_dir``, write the quantized
    model dir ``out``; return a summary (sizes before/after, method, settings)."""
    # Cheap checks first: a bad method, group size or --out fails before any loading.
    if method not in METHODS:
        raise GenforgeError(f"unknown quantization method {method!r}; choose one of {METHODS}")
    check_out_dir(out, overwrite=overwrite)
    loaded = load_model_dir(model_dir, device="cpu", dtype="float32", require_float="quantize")
    model = loaded.model
    check_method(
        method, group_size, [model.get_submodule(n).in_features for n in target_names(model)]
    )
    batches = None
    if method == "int4-gptq":
        texts = [doc.text for doc in iter_documents(calibration or "stdlib")]
        seq = min(seq_len or model.config.block_size, model.config.block_size)
        batches = calibration_batches(texts, loaded.tokenizer, seq, samples=samples)
    before = weight_bytes(model)["total"]
    spec = quantize_model(
        model,
        method,
        group_size=group_size,
        calibration=batches,
        act_order=act_order,
        progress=progress,
    )
    if batches is not None:
        spec["calibration"] = {
            "source": str(calibration),
            "samples": sum(len(b) for b in batches),
            "seq_len": batches[0].size(1),
        }
    # Lineage follows source_model back to the float dir (its records are copied too).
    spec.update(source_record(model_dir))
    after = weight_bytes(model)["total"]
    card = (
        f"{loaded.card_path.read_text(encoding='utf-8') if loaded.card_path else ''}\n"
        f"## Quantization\n\n- method: {method}\n- settings: {spec}\n"
        f"- quantized from: {Path(model_dir).resolve()}\n"
        f"- weight bytes: {before:,} -> {after:,}\n"
    )
    gen = {k: v for k, v in loaded.generation_config.items()}
    extra = extra_fields(loaded.config)
    save_model_dir(
        out,
        model,
        loaded.tokenizer,
        card=card,
        generation_config=gen,
        extra_config={**extra, "quantization": spec},
    )
    return {
        "model": str(model_dir),
        "out": str(out),
        **spec,
        "weight_bytes_before": before,
        "weight_bytes_after": after,
        "file_bytes": (Path(out) / WEIGHTS_FILE).stat().st_size,
    }
