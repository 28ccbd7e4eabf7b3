"""Optimizers: AdamW with parameter groups, and Muon for hidden matrices.

Parameters fall into three roles (``param_roles``):

- ``matrix``: 2-D (or larger) weights inside the network — the attention and MLP projections.
  AdamW decays them; Muon, when chosen, updates them with orthogonalized momentum.
- ``embedding``: token/position embeddings and the output head (``nn.Embedding`` modules and
  linear layers named ``lm_head``/``head``/``output``). Always AdamW; not decayed unless
  ``decay_embeddings`` is set, because shrinking rarely-seen token rows only hurts them.
- ``vector``: norms' gains and biases (ndim < 2). Always AdamW, never decayed.

Every parameter group carries a ``base_lr`` key; the training loop sets
``group["lr"] = group["base_lr"] * schedule_factor`` each step, so one schedule drives all
groups however many optimizers sit underneath.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal

import torch
from torch import nn

from genforge.errors import GenforgeError

HEAD_NAMES = ("lm_head", "head", "output")


@dataclass
class OptimizerConfig:
    """Optimizer hyper-parameters; ``lr`` is the peak learning rate before the schedule."""

    name: Literal["adamw", "muon"] = "adamw"
    lr: float = 3e-3
    weight_decay: float = 0.1
    beta1: float = 0.9
    beta2: float = 0.95
    eps: float = 1e-8
    decay_embeddings: bool = False
    # The input embedding tables' AdamW LR is lr × this (a tied embedding, which is also
    # the head, keeps lr): a lookup row sees few gradients, and the speedruns give it a
    # far higher LR than the rest (docs/pretrain.md measured 5x for pretraining).
    embed_lr_scale: float = 1.0
    # Muon updates have RMS 0.2 after shape scaling (see ``Muon``), the same as a typical
    # AdamW update, so by default Muon shares AdamW's learning rate.
    muon_lr: float | None = None
    muon_momentum: float = 0.95
    muon_nesterov: bool = True
    muon_ns_steps: int = 5
    # None = fused kernels where torch has them for the parameters' device.
    fused: bool | None = None

    def validate(self) -> None:
        if self.name not in ("adamw", "muon"):
            raise GenforgeError(f"optimizer must be 'adamw' or 'muon', got {self.name!r}")
        if not self.lr > 0:
            raise GenforgeError(f"lr must be > 0, got {self.lr}")
        if self.weight_decay < 0:
            raise GenforgeError(f"weight_decay must be >= 0, got {self.weight_decay}")
        if not self.embed_lr_scale > 0:
            raise GenforgeError(f"embed_lr_scale must be > 0, got {self.embed_lr_scale}")
        for name in ("beta1", "beta2", "muon_momentum"):
            v = getattr(self, name)
            if not 0.0 <= v < 1.0:
                raise GenforgeError(f"{name} must be in [0, 1), got {v}")


def param_roles(model: nn.Module) -> dict[str, str]:
    """Map each trainable parameter name to ``matrix``, ``embedding`` or ``vector``.

    Tied parameters appear once, under the first name ``named_parameters`` gives them.
    """
    embedding_ids: set[int] = set()
    for mod_name, module in model.named_modules():
        leaf = mod_name.rsplit(".", 1)[-1]
        if isinstance(module, nn.Embedding) or (
            isinstance(module, nn.Linear) and leaf in HEAD_NAMES
        ):
            embedding_ids.update(id(p) for p in module.parameters(recurse=False))
    roles: dict[str, str] = {}
    for name, p in model.named_parameters():  # named_parameters already de-duplicates ties
        if not p.requires_grad:
            continue
        if id(p) in embedding_ids:
            roles[name] = "embedding"
        elif p.ndim >= 2:
            roles[name] = "matrix"
        else:
            roles[name] = "vector"
    return roles


def _fused_ok(params: list[torch.Tensor], fused: bool | None) -> dict[str, bool]:
    if fused is False:
        return {"foreach": True}
    devices = {p.device.type for p in params}
    floating = all(p.is_floating_point() for p in params)
    if floating and devices <= {"cuda", "cpu", "mps"}:
        return {"fused": True}
    if fused:
        raise GenforgeError(f"fused AdamW is not available for devices {sorted(devices)}")
    return {"foreach": True}


def _input_embedding_ids(model: nn.Module) -> set[int]:
    """Ids of ``nn.Embedding`` tables that are not also an output head (not tied)."""
    tables, heads = set(), set()
    for mod_name, module in model.named_modules():
        if isinstance(module, nn.Embedding):
            tables.update(id(p) for p in module.parameters(recurse=False))
        elif isinstance(module, nn.Linear) and mod_name.rsplit(".", 1)[-1] in HEAD_NAMES:
            heads.update(id(p) for p in module.parameters(recurse=False))
    return tables - heads


def adamw_param_groups(
    model: nn.Module,
    cfg: OptimizerConfig,
    roles_for_adamw: set[str],
    lr_scales: Mapping[int, float] | None = None,
):
    """AdamW parameter groups (decay / no decay, and apart by LR scale) over the parameters
    whose role is listed; each group's ``lr_scale`` multiplies ``cfg.lr``. The scales: the
    input embeddings' ``embed_lr_scale``, then ``lr_scales`` (parameter id -> scale)."""
    named = dict(model.named_parameters())
    scales: dict[int, float] = {}
    if cfg.embed_lr_scale != 1.0:
        scales = dict.fromkeys(_input_embedding_ids(model), cfg.embed_lr_scale)
    scales.update(lr_scales or {})
    buckets: dict[tuple[bool, float], list] = {}
    for name, role in param_roles(model).items():
        if role not in roles_for_adamw:
            continue
        wants_decay = role == "matrix" or (role == "embedding" and cfg.decay_embeddings)
        scale = scales.get(id(named[name]), 1.0)
        buckets.setdefault((wants_decay, scale), []).append(named[name])
    return [
        {"params": params, "weight_decay": cfg.weight_decay if decay else 0.0, "lr_scale": scale}
        for (decay, scale), params in sorted(
            buckets.items(), key=lambda kv: (not kv[0][0], kv[0][1])
        )
    ]


