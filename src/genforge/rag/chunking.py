"""Structure-aware chunking: a document's blocks packed into chunks of at most ``size``
tokens under one heading (and one PDF page), consecutive chunks sharing up to ``overlap``
tokens of whole paragraphs or lines, so a chunk never starts mid-sentence of a short
paragraph and always cites a line range it really spans."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from itertools import groupby

from genforge.rag.documents import Block, Document

CountTokens = Callable[[str], int]


@dataclass
class Chunk:
    source: str
    doc: str
    title: str
    kind: str
    heading: str  # the heading path, " > "-joined
    start: int  # first and last line (1-based) of the source, or of the page
    end: int
    page: int | None
    text: str

    def embed_text(self) -> str:
        """What the embedder sees: the title and heading path give a short paragraph the
        context a reader would have."""
        head = head_path(self.title, self.heading)
        return f"{head}\n{self.text}" if head else self.text

    def citation(self) -> str:
        where = f"p. {self.page}, " if self.page is not None else ""
        lines = f"line {self.start}" if self.start == self.end else f"lines {self.start}-{self.end}"
        return f"{self.source} ({where}{lines})"


def head_path(title: str, heading: str) -> str:
    """ "title > heading path", the title left out where the path already starts with it."""
    if not heading:
        return title
    if not title or heading == title or heading.startswith(f"{title} > "):
        return heading
    return f"{title} > {heading}"


def chunk_document(
    doc: Document, count_tokens: CountTokens, *, size: int = 200, overlap: int = 32
) -> list[Chunk]:
    """``doc`` -> chunks of at most ``size`` tokens (a single word longer than that stays
    whole); ``overlap`` < ``size`` tokens of whole pieces repeat at the next chunk's start."""
    if not 0 <= overlap < size:
        raise ValueError(f"overlap must be in [0, size); got overlap={overlap}, size={size}")
    chunks: list[Chunk] = []
    for (heading, page), group in groupby(doc.blocks, key=lambda b: (b.heading, b.page)):
        pieces: list[tuple[Block, int]] = []
        for block in group:
            pieces += _split(block, count_tokens, size)
        for start, end, text in _pack(pieces, size, overlap):
            chunks.append(
                Chunk(
                    doc.source,
                    doc.doc,
                    doc.title,
                    doc.kind,
                    " > ".join(heading),
                    start,
                    end,
                    page,
                    text,
                )
            )
    return chunks


def _split(block: Block, count_tokens: CountTokens, size: int) -> list[tuple[Block, int]]:
    """A block as pieces of at most ``size`` tokens: whole, else line windows, else (one
    huge line) word windows."""
    n = count_tokens(block.text)
    if n <= size:
        return [(block, n)]
    out: list[tuple[Block, int]] = []
    for i, line in enumerate(block.text.split("\n")):
        no = block.start + i
        piece = Block(block.heading, no, no, line, block.page)
        t = count_tokens(line)
        if t <= size:
            out.append((piece, t))
            continue
        words = line.split()
        step = max(1, len(words) * size // t)  # words per window at this line's density
        for j in range(0, len(words), step):
            part = " ".join(words[j : j + step])
            out.append((Block(block.heading, no, no, part, block.page), count_tokens(part)))
    return out


def _pack(pieces: list[tuple[Block, int]], size: int, overlap: int) -> list[tuple[int, int, str]]:
    chunks: list[tuple[int, int, str]] = []
    cur: list[tuple[Block, int]] = []
    total = 0

    def emit() -> None:
        text = "\n".join(b.text for b, _ in cur).strip()
        if text:
            chunks.append((cur[0][0].start, max(b.end for b, _ in cur), text))

    for piece in pieces:
        if cur and total + piece[1] > size:
            emit()
            carried: list[tuple[Block, int]] = []
            kept = 0
            for prev in reversed(cur):
                if kept + prev[1] > overlap or kept + prev[1] + piece[1] > size:
                    break
                carried.insert(0, prev)
                kept += prev[1]
            cur, total = carried, kept
        cur.append(piece)
        total += piece[1]
    if cur:  # the last piece is always new
        emit()
    return chunks
