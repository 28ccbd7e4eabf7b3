"""Reverse-mode automatic differentiation over n-d NumPy arrays.

A ``Tensor`` wraps a float64 array. Every operation on tensors that need gradients records
its inputs and a *vector-Jacobian product* (VJP): a function that turns the gradient of the
loss with respect to the op's output into gradients with respect to its inputs.
``Tensor.backward`` orders the recorded graph topologically (each node after everything that
uses it) and runs the VJPs from the output back to the leaves, summing the contributions of
every path into each leaf's ``.grad``.

Three details carry most of the subtlety:

- **Broadcasting.** ``x + b`` with x (N, D) and b (D,) uses b N times, so b's gradient is
  the sum over those copies: ``_unbroadcast`` sums the gradient back down to b's shape.
- **Indexing.** ``x[idx]`` may read the same element several times (``idx = [0, 0, 2]``);
  the VJP scatters with ``np.add.at``, which accumulates repeated indices instead of
  overwriting them.
- **Accumulation.** Gradients add up across ``backward`` calls until you reset
  ``.grad = None`` (or an optimizer's ``zero_grad``), exactly as in PyTorch.

The API follows PyTorch's names where they exist so parity tests read one-to-one.
"""

from __future__ import annotations

import contextlib
import math
from collections.abc import Callable, Iterator, Sequence
from typing import Any

import numpy as np

from genforge.errors import GenforgeError

# This module defines sum/max/min/abs/pow as tensor ops (mirroring torch); keep the builtins.
_builtin_max = max

_GRAD_ENABLED = True


@contextlib.contextmanager
def no_grad() -> Iterator[None]:
    """Within this block operations record no graph (inference, optimizer updates)."""
    global _GRAD_ENABLED
    previous = _GRAD_ENABLED
    _GRAD_ENABLED = False
    try:
        yield
    finally:
        _GRAD_ENABLED = previous


def is_grad_enabled() -> bool:
    """Whether operations currently record the graph for backward."""
    return _GRAD_ENABLED


ArrayLike = Any  # anything np.asarray accepts, or a Tensor