def zeropower_newton_schulz(g: torch.Tensor, steps: int = 5, eps: float = 1e-7) -> torch.Tensor:
    """Approximate the orthogonal factor U V^T of ``g = U S V^T`` (shape (m, n), any m, n).

    A quintic Newton–Schulz iteration whose coefficients are tuned to push every singular
    value into roughly [0.7, 1.2] in five steps rather than to converge exactly: Muon only
    needs the update's directions equalized, and exact convergence would cost more matmuls.
    Runs in bfloat16 on CUDA (tensor cores, and the iteration tolerates the precision) and
    float32 elsewhere (CPU bfloat16 matmuls are slower, not faster). Returns ``g``'s dtype.
    """
    if g.ndim != 2:
        raise ValueError(f"expected a matrix, got shape {tuple(g.shape)}")
    a, b, c = 3.4445, -4.7750, 2.0315
    work = torch.bfloat16 if g.is_cuda else torch.float32
    x = g.to(work)
    transposed = x.size(0) > x.size(1)
    if transposed:  # iterate on the smaller Gram matrix
        x = x.T
    x = x / (x.norm() + eps)  # spectral norm <= Frobenius norm <= 1: inside the basin
    for _ in range(steps):
        gram = x @ x.T
        poly = b * gram + c * (gram @ gram)
        x = a * x + poly @ x
    if transposed:
        x = x.T
    return x.to(g.dtype)


class Muon(torch.optim.Optimizer):
    """MomentUm Orthogonalized by Newton–Schulz, for 2-D hidden weight matrices.

    Per step: ``buf = momentum * buf + grad``; the direction is ``grad + momentum * buf``
    (Nesterov) or ``buf``; it is orthogonalized (``zeropower_newton_schulz``) and scaled by
    ``0.2 * sqrt(max(m, n))`` so its RMS is 0.2 whatever the shape (an orthogonal m×n
    matrix has RMS ``1/sqrt(max(m, n))``), which lets Muon share AdamW's learning rate.
    Weight decay is decoupled: ``p *= 1 - lr * weight_decay``.
    """

    def __init__(
        self,
        params,
        lr: float = 3e-3,
        momentum: float = 0.95,
        nesterov: bool = True,
        weight_decay: float = 0.0,
        ns_steps: int = 5,
    ) -> None:
        defaults = dict(
            lr=lr, momentum=momentum, nesterov=nesterov, weight_decay=weight_decay,
            ns_steps=ns_steps,
        )  # fmt: skip
        super().__init__(params, defaults)
        for group in self.param_groups:
            for p in group["params"]:
                if p.ndim != 2:
                    raise ValueError(f"Muon takes 2-D parameters only, got {tuple(p.shape)}")

    @torch.no_grad()
    def step(self, closure=None):  # type: ignore[override]
        loss = None
        if closure is not None:
            with torch.enable_grad():
                loss = closure()
        for group in self.param_groups:
            lr, mu, wd = group["lr"], group["momentum"], group["weight_decay"]
            for p in group["params"]:
                if p.grad is None:
                    continue
                g = p.grad
                state = self.state[p]
                if "momentum_buffer" not in state:
                    state["momentum_buffer"] = torch.zeros_like(g)
                buf = state["momentum_buffer"]
                buf.mul_(mu).add_(g)
                direction = g.add(buf, alpha=mu) if group["nesterov"] else buf
                update = zeropower_newton_schulz(direction, steps=group["ns_steps"])
                scale = 0.2 * math.sqrt(max(p.shape))
                if wd:
                    p.mul_(1.0 - lr * wd)
                p.add_(update, alpha=-lr * scale)
        return loss


