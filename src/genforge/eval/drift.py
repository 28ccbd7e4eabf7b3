"""Drift: does live traffic still look like the data the model was trained on?

Per request the server keeps *features*, never the text (unless asked): prompt and output
length, latency, finish reason, a token-frequency sketch (token ids hashed into
``TOKEN_BUCKETS`` counts) and an embedding sketch (the model's own mean final hidden state,
:meth:`Engine.embed`, projected to ``EMBED_DIMS`` dimensions by a fixed random matrix).

A *profile* (``drift_profile.json`` in the model dir) holds the same prompt features for
held-out training-like text, split in two: a *reference* sample the live window is compared
with, and a *calibration* sample used to set each statistic's alarm threshold: windows of
the serving window's size drawn from calibration data (no shift, by construction) are scored
against the reference, and the threshold is their ``1 - alpha / k`` quantile for ``k``
statistics, so that a no-shift window raises an alarm (any statistic over its threshold)
with probability about ``alpha`` (1%).

Statistics of a window against the reference (all 0 for identical distributions):

- ``psi_prompt_len`` — population stability index of log prompt length, in the reference's
  decile bins;
- ``ks_prompt_len`` — two-sample Kolmogorov-Smirnov statistic of prompt length;
- ``js_tokens`` — Jensen-Shannon divergence (bits) of the window's and the reference's
  pooled token-bucket distributions;
- ``mmd_embedding`` — unbiased squared maximum mean discrepancy of the embedding sketches,
  RBF kernel, bandwidth by the median heuristic on the reference.
"""

from __future__ import annotations

import json
import math
import os
import random
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import torch

from genforge.errors import GenforgeError
from genforge.infer.engine import Engine
from genforge.io import atomic_write_json

PROFILE_FILE = "drift_profile.json"
TOKEN_BUCKETS = 256
EMBED_DIMS = 16
STATS = ("psi_prompt_len", "ks_prompt_len", "js_tokens", "mmd_embedding")
_HASH = 2654435761  # Knuth's multiplicative hash: spreads neighbouring ids over buckets


@dataclass
class Features:
    """One request's features (what the monitor logs; ``text`` only when asked)."""

    prompt_tokens: int
    token_buckets: dict[int, int]
    embedding: list[float]
    output_tokens: int | None = None
    latency_s: float | None = None
    finish_reason: str | None = None
    time: float | None = None
    text: str | None = None

    def to_json(self) -> dict[str, Any]:
        d = asdict(self)
        d["token_buckets"] = {str(k): v for k, v in self.token_buckets.items()}
        return {k: v for k, v in d.items() if v is not None}

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> Features:
        d = dict(d)
        d["token_buckets"] = {int(k): int(v) for k, v in d.get("token_buckets", {}).items()}
        return cls(**{k: v for k, v in d.items() if k in cls.__dataclass_fields__})


# ----------------------------------------------------------------------------- sketches


def token_sketch(ids: list[int], buckets: int = TOKEN_BUCKETS) -> dict[int, int]:
    """Counts of ``ids`` hashed into ``buckets`` (a fixed-size token-frequency sketch)."""
    out: dict[int, int] = {}
    for t in ids:
        b = (t * _HASH) % (1 << 32) % buckets
        out[b] = out.get(b, 0) + 1
    return out


def projection(n_embd: int, dims: int = EMBED_DIMS, seed: int = 0) -> np.ndarray:
    """The fixed (n_embd, dims) Gaussian projection of the embedding sketch."""
    return np.random.default_rng(seed).standard_normal((n_embd, dims)) / math.sqrt(dims)


def embedding_sketch(vectors: torch.Tensor | np.ndarray, proj: np.ndarray) -> np.ndarray:
    """(N, n_embd) embeddings -> (N, dims) L2-normalised sketches."""
    x = np.asarray(vectors, dtype=np.float64) @ proj
    return x / np.maximum(np.linalg.norm(x, axis=1, keepdims=True), 1e-12)


def prompt_features(engine: Engine, prompts: list[list[int]], proj: np.ndarray) -> list[Features]:
    """Prompt-side features of token-id prompts (embeddings from ``engine.embed``)."""
    emb = embedding_sketch(engine.embed(prompts), proj) if prompts else np.zeros((0, 1))
    return [
        Features(prompt_tokens=len(p), token_buckets=token_sketch(p), embedding=e.tolist())
        for p, e in zip(prompts, emb, strict=True)
    ]


# ----------------------------------------------------------------------------- statistics