class Tensor:
    """An n-d float64 array that remembers how it was computed.

    ``requires_grad=True`` marks a leaf whose gradient ``backward`` should compute; results
    of operations on such tensors require grad too and carry the recorded graph.
    """

    __array_priority__ = 100  # make ndarray + Tensor dispatch to Tensor.__radd__

    def __init__(self, data: ArrayLike, requires_grad: bool = False) -> None:
        if isinstance(data, Tensor):
            data = data.data
        self.data: np.ndarray = np.array(data, dtype=np.float64)
        self.requires_grad: bool = bool(requires_grad)
        self.grad: np.ndarray | None = None
        self._parents: tuple[Tensor, ...] = ()
        self._vjp: Callable[[np.ndarray], Sequence[np.ndarray | None]] | None = None
        self._op: str = ""

    # ------------------------------------------------------------------ basics
    @property
    def shape(self) -> tuple[int, ...]:
        return self.data.shape

    @property
    def ndim(self) -> int:
        return self.data.ndim

    @property
    def size(self) -> int:
        return self.data.size

    @property
    def is_leaf(self) -> bool:
        return self._vjp is None

    def numpy(self) -> np.ndarray:
        """The underlying array (shared, not copied)."""
        return self.data

    def item(self) -> float:
        return float(self.data.item())

    def detach(self) -> Tensor:
        """Same values, no history: gradients stop flowing here."""
        return Tensor(self.data)

    def __len__(self) -> int:
        return len(self.data)

    def __repr__(self) -> str:
        extra = f", grad_fn={self._op}" if self._op else ""
        extra += ", requires_grad=True" if self.requires_grad and not self._op else ""
        return f"Tensor({np.array2string(self.data, precision=4)}{extra})"

    # ------------------------------------------------------------------ backward
    def backward(self, grad: ArrayLike | None = None) -> None:
        """Accumulate d(self)/d(leaf) into ``leaf.grad`` for every leaf that requires grad.

        ``grad`` is the upstream gradient with self's shape; it may be omitted only for a
        scalar (one-element) tensor, where it defaults to 1. The graph is kept, so backward
        may be called again (gradients then add up).
        """
        if not self.requires_grad:
            raise GenforgeError(
                "backward() on a tensor that does not require grad; create the inputs with "
                "requires_grad=True (and outside no_grad())"
            )
        if grad is None:
            if self.data.size != 1:
                raise GenforgeError(
                    f"backward() without a gradient needs a scalar, got shape {self.shape}; "
                    "reduce it (e.g. .sum()) or pass grad= with the same shape"
                )
            seed = np.ones_like(self.data)
        else:
            seed = np.array(grad.data if isinstance(grad, Tensor) else grad, dtype=np.float64)
            if seed.shape != self.shape:
                raise GenforgeError(f"grad has shape {seed.shape}, expected {self.shape}")

        order = _topological_order(self)
        grads: dict[int, np.ndarray] = {id(self): seed}
        for node in reversed(order):
            g = grads.pop(id(node), None)
            if g is None:
                continue
            if node._vjp is None:
                # Leaves keep their gradient; intermediate results do not (like PyTorch).
                node.grad = g.copy() if node.grad is None else node.grad + g
                continue
            for parent, pg in zip(node._parents, node._vjp(g)):
                if pg is None or not parent.requires_grad:
                    continue
                key = id(parent)
                grads[key] = pg if key not in grads else grads[key] + pg

    # ------------------------------------------------------------------ operators
    def __add__(self, other: ArrayLike) -> Tensor:
        return add(self, other)

    def __radd__(self, other: ArrayLike) -> Tensor:
        return add(other, self)

    def __sub__(self, other: ArrayLike) -> Tensor:
        return sub(self, other)

    def __rsub__(self, other: ArrayLike) -> Tensor:
        return sub(other, self)

    def __mul__(self, other: ArrayLike) -> Tensor:
        return mul(self, other)

    def __rmul__(self, other: ArrayLike) -> Tensor:
        return mul(other, self)

    def __truediv__(self, other: ArrayLike) -> Tensor:
        return div(self, other)

    def __rtruediv__(self, other: ArrayLike) -> Tensor:
        return div(other, self)

    def __neg__(self) -> Tensor:
        return neg(self)

    def __pow__(self, exponent: ArrayLike) -> Tensor:
        return pow(self, exponent)

    def __rpow__(self, base: ArrayLike) -> Tensor:
        return pow(base, self)

    def __matmul__(self, other: ArrayLike) -> Tensor:
        return matmul(self, other)

    def __rmatmul__(self, other: ArrayLike) -> Tensor:
        return matmul(other, self)

    def __getitem__(self, index: Any) -> Tensor:
        return getitem(self, index)

    # ------------------------------------------------------------------ methods
    def sum(self, axis: int | tuple[int, ...] | None = None, keepdims: bool = False) -> Tensor:
        return sum(self, axis, keepdims)

    def mean(self, axis: int | tuple[int, ...] | None = None, keepdims: bool = False) -> Tensor:
        return mean(self, axis, keepdims)

    def max(self, axis: int | tuple[int, ...] | None = None, keepdims: bool = False) -> Tensor:
        return max(self, axis, keepdims)

    def min(self, axis: int | tuple[int, ...] | None = None, keepdims: bool = False) -> Tensor:
        return min(self, axis, keepdims)

    def var(
        self, axis: int | tuple[int, ...] | None = None, keepdims: bool = False, ddof: int = 0
    ) -> Tensor:
        return var(self, axis, keepdims, ddof)

    def reshape(self, *shape: int | Sequence[int]) -> Tensor:
        if len(shape) == 1 and not isinstance(shape[0], int):
            shape = tuple(shape[0])
        return reshape(self, shape)

    def transpose(self, *axes: int) -> Tensor:
        return transpose(self, axes or None)

    def permute(self, *axes: int) -> Tensor:
        return transpose(self, axes)

    @property
    def T(self) -> Tensor:
        return transpose(self, None)

    def exp(self) -> Tensor:
        return exp(self)

    def log(self) -> Tensor:
        return log(self)

    def tanh(self) -> Tensor:
        return tanh(self)

    def sigmoid(self) -> Tensor:
        return sigmoid(self)

    def relu(self) -> Tensor:
        return relu(self)

    def sqrt(self) -> Tensor:
        return sqrt(self)

    def abs(self) -> Tensor:
        return abs(self)

    def clip(self, lo: float | None = None, hi: float | None = None) -> Tensor:
        return clip(self, lo, hi)

    def softmax(self, axis: int = -1) -> Tensor:
        return softmax(self, axis)

    def log_softmax(self, axis: int = -1) -> Tensor:
        return log_softmax(self, axis)


