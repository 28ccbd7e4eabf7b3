"""The whole pipeline: dataset dir contents, card, split, fingerprint, caching, atomicity."""

from __future__ import annotations

import json
import os
from pathlib import Path

import numpy as np
import pytest

from genforge.data.pipeline import (
    DataConfig,
    build_dataset,
    dataset_fingerprint,
    is_dataset_dir,
    load_card,
    read_texts,
    split_score,
)
from genforge.errors import GenforgeError


def _words(rng: np.random.Generator, n: int = 80) -> str:
    return " ".join(f"w{int(i)}" for i in rng.integers(0, 20000, size=n))


def _corpus(root: Path, n: int, seed: int = 0) -> list[str]:
    """``n`` distinct random-word documents as files; returns their texts in id order."""
    rng = np.random.default_rng(seed)
    root.mkdir(parents=True, exist_ok=True)
    texts = []
    for i in range(n):
        text = _words(rng) + "\n"
        (root / f"doc{i:03d}.txt").write_text(text)
        texts.append(text)
    return texts


def _records(ds: Path, split: str) -> list[dict]:
    return [json.loads(line) for line in (ds / f"{split}.jsonl").read_text().splitlines()]


def _build(src, out, **kw) -> dict:
    sources = [str(s) for s in src] if isinstance(src, list) else [str(src)]
    return build_dataset(DataConfig(sources=sources, out=str(out), **kw), progress=False)


def test_dataset_dir_contents_and_card(tmp_path):
    src = tmp_path / "c"
    texts = _corpus(src, 40)
    (src / "dup.txt").write_text(texts[3])  # exact duplicate
    near = texts[5].split()
    near[10] = "edited"
    (src / "near.txt").write_text(" ".join(near) + "\n")  # near duplicate
    (src / "tiny.txt").write_text("hi")  # too short
    (src / "spam.txt").write_text("buy now\n" * 30)  # repeated lines
    (src / "ctrl.txt").write_text("x" * 50 + "\x01" * 5)  # control characters
    (src / "img.bin").write_bytes(b"\x00\x01binary")
    out = tmp_path / "ds"
    card = _build(src, out, min_chars=10)

    assert is_dataset_dir(out)
    umask = os.umask(0)
    os.umask(umask)
    assert (out.stat().st_mode & 0o777) == 0o777 & ~umask  # not the private temp-dir mode
    assert ((out / "card.json").stat().st_mode & 0o777) == 0o666 & ~umask
    assert sorted(p.name for p in out.iterdir()) == [
        "card.json",
        "card.md",
        "train.jsonl",
        "val.jsonl",
    ]
    drops = {k: v["count"] for k, v in card["dropped"].items()}
    assert drops == {
        "min_chars": 1,
        "max_chars": 0,
        "nonprintable": 1,
        "dup_lines": 1,
        "exact_dup": 1,
        "near_dup": 1,
    }
    assert card["dropped"]["exact_dup"]["examples"] == ["c/dup.txt"]
    assert card["dropped"]["near_dup"]["examples"] == ["c/near.txt ~ c/doc005.txt"]
    assert card["inputs"]["binary_skipped"] == 1
    assert card["documents_read"] == 45
    assert card["documents_read"] == card["documents_kept"] + sum(drops.values())
    assert card == {**load_card(out), "cached": False, "out": str(out)}

    train, val = _records(out, "train"), _records(out, "val")
    assert len(train) + len(val) == 40 == card["documents_kept"]
    assert card["splits"]["train"]["documents"] == len(train)
    assert card["splits"]["val"]["bytes"] == sum(len(r["text"].encode()) for r in val)
    assert sorted(r["text"] for r in train + val) == sorted(texts)
    assert not {r["source"] for r in train} & {r["source"] for r in val}
    assert list(read_texts(out, "val")) == [r["text"] for r in val]

    files = {f["source_id"]: f for f in card["inputs"]["file_list"]}
    import hashlib

    assert files["c/doc000.txt"]["sha256"] == hashlib.sha256(texts[0].encode()).hexdigest()
    md = (out / "card.md").read_text()
    assert "| **kept** | **40** |" in md and card["fingerprint"] in md


