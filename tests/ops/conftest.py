"""Tiny model dirs for the registry, gate and hot-swap tests (random weights, a tokenizer
trained in-process on a bit of the standard library; no downloads)."""

from __future__ import annotations

import sysconfig
from pathlib import Path

import pytest
import torch

from genforge.modeldir import save_model_dir
from genforge.models.gpt import GPT, config_from_preset
from genforge.tokenizer import Tokenizer, train_tokenizer

CONTEXT = 256


@pytest.fixture(scope="session")
def ops_tokenizer() -> Tokenizer:
    root = Path(sysconfig.get_paths()["stdlib"])
    texts = [(root / n).read_text(encoding="utf-8") for n in ("textwrap.py", "string.py")]
    return train_tokenizer(texts, vocab_size=400)


def make_model_dir(
    out: Path, tok: Tokenizer, seed: int, extra: dict | None = None, context: int = CONTEXT
) -> Path:
    """A tiny random GPT; ``seed`` makes versions differ. Control tokens other than the end
    tokens get zero logits so a greedy answer is visible text."""
    torch.manual_seed(seed)
    model = GPT(config_from_preset("tiny", vocab_size=tok.vocab_size, block_size=context))
    with torch.no_grad():
        for tid in tok.special_ids - {tok.eos_id, tok.end_id}:
            model.lm_head.weight[tid].zero_()
    return save_model_dir(out, model, tok, extra_config=extra)


@pytest.fixture(scope="session")
def model_factory(tmp_path_factory: pytest.TempPathFactory, ops_tokenizer: Tokenizer):
    """``factory(seed, extra=None, context=256) -> model dir`` (a fresh folder each call)."""

    def factory(seed: int, extra: dict | None = None, context: int = CONTEXT) -> Path:
        out = tmp_path_factory.mktemp(f"model-{seed}") / "model"
        return make_model_dir(out, ops_tokenizer, seed, extra, context)

    return factory
