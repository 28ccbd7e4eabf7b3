"""A tiny character-level language model trained with the scratch autograd and optimizers.

The model is Bengio et al.'s (2003) neural probabilistic language model at character level:
the previous ``context`` characters are looked up in an embedding table, concatenated, passed
through one tanh hidden layer, and mapped to logits over the vocabulary. It is the smallest
model that shows the whole loop of a GPT (tokens -> embeddings -> network -> cross-entropy
-> AdamW with warm-up and cosine decay -> sampling) with nothing hidden.

The text is a slice of the Python standard library's own source, which every Python
installation carries, so it trains offline anywhere.
"""

from __future__ import annotations

import math
import sysconfig
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from genforge.errors import GenforgeError
from genforge.scratch import autograd as ag
from genforge.scratch import nn, optim
from genforge.scratch.autograd import Tensor

# Plain, long-lived modules with a mix of code and English docstrings.
DEFAULT_STDLIB_FILES = ("textwrap.py", "string.py", "fnmatch.py", "shlex.py", "glob.py")


def load_stdlib_text(max_chars: int = 60_000, files: tuple[str, ...] = DEFAULT_STDLIB_FILES) -> str:
    """The concatenated source of ``files`` from this Python's stdlib, cut to ``max_chars``."""
    root = Path(sysconfig.get_paths()["stdlib"])
    parts = []
    for name in files:
        path = root / name
        if not path.is_file():
            raise GenforgeError(
                f"stdlib file {path} not found; pass files= that exist under {root}"
            )
        parts.append(path.read_text(encoding="utf-8"))
    text = "\n".join(parts)[:max_chars]
    if len(text) < 1000:
        raise GenforgeError(f"only {len(text)} characters of text; raise max_chars or add files")
    return text


class CharVocab:
    """Bijection between the characters of a text and ids 0..V-1 (sorted by code point)."""

    def __init__(self, chars: list[str]) -> None:
        self.chars = chars
        self.index = {c: i for i, c in enumerate(chars)}

    @classmethod
    def from_text(cls, text: str) -> CharVocab:
        return cls(sorted(set(text)))

    def __len__(self) -> int:
        return len(self.chars)

    def encode(self, text: str) -> np.ndarray:
        unknown = sorted(set(text) - set(self.index))
        if unknown:
            raise GenforgeError(f"characters not in the vocabulary: {unknown[:10]!r}")
        return np.array([self.index[c] for c in text], dtype=np.int64)

    def decode(self, ids) -> str:
        return "".join(self.chars[int(i)] for i in ids)


def unigram_entropy(text: str) -> float:
    """Entropy of the character frequency distribution, in nats per character.

    The loss of the best model that ignores context: a language model must beat it to have
    learned anything about sequences.
    """
    counts = np.array(list(Counter(text).values()), dtype=np.float64)
    p = counts / counts.sum()
    return float(-(p * np.log(p)).sum())


def make_windows(ids: np.ndarray, context: int) -> tuple[np.ndarray, np.ndarray]:
    """All (previous ``context`` ids, next id) pairs: X (N, context), Y (N,)."""
    if len(ids) <= context:
        raise GenforgeError(f"text of {len(ids)} characters is too short for context {context}")
    n = len(ids) - context
    X = np.lib.stride_tricks.sliding_window_view(ids, context)[:n]
    return np.ascontiguousarray(X), ids[context:]


class CharMLP(nn.Module):
    """ids (B, context) -> logits (B, vocab): embed, concatenate, tanh hidden layer, project."""

    def __init__(
        self, vocab_size: int, context: int, embed_dim: int, hidden: int, seed: int = 0
    ) -> None:
        rng = np.random.default_rng(seed)
        self.context = context
        self.embed = nn.Embedding(vocab_size, embed_dim, rng=rng)
        self.hidden = nn.Linear(context * embed_dim, hidden, rng=rng)
        self.norm = nn.LayerNorm(hidden)
        self.out = nn.Linear(hidden, vocab_size, rng=rng)

    def forward(self, ids) -> Tensor:
        ids = np.asarray(ids)
        e = self.embed(ids)  # (B, context, embed_dim)
        h = e.reshape(ids.shape[0], -1)  # (B, context * embed_dim)
        h = ag.tanh(self.norm(self.hidden(h)))  # (B, hidden)
        return self.out(h)  # (B, vocab)


