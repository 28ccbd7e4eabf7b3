"""The gRPC face of the engine: ``Generate`` (server streaming), ``Embed`` and ``Health``.

It shares the HTTP server's engine, so both APIs draw on one batch and one KV budget. The
service is defined in ``proto/genforge.proto``; the stubs in ``grpc_gen`` come from
``make proto``. Each streaming call holds one worker thread while it runs, so the pool size
bounds concurrent calls; calls beyond it are refused with RESOURCE_EXHAUSTED by gRPC itself.
"""

from __future__ import annotations

import logging
import threading
from concurrent import futures
from typing import Any

import grpc

from genforge.errors import GenforgeError
from genforge.infer.protocol import EngineError, FinishEvent, SamplingParams, TokenEvent
from genforge.serve.api_errors import APIError
from genforge.serve.grpc_gen import genforge_pb2 as pb
from genforge.serve.grpc_gen import genforge_pb2_grpc as pb_grpc
from genforge.serve.policy import ServePolicy
from genforge.serve.settings import ServeSettings

log = logging.getLogger("genforge.serve.grpc")

# EngineError.kind -> the status a gRPC client branches on.
_ENGINE_CODES = {
    "invalid_request": grpc.StatusCode.INVALID_ARGUMENT,
    "context_length": grpc.StatusCode.INVALID_ARGUMENT,
    "overloaded": grpc.StatusCode.RESOURCE_EXHAUSTED,
    "shutdown": grpc.StatusCode.UNAVAILABLE,
}

# The proto's `optional` fields, copied onto SamplingParams when the client set them; read
# from the message descriptor so the list cannot drift from proto/genforge.proto.
_OPTIONAL_FIELDS = tuple(f.name for f in pb.SamplingParams.DESCRIPTOR.fields if f.has_presence)


def sampling_from_proto(msg: pb.SamplingParams) -> SamplingParams:
    """The engine's SamplingParams for a request's proto message (unset fields: defaults)."""
    params = SamplingParams()
    for name in _OPTIONAL_FIELDS:
        if msg.HasField(name):
            setattr(params, name, getattr(msg, name))
    if msg.logit_bias:
        params.logit_bias = {int(k): float(v) for k, v in msg.logit_bias.items()}
    params.stop = list(msg.stop)
    params.stop_token_ids = [int(t) for t in msg.stop_token_ids]
    params.ignore_eos = bool(msg.ignore_eos)
    return params


# APIError status -> gRPC status: the policy speaks HTTP, gRPC clients branch on these.
_HTTP_CODES = {
    400: grpc.StatusCode.INVALID_ARGUMENT,
    401: grpc.StatusCode.UNAUTHENTICATED,
    403: grpc.StatusCode.PERMISSION_DENIED,
    404: grpc.StatusCode.NOT_FOUND,
    413: grpc.StatusCode.INVALID_ARGUMENT,
    429: grpc.StatusCode.RESOURCE_EXHAUSTED,
    503: grpc.StatusCode.UNAVAILABLE,
}


def _peer_address(peer: str) -> str:
    """``ipv4:127.0.0.1:5000`` / ``ipv6:[::1]:5000`` -> the address without the port."""
    _, _, rest = peer.partition(":")
    host = rest.rpartition(":")[0] or rest
    return host.strip("[]") or "unknown"


