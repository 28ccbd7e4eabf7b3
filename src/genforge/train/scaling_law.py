"""Scaling laws: fit ``L(N, D) = E + A/N^alpha + B/D^beta`` and IsoFLOP parabolas; predict.

Pure math on (N, D, C, loss) rows, no I/O: ``eval/scaling.py`` runs the sweep that produces
the rows, auto-size (train/pretrain.py) reads the fitted law to split a compute budget
between parameters and tokens.

- ``N``: the parameters the training FLOPs count (``GPT.flops_per_token`` = 6·N + attention:
  every matmul weight, the LM head included, embeddings tables excluded), ``D``: training
  tokens, ``C``: training FLOPs (``flops_per_token × D``), ``loss``: validation nats/token.
- :func:`fit_law` is Hoffmann et al.'s (2022) third approach: minimize the Huber loss
  (delta 1e-3) between ``log L̂`` and ``log L`` over
  ``log L̂ = LSE(a - alpha·log N, b - beta·log D, e)`` with ``A = e^a, B = e^b, E = e^e``,
  by L-BFGS from a grid of starting points, keeping the best.
- :func:`fit_isoflop` is their second approach: for each compute budget, a parabola of loss
  against ``log N``; its vertex is that budget's compute-optimal size; ``N_opt = k·C^s``
  is then fitted through the vertices in log space.
"""

from __future__ import annotations

import itertools
import math
from dataclasses import asdict, dataclass
from typing import Any

import numpy as np
import torch

from genforge.errors import GenforgeError

HUBER_DELTA = 1e-3


@dataclass
class ScalingLaw:
    """``L(N, D) = E + A / N**alpha + B / D**beta`` (nats/token)."""

    E: float
    A: float
    alpha: float
    B: float
    beta: float
    huber: float = 0.0  # the fit's objective at the optimum (mean over runs)
    runs: int = 0  # rows the law was fitted on
    source: str = ""  # how it was made (command, data, date)

    def loss(self, n: float, d: float) -> float:
        """Predicted validation loss of N parameters trained on D tokens."""
        return self.E + self.A / n**self.alpha + self.B / d**self.beta

    def optimal_n(self, compute: float, flops_per_param_token: float = 6.0) -> float:
        """Parameters minimizing the loss at ``compute`` FLOPs, where ``C = k·N·D``.

        Setting dL/dN = 0 along ``D = C/(kN)`` gives
        ``N* = G·(C/k)^(beta/(alpha+beta))`` with ``G = (alpha·A / (beta·B))^(1/(alpha+beta))``.
        """
        a, b = self.alpha, self.beta
        g = (a * self.A / (b * self.B)) ** (1 / (a + b))
        return g * (compute / flops_per_param_token) ** (b / (a + b))

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ScalingLaw:
        try:
            return cls(**data)
        except TypeError as e:
            raise GenforgeError(
                f"not a scaling-law fit ({e}); refit with genforge scaling fit"
            ) from e


