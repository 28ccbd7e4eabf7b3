"""Neural-network layers on top of ``genforge.scratch.autograd``.

A ``Module`` owns parameters (leaf tensors with ``requires_grad=True``) and sub-modules,
found by walking its attributes, so ``model.parameters()`` is everything an optimizer must
update. Layers keep PyTorch's parameter names, shapes and initializations (``Linear.weight``
is (out, in)), so weights copy one-to-one between the two and the parity tests can run the
same numbers through both.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Sequence
from itertools import pairwise
from typing import ClassVar

import numpy as np

from genforge.errors import GenforgeError
from genforge.scratch import autograd as ag
from genforge.scratch.autograd import Tensor


class Module:
    """Base class: ``forward`` computes, attributes hold parameters and sub-modules."""

    training: bool = True

    def forward(self, *args, **kwargs) -> Tensor:
        raise NotImplementedError

    def __call__(self, *args, **kwargs) -> Tensor:
        return self.forward(*args, **kwargs)

    def named_parameters(self, prefix: str = "") -> Iterator[tuple[str, Tensor]]:
        """(dotted name, parameter) pairs in attribute order, each parameter once."""
        seen: set[int] = set()
        for name, p in self._walk(prefix):
            if id(p) not in seen:
                seen.add(id(p))
                yield name, p

    def _walk(self, prefix: str) -> Iterator[tuple[str, Tensor]]:
        for key, value in vars(self).items():
            name = f"{prefix}{key}"
            if isinstance(value, Tensor) and value.requires_grad:
                yield name, value
            elif isinstance(value, Module):
                yield from value._walk(name + ".")
            elif isinstance(value, list | tuple):
                for i, item in enumerate(value):
                    if isinstance(item, Module):
                        yield from item._walk(f"{name}.{i}.")

    def parameters(self) -> list[Tensor]:
        return [p for _, p in self.named_parameters()]

    def modules(self) -> Iterator[Module]:
        yield self
        for value in vars(self).values():
            if isinstance(value, Module):
                yield from value.modules()
            elif isinstance(value, list | tuple):
                for item in value:
                    if isinstance(item, Module):
                        yield from item.modules()

    def train(self, mode: bool = True) -> Module:
        """Switch Dropout/BatchNorm (and every sub-module) to training or evaluation mode."""
        for m in self.modules():
            m.training = mode
        return self

    def eval(self) -> Module:
        return self.train(False)

    def zero_grad(self) -> None:
        for p in self.parameters():
            p.grad = None

    def state_dict(self) -> dict[str, np.ndarray]:
        """Copies of parameters and buffers (running statistics) by dotted name."""
        state = {name: p.data.copy() for name, p in self.named_parameters()}
        for prefix, m in self._named_modules(""):
            for key in getattr(m, "_buffers", ()):
                state[f"{prefix}{key}"] = np.array(getattr(m, key), dtype=np.float64)
        return state

    def load_state_dict(self, state: dict[str, np.ndarray]) -> None:
        """Copy arrays into parameters and buffers; names and shapes must match exactly."""
        own = self.state_dict()
        missing = sorted(set(own) - set(state))
        unexpected = sorted(set(state) - set(own))
        if missing or unexpected:
            raise GenforgeError(
                f"state dict does not fit the model: missing {missing}, unexpected {unexpected}"
            )
        params = dict(self.named_parameters())
        for name, value in state.items():
            value = np.asarray(value, dtype=np.float64)
            if value.shape != own[name].shape:
                raise GenforgeError(
                    f"{name}: shape {value.shape} in the state dict, model has {own[name].shape}"
                )
            if name in params:
                params[name].data[...] = value
        for prefix, m in self._named_modules(""):
            for key in getattr(m, "_buffers", ()):
                setattr(m, key, np.array(state[f"{prefix}{key}"], dtype=np.float64))

    def _named_modules(self, prefix: str) -> Iterator[tuple[str, Module]]:
        yield prefix, self
        for key, value in vars(self).items():
            if isinstance(value, Module):
                yield from value._named_modules(f"{prefix}{key}.")
            elif isinstance(value, list | tuple):
                for i, item in enumerate(value):
                    if isinstance(item, Module):
                        yield from item._named_modules(f"{prefix}{key}.{i}.")


def _rng(seed_or_rng: int | np.random.Generator | None) -> np.random.Generator:
    if isinstance(seed_or_rng, np.random.Generator):
        return seed_or_rng
    return np.random.default_rng(seed_or_rng)


def _param(data: np.ndarray) -> Tensor:
    return Tensor(data, requires_grad=True)


class Linear(Module):
    """y = x Wᵀ + b, x (..., in) -> y (..., out); W, b ~ U(-1/sqrt(in), 1/sqrt(in)) like torch."""

    def __init__(
        self,
        in_features: int,
        out_features: int,
        bias: bool = True,
        rng: int | np.random.Generator | None = None,
    ) -> None:
        g = _rng(rng)
        bound = 1.0 / math.sqrt(in_features)
        self.weight = _param(g.uniform(-bound, bound, (out_features, in_features)))
        self.bias = _param(g.uniform(-bound, bound, out_features)) if bias else None
        self.in_features, self.out_features = in_features, out_features

    def forward(self, x: Tensor) -> Tensor:
        if x.shape[-1] != self.in_features:
            raise GenforgeError(
                f"Linear expects inputs (..., {self.in_features}), got shape {x.shape}"
            )
        y = x @ self.weight.T
        return y + self.bias if self.bias is not None else y


class ReLU(Module):
    def forward(self, x: Tensor) -> Tensor:
        return ag.relu(x)


class Tanh(Module):
    def forward(self, x: Tensor) -> Tensor:
        return ag.tanh(x)


class Sigmoid(Module):
    def forward(self, x: Tensor) -> Tensor:
        return ag.sigmoid(x)


class GELU(Module):
    """GELU activation; ``approximate`` is "none" (exact, erf) or "tanh"."""

    def __init__(self, approximate: str = "none") -> None:
        self.approximate = approximate

    def forward(self, x: Tensor) -> Tensor:
        return ag.gelu(x, self.approximate)


class Dropout(Module):
    """Zero each input with probability p during training, scale survivors by 1/(1-p).

    The scaling keeps the expected activation equal in train and eval, so eval is identity.
    """

    def __init__(self, p: float = 0.5, rng: int | np.random.Generator | None = None) -> None:
        if not 0.0 <= p < 1.0:
            raise GenforgeError(f"Dropout p must be in [0, 1), got {p}")
        self.p = p
        self._gen = _rng(rng)

    def forward(self, x: Tensor) -> Tensor:
        if not self.training or self.p == 0.0:
            return x
        return x * ag.dropout_mask(x.shape, self.p, self._gen)


class BatchNorm1d(Module):
    """Batch normalization over (N, C) or (N, C, L) inputs, per channel C.

    Training normalizes with the batch's mean and biased variance and updates running
    estimates ``r <- (1 - momentum) r + momentum * batch_stat`` (unbiased variance, as torch);
    evaluation normalizes with the running estimates.
    """

    # Non-parameter state that state_dict must carry.
    _buffers: ClassVar[tuple[str, ...]] = ("running_mean", "running_var")

    def __init__(self, num_features: int, eps: float = 1e-5, momentum: float = 0.1) -> None:
        self.num_features, self.eps, self.momentum = num_features, eps, momentum
        self.weight = _param(np.ones(num_features))
        self.bias = _param(np.zeros(num_features))
        self.running_mean = np.zeros(num_features)
        self.running_var = np.ones(num_features)

    def forward(self, x: Tensor) -> Tensor:
        if x.ndim not in (2, 3) or x.shape[1] != self.num_features:
            raise GenforgeError(
                f"BatchNorm1d({self.num_features}) expects (N, {self.num_features}) or "
                f"(N, {self.num_features}, L), got shape {x.shape}"
            )
        axes = (0,) if x.ndim == 2 else (0, 2)
        shape = (1, -1) if x.ndim == 2 else (1, -1, 1)
        if self.training:
            count = int(np.prod([x.shape[a] for a in axes]))
            if count < 2:
                raise GenforgeError(
                    "BatchNorm1d in training mode needs more than one value per channel; "
                    "use a batch of 2+ or call .eval()"
                )
            mean = x.mean(axes, keepdims=True)
            centered = x - mean
            var = (centered * centered).mean(axes, keepdims=True)
            batch_var = var.data.reshape(-1) * count / (count - 1)
            m = self.momentum
            self.running_mean = (1 - m) * self.running_mean + m * mean.data.reshape(-1)
            self.running_var = (1 - m) * self.running_var + m * batch_var
            xhat = centered / ag.sqrt(var + self.eps)
        else:
            xhat = (x - self.running_mean.reshape(shape)) / np.sqrt(
                self.running_var.reshape(shape) + self.eps
            )
        return xhat * self.weight.reshape(shape) + self.bias.reshape(shape)


class LayerNorm(Module):
    """Normalize over the trailing ``normalized_shape`` dims, then scale and shift."""

    def __init__(
        self,
        normalized_shape: int | Sequence[int],
        eps: float = 1e-5,
        elementwise_affine: bool = True,
    ) -> None:
        shape = (
            (normalized_shape,) if isinstance(normalized_shape, int) else tuple(normalized_shape)
        )
        self.normalized_shape, self.eps = shape, eps
        self.weight = _param(np.ones(shape)) if elementwise_affine else None
        self.bias = _param(np.zeros(shape)) if elementwise_affine else None

    def forward(self, x: Tensor) -> Tensor:
        k = len(self.normalized_shape)
        if x.shape[-k:] != self.normalized_shape:
            raise GenforgeError(
                f"LayerNorm{self.normalized_shape} expects inputs ending in those dims, "
                f"got shape {x.shape}"
            )
        axes = tuple(range(x.ndim - k, x.ndim))
        centered = x - x.mean(axes, keepdims=True)
        var = (centered * centered).mean(axes, keepdims=True)
        y = centered / ag.sqrt(var + self.eps)
        if self.weight is not None:
            y = y * self.weight + self.bias
        return y


class Embedding(Module):
    """Lookup table: integer ids (...) -> vectors (..., dim); rows ~ N(0, 1) like torch."""

    def __init__(
        self, num_embeddings: int, embedding_dim: int, rng: int | np.random.Generator | None = None
    ) -> None:
        self.num_embeddings, self.embedding_dim = num_embeddings, embedding_dim
        self.weight = _param(_rng(rng).standard_normal((num_embeddings, embedding_dim)))

    def forward(self, ids) -> Tensor:
        ids = np.asarray(ids.data if isinstance(ids, Tensor) else ids)
        if not np.issubdtype(ids.dtype, np.integer):
            if not np.all(ids == np.round(ids)):
                raise GenforgeError("Embedding ids must be integers")
            ids = ids.astype(np.int64)
        if ids.size and (ids.min() < 0 or ids.max() >= self.num_embeddings):
            raise GenforgeError(
                f"Embedding ids must be in [0, {self.num_embeddings}), got range "
                f"[{ids.min()}, {ids.max()}]"
            )
        # Indexing scatters gradients back with add.at, so repeated ids accumulate.
        return self.weight[ids]


class Sequential(Module):
    """Apply modules in order."""

    def __init__(self, *layers: Module) -> None:
        self.layers = list(layers)

    def forward(self, x: Tensor) -> Tensor:
        for layer in self.layers:
            x = layer(x)
        return x

    def __getitem__(self, i: int) -> Module:
        return self.layers[i]

    def __len__(self) -> int:
        return len(self.layers)


_ACTIVATIONS = {"relu": ReLU, "tanh": Tanh, "gelu": GELU, "sigmoid": Sigmoid}


class MLP(Sequential):
    """Linear -> activation (-> Dropout) stacks; sizes = [in, hidden..., out].

    No activation after the last Linear, so the output is logits / a regression value.
    """

    def __init__(
        self,
        sizes: Sequence[int],
        activation: str = "relu",
        dropout: float = 0.0,
        rng: int | np.random.Generator | None = None,
    ) -> None:
        if len(sizes) < 2:
            raise GenforgeError(f"MLP needs at least [in, out] sizes, got {list(sizes)}")
        if activation not in _ACTIVATIONS:
            raise GenforgeError(
                f"unknown activation {activation!r}; choose one of {sorted(_ACTIVATIONS)}"
            )
        g = _rng(rng)
        layers: list[Module] = []
        for i, (n_in, n_out) in enumerate(pairwise(sizes)):
            layers.append(Linear(n_in, n_out, rng=g))
            if i < len(sizes) - 2:
                layers.append(_ACTIVATIONS[activation]())
                if dropout:
                    layers.append(Dropout(dropout, rng=g))
        super().__init__(*layers)
