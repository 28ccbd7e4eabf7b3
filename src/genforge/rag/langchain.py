"""The index as a LangChain retriever, for chains users already run.

Needs the optional extra: ``pip install 'genforge[langchain]'`` (langchain-core)::

    from genforge.rag.langchain import GenforgeRetriever
    retriever = GenforgeRetriever.from_index("my-index", k=4)
    docs = retriever.invoke("how do I ...?")   # LangChain Documents with citations in metadata
"""

from __future__ import annotations

from typing import Any

try:
    from langchain_core.callbacks import CallbackManagerForRetrieverRun
    from langchain_core.documents import Document
    from langchain_core.retrievers import BaseRetriever
except ImportError as e:  # pragma: no cover - depends on the environment
    raise ImportError(
        "genforge.rag.langchain needs langchain-core: pip install 'genforge[langchain]'"
    ) from e
from pydantic import ConfigDict

from genforge.rag.retrieve import Retriever
from genforge.rag.store import Filters


class GenforgeRetriever(BaseRetriever):
    """LangChain ``BaseRetriever`` over a genforge index dir (hybrid retrieval by default)."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    retriever: Any  # a genforge.rag.retrieve.Retriever
    k: int = 4
    mode: str = "hybrid"
    mmr_lambda: float | None = None
    max_per_doc: int | None = 2
    filters: dict[str, str] | None = None

    @classmethod
    def from_index(cls, index_dir: str, **kwargs: Any) -> GenforgeRetriever:
        return cls(retriever=Retriever(index_dir), **kwargs)

    def _get_relevant_documents(
        self, query: str, *, run_manager: CallbackManagerForRetrieverRun
    ) -> list[Document]:
        hits = self.retriever.search(
            query,
            self.k,
            mode=self.mode,
            filters=Filters(**(self.filters or {})),
            mmr_lambda=self.mmr_lambda,
            max_per_doc=self.max_per_doc,
        )
        out = []
        for h in hits:
            meta = {k: v for k, v in h.chunk.items() if k != "text"}
            meta.update(rank=h.rank, score=h.score, citation=h.citation())
            out.append(Document(page_content=h.chunk["text"], metadata=meta))
        return out
