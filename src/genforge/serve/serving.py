"""What the generation routes share: request -> engine requests -> events -> OpenAI JSON.

Routes stay thin: they parse the body, call :meth:`ServingContext.submit` (checks, limits,
one engine request per choice) and then either collect the events or stream them. The
engine owns sampling and batching; nothing here touches tensors.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import json
import threading
import time
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import torch
from fastapi import Request
from starlette.responses import StreamingResponse
from starlette.types import Receive, Scope, Send

from genforge.data.pii import StreamRedactor, redact
from genforge.infer.engine import Engine
from genforge.infer.protocol import EngineError, FinishEvent, SamplingParams, TokenEvent
from genforge.inputs import safe_text
from genforge.safety.guard import InjectionGuard
from genforge.safety.policy import Screening, screen
from genforge.safety.policy import load_guard as safety_load_guard
from genforge.safety.watermark import WatermarkConfig, WatermarkProcessor
from genforge.serve.api_errors import APIError, engine_error_to_api
from genforge.serve.limits import TokenReservation
from genforge.serve.metrics import ServeMetrics
from genforge.serve.policy import ServePolicy
from genforge.serve.settings import ServeSettings

Event = TokenEvent | FinishEvent


@dataclass
class Choice:
    """One engine request behind one choice of a response."""

    index: int
    prompt_index: int
    handle: Any  # RequestHandle
    text: str = ""
    tokens: list[TokenEvent] = field(default_factory=list)
    finish: FinishEvent | None = None


@dataclass
class Submitted:
    """All choices of one API request, plus what they cost."""

    choices: list[Choice]
    prompt_tokens: int  # each distinct prompt counted once, as OpenAI does with n > 1
    reservation: TokenReservation
    created: int = field(default_factory=lambda: int(time.time()))
    timed_out: bool = False  # cancelled for running past settings.request_timeout
    timer: threading.Timer | asyncio.TimerHandle | None = None
    on_finish: Callable[[Submitted], None] | None = None  # once, from finish_all (monitor)

    def cancel(self) -> None:
        if self.timer is not None:
            self.timer.cancel()
        for c in self.choices:
            if c.finish is None:
                c.handle.cancel()

    def expire(self) -> None:
        """Cut every choice short: the request ran past the server's time limit."""
        self.timed_out = True
        self.cancel()

    def start_timer(self, seconds: float) -> None:
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            loop = None
        if loop is not None:
            # From a route on the event loop: a loop timer. A thread per request made the
            # loop wait for each thread's start (~5% of its time under 16 streams).
            self.timer = loop.call_later(seconds, self.expire)
            return
        self.timer = threading.Timer(seconds, self.expire)
        self.timer.daemon = True
        self.timer.start()

    def completion_tokens(self) -> int:
        return sum(c.finish.completion_tokens for c in self.choices if c.finish is not None)

    def usage(self) -> dict[str, int]:
        done = self.completion_tokens()
        return {
            "prompt_tokens": self.prompt_tokens,
            "completion_tokens": done,
            "total_tokens": self.prompt_tokens + done,
        }


