"""Distillation figures: a small student with KD vs the same student without, held-out bpb.

Teacher: the cached fixed-step ``small`` stdlib base of ``pt_sft.py`` (1.05 M parameters,
``$GENFORGE_CACHE``). Student: the ``tiny`` preset (0.23 M) with the teacher's tokenizer,
trained twice from the same initialization on the same stdlib batches for the same number
of steps — once with
``alpha * T^2 * KL + (1 - alpha) * CE`` against the teacher's logits (computed on the fly),
once with CE only — and both scored on held-out stdlib documents in bits per byte.

    .venv/bin/python benchmarks/pt_distill.py [--budget 120]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))


def _row(figure: str, value: Any, baseline: Any, target: Any, met: Any) -> dict[str, Any]:
    return {"method": "distill", "figure": figure, "value": value, "baseline": baseline,
            "target": target, "met": met}  # fmt: skip


def run(budget_s: float) -> list[dict[str, Any]]:
    """KD and no-KD students, each for about ``budget_s / 2`` s of steps; the figure rows."""
    import tempfile

    import torch

    from genforge.tune.distill import DistillConfig, run_distill
    from pt_sft import fixed_base_model_dir

    torch.set_num_threads(1)
    # The budget-sized demo base is itself `tiny` for short budgets: a teacher no larger
    # than its student is not distillation, so the teacher is the fixed `small` base.
    teacher = fixed_base_model_dir()
    steps = max(40, int(budget_s))
    with tempfile.TemporaryDirectory(prefix="pt_distill-") as tmp:
        f = run_distill(
            DistillConfig(teacher=str(teacher), student_preset="tiny", data="stdlib",
                          out=str(Path(tmp) / "student"), max_steps=steps, batch_size=16,
                          seq_len=128, alpha=0.9, temperature=1.0, lr=1e-2,
                          max_bytes=3_000_000)
        )  # fmt: skip
    return [
        _row("student held-out bits per byte (KD vs no KD)", round(f["kd_bpb"], 4),
             round(f["baseline_bpb"], 4), "< no-KD student", f["kd_bpb"] < f["baseline_bpb"]),
        _row("teacher held-out bits per byte", round(f["teacher_bpb"], 4), None, None, None),
        _row("params teacher -> student / steps each",
             f"{f['teacher_params']:,} -> {f['student_params']:,} / {f['steps']}",
             None, None, None),
    ]  # fmt: skip


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--budget", type=float, default=120.0, help="seconds per student (120)")
    args = ap.parse_args()
    t0 = time.perf_counter()
    for row in run(args.budget):
        print(json.dumps(row, sort_keys=True, default=str))
    print(f"pt_distill: {time.perf_counter() - t0:.0f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
