"""Where documents come from: the embedded stdlib corpus, files, directories, globs, JSONL
and Parquet.

``resolve_sources`` turns what the user typed into a sorted list of input files without
reading them (cheap enough to fingerprint); ``iter_documents`` reads them in that order and
yields one ``Document`` per text file, JSONL line or Parquet row.

Source ids are chosen so they stay stable when unrelated files are added or the corpus folder
is moved, because the train/val split is decided from them.
"""

from __future__ import annotations

import glob
import hashlib
import json
import os
import sys
import sysconfig
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from genforge.data.clean import decode_utf8, looks_binary
from genforge.errors import GenforgeError
from genforge.io import sha256_file

STDLIB = "stdlib"
# Test suites hold deliberately odd files (bad encodings, huge fixtures) and are not prose
# or idiomatic code, so the default corpus leaves them out.
_STDLIB_SKIP_DIRS = frozenset(
    {"site-packages", "dist-packages", "__pycache__", "test", "tests", "idle_test"}
)
_DIR_SKIP_DIRS = frozenset({"__pycache__"})
_GLOB_CHARS = frozenset("*?[")
_SNIFF_BYTES = 8192
_TICK_BYTES = 1 << 22

FileKind = Literal["text", "jsonl", "parquet"]


@dataclass(frozen=True, slots=True)
class Document:
    """One unit of text and a stable id naming where it came from."""

    text: str
    source_id: str


@dataclass(frozen=True, slots=True)
class InputFile:
    """A file to read: ``explicit`` is True when the user named it directly, which turns a
    binary file from something to skip into an error."""

    path: Path
    source_id: str
    kind: FileKind
    explicit: bool


@dataclass
class FileRecord:
    """What reading one input file gave: status is ``read``, ``binary`` or ``oversize``."""

    source_id: str
    path: str
    bytes: int
    sha256: str | None
    documents: int
    status: str


@dataclass
class SourceStats:
    """Counters filled in while ``iter_documents`` runs, for the dataset card."""

    files: list[FileRecord] = field(default_factory=list)
    documents: int = 0
    binary_skipped: int = 0
    oversize_skipped: int = 0
    invalid_bytes: int = 0
    documents_with_invalid_bytes: int = 0
    null_values: int = 0


def stdlib_dir() -> Path:
    """The directory of the running interpreter's standard library sources."""
    return Path(sysconfig.get_paths()["stdlib"])


def _kind_of(path: Path) -> FileKind:
    suffix = path.suffix.lower()
    if suffix == ".jsonl":
        return "jsonl"
    if suffix == ".parquet":
        return "parquet"
    return "text"


def _stdlib_files() -> list[InputFile]:
    root = stdlib_dir()
    if not root.is_dir():
        raise GenforgeError(
            f"the Python standard library sources were not found at {root}; "
            "give your own corpus with --data PATH"
        )
    found = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = [d for d in dirnames if d not in _STDLIB_SKIP_DIRS and not d.startswith(".")]
        for name in filenames:
            if name.endswith(".py"):
                path = Path(dirpath, name)
                found.append(InputFile(path, path.relative_to(root).as_posix(), "text", False))
    if not found:
        raise GenforgeError(
            f"no .py files found under the standard library at {root}; "
            "give your own corpus with --data PATH"
        )
    return sorted(found, key=lambda f: f.source_id)


def _directory_files(root: Path) -> list[InputFile]:
    # Ids start with the folder's own name so they survive moving the folder elsewhere.
    prefix = root.resolve().name or "root"
    found = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = [d for d in dirnames if not d.startswith(".") and d not in _DIR_SKIP_DIRS]
        for name in filenames:
            if name.startswith("."):
                continue
            path = Path(dirpath, name)
            if not path.is_file():
                continue
            rel = path.relative_to(root).as_posix()
            found.append(InputFile(path, f"{prefix}/{rel}", _kind_of(path), False))
    return sorted(found, key=lambda f: f.source_id)