class ServingContext:
    """The engine, settings, policy and metrics, shared by every route (``app.state.ctx``)."""

    def __init__(
        self,
        engine: Engine,
        settings: ServeSettings,
        policy: ServePolicy,
        metrics: ServeMetrics,
    ) -> None:
        self.engine = engine
        self.settings = settings
        self.policy = policy
        self.metrics = metrics
        self.tokenizer = engine.tokenizer
        self.model_name = settings.model_name or engine.model_name
        self.context_length = int(engine.context_length)
        self.vocab_size = int(engine.tokenizer.vocab_size)
        self.ready = False
        self.draining = False
        # Which model version answers (OpenAI's system_fingerprint): set when a model comes
        # from the registry, so clients see a hot swap (serve/hotswap.py) in each response.
        self.fingerprint: str | None = None
        self.monitor: Any = None  # serve/monitor.py's DriftMonitor when --monitor is on
        self._token_bytes = lru_cache(maxsize=65536)(self._bytes_of)
        self.watermark = watermark_processor(settings)
        self.guard = load_guard(settings)

    def filter_output(self, text: str) -> str:
        """A finished answer with PII and secrets replaced by typed placeholders when the
        server runs with ``pii_filter``."""
        return redact(text)[0] if self.settings.pii_filter else text

    def stream_filter(self) -> StreamRedactor | None:
        """A streamed answer's redactor when the server runs with ``pii_filter`` (it holds
        back the last few dozen characters until no finding can be cut in half)."""
        return StreamRedactor() if self.settings.pii_filter else None

    def check_logprobs(self, wanted: bool) -> None:
        """Logprobs carry each raw token, which would undo the PII filter: refuse them."""
        if wanted and self.settings.pii_filter:
            raise APIError(
                400,
                "logprobs are not available on a server that filters PII (--pii-filter): "
                "they would reveal the unfiltered tokens; drop logprobs from the request",
                param="logprobs",
                code="invalid_value",
            )

    def watermark_for(self, body: Any) -> list:
        """The logits processors a request gets: the watermark when the server puts it on
        every generation or the request asks for it (a request cannot opt out)."""
        if not (self.settings.watermark_all or getattr(body, "watermark", None)):
            return []
        if self.watermark is None:
            raise APIError(
                400,
                "this server has no watermark key; start it with --watermark-key "
                "(or GENFORGE_WATERMARK_KEY) to watermark generations",
                param="watermark",
                code="invalid_value",
            )
        return [self.watermark]

    def screen_untrusted(
        self, roles: list[str], messages: list[dict[str, str]]
    ) -> tuple[list[dict[str, str]], Screening | None]:
        """Apply the guard policy to the messages whose role is untrusted (tool results by
        default): the messages to use and the screening (None when the guard is off).
        ``refuse`` raises a 400 that carries the decision."""
        if self.guard is None:
            return messages, None
        idx = [i for i, r in enumerate(roles) if r in self.settings.guard_roles]
        result = screen(
            [messages[i]["content"] for i in idx],
            self.settings.guard,
            self.guard,
            self.settings.guard_threshold,
        )
        self.metrics.guard_decisions.labels(decision=result.decision).inc()
        result.flagged = [idx[i] for i in result.flagged]  # message indices
        if result.decision == "refuse":
            raise APIError(
                400,
                "refused: untrusted content in messages "
                f"{result.flagged} looks like a prompt injection "
                f"(p = {max(result.probabilities):.3f}); remove it or ask the operator",
                param="messages",
                code="prompt_injection",
            )
        out = [dict(m) for m in messages]
        for i, text in zip(idx, result.texts):
            out[i]["content"] = text
        return out, result

    # ---- checks shared by routes

    def check_model(self, model: str | None) -> None:
        """404 ``model_not_found`` unless ``model`` names the served model (None: any)."""
        if model is not None and model != self.model_name:
            raise APIError(
                404,
                f"the model '{safe_text(model[:200])}' does not exist; this server serves "
                f"'{self.model_name}' "
                "(see GET /v1/models)",
                param="model",
                code="model_not_found",
            )

    def max_tokens_for(self, requested: int | None, prompt_len: int, default: int | None) -> int:
        """The max_tokens a request gets: checked against the cap and the free context."""
        return self.policy.max_tokens(requested, prompt_len, self.context_length, default)

    def check_prompt(self, ids: list[int], param: str, image_positions: int = 0) -> None:
        """400 ``context_length_exceeded`` when a prompt (after ``image_positions`` of an
        image prefix, which count like tokens) leaves no room to generate."""
        limit = self.context_length - 1
        if self.settings.max_prompt_tokens is not None:
            limit = min(limit, self.settings.max_prompt_tokens)
        if len(ids) + image_positions > limit:
            image = f" + {image_positions} image positions" if image_positions else ""
            raise APIError(
                400,
                f"the prompt is {len(ids)} tokens{image}, more than the {limit} this server "
                f"accepts (model context {self.context_length}, at least 1 token kept for the "
                "answer); shorten the prompt",
                param=param,
                code="context_length_exceeded",
            )
        if not ids:
            raise APIError(400, "the prompt is empty", param=param, code="invalid_value")

    def check_token_ids(self, ids: list[int], param: str) -> None:
        bad = [t for t in ids if not 0 <= t < self.vocab_size]
        if bad:
            raise APIError(
                400,
                f"token id {bad[0]} in '{param}' is outside the vocabulary (0.."
                f"{self.vocab_size - 1})",
                param=param,
                code="invalid_value",
            )

    def reserve_tokens(self, request: Request, tokens: int) -> TokenReservation:
        """Charge ``tokens`` to the caller's tokens-per-minute budget (429 when over)."""
        identity = getattr(request.state, "client_id", "anonymous")
        return self.policy.reserve(identity, getattr(request.state, "api_key", None), tokens)

    # ---- engine requests

    def submit(
        self,
        request: Request,
        prompts: list[list[int]],
        params: list[SamplingParams],
        n: int,
        *,
        prefix_embeds: torch.Tensor | None = None,
    ) -> Submitted:
        """Submit ``n`` engine requests per prompt (choice ``p * n + i``); all or none.
        ``prefix_embeds`` (an image's, serve/images.py) go in front of every prompt."""
        if self.draining:
            raise APIError(503, "the server is shutting down; retry shortly", code="shutdown")
        extra = 0 if prefix_embeds is None else prefix_embeds.size(0)  # image positions
        prompt_tokens = sum(len(p) + extra for p in prompts)
        budget = prompt_tokens + n * sum(sp.max_tokens for sp in params)
        reservation = self.reserve_tokens(request, budget)
        choices: list[Choice] = []
        try:
            for p, (ids, sp) in enumerate(zip(prompts, params, strict=True)):
                for i in range(n):
                    this = sp
                    if sp.seed is not None and i > 0:
                        this = dataclasses.replace(sp, seed=sp.seed + i)
                    handle = self.engine.submit(ids, this, prefix_embeds=prefix_embeds)
                    choices.append(Choice(index=p * n + i, prompt_index=p, handle=handle))
        except EngineError as e:
            for c in choices:
                c.handle.cancel()
            reservation.settle(0)
            if self.engine.failed is not None:  # its process died: nothing here can recover
                raise APIError(
                    503, f"{self.engine.failed}; restart the server", code="engine_failed"
                ) from None
            raise engine_error_to_api(e) from None
        except BaseException:
            for c in choices:
                c.handle.cancel()
            reservation.settle(0)
            raise
        sub = Submitted(choices=choices, prompt_tokens=prompt_tokens, reservation=reservation)
        sub.start_timer(self.settings.request_timeout)
        if self.monitor is not None:
            sub.on_finish = self._monitored(prompts)
        return sub

    def _monitored(self, prompts: list[list[int]]) -> Callable[[Submitted], None]:
        """``on_finish`` that hands each finished choice to the drift monitor."""
        engine, monitor, t0 = self.engine, self.monitor, time.perf_counter()

        def done(sub: Submitted) -> None:
            latency = time.perf_counter() - t0
            for c in sub.choices:
                if c.finish is not None and c.finish.reason in ("stop", "length"):
                    prompt = prompts[c.prompt_index]
                    monitor.observe(
                        engine, prompt, c.finish.completion_tokens, latency, c.finish.reason
                    )

        return done

    async def events(self, sub: Submitted) -> AsyncIterator[tuple[Choice, Event]]:
        """Every event of every choice as it arrives (choices interleaved)."""
        async for batch in event_batches(sub):
            for item in batch:
                yield item

    async def collect(self, request: Request, sub: Submitted) -> None:
        """Run every choice to its end, filling ``tokens``/``finish``; cancel all of them if
        the client goes away first."""

        async def run() -> None:
            async for c, ev in self.events(sub):
                record(c, ev)

        await run_until_disconnect(request, run(), on_disconnect=sub.cancel)
        finish_all(sub)
        for c in sub.choices:
            assert c.finish is not None
            if c.finish.reason == "cancelled" and sub.timed_out:
                raise timeout_error(self.settings.request_timeout)
            if c.finish.reason == "cancelled":
                raise APIError(
                    503,
                    "the request was cancelled because the server is shutting down; retry",
                    code="shutdown",
                )
            if c.finish.reason == "error":
                raise APIError(500, f"generation failed: {c.finish.error or 'engine error'}")

    # ---- token text for logprobs

    def _bytes_of(self, token_id: int) -> bytes:
        return self.tokenizer.decode_bytes([token_id])

    def token_text(self, token_id: int) -> tuple[str, list[int]]:
        """A token's text (partial UTF-8 shown as ``\\xNN`` escapes) and its raw bytes."""
        raw = self._token_bytes(token_id)
        return raw.decode("utf-8", errors="backslashreplace"), list(raw)


