"""Governance: SPDX licences of data sources in dataset cards, and `genforge lineage`
through two stages (pretrain -> sft) back to the data and its licences."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import torch

from genforge.cli import main
from genforge.data.licenses import detect_license, license_of_text, licenses_of_data
from genforge.errors import GenforgeError
from genforge.modeldir import save_model_dir
from genforge.models.gpt import GPT, GPTConfig
from genforge.safety.lineage import lineage, render
from genforge.tokenizer import train_tokenizer

MIT = (
    "MIT License\n\nCopyright (c) 2026 A. Person\n\nPermission is hereby granted, free of "
    "charge, to any person obtaining a copy of this software..."
)
BSD3 = (
    "Redistribution and use in source and binary forms, with or without modification, are "
    "permitted provided that ... 3. Neither the name of the copyright holder nor ..."
)


def test_license_detection(tmp_path):
    assert detect_license("stdlib")["license"] == "PSF-2.0"
    assert license_of_text(MIT) == "MIT" and license_of_text(BSD3) == "BSD-3-Clause"
    assert license_of_text("All rights reserved.") is None
    corpus = tmp_path / "corpus" / "texts"
    corpus.mkdir(parents=True)
    (corpus / "a.txt").write_text("hello", encoding="utf-8")
    assert detect_license(str(corpus))["license"] == "unknown"
    (tmp_path / "corpus" / "LICENSE").write_text(MIT, encoding="utf-8")  # a folder above
    assert detect_license(str(corpus))["license"] == "MIT"
    (corpus / "b.py").write_text("# SPDX-License-Identifier: Apache-2.0\nx = 1\n")
    assert detect_license(str(corpus / "b.py"))["license"] == "Apache-2.0"
    assert [x["license"] for x in licenses_of_data(f"stdlib,{corpus}")] == ["PSF-2.0", "MIT"]


def test_dataset_card_records_licences(tmp_path):
    from genforge.data.pipeline import DataConfig, build_dataset

    src = tmp_path / "src"
    src.mkdir()
    (src / "LICENSE").write_text(BSD3, encoding="utf-8")
    for i in range(6):
        (src / f"d{i}.txt").write_text(f"Document number {i} says something useful. " * 20)
    card = build_dataset(DataConfig(sources=[str(src)], out=str(tmp_path / "ds")), progress=False)
    assert card["licenses"] == [
        {"source": str(src), "license": "BSD-3-Clause", "how": str(src / "LICENSE")}
    ]
    assert "Licences (SPDX): " in (tmp_path / "ds" / "card.md").read_text()
    assert licenses_of_data(str(tmp_path / "ds"))[0]["license"] == "BSD-3-Clause"


def _model_dir(path, tok, extra, seed=0):
    torch.manual_seed(seed)
    cfg = GPTConfig(vocab_size=tok.vocab_size, n_layer=1, n_head=2, n_embd=16, block_size=32)
    return save_model_dir(path, GPT(cfg), tok, extra_config=extra)


def test_lineage_through_pretrain_and_sft(tmp_path, capsys):
    tok = train_tokenizer(["some text to train a tiny tokenizer on"] * 20, 280)
    base = _model_dir(
        tmp_path / "base",
        tok,
        {"genforge_pretrain": {"data_fingerprint": "f" * 16, "data": "stdlib", "steps": 3}},
    )
    chat = _model_dir(
        tmp_path / "chat", tok, {"genforge_sft": {"base_model": str(base), "steps": 2}}, seed=1
    )
    tree = lineage(chat)
    assert [s["stage"] for s in tree["stages"]] == ["sft"]
    assert len(tree["weights_sha256"]) == 64 and tree["tokenizer_sha256"]
    (parent,) = tree["parents"]
    assert parent["model_dir"] == str(base) and parent["stages"][0]["stage"] == "pretrain"
    assert parent["stages"][0]["licenses"][0]["license"] == "PSF-2.0"
    assert parent["weights_sha256"] != tree["weights_sha256"]
    text = render(tree)
    assert "stage sft" in text and "stage pretrain" in text and "stdlib: PSF-2.0" in text
    assert main(["lineage", str(chat), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["parents"][0]["model_dir"] == str(base)
    # A parent that is gone ends the chain with a note, not an error.
    gone = _model_dir(tmp_path / "q", tok, {"genforge_sft": {"base_model": str(tmp_path / "x")}})
    assert lineage(gone)["parents"][0]["note"] == "not found on this disk"


def test_lineage_through_quantize_and_prune_back_to_the_data(tmp_path, capsys):
    """pretrain -> sft -> prune -> quantize (and sft -> quantize): the real commands record
    their source, and lineage prints every dir of the chain down to the licences."""
    tok = train_tokenizer(["some text to train a tiny tokenizer on"] * 20, 280)
    pre = {"genforge_pretrain": {"data_fingerprint": "f" * 16, "data": "stdlib", "steps": 3}}
    base = _model_dir(tmp_path / "base", tok, pre)
    chat = _model_dir(tmp_path / "chat", tok, {"genforge_sft": {"base_model": str(base)}}, 1)
    pruned, quant, both = (tmp_path / n for n in ("pruned", "int8", "pruned-int8"))
    assert (
        main(
            [
                "prune",
                "--model",
                str(chat),
                "--out",
                str(pruned),
                "--method",
                "magnitude",
                "--sparsity",
                "0.5",
            ]
        )
        == 0
    )
    for src, out in ((chat, quant), (pruned, both)):
        assert main(["quantize", "--model", str(src), "--out", str(out), "--method", "int8"]) == 0
    capsys.readouterr()

    def chain(tree):  # (dir name, own stages) from the model down to the pretrained base
        own = [s["stage"] for s in tree["stages"] if not s.get("inherited")]
        return [(Path(tree["model_dir"]).name, own)] + [
            x for p in tree["parents"] for x in chain(p)
        ]

    assert chain(lineage(quant)) == [
        ("int8", ["quantize"]),
        ("chat", ["sft"]),
        ("base", ["pretrain"]),
    ]
    tree = lineage(both)
    assert chain(tree) == [
        ("pruned-int8", ["quantize"]),
        ("pruned", ["prune"]),
        ("chat", ["sft"]),
        ("base", ["pretrain"]),
    ]
    rec = next(s["record"] for s in tree["stages"] if s["stage"] == "quantize")
    assert rec["source_model_weights_sha256"] == tree["parents"][0]["weights_sha256"]
    assert rec["source_model_tokenizer_sha256"] == tree["parents"][0]["tokenizer_sha256"]
    assert main(["lineage", str(both)]) == 0
    text = capsys.readouterr().out
    for name in ("pruned-int8", "pruned", "chat", "base"):
        assert f"model {tmp_path / name} " in text
    assert "stage prune:" in text and "stdlib: PSF-2.0" in text and "CHANGED" not in text
    # A source overwritten after the derived dir was made is flagged, not silently trusted.
    _model_dir(chat, tok, {"genforge_sft": {"base_model": str(base)}}, seed=2)
    assert "weights differ" in lineage(quant)["parents"][0]["changed"]
    assert "CHANGED since the child was made" in render(lineage(quant))


def test_lineage_bad_input(tmp_path, capsys):
    with pytest.raises(GenforgeError, match="not a model dir"):
        lineage(tmp_path)
    assert main(["lineage", str(tmp_path / "nope")]) == 2
    assert "not a model dir" in capsys.readouterr().err
