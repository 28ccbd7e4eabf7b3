"""A retrieval tool over any search index with a small interface.

The tool depends only on :class:`Retriever` (``search(query, k) -> passages``), so a
``genforge rag`` index plugs in with an adapter once it exists, and tests use a stub.
Passages come back numbered, with their source, as data for the model to quote.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from genforge.agent.tools.base import Tool


@dataclass
class Passage:
    text: str
    source: str
    score: float = 0.0


class Retriever(Protocol):
    def search(self, query: str, k: int) -> list[Passage]: ...


def retrieval_tool(retriever: Retriever, *, k: int = 4) -> Tool:
    def run(args: dict) -> str:
        query = args.get("query", "")
        if not isinstance(query, str) or not query.strip():
            raise ValueError("give a search query")
        hits = retriever.search(query, min(int(args.get("k", k)), 10))
        if not hits:
            return "no passages found"
        return "\n\n".join(f"[{i}] ({p.source}) {p.text}" for i, p in enumerate(hits, 1))

    return Tool(
        name="search",
        description="Search the document index; returns numbered passages with sources.",
        parameters={
            "type": "object",
            "properties": {"query": {"type": "string"}, "k": {"type": "integer"}},
            "required": ["query"],
            "additionalProperties": False,
        },
        fn=run,
    )
