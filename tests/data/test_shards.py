"""Token shards: exact round-trip, dtype choice, index checks, atomic replacement."""

from __future__ import annotations

import argparse
import json
import sysconfig
from pathlib import Path

import numpy as np
import pytest
from tokenizers import Tokenizer as RustTokenizer

from genforge.commands import tokenizer as tokenizer_cmd
from genforge.data.pipeline import DATASET_FORMAT
from genforge.data.shards import open_shards, shard_dtype, write_shards
from genforge.errors import GenforgeError
from genforge.tokenizer import Tokenizer, train_tokenizer

STDLIB = Path(sysconfig.get_paths()["stdlib"])


def _docs() -> list[str]:
    """~120 KB of documents of very different lengths, some empty, some non-ASCII."""
    docs: list[str] = []
    for f in sorted(STDLIB.glob("*.py"))[:12]:
        text = f.read_text(encoding="utf-8", errors="replace")
        docs += [text[i : i + 1500 + 37 * (i % 11)] for i in range(0, min(len(text), 12000), 1500)]
    docs += ["", "x", "Ünïcödé 東京 🎉", ""]
    return docs


DOCS = _docs()


@pytest.fixture(scope="module")
def tok() -> Tokenizer:
    return train_tokenizer(DOCS, 512)


@pytest.fixture(scope="module")
def expected(tok: Tokenizer) -> list[list[int]]:
    return [tok.encode(d, add_bos=True) for d in DOCS if d]


