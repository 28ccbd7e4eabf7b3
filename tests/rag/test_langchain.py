"""The index as a LangChain retriever (langchain-core, the optional extra)."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("langchain_core", reason="pip install 'genforge[langchain]'")


def test_langchain_retriever_returns_documents_with_citations(built_index: Path) -> None:
    from langchain_core.documents import Document
    from langchain_core.runnables import RunnableLambda

    from genforge.rag.langchain import GenforgeRetriever

    retriever = GenforgeRetriever.from_index(str(built_index), k=2)
    docs = retriever.invoke("why does the moon look red in an eclipse")
    assert len(docs) == 2 and all(isinstance(d, Document) for d in docs)
    assert docs[0].metadata["source"].endswith("eclipse.txt")
    assert docs[0].metadata["citation"].endswith("eclipse.txt (lines 1-2)")
    assert "coppery red" in docs[0].page_content
    # It composes like any runnable: a retriever piped into a formatting step.
    chain = retriever | RunnableLambda(lambda ds: "\n".join(d.metadata["citation"] for d in ds))
    assert "eclipse.txt" in chain.invoke("lunar eclipse colour")
    only_code = GenforgeRetriever.from_index(str(built_index), k=3, filters={"kind": "code"})
    assert {d.metadata["kind"] for d in only_code.invoke("warehouse stock")} == {"code"}