def psi(reference: np.ndarray, current: np.ndarray, bins: int = 10, eps: float = 1e-4) -> float:
    """Population stability index of ``current`` against ``reference`` in the reference's
    quantile bins: sum (c - r) * ln(c / r) over bins (proportions floored at ``eps``)."""
    edges = np.unique(np.quantile(reference, np.linspace(0, 1, bins + 1)[1:-1]))
    r = np.bincount(np.searchsorted(edges, reference, side="right"), minlength=len(edges) + 1)
    c = np.bincount(np.searchsorted(edges, current, side="right"), minlength=len(edges) + 1)
    r = np.maximum(r / max(r.sum(), 1), eps)
    c = np.maximum(c / max(c.sum(), 1), eps)
    return float(np.sum((c - r) * np.log(c / r)))


def ks_statistic(a: np.ndarray, b: np.ndarray) -> float:
    """Two-sample Kolmogorov-Smirnov statistic: the largest gap between the ECDFs."""
    a, b = np.sort(np.asarray(a, float)), np.sort(np.asarray(b, float))
    grid = np.concatenate([a, b])
    fa = np.searchsorted(a, grid, side="right") / len(a)
    fb = np.searchsorted(b, grid, side="right") / len(b)
    return float(np.max(np.abs(fa - fb)))


def js_divergence(p: np.ndarray, q: np.ndarray) -> float:
    """Jensen-Shannon divergence in bits between two (unnormalised) distributions."""
    p = np.asarray(p, float) / np.sum(p)
    q = np.asarray(q, float) / np.sum(q)
    m = (p + q) / 2

    def kl(x: np.ndarray) -> float:
        nz = x > 0
        return float(np.sum(x[nz] * np.log2(x[nz] / m[nz])))

    return max(0.0, (kl(p) + kl(q)) / 2)


def _rbf(a: np.ndarray, b: np.ndarray, gamma: float) -> np.ndarray:
    d2 = (a * a).sum(1)[:, None] + (b * b).sum(1)[None, :] - 2 * a @ b.T
    return np.exp(-gamma * np.maximum(d2, 0))


def mean_offdiag_kernel(x: np.ndarray, gamma: float) -> float:
    """Mean of k(x_i, x_j) over i != j (the within-sample term of the unbiased MMD)."""
    kxx = _rbf(x, x, gamma)
    return float((kxx.sum() - np.trace(kxx)) / (len(x) * (len(x) - 1)))


def mmd2_rbf(x: np.ndarray, y: np.ndarray, gamma: float, syy: float | None = None) -> float:
    """Unbiased squared MMD between samples ``x`` (n, d) and ``y`` (m, d), kernel
    exp(-gamma * ||a - b||^2); ``syy`` is ``y``'s within-sample term if already known."""
    if syy is None:
        syy = mean_offdiag_kernel(y, gamma)
    return float(mean_offdiag_kernel(x, gamma) + syy - 2 * _rbf(x, y, gamma).mean())


def median_gamma(x: np.ndarray) -> float:
    """RBF gamma from the median heuristic: 1 / median squared pairwise distance."""
    d2 = ((x[:, None, :] - x[None, :, :]) ** 2).sum(-1)
    med = float(np.median(d2[np.triu_indices(len(x), 1)]))
    return 1.0 / med if med > 0 else 1.0


def buckets_array(features: list[Features], buckets: int = TOKEN_BUCKETS) -> np.ndarray:
    out = np.zeros(buckets)
    for f in features:
        for b, c in f.token_buckets.items():
            out[b] += c
    return out


# ----------------------------------------------------------------------------- the profile


