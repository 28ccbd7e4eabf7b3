"""`genforge data` through the real CLI entry point, in-process."""

from __future__ import annotations

import json

import numpy as np
import pytest

from genforge.cli import main
from genforge.data.pipeline import is_dataset_dir


def _corpus(root, n=12):
    rng = np.random.default_rng(0)
    root.mkdir()
    for i in range(n):
        words = " ".join(f"w{int(j)}" for j in rng.integers(0, 9000, size=60))
        (root / f"f{i}.txt").write_text(words)
    return root


def test_json_summary(tmp_path, capsys):
    src = _corpus(tmp_path / "c")
    out = tmp_path / "ds"
    args = ["data", "--source", str(src), "--out", str(out), "--val-fraction", "0.25"]
    args += ["--seed", "1", "--min-chars", "5", "--near-dup-threshold", "0.9"]
    assert main([*args, "--json"]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert len(lines) == 1
    result = json.loads(lines[0])
    assert result["documents_in"] == 12 == result["documents_out"]
    assert result["train_docs"] + result["val_docs"] == 12 and result["val_docs"] >= 1
    assert result["dropped_near_dup"] == 0 and result["out"] == str(out)
    assert result["cached"] is False
    assert is_dataset_dir(out)
    card = json.loads((out / "card.json").read_text())
    assert card["config"]["val_fraction"] == 0.25 and card["config"]["near_dup_threshold"] == 0.9

    assert main(args) == 0  # the same run again: served from the cache
    text = capsys.readouterr().out
    assert "cached: True" in text and "documents_out: 12" in text


def test_several_sources_and_switches(tmp_path, capsys):
    a = _corpus(tmp_path / "a", 4)
    b = tmp_path / "b.jsonl"
    b.write_text(json.dumps({"body": (a / "f0.txt").read_text()}) + "\n")
    rc = main(
        [
            "data",
            "--source",
            str(a),
            "--source",
            str(b),
            "--jsonl-field",
            "body",
            "--out",
            str(tmp_path / "ds"),
            "--no-near-dedup",
            "--json",
        ]
    )
    assert rc == 0
    result = json.loads(capsys.readouterr().out)
    assert result["documents_in"] == 5 and result["dropped_exact_dup"] == 1


@pytest.mark.parametrize(
    ("extra", "needle"),
    [
        (["--source", "/definitely/not/here"], "source not found: /definitely/not/here"),
        (["--val-fraction", "1.5"], "val_fraction must be between 0 and 1"),
        (["--near-dup-threshold", "0"], "near_dup_threshold must be in (0, 1]"),
        (["--min-chars", "10000"], "documents were dropped: 3 by min_chars"),
    ],
)
def test_bad_input_exits_2_with_error(tmp_path, capsys, extra, needle):
    src = _corpus(tmp_path / "c", 3)
    argv = ["data", "--out", str(tmp_path / "ds"), *extra]
    if "--source" not in extra:
        argv += ["--source", str(src)]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: ") and needle in err
    assert not (tmp_path / "ds").exists()


def test_bad_jsonl_exits_2(tmp_path, capsys):
    path = tmp_path / "d.jsonl"
    path.write_text(json.dumps({"content": "x"}) + "\n")
    assert main(["data", "--source", str(path), "--out", str(tmp_path / "ds")]) == 2
    err = capsys.readouterr().err
    assert "no field 'text'" in err and "content" in err and "--jsonl-field" in err
    path.write_text("not json\n")
    assert main(["data", "--source", str(path), "--out", str(tmp_path / "ds")]) == 2
    assert f"{path}:1: not valid JSON" in capsys.readouterr().err


def test_binary_file_exits_2(tmp_path, capsys):
    path = tmp_path / "x.bin"
    path.write_bytes(b"\x00\x01\x02\x03")
    assert main(["data", "--source", str(path), "--out", str(tmp_path / "ds")]) == 2
    assert "binary file" in capsys.readouterr().err


def test_help_names_inputs_outputs_and_defaults(capsys):
    with pytest.raises(SystemExit) as e:
        main(["data", "--help"])
    assert e.value.code == 0
    text = " ".join(capsys.readouterr().out.split())
    for needle in ("stdlib", "train.jsonl", "card.json", "(0.05)", "(0.8)", "--jsonl-field"):
        assert needle in text


def test_full_stdlib_pipeline(tmp_path, capsys):
    # ~2 s on one core, so it stays in the fast tier.
    from genforge.data.sources import resolve_sources

    out = tmp_path / "stdlib_ds"
    assert main(["data", "--out", str(out), "--json", "--no-progress"]) == 0
    result = json.loads(capsys.readouterr().out)
    n_files = len(resolve_sources("stdlib"))
    assert result["documents_in"] == n_files > 500
    assert result["documents_out"] > 0.9 * n_files
    # The charmap codec tables (encodings/cp*.py) are near copies of each other.
    assert result["dropped_near_dup"] >= 5
    assert result["val_docs"] >= 0.02 * result["documents_out"]
    assert result["train_bytes"] > 5_000_000
    card = json.loads((out / "card.json").read_text())
    assert card["inputs"]["files_read"] == n_files
    assert all(f["sha256"] for f in card["inputs"]["file_list"])
