"""Drift: does live traffic still look like the data the model was trained on?

Per request the server keeps *features*, never the text (unless asked): prompt and output
length, latency, finish reason, a token-frequency sketch (token ids hashed into
``TOKEN_BUCKETS`` counts) and an embedding sketch (the model's own mean final hidden state,
:meth:`Engine.embed`, projected to ``EMBED_DIMS`` dimensions by a fixed random matrix).

A *profile* (``drift_profile.json`` in the model dir) holds the same prompt features for
held-out training-like text, split by document in two: a *reference* sample the live window
is compared with, and *calibration* documents that set each statistic's alarm threshold.

Calibration is a document-level bootstrap: each null window resamples the calibration
documents with replacement and draws the window's prompts from them. Live traffic comes
from documents neither sample has seen, and prompts cut from one document share its
identifiers and style; drawing windows from one fixed pool of prompts left out how much a
fresh set of documents differs from it, and the thresholds came out too low (4.7% false
alarms where 1% was asked, on unseen standard-library files). Each statistic's threshold is
the ``1 - alpha / k`` quantile of its null scores (Bonferroni over the ``k`` statistics; for
the any-statistic alarm Holm's procedure decides the same), so a no-shift window is over
some threshold with probability about ``alpha``. An *alarm* further needs persistence: at
least ``persist[0]`` of the last ``persist[1]`` scored windows (scored every ``every``
requests) over a threshold, which drops isolated excursions at the price of ``every``
requests of delay.

Statistics of a window against the reference (all about 0 for the same distribution):

- ``psi_prompt_len`` — population stability index of log prompt length, in the reference's
  decile bins;
- ``ks_prompt_len`` — two-sample Kolmogorov-Smirnov statistic of prompt length;
- ``xent_tokens`` — how far the window's mean per-request token cross-entropy (nats/token,
  under the reference's smoothed token-bucket distribution) is from its calibration mean.
  A mean of per-request figures, so one odd request moves it by 1/window at most; the
  pooled Jensen-Shannon divergence it replaces let a single file's repeated identifiers
  fill a bucket and alarm (2.7% of no-shift windows alone);
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
from genforge.scratch.information import cross_entropy

PROFILE_FILE = "drift_profile.json"
TOKEN_BUCKETS = 256
EMBED_DIMS = 16
STATS = ("psi_prompt_len", "ks_prompt_len", "xent_tokens", "mmd_embedding")
PROFILE_VERSION = 2  # 1: js_tokens and thresholds from one fixed pool of prompts
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


def buckets_matrix(features: list[Features], buckets: int = TOKEN_BUCKETS) -> np.ndarray:
    """(N, buckets) token-sketch counts, one row per request."""
    out = np.zeros((len(features), buckets))
    for i, f in enumerate(features):
        for b, c in f.token_buckets.items():
            out[i, b] += c
    return out


@dataclass
class _Window:
    """A window's features as arrays (what every statistic reads)."""

    lens: np.ndarray
    buckets: np.ndarray
    emb: np.ndarray

    @classmethod
    def of(cls, features: list[Features]) -> _Window:
        return cls(
            np.array([f.prompt_tokens for f in features], float),
            buckets_matrix(features),
            np.array([f.embedding for f in features]),
        )

    def take(self, idx: np.ndarray) -> _Window:
        return _Window(self.lens[idx], self.buckets[idx], self.emb[idx])


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
    token_xent: float = 0.0  # mean per-request cross-entropy of no-shift traffic
    every: int = 10  # score the window every this many sampled requests
    persist: list[int] = field(default_factory=lambda: [2, 3])  # alarm: k of the last m
    proj_seed: int = 0
    source: str = ""
    calibration: dict[str, Any] = field(default_factory=dict)
    version: int = PROFILE_VERSION

    def _reference(self) -> dict[str, Any]:
        # The reference side of every statistic, computed once (scores run per window).
        if getattr(self, "_ref", None) is None:
            emb = np.array(self.embeddings)
            q = np.array(self.token_dist) + 0.5  # add-1/2 smoothing: no bucket has p = 0
            self._ref = {
                "lens": np.array(self.prompt_lens, float),
                "log_lens": np.log1p(np.array(self.prompt_lens, float)),
                "q": q / q.sum(),
                "emb": emb,
                "syy": mean_offdiag_kernel(emb, self.gamma),
            }
        return self._ref

    def scores(self, window: list[Features] | _Window) -> dict[str, float]:
        """Each statistic of ``window`` against the reference."""
        w = window if isinstance(window, _Window) else _Window.of(window)
        if len(w.lens) < 2:
            raise GenforgeError("a drift window needs at least 2 requests")
        ref = self._reference()
        return {
            "psi_prompt_len": psi(ref["log_lens"], np.log1p(w.lens)),
            "ks_prompt_len": ks_statistic(ref["lens"], w.lens),
            "xent_tokens": float(abs(self.request_xent(w.buckets).mean() - self.token_xent)),
            "mmd_embedding": mmd2_rbf(w.emb, ref["emb"], self.gamma, ref["syy"]),
        }

    def request_xent(self, buckets: np.ndarray) -> np.ndarray:
        """Per-request cross-entropy (nats/token) of token-bucket counts (N, B) under the
        reference's smoothed bucket distribution."""
        q = self._reference()["q"]
        return np.atleast_1d(cross_entropy(buckets, np.broadcast_to(q, buckets.shape)))

    def over(self, scores: dict[str, float]) -> list[str]:
        """The statistics over their thresholds in one window's ``scores``."""
        return [s for s in STATS if scores[s] > self.thresholds[s]]

    def alarm(self, over_history: list[bool]) -> bool:
        """The alarm after a run of scored windows (True: that window was over a threshold):
        at least ``persist[0]`` of the last ``persist[1]``."""
        k, m = self.persist
        return sum(over_history[-m:]) >= k

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
            d = json.loads(path.read_text(encoding="utf-8"))
            profile = cls(**d)
        except (ValueError, TypeError) as e:
            raise GenforgeError(f"{path} is not a drift profile ({e}); build it again") from None
        if profile.version != PROFILE_VERSION or set(profile.thresholds) != set(STATS):
            raise GenforgeError(
                f"{path} was built by an older genforge (statistics "
                f"{sorted(profile.thresholds)}); build it again with `genforge monitor profile`"
            )
        return profile


