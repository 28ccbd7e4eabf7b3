"""Gradient-descent optimizers, learning-rate schedules and gradient clipping.

Each optimizer's ``step`` reads ``p.grad`` of every parameter and updates ``p.data`` in
place, following PyTorch's update rules exactly (same order of operations, same defaults),
so a trajectory can be matched step by step against ``torch.optim``. Per-parameter state
(momentum buffers, moment estimates) lives in ``self.state`` keyed by position.

Notation in the docstrings: g = gradient, p = parameter, t = step number from 1.
"""

from __future__ import annotations

import math
from collections.abc import Iterable

import numpy as np

from genforge.errors import GenforgeError
from genforge.scratch.autograd import Tensor


class Optimizer:
    """Holds the parameter list, the learning rate and per-parameter state."""

    def __init__(self, params: Iterable[Tensor], lr: float) -> None:
        self.params = list(params)
        if not self.params:
            raise GenforgeError("optimizer got an empty parameter list; pass model.parameters()")
        if not all(isinstance(p, Tensor) and p.requires_grad for p in self.params):
            raise GenforgeError("optimizer parameters must be Tensors with requires_grad=True")
        if lr < 0:
            raise GenforgeError(f"learning rate must be >= 0, got {lr}")
        self.lr = float(lr)
        self.initial_lr = float(lr)
        self.state: list[dict[str, np.ndarray]] = [{} for _ in self.params]
        self.step_count = 0

    def zero_grad(self) -> None:
        for p in self.params:
            p.grad = None

    def step(self) -> None:
        self.step_count += 1
        for i, p in enumerate(self.params):
            if p.grad is not None:
                self._update(p.data, p.grad, self.state[i])

    def _update(self, p: np.ndarray, g: np.ndarray, state: dict[str, np.ndarray]) -> None:
        raise NotImplementedError


def _check_nonneg(**values: float) -> None:
    for name, value in values.items():
        if value < 0:
            raise GenforgeError(f"{name} must be >= 0, got {value}")


class SGD(Optimizer):
    """Stochastic gradient descent with optional (Nesterov) momentum and L2 weight decay.

    d = g + wd p; b = d on the first step, else b = mu b + (1 - dampening) d;
    p -= lr (d + mu b) with Nesterov, else p -= lr b (plain SGD when mu = 0).
    """

    def __init__(
        self,
        params: Iterable[Tensor],
        lr: float = 1e-3,
        momentum: float = 0.0,
        dampening: float = 0.0,
        weight_decay: float = 0.0,
        nesterov: bool = False,
    ) -> None:
        super().__init__(params, lr)
        _check_nonneg(momentum=momentum, weight_decay=weight_decay)
        if nesterov and (momentum <= 0 or dampening != 0):
            raise GenforgeError("Nesterov momentum needs momentum > 0 and dampening = 0")
        self.momentum, self.dampening = momentum, dampening
        self.weight_decay, self.nesterov = weight_decay, nesterov

    def _update(self, p, g, state):
        d = g + self.weight_decay * p if self.weight_decay else g
        if self.momentum:
            if "momentum_buffer" not in state:
                state["momentum_buffer"] = d.copy()
            else:
                buf = state["momentum_buffer"]
                buf *= self.momentum
                buf += (1 - self.dampening) * d
            buf = state["momentum_buffer"]
            d = d + self.momentum * buf if self.nesterov else buf
        p -= self.lr * d


