"""Pruning: zero or remove the weights that matter least, and write a smaller float model dir.

Three methods, all on the block matrices that ``genforge quantize`` also targets
(embeddings, norms and the LM head are kept):

* ``magnitude`` — unstructured: in each matrix the fraction ``sparsity`` of weights with
  the smallest |w| become 0. Shapes stay; the zeros only pay off with sparse kernels.
* ``2:4`` — semi-structured: in every run of 4 consecutive weights along the input
  dimension the 2 smallest |w| become 0 (50% sparsity, the pattern sparse tensor cores
  accelerate). Shapes stay.
* ``neurons`` — structured: the fraction ``sparsity`` of MLP hidden units with the
  smallest importance ``‖row of up‖·‖row of gate‖·‖column of down‖`` (``fc``/``proj``
  for GPT-2) are removed, so ``mlp_hidden`` shrinks and every forward pass does less work.

A pruned dir is an ordinary float model dir (``config.json`` records ``pruning``), so
every stage loads it, fine-tuning included.
"""

from __future__ import annotations

import dataclasses
import math
from pathlib import Path
from typing import Any

import torch
from torch import nn

from genforge.compress.quant import target_names
from genforge.errors import GenforgeError
from genforge.modeldir import check_out_dir, extra_fields, load_model_dir, save_model_dir
from genforge.models.gpt import GPT
from genforge.nn.mlp import SwiGLU

PRUNE_METHODS = ("magnitude", "2:4", "neurons")


def check_prune(method: str, sparsity: float) -> None:
    if method not in PRUNE_METHODS:
        raise GenforgeError(f"unknown pruning method {method!r}; choose one of {PRUNE_METHODS}")
    if method == "2:4":
        if sparsity != 0.5:
            raise GenforgeError(
                f"2:4 pruning is 50% sparse by definition; pass --sparsity 0.5, not {sparsity}"
            )
    elif not (isinstance(sparsity, float | int) and 0 < sparsity < 1):
        raise GenforgeError(f"--sparsity must be in (0, 1), got {sparsity}")


@torch.no_grad()
def prune_magnitude(model: nn.Module, sparsity: float) -> None:
    """Zero the ``sparsity`` fraction of smallest-|w| weights of each block matrix, in place."""
    for name in target_names(model):
        w = model.get_submodule(name).weight
        k = round(sparsity * w.numel())
        if k:
            cut = w.abs().reshape(-1).kthvalue(k).values
            w.masked_fill_(w.abs() <= cut, 0.0)


@torch.no_grad()
def prune_2_4(model: nn.Module) -> None:
    """Keep the 2 largest |w| of every 4 consecutive input weights of each block matrix."""
    for name in target_names(model):
        w = model.get_submodule(name).weight
        if w.shape[1] % 4:
            raise GenforgeError(
                f"2:4 pruning needs input widths divisible by 4; {name} has {w.shape[1]}"
            )
        groups = w.view(-1, 4)
        drop = groups.abs().argsort(dim=1)[:, :2]  # the two smallest of each four
        groups.scatter_(1, drop, 0.0)


@torch.no_grad()
def prune_neurons(model: GPT, sparsity: float) -> GPT:
    """A new GPT whose MLPs keep the ``1 - sparsity`` most important hidden units."""
    cfg = model.config
    keep = max(1, round(cfg.ffn_dim * (1 - sparsity)))
    small = GPT(dataclasses.replace(cfg, mlp_hidden=keep)).eval()
    state = model.state_dict()
    for i, block in enumerate(model.blocks):
        mlp = block.mlp
        if isinstance(mlp, SwiGLU):
            ins, out = (mlp.gate_proj, mlp.up_proj), mlp.down_proj
        else:
            ins, out = (mlp.fc,), mlp.proj
        score = out.weight.norm(dim=0) * math.prod(m.weight.norm(dim=1) for m in ins)
        idx = score.topk(keep).indices.sort().values
        prefix = f"blocks.{i}.mlp."
        for m_name, m in block.mlp.named_children():
            if m in ins:
                state[f"{prefix}{m_name}.weight"] = m.weight[idx]
                if m.bias is not None:
                    state[f"{prefix}{m_name}.bias"] = m.bias[idx]
            elif m is out:
                state[f"{prefix}{m_name}.weight"] = m.weight[:, idx]
    small.load_state_dict(state)
    return small


def prune_model_dir(
    model_dir: str | Path,
    out: str | Path,
    method: str,
    sparsity: float,
    *,
    overwrite: bool = False,
) -> dict[str, Any]:
    """``genforge prune``: read the float model dir, write the pruned one; return a summary."""
    check_prune(method, sparsity)
    check_out_dir(out, overwrite=overwrite)
    loaded = load_model_dir(model_dir, device="cpu", dtype="float32", require_float="prune")
    model = loaded.model
    before = model.num_params()
    if method == "magnitude":
        prune_magnitude(model, sparsity)
    elif method == "2:4":
        prune_2_4(model)
    else:
        model = prune_neurons(model, sparsity)
    weights = [model.get_submodule(n).weight for n in target_names(model)]
    zeros = sum(int((w == 0).sum()) for w in weights)
    total = sum(w.numel() for w in weights)
    spec = {"method": method, "sparsity": sparsity, "from": str(Path(model_dir).resolve())}
    extra = extra_fields(loaded.config)
    card = (
        f"{loaded.card_path.read_text(encoding='utf-8') if loaded.card_path else ''}\n"
        f"## Pruning\n\n- {spec}\n- parameters: {before:,} -> {model.num_params():,}\n"
    )
    save_model_dir(
        out,
        model,
        loaded.tokenizer,
        card=card,
        generation_config=dict(loaded.generation_config),
        extra_config={**extra, "pruning": spec},
    )
    return {
        "model": str(model_dir),
        "out": str(out),
        "method": method,
        "sparsity": sparsity,
        "params_before": before,
        "params_after": model.num_params(),
        "block_weight_zeros": zeros / max(total, 1),
        "mlp_hidden": model.config.ffn_dim,
    }
