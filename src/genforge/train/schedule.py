"""Learning-rate schedules as pure functions of training progress.

Progress is a number in [0, 1]: ``step / max_steps`` for a step-limited run, or
``elapsed / time_budget`` for a time-limited one, so the decay always lands where the run
ends whichever limit is used. Warmup is counted in optimizer steps because its job (letting
Adam's second-moment estimates settle) depends on the number of updates, not on time.
"""

from __future__ import annotations

import math
from typing import Literal

from genforge.errors import GenforgeError

ScheduleName = Literal["cosine", "wsd", "constant"]
SCHEDULES = ("cosine", "wsd", "constant")


def lr_factor(
    step: int,
    progress: float,
    *,
    schedule: str = "cosine",
    warmup_steps: int = 0,
    min_lr_ratio: float = 0.1,
    decay_fraction: float = 0.2,
) -> float:
    """Multiplier in (0, 1] applied to the peak learning rate at optimizer step ``step``.

    ``step`` is 0-based (the step about to be taken); ``progress`` is in [0, 1] (values
    outside are clamped). The factor is ``warmup(step) * decay(progress)`` where
    ``warmup(step) = min(1, (step + 1) / warmup_steps)`` and ``decay`` is:

    - ``cosine``: ``r + (1 - r) * (1 + cos(pi * progress)) / 2`` with ``r = min_lr_ratio``;
    - ``wsd`` (warmup-stable-decay): 1 until ``progress = 1 - decay_fraction``, then linear
      down to ``r`` at ``progress = 1``;
    - ``constant``: 1.
    """
    if schedule not in SCHEDULES:
        raise GenforgeError(f"schedule must be one of {list(SCHEDULES)}, got {schedule!r}")
    if not 0.0 <= min_lr_ratio <= 1.0:
        raise GenforgeError(f"min_lr_ratio must be in [0, 1], got {min_lr_ratio}")
    if not 0.0 < decay_fraction <= 1.0:
        raise GenforgeError(f"decay_fraction must be in (0, 1], got {decay_fraction}")
    p = min(max(float(progress), 0.0), 1.0)
    warm = 1.0 if warmup_steps <= 0 else min(1.0, (step + 1) / warmup_steps)
    r = min_lr_ratio
    if schedule == "cosine":
        decay = r + (1.0 - r) * 0.5 * (1.0 + math.cos(math.pi * p))
    elif schedule == "wsd":
        start = 1.0 - decay_fraction
        decay = 1.0 if p <= start else 1.0 - (1.0 - r) * (p - start) / decay_fraction
    else:
        decay = 1.0
    return warm * decay


def progress_of(
    step: int, elapsed: float, *, max_steps: int | None, time_budget: float | None
) -> float:
    """Training progress in [0, 1]: by time when a budget is set, else by steps.

    With both limits set the run stops at whichever comes first, so progress is the larger
    of the two fractions.
    """
    fractions = []
    if time_budget is not None and time_budget > 0:
        fractions.append(elapsed / time_budget)
    if max_steps is not None and max_steps > 0:
        fractions.append(step / max_steps)
    if not fractions:
        raise GenforgeError("set max_steps or time_budget so the run knows when to stop")
    return min(max(fractions), 1.0)