@dataclass
class CharLMConfig:
    """Sizes and schedule of the tiny LM; defaults train in a few seconds on one core."""

    context: int = 8
    embed_dim: int = 16
    hidden: int = 128
    batch_size: int = 128
    steps: int = 1200
    lr: float = 1e-2
    weight_decay: float = 1e-4
    warmup_steps: int = 50
    clip: float = 1.0
    val_fraction: float = 0.1
    eval_every: int = 200
    seed: int = 0


@dataclass
class CharLMResult:
    """What training produced: the model, its vocabulary and the loss figures (nats/char)."""

    model: CharMLP
    vocab: CharVocab
    config: CharLMConfig
    unigram_entropy: float
    val_loss: float
    train_losses: list[float] = field(default_factory=list)
    val_curve: list[tuple[int, float]] = field(default_factory=list)
    seconds: float = 0.0


def evaluate(model: CharMLP, X: np.ndarray, Y: np.ndarray, batch_size: int = 4096) -> float:
    """Mean cross-entropy (nats per character) of ``model`` on windows X (N, context), Y (N,)."""
    model.eval()
    total = 0.0
    with ag.no_grad():
        for i in range(0, len(Y), batch_size):
            total += ag.cross_entropy(
                model(X[i : i + batch_size]), Y[i : i + batch_size], reduction="sum"
            ).item()
    model.train()
    return total / len(Y)


def train_charlm(text: str, config: CharLMConfig | None = None) -> CharLMResult:
    """Train a ``CharMLP`` on ``text`` (last ``val_fraction`` held out) with AdamW.

    Batches are random windows from the training part; the held-out loss is measured every
    ``eval_every`` steps and at the end.
    """
    cfg = config or CharLMConfig()
    if not 0.0 < cfg.val_fraction < 1.0:
        raise GenforgeError(f"val_fraction must be in (0, 1), got {cfg.val_fraction}")
    vocab = CharVocab.from_text(text)
    ids = vocab.encode(text)
    split = int(len(ids) * (1 - cfg.val_fraction))
    Xtr, Ytr = make_windows(ids[:split], cfg.context)
    Xva, Yva = make_windows(ids[split:], cfg.context)
    model = CharMLP(len(vocab), cfg.context, cfg.embed_dim, cfg.hidden, seed=cfg.seed)
    opt = optim.AdamW(model.parameters(), lr=cfg.lr, weight_decay=cfg.weight_decay)
    sched = optim.WarmupCosineLR(opt, cfg.warmup_steps, cfg.steps, min_lr=cfg.lr * 0.05)
    rng = np.random.default_rng(cfg.seed)
    result = CharLMResult(model, vocab, cfg, unigram_entropy(text[:split]), float("nan"))
    start = time.perf_counter()
    for step in range(cfg.steps):
        batch = rng.integers(0, len(Ytr), cfg.batch_size)
        loss = ag.cross_entropy(model(Xtr[batch]), Ytr[batch])
        opt.zero_grad()
        loss.backward()
        optim.clip_grad_norm(model.parameters(), cfg.clip)
        opt.step()
        sched.step()
        result.train_losses.append(loss.item())
        if cfg.eval_every and (step + 1) % cfg.eval_every == 0 and step + 1 < cfg.steps:
            result.val_curve.append((step + 1, evaluate(model, Xva, Yva)))
    result.val_loss = evaluate(model, Xva, Yva)
    result.val_curve.append((cfg.steps, result.val_loss))
    result.seconds = time.perf_counter() - start
    return result


def sample(
    model: CharMLP,
    vocab: CharVocab,
    prompt: str,
    length: int = 200,
    temperature: float = 0.8,
    seed: int = 0,
) -> str:
    """Continue ``prompt`` by ``length`` characters, drawing from softmax(logits / temperature).

    The prompt is left-padded with its first character when shorter than the context.
    """
    if temperature <= 0:
        raise GenforgeError(f"temperature must be > 0, got {temperature}")
    if not prompt:
        raise GenforgeError("prompt must contain at least one character")
    rng = np.random.default_rng(seed)
    ids = list(vocab.encode(prompt))
    ids = [ids[0]] * max(0, model.context - len(ids)) + ids
    out = []
    model.eval()
    with ag.no_grad():
        for _ in range(length):
            logits = model(np.array([ids[-model.context :]])).data[0] / temperature
            p = np.exp(logits - logits.max())
            p /= p.sum()
            nxt = int(rng.choice(len(p), p=p))
            ids.append(nxt)
            out.append(nxt)
    model.train()
    return prompt + vocab.decode(out)


def bits_per_char(nats: float) -> float:
    """Convert a loss in nats per character to bits per character."""
    return nats / math.log(2)
