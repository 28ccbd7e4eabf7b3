"""genforge.scratch.autograd against torch.autograd and central finite differences."""

from __future__ import annotations

import numpy as np
import pytest
import torch

from genforge.errors import GenforgeError
from genforge.scratch import autograd as ag
from genforge.scratch.autograd import Tensor

pytestmark = pytest.mark.usefixtures("torch_float64_default")


def _pair(data: np.ndarray):
    return Tensor(data, requires_grad=True), torch.tensor(data, requires_grad=True)


def _close(ours: np.ndarray, ref: torch.Tensor, what: str, rtol=1e-10, atol=1e-11):
    ref_np = ref.detach().numpy()
    assert ours.shape == ref_np.shape, f"{what}: shape {ours.shape} vs torch {ref_np.shape}"
    np.testing.assert_allclose(ours, ref_np, rtol=rtol, atol=atol, err_msg=what)


# --------------------------------------------------------------------------- random graphs
#
# The generator keeps a pool of (ours, torch) node pairs built from the same numbers. Each
# step draws an op and operands from the pool, applies the op on both sides and adds the
# result back, so later ops consume earlier results (shared sub-expressions, several paths
# into one leaf). At the end a random weighted sum of every pool node is the loss, which
# sends gradient through every path; leaf gradients must agree with torch's.

MAX_SIZE = 120


class Graph:
    def __init__(self, seed: int) -> None:
        self.rng = np.random.default_rng(seed)
        self.leaves: list[tuple[Tensor, torch.Tensor]] = []
        self.pool: list[tuple[Tensor, torch.Tensor, str]] = []
        self.log: list[str] = []

    def leaf(self, shape: tuple[int, ...]):
        data = self.rng.standard_normal(shape)
        a, t = _pair(data)
        self.leaves.append((a, t))
        return a, t

    def add(self, a, t, what):
        assert a.shape == tuple(t.shape), f"{what}: {a.shape} vs {tuple(t.shape)}"
        _close(a.data, t, f"forward {what} | {' -> '.join(self.log)}")
        self.pool.append((a, t, what))
        self.log.append(what)

    def random_shape(self) -> tuple[int, ...]:
        ndim = int(self.rng.integers(1, 4))
        return tuple(int(d) for d in self.rng.integers(1, 5, size=ndim))

    def broadcast_partner(self, shape):
        """A shape that broadcasts against ``shape`` (some dims dropped or set to 1)."""
        dims = list(shape)
        drop = int(self.rng.integers(0, len(dims) + 1))
        dims = dims[drop:]
        dims = [1 if self.rng.random() < 0.4 else d for d in dims]
        return tuple(dims)


def _unary_ops():
    # Each entry: (name, ours, torch). Inputs are first squashed where a domain matters.
    return [
        ("tanh", ag.tanh, torch.tanh),
        ("sigmoid", ag.sigmoid, torch.sigmoid),
        ("relu", ag.relu, torch.relu),
        ("abs", ag.abs, torch.abs),
        ("neg", lambda x: -x, lambda x: -x),
        ("exp(tanh)", lambda x: ag.exp(ag.tanh(x)), lambda x: torch.exp(torch.tanh(x))),
        ("log(x^2+1)", lambda x: ag.log(x * x + 1.0), lambda x: torch.log(x * x + 1.0)),
        ("sqrt(x^2+.5)", lambda x: ag.sqrt(x * x + 0.5), lambda x: torch.sqrt(x * x + 0.5)),
        ("pow1.5", lambda x: (x * x + 1.0) ** 1.5, lambda x: (x * x + 1.0) ** 1.5),
        ("pow3", lambda x: x**3, lambda x: x**3),
        ("gelu", ag.gelu, torch.nn.functional.gelu),
        (
            "gelu_tanh",
            lambda x: ag.gelu(x, approximate="tanh"),
            lambda x: torch.nn.functional.gelu(x, approximate="tanh"),
        ),
        ("clip", lambda x: ag.clip(x, -0.5, 0.7), lambda x: torch.clamp(x, -0.5, 0.7)),
        ("scale", lambda x: 2.5 * x - 1.0, lambda x: 2.5 * x - 1.0),
        ("rdiv", lambda x: 1.0 / (x * x + 1.0), lambda x: 1.0 / (x * x + 1.0)),
    ]


