"""Turn whatever ``--data`` points at into train/val token shards and a tokenizer.

Three kinds of input, detected in this order:

1. prepared shards — a folder with ``train/index.json`` (and usually ``val/index.json`` and
   ``tokenizer.json``), the layout this module writes; or a bare shard folder
   (``index.json``) with the tokenizer given by ``tokenizer=`` or found beside it;
2. a dataset dir written by ``genforge data`` (``card.json``, ``train.jsonl``, ``val.jsonl``);
3. raw text: files, folders, globs, ``.jsonl``/``.parquet`` files, or ``stdlib``.

For 2 and 3 the tokenizer given by ``tokenizer=`` (e.g. from ``genforge tokenizer train``)
is used as is; without one a tokenizer is trained. The work (data pipeline, tokenizer
training, tokenization) is cached under
``$GENFORGE_CACHE/pretrain-data/<key>`` (default ``~/.cache/genforge``), where the key hashes
the inputs' fingerprint (paths, sizes, mtimes, pipeline settings) and the tokenizer settings;
a second run with the same inputs reuses it and skips straight to training.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from genforge.data.licenses import licenses_of_data
from genforge.data.pipeline import (
    DataConfig,
    dataset_fingerprint,
    is_dataset_dir,
    load_card,
    read_texts,
)
from genforge.data.shards import open_shards, write_shards
from genforge.data.sources import resolve_sources
from genforge.errors import GenforgeError
from genforge.io import atomic_write_json, read_json
from genforge.tokenizer import SPLIT_PATTERN, Tokenizer, train_tokenizer
from genforge.train.metrics import cache_dir

CACHE_FORMAT = 1
DONE_FILE = "prepared.json"


@dataclass
class PreparedData:
    """Token shards ready for training, and where they came from."""

    train_dir: Path
    val_dir: Path | None
    tokenizer: Any  # genforge.tokenizer.Tokenizer
    fingerprint: str
    source: str
    cached: bool

    @property
    def vocab_size(self) -> int:
        return int(self.tokenizer.vocab_size)

    def describe(self) -> dict[str, Any]:

        val_tokens = open_shards(self.val_dir).num_tokens if self.val_dir else 0
        return {
            "source": self.source,
            "fingerprint": self.fingerprint,
            "tokenizer_sha256": self.tokenizer.sha256,
            "vocab_size": self.vocab_size,
            "train_dir": str(self.train_dir),
            "val_dir": str(self.val_dir) if self.val_dir else None,
            "train_tokens": open_shards(self.train_dir).num_tokens,
            "val_tokens": val_tokens,
            "licenses": licenses_of_data(self.source),
        }


def prepare_data(cfg, say=lambda m: None) -> PreparedData:
    """Resolve ``cfg.data`` (a PretrainConfig) into PreparedData, building what is missing."""

    data = cfg.data.strip()
    path = Path(data).expanduser()
    if path.is_dir() and (path / "train" / "index.json").is_file():
        return _from_prepared_dir(path, cfg)
    if path.is_dir() and (path / "index.json").is_file():
        return _from_shard_dir(path, cfg)
    if path.is_dir() and is_dataset_dir(path):
        return _from_dataset_dir(path, cfg, say)
    return _from_raw(data, cfg, say)


def _load_tokenizer(path: Path):

    return Tokenizer.load(path)


def _from_prepared_dir(path: Path, cfg) -> PreparedData:

    tok_path = Path(cfg.tokenizer).expanduser() if cfg.tokenizer else path / "tokenizer.json"
    tok = _load_tokenizer(tok_path)
    train = open_shards(path / "train", expect_tokenizer_sha256=tok.sha256)
    val_dir = path / "val" if (path / "val" / "index.json").is_file() else None
    if val_dir is not None:
        open_shards(val_dir, expect_tokenizer_sha256=tok.sha256)
    meta_file = path / DONE_FILE
    meta = read_json(meta_file, "prepared data record") if meta_file.is_file() else {}
    return PreparedData(
        train_dir=path / "train",
        val_dir=val_dir,
        tokenizer=tok,
        fingerprint=meta.get("fingerprint") or _shard_fingerprint(train.index),
        source=meta.get("source") or str(path),
        cached=True,
    )


def _from_shard_dir(path: Path, cfg) -> PreparedData:
    candidates = [Path(cfg.tokenizer).expanduser()] if cfg.tokenizer else [
        path / "tokenizer.json", path.parent / "tokenizer.json"
    ]  # fmt: skip
    tok_path = next((p for p in candidates if p.exists()), None)
    if tok_path is None:
        raise GenforgeError(
            f"{path} holds token shards but no tokenizer was found next to it; pass "
            "tokenizer=PATH/tokenizer.json (the tokenizer the shards were made with)"
        )
    tok = _load_tokenizer(tok_path)
    shards = open_shards(path, expect_tokenizer_sha256=tok.sha256)
    sibling = path.parent / "val"
    val_dir = sibling if sibling != path and (sibling / "index.json").is_file() else None
    return PreparedData(path, val_dir, tok, _shard_fingerprint(shards.index), str(path), True)


def _shard_fingerprint(index: dict[str, Any]) -> str:
    blob = json.dumps([s["sha256"] for s in index["shards"]]).encode()
    return hashlib.sha256(blob).hexdigest()


def _cache_key(kind: str, fingerprint: str, cfg) -> str:
    payload: dict[str, Any] = {"format": CACHE_FORMAT, "kind": kind, "fingerprint": fingerprint}
    if cfg.tokenizer:  # the user's own tokenizer: its content decides the shards
        payload["tokenizer_sha256"] = _load_tokenizer(Path(cfg.tokenizer).expanduser()).sha256
    else:
        payload["vocab_size"] = cfg.vocab_size
        payload["tokenizer_train_bytes"] = cfg.tokenizer_train_bytes
        # A new pre-tokenization rule means new tokenizers and shards, not the cached ones.
        payload["split_pattern"] = SPLIT_PATTERN
    return hashlib.sha256(json.dumps(payload, sort_keys=True).encode()).hexdigest()[:24]


def _from_dataset_dir(path: Path, cfg, say) -> PreparedData:

    fingerprint = load_card(path).get("fingerprint") or ""
    if not fingerprint:
        raise GenforgeError(f"{path}/card.json has no fingerprint; rebuild it with genforge data")
    target = cache_dir() / "pretrain-data" / _cache_key("dataset", fingerprint, cfg)
    return _cached_build(target, path, fingerprint, str(path), cfg, say, build_dataset_from=None)


def _from_raw(data: str, cfg, say) -> PreparedData:

    sources = [s for s in data.split(",") if s.strip()] or [data]
    try:
        files = resolve_sources(sources)
    except GenforgeError as e:
        raise GenforgeError(
            f"--data {data!r}: {e}. Pass text files, a folder, a glob, 'stdlib', a dataset "
            "dir from `genforge data`, or prepared token shards"
        ) from e
    if not files:
        raise GenforgeError(f"--data {data!r} matched no files; check the path or glob")
    data_cfg = DataConfig(sources=sources, val_fraction=cfg.val_fraction, seed=cfg.seed)
    fingerprint = dataset_fingerprint(sources, data_cfg)
    target = cache_dir() / "pretrain-data" / _cache_key("raw", fingerprint, cfg)
    return _cached_build(target, None, fingerprint, data, cfg, say, build_dataset_from=data_cfg)


def _cached_build(
    target: Path, dataset_dir: Path | None, fingerprint: str, source: str, cfg, say,
    build_dataset_from,
) -> PreparedData:  # fmt: skip
    if (target / DONE_FILE).is_file():
        say(f"data: using cached shards {target}")
        return _from_prepared_dir(target, _with_tokenizer(cfg, None))
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent))
    try:
        if build_dataset_from is not None:
            from dataclasses import replace

            from genforge.data.pipeline import build_dataset

            say(f"data: cleaning and splitting {source}")
            card = build_dataset(
                replace(build_dataset_from, out=str(tmp / "dataset")), progress=cfg.progress
            )
            if card.get("splits", {}).get("train", {}).get("documents", 1) == 0:
                raise GenforgeError(f"--data {source}: no training documents survived cleaning")
            dataset_dir = tmp / "dataset"
        assert dataset_dir is not None
        _tokenize_dataset(dataset_dir, tmp, cfg, say)
        atomic_write_json(
            tmp / DONE_FILE,
            {"format": CACHE_FORMAT, "fingerprint": fingerprint, "source": source},
        )
        if target.exists():  # a concurrent run finished first; keep its copy
            shutil.rmtree(tmp, ignore_errors=True)
        else:
            os.replace(tmp, target)
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)
    prepared = _from_prepared_dir(target, _with_tokenizer(cfg, None))
    prepared.cached = False
    return prepared


def _with_tokenizer(cfg, tokenizer: str | None):
    from dataclasses import replace

    return replace(cfg, tokenizer=tokenizer)


def _tokenize_dataset(dataset_dir: Path, out: Path, cfg, say) -> None:

    if next(iter(read_texts(dataset_dir, "train")), None) is None:
        raise GenforgeError(
            f"the corpus is empty: {dataset_dir} has no training text; point --data at text"
        )
    if cfg.tokenizer:
        tok = _load_tokenizer(Path(cfg.tokenizer).expanduser())
        say(f"tokenizer: using {cfg.tokenizer} as is (vocab {tok.vocab_size})")
    else:
        say(f"tokenizer: training byte-level BPE, vocab {cfg.vocab_size}")
        tok = train_tokenizer(
            _capped(read_texts(dataset_dir, "train"), cfg.tokenizer_train_bytes),
            vocab_size=cfg.vocab_size,
        )
    tok.save(out)
    say("tokenizer: writing train/val token shards")
    write_shards(tok, read_texts(dataset_dir, "train"), out / "train")
    if next(iter(read_texts(dataset_dir, "val")), None) is not None:
        write_shards(tok, read_texts(dataset_dir, "val"), out / "val")


def _capped(texts, max_bytes: int):
    """The texts until ``max_bytes`` UTF-8 bytes have been given (at least one text)."""
    total = 0
    for text in texts:
        yield text
        total += len(text.encode("utf-8"))
        if total >= max_bytes:
            return