class RMSProp(Optimizer):
    """Divide the step by a running RMS of recent gradients.

    v = alpha v + (1 - alpha) g²; with ``centered`` also m = alpha m + (1 - alpha) g and
    the denominator uses v - m² (a variance estimate); step = g / (sqrt(.) + eps), optionally
    through a momentum buffer.
    """

    def __init__(
        self,
        params: Iterable[Tensor],
        lr: float = 1e-2,
        alpha: float = 0.99,
        eps: float = 1e-8,
        weight_decay: float = 0.0,
        momentum: float = 0.0,
        centered: bool = False,
    ) -> None:
        super().__init__(params, lr)
        _check_nonneg(alpha=alpha, eps=eps, weight_decay=weight_decay, momentum=momentum)
        self.alpha, self.eps, self.weight_decay = alpha, eps, weight_decay
        self.momentum, self.centered = momentum, centered

    def _update(self, p, g, state):
        if self.weight_decay:
            g = g + self.weight_decay * p
        sq = state.setdefault("square_avg", np.zeros_like(p))
        sq *= self.alpha
        sq += (1 - self.alpha) * g * g
        if self.centered:
            ga = state.setdefault("grad_avg", np.zeros_like(p))
            ga *= self.alpha
            ga += (1 - self.alpha) * g
            avg = np.sqrt(sq - ga * ga) + self.eps
        else:
            avg = np.sqrt(sq) + self.eps
        if self.momentum:
            buf = state.setdefault("momentum_buffer", np.zeros_like(p))
            buf *= self.momentum
            buf += g / avg
            p -= self.lr * buf
        else:
            p -= self.lr * g / avg


class Adam(Optimizer):
    """Adaptive moments: m = b1 m + (1-b1) g, v = b2 v + (1-b2) g², bias-corrected.

    p -= lr / (1 - b1^t) * m / (sqrt(v) / sqrt(1 - b2^t) + eps). ``weight_decay`` here is
    classic L2 (added to g, so it is rescaled by the adaptive denominator); AdamW decouples it.
    ``amsgrad`` uses the running maximum of v in the denominator.
    """

    decoupled = False

    def __init__(
        self,
        params: Iterable[Tensor],
        lr: float = 1e-3,
        betas: tuple[float, float] = (0.9, 0.999),
        eps: float = 1e-8,
        weight_decay: float = 0.0,
        amsgrad: bool = False,
    ) -> None:
        super().__init__(params, lr)
        b1, b2 = betas
        if not (0.0 <= b1 < 1.0 and 0.0 <= b2 < 1.0):
            raise GenforgeError(f"betas must be in [0, 1), got {betas}")
        _check_nonneg(eps=eps, weight_decay=weight_decay)
        self.betas, self.eps, self.weight_decay, self.amsgrad = (b1, b2), eps, weight_decay, amsgrad

    def _update(self, p, g, state):
        b1, b2 = self.betas
        if self.weight_decay:
            if self.decoupled:
                p *= 1 - self.lr * self.weight_decay
            else:
                g = g + self.weight_decay * p
        m = state.setdefault("exp_avg", np.zeros_like(p))
        v = state.setdefault("exp_avg_sq", np.zeros_like(p))
        t = self.step_count
        m *= b1
        m += (1 - b1) * g
        v *= b2
        v += (1 - b2) * g * g
        if self.amsgrad:
            vmax = state.setdefault("max_exp_avg_sq", np.zeros_like(p))
            np.maximum(vmax, v, out=vmax)
            v = vmax
        bias1 = 1 - b1**t
        bias2 = 1 - b2**t
        denom = np.sqrt(v) / math.sqrt(bias2) + self.eps
        p -= (self.lr / bias1) * m / denom


class AdamW(Adam):
    """Adam with decoupled weight decay: p *= 1 - lr * wd before the Adam step."""

    decoupled = True

    def __init__(
        self,
        params: Iterable[Tensor],
        lr: float = 1e-3,
        betas: tuple[float, float] = (0.9, 0.999),
        eps: float = 1e-8,
        weight_decay: float = 1e-2,
        amsgrad: bool = False,
    ) -> None:
        super().__init__(params, lr, betas, eps, weight_decay, amsgrad)


# ---------------------------------------------------------------------- gradient clipping