def step(g: Graph) -> None:
    rng = g.rng
    a, t, _ = g.pool[int(rng.integers(len(g.pool)))]
    kind = rng.choice(
        ["unary", "binary", "reduce", "shape", "index", "matmul", "softmax", "join", "ce"],
        p=[0.2, 0.2, 0.12, 0.1, 0.12, 0.1, 0.08, 0.05, 0.03],
    )
    if kind == "unary":
        name, f, tf = _unary_ops()[int(rng.integers(len(_unary_ops())))]
        g.add(f(a), tf(t), name)
    elif kind == "binary":
        # Partner: an existing node that broadcasts with a, or a fresh leaf that does.
        partners = [
            (b, u)
            for b, u, _ in g.pool
            if _broadcasts(a.shape, b.shape)
            and np.prod(np.broadcast_shapes(a.shape, b.shape)) <= MAX_SIZE
        ]
        if partners and rng.random() < 0.6:
            b, u = partners[int(rng.integers(len(partners)))]
        else:
            b, u = g.leaf(g.broadcast_partner(a.shape))
        if rng.random() < 0.5:
            a, b, t, u = b, a, u, t
        op = rng.choice(["add", "sub", "mul", "div", "maximum", "pow"])
        if op == "add":
            g.add(a + b, t + u, "add")
        elif op == "sub":
            g.add(a - b, t - u, "sub")
        elif op == "mul":
            g.add(a * b, t * u, "mul")
        elif op == "div":
            g.add(a / (b * b + 0.5), t / (u * u + 0.5), "div")
        elif op == "maximum":
            g.add(ag.maximum(a, b), torch.maximum(t, u), "maximum")
        else:
            g.add((a * a + 0.5) ** ag.tanh(b), (t * t + 0.5) ** torch.tanh(u), "pow(t, t)")
    elif kind == "reduce":
        if a.ndim == 0:
            return
        op = rng.choice(["sum", "mean", "max", "min", "var"])
        keepdims = bool(rng.random() < 0.5)
        if rng.random() < 0.25:
            axis = None
        else:
            n_ax = int(rng.integers(1, a.ndim + 1))
            axis = tuple(int(x) for x in rng.choice(a.ndim, size=n_ax, replace=False))
        tdim = tuple(range(a.ndim)) if axis is None else axis
        if op == "sum":
            g.add(a.sum(axis, keepdims), t.sum(dim=tdim, keepdim=keepdims), f"sum{axis}")
        elif op == "mean":
            g.add(a.mean(axis, keepdims), t.mean(dim=tdim, keepdim=keepdims), f"mean{axis}")
        elif op == "max":
            g.add(a.max(axis, keepdims), torch.amax(t, dim=tdim, keepdim=keepdims), f"max{axis}")
        elif op == "min":
            g.add(a.min(axis, keepdims), torch.amin(t, dim=tdim, keepdim=keepdims), f"min{axis}")
        else:
            count = int(np.prod([a.shape[i] for i in tdim]))
            if count < 2:
                return
            g.add(
                a.var(axis, keepdims, ddof=1),
                torch.var(t, dim=tdim, keepdim=keepdims, correction=1),
                f"var{axis}",
            )
    elif kind == "shape":
        op = rng.choice(["reshape", "transpose", "unsqueeze"])
        if op == "reshape":
            shape = _random_reshape(rng, a.size)
            g.add(a.reshape(shape), t.reshape(shape), f"reshape{shape}")
        elif op == "transpose" and a.ndim:
            perm = tuple(int(x) for x in rng.permutation(a.ndim))
            g.add(a.permute(*perm), t.permute(*perm), f"permute{perm}")
        elif a.ndim < 4:
            ax = int(rng.integers(0, a.ndim + 1))
            g.add(ag.unsqueeze(a, ax), t.unsqueeze(ax), f"unsqueeze{ax}")
    elif kind == "index":
        if a.ndim == 0:
            return
        n0 = a.shape[0]
        form = rng.choice(["int", "slice", "fancy", "bool", "tuple"])
        if form == "int":
            i = int(rng.integers(-n0, n0))
            g.add(a[i], t[i], f"[{i}]")
        elif form == "slice":
            lo = int(rng.integers(0, n0))
            g.add(a[lo::2], t[lo::2], f"[{lo}::2]")
        elif form == "fancy":
            # Repeated indices: their gradients must add up (scatter-add).
            idx = rng.integers(0, n0, size=int(rng.integers(1, 6)))
            g.add(a[idx], t[torch.as_tensor(idx)], f"[{idx.tolist()}]")
        elif form == "bool":
            mask = rng.random(a.shape) < 0.6
            if not mask.any():
                return
            g.add(a[mask], t[torch.as_tensor(mask)], "[mask]")
        elif a.ndim >= 2:
            rows = rng.integers(0, n0, size=3)
            cols = rng.integers(0, a.shape[1], size=3)
            g.add(a[rows, cols], t[torch.as_tensor(rows), torch.as_tensor(cols)], "[rows, cols]")
    elif kind == "matmul":
        k = a.shape[-1] if a.ndim else None
        if k is None:
            return
        m = int(rng.integers(1, 5))
        if a.ndim == 1 or rng.random() < 0.3:
            b, u = g.leaf((k,) if a.ndim > 1 and rng.random() < 0.5 else (k, m))
        else:
            # Batched: the partner may carry its own (broadcast) batch dims.
            batch = g.broadcast_partner(a.shape[:-2]) if a.ndim > 2 else ()
            b, u = g.leaf((*batch, k, m))
        out = a @ b
        if out.size > MAX_SIZE:
            return
        g.add(out, t @ u, f"matmul{a.shape}@{b.shape}")
    elif kind == "softmax":
        if a.ndim == 0:
            return
        ax = int(rng.integers(-a.ndim, a.ndim))
        op = rng.choice(["softmax", "log_softmax", "logsumexp"])
        if op == "softmax":
            g.add(ag.softmax(a, ax), torch.softmax(t, ax), f"softmax{ax}")
        elif op == "log_softmax":
            g.add(ag.log_softmax(a, ax), torch.log_softmax(t, ax), f"log_softmax{ax}")
        else:
            g.add(ag.logsumexp(a, ax), torch.logsumexp(t, ax), f"logsumexp{ax}")
    elif kind == "join":
        if a.ndim == 0 or 2 * a.size > MAX_SIZE:
            return
        ax = int(rng.integers(0, a.ndim))
        shape = list(a.shape)
        shape[ax] = int(rng.integers(1, 4))
        b, u = g.leaf(tuple(shape))
        if rng.random() < 0.5:
            g.add(ag.concatenate([a, b, a], axis=ax), torch.cat([t, u, t], dim=ax), f"cat{ax}")
        else:
            g.add(ag.stack([a, a * 2.0], axis=ax), torch.stack([t, t * 2.0], dim=ax), f"stack{ax}")
    elif kind == "ce":
        if a.ndim != 2:
            return
        n, c = a.shape
        targets = rng.integers(0, c, size=n)
        targets[rng.random(n) < 0.3] = -100
        if (targets == -100).all():
            targets[0] = 0
        reduction = rng.choice(["mean", "sum", "none"])
        g.add(
            ag.cross_entropy(a, targets, reduction=reduction),
            torch.nn.functional.cross_entropy(
                t, torch.as_tensor(targets), ignore_index=-100, reduction=reduction
            ),
            f"cross_entropy[{reduction}]",
        )