async def event_batches(
    sub: Submitted, every: int = 1
) -> AsyncIterator[list[tuple[Choice, Event]]]:
    """Every event of every choice of ``sub``, grouped: each list holds the events that had
    arrived when the caller came back for more (one when it keeps up, several when it fell
    behind), so a stream can send them in one write. With ``every`` > 1 a list waits until
    it holds that many tokens per running choice (``--stream-interval``), except the first
    token and any end, which go at once."""
    if len(sub.choices) == 1:
        c = sub.choices[0]
        batch: list[tuple[Choice, Event]] = []
        first = True
        async for ev in c.handle.aiter():
            batch.append((c, ev))
            done = isinstance(ev, FinishEvent)
            if done or (not c.handle.ready() and (first or len(batch) >= every)):
                yield batch
                batch, first = [], False
        return
    queue: asyncio.Queue[tuple[Choice, Event]] = asyncio.Queue()

    async def pump(c: Choice) -> None:
        async for ev in c.handle.aiter():
            await queue.put((c, ev))

    tasks = [asyncio.create_task(pump(c)) for c in sub.choices]
    try:
        left = len(sub.choices)
        first = True
        while left:
            batch = [await queue.get()]
            while True:
                while not queue.empty():
                    batch.append(queue.get_nowait())
                ends = sum(isinstance(ev, FinishEvent) for _, ev in batch)
                if every == 1 or first or ends or len(batch) >= every * left:
                    break
                batch.append(await queue.get())
            left -= ends
            first = False
            yield batch
    finally:
        for t in tasks:
            t.cancel()


