"""Epochs for the fine-tuning stages (SFT, DPO, reward models, distillation).

These stages run on data that is often small: a time budget then means many passes over
the same examples (19 conversations for 60 s was ~2,800 epochs in a user's trial, train
loss 4e-8). ``epochs`` turns into a step limit, and a hook warns while training once the
passes pile up, naming the count and the fix.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from genforge.errors import GenforgeError

# Passes over the data past which a run is memorising rather than learning the task.
MANY_EPOCHS = 10.0
# Held-out examples below which a rate measured on them is mostly noise (one example is
# 5 points at 20; a 95% interval on a rate near 50% is then still about ±22 points).
MIN_HELDOUT = 20


def check_epochs(epochs: float | None) -> None:
    if epochs is not None and not epochs > 0:
        raise GenforgeError(f"epochs must be > 0 (passes over the training data), got {epochs}")


def epoch_step_limit(
    epochs: float | None, steps_per_epoch: float, max_steps: int | None
) -> int | None:
    """The loop's ``max_steps``: ``epochs`` passes (at least one step), or ``max_steps``
    when that comes first; ``max_steps`` alone without ``epochs``."""
    if epochs is None:
        return max_steps
    limit = max(1, math.ceil(epochs * steps_per_epoch))
    return limit if max_steps is None else min(limit, max_steps)


def many_epochs_warning(
    steps_per_epoch: float, examples: int, what: str, say: Callable[[str], None]
) -> Callable[[int, object], None]:
    """An ``on_step`` hook that warns once, when training passes ``MANY_EPOCHS`` epochs."""
    warned = False

    def on_step(step: int, _model: object) -> None:
        nonlocal warned
        if not warned and step >= MANY_EPOCHS * steps_per_epoch:
            warned = True
            say(
                f"warning: the data is small for this budget: {examples} {what} have now been "
                f"seen {step / steps_per_epoch:.0f} times (epochs) and the model is memorising "
                "them; set epochs=3 (or a shorter --time-budget), or add data"
            )

    return on_step


def heldout_note(n: int, what: str) -> str:
    """How many examples a held-out figure stands on, and whether that is too few."""
    if n >= MIN_HELDOUT:
        return f"held out: {n} {what}"
    return (
        f"held out: {n} {what} — too few for the held-out figures to mean much (under "
        f"{MIN_HELDOUT}); pass a larger held-out file"
    )
