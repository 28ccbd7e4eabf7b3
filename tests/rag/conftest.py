"""A small corpus in every format the indexer reads, written per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

MARKDOWN = """# Brewing guide

Notes on making coffee at home.

## Grinding

Grind the beans just before brewing. A burr grinder gives an even particle size;
blade grinders chop unevenly and make bitter cups.

## Water temperature

Water between 90 and 96 degrees Celsius extracts the flavour without scorching it.
"""

RST = """Sourdough starter
=================

Feeding
-------

Feed the starter with equal weights of flour and water every day. A starter that
doubles within six hours is ready to leaven bread.
"""

HTML = """<html><head><title>Bicycle care</title><style>p { color: red }</style></head>
<body><script>alert("do not index me")</script>
<h1>Bicycle maintenance</h1>
<p>Clean the chain and apply a drop of lubricant to each link every few hundred
kilometres; wipe off the excess so it does not collect grit.</p>
<h2>Tyres</h2><p>Check tyre pressure weekly with a gauge.</p>
</body></html>
"""

PYTHON = '''"""Inventory helpers."""


def compute_checksum(data: bytes) -> int:
    """Sum of the bytes modulo 65536, a cheap integrity check for stock files."""
    return sum(data) % 65536


class Inventory:
    """Items in the warehouse."""

    def __init__(self):
        self.items = {}

    def restock(self, name, count):
        """Add count units of name to the warehouse shelves."""
        self.items[name] = self.items.get(name, 0) + count
'''

TEXT = """During a lunar eclipse the Earth passes between the Sun and the Moon, and the
Moon turns a coppery red because sunlight bends through the Earth's atmosphere.
"""


def make_pdf(pages: list[str]) -> bytes:
    """A minimal valid PDF with one line of Helvetica text per page."""
    objs = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        None,
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    kids = []
    for text in pages:
        stream = f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode()
        objs.append(f"<< /Length {len(stream)} >>\nstream\n{stream.decode()}\nendstream")
        content = len(objs)
        objs.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents "
            f"{content} 0 R /Resources << /Font << /F1 3 0 R >> >> >>"
        )
        kids.append(f"{len(objs)} 0 R")
    objs[1] = f"<< /Type /Pages /Kids [{' '.join(kids)}] /Count {len(kids)} >>"
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objs, start=1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n{body}\nendobj\n".encode()
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    out += "".join(f"{o:010d} 00000 n \n" for o in offsets).encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def write_corpus(root: Path) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    (root / "guide.md").write_text(MARKDOWN)
    (root / "starter.rst").write_text(RST)
    (root / "bike.html").write_text(HTML)
    (root / "inventory.py").write_text(PYTHON)
    (root / "eclipse.txt").write_text(TEXT)
    (root / "volcano.pdf").write_bytes(
        make_pdf(["Field notes, volume one.", "Volcanoes erupt when magma pressure rises."])
    )
    return root


@pytest.fixture(scope="session")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_corpus(tmp_path_factory.mktemp("rag") / "docs")


@pytest.fixture(scope="session")
def embedder():
    from genforge.rag.embed import load_embedder

    return load_embedder()


@pytest.fixture(scope="session")
def built_index(corpus: Path, embedder, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The corpus indexed once (read-only for tests: copy it to change it)."""
    from genforge.rag.indexer import index_documents

    out = tmp_path_factory.mktemp("rag-index") / "index"
    index_documents([str(corpus)], out, embedder, progress=False)
    return out
