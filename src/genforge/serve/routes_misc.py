"""The small endpoints: models, embeddings, tokenize/detokenize, health, readiness, metrics."""

from __future__ import annotations

import asyncio
import base64
import time
from typing import Any

import numpy as np
from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, Response

from genforge.errors import GenforgeError
from genforge.serve.api_errors import APIError
from genforge.serve.protocol import (
    DetokenizeRequest,
    DetokenizeResponse,
    EmbeddingList,
    EmbeddingRequest,
    HealthResponse,
    ModelCard,
    ModelList,
    ReadyResponse,
    TokenizeRequest,
    TokenizeResponse,
)
from genforge.serve.routes_chat import to_template_messages
from genforge.serve.serving import ServingContext, count_prompts

router = APIRouter()


def _ctx(request: Request) -> ServingContext:
    return request.app.state.ctx


def _card(ctx: ServingContext, created: int) -> ModelCard:
    return ModelCard(id=ctx.model_name, created=created, max_model_len=ctx.context_length)


@router.get("/v1/models", response_model=ModelList, summary="List the served model")
async def list_models(request: Request) -> ModelList:
    ctx = _ctx(request)
    return ModelList(data=[_card(ctx, request.app.state.started_at)])


@router.get("/v1/models/{model}", response_model=ModelCard, summary="Describe a model")
async def get_model(model: str, request: Request) -> ModelCard:
    ctx = _ctx(request)
    ctx.check_model(model)
    return _card(ctx, request.app.state.started_at)


def _embed_inputs(ctx: ServingContext, value: Any) -> list[list[int]]:
    if isinstance(value, str):
        return [ctx.tokenizer.encode(value)]
    if not value:
        raise APIError(400, "input must not be empty", param="input", code="invalid_value")
    if isinstance(value[0], str):
        return [ctx.tokenizer.encode(v) for v in value]
    if isinstance(value[0], int):
        return [list(value)]
    return [list(v) for v in value]


@router.post(
    "/v1/embeddings",
    response_model=EmbeddingList,
    summary="Embed text: mean-pooled, L2-normalised final hidden states of the model",
)
async def create_embeddings(body: EmbeddingRequest, request: Request) -> EmbeddingList:
    ctx = _ctx(request)
    ctx.check_model(body.model)
    ctx.policy.check_inputs(count_prompts(body.input))
    batch = await asyncio.to_thread(_embed_inputs, ctx, body.input)
    for ids in batch:
        if not ids:
            raise APIError(400, "an input is empty", param="input", code="invalid_value")
        ctx.check_token_ids(ids, "input")
        if len(ids) > ctx.context_length:
            raise APIError(
                400,
                f"an input is {len(ids)} tokens, more than the model's context of "
                f"{ctx.context_length}; split it",
                param="input",
                code="context_length_exceeded",
            )
    used = sum(len(ids) for ids in batch)
    ctx.reserve_tokens(request, used)
    vectors = await asyncio.to_thread(ctx.engine.embed, batch)
    rows = vectors.detach().float().cpu().numpy()
    if body.dimensions is not None and body.dimensions != rows.shape[1]:
        raise APIError(
            400,
            f"dimensions must be {rows.shape[1]} for this model (its hidden size), got "
            f"{body.dimensions}",
            param="dimensions",
            code="invalid_value",
        )
    data = []
    for i, row in enumerate(rows):
        if body.encoding_format == "base64":
            emb: Any = base64.b64encode(row.astype("<f4").tobytes()).decode("ascii")
        else:
            emb = [float(x) for x in np.asarray(row)]
        data.append({"object": "embedding", "embedding": emb, "index": i})
    return EmbeddingList(
        data=data,
        model=ctx.model_name,
        usage={"prompt_tokens": used, "total_tokens": used},
    )


@router.post("/tokenize", response_model=TokenizeResponse, summary="Text or chat -> token ids")
async def tokenize(body: TokenizeRequest, request: Request) -> TokenizeResponse:
    ctx = _ctx(request)
    ctx.check_model(body.model)
    if (body.prompt is None) == (body.messages is None):
        raise APIError(
            400, "give exactly one of 'prompt' or 'messages'", param="prompt", code="invalid_value"
        )
    try:
        if body.messages is not None:
            ids = await asyncio.to_thread(
                ctx.tokenizer.encode_chat,
                to_template_messages(body.messages),
                add_generation_prompt=body.add_generation_prompt,
            )
        else:
            ids = await asyncio.to_thread(
                ctx.tokenizer.encode, body.prompt, add_bos=body.add_special_tokens
            )
    except GenforgeError as e:
        raise APIError(400, str(e), code="invalid_value") from None
    return TokenizeResponse(count=len(ids), max_model_len=ctx.context_length, tokens=ids)


@router.post("/detokenize", response_model=DetokenizeResponse, summary="Token ids -> text")
async def detokenize(body: DetokenizeRequest, request: Request) -> DetokenizeResponse:
    ctx = _ctx(request)
    ctx.check_model(body.model)
    ctx.check_token_ids(body.tokens, "tokens")
    return DetokenizeResponse(prompt=ctx.tokenizer.decode(body.tokens))


@router.get(
    "/health",
    response_model=HealthResponse,
    summary="Liveness: the process answers and its engine can serve",
    responses={503: {"model": HealthResponse}},
)
async def health(request: Request) -> Any:
    # An engine process that died cannot come back: fail liveness so the supervisor
    # (systemd, Kubernetes) restarts the server rather than keep it answering 503s.
    failed = _ctx(request).engine.failed
    if failed is not None:
        return JSONResponse({"status": "engine_failed", "error": failed}, status_code=503)
    return HealthResponse(status="ok")


@router.get(
    "/ready",
    response_model=ReadyResponse,
    summary="Readiness: 200 when the engine takes requests, 503 while starting or draining",
    responses={503: {"model": HealthResponse}},
)
async def ready(request: Request) -> Any:
    ctx = _ctx(request)
    if ctx.engine.failed is not None:
        return JSONResponse({"status": "engine_failed"}, status_code=503)
    if ctx.ready and not ctx.draining:
        # Ready already while the decode step compiles in the background (it decodes eagerly
        # meanwhile); `decode` says which, for a dashboard or a warm-up script; `dtype`
        # what it serves in (--dtype auto: bfloat16 on CUDA, the model's own elsewhere).
        dtype = str(ctx.engine.dtype).removeprefix("torch.")
        return ReadyResponse(status="ready", decode=ctx.engine.decode_mode, dtype=dtype)
    state = "draining" if ctx.draining else "starting"
    return JSONResponse({"status": state}, status_code=503)


@router.get("/metrics", summary="Prometheus metrics (text exposition format)")
async def metrics(request: Request) -> Response:
    ctx = _ctx(request)
    body = await asyncio.to_thread(ctx.metrics.render)
    return Response(body, media_type="text/plain; version=0.0.4; charset=utf-8")


def started_at() -> int:
    return int(time.time())
