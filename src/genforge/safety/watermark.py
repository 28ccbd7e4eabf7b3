"""Green-list watermark (Kirchenbauer et al., 2023, "A Watermark for Large Language Models").

At every step the previous ``context_width`` token ids and a secret key pick a pseudo-random
"green" share ``gamma`` of the vocabulary; ``delta`` is added to the green tokens' logits
before sampling. Text from the watermarked model holds more green tokens than chance; the
detector, which knows the key but not the model, counts them and computes

    z = (green - gamma * T) / sqrt(T * gamma * (1 - gamma))

over the T scored tokens, with the one-sided p-value of a standard normal. Unwatermarked
text has z ~ N(0, 1) whatever model wrote it, so a threshold on z sets the false-positive
rate without any data (z = 4: 3.2e-5).

The green list of a context is a keyed universal hash: ``h(v) = (a * v + b) mod p`` with
``p = 2^31 - 1`` and ``(a, b)`` drawn from SHA-256 of the key and the context ids; token
``v`` is green when ``h(v) < gamma * p``. The processor evaluates it for the whole
vocabulary in one vectorised step; the detector evaluates it for one token at a time.
"""

from __future__ import annotations

import hashlib
import math
import os
import struct
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import torch

from genforge.errors import GenforgeError

_P = (1 << 31) - 1
DEFAULT_Z_THRESHOLD = 4.0  # one-sided p = 3.2e-5


@dataclass(frozen=True)
class WatermarkConfig:
    """The watermark's secret and strength. Generation and detection must share key, gamma
    and context_width; delta only matters when generating."""

    key: str
    gamma: float = 0.25  # share of the vocabulary that is green at each step
    delta: float = 2.0  # added to green logits; larger = easier to detect, more bpb cost
    context_width: int = 1  # previous tokens hashed into the green list

    def validate(self) -> WatermarkConfig:
        if not isinstance(self.key, str) or not self.key:
            raise GenforgeError("watermark key must be a non-empty string; set --watermark-key")
        if not 0.0 < self.gamma < 1.0:
            raise GenforgeError(f"watermark gamma must be in (0, 1), e.g. 0.25; got {self.gamma}")
        if not (math.isfinite(self.delta) and 0.0 <= self.delta <= 20.0):
            raise GenforgeError(f"watermark delta must be in [0, 20], e.g. 2.0; got {self.delta}")
        if not 1 <= self.context_width <= 8:
            raise GenforgeError(
                f"watermark context_width must be 1..8, e.g. 1; got {self.context_width}"
            )
        return self


@lru_cache(maxsize=1 << 16)
def _hash_params(key: str, context: tuple[int, ...]) -> tuple[int, int]:
    digest = hashlib.sha256(
        key.encode("utf-8") + b"\0" + struct.pack(f"<{len(context)}q", *context)
    ).digest()
    a = int.from_bytes(digest[:8], "little") % (_P - 1) + 1
    b = int.from_bytes(digest[8:16], "little") % _P
    return a, b


def is_green(cfg: WatermarkConfig, context: Sequence[int], token: int) -> bool:
    """Whether ``token`` is in the green list that ``context`` (the previous ids) selects."""
    a, b = _hash_params(cfg.key, tuple(int(t) for t in context))
    return (a * int(token) + b) % _P < cfg.gamma * _P


class WatermarkProcessor:
    """A logits processor (``SamplingParams.logits_processors``) adding ``delta`` to the
    green list of the current context. Deterministic in ``(ids, logits)``, as the engine
    requires for seeded sampling."""

    def __init__(self, cfg: WatermarkConfig) -> None:
        self.cfg = cfg.validate()
        self._vocab: dict[tuple[int, torch.device], torch.Tensor] = {}

    def green_mask(self, context: Sequence[int], vocab_size: int, device: torch.device):
        """Bool (vocab_size,) mask of the green tokens for ``context``."""
        ids = self._vocab.get((vocab_size, device))
        if ids is None:
            ids = torch.arange(vocab_size, dtype=torch.int64, device=device)
            self._vocab[(vocab_size, device)] = ids
        a, b = _hash_params(self.cfg.key, tuple(int(t) for t in context))
        return (ids * a + b) % _P < self.cfg.gamma * _P

    def __call__(self, ids: Sequence[int], logits: torch.Tensor) -> torch.Tensor:
        w = self.cfg.context_width
        if len(ids) < w or self.cfg.delta == 0:
            return logits  # no context yet: nothing to hash
        mask = self.green_mask(ids[-w:], logits.shape[-1], logits.device)
        return logits + mask.to(logits.dtype) * self.cfg.delta


@dataclass
class Detection:
    """The detector's verdict on one token sequence."""

    z_score: float
    p_value: float
    green: int
    scored: int
    watermarked: bool
    threshold: float

    def as_dict(self) -> dict:
        return {
            "z_score": round(self.z_score, 4),
            "p_value": self.p_value,
            "green_tokens": self.green,
            "scored_tokens": self.scored,
            "watermarked": self.watermarked,
            "z_threshold": self.threshold,
        }


def detect(
    token_ids: Sequence[int],
    cfg: WatermarkConfig,
    *,
    z_threshold: float = DEFAULT_Z_THRESHOLD,
    ignore_repeated: bool = True,
) -> Detection:
    """Count green tokens in ``token_ids`` and test against the no-watermark null.

    The first ``context_width`` tokens have no context and are not scored. With
    ``ignore_repeated`` each (context, token) pair counts once, so a repeated phrase (code,
    lists) cannot push unwatermarked text over the threshold — the paper's fix for the same
    problem. GenforgeError when fewer than 2 tokens can be scored.
    """
    cfg.validate()
    w = cfg.context_width
    ids = [int(t) for t in token_ids]
    seen: set[tuple[int, ...]] = set()
    green = scored = 0
    for i in range(w, len(ids)):
        pair = tuple(ids[i - w : i + 1])
        if ignore_repeated:
            if pair in seen:
                continue
            seen.add(pair)
        scored += 1
        green += is_green(cfg, pair[:-1], pair[-1])
    if scored < 2:
        raise GenforgeError(
            f"too little text to test for a watermark: {scored} scorable token(s) "
            f"(after {w} context token(s) and repeats); give a longer text (200 tokens or more "
            "for a reliable verdict)"
        )
    g = cfg.gamma
    z = (green - g * scored) / math.sqrt(scored * g * (1 - g))
    p = 0.5 * math.erfc(z / math.sqrt(2))
    return Detection(z, p, green, scored, z >= z_threshold, z_threshold)


KEY_ENV = "GENFORGE_WATERMARK_KEY"


def key_from(flag: str | None, environ: dict[str, str] | None = None) -> str | None:
    """The watermark key: the flag's value, else ``GENFORGE_WATERMARK_KEY`` (a key in the
    environment stays out of process listings and shell history), else None."""
    if flag:
        return flag
    env = os.environ if environ is None else environ
    return env.get(KEY_ENV) or None
