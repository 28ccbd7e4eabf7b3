"""Read documents into blocks: paragraphs (or code definitions) under their heading path.

Every loader ends in the same shape, a ``Document`` of ``Block``s that keep the source line
range (and the page for PDFs), so a chunk can always cite where its text came from. Formats:
plain text, Markdown, reStructuredText, HTML (visible text only), PDF (``pypdf``), source
code (Python split by def/class; other languages by blank-line paragraphs) and the embedded
``pydoc`` corpus (Python's own help topics plus stdlib module docstrings).
"""

from __future__ import annotations

import ast
import functools
import hashlib
import os
import re
import sysconfig
from collections.abc import Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

from genforge.errors import GenforgeError

PYDOC = "pydoc"
TEXT_EXT = {".txt": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown"}
TEXT_EXT |= {".rst": "rst", ".html": "html", ".htm": "html", ".pdf": "pdf"}
CODE_EXT = set(
    ".py .pyi .js .jsx .ts .tsx .java .c .h .cc .cpp .hpp .go .rs .rb .sh .cs .kt .swift "
    ".scala .php .lua .sql .r .jl .m .pl .hs .ml .ex .exs .clj .dart .zig .toml .yaml .yml "
    ".cfg .ini".split()
)


@dataclass
class Block:
    """One paragraph or one code definition: text from ``start``..``end`` (1-based, inclusive)
    lines of the source (of ``page`` for PDFs), under the ``heading`` path."""

    heading: tuple[str, ...]
    start: int
    end: int
    text: str
    page: int | None = None


@dataclass
class Document:
    source: str  # the path (or pydoc:topics/NAME, pydoc:module/NAME) a citation names
    doc: str  # the label an eval question names: a pydoc topic, module:NAME, or the source
    title: str
    kind: str
    sha256: str
    blocks: list[Block] = field(default_factory=list)


def kind_of(path: Path) -> str | None:
    ext = path.suffix.lower()
    if ext in TEXT_EXT:
        return TEXT_EXT[ext]
    return "code" if ext in CODE_EXT else None


def find_files(paths: list[str]) -> list[tuple[str, Path | None]]:
    """``--docs`` arguments -> ``(source, path)`` pairs, sorted; ``path`` is None for pydoc
    entries (``source`` names them). Folders are walked (hidden entries skipped); a folder
    with nothing readable, or a missing path, is an error."""
    out: dict[str, Path | None] = {}
    for raw in paths:
        if raw.rstrip(":") == PYDOC and not Path(raw).exists():
            out.update(dict.fromkeys(pydoc_sources()))
            continue
        p = Path(raw)
        if p.is_dir():
            found = [f for f in _walk(p) if kind_of(f) is not None and not f.name.startswith(".")]
            if not found:
                raise GenforgeError(
                    f"no documents found under {p}: it holds no files with a known extension "
                    f"({', '.join(sorted(TEXT_EXT))} or source code); point --docs at "
                    "files or folders with documents"
                )
            out.update({str(f.resolve()): f for f in found})
        elif p.is_file():
            out[str(p.resolve())] = p
        else:
            raise GenforgeError(
                f"--docs {raw}: no such file or folder (use 'pydoc' for the embedded corpus)"
            )
    return sorted(out.items())


def _walk(root: Path) -> Iterator[Path]:
    for dirpath, dirnames, filenames in os.walk(root, onerror=_raise_walk_error):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            yield Path(dirpath) / name


def _raise_walk_error(e: OSError) -> None:
    raise GenforgeError(f"cannot read folder {e.filename}: {e.strerror}; fix its permissions")


def read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as e:
        raise GenforgeError(
            f"cannot read {path}: {e.strerror}; fix its permissions or leave it out of --docs"
        ) from None


def load_document(source: str, path: Path | None, data: bytes | None = None) -> Document:
    """Parse one file (or one pydoc entry when ``path`` is None) into a Document."""
    if path is None:
        return _pydoc_document(source)
    data = read_bytes(path) if data is None else data
    sha = hashlib.sha256(data).hexdigest()
    kind = kind_of(path) or "text"
    doc = Document(source=source, doc=source, title=path.stem, kind=kind, sha256=sha)
    if kind == "pdf":
        doc.blocks, title = _pdf_blocks(path, data)
        doc.title = title or doc.title
        return doc
    text = _decode(path, data)
    if kind == "html":
        lines, title = _html_lines(text)
        doc.title = title or doc.title
    elif kind == "code":
        doc.blocks = _code_blocks(path, text)
        return doc
    else:
        lines = _marked_lines(text, atx=kind in ("markdown", "text"))
    doc.blocks = _blocks(lines)
    if doc.blocks and doc.blocks[0].heading:
        doc.title = doc.blocks[0].heading[0]
    return doc


def _decode(path: Path, data: bytes) -> str:
    if b"\x00" in data[:8192]:
        raise GenforgeError(f"{path} looks binary (it has NUL bytes); leave it out of --docs")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        # Legacy single-byte text (Latin-1, cp1252) decodes without loss of words.
        return data.decode("latin-1")


# A line of a document: its number, text, and heading level when it is a heading.
Line = tuple[int, str, int | None]

_ATX = re.compile(r"^(#{1,6})\s+(.+?)\s*#*\s*$")
_FENCE = re.compile(r"^\s*(```|~~~)")
_ADORN = re.compile(r"^([=\-~*^\"+#'`:.])\1{2,}\s*$")


def _marked_lines(text: str, *, atx: bool) -> list[Line]:
    """Text -> lines with headings marked: reST/setext underlines (level by first use of the
    adornment character, as reST does) and, for Markdown, ``#`` headings."""
    raw = text.splitlines()
    out: list[Line] = []
    levels: dict[str, int] = {}
    in_fence = False
    i = 0
    while i < len(raw):
        line = raw[i]
        if atx and _FENCE.match(line):
            in_fence = not in_fence
        nxt = raw[i + 1] if i + 1 < len(raw) else ""
        m = _ATX.match(line) if atx and not in_fence else None
        if m:
            out.append((i + 1, m.group(2), len(m.group(1))))
        elif (
            not in_fence
            and line.strip()
            and not line[0].isspace()
            and not _ADORN.match(line)
            and _ADORN.match(nxt)
            and len(nxt.rstrip()) >= min(len(line.rstrip()), 3)
        ):
            level = levels.setdefault(nxt[0], len(levels) + 1)
            out.append((i + 1, line.strip(), level))
            i += 2
            continue
        elif _ADORN.match(line) and not in_fence:
            pass  # an overline or a transition: no words in it
        else:
            out.append((i + 1, line, None))
        i += 1
    return out


def _blocks(lines: list[Line], page: int | None = None) -> list[Block]:
    """Marked lines -> paragraphs (split at blank lines) under their heading path."""
    stack: list[tuple[int, str]] = []
    blocks: list[Block] = []
    para: list[tuple[int, str]] = []

    def flush() -> None:
        if para:
            text = "\n".join(t for _, t in para).strip("\n")
            heading = tuple(h for _, h in stack)
            blocks.append(Block(heading, para[0][0], para[-1][0], text, page))
            para.clear()

    for no, text, level in lines:
        if level is not None:
            flush()
            while stack and stack[-1][0] >= level:
                stack.pop()
            stack.append((level, text))
        elif text.strip():
            para.append((no, text.rstrip()))
        else:
            flush()
    flush()
    return blocks


class _HTMLText(HTMLParser):
    """Visible text of an HTML page as marked lines (h1..h6 become headings); script, style
    and other non-visible elements are dropped."""

    SKIP = frozenset("script style noscript template svg head iframe object".split())
    BREAK = frozenset(
        "p div br li tr pre section article table ul ol blockquote dd dt header footer nav "
        "main aside hr".split()
    )

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[Line] = []
        self.title = ""
        self._skip = 0
        self._in_title = False
        self._heading: int | None = None
        self._buf: list[str] = []
        self._buf_line = 1

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag == "title":
            self._in_title = True
        elif tag in self.SKIP:
            self._skip += 1
        elif tag in self.BREAK or re.fullmatch(r"h[1-6]", tag):
            self._flush()
            if tag[0] == "h" and tag[1:].isdigit():
                self._heading = int(tag[1])

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        elif tag in self.SKIP:
            self._skip = max(self._skip - 1, 0)
        elif tag in self.BREAK or re.fullmatch(r"h[1-6]", tag):
            self._flush()
            if tag in ("p", "pre", "table", "ul", "ol", "blockquote") or tag[0] == "h":
                self.lines.append((self.getpos()[0], "", None))  # paragraph end

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data.strip()
        elif not self._skip and data.strip():
            if not self._buf:
                self._buf_line = self.getpos()[0]
            self._buf.append(data)

    def _flush(self) -> None:
        text = " ".join("".join(self._buf).split())
        if text:
            self.lines.append((self._buf_line, text, self._heading))
        self._buf = []
        self._heading = None


def _html_lines(text: str) -> tuple[list[Line], str]:
    parser = _HTMLText()
    parser.feed(text)
    parser.close()
    parser._flush()
    return parser.lines, parser.title


def _pdf_blocks(path: Path, data: bytes) -> tuple[list[Block], str]:
    import io as _io

    from pypdf import PdfReader

    try:
        reader = PdfReader(_io.BytesIO(data))
        pages = [page.extract_text() or "" for page in reader.pages]
        title = (reader.metadata.title if reader.metadata else None) or ""
    except Exception as e:  # pypdf raises many types for a broken file
        raise GenforgeError(
            f"cannot parse PDF {path}: {type(e).__name__}: {e}; repair or re-export it, or "
            "leave it out of --docs"
        ) from None
    if not any(p.strip() for p in pages):
        raise GenforgeError(
            f"PDF {path} has no extractable text (a scan?); run OCR on it first or leave it "
            "out of --docs"
        )
    blocks = []
    for number, text in enumerate(pages, start=1):
        lines = [(i, t, None) for i, t in enumerate(text.splitlines(), start=1)]
        blocks += _blocks(lines, page=number)
    return blocks, str(title).strip()


def _code_blocks(path: Path, text: str) -> list[Block]:
    """Python: one block per top-level def/class (classes split by method), the statements
    between them grouped; other languages: paragraphs at blank lines."""
    lines = text.splitlines()
    if path.suffix not in (".py", ".pyi"):
        return _blocks([(i, t, None) for i, t in enumerate(lines, start=1)])
    try:
        tree = ast.parse(text)
    except (SyntaxError, ValueError):
        return _blocks([(i, t, None) for i, t in enumerate(lines, start=1)])
    blocks: list[Block] = []

    def span(heading: tuple[str, ...], start: int, end: int) -> None:
        body = "\n".join(lines[start - 1 : end]).strip("\n")
        if body.strip():
            blocks.append(Block(heading, start, end, body))

    def defs(nodes: list[ast.stmt], heading: tuple[str, ...], first: int, last: int) -> None:
        loose = first  # start of statements not yet in a block
        for node in nodes:
            if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
                continue
            start = min([node.lineno, *(d.lineno for d in node.decorator_list)])
            span(heading, loose, start - 1)
            label = f"{'class' if isinstance(node, ast.ClassDef) else 'def'} {node.name}"
            end = node.end_lineno or node.lineno
            if isinstance(node, ast.ClassDef) and not heading:
                inner = [n for n in node.body if isinstance(n, ast.FunctionDef)]
                head_end = inner[0].lineno - 1 if inner else end
                span((label,), start, head_end)
                if inner:
                    defs(node.body, (label,), head_end + 1, end)
            else:
                span((*heading, label), start, end)
            loose = end + 1
        span(heading, loose, last)

    defs(tree.body, (), 1, len(lines))
    return blocks


# --- the embedded pydoc corpus ---------------------------------------------------------

_SKIP_STDLIB = {"test", "idlelib", "site-packages", "dist-packages", "__pycache__", "tests"}
_SKIP_STDLIB |= {"lib2to3", "turtledemo", "ensurepip", "pydoc_data"}


@functools.cache
def _stdlib_modules() -> dict[str, Path]:
    """Module name -> source file for the stdlib's Python modules (tests left out)."""
    root = Path(sysconfig.get_paths()["stdlib"])
    out = {}
    for path in sorted(root.rglob("*.py")):
        rel = path.relative_to(root)
        if any(p in _SKIP_STDLIB or p.startswith(("_", ".")) for p in rel.parts[:-1]):
            continue
        if rel.name.startswith("_") and rel.name != "__init__.py":
            continue
        parts = rel.with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        if name and "-" not in name:
            out[name] = path
    return out


def _topics() -> dict[str, str]:
    from pydoc_data.topics import topics

    return topics


def pydoc_sources() -> list[str]:
    return [f"pydoc:topics/{name}" for name in sorted(_topics())] + [
        f"pydoc:module/{name}" for name in sorted(_stdlib_modules())
    ]


def _module_docstring(path: Path) -> str:
    try:
        tree = ast.parse(path.read_text(encoding="utf-8"))
    except (OSError, SyntaxError, UnicodeDecodeError, ValueError):
        return ""
    return ast.get_docstring(tree) or ""


def _pydoc_document(source: str) -> Document:
    group, _, name = source.removeprefix("pydoc:").partition("/")
    if group == "topics":
        text = _topics().get(name)
        if text is None:
            raise GenforgeError(f"{source}: no such pydoc topic")
        doc = Document(source, name, name, "pydoc", hashlib.sha256(text.encode()).hexdigest())
        doc.blocks = _blocks(_marked_lines(text, atx=False))
        if doc.blocks and doc.blocks[0].heading:
            doc.title = doc.blocks[0].heading[0]
        return doc
    path = _stdlib_modules().get(name)
    text = _module_docstring(path) if path else ""
    title = f"{name} module"
    doc = Document(
        source, f"module:{name}", title, "pydoc", hashlib.sha256(text.encode()).hexdigest()
    )
    lines = _marked_lines(text, atx=False)
    doc.blocks = [
        Block((title, *b.heading), b.start, b.end, b.text, b.page) for b in _blocks(lines)
    ]
    return doc
