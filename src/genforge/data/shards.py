"""Token shards: a corpus tokenized once into flat binary files that trainers memory-map.

Layout of a shard directory::

    index.json        what is here (format, dtype, counts, hashes); see write_shards
    shard_00000.bin   token ids, little-endian uint16 (uint32 when vocab > 65536), flat
    shard_00001.bin   ... the stream continues; a document may cross a shard boundary
    doc_starts.bin    int64 offsets (into the whole stream) of each document's first token

Each document is encoded with a leading ``<|bos|>`` so a model sees where documents begin
and a loader can start rows on document boundaries. The files hold raw numbers only (no
pickle, no ``.npy`` header), so any language can read them with the index alone.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import os
import shutil
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import numpy as np

from genforge.errors import GenforgeError
from genforge.io import read_json, sha256_file
from genforge.tokenizer import Tokenizer

FORMAT = 1
INDEX_FILE = "index.json"
DOC_STARTS_FILE = "doc_starts.bin"
_DTYPES = {"uint16": np.dtype("<u2"), "uint32": np.dtype("<u4")}


def shard_dtype(vocab_size: int) -> str:
    """Smallest unsigned dtype name that holds every id of ``vocab_size`` ids."""
    return "uint16" if vocab_size <= 2**16 else "uint32"


class _ShardWriter:
    """Fills fixed-size shard files in ``directory`` from a stream of id arrays."""

    def __init__(self, directory: Path, dtype: np.dtype, shard_tokens: int) -> None:
        self.directory = directory
        self.buffer = np.empty(shard_tokens, dtype=dtype)
        self.fill = 0
        self.shards: list[dict[str, Any]] = []

    def push(self, ids: np.ndarray) -> None:
        pos = 0
        while pos < len(ids):
            take = min(len(self.buffer) - self.fill, len(ids) - pos)
            self.buffer[self.fill : self.fill + take] = ids[pos : pos + take]
            self.fill += take
            pos += take
            if self.fill == len(self.buffer):
                self.flush()

    def flush(self) -> None:
        if self.fill == 0:
            return
        name = f"shard_{len(self.shards):05d}.bin"
        data = self.buffer[: self.fill].tobytes()
        _write_synced(self.directory / name, data)
        self.shards.append(
            {"file": name, "num_tokens": self.fill, "sha256": hashlib.sha256(data).hexdigest()}
        )
        self.fill = 0


def _write_synced(path: Path, data: bytes) -> None:
    with open(path, "wb") as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())


def write_shards(
    tokenizer: Tokenizer,
    texts: Iterable[str],
    out_dir: str | os.PathLike,
    *,
    shard_tokens: int = 2**24,
    add_bos: bool = True,
    chunk_docs: int = 512,
    show_progress: bool = False,
    overwrite: bool = True,
) -> dict[str, Any]:
    """Tokenize ``texts`` (one document each) into shards under ``out_dir``; return the index.

    Empty texts are skipped. The directory appears complete or not at all: everything is
    written into a temp directory beside it and renamed into place; an existing shard
    directory at ``out_dir`` is replaced (refused with ``overwrite=False``: the CLI's default).
    Index fields: ``format, dtype, vocab_size, bos_id,
    add_bos, num_tokens, num_docs, num_bytes`` (UTF-8 bytes of the texts, for bits per
    byte), ``tokenizer_sha256``, ``shards: [{file, num_tokens, sha256}]``, ``doc_starts``.
    """
    if shard_tokens < 1:
        raise GenforgeError(f"shard_tokens must be >= 1, got {shard_tokens}")
    if isinstance(texts, str):
        raise GenforgeError("write_shards takes an iterable of documents, not one string")
    out = Path(out_dir)
    if out.exists() and not _is_replaceable(out):
        raise GenforgeError(
            f"{out} exists and is not a token shard directory; choose an empty or new --out"
        )
    if not overwrite and out.is_dir() and any(out.iterdir()):
        raise GenforgeError(
            f"--out {out} already holds token shards; pass --overwrite to replace them, "
            "or choose a new --out"
        )
    out.parent.mkdir(parents=True, exist_ok=True)
    dtype_name = shard_dtype(tokenizer.vocab_size)
    dtype = _DTYPES[dtype_name]
    tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.", suffix=".tmp", dir=out.parent))
    try:
        writer = _ShardWriter(tmp, dtype, shard_tokens)
        num_tokens = num_docs = num_bytes = 0
        starts_hash = hashlib.sha256()
        progress = _progress(show_progress)
        with open(tmp / DOC_STARTS_FILE, "wb") as starts_file:
            it = iter(texts)
            while chunk := [t for t in itertools.islice(it, chunk_docs) if t]:
                # Encoding a chunk at once lets the Rust side batch (and parallelise) it.
                encoded = tokenizer.encode_batch(chunk, add_bos=add_bos)
                lengths = np.fromiter((len(e) for e in encoded), dtype=np.int64)
                flat = np.fromiter(itertools.chain.from_iterable(encoded), dtype=dtype)
                starts = num_tokens + np.concatenate(([0], np.cumsum(lengths)[:-1]))
                starts = starts.astype("<i8")
                starts_file.write(starts.tobytes())
                starts_hash.update(starts.tobytes())
                writer.push(flat)
                num_tokens += int(lengths.sum())
                num_docs += len(chunk)
                num_bytes += sum(len(t.encode("utf-8")) for t in chunk)
                if progress is not None:
                    progress.update(len(chunk))
            starts_file.flush()
            os.fsync(starts_file.fileno())
        if progress is not None:
            progress.close()
        writer.flush()
        if num_tokens == 0:
            raise GenforgeError("no text to tokenize: every document is empty; check --data")
        index = {
            "format": FORMAT,
            "dtype": dtype_name,
            "vocab_size": tokenizer.vocab_size,
            "bos_id": tokenizer.bos_id,
            "add_bos": add_bos,
            "num_tokens": num_tokens,
            "num_docs": num_docs,
            "num_bytes": num_bytes,
            "tokenizer_sha256": tokenizer.sha256,
            "shards": writer.shards,
            "doc_starts": {
                "file": DOC_STARTS_FILE,
                "dtype": "int64",
                "sha256": starts_hash.hexdigest(),
            },
        }
        _write_synced(tmp / INDEX_FILE, (json.dumps(index, indent=2) + "\n").encode())
        _swap_into_place(tmp, out)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return index


def _progress(show: bool) -> Any:
    if not show:
        return None
    from tqdm import tqdm

    return tqdm(desc="tokenizing", unit="doc")


def _is_replaceable(path: Path) -> bool:
    if not path.is_dir():
        return False
    entries = list(path.iterdir())
    return not entries or (path / INDEX_FILE).is_file()


def _swap_into_place(tmp: Path, out: Path) -> None:
    if out.exists():
        # Two renames: readers see the old complete set or the new one, never a mix.
        old = Path(tempfile.mkdtemp(prefix=f".{out.name}.", suffix=".old", dir=out.parent))
        old.rmdir()
        os.replace(out, old)
        os.replace(tmp, out)
        shutil.rmtree(old, ignore_errors=True)
    else:
        os.replace(tmp, out)


class TokenShards:
    """Read-only, memory-mapped view of a shard directory as one flat token stream."""

    def __init__(
        self, directory: Path, index: dict[str, Any], maps: list[np.ndarray], doc_starts: np.ndarray
    ) -> None:
        self.directory = directory
        self.index = index
        self._maps = maps
        counts = np.array([len(m) for m in maps], dtype=np.int64)
        self._ends = np.cumsum(counts)
        self._begins = self._ends - counts
        self._doc_starts = doc_starts

    @property
    def num_tokens(self) -> int:
        return int(self.index["num_tokens"])

    @property
    def num_docs(self) -> int:
        return int(self.index["num_docs"])

    @property
    def num_bytes(self) -> int:
        """UTF-8 bytes of the source texts (bits per byte = total nats / ln 2 / this)."""
        return int(self.index["num_bytes"])

    @property
    def dtype(self) -> np.dtype:
        return _DTYPES[self.index["dtype"]]

    @property
    def vocab_size(self) -> int:
        return int(self.index["vocab_size"])

    @property
    def bos_id(self) -> int:
        return int(self.index["bos_id"])

    @property
    def tokenizer_sha256(self) -> str:
        return str(self.index["tokenizer_sha256"])

    @property
    def doc_starts(self) -> np.ndarray:
        """int64 offsets of each document's first token (its BOS), ascending."""
        return self._doc_starts

    def __len__(self) -> int:
        return self.num_tokens

    def tokens(self, start: int, length: int) -> np.ndarray:
        """A copy of tokens ``[start, start + length)`` of the whole stream (shard dtype)."""
        start, length = int(start), int(length)
        if start < 0 or length < 0 or start + length > self.num_tokens:
            raise IndexError(
                f"tokens [{start}, {start + length}) out of range [0, {self.num_tokens})"
            )
        k = int(np.searchsorted(self._ends, start, side="right"))
        if k < len(self._maps) and start + length <= self._ends[k]:
            lo = start - int(self._begins[k])
            return np.array(self._maps[k][lo : lo + length])
        out = np.empty(length, dtype=self.dtype)
        pos = 0
        while pos < length:
            lo = start + pos - int(self._begins[k])
            take = min(length - pos, len(self._maps[k]) - lo)
            out[pos : pos + take] = self._maps[k][lo : lo + take]
            pos += take
            k += 1
        return out

    def __repr__(self) -> str:
        return (
            f"TokenShards({str(self.directory)!r}, num_tokens={self.num_tokens}, "
            f"num_docs={self.num_docs}, shards={len(self._maps)})"
        )


def open_shards(
    directory: str | os.PathLike,
    *,
    verify_sha256: bool = False,
    expect_tokenizer_sha256: str | None = None,
) -> TokenShards:
    """Memory-map the shards in ``directory`` after checking them against ``index.json``.

    Raises GenforgeError for a missing index or shard, a shard whose size disagrees with
    the index (truncated), a hash mismatch (with ``verify_sha256``; reads every byte), or
    shards made by another tokenizer than ``expect_tokenizer_sha256``.
    """
    d = Path(directory)
    fix = f"re-create them with `genforge tokenizer shards --out {d}`"
    if not (d / INDEX_FILE).is_file():
        raise GenforgeError(f"{d} holds no token shards ({INDEX_FILE} missing); {fix}")
    index = read_json(d / INDEX_FILE, "shard index")
    if not isinstance(index, dict) or index.get("format") != FORMAT:
        raise GenforgeError(f"{d / INDEX_FILE} is not a format-{FORMAT} shard index; {fix}")
    dtype_name = index.get("dtype")
    if dtype_name not in _DTYPES:
        raise GenforgeError(f"{d / INDEX_FILE}: unknown dtype {dtype_name!r}; {fix}")
    if expect_tokenizer_sha256 is not None and index["tokenizer_sha256"] != expect_tokenizer_sha256:
        raise GenforgeError(
            f"shards in {d} were made with tokenizer {index['tokenizer_sha256'][:12]}, not "
            f"{expect_tokenizer_sha256[:12]}; re-tokenize with this tokenizer"
        )
    dtype = _DTYPES[dtype_name]
    maps = []
    for entry in index["shards"]:
        maps.append(_map_file(d / entry["file"], dtype, entry, fix, verify_sha256))
    total = sum(len(m) for m in maps)
    if total != index["num_tokens"]:
        raise GenforgeError(
            f"{d}: shards hold {total} tokens but the index says {index['num_tokens']}; {fix}"
        )
    ds = index["doc_starts"]
    doc_entry = {"num_tokens": index["num_docs"], "sha256": ds.get("sha256")}
    starts = _map_file(d / ds["file"], np.dtype("<i8"), doc_entry, fix, verify_sha256)
    return TokenShards(d, index, maps, starts)


def _map_file(
    path: Path, dtype: np.dtype, entry: dict[str, Any], fix: str, verify: bool
) -> np.ndarray:
    if not path.is_file():
        raise GenforgeError(f"token shard file missing: {path}; {fix}")
    expected = int(entry["num_tokens"]) * dtype.itemsize
    actual = path.stat().st_size
    if actual != expected:
        state = "truncated" if actual < expected else "larger than the index says"
        raise GenforgeError(f"{path} is {state}: {actual} bytes, expected {expected}; {fix}")
    if verify and entry.get("sha256") and sha256_file(path) != entry["sha256"]:
        raise GenforgeError(f"{path} is corrupt: sha256 does not match the index; {fix}")
    if expected == 0:
        return np.empty(0, dtype=dtype)
    return np.memmap(path, dtype=dtype, mode="r")


__all__ = ["TokenShards", "open_shards", "shard_dtype", "write_shards"]