def clip_grad_norm(params: Iterable[Tensor], max_norm: float, norm_type: float = 2.0) -> float:
    """Scale all gradients together so their joint norm is at most ``max_norm``.

    Returns the norm before clipping. Like torch, the scale is max_norm / (norm + 1e-6),
    applied only when it is below 1, so gradients already inside the ball are untouched.
    """
    grads = [p.grad for p in params if p.grad is not None]
    if not grads:
        return 0.0
    if norm_type == math.inf:
        total = max(float(np.abs(g).max()) for g in grads)
    else:
        total = float(sum(float((np.abs(g) ** norm_type).sum()) for g in grads) ** (1 / norm_type))
    coef = max_norm / (total + 1e-6)
    if coef < 1.0:
        for g in grads:
            g *= coef
    return total


# ---------------------------------------------------------------------- schedules


class LRSchedule:
    """Sets ``optimizer.lr`` from the number of ``step()`` calls so far.

    Call ``step()`` once after each ``optimizer.step()``, as with torch's schedulers. The lr
    used for optimizer step k (counting from 0) is ``lr_at(k)``.
    """

    def __init__(self, optimizer: Optimizer) -> None:
        self.optimizer = optimizer
        self.base_lr = optimizer.initial_lr
        self.last_step = 0
        optimizer.lr = self.lr_at(0)

    def lr_at(self, step: int) -> float:
        raise NotImplementedError

    def step(self) -> float:
        self.last_step += 1
        self.optimizer.lr = self.lr_at(self.last_step)
        return self.optimizer.lr


def _cosine(high: float, low: float, progress: float) -> float:
    """Half a cosine from ``high`` (progress 0) down to ``low`` (progress 1)."""
    return low + 0.5 * (high - low) * (1 + math.cos(math.pi * progress))


class StepLR(LRSchedule):
    """lr = base * gamma ** (step // step_size)."""

    def __init__(self, optimizer: Optimizer, step_size: int, gamma: float = 0.1) -> None:
        if step_size < 1:
            raise GenforgeError(f"step_size must be >= 1, got {step_size}")
        self.step_size, self.gamma = step_size, gamma
        super().__init__(optimizer)

    def lr_at(self, step: int) -> float:
        return self.base_lr * self.gamma ** (step // self.step_size)


class CosineLR(LRSchedule):
    """Cosine from base down to ``min_lr`` over ``total_steps``, then held at ``min_lr``."""

    def __init__(self, optimizer: Optimizer, total_steps: int, min_lr: float = 0.0) -> None:
        if total_steps < 1:
            raise GenforgeError(f"total_steps must be >= 1, got {total_steps}")
        self.total_steps, self.min_lr = total_steps, min_lr
        super().__init__(optimizer)

    def lr_at(self, step: int) -> float:
        progress = min(step, self.total_steps) / self.total_steps
        return _cosine(self.base_lr, self.min_lr, progress)


class WarmupCosineLR(LRSchedule):
    """Linear warm-up from 0 to base over ``warmup_steps``, then cosine down to ``min_lr``.

    The shape used to train GPTs: warm-up avoids large early updates while Adam's second
    moment estimate is still noisy; the cosine tail anneals into a minimum.
    """

    def __init__(
        self, optimizer: Optimizer, warmup_steps: int, total_steps: int, min_lr: float = 0.0
    ) -> None:
        if not 0 <= warmup_steps < total_steps:
            raise GenforgeError(
                f"need 0 <= warmup_steps < total_steps, got {warmup_steps} and {total_steps}"
            )
        self.warmup_steps, self.total_steps, self.min_lr = warmup_steps, total_steps, min_lr
        super().__init__(optimizer)

    def lr_at(self, step: int) -> float:
        if step < self.warmup_steps:
            return self.base_lr * step / self.warmup_steps
        progress = min(step - self.warmup_steps, self.total_steps - self.warmup_steps) / (
            self.total_steps - self.warmup_steps
        )
        return _cosine(self.base_lr, self.min_lr, progress)
