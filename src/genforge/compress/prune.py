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
* ``heads`` — structured: in every layer the fraction ``sparsity`` of attention query
  heads with the smallest importance ``‖query rows of the head‖·‖output-projection
  columns of the head‖`` are removed (their rows of the q/k/v matrix, their columns of
  the output projection). With grouped-query attention the same number is removed from
  each key/value group, so every group keeps its key/value head; without (one query head
  per key/value head) a head's key and value rows go with it. ``n_head`` (and
  ``n_kv_head``) shrink and ``head_size`` records the unchanged head width.

A pruned dir is an ordinary float model dir (``config.json`` records ``pruning``), so
every stage loads it, fine-tuning included. ``recover_steps`` runs a recovery fine-tune
right after pruning: next-token loss on plain text (the embedded stdlib corpus by default)
through the one training loop (``train_loop``), so the remaining weights take over what the
removed ones did.
"""

from __future__ import annotations

import dataclasses
import math
from pathlib import Path
from typing import Any

import torch
from torch import nn

from genforge.compress.quant import target_names
from genforge.data.sources import iter_documents
from genforge.errors import GenforgeError
from genforge.modeldir import (
    check_out_dir,
    extra_fields,
    load_model_dir,
    save_model_dir,
    source_record,
)
from genforge.models.gpt import GPT
from genforge.nn.mlp import SwiGLU

PRUNE_METHODS = ("magnitude", "2:4", "neurons", "heads")


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


@torch.no_grad()
def prune_heads(model: GPT, sparsity: float) -> GPT:
    """A new GPT whose attention keeps, in every layer, the ``1 - sparsity`` most important
    query heads (the same count in each key/value group; see the module docstring)."""
    cfg = model.config
    nh, nkv, hs = cfg.n_head, cfg.kv_head_count, cfg.head_dim
    group = nh // nkv
    if group > 1:  # grouped: drop query heads inside each group, keep every kv head
        keep_q = max(1, round(group * (1 - sparsity)))
        new_nh, new_nkv = keep_q * nkv, nkv
    else:  # one query head per kv head: a removed head takes its kv head along
        new_nh = new_nkv = max(1, round(nh * (1 - sparsity)))
    if new_nh == nh:
        raise GenforgeError(
            f"--sparsity {sparsity} removes no head of {nh} ({nkv} key/value groups of "
            f"{group}); raise it to at least {1 / (group if group > 1 else nh):.3g}"
        )
    kv_arg = None if cfg.n_kv_head is None and new_nkv == new_nh else new_nkv
    small = GPT(dataclasses.replace(cfg, n_head=new_nh, n_kv_head=kv_arg, head_size=hs)).eval()
    state = model.state_dict()
    for i, block in enumerate(model.blocks):
        attn = block.attn
        q_w = attn.qkv.weight[: nh * hs].view(nh, hs, -1)
        score = q_w.flatten(1).norm(dim=1) * attn.proj.weight.view(-1, nh, hs).norm(dim=(0, 2))
        if group > 1:
            top = score.view(nkv, group).topk(keep_q, dim=1).indices.sort(dim=1).values
            q_heads = (top + torch.arange(nkv).unsqueeze(1) * group).reshape(-1)
            kv_heads = torch.arange(nkv)
        else:
            q_heads = kv_heads = score.topk(new_nh).indices.sort().values
        rows = torch.cat(
            [
                _head_rows(q_heads, hs),
                nh * hs + _head_rows(kv_heads, hs),
                (nh + nkv) * hs + _head_rows(kv_heads, hs),
            ]
        )
        prefix = f"blocks.{i}.attn."
        state[prefix + "qkv.weight"] = attn.qkv.weight[rows]
        if attn.qkv.bias is not None:
            state[prefix + "qkv.bias"] = attn.qkv.bias[rows]
        state[prefix + "proj.weight"] = attn.proj.weight[:, _head_rows(q_heads, hs)]
    small.load_state_dict(state)
    return small


def _head_rows(heads: torch.Tensor, hs: int) -> torch.Tensor:
    """Row indices of ``heads`` in a (n·hs, ...) head-major matrix."""
    return (heads.unsqueeze(1) * hs + torch.arange(hs)).reshape(-1)


class TextWindows:
    """Training batches ``(x, y)`` (B, seq_len) of windows drawn at seeded random offsets
    from one token stream; ``y`` is ``x`` shifted by one. A ``train_loop`` batch source."""

    def __init__(self, ids: torch.Tensor, seq_len: int, batch_size: int, seed: int = 0) -> None:
        if ids.numel() < seq_len + 2:
            raise GenforgeError(
                f"recovery text holds {ids.numel()} tokens, fewer than one window of "
                f"{seq_len + 1}; give more text (--recover-data)"
            )
        self.ids, self.seq_len, self.batch_size, self.seed = ids, seq_len, batch_size, seed
        self.drawn = 0

    def next_batch(self) -> tuple[torch.Tensor, torch.Tensor]:
        g = torch.Generator().manual_seed(self.seed * 1_000_003 + self.drawn)
        starts = torch.randint(
            0, self.ids.numel() - self.seq_len - 1, (self.batch_size,), generator=g
        )
        rows = self.ids[starts[:, None] + torch.arange(self.seq_len + 1)]  # (B, seq_len+1)
        self.drawn += 1
        return rows[:, :-1], rows[:, 1:]

    def state_dict(self) -> dict[str, Any]:
        return {"drawn": self.drawn}

    def load_state_dict(self, state: dict[str, Any]) -> None:
        self.drawn = int(state["drawn"])


def recover(
    model: GPT,
    tokenizer: Any,
    data: str = "stdlib",
    *,
    steps: int,
    lr: float = 3e-4,
    batch_size: int = 8,
    seq_len: int = 256,
    max_tokens: int = 2_000_000,
    seed: int = 0,
    keep_zero: dict[str, torch.Tensor] | None = None,
    progress: bool = False,
) -> dict[str, Any]:
    """Fine-tune ``model`` in place for ``steps`` optimizer steps of next-token loss on the
    text ``data`` (a corpus name such as ``stdlib``, a file, a directory, a glob or .jsonl;
    up to ``max_tokens`` tokens of it, each document starting with BOS); return figures.

    ``keep_zero`` ({module name: bool mask}) holds pruned zeros at zero after every step.
    """
    from genforge.train.loop import LoopConfig, train_loop
    from genforge.train.optim import OptimizerConfig, build_optimizer

    if steps < 1:
        raise GenforgeError(f"recovery steps must be >= 1, got {steps}")
    chunks, total = [], 0
    for doc in iter_documents(data):
        ids = tokenizer.encode(doc.text, add_bos=True)
        chunks.append(torch.tensor(ids, dtype=torch.long))
        total += len(ids)
        if total >= max_tokens:
            break
    ids = torch.cat(chunks) if chunks else torch.zeros(0, dtype=torch.long)
    seq_len = min(seq_len, model.config.block_size)
    batches = TextWindows(ids, seq_len, batch_size, seed)
    model.train()
    optimizer = build_optimizer(model, OptimizerConfig(lr=lr, weight_decay=0.0))
    loop = LoopConfig(
        max_steps=steps,
        warmup_steps=min(10, steps // 10),
        log_every=max(1, steps // 10),
        checkpoint_every_s=None,
        progress=progress,
    )
    try:
        on_step = None if keep_zero is None else lambda _step, m: _apply_masks(m, keep_zero)
        result = train_loop(
            model, optimizer, batches, loop, device=torch.device("cpu"), on_step=on_step
        )
    finally:
        model.eval()
    return {
        "steps": result.step,
        "tokens": result.tokens,
        "train_loss": result.train_loss,
        "seconds": round(result.elapsed, 1),
        "data": data,
        "lr": lr,
    }


def prune_model_dir(
    model_dir: str | Path,
    out: str | Path,
    method: str,
    sparsity: float,
    *,
    overwrite: bool = False,
    recover_steps: int = 0,
    recover_data: str = "stdlib",
    recover_lr: float = 3e-4,
    progress: bool = False,
) -> dict[str, Any]:
    """``genforge prune``: read the float model dir, write the pruned one (recovery-tuned
    for ``recover_steps`` steps when > 0, see :func:`recover`); return a summary."""
    check_prune(method, sparsity)
    if recover_steps < 0:
        raise GenforgeError(f"--recover-steps must be >= 0, got {recover_steps}")
    check_out_dir(out, overwrite=overwrite)
    loaded = load_model_dir(model_dir, device="cpu", dtype="float32", require_float="prune")
    model = loaded.model
    before = model.num_params()
    if method == "magnitude":
        prune_magnitude(model, sparsity)
    elif method == "2:4":
        prune_2_4(model)
    elif method == "heads":
        model = prune_heads(model, sparsity)
    else:
        model = prune_neurons(model, sparsity)
    weights = [model.get_submodule(n).weight for n in target_names(model)]
    zeros = sum(int((w == 0).sum()) for w in weights)
    total = sum(w.numel() for w in weights)
    spec: dict[str, Any] = {
        "method": method,
        "sparsity": sparsity,
        **source_record(model_dir),  # lineage follows it back to the dense dir
    }
    if recover_steps:
        # Unstructured zeros stay zero: each step's update to them is undone.
        masks = _zero_masks(model) if method in ("magnitude", "2:4") else None
        spec["recovery"] = recover(
            model,
            loaded.tokenizer,
            recover_data,
            steps=recover_steps,
            lr=recover_lr,
            keep_zero=masks,
            progress=progress,
        )
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
        "n_head": model.config.n_head,
        "n_kv_head": model.config.kv_head_count,
        **({"recovery": spec["recovery"]} if recover_steps else {}),
    }


def _zero_masks(model: nn.Module) -> dict[str, torch.Tensor]:
    return {n: model.get_submodule(n).weight == 0 for n in target_names(model)}


@torch.no_grad()
def _apply_masks(model: nn.Module, masks: dict[str, torch.Tensor]) -> None:
    for name, mask in masks.items():
        model.get_submodule(name).weight.masked_fill_(mask, 0.0)
