"""Tiny, hermetic training fixtures: a tokenizer and shards built in-process in ~1 s."""

from __future__ import annotations

import random
from pathlib import Path

import pytest


def synthetic_corpus(n_docs: int = 120, seed: int = 0) -> list[str]:
    """Python-ish documents with enough structure for a tiny model to learn."""
    rng = random.Random(seed)
    names = ["alpha", "beta", "gamma", "delta", "value", "count", "item", "total", "data"]
    docs = []
    for i in range(n_docs):
        lines = [f'"""Module {i}: helpers for {rng.choice(names)}."""', ""]
        for _ in range(rng.randint(2, 5)):
            a, b = rng.sample(names, 2)
            lines += [
                f"def {a}_{b}({a}, {b}):",
                f'    """Return the {a} plus the {b}."""',
                f"    return {a} + {b} * {rng.randint(0, 9)}",
                "",
            ]
        docs.append("\n".join(lines))
    return docs


@pytest.fixture(scope="session")
def tiny_shards(tmp_path_factory) -> dict[str, Path]:
    """{"tokenizer": dir, "train": shard dir, "val": shard dir} over a synthetic corpus."""
    from genforge.data.shards import write_shards
    from genforge.tokenizer import train_tokenizer

    root = tmp_path_factory.mktemp("tiny_shards")
    docs = synthetic_corpus()
    tok = train_tokenizer(docs, vocab_size=320)
    tok.save(root / "tokenizer")
    write_shards(tok, docs[:100], root / "train")
    write_shards(tok, docs[100:], root / "val")
    return {"tokenizer": root / "tokenizer", "train": root / "train", "val": root / "val"}


@pytest.fixture(scope="session")
def raw_text_dir(tmp_path_factory) -> Path:
    """A folder of small .py files, as a user would point --data at."""
    root = tmp_path_factory.mktemp("raw_text")
    for i, doc in enumerate(synthetic_corpus(160, seed=1)):
        (root / f"mod_{i:03d}.py").write_text(doc, encoding="utf-8")
    return root


@pytest.fixture(scope="module", autouse=True)
def _train_tests_one_thread(one_thread):
    """Every training test runs on one thread (``one_thread`` in tests/conftest.py)."""
    yield
