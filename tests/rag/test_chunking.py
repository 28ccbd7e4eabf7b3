"""Loading and chunking without a model: headings, line ranges, sizes, overlap, formats."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from genforge.errors import GenforgeError
from genforge.rag.chunking import chunk_document
from genforge.rag.documents import find_files, load_document

from .conftest import make_pdf, write_corpus


def words(text: str) -> int:
    return len(text.split())


def chunks_of(path: Path, size: int = 200, overlap: int = 0):
    return chunk_document(load_document(str(path), path), words, size=size, overlap=overlap)


def test_markdown_chunks_keep_heading_path_and_real_line_ranges(tmp_path: Path) -> None:
    root = write_corpus(tmp_path)
    src = (root / "guide.md").read_text().splitlines()
    chunks = chunks_of(root / "guide.md")
    assert [c.heading for c in chunks] == [
        "Brewing guide",
        "Brewing guide > Grinding",
        "Brewing guide > Water temperature",
    ]
    for c in chunks:
        # The cited lines hold exactly the chunk's text.
        assert "\n".join(src[c.start - 1 : c.end]).strip() == c.text


def test_rst_underlines_nest_by_first_use(tmp_path: Path) -> None:
    root = write_corpus(tmp_path)
    [chunk] = chunks_of(root / "starter.rst")
    assert chunk.heading == "Sourdough starter > Feeding"
    assert chunk.title == "Sourdough starter"
    assert (chunk.start, chunk.end) == (7, 8)


def test_html_keeps_visible_text_only(tmp_path: Path) -> None:
    root = write_corpus(tmp_path)
    chunks = chunks_of(root / "bike.html")
    text = " ".join(c.text for c in chunks)
    assert "lubricant" in text and "tyre pressure" in text
    assert "alert" not in text and "color: red" not in text
    assert chunks[1].heading == "Bicycle maintenance > Tyres"


def test_python_is_split_by_def_and_class(tmp_path: Path) -> None:
    root = write_corpus(tmp_path)
    chunks = chunks_of(root / "inventory.py")
    heads = [c.heading for c in chunks]
    assert "def compute_checksum" in heads
    assert "class Inventory > def restock" in heads
    restock = chunks[heads.index("class Inventory > def restock")]
    assert restock.text.startswith("def restock") and "self.items[name]" in restock.text


def test_pdf_chunks_cite_pages(tmp_path: Path) -> None:
    root = write_corpus(tmp_path)
    chunks = chunks_of(root / "volcano.pdf")
    assert [(c.page, c.text) for c in chunks] == [
        (1, "Field notes, volume one."),
        (2, "Volcanoes erupt when magma pressure rises."),
    ]
    assert chunks[1].citation().endswith("(p. 2, line 1)")


def test_sizes_and_overlap(tmp_path: Path) -> None:
    paras = [f"Paragraph {i} " + " ".join(f"w{i}x{j}" for j in range(9)) for i in range(30)]
    path = tmp_path / "long.md"
    path.write_text("# Long\n\n" + "\n\n".join(paras) + "\n")
    chunks = chunks_of(path, size=35, overlap=12)
    assert len(chunks) > 5
    assert all(words(c.text) <= 35 for c in chunks)
    for a, b in itertools.pairwise(chunks):
        # Each chunk starts with the previous one's last paragraph (11 words <= overlap).
        assert b.text.split("\n")[0] == a.text.split("\n")[-1]
        assert b.start <= a.end
    joined = "\n".join(c.text for c in chunks)
    assert all(p in joined for p in paras)


def test_a_huge_line_is_split_into_word_windows(tmp_path: Path) -> None:
    path = tmp_path / "one.txt"
    path.write_text(" ".join(f"t{i}" for i in range(1000)) + "\n")
    chunks = chunks_of(path, size=100)
    assert all(words(c.text) <= 100 for c in chunks)
    assert sum(words(c.text) for c in chunks) == 1000
    assert {(c.start, c.end) for c in chunks} == {(1, 1)}


def test_pydoc_corpus_has_topics_and_module_docstrings() -> None:
    sources = [s for s, _ in find_files(["pydoc"])]
    assert "pydoc:topics/for" in sources and "pydoc:module/json" in sources
    doc = load_document("pydoc:topics/for", None)
    assert doc.doc == "for" and doc.title == 'The "for" statement'
    mod = load_document("pydoc:module/json", None)
    assert mod.doc == "module:json" and "JSON" in mod.blocks[0].text


def test_bad_inputs_are_named(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "image.bin").write_bytes(b"\x00\x01")
    with pytest.raises(GenforgeError, match="no documents found under"):
        find_files([str(empty)])
    with pytest.raises(GenforgeError, match="no such file or folder"):
        find_files([str(tmp_path / "missing")])
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4\nthis is not really a pdf")
    with pytest.raises(GenforgeError, match=r"cannot parse PDF .*broken\.pdf"):
        load_document(str(broken), broken)
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(make_pdf([""]))
    with pytest.raises(GenforgeError, match="no extractable text"):
        load_document(str(scan), scan)
    binary = tmp_path / "data.txt"
    binary.write_bytes(b"abc\x00def")
    with pytest.raises(GenforgeError, match="looks binary"):
        load_document(str(binary), binary)
