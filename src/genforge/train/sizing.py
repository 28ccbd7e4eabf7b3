"""Auto-size decisions as pure functions of measurements, so they are testable on any machine.

``train/pretrain.py`` measures each candidate model's training tokens/s on the device (at the
micro-batch the run will use) and asks :func:`pick_size` which to train; on a GPU it first asks
:func:`gpu_micro_batch` how many sequences a step should hold. Nothing here touches a device.

The rule: a run of ``T`` seconds trains a candidate of N parameters on
``D = tokens/s × T`` tokens, capped at ``MAX_EPOCHS`` passes over the training data (beyond
about four epochs repeated tokens are worth much less than fresh ones: Muennighoff et al.
2023, "Scaling Data-Constrained Language Models"). The candidate whose fitted scaling law
``L(N, D)`` (train/scaling_law.py) predicts the lowest loss wins. Larger candidates have
more N but fewer D, so the predicted loss is U-shaped over a ladder of sizes; on a GPU,
where a small model is launch-bound (its tokens/s barely exceeds a larger model's), the
larger model wins, as it should.
"""

from __future__ import annotations

from dataclasses import dataclass

from genforge.errors import GenforgeError
from genforge.train.scaling_law import ScalingLaw

MAX_EPOCHS = 4.0
# On a GPU an auto-sized run uses this context (when the user kept the CPU default) and
# about this many tokens per optimizer step: enough rows to fill the device's matmuls
# (MFU collapses below ~16k tokens a step for 20-100M models), few enough that a 90 s run
# still takes ~1,000 steps.
GPU_SEQ_LEN = 512
GPU_TOKENS_PER_STEP = 65536
# Share of the device's free memory the estimated training peak may use.
GPU_MEMORY_SHARE = 0.7


@dataclass
class Candidate:
    """A measured candidate: ``n`` in the law's sense (matmul weights), tokens/s measured."""

    name: str
    n: float
    tokens_per_s: float
    micro_batch: int = 0


def train_tokens(
    cand: Candidate, seconds: float, data_tokens: float | None, max_epochs: float = MAX_EPOCHS
) -> float:
    """Tokens ``cand`` trains on in ``seconds``, capped at ``max_epochs`` of the data."""
    d = cand.tokens_per_s * seconds
    if data_tokens:
        d = min(d, max_epochs * data_tokens)
    return d


def pick_size(
    candidates: list[Candidate],
    seconds: float,
    law: ScalingLaw,
    *,
    data_tokens: float | None = None,
    max_epochs: float = MAX_EPOCHS,
) -> tuple[int, list[float]]:
    """Index of the candidate with the lowest predicted loss, and every prediction."""
    if not candidates:
        raise GenforgeError("auto-size needs at least one candidate")
    losses = [
        law.loss(c.n, max(train_tokens(c, seconds, data_tokens, max_epochs), 1.0))
        for c in candidates
    ]
    return min(range(len(losses)), key=losses.__getitem__), losses


def gpu_micro_batch(
    seq_len: int, max_fitting: int, tokens_per_step: int = GPU_TOKENS_PER_STEP
) -> int:
    """Sequences per micro-batch on a GPU: ``tokens_per_step / seq_len`` rounded down to a
    power of two, at most ``max_fitting`` (the largest the memory estimate allows), >= 1."""
    want = max(1, tokens_per_step // seq_len)
    batch = 1 << (want.bit_length() - 1)
    if max_fitting >= 1:
        batch = min(batch, max_fitting)
    return max(1, batch)