# ---------------------------------------------------------------------- graph plumbing


def tensor(data: ArrayLike, requires_grad: bool = False) -> Tensor:
    """Make a leaf tensor (float64) from array-like data."""
    return Tensor(data, requires_grad=requires_grad)


def _as_tensor(x: ArrayLike) -> Tensor:
    return x if isinstance(x, Tensor) else Tensor(x)


def _make(
    data: np.ndarray,
    parents: tuple[Tensor, ...],
    vjp: Callable[[np.ndarray], Sequence[np.ndarray | None]],
    op: str,
) -> Tensor:
    out = Tensor.__new__(Tensor)
    out.data = np.asarray(data, dtype=np.float64)
    out.grad = None
    out.requires_grad = _GRAD_ENABLED and any(p.requires_grad for p in parents)
    if out.requires_grad:
        out._parents, out._vjp, out._op = parents, vjp, op
    else:
        # No graph is kept, so nothing holds the inputs alive.
        out._parents, out._vjp, out._op = (), None, ""
    return out


def _topological_order(root: Tensor) -> list[Tensor]:
    """Nodes reachable from root, each listed after all of its parents (iterative DFS)."""
    order: list[Tensor] = []
    visited: set[int] = set()
    stack: list[tuple[Tensor, bool]] = [(root, False)]
    while stack:
        node, expanded = stack.pop()
        if expanded:
            order.append(node)
            continue
        if id(node) in visited:
            continue
        visited.add(id(node))
        stack.append((node, True))
        for parent in node._parents:
            if parent.requires_grad and id(parent) not in visited:
                stack.append((parent, False))
    return order


def _unbroadcast(grad: np.ndarray, shape: tuple[int, ...]) -> np.ndarray:
    """Sum ``grad`` over the axes that broadcasting added or stretched to reach ``shape``."""
    extra = grad.ndim - len(shape)
    if extra > 0:
        grad = grad.sum(axis=tuple(range(extra)))
    stretched = tuple(i for i, n in enumerate(shape) if n == 1 and grad.shape[i] != 1)
    if stretched:
        grad = grad.sum(axis=stretched, keepdims=True)
    return grad.reshape(shape)


def _normalize_axis(axis: int | Sequence[int] | None, ndim: int) -> tuple[int, ...]:
    if axis is None:
        return tuple(range(ndim))
    axes = (axis,) if isinstance(axis, int | np.integer) else tuple(axis)
    out = []
    for a in axes:
        if not -ndim <= a < _builtin_max(ndim, 1):
            raise GenforgeError(f"axis {a} is out of range for a tensor with {ndim} dims")
        out.append(int(a) % _builtin_max(ndim, 1))
    return tuple(sorted(set(out)))


def _expand_reduced(g: np.ndarray, shape: tuple[int, ...], axes: tuple[int, ...], keepdims: bool):
    """Reinsert reduced axes (as size 1) so g broadcasts against the input's shape."""
    if not keepdims:
        for a in axes:
            g = np.expand_dims(g, a)
    return np.broadcast_to(g, shape)


# ---------------------------------------------------------------------- elementwise binary


def add(a: ArrayLike, b: ArrayLike) -> Tensor:
    """a + b with broadcasting."""
    a, b = _as_tensor(a), _as_tensor(b)
    return _make(
        a.data + b.data,
        (a, b),
        lambda g: (_unbroadcast(g, a.shape), _unbroadcast(g, b.shape)),
        "add",
    )


