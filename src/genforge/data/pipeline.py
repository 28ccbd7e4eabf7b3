"""Sources -> normalize -> quality filters -> exact dedup -> near dedup -> train/val dataset dir.

A dataset dir holds ``train.jsonl`` and ``val.jsonl`` (one ``{"text", "source"}`` object per
line), ``card.json`` (every count, the config, input hashes and a fingerprint) and
``card.md`` (the same for a person). It is built in a temporary sibling folder and renamed
into place, so an interrupted run never leaves a half-written dataset where a finished one
is expected.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import platform
import shutil
import tempfile
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

from genforge import __version__
from genforge.config import config_to_dict
from genforge.data.clean import (
    FILTER_REASONS,
    QualityThresholds,
    first_failing_filter,
    normalize_text,
)
from genforge.data.dedup import ExactDedup, MinHasher, NearDupIndex, choose_bands
from genforge.data.licenses import licenses
from genforge.data.pii import PII_MODES, PiiScrubber
from genforge.data.sources import SourceStats, iter_documents, resolve_sources
from genforge.errors import GenforgeError
from genforge.io import atomic_write_json, atomic_write_text

DATASET_FORMAT = "genforge-dataset"
# Bump when the pipeline's output for the same inputs and config changes, so cached
# fingerprints stop matching.
DATASET_FORMAT_VERSION = 1
SPLITS = ("train", "val")
_EXAMPLES = 5

DEDUP_REASONS = {
    "exact_dup": "same text (SHA-256 of the normalized text) as an earlier kept document",
    "near_dup": "estimated Jaccard similarity >= near_dup_threshold with an earlier kept document",
}

# Config fields that do not change the dataset's content; left out of the fingerprint.
_NOT_CONTENT = frozenset({"sources", "out"})


@dataclass
class DataConfig:
    """Settings of ``genforge data``; every threshold can be changed from the CLI."""

    sources: list[str] = field(default_factory=lambda: ["stdlib"])
    out: str = ""
    jsonl_field: str = "text"
    val_fraction: float = 0.05
    seed: int = 0
    min_chars: int = 20
    max_chars: int = 1_000_000
    max_nonprintable_ratio: float = 0.01
    max_dup_line_fraction: float = 0.6
    exact_dedup: bool = True
    near_dedup: bool = True
    near_dup_threshold: float = 0.8
    num_perm: int = 128
    shingle: Literal["word", "char"] = "word"
    shingle_size: int = 5
    nfc: bool = False
    # PII and secrets (data/pii.py): "report" counts them in the card, "redact" replaces
    # each with a typed placeholder (<EMAIL>, ...), "drop" drops the document.
    pii: str = "off"

    def validate(self) -> None:
        """Raise GenforgeError naming the first field whose value makes no sense."""

        def bad(name: str, rule: str) -> GenforgeError:
            flag = "--" + name.replace("_", "-")
            return GenforgeError(f"{name} {rule}, got {getattr(self, name)!r}; fix {flag}")

        if not self.sources or not all(isinstance(s, str) and s for s in self.sources):
            raise bad("sources", "must be a non-empty list of paths, globs or 'stdlib'")
        if not self.out:
            raise bad("out", "must name the dataset dir to write")
        if not self.jsonl_field:
            raise bad("jsonl_field", "must name the JSON field or Parquet column holding text")
        if not 0.0 < self.val_fraction < 1.0:
            raise bad("val_fraction", "must be between 0 and 1 (exclusive), e.g. 0.05")
        if self.min_chars < 0:
            raise bad("min_chars", "must be >= 0")
        if self.max_chars < 1 or self.max_chars < self.min_chars:
            raise bad("max_chars", f"must be >= 1 and >= min_chars ({self.min_chars})")
        if not 0.0 <= self.max_nonprintable_ratio <= 1.0:
            raise bad("max_nonprintable_ratio", "must be between 0 and 1")
        if not 0.0 <= self.max_dup_line_fraction <= 1.0:
            raise bad("max_dup_line_fraction", "must be between 0 and 1")
        if not 0.0 < self.near_dup_threshold <= 1.0:
            raise bad("near_dup_threshold", "must be in (0, 1], e.g. 0.8")
        if not 8 <= self.num_perm <= 4096:
            raise bad("num_perm", "must be between 8 and 4096, e.g. 128")
        if self.shingle not in ("word", "char"):
            raise bad("shingle", "must be 'word' or 'char'")
        if not 1 <= self.shingle_size <= 64:
            raise bad("shingle_size", "must be between 1 and 64, e.g. 5")
        if self.pii not in PII_MODES:
            raise bad("pii", f"must be one of {', '.join(PII_MODES)}")

    def thresholds(self) -> QualityThresholds:
        return QualityThresholds(
            min_chars=self.min_chars,
            max_chars=self.max_chars,
            max_nonprintable_ratio=self.max_nonprintable_ratio,
            max_dup_line_fraction=self.max_dup_line_fraction,
        )


def _content_config(cfg: DataConfig | None) -> dict[str, Any]:
    cfg = cfg if cfg is not None else DataConfig()
    return {k: v for k, v in config_to_dict(cfg).items() if k not in _NOT_CONTENT}


def dataset_fingerprint(sources: str | Sequence[str], cfg: DataConfig | None = None) -> str:
    """Hex SHA-256 of the input listing (path, size, mtime of each file) and the config.

    Cheap (stats files, reads none): equal fingerprints mean a rebuild would give the same
    dataset, so later stages may key caches on it. Raises GenforgeError for missing sources.
    """
    listing = []
    for f in resolve_sources(sources):
        try:
            st = f.path.stat()
        except OSError as e:
            raise GenforgeError(f"cannot read {f.path}: {e.strerror}") from e
        listing.append([f.source_id, str(f.path.resolve()), st.st_size, st.st_mtime_ns])
    payload = {
        "format": DATASET_FORMAT,
        "version": DATASET_FORMAT_VERSION,
        "config": _content_config(cfg),
        "files": listing,
    }
    blob = json.dumps(payload, sort_keys=True, separators=(",", ":")).encode()
    return hashlib.sha256(blob).hexdigest()


def split_score(source_id: str, seed: int) -> float:
    """Uniform number in [0, 1) fixed by ``(seed, source_id)``; below val_fraction -> val."""
    digest = hashlib.sha256(f"{seed}\0{source_id}".encode("utf-8", "surrogatepass")).digest()
    return int.from_bytes(digest[:8], "big") / 2**64


def is_dataset_dir(path: str | os.PathLike) -> bool:
    """True if ``path`` is a finished dataset dir written by ``build_dataset``."""
    p = Path(path)
    if not all((p / name).is_file() for name in ("card.json", "train.jsonl", "val.jsonl")):
        return False
    try:
        card = json.loads((p / "card.json").read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        return False
    return isinstance(card, dict) and card.get("format") == DATASET_FORMAT


def load_card(dataset_dir: str | os.PathLike) -> dict[str, Any]:
    """The ``card.json`` of a dataset dir; GenforgeError if it is not one."""
    _require_dataset_dir(dataset_dir)
    return json.loads((Path(dataset_dir) / "card.json").read_text(encoding="utf-8"))


def _require_dataset_dir(dataset_dir: str | os.PathLike) -> Path:
    p = Path(dataset_dir)
    if not is_dataset_dir(p):
        raise GenforgeError(
            f"{p} is not a genforge dataset dir (it needs card.json, train.jsonl and "
            f"val.jsonl); build one with `genforge data --out {p}`"
        )
    return p


def read_texts(dataset_dir: str | os.PathLike, split: str) -> Iterator[str]:
    """Yield the texts of one split (``train`` or ``val``) of a dataset dir, in file order."""
    if split not in SPLITS:
        raise GenforgeError(f"split must be one of {list(SPLITS)}, got {split!r}")
    path = _require_dataset_dir(dataset_dir) / f"{split}.jsonl"
    with open(path, encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, start=1):
            try:
                yield json.loads(line)["text"]
            except (json.JSONDecodeError, KeyError, TypeError) as e:
                raise GenforgeError(
                    f"{path}:{lineno} is not a dataset record ({e}); rebuild the dataset"
                ) from None


# Raw text read without the pipeline (tokenizer training, token shards) is cut into pieces
# of about this many characters, so one huge file is not one huge training string; every
# HOLDOUT_EVERY-th piece is the "val" split.
PIECE_CHARS = 1 << 20
HOLDOUT_EVERY = 20


def _pieces(text: str) -> Iterator[str]:
    while len(text) > PIECE_CHARS:
        cut = text.rfind("\n", 0, PIECE_CHARS) + 1 or PIECE_CHARS
        yield text[:cut]
        text = text[cut:]
    if text:
        yield text


def corpus_split(data: str | os.PathLike, split: str) -> tuple[Iterator[str], str]:
    """Texts of ``split`` ("train" or "val") of ``data`` and the kind of input it was:
    ``"dataset"`` for a dataset dir (its own split), else ``"files"`` for anything
    ``--data`` takes as raw text (files, folders, globs, .jsonl/.parquet, 'stdlib',
    comma-separated), read as the data pipeline reads it and split by piece."""
    if split not in SPLITS:
        raise GenforgeError(f"split must be one of {list(SPLITS)}, got {split!r}")
    if is_dataset_dir(data):
        return iter(read_texts(data, split)), "dataset"
    sources = [s for s in str(data).split(",") if s.strip()] or [str(data)]
    resolve_sources(sources)  # a bad path fails here, not halfway through a generator
    pieces = (piece for doc in iter_documents(sources) for piece in _pieces(doc.text))
    keep_val = split == "val"
    texts = (
        t for n, t in enumerate(pieces) if (n % HOLDOUT_EVERY == HOLDOUT_EVERY - 1) == keep_val
    )
    return texts, "files"


@dataclass
class _SplitWriter:
    path: Path
    documents: int = 0
    bytes: int = 0
    chars: int = 0

    def __post_init__(self) -> None:
        self.open("w")

    def open(self, mode: str) -> None:
        self._fh = open(self.path, mode, encoding="utf-8", newline="\n")

    @property
    def closed(self) -> bool:
        return self._fh.closed

    def write(self, text: str, source_id: str) -> None:
        rec = json.dumps({"text": text, "source": source_id}, ensure_ascii=False)
        self._fh.write(rec + "\n")
        self.documents += 1
        self.bytes += len(text.encode("utf-8"))
        self.chars += len(text)

    def close(self) -> None:
        self._fh.flush()
        os.fsync(self._fh.fileno())
        self._fh.close()

    def summary(self) -> dict[str, Any]:
        return {
            "file": self.path.name,
            "documents": self.documents,
            "bytes": self.bytes,
            "chars": self.chars,
        }


def _move_one_record(src: _SplitWriter, dst: _SplitWriter, line_index: int) -> None:
    """Move record ``line_index`` of the closed ``src`` file to the open ``dst`` writer."""
    lines = src.path.read_text(encoding="utf-8").splitlines(keepends=True)
    rec = json.loads(lines[line_index])
    del lines[line_index]
    with open(src.path, "w", encoding="utf-8", newline="\n") as fh:
        fh.writelines(lines)
        fh.flush()
        os.fsync(fh.fileno())
    text = rec["text"]
    src.documents -= 1
    src.bytes -= len(text.encode("utf-8"))
    src.chars -= len(text)
    dst.write(text, rec["source"])


def _check_out_dir(out: Path) -> None:
    if out.exists() and not out.is_dir():
        raise GenforgeError(f"--out {out} is a file; give a folder path for the dataset dir")
    if out.is_dir() and any(out.iterdir()) and not is_dataset_dir(out):
        raise GenforgeError(
            f"--out {out} exists and is not a genforge dataset dir; "
            "choose a new folder or empty this one"
        )


def _apply_default_permissions(folder: Path) -> None:
    """Give the dataset the modes a plain mkdir/open would (temp files start private)."""
    umask = os.umask(0)
    os.umask(umask)
    folder.chmod(0o777 & ~umask)
    for child in folder.iterdir():
        child.chmod(0o666 & ~umask)


def _replace_dir(tmp: Path, out: Path) -> None:
    """Rename ``tmp`` to ``out``; an old ``out`` is moved aside first and deleted after."""
    old = None
    if out.exists():
        old = Path(tempfile.mkdtemp(prefix=f".{out.name}.old.", dir=out.parent))
        os.replace(out, old / "d")
    os.replace(tmp, out)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def _dropped_summary(documents_read: int, dropped: dict[str, dict[str, Any]]) -> str:
    """``"the only document was dropped by min_chars"`` / ``"all 5 documents were dropped:
    3 by min_chars, 2 by max_dup_line_fraction"``: counts, not thresholds."""
    by = [(stage, entry["count"]) for stage, entry in dropped.items() if entry["count"]]
    if documents_read == 1:
        return (
            f"the only document was dropped by the {by[0][0]} filter"
            if by
            else ("the only document was dropped")
        )
    parts = ", ".join(f"{n} by {stage}" for stage, n in by)
    return f"all {documents_read} documents were dropped" + (f": {parts}" if parts else "")