class GenforgeService(pb_grpc.GenforgeServicer):
    """``genforge.v1.Genforge`` over one engine, guarded by the same ``ServePolicy`` as the
    HTTP API (auth and its throttle, rates, tokens per minute, caps, sampling ranges)."""

    def __init__(
        self, engine: Any, api_keys: list[str] | None = None, policy: ServePolicy | None = None
    ) -> None:
        self.engine = engine
        self.tokenizer = engine.tokenizer
        self.policy = policy or ServePolicy(ServeSettings(api_keys=list(api_keys or [])))

    # ---- helpers

    def _guard(self, context: grpc.ServicerContext, call: Any, *args: Any) -> Any:
        """``call(*args)``; an APIError from the policy aborts the call with its gRPC code."""
        try:
            return call(*args)
        except APIError as e:
            context.abort(_HTTP_CODES.get(e.status, grpc.StatusCode.INVALID_ARGUMENT), e.message)
        except GenforgeError as e:
            context.abort(grpc.StatusCode.INVALID_ARGUMENT, str(e))

    def _authorize(self, context: grpc.ServicerContext) -> tuple[str | None, str]:
        """(api_key, identity) after auth and the request-rate check."""
        metadata = dict(context.invocation_metadata())

        def admit() -> tuple[str | None, str]:
            key, identity = self.policy.authenticate(
                _peer_address(context.peer()), metadata.get("authorization")
            )
            self.policy.admit(identity, key)
            return key, identity

        return self._guard(context, admit)

    def _prompt_ids(self, request: pb.GenerateRequest, context: grpc.ServicerContext) -> list[int]:
        which = request.WhichOneof("input")
        try:
            if which == "prompt":
                return self.tokenizer.encode(request.prompt, add_bos=True)
            if which == "chat":
                messages = [{"role": m.role, "content": m.content} for m in request.chat.messages]
                if not messages:
                    raise GenforgeError("chat has no messages; send at least one user message")
                return self.tokenizer.encode_chat(messages)
            if which == "prompt_token_ids":
                ids = list(request.prompt_token_ids.ids)
                vocab = self.tokenizer.vocab_size
                bad = [i for i in ids if not 0 <= i < vocab]
                if bad:
                    raise GenforgeError(
                        f"prompt_token_ids holds {bad[0]}, outside the vocabulary (0..{vocab - 1})"
                    )
                return ids
        except GenforgeError as e:
            context.abort(grpc.StatusCode.INVALID_ARGUMENT, str(e))
        context.abort(
            grpc.StatusCode.INVALID_ARGUMENT,
            "GenerateRequest has no input; set one of prompt, chat or prompt_token_ids",
        )
        raise AssertionError("unreachable: abort raises")

    # ---- RPCs

    def _checked_params(
        self, request: pb.GenerateRequest, prompt_ids: list[int], context: grpc.ServicerContext
    ) -> SamplingParams:
        params = sampling_from_proto(request.sampling)
        requested = params.max_tokens if request.sampling.HasField("max_tokens") else None

        def check() -> None:
            params.max_tokens = self.policy.max_tokens(
                requested,
                len(prompt_ids),
                int(self.engine.context_length),
                default=SamplingParams().max_tokens,
            )
            self.policy.check_sampling(params)

        self._guard(context, check)
        return params

    def Generate(self, request: pb.GenerateRequest, context: grpc.ServicerContext):
        """Stream one chunk per token, then a final chunk with finish_reason and usage."""
        key, identity = self._authorize(context)
        prompt_ids = self._prompt_ids(request, context)
        params = self._checked_params(request, prompt_ids, context)
        budget = len(prompt_ids) + params.max_tokens
        reservation = self._guard(context, self.policy.reserve, identity, key, budget)
        try:
            handle = self.engine.submit(prompt_ids, params, request_id=request.request_id or None)
        except EngineError as e:
            reservation.settle(0)
            context.abort(_ENGINE_CODES.get(e.kind, grpc.StatusCode.INVALID_ARGUMENT), e.message)
        rid = handle.request_id
        used = {"tokens": len(prompt_ids)}

        def on_done() -> None:
            # Runs when the call ends for any reason; on a client cancel or an expired
            # deadline the request is still running and its KV slot must be freed now.
            if not handle.finished:
                handle.cancel()
            reservation.settle(used["tokens"])

        if not context.add_callback(on_done):
            handle.cancel()  # the call ended before the callback could be registered
            reservation.settle(0)
            return
        timer = threading.Timer(self.policy.settings.request_timeout, handle.cancel)
        timer.daemon = True
        timer.start()
        try:
            yield from self._chunks(handle, rid, used, context)
        finally:
            timer.cancel()

    def _chunks(
        self, handle: Any, rid: str, used: dict[str, int], context: grpc.ServicerContext
    ) -> Any:
        for event in handle:
            if isinstance(event, TokenEvent):
                used["tokens"] += 1
                chunk = pb.GenerateChunk(
                    request_id=rid, text=event.text, token_ids=[event.token_id]
                )
                if event.logprob is not None:
                    chunk.logprob = event.logprob
                for tok_id, tok_text, lp in event.top_logprobs or ():
                    chunk.top_logprobs.add(token_id=tok_id, token=tok_text, logprob=lp)
                yield chunk
            elif isinstance(event, FinishEvent):
                if event.reason == "error":
                    context.abort(
                        grpc.StatusCode.INTERNAL,
                        f"generation failed: {event.error or 'engine error'}",
                    )
                usage = pb.Usage(
                    prompt_tokens=event.prompt_tokens,
                    completion_tokens=event.completion_tokens,
                    total_tokens=event.prompt_tokens + event.completion_tokens,
                )
                yield pb.GenerateChunk(request_id=rid, finish_reason=event.reason, usage=usage)

    def Embed(self, request: pb.EmbedRequest, context: grpc.ServicerContext) -> pb.EmbedResponse:
        """Mean-pooled, L2-normalised final hidden states, one vector per input."""
        key, identity = self._authorize(context)
        if not request.inputs:
            context.abort(grpc.StatusCode.INVALID_ARGUMENT, "inputs is empty; send 1+ texts")
        self._guard(context, self.policy.check_inputs, len(request.inputs), "inputs")
        batch = self._guard(context, self.tokenizer.encode_batch, list(request.inputs))
        limit = int(self.engine.context_length)
        for n, ids in enumerate(batch):
            if not ids:
                context.abort(grpc.StatusCode.INVALID_ARGUMENT, f"inputs[{n}] is empty")
            if len(ids) > limit:
                context.abort(
                    grpc.StatusCode.INVALID_ARGUMENT,
                    f"inputs[{n}] is {len(ids)} tokens; this model embeds at most {limit}",
                )
        tokens = sum(len(ids) for ids in batch)
        self._guard(context, self.policy.reserve, identity, key, tokens)
        try:
            vectors = self.engine.embed(batch).float().cpu().numpy()
        except EngineError as e:
            context.abort(_ENGINE_CODES.get(e.kind, grpc.StatusCode.INVALID_ARGUMENT), e.message)
        return pb.EmbedResponse(
            embeddings=[pb.Embedding(values=row.tolist()) for row in vectors],
            dim=int(vectors.shape[1]),
            usage=pb.Usage(prompt_tokens=tokens, total_tokens=tokens),
            model=self.engine.model_name,
        )

    def Health(self, request: pb.HealthRequest, context: grpc.ServicerContext) -> pb.HealthResponse:
        """Up/down, the model and the engine's load; needs no API key."""
        try:
            stats = self.engine.stats()
        except Exception as e:  # a dead engine is "unavailable", whatever broke it
            context.abort(grpc.StatusCode.UNAVAILABLE, f"engine unavailable: {e}")
        return pb.HealthResponse(
            status="ok",
            model=self.engine.model_name,
            context_length=int(self.engine.context_length),
            running=int(stats.get("running", 0)),
            waiting=int(stats.get("waiting", 0)),
            kv_usage=float(stats.get("kv_usage", 0.0)),
        )