def _broadcasts(s1, s2) -> bool:
    try:
        np.broadcast_shapes(s1, s2)
    except ValueError:
        return False
    return True


def _random_reshape(rng, size: int) -> tuple[int, ...]:
    factors = [d for d in range(1, size + 1) if size % d == 0]
    first = int(rng.choice(factors))
    rest = size // first
    return (first, rest) if rng.random() < 0.7 else (rest, first, 1)


@pytest.mark.parametrize("seed", range(100))
def test_random_expression_graph_matches_torch(seed: int) -> None:
    g = Graph(seed)
    for _ in range(int(g.rng.integers(1, 3))):
        a, t = g.leaf(g.random_shape())
        g.add(a, t, "leaf")
    for _ in range(int(g.rng.integers(4, 12))):
        step(g)
    loss_ours = Tensor(0.0)
    loss_torch = torch.tensor(0.0)
    for a, t, _ in g.pool:
        w = g.rng.standard_normal(a.shape)
        loss_ours = loss_ours + (a * w).sum()
        loss_torch = loss_torch + (t * torch.as_tensor(w)).sum()
    _close(loss_ours.data, loss_torch, "loss")
    loss_ours.backward()
    loss_torch.backward()
    for i, (a, t) in enumerate(g.leaves):
        if t.grad is None:  # a leaf drawn for an op that was then skipped
            assert a.grad is None
            continue
        _close(a.grad, t.grad, f"grad of leaf {i} | ops: {' -> '.join(g.log)}")


# --------------------------------------------------------------------------- finite differences


def _numeric_grad(f, x: np.ndarray, h: float = 1e-6) -> np.ndarray:
    grad = np.zeros_like(x)
    for i in np.ndindex(x.shape):
        old = x[i]
        x[i] = old + h
        up = f(x)
        x[i] = old - h
        down = f(x)
        x[i] = old
        grad[i] = (up - down) / (2 * h)
    return grad