def sub(a: ArrayLike, b: ArrayLike) -> Tensor:
    """a - b with broadcasting."""
    a, b = _as_tensor(a), _as_tensor(b)
    return _make(
        a.data - b.data,
        (a, b),
        lambda g: (_unbroadcast(g, a.shape), _unbroadcast(-g, b.shape)),
        "sub",
    )


def mul(a: ArrayLike, b: ArrayLike) -> Tensor:
    """a * b elementwise with broadcasting."""
    a, b = _as_tensor(a), _as_tensor(b)
    return _make(
        a.data * b.data,
        (a, b),
        lambda g: (_unbroadcast(g * b.data, a.shape), _unbroadcast(g * a.data, b.shape)),
        "mul",
    )


def div(a: ArrayLike, b: ArrayLike) -> Tensor:
    """a / b elementwise with broadcasting."""
    a, b = _as_tensor(a), _as_tensor(b)
    out = a.data / b.data
    return _make(
        out,
        (a, b),
        lambda g: (_unbroadcast(g / b.data, a.shape), _unbroadcast(-g * out / b.data, b.shape)),
        "div",
    )


def pow(base: ArrayLike, exponent: ArrayLike) -> Tensor:
    """base ** exponent with broadcasting; either may be a tensor (d/d exponent needs base > 0)."""
    base, exponent = _as_tensor(base), _as_tensor(exponent)
    out = base.data**exponent.data

    def vjp(g: np.ndarray):
        gb = ge = None
        if base.requires_grad:
            with np.errstate(divide="ignore", invalid="ignore"):
                gb = _unbroadcast(
                    g * exponent.data * base.data ** (exponent.data - 1.0), base.shape
                )
        if exponent.requires_grad:
            # d/de b^e = b^e log b. As in PyTorch: 0 where b == 0 (and e >= 0), nan where b < 0.
            with np.errstate(divide="ignore", invalid="ignore"):
                ge = out * np.log(base.data)
            ge = np.where((base.data == 0) & (exponent.data >= 0), 0.0, ge)
            ge = _unbroadcast(g * ge, exponent.shape)
        return gb, ge

    return _make(out, (base, exponent), vjp, "pow")


def maximum(a: ArrayLike, b: ArrayLike) -> Tensor:
    """Elementwise max; a tie sends half the gradient to each side (as PyTorch does)."""
    a, b = _as_tensor(a), _as_tensor(b)
    out = np.maximum(a.data, b.data)

    def vjp(g: np.ndarray):
        wa = (a.data > b.data) + 0.5 * (a.data == b.data)
        return _unbroadcast(g * wa, a.shape), _unbroadcast(g * (1.0 - wa), b.shape)

    return _make(out, (a, b), vjp, "maximum")


def where(cond: ArrayLike, a: ArrayLike, b: ArrayLike) -> Tensor:
    """Pick a where cond is true, else b (cond is a boolean array, not differentiated)."""
    c = np.asarray(cond.data if isinstance(cond, Tensor) else cond, dtype=bool)
    a, b = _as_tensor(a), _as_tensor(b)
    return _make(
        np.where(c, a.data, b.data),
        (a, b),
        lambda g: (
            _unbroadcast(np.where(c, g, 0.0), a.shape),
            _unbroadcast(np.where(c, 0.0, g), b.shape),
        ),
        "where",
    )


# ---------------------------------------------------------------------- elementwise unary


def neg(x: ArrayLike) -> Tensor:
    x = _as_tensor(x)
    return _make(-x.data, (x,), lambda g: (-g,), "neg")


def exp(x: ArrayLike) -> Tensor:
    x = _as_tensor(x)
    out = np.exp(x.data)
    return _make(out, (x,), lambda g: (g * out,), "exp")


def log(x: ArrayLike) -> Tensor:
    x = _as_tensor(x)
    return _make(np.log(x.data), (x,), lambda g: (g / x.data,), "log")


def sqrt(x: ArrayLike) -> Tensor:
    x = _as_tensor(x)
    out = np.sqrt(x.data)
    return _make(out, (x,), lambda g: (g / (2.0 * out),), "sqrt")