def _null_windows(
    n: int, groups: list[int] | None, window: int, draws: int, seed: int
) -> list[np.ndarray]:
    """Index sets of ``draws`` no-shift windows over ``n`` calibration prompts: each resamples
    the documents (``groups[i]`` is prompt i's) with replacement, then draws ``window``
    prompts from the resampled documents."""
    rng = np.random.default_rng(seed)
    labels = np.asarray(groups if groups is not None else range(n))
    by_doc = [np.flatnonzero(labels == g) for g in np.unique(labels)]
    out = []
    for _ in range(draws):
        pool = np.concatenate([by_doc[i] for i in rng.integers(len(by_doc), size=len(by_doc))])
        out.append(rng.choice(pool, window, replace=len(pool) < window))
    return out


def calibrate(
    reference: list[Features],
    calibration: list[Features],
    *,
    window: int,
    alpha: float = 0.01,
    groups: list[int] | None = None,
    draws: int = 10000,
    seed: int = 0,
    n_embd: int,
    source: str = "",
    every: int = 10,
    persist: tuple[int, int] = (2, 3),
) -> Profile:
    """A profile whose thresholds put a no-shift window over some threshold with probability
    ~``alpha``; ``groups`` names each calibration prompt's document (default: its own)."""
    if len(reference) < 20 or len(calibration) < window:
        raise GenforgeError(
            f"need at least 20 reference and {window} calibration prompts (got "
            f"{len(reference)} and {len(calibration)}); give more held-out text or a "
            "smaller --window"
        )
    k, m = persist
    if not 1 <= k <= m or every < 1:
        raise GenforgeError(f"persist must be k of m with 1 <= k <= m, got {k} of {m}")
    emb = np.array([f.embedding for f in reference])
    profile = Profile(
        window=window,
        alpha=alpha,
        prompt_lens=[f.prompt_tokens for f in reference],
        token_dist=buckets_matrix(reference).sum(0).tolist(),
        embeddings=emb.tolist(),
        gamma=median_gamma(emb),
        thresholds={s: math.inf for s in STATS},
        n_embd=n_embd,
        every=every,
        persist=[k, m],
        source=source,
    )
    cal = _Window.of(calibration)
    profile.token_xent = float(profile.request_xent(cal.buckets).mean())
    runs = {s: [] for s in STATS}
    for idx in _null_windows(len(calibration), groups, window, draws, seed):
        for s, v in profile.scores(cal.take(idx)).items():
            runs[s].append(v)
    q = 1 - alpha / len(STATS)
    # "higher": an attained null value, so P(null score > threshold) <= 1 - q even where a
    # statistic takes few distinct values (KS on a window of 50 moves in steps of 1/50).
    profile.thresholds = {s: float(np.quantile(runs[s], q, method="higher")) for s in STATS}
    profile.calibration = {
        "draws": draws,
        "quantile": q,
        "prompts": len(calibration),
        "documents": len(set(groups)) if groups is not None else len(calibration),
    }
    return profile


def document_prompts(
    tokenizer: Any, texts: list[str], max_tokens: int, seed: int = 0
) -> list[tuple[int, list[int]]]:
    """Cut texts into request-like prompts: pieces of 16..``max_tokens`` tokens (varied
    lengths, as user prompts are), shuffled with ``seed``; each with its text's index."""
    rng = random.Random(seed)
    out = []
    for doc, text in enumerate(texts):
        ids = tokenizer.encode(text)
        i = 0
        while i < len(ids) - 8:
            n = rng.randint(16, max(16, max_tokens))
            out.append((doc, ids[i : i + n]))
            i += n
    rng.shuffle(out)
    return out


def text_prompts(
    tokenizer: Any, texts: list[str], max_tokens: int, seed: int = 0
) -> list[list[int]]:
    """:func:`document_prompts` without the document index."""
    return [ids for _, ids in document_prompts(tokenizer, texts, max_tokens, seed)]


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
    cal = document_prompts(engine.tokenizer, texts[1::2], max_len, seed + 1)[:half]
    return calibrate(
        prompt_features(engine, ref_prompts, proj),
        prompt_features(engine, [ids for _, ids in cal], proj),
        window=window,
        alpha=alpha,
        groups=[doc for doc, _ in cal],
        seed=seed,
        n_embd=n_embd,
        source=source,
    )