class OptimizerSet:
    """Several optimizers stepped as one (Muon for matrices + AdamW for the rest).

    Exposes the small surface the training loop and ``torch.amp.GradScaler`` use:
    ``param_groups``, ``state``, ``step``, ``zero_grad``, ``state_dict``, ``load_state_dict``.
    """

    def __init__(self, optimizers: dict[str, torch.optim.Optimizer]) -> None:
        self.optimizers = optimizers

    @property
    def param_groups(self) -> list[dict[str, Any]]:
        return [g for opt in self.optimizers.values() for g in opt.param_groups]

    @property
    def state(self) -> dict:
        merged: dict = {}
        for opt in self.optimizers.values():
            merged.update(opt.state)
        return merged

    def step(self, closure=None):
        loss = None
        for opt in self.optimizers.values():
            out = opt.step(closure)
            closure = None  # evaluate the closure once
            loss = out if out is not None else loss
        return loss

    def zero_grad(self, set_to_none: bool = True) -> None:
        for opt in self.optimizers.values():
            opt.zero_grad(set_to_none=set_to_none)

    def state_dict(self) -> dict[str, Any]:
        return {name: opt.state_dict() for name, opt in self.optimizers.items()}

    def load_state_dict(self, state: dict[str, Any]) -> None:
        if set(state) != set(self.optimizers):
            raise GenforgeError(
                f"optimizer state holds {sorted(state)} but this run uses "
                f"{sorted(self.optimizers)}; resume with the same optimizer setting"
            )
        for name, opt in self.optimizers.items():
            opt.load_state_dict(state[name])


def _scaled(groups: list[dict[str, Any]], lr: float) -> list[dict[str, Any]]:
    """Groups with ``lr`` and ``base_lr`` = ``lr`` × their ``lr_scale`` (which is dropped)."""
    out = []
    for g in groups:
        scaled = {k: v for k, v in g.items() if k != "lr_scale"}
        scaled["lr"] = scaled["base_lr"] = lr * g.get("lr_scale", 1.0)
        out.append(scaled)
    return out


def build_optimizer(
    model: nn.Module, cfg: OptimizerConfig, lr_scales: Mapping[int, float] | None = None
) -> torch.optim.Optimizer:
    """AdamW over all parameters, or Muon (matrices) + AdamW (embeddings, head, vectors).

    Each param group gets ``base_lr`` (the peak LR) for the schedule to scale.
    ``lr_scales`` (``id(parameter)`` -> scale) puts those parameters in AdamW groups of their
    own at ``lr`` x scale (e.g. a pretrained tower fine-tuned gently).
    """
    cfg.validate()
    betas = (cfg.beta1, cfg.beta2)
    if cfg.name == "adamw":
        groups = adamw_param_groups(model, cfg, {"matrix", "embedding", "vector"}, lr_scales)
        params = [p for g in groups for p in g["params"]]
        if not params:
            raise GenforgeError("the model has no trainable parameters")
        opt = torch.optim.AdamW(
            _scaled(groups, cfg.lr),
            lr=cfg.lr,
            betas=betas,
            eps=cfg.eps,
            **_fused_ok(params, cfg.fused),
        )
        return opt
    roles = param_roles(model)
    named = dict(model.named_parameters())
    matrices = [named[n] for n, r in roles.items() if r == "matrix" and named[n].ndim == 2]
    matrix_ids = {id(p) for p in matrices}
    if matrix_ids & {i for i, scale in (lr_scales or {}).items() if scale != 1.0}:
        raise GenforgeError(
            "lr_scales applies to AdamW's parameters, and Muon updates the hidden matrices "
            "at muon_lr; use optimizer=adamw to scale a part of the model's learning rate"
        )
    groups = adamw_param_groups(model, cfg, {"matrix", "embedding", "vector"}, lr_scales)
    groups = [{**g, "params": [p for p in g["params"] if id(p) not in matrix_ids]} for g in groups]
    groups = [g for g in groups if g["params"]]
    optimizers: dict[str, torch.optim.Optimizer] = {}
    if groups:
        params = [p for g in groups for p in g["params"]]
        optimizers["adamw"] = torch.optim.AdamW(
            _scaled(groups, cfg.lr),
            lr=cfg.lr,
            betas=betas,
            eps=cfg.eps,
            **_fused_ok(params, cfg.fused),
        )
    if matrices:
        muon_lr = cfg.muon_lr if cfg.muon_lr is not None else cfg.lr
        optimizers["muon"] = Muon(
            matrices,
            lr=muon_lr,
            momentum=cfg.muon_momentum,
            nesterov=cfg.muon_nesterov,
            weight_decay=cfg.weight_decay,
            ns_steps=cfg.muon_ns_steps,
        )
        for g in optimizers["muon"].param_groups:
            g["base_lr"] = muon_lr
    if not optimizers:
        raise GenforgeError("the model has no trainable parameters")
    return OptimizerSet(optimizers)  # type: ignore[return-value]