def test_split_is_by_document_deterministic_and_stable_when_files_are_added(tmp_path):
    src = tmp_path / "c"
    _corpus(src, 60)
    a = _build(src, tmp_path / "a", val_fraction=0.2, seed=3)
    b = _build(src, tmp_path / "b", val_fraction=0.2, seed=3)
    assert (tmp_path / "a" / "train.jsonl").read_bytes() == (
        tmp_path / "b" / "train.jsonl"
    ).read_bytes()
    assert a["fingerprint"] == b["fingerprint"]
    val_before = {r["source"] for r in _records(tmp_path / "a", "val")}
    assert val_before == {
        f"c/doc{i:03d}.txt" for i in range(60) if split_score(f"c/doc{i:03d}.txt", 3) < 0.2
    }
    assert 3 <= len(val_before) <= 25

    rng = np.random.default_rng(99)
    for i in range(60, 90):
        (src / f"doc{i:03d}.txt").write_text(_words(rng) + "\n")
    _build(src, tmp_path / "c2", val_fraction=0.2, seed=3)
    val_after = {r["source"] for r in _records(tmp_path / "c2", "val")}
    assert {s for s in val_after if s < "c/doc060"} == val_before

    _build(src, tmp_path / "d", val_fraction=0.2, seed=4)
    assert {r["source"] for r in _records(tmp_path / "d", "val")} != val_after


def test_val_and_train_never_empty_with_two_docs(tmp_path):
    src = tmp_path / "c"
    _corpus(src, 2)
    card = _build(src, tmp_path / "lo", val_fraction=0.001)
    assert card["splits"]["val"]["documents"] == 1 == card["splits"]["train"]["documents"]
    card = _build(src, tmp_path / "hi", val_fraction=0.999)
    assert card["splits"]["val"]["documents"] == 1 == card["splits"]["train"]["documents"]
    texts = list(read_texts(tmp_path / "hi", "train")) + list(read_texts(tmp_path / "hi", "val"))
    assert len(set(texts)) == 2


def test_jsonl_source_end_to_end(tmp_path):
    rng = np.random.default_rng(1)
    path = tmp_path / "d.jsonl"
    rows = [{"body": _words(rng), "id": i} for i in range(30)]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    card = _build(path, tmp_path / "ds", jsonl_field="body", val_fraction=0.3)
    assert card["documents_kept"] == 30
    val_sources = [r["source"] for r in _records(tmp_path / "ds", "val")]
    assert all(s.startswith(f"{path}:") for s in val_sources) and val_sources


def test_fingerprint_tracks_inputs_and_content_config_only(tmp_path):
    src = tmp_path / "c"
    _corpus(src, 5)
    cfg = DataConfig(sources=[str(src)], out="x")
    fp = dataset_fingerprint([str(src)], cfg)
    assert fp == dataset_fingerprint([str(src)], DataConfig(sources=[str(src)], out="elsewhere"))
    assert fp != dataset_fingerprint([str(src)], DataConfig(min_chars=5))
    (src / "doc001.txt").write_text("changed content, different size\n")
    assert fp != dataset_fingerprint([str(src)], cfg)
    with pytest.raises(GenforgeError, match="source not found"):
        dataset_fingerprint([str(tmp_path / "missing")], cfg)


def test_up_to_date_dataset_is_not_rebuilt_unless_forced(tmp_path):
    src = tmp_path / "c"
    _corpus(src, 10)
    out = tmp_path / "ds"
    first = _build(src, out)
    assert first["cached"] is False
    second = _build(src, out)
    assert second["cached"] is True and second["created"] == first["created"]
    forced = build_dataset(DataConfig(sources=[str(src)], out=str(out)), force=True, progress=False)
    assert forced["cached"] is False
    (src / "doc000.txt").write_text(_words(np.random.default_rng(7)) + " new\n")
    assert _build(src, out)["cached"] is False


def test_failure_leaves_no_partial_output_and_keeps_old_dataset(tmp_path):
    rng = np.random.default_rng(2)
    good = tmp_path / "good.jsonl"
    good.write_text("".join(json.dumps({"text": _words(rng)}) + "\n" for _ in range(20)))
    bad = tmp_path / "bad.jsonl"
    # The bad line comes after many good records were already written to the temp dir.
    bad.write_text("".join(json.dumps({"text": _words(rng)}) + "\n" for _ in range(20)) + "{oops\n")
    out = tmp_path / "out" / "ds"
    with pytest.raises(GenforgeError, match=r"bad.jsonl:21: not valid JSON"):
        _build([good, bad], out)
    assert not out.exists()
    assert os.listdir(out.parent) == []

    _build(good, out)
    before = (out / "train.jsonl").read_bytes()
    with pytest.raises(GenforgeError, match="not valid JSON"):
        _build([good, bad], out)
    assert (out / "train.jsonl").read_bytes() == before and is_dataset_dir(out)
    assert sorted(os.listdir(out.parent)) == ["ds"]


