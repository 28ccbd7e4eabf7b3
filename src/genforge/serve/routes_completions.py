"""POST /v1/completions: the legacy prompt-in, text-out endpoint (base models)."""

from __future__ import annotations

import asyncio
from typing import Any

from fastapi import APIRouter, Request

from genforge.infer.protocol import TokenEvent
from genforge.serve.api_errors import APIError
from genforge.serve.protocol import Completion, CompletionRequest
from genforge.serve.serving import (
    Choice,
    EngineStreamingResponse,
    ServingContext,
    Submitted,
    count_prompts,
    request_id,
    sampling_params,
    stream_response,
    validate_params,
)

router = APIRouter()

# OpenAI's default for this endpoint; chat defaults to the rest of the context instead.
DEFAULT_MAX_TOKENS = 16


def _prompts(ctx: ServingContext, prompt: Any) -> list[list[int]]:
    """Every prompt form OpenAI accepts -> token id lists (text gets a leading <|bos|>)."""
    if isinstance(prompt, str):
        return [ctx.tokenizer.encode(prompt, add_bos=True)]
    if not prompt:
        raise APIError(
            400, "prompt must not be an empty list", param="prompt", code="invalid_value"
        )
    if isinstance(prompt[0], str):
        return [ctx.tokenizer.encode(p, add_bos=True) for p in prompt]
    if isinstance(prompt[0], int):
        return [list(prompt)]
    return [list(p) for p in prompt]


def _legacy_logprobs(ctx: ServingContext, tokens: list[TokenEvent], offset: int) -> dict[str, Any]:
    """OpenAI's legacy shape: parallel lists of tokens, logprobs, top-k maps, text offsets."""
    out: dict[str, Any] = {
        "tokens": [],
        "token_logprobs": [],
        "top_logprobs": [],
        "text_offset": [],
    }
    for ev in tokens:
        out["tokens"].append(ctx.token_text(ev.token_id)[0])
        out["token_logprobs"].append(ev.logprob)
        out["top_logprobs"].append(
            {ctx.token_text(tid)[0]: lp for tid, _, lp in ev.top_logprobs or []}
        )
        out["text_offset"].append(offset)
        offset += len(ev.text)
    return out


@router.post(
    "/v1/completions",
    response_model=Completion,
    summary="Create a text completion (OpenAI-compatible legacy endpoint; stream=true for SSE)",
)
async def create_completion(body: CompletionRequest, request: Request) -> Any:
    ctx: ServingContext = request.app.state.ctx
    ctx.check_model(body.model)
    n = ctx.policy.check_choices(count_prompts(body.prompt), body.n)
    if body.suffix:
        raise APIError(
            400,
            "suffix is not supported by this model",
            param="suffix",
            code="unsupported_parameter",
        )
    if body.best_of is not None and body.best_of != n:
        raise APIError(
            400,
            "best_of other than n is not supported; ask for n choices and pick yourself",
            param="best_of",
            code="unsupported_parameter",
        )
    prompts = await asyncio.to_thread(_prompts, ctx, body.prompt)
    params = []
    processors = ctx.watermark_for(body)
    for ids in prompts:
        ctx.check_token_ids(ids, "prompt")
        ctx.check_prompt(ids, "prompt")
        max_tokens = ctx.max_tokens_for(body.max_tokens, len(ids), default=DEFAULT_MAX_TOKENS)
        params.append(
            sampling_params(
                body,
                max_tokens=max_tokens,
                logprobs=body.logprobs,
                seed=body.seed,
                processors=processors,
            )
        )
    validate_params(ctx, params[0], n)
    ctx.check_logprobs(body.logprobs is not None)
    echoes = [ctx.tokenizer.decode(ids, skip_special=True) if body.echo else "" for ids in prompts]
    sub = ctx.submit(request, prompts, params, n)
    rid = request_id("cmpl")
    if body.stream:
        return _stream(ctx, sub, rid, body, echoes)
    await ctx.collect(request, sub)
    choices = []
    for c in sub.choices:
        assert c.finish is not None
        echo = echoes[c.prompt_index]
        logprobs = _legacy_logprobs(ctx, c.tokens, len(echo)) if body.logprobs is not None else None
        choices.append(
            {
                "index": c.index,
                "text": echo + ctx.filter_output(c.text),
                "logprobs": logprobs,
                "finish_reason": c.finish.reason,
            }
        )
    return Completion(
        id=rid,
        created=sub.created,
        model=ctx.model_name,
        choices=choices,
        usage=sub.usage(),
        system_fingerprint=ctx.fingerprint,
    )


def _stream(
    ctx: ServingContext,
    sub: Submitted,
    rid: str,
    body: CompletionRequest,
    echoes: list[str],
) -> EngineStreamingResponse:
    want_logprobs = body.logprobs is not None

    def choice(c: Choice, text: str, logprobs: Any, finish: str | None) -> dict[str, Any]:
        return {"index": c.index, "text": text, "logprobs": logprobs, "finish_reason": finish}

    offsets = {c.index: len(echoes[c.prompt_index]) for c in sub.choices}

    pii = {c.index: ctx.stream_filter() for c in sub.choices}

    def on_token(c: Choice, ev: TokenEvent) -> dict[str, Any] | None:
        text = pii[c.index].push(ev.text) if pii[c.index] else ev.text
        if not text and not want_logprobs:
            return None
        logprobs = None
        if want_logprobs:
            logprobs = _legacy_logprobs(ctx, [ev], offsets[c.index])
        offsets[c.index] += len(ev.text)
        return choice(c, text, logprobs, None)

    def on_finish(c: Choice, reason: str) -> dict[str, Any]:
        return choice(c, pii[c.index].flush() if pii[c.index] else "", None, reason)

    opening = [
        choice(c, echoes[c.prompt_index], None, None) for c in sub.choices if echoes[c.prompt_index]
    ]
    return stream_response(
        ctx,
        sub,
        rid,
        "text_completion",
        body.stream_options,
        opening=opening,
        on_token=on_token,
        on_finish=on_finish,
    )