def _resolve_one(source: str) -> list[InputFile]:
    if source == STDLIB:
        return _stdlib_files()
    path = Path(source).expanduser()
    if path.is_dir():
        files = _directory_files(path)
        if not files:
            raise GenforgeError(f"directory {source} has no files (hidden files are skipped)")
        return files
    if path.is_file():
        return [InputFile(path, os.path.normpath(source), _kind_of(path), True)]
    if path.exists():
        raise GenforgeError(f"source {source} is neither a file nor a directory")
    if _GLOB_CHARS & set(source):
        matches = sorted(glob.glob(str(path), recursive=True))
        files: list[InputFile] = []
        for match in matches:
            mpath = Path(match)
            if mpath.is_dir():
                files.extend(_directory_files(mpath))
            elif mpath.is_file() and not mpath.name.startswith("."):
                files.append(InputFile(mpath, os.path.normpath(match), _kind_of(mpath), False))
        if not files:
            raise GenforgeError(f"glob pattern {source!r} matched no files; check the pattern")
        return files
    raise GenforgeError(
        f"source not found: {source}; give an existing file, directory, glob pattern, "
        f".jsonl or .parquet file, or 'stdlib' for the embedded corpus"
    )


def resolve_sources(sources: str | Sequence[str]) -> list[InputFile]:
    """List the input files of ``sources`` (in the order given, each sorted) without reading.

    Raises GenforgeError when a source does not exist or names no files.
    """
    if isinstance(sources, str):
        sources = [sources]
    if not sources:
        raise GenforgeError("no corpus given; pass --data PATH (or --data stdlib)")
    files: list[InputFile] = []
    for source in sources:
        files.extend(_resolve_one(str(source)))
    return files


