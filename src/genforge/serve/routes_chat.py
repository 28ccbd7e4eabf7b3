"""POST /v1/chat/completions: messages rendered with the model's chat template."""

from __future__ import annotations

import asyncio
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse

from genforge.errors import GenforgeError
from genforge.infer.protocol import TokenEvent
from genforge.safety.policy import Screening
from genforge.serve import structured
from genforge.serve.api_errors import APIError
from genforge.serve.images import image_prefix, request_pixels
from genforge.serve.protocol import ChatCompletion, ChatCompletionRequest, ChatMessage
from genforge.serve.routes_rag import ground_chat
from genforge.serve.serving import (
    Choice,
    EngineStreamingResponse,
    ServingContext,
    Submitted,
    request_id,
    sampling_params,
    stream_response,
    validate_params,
)

router = APIRouter()

# The template knows four roles; OpenAI's "developer" is the newer name of "system".
_ROLE = {"developer": "system"}


def to_template_messages(messages: list[ChatMessage]) -> list[dict[str, Any]]:
    """OpenAI messages -> ``{"role", "content"[, "tool_calls"]}`` dicts for
    ``Tokenizer.encode_chat``."""
    out: list[dict[str, Any]] = []
    for m in messages:
        if isinstance(m.content, list):
            # Image parts are not text: the image goes in front of the prompt (images.py).
            content = "\n".join(p.text for p in m.content if p.type == "text")
        else:
            content = m.content or ""
        msg: dict[str, Any] = {"role": _ROLE.get(m.role, m.role), "content": content}
        if m.tool_calls:
            msg["tool_calls"] = [{"function": c.function.model_dump()} for c in m.tool_calls]
        out.append(msg)
    return out


def _prepare(ctx: ServingContext, body: ChatCompletionRequest, vlm: Any) -> tuple:
    """(pixels or None, the structured-output plan, its system messages, the screened
    template messages, their Screening, the prompt ids: None when RAG sources are still
    to be added)."""
    pixels = request_pixels(body.messages, vlm, ctx.settings)
    st = structured.plan(ctx.tokenizer, body)
    try:
        messages, screening = ctx.screen_untrusted(
            [m.role for m in body.messages], to_template_messages(body.messages)
        )
    except GenforgeError as e:
        raise APIError(400, str(e), param="messages", code="invalid_value") from None
    head = st.system_messages()  # the tools' or the schema's instructions, if any
    prompt = None if body.rag is not None else _encode(ctx, head + messages)
    return pixels, st, head, messages, screening, prompt


def _encode(ctx: ServingContext, messages: list[dict[str, Any]]) -> list[int]:
    try:
        return ctx.tokenizer.encode_chat(messages)
    except GenforgeError as e:
        raise APIError(400, str(e), param="messages", code="invalid_value") from None


def _check_unsupported(req: ChatCompletionRequest) -> None:
    if req.top_logprobs is not None and not req.logprobs:
        raise APIError(
            400,
            "top_logprobs needs logprobs: true",
            param="top_logprobs",
            code="invalid_value",
        )


def _logprob_entry(ctx: ServingContext, ev: TokenEvent) -> dict[str, Any]:
    token, raw = ctx.token_text(ev.token_id)
    tops = []
    for tid, _, lp in ev.top_logprobs or []:
        t, b = ctx.token_text(tid)
        tops.append({"token": t, "logprob": lp, "bytes": b})
    return {"token": token, "logprob": ev.logprob, "bytes": raw, "top_logprobs": tops}