def tanh(x: ArrayLike) -> Tensor:
    x = _as_tensor(x)
    out = np.tanh(x.data)
    return _make(out, (x,), lambda g: (g * (1.0 - out * out),), "tanh")


def sigmoid(x: ArrayLike) -> Tensor:
    """1 / (1 + e^-x), evaluated without overflow for large |x|."""
    x = _as_tensor(x)
    e = np.exp(-np.abs(x.data))
    out = np.where(x.data >= 0, 1.0 / (1.0 + e), e / (1.0 + e))
    return _make(out, (x,), lambda g: (g * out * (1.0 - out),), "sigmoid")


def relu(x: ArrayLike) -> Tensor:
    """max(x, 0); the gradient at exactly 0 is taken as 0 (PyTorch's choice)."""
    x = _as_tensor(x)
    mask = x.data > 0
    return _make(x.data * mask, (x,), lambda g: (g * mask,), "relu")


def abs(x: ArrayLike) -> Tensor:
    """|x|; the gradient at 0 is 0 (sign(0) = 0, as in PyTorch)."""
    x = _as_tensor(x)
    return _make(np.abs(x.data), (x,), lambda g: (g * np.sign(x.data),), "abs")


def clip(x: ArrayLike, lo: float | None = None, hi: float | None = None) -> Tensor:
    """Clamp into [lo, hi]; gradient 1 inside the closed interval, 0 outside (torch.clamp)."""
    x = _as_tensor(x)
    lo_ = -np.inf if lo is None else lo
    hi_ = np.inf if hi is None else hi
    inside = (x.data >= lo_) & (x.data <= hi_)
    return _make(np.clip(x.data, lo_, hi_), (x,), lambda g: (g * inside,), "clip")


_erf = np.vectorize(math.erf, otypes=[np.float64])


def gelu(x: ArrayLike, approximate: str = "none") -> Tensor:
    """Gaussian error linear unit x * Phi(x); ``approximate="tanh"`` uses the tanh formula.

    Same two variants as ``torch.nn.functional.gelu``.
    """
    x = _as_tensor(x)
    v = x.data
    if approximate == "tanh":
        k = math.sqrt(2.0 / math.pi)
        inner = k * (v + 0.044715 * v**3)
        t = np.tanh(inner)
        out = 0.5 * v * (1.0 + t)
        dinner = k * (1.0 + 3 * 0.044715 * v * v)
        dout = 0.5 * (1.0 + t) + 0.5 * v * (1.0 - t * t) * dinner
    elif approximate == "none":
        cdf = 0.5 * (1.0 + _erf(v / math.sqrt(2.0)))
        pdf = np.exp(-0.5 * v * v) / math.sqrt(2.0 * math.pi)
        out = v * cdf
        dout = cdf + v * pdf
    else:
        raise GenforgeError(f"approximate must be 'none' or 'tanh', got {approximate!r}")
    return _make(out, (x,), lambda g: (g * dout,), "gelu")


# ---------------------------------------------------------------------- reductions


def sum(x: ArrayLike, axis: int | Sequence[int] | None = None, keepdims: bool = False) -> Tensor:
    """Sum over ``axis`` (all axes when None)."""
    x = _as_tensor(x)
    axes = _normalize_axis(axis, x.ndim)
    return _make(
        x.data.sum(axis=axes, keepdims=keepdims),
        (x,),
        lambda g: (_expand_reduced(g, x.shape, axes, keepdims).copy(),),
        "sum",
    )


def mean(x: ArrayLike, axis: int | Sequence[int] | None = None, keepdims: bool = False) -> Tensor:
    """Mean over ``axis`` (all axes when None)."""
    x = _as_tensor(x)
    axes = _normalize_axis(axis, x.ndim)
    count = int(np.prod([x.shape[a] for a in axes])) if axes else 1
    return _make(
        x.data.mean(axis=axes, keepdims=keepdims),
        (x,),
        lambda g: (_expand_reduced(g, x.shape, axes, keepdims) / count,),
        "mean",
    )


