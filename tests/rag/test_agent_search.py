"""The agent's search tool over a real rag index (`genforge agent --rag-index`)."""

from __future__ import annotations

from pathlib import Path


def test_agent_search_tool_returns_cited_passages_from_the_index(built_index: Path) -> None:
    from genforge.commands.agent import rag_search_tool

    tool = rag_search_tool(str(built_index), k=2)
    assert tool.name == "search" and not tool.side_effects
    out = tool.fn({"query": "why does the moon look red in an eclipse"})
    first = out.split("\n\n")[0]
    assert first.startswith("[1] (") and "eclipse.txt (lines 1-2)" in first
    assert "coppery red" in first
    assert out.count("\n\n") == 1  # k=2 passages