def build_dataset(cfg: DataConfig, *, force: bool = False, progress: bool = True) -> dict:
    """Run the pipeline and write the dataset dir ``cfg.out``; return its card (a dict).

    When ``cfg.out`` already holds a dataset with the same fingerprint the build is skipped
    (the card comes back with ``"cached": True``) unless ``force``. Raises GenforgeError for
    bad config or input, including when no document survives the filters.
    """
    cfg.validate()
    out = Path(cfg.out).expanduser()
    _check_out_dir(out)
    fingerprint = dataset_fingerprint(cfg.sources, cfg)
    if not force and is_dataset_dir(out):
        card = load_card(out)
        if card.get("fingerprint") == fingerprint:
            return {**card, "cached": True, "out": str(out)}

    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.", suffix=".tmp", dir=out.parent))
    try:
        card = _build_into(cfg, tmp, fingerprint, progress)
        _apply_default_permissions(tmp)
        _replace_dir(tmp, out)
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)
    return {**card, "cached": False, "out": str(out)}


def _build_into(cfg: DataConfig, tmp: Path, fingerprint: str, progress: bool) -> dict:
    started = time.perf_counter()
    limits = cfg.thresholds()
    stats = SourceStats()
    dropped: dict[str, dict[str, Any]] = {
        name: {"count": 0, "reason": reason, "examples": []}
        for name, reason in {**FILTER_REASONS, **DEDUP_REASONS}.items()
    }
    scrubber = PiiScrubber(cfg.pii)
    if cfg.pii == "drop":
        dropped["pii"] = {"count": 0, "reason": "contains PII or a secret", "examples": []}

    def drop(stage: str, source_id: str) -> None:
        entry = dropped[stage]
        entry["count"] += 1
        if len(entry["examples"]) < _EXAMPLES:
            entry["examples"].append(source_id)

    exact = ExactDedup() if cfg.exact_dedup else None
    hasher = near = None
    if cfg.near_dedup:
        hasher = MinHasher(
            cfg.num_perm, shingle=cfg.shingle, shingle_size=cfg.shingle_size, seed=cfg.seed
        )
        near = NearDupIndex(cfg.near_dup_threshold, cfg.num_perm)
    # A normalized char needs at most 4 UTF-8 bytes (3-byte BOM aside), so a larger file must
    # fail max_chars; skipping it unread keeps a stray multi-GB log from filling memory.
    # NFC can merge several code points into one, so the bound does not hold with it.
    max_file_bytes = None if cfg.nfc else 4 * cfg.max_chars + 3

    writers = {s: _SplitWriter(tmp / f"{s}.jsonl") for s in SPLITS}
    # Per split, the record nearest the val/train boundary, in case one split ends empty.
    edge: dict[str, tuple[float, int] | None] = {"train": None, "val": None}
    try:
        docs = iter_documents(
            cfg.sources,
            jsonl_field=cfg.jsonl_field,
            stats=stats,
            max_file_bytes=max_file_bytes,
            progress=progress,
        )
        for doc in docs:
            text = normalize_text(doc.text, nfc=cfg.nfc)
            failed = first_failing_filter(text, limits)
            if failed is not None:
                drop(failed, doc.source_id)
                continue
            # Before dedup, so documents equal once redacted are duplicates.
            text = scrubber.process(text)
            if text is None:
                drop("pii", doc.source_id)
                continue
            if exact is not None and exact.is_duplicate(text):
                drop("exact_dup", doc.source_id)
                continue
            if hasher is not None and near is not None:
                sig = hasher.signature(text)
                dup_of = near.query(sig)
                if dup_of is not None:
                    drop("near_dup", f"{doc.source_id} ~ {dup_of}")
                    continue
                near.add(sig, doc.source_id)
            score = split_score(doc.source_id, cfg.seed)
            split = "val" if score < cfg.val_fraction else "train"
            line = writers[split].documents
            prev = edge[split]
            # train keeps its lowest score, val its highest: the closest to switching sides.
            key = score if split == "train" else -score
            if prev is None or key < prev[0]:
                edge[split] = (key, line)
            writers[split].write(text, doc.source_id)
    finally:
        for w in writers.values():
            if not w.closed:
                w.close()

    for entry in stats.files:
        if entry.status == "oversize":
            drop("max_chars", entry.source_id)
    kept = writers["train"].documents + writers["val"].documents
    documents_read = stats.documents + stats.oversize_skipped
    if kept == 0:
        raise GenforgeError(
            f"empty corpus after filtering: {_dropped_summary(documents_read, dropped)}; "
            "loosen the filter that dropped them (`genforge data --min-chars N "
            "--max-dup-line-fraction X ...`, see `genforge data --help`) or check the source"
        )
    for empty, full in (("val", "train"), ("train", "val")):
        spot = edge[full]
        if writers[empty].documents == 0 and kept >= 2 and spot is not None:
            w = writers[empty]
            w.open("a")
            _move_one_record(writers[full], w, spot[1])
            w.close()

    card = _dataset_card(cfg, fingerprint, started, stats, dropped, writers, documents_read)
    if cfg.pii != "off":
        card["pii"] = scrubber.report()
    if cfg.near_dedup:
        bands, rows = choose_bands(cfg.near_dup_threshold, cfg.num_perm)
        card["near_dedup"] = {
            "method": f"MinHash over {cfg.shingle} {cfg.shingle_size}-gram shingles, LSH bands",
            "num_perm": cfg.num_perm,
            "bands": bands,
            "rows": rows,
            "threshold": cfg.near_dup_threshold,
        }
    atomic_write_json(tmp / "card.json", card)
    atomic_write_text(tmp / "card.md", render_card_md(card))
    return card