FD_CASES = {
    "softmax-weighted": lambda x: (ag.softmax(x, axis=1) * np.arange(12.0).reshape(3, 4)).sum(),
    "log_softmax": lambda x: (ag.log_softmax(x, axis=0) ** 2).sum(),
    "cross_entropy": lambda x: ag.cross_entropy(x, np.array([1, -100, 3])),
    "matmul-chain": lambda x: ag.tanh(x @ x.T @ x).sum(),
    "gelu": lambda x: ag.gelu(x).sum() + ag.gelu(x, approximate="tanh").mean(),
    "var-norm": lambda x: (
        (x - x.mean(1, keepdims=True)) / ag.sqrt(x.var(1, keepdims=True) + 1e-5)
    ).max(),
    "fancy-repeat": lambda x: (x[[0, 0, 2], 1:] ** 2).sum() + x[x.data > 0].sum(),
    "concat-stack": lambda x: (
        (ag.concatenate([x, x * x], 1) @ np.ones(8)).sum() + ag.stack([x, x], 0).mean()
    ),
    "sigmoid-log": lambda x: ag.log(ag.sigmoid(x) + 0.1).sum(),
    "logsumexp": lambda x: ag.logsumexp(x * 3.0, axis=1).sum(),
}


@pytest.mark.parametrize("name", sorted(FD_CASES))
def test_gradients_match_central_differences(name: str) -> None:
    f = FD_CASES[name]
    rng = np.random.default_rng(abs(hash(name)) % 2**32)
    x0 = rng.standard_normal((3, 4))
    x = Tensor(x0.copy(), requires_grad=True)
    f(x).backward()
    numeric = _numeric_grad(lambda v: f(Tensor(v)).item(), x0.copy())
    np.testing.assert_allclose(x.grad, numeric, rtol=1e-6, atol=1e-7)


# --------------------------------------------------------------------------- semantics


def test_gradients_accumulate_across_backward_calls() -> None:
    x = Tensor([1.0, 2.0, 3.0], requires_grad=True)
    (x * x).sum().backward()
    (3.0 * x).sum().backward()
    np.testing.assert_allclose(x.grad, 2 * x.data + 3.0)
    x.grad = None
    x.sum().backward()
    np.testing.assert_allclose(x.grad, np.ones(3))


def test_shared_subexpression_gets_gradient_from_every_path() -> None:
    x = Tensor(2.0, requires_grad=True)
    y = x * x  # used three times below
    z = y * y + y + ag.exp(y) * 0.0
    z.backward()
    # dz/dx = (2y + 1) * 2x = (8 + 1) * 4
    assert x.grad == pytest.approx(36.0)


def test_no_grad_records_nothing_and_detach_cuts_history() -> None:
    x = Tensor(np.ones(3), requires_grad=True)
    with ag.no_grad():
        y = x * 2.0
    assert not y.requires_grad and y.is_leaf
    assert ag.is_grad_enabled()
    z = (x.detach() * x).sum()
    z.backward()
    np.testing.assert_allclose(x.grad, np.ones(3))  # only the non-detached factor counts


def test_deep_chain_does_not_hit_recursion_limit() -> None:
    x = Tensor(0.5, requires_grad=True)
    y = x
    for _ in range(5000):
        y = y * 1.0001
    y.backward()
    assert x.grad == pytest.approx(1.0001**5000)


def test_softmax_is_stable_for_huge_logits() -> None:
    x = Tensor([[1000.0, 0.0, -1000.0]], requires_grad=True)
    p = ag.softmax(x)
    lp = ag.log_softmax(x)
    assert np.isfinite(p.data).all() and np.isfinite(lp.data).all()
    ag.cross_entropy(x, [2]).backward()
    assert np.isfinite(x.grad).all()
    np.testing.assert_allclose(x.grad, [[1.0, 0.0, -1.0]], atol=1e-12)


def test_max_ties_split_gradient_like_torch_amax() -> None:
    data = np.array([[1.0, 3.0, 3.0], [2.0, 2.0, 2.0]])
    x, t = _pair(data)
    x.max(axis=1).sum().backward()
    torch.amax(t, dim=1).sum().backward()
    _close(x.grad, t.grad, "amax ties")


def test_bad_inputs_raise_clear_errors() -> None:
    x = Tensor(np.ones((2, 3)), requires_grad=True)
    with pytest.raises(GenforgeError, match="scalar"):
        (x * 2).backward()
    with pytest.raises(GenforgeError, match="do not align"):
        x @ Tensor(np.ones((2, 2)))
    with pytest.raises(GenforgeError, match="targets must have shape"):
        ag.cross_entropy(x, [0, 1, 2])
    with pytest.raises(GenforgeError, match="class ids"):
        ag.cross_entropy(x, [0, 3])
    with pytest.raises(GenforgeError, match="does not require grad"):
        Tensor(1.0).backward()
    with pytest.raises(GenforgeError, match="axis 2 is out of range"):
        x.sum(axis=2)


def test_pow_gradients_at_zero_base_match_torch():
    base = np.array([0.0, 0.5, 2.0])
    expo = np.array([2.0, 0.5, 3.0])
    b, tb = _pair(base)
    e, te = _pair(expo)
    (b**e).sum().backward()
    (tb**te).sum().backward()
    _close(b.grad, tb.grad, "d/d base")
    _close(e.grad, te.grad, "d/d exponent")
