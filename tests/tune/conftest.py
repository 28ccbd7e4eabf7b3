"""Shared fixtures for the preference-tuning tests (reward model, DPO)."""

from __future__ import annotations

import sysconfig
from pathlib import Path

import pytest
import torch

from genforge.modeldir import save_model_dir
from genforge.models.gpt import GPT, config_from_preset
from genforge.tokenizer import train_tokenizer
from genforge.tune.data import pair_to_json, write_jsonl
from genforge.tune.tasks import preference_pairs


@pytest.fixture(scope="module")
def tiny_dir(tmp_path_factory) -> Path:
    """A random tiny model dir (tokenizer trained on a little stdlib text, context 256)."""
    root = Path(sysconfig.get_paths()["stdlib"])
    texts = [(root / n).read_text(encoding="utf-8") for n in ("textwrap.py", "string.py")]
    tok = train_tokenizer(texts, vocab_size=600)
    torch.manual_seed(0)
    model = GPT(config_from_preset("tiny", vocab_size=tok.vocab_size, block_size=256))
    return save_model_dir(tmp_path_factory.mktemp("tiny") / "base", model, tok)


@pytest.fixture(scope="module")
def pref_files(tmp_path_factory) -> dict[str, Path]:
    """Small train/held-out JSONL files cut from the default preference task's splits."""
    root = tmp_path_factory.mktemp("prefs")
    train = [pair_to_json(p) for p in preference_pairs("train")[:160]]
    test = [pair_to_json(p) for p in preference_pairs("test")[:48]]
    return {
        "train": write_jsonl(root / "train.jsonl", train),
        "test": write_jsonl(root / "test.jsonl", test),
    }