def var(
    x: ArrayLike, axis: int | Sequence[int] | None = None, keepdims: bool = False, ddof: int = 0
) -> Tensor:
    """Variance over ``axis`` with ``ddof`` (0: biased, 1: unbiased), composed from mean."""
    x = _as_tensor(x)
    axes = _normalize_axis(axis, x.ndim)
    count = int(np.prod([x.shape[a] for a in axes])) if axes else 1
    centered = x - mean(x, axes, keepdims=True)
    return sum(centered * centered, axes, keepdims) / (count - ddof)


def _extreme(x: Tensor, axis, keepdims: bool, fn, op: str) -> Tensor:
    axes = _normalize_axis(axis, x.ndim)
    if x.size == 0:
        raise GenforgeError(f"{op}() of an empty tensor is undefined")
    out = fn(x.data, axis=axes, keepdims=True)

    def vjp(g: np.ndarray):
        # Ties share the gradient equally (torch.amax/amin semantics), so the VJP stays the
        # true subgradient average instead of depending on which tie the search hit first.
        hit = (x.data == out).astype(np.float64)
        hit /= hit.sum(axis=axes, keepdims=True)
        gk = g if keepdims else _expand_reduced(g, out.shape, axes, False)
        return (hit * gk,)

    data = out if keepdims else np.squeeze(out, axis=axes)
    return _make(data, (x,), vjp, op)


def max(x: ArrayLike, axis: int | Sequence[int] | None = None, keepdims: bool = False) -> Tensor:
    """Maximum over ``axis``; ties split the gradient equally (like torch.amax)."""
    return _extreme(_as_tensor(x), axis, keepdims, np.max, "max")


def min(x: ArrayLike, axis: int | Sequence[int] | None = None, keepdims: bool = False) -> Tensor:
    """Minimum over ``axis``; ties split the gradient equally (like torch.amin)."""
    return _extreme(_as_tensor(x), axis, keepdims, np.min, "min")


# ---------------------------------------------------------------------- shape


def reshape(x: ArrayLike, shape: Sequence[int]) -> Tensor:
    x = _as_tensor(x)
    return _make(x.data.reshape(tuple(shape)), (x,), lambda g: (g.reshape(x.shape),), "reshape")


def transpose(x: ArrayLike, axes: Sequence[int] | None = None) -> Tensor:
    """Permute axes (reverse them when None); the VJP applies the inverse permutation."""
    x = _as_tensor(x)
    perm = tuple(reversed(range(x.ndim))) if axes is None else tuple(int(a) for a in axes)
    if sorted(a % _builtin_max(x.ndim, 1) for a in perm) != list(range(x.ndim)):
        raise GenforgeError(f"axes {perm} are not a permutation of {x.ndim} dims")
    inverse = tuple(np.argsort([a % x.ndim for a in perm]))
    return _make(
        np.transpose(x.data, perm), (x,), lambda g: (np.transpose(g, inverse),), "transpose"
    )


def swapaxes(x: ArrayLike, a: int, b: int) -> Tensor:
    x = _as_tensor(x)
    perm = list(range(x.ndim))
    perm[a], perm[b] = perm[b], perm[a]
    return transpose(x, perm)


def unsqueeze(x: ArrayLike, axis: int) -> Tensor:
    x = _as_tensor(x)
    return reshape(x, np.expand_dims(x.data, axis).shape)


def squeeze(x: ArrayLike, axis: int | None = None) -> Tensor:
    x = _as_tensor(x)
    return reshape(x, np.squeeze(x.data, axis).shape)


def getitem(x: ArrayLike, index: Any) -> Tensor:
    """x[index] for int, slice, None, Ellipsis, integer-array and boolean-mask indices.

    The VJP scatters with ``np.add.at`` so an element picked several times receives the sum
    of all its gradients.
    """
    x = _as_tensor(x)
    if isinstance(index, Tensor):
        index = index.data.astype(np.int64)
    elif isinstance(index, tuple):
        index = tuple(i.data.astype(np.int64) if isinstance(i, Tensor) else i for i in index)

    def vjp(g: np.ndarray):
        full = np.zeros_like(x.data)
        np.add.at(full, index, g)
        return (full,)

    return _make(x.data[index], (x,), vjp, "getitem")