def record(c: Choice, ev: Event) -> None:
    if isinstance(ev, FinishEvent):
        c.finish = ev
        c.text = ev.text
    else:
        c.tokens.append(ev)


def finish_all(sub: Submitted) -> None:
    """Stop the request's timer; settle the token budget with what the choices used."""
    if sub.timer is not None:
        sub.timer.cancel()
    sub.reservation.settle(sub.prompt_tokens + sub.completion_tokens())
    if sub.on_finish is not None:
        done, sub.on_finish = sub.on_finish, None
        done(sub)


def timeout_error(limit: float) -> APIError:
    return APIError(
        503,
        f"the request ran past this server's limit of {limit:g} s and was stopped; ask for "
        "fewer tokens (the operator sets --request-timeout)",
        code="request_timeout",
    )


async def run_until_disconnect(
    request: Request, work: Awaitable[None], *, on_disconnect: Callable[[], None]
) -> None:
    """Await ``work``; if the client disconnects first, call ``on_disconnect`` (which must
    make ``work`` end, e.g. by cancelling the engine requests) and still await it."""
    task = asyncio.ensure_future(work)

    async def watch() -> None:
        while True:
            message = await request.receive()
            if message["type"] == "http.disconnect":
                return

    watcher = asyncio.ensure_future(watch())
    try:
        done, _ = await asyncio.wait({task, watcher}, return_when=asyncio.FIRST_COMPLETED)
        if task not in done:
            on_disconnect()
        await task
    except asyncio.CancelledError:
        on_disconnect()
        raise
    finally:
        watcher.cancel()
        with contextlib.suppress(asyncio.CancelledError, Exception):
            await watcher