def _dataset_card(
    cfg: DataConfig,
    fingerprint: str,
    started: float,
    stats: SourceStats,
    dropped: dict[str, dict[str, Any]],
    writers: dict[str, _SplitWriter],
    documents_read: int,
) -> dict[str, Any]:
    """The dataset card's fields: what was read, what was dropped and why, the splits."""
    read_files = [f for f in stats.files if f.sha256 is not None]
    inputs_hash = hashlib.sha256(
        "\n".join(f"{f.source_id}\t{f.sha256}" for f in read_files).encode("utf-8", "surrogatepass")
    ).hexdigest()
    return {
        "format": DATASET_FORMAT,
        "format_version": DATASET_FORMAT_VERSION,
        "fingerprint": fingerprint,
        "created": {
            "at": datetime.now(UTC).isoformat(timespec="seconds"),
            "genforge_version": __version__,
            "python": platform.python_version(),
            "platform": platform.platform(),
            "elapsed_s": round(time.perf_counter() - started, 3),
        },
        "config": config_to_dict(cfg),
        "inputs": {
            "sources": list(cfg.sources),
            "files": len(stats.files),
            "files_read": len(read_files),
            "bytes_read": sum(f.bytes for f in read_files),
            "sha256": inputs_hash,
            "binary_skipped": stats.binary_skipped,
            "oversize_skipped": stats.oversize_skipped,
            "invalid_utf8_bytes": stats.invalid_bytes,
            "documents_with_invalid_utf8": stats.documents_with_invalid_bytes,
            "null_values_skipped": stats.null_values,
            "file_list": [dataclasses.asdict(f) for f in stats.files],
        },
        "licenses": licenses(list(cfg.sources)),
        "documents_read": documents_read,
        "dropped": dropped,
        "documents_kept": writers["train"].documents + writers["val"].documents,
        "splits": {s: writers[s].summary() for s in SPLITS},
        "split_rule": (
            f"val if sha256('{cfg.seed}\\0' + source)[:8] / 2**64 < {cfg.val_fraction}; "
            "if a split ends empty, the record nearest the boundary moves to it"
        ),
    }