def concatenate(tensors: Sequence[ArrayLike], axis: int = 0) -> Tensor:
    """Join tensors along an existing axis; the VJP slices the gradient back apart."""
    ts = [_as_tensor(t) for t in tensors]
    if not ts:
        raise GenforgeError("concatenate needs at least one tensor")
    out = np.concatenate([t.data for t in ts], axis=axis)
    bounds = np.cumsum([t.shape[axis] for t in ts])[:-1]
    return _make(out, tuple(ts), lambda g: tuple(np.split(g, bounds, axis=axis)), "concatenate")


def stack(tensors: Sequence[ArrayLike], axis: int = 0) -> Tensor:
    """Join same-shape tensors along a new axis."""
    ts = [_as_tensor(t) for t in tensors]
    if not ts:
        raise GenforgeError("stack needs at least one tensor")
    out = np.stack([t.data for t in ts], axis=axis)
    ax = axis % out.ndim
    return _make(
        out,
        tuple(ts),
        lambda g: tuple(np.take(g, i, axis=ax) for i in range(len(ts))),
        "stack",
    )


# ---------------------------------------------------------------------- matmul


def matmul(a: ArrayLike, b: ArrayLike) -> Tensor:
    """Matrix product with NumPy's rules: 1-d operands are promoted, batch dims broadcast.

    a (..., n, k) @ b (..., k, m) -> (..., n, m). VJPs: dA = G Bᵀ, dB = Aᵀ G, each summed
    over any batch dims that were broadcast.
    """
    a, b = _as_tensor(a), _as_tensor(b)
    if a.ndim == 0 or b.ndim == 0:
        raise GenforgeError("matmul needs tensors with at least 1 dim; use * for scalars")
    if a.shape[-1] != b.shape[-2 if b.ndim > 1 else 0]:
        raise GenforgeError(f"matmul shapes do not align: {a.shape} @ {b.shape}")
    A = a.data[None, :] if a.ndim == 1 else a.data
    B = b.data[:, None] if b.ndim == 1 else b.data
    out = A @ B

    def vjp(g: np.ndarray):
        G = g
        if a.ndim == 1:
            G = np.expand_dims(G, -2)
        if b.ndim == 1:
            G = np.expand_dims(G, -1)
        ga = G @ np.swapaxes(B, -1, -2)
        gb = np.swapaxes(A, -1, -2) @ G
        ga = ga[..., 0, :] if a.ndim == 1 else ga
        gb = gb[..., :, 0] if b.ndim == 1 else gb
        return _unbroadcast(ga, a.shape), _unbroadcast(gb, b.shape)

    if a.ndim == 1:
        out = out[..., 0, :]
    if b.ndim == 1:
        out = out[..., 0]
    return _make(out, (a, b), vjp, "matmul")


# ---------------------------------------------------------------------- softmax family


def softmax(x: ArrayLike, axis: int = -1) -> Tensor:
    """exp(x) / sum(exp(x)) along ``axis``, shifted by the max so nothing overflows."""
    x = _as_tensor(x)
    z = x.data - x.data.max(axis=axis, keepdims=True)
    e = np.exp(z)
    out = e / e.sum(axis=axis, keepdims=True)
    # Jacobian diag(p) - p pᵀ applied to g: p * (g - <g, p>).
    return _make(
        out,
        (x,),
        lambda g: (out * (g - (g * out).sum(axis=axis, keepdims=True)),),
        "softmax",
    )


def logsumexp(x: ArrayLike, axis: int = -1, keepdims: bool = False) -> Tensor:
    """log(sum(exp(x))) along ``axis``, stable for large entries."""
    x = _as_tensor(x)
    m = x.data.max(axis=axis, keepdims=True)
    m = np.where(np.isfinite(m), m, 0.0)
    s = np.exp(x.data - m).sum(axis=axis, keepdims=True)
    out_k = np.log(s) + m
    p = np.exp(x.data - out_k)
    out = out_k if keepdims else np.squeeze(out_k, axis=axis)
    return _make(
        out,
        (x,),
        lambda g: (p * (g if keepdims else np.expand_dims(g, axis)),),
        "logsumexp",
    )