def count_prompts(value: Any) -> int:
    """How many texts a ``prompt``/``input`` field holds (str, list[str], list[int] or
    list[list[int]]), counted before any is tokenized."""
    if isinstance(value, str) or (value and isinstance(value[0], int)):
        return 1
    return len(value)


def request_id(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex}"


def sse(obj: Any) -> str:
    """One server-sent event carrying ``obj`` as JSON."""
    return f"data: {json.dumps(obj, separators=(',', ':'), ensure_ascii=False)}\n\n"


SSE_DONE = "data: [DONE]\n\n"


def chunk_writer(
    ctx: ServingContext, sub: Submitted, rid: str, obj: str, include_usage: bool
) -> Callable[..., str]:
    """``chunk(choices, usage=None) -> str``: one streamed SSE chunk of an OpenAI response
    whose ``object`` is ``obj``; ``usage`` appears only when the client asked for it."""

    def chunk(
        choices: list[dict[str, Any]],
        usage: dict[str, int] | None = None,
        extra: dict[str, Any] | None = None,
    ) -> str:
        body: dict[str, Any] = {
            "id": rid,
            "object": obj,
            "created": sub.created,
            "model": ctx.model_name,
            "system_fingerprint": ctx.fingerprint,
            "choices": choices,
        }
        if include_usage:
            body["usage"] = usage
        body.update(extra or {})
        return sse(body)

    return chunk


def stream_response(
    ctx: ServingContext,
    sub: Submitted,
    rid: str,
    obj: str,
    stream_options: Any,
    *,
    opening: list[dict[str, Any]],
    on_token: Callable[[Choice, TokenEvent], dict[str, Any] | None],
    on_finish: Callable[[Choice, str], dict[str, Any]],
    first_extra: dict[str, Any] | None = None,
) -> EngineStreamingResponse:
    """The SSE response of a streamed chat or text completion whose ``object`` is ``obj``.

    Each choice dict in ``opening`` goes out as its own chunk first; then every token event
    becomes the chunk ``on_token`` builds (None: nothing to send yet) and every normal end
    the chunk ``on_finish(choice, reason)`` builds. A cancelled or failed choice ends the
    stream with an error event; otherwise a usage chunk (if ``stream_options`` asks for
    it) and ``[DONE]`` close it. ``first_extra`` fields (genforge extensions such as a
    grounded answer's ``sources``) go into the first chunk only.
    """
    include_usage = bool(stream_options and stream_options.include_usage)
    chunk = chunk_writer(ctx, sub, rid, obj, include_usage)

    def chunks_of(batch: list[tuple[Choice, Event]], out: list[str]) -> bool:
        """Append the SSE chunks of ``batch`` to ``out``; False when the stream ended in an
        error event."""
        for c, ev in batch:
            record(c, ev)
            if isinstance(ev, FinishEvent):
                if ev.reason == "cancelled" and sub.timed_out:
                    out.append(sse(timeout_error(ctx.settings.request_timeout).body()))
                    return False
                if ev.reason in ("cancelled", "error"):
                    out.append(sse(stream_error(ev)))
                    return False
                out.append(chunk([on_finish(c, ev.reason)]))
                continue
            choice = on_token(c, ev)
            if choice is not None:
                out.append(chunk([choice]))
        return True

    async def body() -> AsyncIterator[str]:
        try:
            for i, choice in enumerate(opening):
                yield chunk([choice], extra=first_extra if i == 0 else None)
            # Still one SSE event per token, but the events that arrived together leave in
            # one write: a stream behind by k tokens costs one send through the ASGI stack
            # and the socket, not k.
            ok = True
            async for batch in event_batches(sub, ctx.settings.stream_interval):
                out: list[str] = []
                ok = chunks_of(batch, out)
                if out:
                    yield "".join(out)
                if not ok:
                    break
            if ok and include_usage:
                yield chunk([], sub.usage())
            yield SSE_DONE
        finally:
            sub.cancel()

    return EngineStreamingResponse(body(), sub)


