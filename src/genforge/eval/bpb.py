"""Bits per byte: a language model's held-out loss in units that do not depend on its tokenizer.

Cross-entropy per token rewards a tokenizer that makes long tokens, so two models with
different vocabularies cannot be compared by it. Summing the negative log-likelihood (in bits)
of a whole text and dividing by the text's UTF-8 byte count gives a figure that any model —
character, byte or BPE level — reports on the same scale.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import torch
import torch.nn.functional as F

from genforge.data.pipeline import is_dataset_dir, read_texts
from genforge.data.sources import iter_documents
from genforge.errors import GenforgeError
from genforge.modeldir import load_model_dir
from genforge.nn.device import resolve_device

IGNORE = -100


@dataclass
class BpbResult:
    bpb: float
    nll_nats: float
    tokens: int
    bytes: int
    docs: int

    @property
    def loss_per_token(self) -> float:
        return self.nll_nats / max(self.tokens, 1)

    def to_dict(self) -> dict:
        return {
            "bpb": self.bpb,
            "loss_per_token": self.loss_per_token,
            "tokens": self.tokens,
            "bytes": self.bytes,
            "docs": self.docs,
            "bytes_per_token": self.bytes / max(self.tokens, 1),
        }


def _windows(ids: Sequence[int], size: int) -> Iterable[list[int]]:
    """Split a document into windows of ``size + 1`` tokens overlapping by one token, so
    every token after the first is predicted exactly once."""
    for start in range(0, len(ids) - 1, size):
        yield list(ids[start : start + size + 1])


@torch.inference_mode()
def bits_per_byte(
    model: torch.nn.Module,
    encode: callable,
    texts: Iterable[str],
    *,
    seq_len: int,
    bos_id: int | None,
    batch_size: int = 16,
    device: torch.device | str = "cpu",
) -> BpbResult:
    """Bits per UTF-8 byte of ``texts`` under ``model``.

    ``encode(text) -> list[int]`` is the model's tokenizer; each document is prefixed with
    ``bos_id`` (as in pretraining) and scored in windows of ``seq_len`` predicted tokens.
    ``model(idx) -> (logits, _)`` with logits of shape (B, T, V).
    """
    model.eval()
    total_nll = 0.0
    total_tokens = 0
    total_bytes = 0
    docs = 0
    pending: list[list[int]] = []

    def flush() -> None:
        nonlocal total_nll, total_tokens
        if not pending:
            return
        width = max(len(w) for w in pending) - 1
        x = torch.zeros((len(pending), width), dtype=torch.long)
        y = torch.full((len(pending), width), IGNORE, dtype=torch.long)
        for i, w in enumerate(pending):
            x[i, : len(w) - 1] = torch.tensor(w[:-1])
            y[i, : len(w) - 1] = torch.tensor(w[1:])
        x, y = x.to(device), y.to(device)
        logits, _ = model(x)
        nll = F.cross_entropy(
            logits.float().reshape(-1, logits.size(-1)),
            y.reshape(-1),
            ignore_index=IGNORE,
            reduction="sum",
        )
        total_nll += float(nll)
        total_tokens += int((y != IGNORE).sum())
        pending.clear()

    for text in texts:
        data = text.encode("utf-8")
        if not data:
            continue
        ids = list(encode(text))
        if bos_id is not None:
            ids = [bos_id, *ids]
        elif len(ids) < 2:
            continue
        docs += 1
        total_bytes += len(data)
        for window in _windows(ids, seq_len):
            pending.append(window)
            if len(pending) >= batch_size:
                flush()
    flush()
    if total_bytes == 0:
        raise GenforgeError("no text to evaluate: the evaluation data is empty")
    return BpbResult(
        bpb=total_nll / math.log(2) / total_bytes,
        nll_nats=total_nll,
        tokens=total_tokens,
        bytes=total_bytes,
        docs=docs,
    )


TEXT_SUFFIXES = {".py", ".txt", ".md", ".rst", ".json", ".toml", ".cfg", ".ini", ".html", ".c"}


def read_eval_texts(path: str | Path) -> list[str]:
    """Texts to evaluate from a dataset dir (its val split), a directory, a glob or a file."""
    p = Path(path)
    if p.is_dir() and is_dataset_dir(p):
        return list(read_texts(p, "val"))
    return [doc.text for doc in iter_documents(str(path))]


def evaluate_model_dir(
    model_dir: str | Path,
    data: str | Path,
    *,
    batch_size: int = 16,
    seq_len: int | None = None,
    device: str = "auto",
) -> dict:
    """Load a model dir and report bits per byte on ``data`` (see ``read_eval_texts``)."""
    dev = resolve_device(device)
    loaded = load_model_dir(model_dir, device=dev)
    texts = read_eval_texts(data)
    tok = loaded.tokenizer
    block = loaded.model.config.block_size
    result = bits_per_byte(
        loaded.model,
        tok.encode,
        texts,
        seq_len=min(seq_len or block, block),
        bos_id=tok.bos_id,
        batch_size=batch_size,
        device=dev,
    )
    return {"model": str(model_dir), "data": str(data), **result.to_dict()}