def log_softmax(x: ArrayLike, axis: int = -1) -> Tensor:
    """x - logsumexp(x) along ``axis``; never takes the log of an underflowed probability."""
    x = _as_tensor(x)
    z = x.data - x.data.max(axis=axis, keepdims=True)
    out = z - np.log(np.exp(z).sum(axis=axis, keepdims=True))
    p = np.exp(out)
    return _make(
        out,
        (x,),
        lambda g: (g - p * g.sum(axis=axis, keepdims=True),),
        "log_softmax",
    )


def cross_entropy(
    logits: ArrayLike,
    targets: ArrayLike,
    ignore_index: int = -100,
    reduction: str = "mean",
) -> Tensor:
    """Softmax cross-entropy between logits (N, C) and integer class targets (N,).

    Targets equal to ``ignore_index`` contribute nothing, and ``reduction="mean"`` divides by
    the number of targets that are not ignored (PyTorch's convention). ``reduction`` is
    "mean", "sum" or "none" (per-row losses, 0 for ignored rows).
    """
    logits = _as_tensor(logits)
    t = np.asarray(targets.data if isinstance(targets, Tensor) else targets)
    if logits.ndim != 2:
        raise GenforgeError(f"cross_entropy expects logits (N, C), got shape {logits.shape}")
    if t.shape != (logits.shape[0],):
        raise GenforgeError(
            f"targets must have shape ({logits.shape[0]},) to match logits {logits.shape}, "
            f"got {t.shape}"
        )
    t = t.astype(np.int64)
    keep = t != ignore_index
    C = logits.shape[1]
    if np.any((t[keep] < 0) | (t[keep] >= C)):
        raise GenforgeError(f"targets must be class ids in [0, {C}) or ignore_index")
    if reduction not in ("mean", "sum", "none"):
        raise GenforgeError(f"reduction must be 'mean', 'sum' or 'none', got {reduction!r}")
    logp = log_softmax(logits, axis=1)
    rows = np.nonzero(keep)[0]
    picked = -getitem(logp, (rows, t[rows]))  # (n_kept,)
    if reduction == "sum":
        return sum(picked)
    if reduction == "mean":
        # With every row ignored the mean is 0/0; PyTorch returns nan, and so do we.
        with np.errstate(invalid="ignore"):
            return sum(picked) / float(rows.size)
    full = np.zeros(logits.shape[0])
    return _scatter_rows(picked, rows, full)


def _scatter_rows(values: Tensor, rows: np.ndarray, base: np.ndarray) -> Tensor:
    out = base.copy()
    out[rows] = values.data
    return _make(out, (values,), lambda g: (g[rows],), "scatter_rows")


def dropout_mask(shape: tuple[int, ...], p: float, rng: np.random.Generator) -> np.ndarray:
    """Inverted-dropout multiplier: 0 with probability p, else 1/(1-p), so E[mask] = 1."""
    if not 0.0 <= p < 1.0:
        raise GenforgeError(f"dropout probability must be in [0, 1), got {p}")
    return (rng.random(shape) >= p) / (1.0 - p)


__all__ = [
    "Tensor",
    "abs",
    "add",
    "clip",
    "concatenate",
    "cross_entropy",
    "div",
    "dropout_mask",
    "exp",
    "gelu",
    "getitem",
    "is_grad_enabled",
    "log",
    "log_softmax",
    "logsumexp",
    "matmul",
    "max",
    "maximum",
    "mean",
    "min",
    "mul",
    "neg",
    "no_grad",
    "pow",
    "relu",
    "reshape",
    "sigmoid",
    "softmax",
    "sqrt",
    "squeeze",
    "stack",
    "sub",
    "sum",
    "swapaxes",
    "tanh",
    "tensor",
    "transpose",
    "unsqueeze",
    "var",
    "where",
]