@router.post(
    "/v1/chat/completions",
    response_model=ChatCompletion,
    summary="Create a chat completion (OpenAI-compatible; stream=true for SSE)",
)
async def create_chat_completion(body: ChatCompletionRequest, request: Request) -> Any:
    ctx: ServingContext = request.app.state.ctx
    ctx.check_model(body.model)
    _check_unsupported(body)
    n = ctx.policy.check_choices(1, body.n, param="messages")
    # An image (VLM only) becomes prefix embeddings that take the first P positions; they
    # are made once the prompt is known (a question_attn VLM reads it into them).
    vlm = ctx.engine.vlm
    # Images, the tools/schema plan, screening and the template in one worker-thread hop
    # (they were four): each hop is a thread wake-up, a loop callback and one more thread
    # taking the GIL from the engine's decode step.
    pixels, st, head, messages, screening, prompt = await asyncio.to_thread(
        _prepare, ctx, body, vlm
    )
    n_image = 0 if pixels is None else vlm.image_positions
    requested = (
        body.max_completion_tokens if body.max_completion_tokens is not None else body.max_tokens
    )
    sources = None
    if body.rag is not None:
        # Sources that would leave no room for the answer are dropped, lowest-ranked first.
        room = ctx.context_length - n_image - min(requested or 64, ctx.context_length // 2)
        messages, sources = await ground_chat(
            request, body.rag, messages, lambda m: len(ctx.tokenizer.encode_chat(head + m)) <= room
        )
        prompt = await asyncio.to_thread(_encode, ctx, head + messages)
    assert prompt is not None
    ctx.check_prompt(prompt, "messages", n_image)
    image = None
    if pixels is not None:
        image = await asyncio.to_thread(image_prefix, vlm, pixels, prompt)
    max_tokens = ctx.max_tokens_for(requested, len(prompt) + n_image, default=None)
    k = (body.top_logprobs or 0) if body.logprobs else None
    ctx.check_logprobs(k is not None)
    params = sampling_params(
        body, max_tokens=max_tokens, logprobs=k, seed=body.seed, processors=ctx.watermark_for(body)
    )
    # The grammar's mask first: the watermark then only reorders tokens the grammar allows.
    params.logits_processors = [*st.processors(len(prompt), max_tokens), *params.logits_processors]
    validate_params(ctx, params, n)
    sub = ctx.submit(request, [prompt], [params], n, prefix_embeds=image)
    rid = request_id("chatcmpl")
    if body.stream:
        return _stream(ctx, sub, rid, body, k, st, sources, screening)
    await ctx.collect(request, sub)
    choices = []
    for c in sub.choices:
        assert c.finish is not None
        logprobs = None
        if k is not None:
            logprobs = {"content": [_logprob_entry(ctx, ev) for ev in c.tokens], "refusal": None}
        message = structured.assistant_message(st, c.tokens, c.text)
        if isinstance(message.get("content"), str):  # text, not tool-call arguments
            message["content"] = ctx.filter_output(message["content"])
        choices.append(
            {
                "index": c.index,
                "message": message,
                "logprobs": logprobs,
                "finish_reason": structured.finish_reason(message, c.finish.reason),
            }
        )
    completion = ChatCompletion(
        id=rid,
        created=sub.created,
        model=ctx.model_name,
        choices=choices,
        usage=sub.usage(),
        system_fingerprint=ctx.fingerprint,
        guard=screening.metadata() if screening else None,
    )
    if sources is not None:  # genforge extension: only grounded answers carry the field
        return JSONResponse({**completion.model_dump(mode="json"), "sources": sources})
    return completion


def _stream(
    ctx: ServingContext,
    sub: Submitted,
    rid: str,
    body: ChatCompletionRequest,
    k: int | None,
    st: structured.Structured,
    sources: list[dict[str, Any]] | None = None,
    screening: Screening | None = None,
) -> EngineStreamingResponse:
    calls = {c.index: structured.CallStream(st.call_id) for c in sub.choices}
    pii = {c.index: ctx.stream_filter() for c in sub.choices}

    def on_token(c: Choice, ev: TokenEvent) -> dict[str, Any] | None:
        if st.call_id is not None:
            delta = calls[c.index].push(ev)
        else:
            text = pii[c.index].push(ev.text) if pii[c.index] else ev.text
            delta = {"content": text} if text else None
        if delta is None and k is None:
            return None  # text held back (partial UTF-8, a possible stop string, a call)
        logprobs = {"content": [_logprob_entry(ctx, ev)]} if k is not None else None
        return {
            "index": c.index,
            "delta": delta or {"content": ""},
            "logprobs": logprobs,
            "finish_reason": None,
        }

    def on_finish(c: Choice, reason: str) -> dict[str, Any]:
        delta = calls[c.index].flush() if st.call_id is not None else None
        if st.call_id is None and pii[c.index] is not None:
            delta = {"content": pii[c.index].flush()}
        if st.call_id is not None and calls[c.index].calls and reason == "stop":
            reason = "tool_calls"
        return {"index": c.index, "delta": delta or {}, "logprobs": None, "finish_reason": reason}

    # OpenAI opens every choice with a role-only delta.
    opening = [
        {
            "index": c.index,
            "delta": {"role": "assistant", "content": ""},
            "logprobs": None,
            "finish_reason": None,
        }
        for c in sub.choices
    ]
    return stream_response(
        ctx,
        sub,
        rid,
        "chat.completion.chunk",
        body.stream_options,
        opening=opening,
        on_token=on_token,
        on_finish=on_finish,
        first_extra=_first_extra(sources, screening),
    )


def _first_extra(
    sources: list[dict[str, Any]] | None, screening: Screening | None
) -> dict[str, Any] | None:
    """genforge's extensions in a stream's first chunk: a grounded answer's ``sources`` and
    the injection guard's decision (``guard``, as in a non-streamed completion)."""
    extra: dict[str, Any] = {}
    if sources is not None:
        extra["sources"] = sources
    if screening is not None:
        extra["guard"] = screening.metadata()
    return extra or None
