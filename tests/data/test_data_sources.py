"""Reading documents from every kind of source, and the errors bad input gives."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from genforge.data.sources import (
    SourceStats,
    iter_documents,
    resolve_sources,
    stdlib_dir,
)
from genforge.errors import GenforgeError


def _docs(source, **kw):
    return [(d.source_id, d.text) for d in iter_documents(source, **kw)]


def test_stdlib_default_corpus_lists_many_files_and_excludes_tests():
    files = resolve_sources("stdlib")
    assert len(files) > 500
    ids = [f.source_id for f in files]
    assert ids == sorted(ids)
    assert "os.py" in ids and "json/decoder.py" in ids
    for sid in ids:
        parts = sid.split("/")
        assert sid.endswith(".py")
        assert not {"test", "tests", "idle_test", "site-packages", "__pycache__"} & set(parts)
    root = stdlib_dir()
    assert all(f.path == root / f.source_id for f in files[:20])


def test_stdlib_documents_are_the_installed_files():
    docs = iter_documents("stdlib")
    first = next(docs)
    path = stdlib_dir() / first.source_id
    assert first.text == path.read_bytes().decode("utf-8").removeprefix("\ufeff")


def test_directory_recursive_skips_hidden_and_counts_binary(tmp_path):
    root = tmp_path / "corpus"
    (root / "sub" / "deeper").mkdir(parents=True)
    (root / ".git").mkdir()
    (root / "a.txt").write_text("alpha text")
    (root / "sub" / "b.py").write_text("print('b')\n")
    (root / "sub" / "deeper" / "c.md").write_text("# c")
    (root / ".git" / "config").write_text("hidden dir file")
    (root / ".hidden.txt").write_text("hidden file")
    (root / "img.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    stats = SourceStats()
    docs = _docs(str(root), stats=stats)
    assert docs == [
        ("corpus/a.txt", "alpha text"),
        ("corpus/sub/b.py", "print('b')\n"),
        ("corpus/sub/deeper/c.md", "# c"),
    ]
    assert stats.binary_skipped == 1
    assert {f.status for f in stats.files} == {"read", "binary"}


def test_glob_and_single_file_and_multiple_sources_in_order(tmp_path):
    for name in ("x1.txt", "x2.txt", "y.log"):
        (tmp_path / name).write_text(f"content of {name}")
    pattern = str(tmp_path / "x*.txt")
    docs = _docs([str(tmp_path / "y.log"), pattern])
    assert [t for _, t in docs] == ["content of y.log", "content of x1.txt", "content of x2.txt"]
    with pytest.raises(GenforgeError, match="matched no files"):
        resolve_sources(str(tmp_path / "nothing*.txt"))


def test_jsonl_source_with_field_and_line_ids(tmp_path):
    path = tmp_path / "d.jsonl"
    lines = [
        json.dumps({"text": "first doc", "id": 1}),
        "",
        json.dumps({"text": "second doc"}),
        json.dumps({"text": None}),
        json.dumps({"body": "x", "text": "third\r\ndoc"}),
    ]
    path.write_text("\n".join(lines) + "\n")
    stats = SourceStats()
    docs = _docs(str(path), stats=stats)
    ids = [sid for sid, _ in docs]
    assert ids == [f"{path}:1", f"{path}:3", f"{path}:5"]
    assert [t for _, t in docs] == ["first doc", "second doc", "third\r\ndoc"]
    assert stats.null_values == 1

    other = tmp_path / "e.jsonl"
    other.write_text(json.dumps({"content": "c1"}) + "\n")
    assert _docs(str(other), jsonl_field="content") == [(f"{other}:1", "c1")]


def test_parquet_source(tmp_path):
    path = tmp_path / "d.parquet"
    table = pa.table({"text": ["p0", None, "p2"], "n": [1, 2, 3]})
    pq.write_table(table, path)
    stats = SourceStats()
    assert _docs(str(path), stats=stats) == [(f"{path}:0", "p0"), (f"{path}:2", "p2")]
    assert stats.null_values == 1
    assert stats.files[0].sha256 is not None


def test_jsonl_and_parquet_inside_directory_are_parsed(tmp_path):
    (tmp_path / "a.jsonl").write_text(json.dumps({"text": "from jsonl"}) + "\n")
    pq.write_table(pa.table({"text": ["from parquet"]}), tmp_path / "b.parquet")
    texts = [t for _, t in _docs(str(tmp_path))]
    assert texts == ["from jsonl", "from parquet"]


def test_bom_stripped_and_invalid_bytes_counted(tmp_path):
    path = tmp_path / "t.txt"
    path.write_bytes(b"\xef\xbb\xbf" + b"good text " * 20 + b"\xff tail")
    stats = SourceStats()
    [(_, text)] = _docs(str(path), stats=stats)
    assert not text.startswith("\ufeff")
    assert text.endswith("\ufffd tail")
    assert stats.invalid_bytes == 1 and stats.documents_with_invalid_bytes == 1


def test_missing_path_is_clear(tmp_path):
    with pytest.raises(GenforgeError, match=r"source not found: .*nope.*'stdlib'"):
        list(iter_documents(str(tmp_path / "nope")))


def test_explicit_binary_file_is_an_error(tmp_path):
    path = tmp_path / "blob.bin"
    path.write_bytes(bytes(range(256)) * 4)
    with pytest.raises(GenforgeError, match="binary file"):
        list(iter_documents(str(path)))
    undecodable = tmp_path / "latin.txt"
    undecodable.write_bytes("é".encode("latin-1") * 100)
    with pytest.raises(GenforgeError, match="binary file"):
        list(iter_documents(str(undecodable)))


def test_empty_corpus_when_only_binary_files(tmp_path):
    (tmp_path / "a.bin").write_bytes(b"\x00\x01\x02")
    with pytest.raises(GenforgeError, match=r"empty corpus.*1 binary file"):
        list(iter_documents(str(tmp_path)))
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(GenforgeError, match="has no files"):
        list(iter_documents(str(empty)))


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root can read any file mode")
def test_unreadable_file_by_permissions(tmp_path):
    path = tmp_path / "secret.txt"
    path.write_text("hidden")
    path.chmod(0)
    try:
        with pytest.raises(GenforgeError, match="cannot read"):
            list(iter_documents(str(path)))
    finally:
        path.chmod(0o644)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="needs Linux /proc")
def test_unreadable_file_io_error():
    # Reading offset 0 of /proc/self/mem fails with EIO even for root: a real unreadable file.
    with pytest.raises(GenforgeError, match=r"cannot read /proc/self/mem"):
        list(iter_documents("/proc/self/mem"))


def test_jsonl_bad_line_names_file_and_line(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text(json.dumps({"text": "ok"}) + "\n{not json}\n")
    with pytest.raises(GenforgeError, match=rf"{path}:2: not valid JSON"):
        list(iter_documents(str(path)))
    path.write_text("[1, 2]\n")
    with pytest.raises(GenforgeError, match=r":1: expected a JSON object, got list"):
        list(iter_documents(str(path)))
    path.write_text(json.dumps({"text": 5}) + "\n")
    with pytest.raises(GenforgeError, match=r"field 'text' is int"):
        list(iter_documents(str(path)))


def test_jsonl_missing_field_lists_present_fields(tmp_path):
    path = tmp_path / "d.jsonl"
    path.write_text(json.dumps({"content": "x", "id": 3}) + "\n")
    with pytest.raises(GenforgeError) as e:
        list(iter_documents(str(path)))
    msg = str(e.value)
    assert "no field 'text'" in msg and "content, id" in msg and "--jsonl-field" in msg


def test_parquet_missing_or_non_string_column(tmp_path):
    path = tmp_path / "d.parquet"
    pq.write_table(pa.table({"body": ["x"], "n": [1]}), path)
    with pytest.raises(
        GenforgeError, match=r"no field 'text' \(fields present: body, n\).*--jsonl-field"
    ):
        list(iter_documents(str(path)))
    with pytest.raises(GenforgeError, match=r"column 'n' has type int64"):
        list(iter_documents(str(path), jsonl_field="n"))
    broken = tmp_path / "broken.parquet"
    broken.write_text("this is not parquet at all")
    with pytest.raises(GenforgeError, match="not a valid Parquet file"):
        list(iter_documents(str(broken)))


def test_oversize_files_are_skipped_unread(tmp_path):
    (tmp_path / "small.txt").write_text("tiny")
    (tmp_path / "big.txt").write_text("x" * 1000)
    stats = SourceStats()
    docs = _docs(str(tmp_path), stats=stats, max_file_bytes=100)
    assert [sid for sid, _ in docs] == [f"{tmp_path.name}/small.txt"]
    assert stats.oversize_skipped == 1
    assert Path(stats.files[0].path).name == "big.txt" and stats.files[0].status == "oversize"