@dataclass
class Profile:
    """Reference features and calibrated thresholds (see the module docstring)."""

    window: int
    alpha: float
    prompt_lens: list[int]
    token_dist: list[float]
    embeddings: list[list[float]]
    gamma: float
    thresholds: dict[str, float]
    n_embd: int
    proj_seed: int = 0
    source: str = ""
    calibration: dict[str, Any] = field(default_factory=dict)

    def _reference(self) -> dict[str, Any]:
        # The reference side of every statistic, computed once (scores run per window).
        if getattr(self, "_ref", None) is None:
            emb = np.array(self.embeddings)
            self._ref = {
                "lens": np.array(self.prompt_lens, float),
                "tokens": np.array(self.token_dist) + 0.5,
                "emb": emb,
                "syy": mean_offdiag_kernel(emb, self.gamma),
            }
        return self._ref

    def scores(self, window: list[Features]) -> dict[str, float]:
        """Each statistic of ``window`` against the reference."""
        if len(window) < 2:
            raise GenforgeError("a drift window needs at least 2 requests")
        ref = self._reference()
        lens = np.array([f.prompt_tokens for f in window], float)
        emb = np.array([f.embedding for f in window])
        return {
            "psi_prompt_len": psi(np.log1p(ref["lens"]), np.log1p(lens)),
            "ks_prompt_len": ks_statistic(ref["lens"], lens),
            "js_tokens": js_divergence(ref["tokens"], buckets_array(window) + 0.5),
            "mmd_embedding": mmd2_rbf(emb, ref["emb"], self.gamma, ref["syy"]),
        }

    def alarms(self, scores: dict[str, float]) -> list[str]:
        return [s for s in STATS if scores[s] > self.thresholds[s]]

    def save(self, model_dir: str | os.PathLike) -> Path:
        path = Path(model_dir) / PROFILE_FILE
        atomic_write_json(path, asdict(self))
        return path

    @classmethod
    def load(cls, model_dir: str | os.PathLike) -> Profile:
        path = Path(model_dir)
        path = path / PROFILE_FILE if path.is_dir() else path
        if not path.is_file():
            raise GenforgeError(
                f"no drift profile at {path}; build one with `genforge monitor profile "
                "--model MODEL_DIR --data HELD_OUT_TEXT`"
            )
        try:
            return cls(**json.loads(path.read_text(encoding="utf-8")))
        except (ValueError, TypeError) as e:
            raise GenforgeError(f"{path} is not a drift profile ({e}); build it again") from None


def calibrate(
    reference: list[Features],
    calibration: list[Features],
    *,
    window: int,
    alpha: float = 0.01,
    draws: int = 1000,
    seed: int = 0,
    n_embd: int,
    source: str = "",
) -> Profile:
    """A profile whose thresholds make a no-shift window alarm with probability ~``alpha``."""
    if len(reference) < 20 or len(calibration) < window:
        raise GenforgeError(
            f"need at least 20 reference and {window} calibration prompts (got "
            f"{len(reference)} and {len(calibration)}); give more held-out text or a "
            "smaller --window"
        )
    emb = np.array([f.embedding for f in reference])
    profile = Profile(
        window=window,
        alpha=alpha,
        prompt_lens=[f.prompt_tokens for f in reference],
        token_dist=buckets_array(reference).tolist(),
        embeddings=emb.tolist(),
        gamma=median_gamma(emb),
        thresholds={s: math.inf for s in STATS},
        n_embd=n_embd,
        source=source,
    )
    rng = random.Random(seed)
    runs = {s: [] for s in STATS}
    for _ in range(draws):
        scores = profile.scores(rng.sample(calibration, window))
        for s in STATS:
            runs[s].append(scores[s])
    q = 1 - alpha / len(STATS)
    profile.thresholds = {s: float(np.quantile(runs[s], q)) for s in STATS}
    profile.calibration = {"draws": draws, "quantile": q, "prompts": len(calibration)}
    return profile


def text_prompts(
    tokenizer: Any, texts: list[str], max_tokens: int, seed: int = 0
) -> list[list[int]]:
    """Cut texts into request-like prompts: pieces of 16..``max_tokens`` tokens (varied
    lengths, as user prompts are), shuffled with ``seed``."""
    rng = random.Random(seed)
    out = []
    for text in texts:
        ids = tokenizer.encode(text)
        i = 0
        while i < len(ids) - 8:
            n = rng.randint(16, max(16, max_tokens))
            out.append(ids[i : i + n])
            i += n
    rng.shuffle(out)
    return out


def build_profile(
    engine: Engine,
    texts: list[str],
    *,
    window: int = 50,
    alpha: float = 0.01,
    max_prompts: int = 2000,
    seed: int = 0,
    source: str = "",
) -> Profile:
    """Profile held-out ``texts`` for the model behind ``engine``: the reference from every
    other document, calibration from the rest.

    Split by document, not by prompt: prompts cut from one file share its identifiers, so
    calibration windows drawn from the reference's own files would look closer to it than
    new traffic of the same kind does, and the thresholds would be too low.
    """
    if len(texts) < 2:
        raise GenforgeError("need at least 2 held-out documents to build a drift profile")
    max_len = min(256, engine.context_length - 1)
    n_embd = int(engine.model.config.n_embd)
    proj = projection(n_embd)
    half = max_prompts // 2
    ref_prompts = text_prompts(engine.tokenizer, texts[0::2], max_len, seed)[: min(half, 512)]
    cal_prompts = text_prompts(engine.tokenizer, texts[1::2], max_len, seed + 1)[:half]
    return calibrate(
        prompt_features(engine, ref_prompts, proj),
        prompt_features(engine, cal_prompts, proj),
        window=window,
        alpha=alpha,
        seed=seed,
        n_embd=n_embd,
        source=source,
    )
