"""POST /v1/rag/query and the grounded chat mode (``"rag": {...}`` on a chat request).

Both exist when the server was started with ``--rag-index DIR``. Retrieval runs in a worker
thread under one lock: the index's SQLite connection and the embedder serve one search at a
time, and a search takes milliseconds next to a generation.
"""

from __future__ import annotations

import asyncio
import threading
from pathlib import Path
from typing import Any

from fastapi import APIRouter, Request

from genforge.errors import GenforgeError
from genforge.rag.answer import grounded_prompt, sources_json
from genforge.rag.retrieve import Retriever
from genforge.rag.store import Filters
from genforge.serve.api_errors import APIError
from genforge.serve.protocol import RagOptions, RagQueryRequest, RagQueryResponse

router = APIRouter()


class RagService:
    """One index dir shared by the server's requests."""

    def __init__(self, index_dir: str | Path) -> None:
        self.retriever = Retriever(index_dir, threaded=True)
        self.lock = threading.Lock()
        self.retriever.search("warm up", 1)  # load the embedder before the first request

    def search(self, query: str, opts: RagOptions) -> list[Any]:
        f = opts.filters
        filters = Filters(source=f.source, kind=f.kind, doc=f.doc) if f else None
        with self.lock:
            return self.retriever.search(
                query,
                opts.k,
                mode=opts.mode,
                filters=filters,
                mmr_lambda=opts.mmr,
                max_per_doc=opts.max_per_doc,
            )

    def close(self) -> None:
        self.retriever.close()


def _service(request: Request) -> RagService:
    rag = getattr(request.app.state, "rag", None)
    if rag is None:
        raise APIError(
            404,
            "this server has no RAG index; start it with `genforge serve --rag-index DIR`",
            code="not_found",
        )
    return rag


async def _search(rag: RagService, query: str, opts: RagOptions, param: str) -> list[Any]:
    try:
        return await asyncio.to_thread(rag.search, query, opts)
    except GenforgeError as e:
        raise APIError(400, str(e), param=param, code="invalid_value") from None


@router.get("/v1/rag", summary="Describe the server's RAG index (404 when it has none)")
async def rag_info(request: Request) -> dict[str, Any]:
    rag = _service(request)
    with rag.lock:
        meta = rag.retriever.store.meta()
        files = len(rag.retriever.store.files())
        chunks = rag.retriever.store.count()
    return {
        "object": "rag.index",
        "files": files,
        "chunks": chunks,
        "embedder": meta.get("embedder"),
        "dense": meta.get("dense_kind", "flat"),
    }


@router.post(
    "/v1/rag/query",
    response_model=RagQueryResponse,
    summary="Retrieve the chunks of the server's RAG index that best match a query",
)
async def rag_query(body: RagQueryRequest, request: Request) -> RagQueryResponse:
    hits = await _search(_service(request), body.query, body, "query")
    return RagQueryResponse(query=body.query, data=sources_json(hits))


async def ground_chat(
    request: Request,
    opts: RagOptions,
    messages: list[dict[str, str]],
    fits: Any,
) -> tuple[list[dict[str, str]], list[dict[str, Any]]]:
    """The chat ``messages`` with their last user turn answered from retrieved sources:
    the grounded system message first, the earlier turns kept, the last user message
    replaced by the question with its fenced sources. Returns (messages, sources)."""
    rag = _service(request)
    last = max((i for i, m in enumerate(messages) if m["role"] == "user"), default=None)
    if last is None or not messages[last]["content"].strip():
        raise APIError(
            400,
            "rag needs a non-empty user message to search for",
            param="messages",
            code="invalid_value",
        )
    question = messages[last]["content"]
    hits = await _search(rag, question, opts, "messages")
    history = [m for m in messages[:last] if m["role"] != "system"]

    def whole(grounded: list[dict[str, str]]) -> list[dict[str, str]]:
        return [grounded[0], *history, grounded[1]]

    try:
        prompt = await asyncio.to_thread(
            grounded_prompt, question, hits, fits=lambda g: fits(whole(g))
        )
    except GenforgeError as e:
        raise APIError(400, str(e), param="messages", code="context_length_exceeded") from None
    return whole(prompt.messages), sources_json(prompt.sources)