def test_roundtrip_across_shard_boundaries(
    tok: Tokenizer, expected: list[list[int]], tmp_path: Path
) -> None:
    index = write_shards(tok, iter(DOCS), tmp_path / "sh", shard_tokens=1000, chunk_docs=7)
    flat = np.concatenate([np.array(e) for e in expected])
    assert index["num_tokens"] == len(flat)
    assert index["num_docs"] == len(expected)
    assert index["num_bytes"] == sum(len(d.encode()) for d in DOCS)
    assert index["dtype"] == "uint16" and index["bos_id"] == tok.bos_id
    assert index["tokenizer_sha256"] == tok.sha256
    assert len(index["shards"]) == -(-len(flat) // 1000)
    assert [s["num_tokens"] for s in index["shards"][:-1]] == [1000] * (len(index["shards"]) - 1)

    sh = open_shards(tmp_path / "sh", verify_sha256=True)
    assert sh.num_tokens == len(flat) == len(sh)
    np.testing.assert_array_equal(sh.tokens(0, sh.num_tokens), flat)
    rng = np.random.default_rng(0)
    for _ in range(200):
        start = int(rng.integers(0, len(flat)))
        length = int(rng.integers(0, min(2500, len(flat) - start) + 1))
        np.testing.assert_array_equal(sh.tokens(start, length), flat[start : start + length])
    starts = np.cumsum([0] + [len(e) for e in expected[:-1]])
    np.testing.assert_array_equal(sh.doc_starts, starts)
    assert (flat[sh.doc_starts] == tok.bos_id).all()
    for k in (0, 5, len(expected) - 1):  # each document decodes back to its text
        ids = sh.tokens(int(sh.doc_starts[k]), len(expected[k]))
        assert tok.decode(ids[1:].tolist()) == [d for d in DOCS if d][k]
    with pytest.raises(IndexError):
        sh.tokens(len(flat) - 2, 3)


def test_files_match_the_documented_raw_layout(tok: Tokenizer, tmp_path: Path) -> None:
    index = write_shards(tok, DOCS, tmp_path / "sh", shard_tokens=5000)
    raw = b"".join((tmp_path / "sh" / s["file"]).read_bytes() for s in index["shards"])
    ids = np.frombuffer(raw, dtype="<u2")
    assert ids.tolist() == [i for d in DOCS if d for i in tok.encode(d, add_bos=True)]
    starts = np.frombuffer((tmp_path / "sh" / "doc_starts.bin").read_bytes(), dtype="<i8")
    assert len(starts) == index["num_docs"]
    on_disk = json.loads((tmp_path / "sh" / "index.json").read_text())
    assert on_disk == index


def test_no_bos(tok: Tokenizer, tmp_path: Path) -> None:
    index = write_shards(tok, DOCS, tmp_path / "sh", add_bos=False)
    sh = open_shards(tmp_path / "sh")
    assert index["add_bos"] is False
    assert tok.bos_id not in set(sh.tokens(0, sh.num_tokens).tolist())
    assert sh.num_tokens == sum(len(tok.encode(d)) for d in DOCS)


def test_dtype_selection(tok: Tokenizer, tmp_path: Path) -> None:
    assert shard_dtype(65536) == "uint16" and shard_dtype(65537) == "uint32"
    # A vocabulary past 65536 ids must be stored as uint32 or the top ids would wrap.
    rust = RustTokenizer.from_str(tok.to_json())
    rust.add_tokens([f"<extra_{i}>" for i in range(66000)])
    big = Tokenizer(rust)
    docs = ["plain text <extra_65999> more", "<extra_70> x"]
    index = write_shards(big, docs, tmp_path / "big")
    assert index["dtype"] == "uint32"
    sh = open_shards(tmp_path / "big")
    assert sh.dtype == np.dtype("<u4")
    got = sh.tokens(0, sh.num_tokens).tolist()
    assert got == big.encode(docs[0], add_bos=True) + big.encode(docs[1], add_bos=True)
    assert max(got) > 65535


def test_truncated_missing_and_corrupt_shards(tok: Tokenizer, tmp_path: Path) -> None:
    d = tmp_path / "sh"
    index = write_shards(tok, DOCS, d, shard_tokens=4000)
    last = d / index["shards"][-1]["file"]
    data = last.read_bytes()
    last.write_bytes(data[:-2])
    with pytest.raises(GenforgeError, match=r"shard_\d+\.bin is truncated.*genforge tokenizer"):
        open_shards(d)
    last.write_bytes(data + b"\0\0")
    with pytest.raises(GenforgeError, match="larger than the index says"):
        open_shards(d)
    # Same size, one flipped byte: only the (slow, opt-in) hash check catches it.
    last.write_bytes(bytes([data[0] ^ 1]) + data[1:])
    open_shards(d)
    with pytest.raises(GenforgeError, match="sha256 does not match"):
        open_shards(d, verify_sha256=True)
    last.unlink()
    with pytest.raises(GenforgeError, match="token shard file missing"):
        open_shards(d)
    (d / "doc_starts.bin").write_bytes(b"")
    with pytest.raises(GenforgeError):
        open_shards(d)
    (d / "index.json").unlink()
    with pytest.raises(GenforgeError, match="holds no token shards"):
        open_shards(d)


def test_tokenizer_mismatch_is_reported(tok: Tokenizer, tmp_path: Path) -> None:
    write_shards(tok, DOCS, tmp_path / "sh")
    assert open_shards(tmp_path / "sh", expect_tokenizer_sha256=tok.sha256).num_tokens > 0
    with pytest.raises(GenforgeError, match="made with tokenizer"):
        open_shards(tmp_path / "sh", expect_tokenizer_sha256="0" * 64)


def test_empty_input_leaves_nothing_behind(tok: Tokenizer, tmp_path: Path) -> None:
    with pytest.raises(GenforgeError, match="every document is empty"):
        write_shards(tok, ["", ""], tmp_path / "sh")
    with pytest.raises(GenforgeError, match="every document is empty"):
        write_shards(tok, [], tmp_path / "sh")
    assert list(tmp_path.iterdir()) == []


def test_replaces_old_shards_but_not_other_dirs(tok: Tokenizer, tmp_path: Path) -> None:
    d = tmp_path / "sh"
    write_shards(tok, DOCS, d, shard_tokens=1000)
    write_shards(tok, ["only doc"], d)
    sh = open_shards(d, verify_sha256=True)
    assert sh.tokens(0, sh.num_tokens).tolist() == tok.encode("only doc", add_bos=True)
    assert sorted(p.name for p in d.iterdir()) == [
        "doc_starts.bin",
        "index.json",
        "shard_00000.bin",
    ]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["sh"]  # no temp dirs left
    other = tmp_path / "precious"
    other.mkdir()
    (other / "notes.txt").write_text("keep me")
    with pytest.raises(GenforgeError, match="not a token shard directory"):
        write_shards(tok, DOCS, other)
    assert (other / "notes.txt").read_text() == "keep me"


def test_cli_shards(tok: Tokenizer, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ds = tmp_path / "ds"
    ds.mkdir()
    train, val = DOCS[:-10], DOCS[-10:]
    for split, docs in (("train", train), ("val", val)):
        lines = [json.dumps({"text": t, "source": "t"}) for t in docs]
        (ds / f"{split}.jsonl").write_text("".join(line + "\n" for line in lines))
    (ds / "card.json").write_text(json.dumps({"format": DATASET_FORMAT}))
    tok.save(tmp_path / "tok")
    parser = argparse.ArgumentParser()
    tokenizer_cmd.register(parser.add_subparsers())
    args = parser.parse_args(
        [
            "tokenizer",
            "shards",
            "--tokenizer",
            str(tmp_path / "tok"),
            "--data",
            str(ds),
            "--split",
            "val",
            "--out",
            str(tmp_path / "val_shards"),
            "--json",
        ]
    )
    assert args.func(args) == 0
    report = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    sh = open_shards(tmp_path / "val_shards", expect_tokenizer_sha256=tok.sha256)
    want = [i for d in val if d for i in tok.encode(d, add_bos=True)]
    assert sh.tokens(0, sh.num_tokens).tolist() == want
    assert report["num_tokens"] == len(want) and report["split"] == "val"
    assert report["num_bytes"] == sum(len(d.encode()) for d in val)

    # Again into the same --out: refused (shards untouched) unless --overwrite.
    argv = ["tokenizer", "shards", "--tokenizer", str(tmp_path / "tok"), "--data", str(ds)]
    argv += ["--out", str(tmp_path / "val_shards")]
    before = (tmp_path / "val_shards" / "index.json").read_bytes()
    args = parser.parse_args([*argv, "--split", "train"])
    with pytest.raises(GenforgeError, match="already holds token shards; pass --overwrite"):
        args.func(args)
    assert (tmp_path / "val_shards" / "index.json").read_bytes() == before
    args = parser.parse_args([*argv, "--split", "train", "--overwrite"])
    assert args.func(args) == 0
    assert open_shards(tmp_path / "val_shards").num_tokens > sh.num_tokens