def _size_or_zero(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _unreadable(path: Path, err: OSError) -> GenforgeError:
    reason = err.strerror or str(err)
    return GenforgeError(f"cannot read {path}: {reason}; check the file and its permissions")


def _read_text_file(
    f: InputFile, stats: SourceStats, max_file_bytes: int | None
) -> Iterator[Document]:
    try:
        size = f.path.stat().st_size
        if max_file_bytes is not None and size > max_file_bytes:
            stats.oversize_skipped += 1
            stats.files.append(FileRecord(f.source_id, str(f.path), size, None, 0, "oversize"))
            return
        with open(f.path, "rb") as fh:
            head = fh.read(_SNIFF_BYTES)
            data = head if b"\x00" in head else head + fh.read()
    except OSError as e:
        raise _unreadable(f.path, e) from e
    text, invalid = ("", 0) if b"\x00" in head else decode_utf8(data)
    if looks_binary(data, invalid):
        if f.explicit:
            raise GenforgeError(
                f"{f.path} looks like a binary file (NUL bytes or not UTF-8 text); "
                "give text files, .jsonl or .parquet"
            )
        stats.binary_skipped += 1
        stats.files.append(FileRecord(f.source_id, str(f.path), size, None, 0, "binary"))
        return
    if invalid:
        stats.invalid_bytes += invalid
        stats.documents_with_invalid_bytes += 1
    digest = hashlib.sha256(data).hexdigest()
    stats.files.append(FileRecord(f.source_id, str(f.path), len(data), digest, 1, "read"))
    yield Document(text, f.source_id)


def _missing_field(where: str, field_name: str, present: Sequence[str]) -> GenforgeError:
    shown = ", ".join(present) if present else "none"
    return GenforgeError(
        f"{where} has no field {field_name!r} (fields present: {shown}); "
        f"choose the text field with `genforge data --jsonl-field NAME`"
    )


def _read_jsonl(
    f: InputFile, stats: SourceStats, field_name: str, tick: Callable[[int], None]
) -> Iterator[Document]:
    h = hashlib.sha256()
    n_bytes = n_docs = unreported = 0
    try:
        fh = open(f.path, "rb")
    except OSError as e:
        raise _unreadable(f.path, e) from e
    try:
        for lineno, raw in enumerate(fh, start=1):
            h.update(raw)
            n_bytes += len(raw)
            unreported += len(raw)
            if unreported >= _TICK_BYTES:
                tick(unreported)
                unreported = 0
            if not raw.strip():
                continue
            line, invalid = decode_utf8(raw)
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as e:
                raise GenforgeError(
                    f"{f.path}:{lineno}: not valid JSON ({e.msg}: column {e.colno}); "
                    "a .jsonl file needs one JSON object per line"
                ) from None
            if not isinstance(obj, dict):
                raise GenforgeError(
                    f"{f.path}:{lineno}: expected a JSON object, got {type(obj).__name__}; "
                    "a .jsonl file needs one JSON object per line"
                )
            if field_name not in obj:
                raise _missing_field(f"{f.path}:{lineno}", field_name, list(obj))
            value = obj[field_name]
            if value is None:
                stats.null_values += 1
                continue
            if not isinstance(value, str):
                raise GenforgeError(
                    f"{f.path}:{lineno}: field {field_name!r} is {type(value).__name__}, "
                    "expected a string; choose the text field with "
                    "`genforge data --jsonl-field NAME`"
                )
            if invalid:
                stats.invalid_bytes += invalid
                stats.documents_with_invalid_bytes += 1
            n_docs += 1
            yield Document(value, f"{f.source_id}:{lineno}")
    except OSError as e:
        raise _unreadable(f.path, e) from e
    finally:
        fh.close()
    tick(unreported)
    stats.files.append(FileRecord(f.source_id, str(f.path), n_bytes, h.hexdigest(), n_docs, "read"))


def _read_parquet(f: InputFile, stats: SourceStats, field_name: str) -> Iterator[Document]:
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        pf = pq.ParquetFile(f.path)
    except OSError as e:
        raise _unreadable(f.path, e) from e
    except (pa.ArrowException, ValueError) as e:
        raise GenforgeError(f"{f.path} is not a valid Parquet file ({e})") from e
    schema = pf.schema_arrow
    if field_name not in schema.names:
        raise _missing_field(str(f.path), field_name, schema.names)
    col_type = schema.field(field_name).type
    if not (pa.types.is_string(col_type) or pa.types.is_large_string(col_type)):
        raise GenforgeError(
            f"{f.path}: column {field_name!r} has type {col_type}, expected a string column; "
            "choose the text column with `genforge data --jsonl-field NAME`"
        )
    row = n_docs = 0
    for batch in pf.iter_batches(columns=[field_name], batch_size=4096):
        for value in batch.column(0).to_pylist():
            if value is None:
                stats.null_values += 1
            else:
                n_docs += 1
                yield Document(value, f"{f.source_id}:{row}")
            row += 1
    size = f.path.stat().st_size
    stats.files.append(
        FileRecord(f.source_id, str(f.path), size, sha256_file(f.path), n_docs, "read")
    )


def iter_documents(
    source: str | Sequence[str],
    *,
    jsonl_field: str = "text",
    stats: SourceStats | None = None,
    max_file_bytes: int | None = None,
    progress: bool = False,
) -> Iterator[Document]:
    """Yield the documents of one or more sources, in a deterministic order.

    A text file is one document (UTF-8; a leading BOM removed, undecodable bytes replaced by
    U+FFFD and counted); a ``.jsonl`` line or ``.parquet`` row is one document taken from the
    ``jsonl_field`` field. Binary files found inside a directory or glob are skipped and
    counted in ``stats``; text files over ``max_file_bytes`` are skipped unread. Raises
    GenforgeError for bad input and when no document at all is found.
    """
    from tqdm import tqdm

    stats = stats if stats is not None else SourceStats()
    files = resolve_sources(source)
    show = progress and sys.stderr.isatty()
    # Bytes, not files, so one large .jsonl still shows a moving bar and an honest ETA.
    total = sum(_size_or_zero(f.path) for f in files) if show else None
    with tqdm(
        total=total,
        desc="reading",
        unit="B",
        unit_scale=True,
        disable=not show,
        file=sys.stderr,
    ) as bar:
        for f in files:
            if f.kind == "jsonl":
                docs = _read_jsonl(f, stats, jsonl_field, bar.update)
            elif f.kind == "parquet":
                docs = _read_parquet(f, stats, jsonl_field)
            else:
                docs = _read_text_file(f, stats, max_file_bytes)
            for doc in docs:
                stats.documents += 1
                yield doc
            if f.kind != "jsonl":
                bar.update(_size_or_zero(f.path))
    if stats.documents == 0:
        skipped = []
        if stats.binary_skipped:
            skipped.append(f"{stats.binary_skipped} binary file(s) skipped")
        if stats.oversize_skipped:
            skipped.append(f"{stats.oversize_skipped} file(s) over the size limit skipped")
        if stats.null_values:
            skipped.append(f"{stats.null_values} null value(s) skipped")
        detail = f" ({'; '.join(skipped)})" if skipped else ""
        sources = [source] if isinstance(source, str) else list(source)
        raise GenforgeError(
            f"empty corpus: no text documents found in {sources}{detail}; "
            "point --data at text files, .jsonl or .parquet"
        )