def _fmt_bytes(n: int) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if n < 1000 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1000
    return f"{n} B"


def render_card_md(card: dict[str, Any]) -> str:
    """A human-readable dataset card (Markdown) from a ``card.json`` dict."""
    cfg = card["config"]
    inputs = card["inputs"]
    lines = [
        "# Dataset card",
        "",
        f"Built by genforge {card['created']['genforge_version']} on {card['created']['at']} "
        f"in {card['created']['elapsed_s']:.1f} s (Python {card['created']['python']}).",
        "",
        f"- Fingerprint: `{card['fingerprint']}`",
        f"- Sources: {', '.join(f'`{s}`' for s in inputs['sources'])}",
        "- Licences (SPDX): "
        + ", ".join(f"`{x['source']}`: {x['license']}" for x in card.get("licenses", [])),
        f"- Input files: {inputs['files']} ({inputs['files_read']} read, "
        f"{_fmt_bytes(inputs['bytes_read'])}; {inputs['binary_skipped']} binary skipped, "
        f"{inputs['oversize_skipped']} over the size limit skipped)",
        f"- Input content SHA-256: `{inputs['sha256']}`",
        f"- Invalid UTF-8 bytes replaced: {inputs['invalid_utf8_bytes']} "
        f"(in {inputs['documents_with_invalid_utf8']} documents)",
        "",
        "## Documents",
        "",
        "| stage | documents | why |",
        "|---|---:|---|",
        f"| read | {card['documents_read']} | |",
    ]
    for name, entry in card["dropped"].items():
        lines.append(f"| dropped: {name} | {entry['count']} | {entry['reason']} |")
    lines += [
        f"| **kept** | **{card['documents_kept']}** | |",
        "",
        "## Splits",
        "",
        "| split | file | documents | characters | bytes |",
        "|---|---|---:|---:|---:|",
    ]
    for name, s in card["splits"].items():
        size = _fmt_bytes(s["bytes"])
        lines.append(f"| {name} | `{s['file']}` | {s['documents']} | {s['chars']} | {size} |")
    lines += ["", f"Split rule: {card['split_rule']}.", "", "## Settings", ""]
    lines += [f"- `{k}`: `{v}`" for k, v in cfg.items()]
    if "near_dedup" in card:
        nd = card["near_dedup"]
        lines += [
            "",
            f"Near-duplicate removal: {nd['method']}, {nd['num_perm']} permutations in "
            f"{nd['bands']} bands of {nd['rows']} rows, threshold {nd['threshold']}.",
        ]
    if "pii" in card:
        pii = card["pii"]
        lines += [
            "",
            f"## PII and secrets ({pii['mode']})",
            "",
            "| kind | findings |",
            "|---|---:|",
        ]
        lines += [f"| {k} | {n} |" for k, n in pii["findings"].items()]
        lines.append(
            f"\n{pii['documents_with_pii']} of {pii['documents_scanned']} documents had any."
        )
    examples = {k: v["examples"] for k, v in card["dropped"].items() if v["examples"]}
    if examples:
        lines += ["", "## Examples of dropped documents", ""]
        for name, ex in examples.items():
            lines.append(f"- {name}: " + ", ".join(f"`{e}`" for e in ex))
    sources = " ".join(f"--data {s}" for s in inputs["sources"])
    lines += [
        "",
        "## Rebuild",
        "",
        "```",
        f"genforge data {sources} --out DIR",
        "```",
        "",
        "with the settings above; `card.json` holds the SHA-256 of every input file.",
        "",
    ]
    return "\n".join(lines)