def _rows(runs: list[dict[str, Any]]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    if len(runs) < 5:
        raise GenforgeError(f"a scaling-law fit needs at least 5 runs, got {len(runs)}")
    n = np.array([r["n"] for r in runs], dtype=np.float64)
    d = np.array([r["d"] for r in runs], dtype=np.float64)
    loss = np.array([r["loss"] for r in runs], dtype=np.float64)
    if not (np.all(n > 0) and np.all(d > 0) and np.all(loss > 0) and np.isfinite(loss).all()):
        raise GenforgeError("scaling runs need positive n, d and a finite positive loss")
    return n, d, loss


def _minimize(objective, start: torch.Tensor) -> torch.Tensor:
    """L-BFGS (strong Wolfe line search) from ``start``; the parameters it ends at."""
    p = start.clone().requires_grad_(True)
    opt = torch.optim.LBFGS([p], lr=1.0, max_iter=100, line_search_fn="strong_wolfe")

    def closure() -> torch.Tensor:
        opt.zero_grad()
        value = objective(p)
        value.backward()
        return value

    opt.step(closure)
    return p.detach()


def fit_law(runs: list[dict[str, Any]], *, source: str = "") -> ScalingLaw:
    """Fit :class:`ScalingLaw` to rows ``{"n", "d", "loss"}`` (approach 3; module docstring)."""
    n, d, loss = _rows(runs)
    log_n = torch.tensor(np.log(n))
    log_d = torch.tensor(np.log(d))
    log_l = torch.tensor(np.log(loss))

    def objective(p: torch.Tensor) -> torch.Tensor:
        a, b, e, alpha, beta = p
        pred = torch.logsumexp(
            torch.stack([a - alpha * log_n, b - beta * log_d, e.expand_as(log_n)]), dim=0
        )
        return torch.nn.functional.huber_loss(pred, log_l, delta=HUBER_DELTA, reduction="sum")

    # Hoffmann et al.'s grid of initial points, thinned: the objective has local minima.
    grid = itertools.product(
        (0.0, 6.0, 12.0), (0.0, 6.0, 12.0), (-1.0, 0.5), (0.2, 0.6), (0.2, 0.6)
    )
    best, best_val = None, math.inf
    for start in grid:
        p = _minimize(objective, torch.tensor(start, dtype=torch.float64))
        value = float(objective(p))
        if math.isfinite(value) and value < best_val and float(p[3]) > 0 and float(p[4]) > 0:
            best, best_val = p.clone(), value
    if best is None:
        raise GenforgeError("the scaling-law fit did not converge; add runs of more sizes")
    a, b, e, alpha, beta = (float(x) for x in best)
    return ScalingLaw(
        E=math.exp(e),
        A=math.exp(a),
        alpha=alpha,
        B=math.exp(b),
        beta=beta,
        huber=best_val / len(runs),
        runs=len(runs),
        source=source,
    )


def fit_isoflop(runs: list[dict[str, Any]]) -> dict[str, Any]:
    """Approach 2: per compute budget (rows grouped by ``"budget"``), a parabola of loss
    against log N; ``N_opt = k·C^s`` through the vertices. Budgets with fewer than three
    sizes, or whose parabola opens downwards, are skipped (and listed)."""
    groups: dict[Any, list[dict[str, Any]]] = {}
    for r in runs:
        groups.setdefault(r["budget"], []).append(r)
    vertices, skipped = [], []
    for budget, rows in sorted(groups.items(), key=lambda kv: float(kv[0])):
        if len({r["n"] for r in rows}) < 3:
            skipped.append(budget)
            continue
        x = np.log([r["n"] for r in rows])
        y = np.array([r["loss"] for r in rows])
        c2, c1, c0 = np.polyfit(x, y, 2)
        if c2 <= 0:
            skipped.append(budget)
            continue
        x_min = -c1 / (2 * c2)
        compute = float(np.mean([r["c"] for r in rows]))
        vertices.append(
            {
                "budget": budget,
                "c": compute,
                "n_opt": float(math.exp(x_min)),
                "loss_min": float(c0 - c1 * c1 / (4 * c2)),
                "parabola": [float(c2), float(c1), float(c0)],
            }
        )
    result: dict[str, Any] = {"vertices": vertices, "skipped": skipped}
    if len(vertices) >= 2:
        slope, intercept = np.polyfit(
            np.log([v["c"] for v in vertices]), np.log([v["n_opt"] for v in vertices]), 1
        )
        result["n_opt_exponent"] = float(slope)
        result["n_opt_coefficient"] = float(math.exp(intercept))
    return result


# Measured on this project's 2-core CPU machine: 9 runs, 1x16..3x96 at 2e11 and 6e11 FLOPs on
# the Python standard library (vocab 2048, context 128, 16 rows a step, Muon), 14 CPU-minutes
# on a loaded machine; docs/scaling.md has the plots and the held-out check. Refit on your
# data with `genforge scaling sweep --out S && genforge scaling fit --sweep S`, then pass
# scaling_law=S/fit.json to pretrain.
DEFAULT_LAW = ScalingLaw(
    E=1.6017,
    A=288.91,
    alpha=0.48735,
    B=275.40,
    beta=0.38336,
    runs=9,
    source="genforge scaling sweep --out S --shapes 1x16,1x32,2x48,2x64,3x96 "
    "--budgets 2e11,6e11 && genforge scaling fit --sweep S",
)


def load_law(path: str | None) -> ScalingLaw:
    """A fitted law: ``path`` is a ``fit.json`` or a sweep dir holding one; None = the default."""
    from pathlib import Path

    from genforge.io import read_json

    if path is None:
        return DEFAULT_LAW
    p = Path(path).expanduser()
    data = read_json(p / "fit.json" if p.is_dir() else p, "scaling-law fit")
    if isinstance(data, dict) and isinstance(data.get("law"), dict):
        data = data["law"]
    if not isinstance(data, dict):
        raise GenforgeError(f"{path} is not a scaling-law fit; make one with genforge scaling fit")
    return ScalingLaw.from_dict(data)