def test_empty_after_filters_is_an_error_naming_the_filter(tmp_path):
    src = tmp_path / "c"
    src.mkdir()
    (src / "a.txt").write_text("tiny")
    (src / "b.txt").write_text("also tiny")
    with pytest.raises(
        GenforgeError, match=r"all 2 documents were dropped: 2 by min_chars.*--min-chars"
    ):
        _build(src, tmp_path / "ds")
    assert not (tmp_path / "ds").exists()


def test_oversize_file_counts_as_max_chars_drop(tmp_path):
    src = tmp_path / "c"
    _corpus(src, 3)
    (src / "huge.txt").write_text("z " * 5000)
    card = _build(src, tmp_path / "ds", max_chars=1000)
    assert card["dropped"]["max_chars"]["count"] == 1
    assert card["inputs"]["oversize_skipped"] == 1
    assert card["documents_read"] == 4 and card["documents_kept"] == 3


def test_out_must_not_clobber_foreign_folder(tmp_path):
    src = tmp_path / "c"
    _corpus(src, 3)
    foreign = tmp_path / "mine"
    foreign.mkdir()
    (foreign / "notes.txt").write_text("keep me")
    with pytest.raises(GenforgeError, match="not a genforge dataset dir"):
        _build(src, foreign)
    assert (foreign / "notes.txt").read_text() == "keep me"
    (tmp_path / "afile").write_text("x")
    with pytest.raises(GenforgeError, match="is a file"):
        _build(src, tmp_path / "afile")


def test_read_texts_rejects_non_dataset_dirs(tmp_path):
    assert not is_dataset_dir(tmp_path)
    with pytest.raises(GenforgeError, match=r"not a genforge dataset dir.*genforge data --out"):
        list(read_texts(tmp_path, "train"))
    src = tmp_path / "c"
    _corpus(src, 3)
    _build(src, tmp_path / "ds")
    with pytest.raises(GenforgeError, match="split must be one of"):
        list(read_texts(tmp_path / "ds", "test"))


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("val_fraction", 0.0, "val_fraction must be between 0 and 1"),
        ("val_fraction", 1.5, "--val-fraction"),
        ("min_chars", -1, "min_chars must be >= 0"),
        ("max_chars", 5, "max_chars must be >= 1 and >= min_chars"),
        ("max_nonprintable_ratio", 2.0, "max_nonprintable_ratio must be between 0 and 1"),
        ("max_dup_line_fraction", -0.1, "max_dup_line_fraction"),
        ("near_dup_threshold", 0.0, "near_dup_threshold must be in"),
        ("num_perm", 4, "num_perm must be between"),
        ("shingle_size", 0, "shingle_size"),
        ("sources", [], "sources must be a non-empty list"),
        ("out", "", "out must name"),
        ("jsonl_field", "", "jsonl_field"),
    ],
)
def test_config_validation(field, value, message):
    kwargs = {"out": "ds", field: value}
    with pytest.raises(GenforgeError, match=message):
        DataConfig(**kwargs).validate()


def test_a_lone_dropped_document_reads_as_a_count_not_a_threshold(tmp_path):
    # Issue 22: "all 1 documents were dropped (min_chars=1)" read like a threshold of 1.
    src = tmp_path / "c"
    src.mkdir()
    (src / "a.txt").write_text("tiny")
    with pytest.raises(GenforgeError) as e:
        _build(src, tmp_path / "ds")
    assert "the only document was dropped by the min_chars filter" in str(e.value)
    assert "min_chars=" not in str(e.value)


def test_bad_jsonl_message_reads_cleanly(tmp_path):
    # Issue 22: json's own "... starting at" message was followed by "at column".
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "fine line of text here"}\n{"text": "cut off\n')
    with pytest.raises(GenforgeError) as e:
        _build(bad, tmp_path / "ds")
    message = str(e.value)
    assert "bad.jsonl:2" in message and "column" in message
    assert "at at" not in message