def stream_error(finish: FinishEvent) -> dict[str, Any]:
    """The error event sent in place of a normal ending (shutdown cancel or engine error)."""
    if finish.reason == "cancelled":
        err = APIError(
            503, "the server is shutting down; the answer was cut short", code="shutdown"
        )
    else:
        err = APIError(500, f"generation failed: {finish.error or 'engine error'}")
    return err.body()


class EngineStreamingResponse(StreamingResponse):
    """An SSE response that cancels its engine requests however the stream ends.

    Starlette stops iterating the body when the client disconnects but may never close the
    generator, so the ``finally`` in the generator is not enough on its own to free KV slots
    at once.
    """

    def __init__(self, content: AsyncIterator[str], sub: Submitted) -> None:
        super().__init__(
            content,
            media_type="text/event-stream",
            headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"},
        )
        self._sub = sub

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        try:
            await super().__call__(scope, receive, send)
        finally:
            self._sub.cancel()
            finish_all(self._sub)


def load_guard(settings: ServeSettings) -> InjectionGuard | None:
    """The injection guard the settings ask for (None when off)."""
    return None if settings.guard == "off" else safety_load_guard(settings.guard_dir)


def watermark_processor(settings: ServeSettings) -> WatermarkProcessor | None:
    """The server's watermark processor, or None without a key."""
    if not settings.watermark_key:
        return None
    return WatermarkProcessor(watermark_config(settings))


def watermark_config(settings: ServeSettings) -> WatermarkConfig:
    return WatermarkConfig(
        key=settings.watermark_key or "",
        gamma=settings.watermark_gamma,
        delta=settings.watermark_delta,
    ).validate()


def sampling_params(
    req: Any, *, max_tokens: int, logprobs: int | None, seed: int | None, processors=()
) -> SamplingParams:
    """SamplingParams from the fields chat and completions requests share; ``processors``
    are the server's logits processors for this request (the watermark)."""
    bias: dict[int, float] | None = None
    if req.logit_bias:
        bias = {}
        for key, value in req.logit_bias.items():
            try:
                bias[int(key)] = float(value)
            except ValueError:
                raise APIError(
                    400,
                    f'logit_bias keys must be token ids written as strings (e.g. "50"), '
                    f"got {key!r}",
                    param="logit_bias",
                    code="invalid_value",
                ) from None
    stop = [req.stop] if isinstance(req.stop, str) else list(req.stop or [])
    return SamplingParams(
        max_tokens=max_tokens,
        temperature=1.0 if req.temperature is None else float(req.temperature),
        top_k=req.top_k,
        top_p=None if req.top_p in (None, 1.0) else float(req.top_p),
        min_p=req.min_p,
        repetition_penalty=1.0 if req.repetition_penalty is None else req.repetition_penalty,
        presence_penalty=req.presence_penalty or 0.0,
        frequency_penalty=req.frequency_penalty or 0.0,
        logit_bias=bias,
        seed=seed,
        stop=stop,
        stop_token_ids=list(req.stop_token_ids or []),
        ignore_eos=bool(req.ignore_eos),
        logprobs=logprobs,
        logits_processors=list(processors),
    )


def validate_params(ctx: ServingContext, params: SamplingParams, n: int = 1) -> None:
    """The policy's and the engine's checks, as a 400 naming the field, before anything is
    submitted (``n`` choices: seeds seed..seed+n-1 must all be valid)."""
    ctx.policy.check_sampling(params, n)
    try:
        params.validate(ctx.vocab_size)
    except EngineError as e:
        raise engine_error_to_api(e) from None
