"""Promotion gates: refuse a candidate whose evaluation figures are worse than production's.

A gate file (YAML)::

    tolerance:              # how much worse than the version the alias points at now
      bpb: 0.02             # bpb may rise by at most 0.02 (lower is better)
      template_rate: 0.05   # template_rate may fall by at most 0.05 (higher is better)
    minimum:                # optional floors, checked even when nothing is in production
      template_rate: 0.5
    maximum:                # optional ceilings
      bpb: 4.0

Metric names and directions are :data:`genforge.ops.evalsuite.METRICS`; a name not there is an
error (a typo must not turn a gate off). Figures come from the evaluation reports recorded
with ``genforge registry add --eval``.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Any

import yaml

from genforge.errors import GenforgeError
from genforge.ops.evalsuite import METRICS

SECTIONS = ("tolerance", "minimum", "maximum")


class GateFailed(GenforgeError):
    """A candidate failed one or more gates; ``failures`` lists ``{metric, reason, ...}``."""

    def __init__(self, failures: list[dict[str, Any]]) -> None:
        self.failures = failures
        super().__init__("; ".join(f["reason"] for f in failures))


@dataclass
class Gates:
    tolerance: dict[str, float] = field(default_factory=dict)
    minimum: dict[str, float] = field(default_factory=dict)
    maximum: dict[str, float] = field(default_factory=dict)
    source: str = "gates"

    def failures(
        self, candidate: dict[str, Any] | None, current: dict[str, Any] | None, names=("", "")
    ) -> list[dict[str, Any]]:
        """What fails when ``candidate``'s figures replace ``current``'s (None: nothing in
        production); an empty list means the candidate passes."""
        cand_name, cur_name = names
        out: list[dict[str, Any]] = []
        needed = set(self.tolerance) | set(self.minimum) | set(self.maximum)
        cand = candidate or {}
        for metric in sorted(needed):
            if not isinstance(cand.get(metric), int | float):
                out.append(
                    {
                        "metric": metric,
                        "reason": f"{metric}: {cand_name} has no recorded figure (evaluate it "
                        "with `genforge eval suite --json` and add it with --eval)",
                    }
                )
        have = {m: float(cand[m]) for m in needed if isinstance(cand.get(m), int | float)}
        for metric, floor in self.minimum.items():
            if metric in have and have[metric] < floor:
                out.append(_fail(metric, have[metric], f"below the minimum {floor:g}"))
        for metric, ceiling in self.maximum.items():
            if metric in have and have[metric] > ceiling:
                out.append(_fail(metric, have[metric], f"above the maximum {ceiling:g}"))
        if current is None:
            return out
        for metric, tol in self.tolerance.items():
            if metric not in have:
                continue
            ref = current.get(metric)
            if not isinstance(ref, int | float):
                out.append(
                    {
                        "metric": metric,
                        "reason": f"{metric}: {cur_name} has no recorded figure to compare with",
                    }
                )
                continue
            lower_better = METRICS[metric]["better"] == "lower"
            worse_by = have[metric] - ref if lower_better else ref - have[metric]
            if worse_by > tol:
                word = "higher" if lower_better else "lower"
                out.append(
                    _fail(
                        metric,
                        have[metric],
                        f"{worse_by:.4g} {word} than {cur_name}'s {ref:.4g} (tolerance {tol:g})",
                        reference=ref,
                    )
                )
        return out

    def check(self, candidate: Any, current: Any) -> None:
        """``Registry.promote``'s check: raise GateFailed naming every failing metric."""
        failed = self.failures(
            (candidate.metrics or {}).get("metrics"),
            (current.metrics or {}).get("metrics") if current is not None else None,
            (candidate.ref, current.ref if current is not None else ""),
        )
        if failed:
            raise GateFailed(failed)


def _fail(metric: str, value: float, why: str, **extra: Any) -> dict[str, Any]:
    return {"metric": metric, "value": value, "reason": f"{metric} = {value:.4g}: {why}", **extra}


def load_gates(path: str | os.PathLike) -> Gates:
    """Read and check a gate file (see the module docstring)."""
    try:
        with open(path, encoding="utf-8") as f:
            raw = yaml.safe_load(f)
    except FileNotFoundError:
        raise GenforgeError(f"gate file not found: {path}") from None
    except yaml.YAMLError as e:
        raise GenforgeError(f"gate file {path} is not valid YAML: {e}") from None
    if not isinstance(raw, dict) or not raw:
        raise GenforgeError(f"gate file {path} must be a mapping with {', '.join(SECTIONS)}")
    unknown_sections = sorted(set(raw) - set(SECTIONS))
    if unknown_sections:
        raise GenforgeError(
            f"gate file {path}: unknown section(s) {unknown_sections}; use {', '.join(SECTIONS)}"
        )
    gates = Gates(source=str(path))
    for section in SECTIONS:
        entries = raw.get(section) or {}
        if not isinstance(entries, dict):
            raise GenforgeError(f"gate file {path}: {section} must map metric names to numbers")
        for metric, value in entries.items():
            if metric not in METRICS:
                raise GenforgeError(
                    f"gate file {path}: unknown metric {metric!r} in {section}; the evaluation "
                    f"suite reports {', '.join(sorted(METRICS))}"
                )
            if isinstance(value, bool) or not isinstance(value, int | float):
                raise GenforgeError(f"gate file {path}: {section}.{metric} must be a number")
            if section == "tolerance" and value < 0:
                raise GenforgeError(f"gate file {path}: tolerance.{metric} must be >= 0")
            getattr(gates, section)[metric] = float(value)
    return gates