def start_grpc_server(
    engine: Any,
    port: int,
    *,
    host: str = "127.0.0.1",
    api_keys: list[str] | None = None,
    max_workers: int = 64,
    policy: ServePolicy | None = None,
) -> grpc.Server:
    """Serve ``genforge.v1.Genforge`` for ``engine`` on ``host:port`` and return the started
    server; ``port=0`` picks a free port, readable as ``server.port``. Stop it with
    ``server.stop(grace_seconds)``; the engine's lifetime is the caller's.

    ``max_workers`` bounds concurrent calls (each stream holds a thread); more are refused
    with RESOURCE_EXHAUSTED rather than queued behind running streams. ``policy`` should be
    the HTTP app's (``app.state.ctx.policy``) so both doors share one set of limits; without
    one, a policy with default settings and ``api_keys`` is used.
    """
    policy = policy or ServePolicy(ServeSettings(api_keys=list(api_keys or [])))
    settings = policy.settings
    if not 0 <= port <= 65535:
        raise GenforgeError(f"gRPC port must be 0..65535, got {port}")
    if max_workers < 1:
        raise GenforgeError(f"max_workers must be >= 1, got {max_workers}")
    server = grpc.server(
        futures.ThreadPoolExecutor(max_workers=max_workers, thread_name_prefix="genforge-grpc"),
        maximum_concurrent_rpcs=max_workers,
        # Without this grpc binds with SO_REUSEPORT, and a second server on a busy port
        # would start "fine" and silently share its traffic with the first.
        options=[
            ("grpc.so_reuseport", 0),
            # The HTTP limits on body and header size, for the same requests over gRPC.
            ("grpc.max_receive_message_length", settings.max_request_bytes),
            ("grpc.max_metadata_size", settings.max_header_bytes),
        ],
    )
    pb_grpc.add_GenforgeServicer_to_server(GenforgeService(engine, policy=policy), server)
    address = f"[{host}]:{port}" if ":" in host else f"{host}:{port}"
    try:
        bound = server.add_insecure_port(address)
    except RuntimeError as e:  # grpc raises RuntimeError when it cannot bind
        raise GenforgeError(
            f"cannot listen for gRPC on {address} ({e}); pick a free --grpc-port"
        ) from e
    if bound == 0:
        raise GenforgeError(f"cannot listen for gRPC on {address}; pick a free --grpc-port")
    server.start()
    server.port = bound  # type: ignore[attr-defined]  # so callers with port=0 can find it
    log.info("gRPC listening on %s:%d", host, bound)
    return server
