"""Epochs for the fine-tuning stages (SFT, DPO, reward models, distillation).

These stages run on data that is often small: a time budget then means many passes over
the same examples (19 conversations for 60 s was ~2,800 epochs in a user's trial, train
loss 4e-8). ``epochs`` turns into a step limit, and a hook warns while training once the
passes pile up, naming the count and the fix.
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable
from typing import Any

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


class ShuffledEpochs:
    """Seeded shuffled passes over ``self.examples``, walked by a cursor: the batch sources
    of SFT and the VLM take their examples through it. The state (epoch, cursor, seed)
    resumes a run exactly. A subclass sets ``_salt`` (each stage its own order for a seed)
    and calls :meth:`_start_epochs` once ``self.examples`` is set."""

    _salt = "epochs"
    examples: list[Any]

    def _start_epochs(self, seed: int) -> None:
        self.seed = seed
        self.epoch, self.cursor = 0, 0
        self._order = self._permutation(0)

    def _permutation(self, epoch: int) -> list[int]:
        order = list(range(len(self.examples)))
        random.Random(f"{self._salt}-{self.seed}-{epoch}").shuffle(order)
        return order

    def _next_index(self) -> int:
        """The next example's index, starting the next epoch's order when one ends."""
        if self.cursor >= len(self._order):
            self.epoch, self.cursor = self.epoch + 1, 0
            self._order = self._permutation(self.epoch)
        index = self._order[self.cursor]
        self.cursor += 1
        return index

    def state_dict(self) -> dict[str, Any]:
        return {"epoch": self.epoch, "cursor": self.cursor, "seed": self.seed}

    def load_state_dict(self, state: dict[str, Any]) -> None:
        self.seed = int(state.get("seed", self.seed))
        self.epoch, self.cursor = int(state["epoch"]), int(state["cursor"])
        self._order = self._permutation(self.epoch)
