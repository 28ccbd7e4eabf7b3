"""The genforge inference engine: continuous batching over one model, one background thread.

Requests join and leave the running batch at token granularity. Each running request owns
one slot of a preallocated KV pool (see ``genforge.nn.kv_cache.SlotKVCache``); a decode step
runs every running slot as one (B, 1) batch with per-row positions. New requests are
prefilled into free slots between decode steps, so running streams keep flowing.

The public contract (used by the HTTP/gRPC servers, the CLI, RL, evals, agents):
:class:`Engine` — ``submit`` takes a :class:`~genforge.infer.protocol.SamplingParams` and
returns a :class:`RequestHandle` that yields ``TokenEvent`` objects and one final
``FinishEvent``, or raises ``EngineError``; :meth:`Engine.sample_n` draws n seeded samples
per prompt. Those shared types live in :mod:`genforge.infer.protocol`; the step loop in
:mod:`genforge.infer.scheduler`.
"""

from __future__ import annotations

import asyncio
import collections
import copy
import dataclasses
import hashlib
import threading
import time
import uuid
import warnings
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import torch

from genforge.errors import GenforgeError
from genforge.infer.decode_step import DecodeStep, decode_step_for
from genforge.infer.protocol import (
    EngineError,
    EngineMetrics,
    FinishEvent,
    SamplingParams,
    TokenEvent,
    check_prompt,
)
from genforge.infer.scheduler import EngineCore
from genforge.modeldir import is_vlm_dir, load_model_dir, load_vlm, parse_dtype
from genforge.models.gpt import GPT
from genforge.nn.device import resolve_device


class RequestHandle:
    """The caller's side of one request: iterate events (sync or async), cancel, wait."""

    def __init__(self, request_id: str, on_cancel: Any) -> None:
        self.request_id = request_id
        self._on_cancel = on_cancel
        self._events: collections.deque[TokenEvent | FinishEvent] = collections.deque()
        self._cond = threading.Condition()
        self._finish: FinishEvent | None = None
        self._waiters: list[tuple[asyncio.AbstractEventLoop, asyncio.Event]] = []
        # Threads blocked in __iter__ for the next event. Only they (and the finish) need a
        # notify: waking a thread blocked in result() on every token cost a thread switch
        # per token (0.1-0.3 ms of a one-stream step on a 2-core CPU).
        self._iterating = 0
        # Async waiters with a wake-up already scheduled on their loop: while one is
        # pending, later events ride on it (a stream that falls behind by k tokens costs
        # one loop wake-up, not k; each is a self-pipe write and a loop iteration).
        self._scheduled: set[asyncio.Event] = set()

    # ---- called by the scheduler thread
    def _push(self, event: TokenEvent | FinishEvent) -> None:
        with self._cond:
            self._events.append(event)
            if isinstance(event, FinishEvent):
                self._finish = event
                self._cond.notify_all()
            elif self._iterating:
                self._cond.notify_all()
            waiters = [w for w in self._waiters if w[1] not in self._scheduled]
            self._scheduled.update(ev for _, ev in waiters)
        for loop, ev in waiters:
            try:
                loop.call_soon_threadsafe(self._wake_waiter, ev)
            except RuntimeError:  # the caller's loop is closed; nobody is listening
                pass

    def _wake_waiter(self, ev: asyncio.Event) -> None:
        # On the waiter's loop. Unmarked before set(): an event pushed after this line
        # schedules a new wake-up, one pushed before it is in the deque the waiter drains.
        with self._cond:
            self._scheduled.discard(ev)
        ev.set()

    # ---- caller side
    @property
    def finished(self) -> bool:
        """True once the FinishEvent has been produced (it may not be consumed yet)."""
        return self._finish is not None

    def ready(self) -> bool:
        """True when an event is waiting to be consumed (iteration would not wait)."""
        return bool(self._events)

    def __iter__(self) -> Iterator[TokenEvent | FinishEvent]:
        """Blocking iteration over the events; ends after the FinishEvent."""
        while True:
            with self._cond:
                while not self._events:
                    self._iterating += 1
                    try:
                        self._cond.wait()
                    finally:
                        self._iterating -= 1
                event = self._events.popleft()
            yield event
            if isinstance(event, FinishEvent):
                return

    async def aiter(self) -> AsyncIterator[TokenEvent | FinishEvent]:
        """The same events for asyncio code; never blocks the event loop."""
        loop = asyncio.get_running_loop()
        wake = asyncio.Event()
        with self._cond:
            self._waiters.append((loop, wake))
        try:
            while True:
                with self._cond:
                    event = self._events.popleft() if self._events else None
                    if event is None:
                        wake.clear()
                if event is None:
                    # Re-check after clear: a push between the check and clear() sets it
                    # again, so no wake-up is lost.
                    with self._cond:
                        pending = bool(self._events)
                    if not pending:
                        await wake.wait()
                    continue
                yield event
                if isinstance(event, FinishEvent):
                    return
        finally:
            with self._cond:
                self._waiters = [w for w in self._waiters if w[1] is not wake]
                self._scheduled.discard(wake)

    def collect(self) -> tuple[list[int], FinishEvent]:
        """Consume every event: (generated token ids, the FinishEvent). Blocks until done."""
        ids: list[int] = []
        for event in self:
            if isinstance(event, FinishEvent):
                return ids, event
            ids.append(event.token_id)
        raise AssertionError("a request's events always end with a FinishEvent")

    def cancel(self) -> None:
        """Stop the request; its KV slot is freed at the next scheduler step at the latest
        and a ``FinishEvent(reason="cancelled")`` follows (unless it had already finished)."""
        self._on_cancel(self.request_id)

    def result(self, timeout: float | None = None) -> FinishEvent:
        """Block until the request finishes and return its FinishEvent (events stay
        available to iteration). Raises TimeoutError after ``timeout`` seconds."""
        with self._cond:
            if not self._cond.wait_for(lambda: self._finish is not None, timeout=timeout):
                raise TimeoutError(f"request {self.request_id} did not finish in {timeout} s")
            assert self._finish is not None
            return self._finish


class Engine:
    """Continuous-batching generation over one GPT; ``submit`` is thread-safe.

    One background thread runs the scheduler: each iteration handles cancellations, admits
    waiting requests while a slot and KV budget are free (prefilling them), then runs one
    decode step for every running request. ``kv_budget_tokens`` caps the sum over running
    requests of ``min(prompt + max_tokens, context)``; it defaults to every slot full.
    ``kv_memory_bytes`` bounds the KV pool (default ``default_kv_bytes``): when it cannot
    hold block_size positions per slot, ``context_length`` is what it can hold.
    ``compile_decode`` runs one-stream decode steps through a ``torch.compile``-d graph
    (compiled in the constructor, ~10 s on 2 CPU cores; off by default, see
    docs/inference.md for what it buys); ``"background"`` compiles it in a thread that
    :meth:`compile_in_background` starts, while requests decode eagerly (``decode_mode``
    says which).
    ``prefix_cache_tokens`` sizes the store of computed prompt-prefix blocks that later
    prompts copy instead of recompute (default None: a quarter of the pool's positions; 0:
    off). ``prefill_tokens_per_step`` is the most prompt
    tokens prefilled between two decode steps: a longer prompt is prefilled in chunks.
    ``dtype`` is what weights and KV cache are served in (:func:`serving_dtype`; default
    "auto": bf16 on CUDA, the model's own dtype elsewhere; a model of another dtype is
    served from a converted copy). ``graph_decode`` (default: on CUDA) runs decode steps as
    CUDA graphs captured per batch-size bucket, each on first use
    (``stats()["graph_capture_s"]``).
    """

    def __init__(
        self,
        model: GPT,
        tokenizer: Any,
        *,
        max_batch_size: int = 16,
        max_queue: int = 256,
        kv_budget_tokens: int | None = None,
        kv_memory_bytes: int | None = None,
        draft_model: GPT | None = None,
        num_speculative_tokens: int = 4,
        device: str | torch.device = "cpu",
        model_name: str = "genforge",
        metrics: EngineMetrics | None = None,
        compile_decode: bool | str = False,
        prefix_cache_tokens: int | None = None,
        prefill_tokens_per_step: int = 512,
        dtype: str | torch.dtype | None = "auto",
        graph_decode: bool | None = None,
        vlm: torch.nn.Module | None = None,
    ) -> None:
        for name, value, low in (
            ("max_batch_size", max_batch_size, 1),
            ("max_queue", max_queue, 0),
            ("num_speculative_tokens", num_speculative_tokens, 1),
            ("prefill_tokens_per_step", prefill_tokens_per_step, 1),
        ):
            if not isinstance(value, int) or value < low:
                raise GenforgeError(f"{name} must be an integer >= {low}, got {value!r}")
        dev = resolve_device(device) if isinstance(device, str) else torch.device(device)
        want = serving_dtype(dtype, dev, next(model.parameters()).dtype)
        if want != next(model.parameters()).dtype:
            # The caller's model keeps its dtype (it may be training): serve a converted copy.
            model = copy.deepcopy(model).to(dtype=want)
        self.model = model.to(dev).eval()
        self.dtype = want  # weights and KV cache (/ready reports it)
        cfg = self.model.config
        if tokenizer is not None and tokenizer.vocab_size > cfg.vocab_size:
            raise GenforgeError(
                f"tokenizer has {tokenizer.vocab_size} ids but the model only "
                f"{cfg.vocab_size}; pair the model with the tokenizer it was trained with"
            )
        if draft_model is not None:
            draft_model = draft_model.to(dev).eval()
            dcfg = draft_model.config
            if dcfg.vocab_size != cfg.vocab_size:
                raise GenforgeError(
                    f"draft model vocab_size {dcfg.vocab_size} differs from the model's "
                    f"{cfg.vocab_size}; the draft must share the target's tokenizer"
                )
            if dcfg.block_size < cfg.block_size:
                raise GenforgeError(
                    f"draft model context {dcfg.block_size} is shorter than the model's "
                    f"{cfg.block_size}; use a draft with at least the same block_size"
                )
        if prefix_cache_tokens is not None and (
            not isinstance(prefix_cache_tokens, int) or prefix_cache_tokens < 0
        ):
            raise GenforgeError(
                "prefix_cache_tokens must be an integer >= 0 (0: off) or None (default size), "
                f"got {prefix_cache_tokens!r}"
            )
        if kv_budget_tokens is not None and (
            not isinstance(kv_budget_tokens, int) or kv_budget_tokens < 1
        ):
            raise GenforgeError(
                f"kv_budget_tokens must be a positive integer or None, got {kv_budget_tokens!r}"
            )
        if vlm is not None and vlm.config.lm.n_embd != cfg.n_embd:
            raise GenforgeError(
                f"the VLM's LM width {vlm.config.lm.n_embd} differs from the served model's "
                f"{cfg.n_embd}; serve the VLM's own LM (vlm.lm)"
            )
        # The vision-language model whose LM this engine serves: its vision tower turns
        # images into prefix_embeds (serve/images.py). None for a text model.
        self.vlm = vlm
        self.tokenizer = tokenizer
        self.model_name = model_name
        self.vocab_size = int(cfg.vocab_size)
        self.device = dev
        self.max_batch_size = max_batch_size
        self.max_queue = max_queue
        self._core = EngineCore(
            self.model,
            tokenizer,
            max_batch_size=max_batch_size,
            kv_budget_tokens=kv_budget_tokens,
            kv_memory_bytes=kv_memory_bytes,
            draft_model=draft_model,
            num_speculative_tokens=num_speculative_tokens,
            metrics=metrics,
            prefix_cache_tokens=prefix_cache_tokens,
            prefill_tokens_per_step=prefill_tokens_per_step,
        )
        fast = decode_step_for(self.model)
        if fast is not None and (dev.type == "cuda" if graph_decode is None else graph_decode):
            self._core.graph_decode = True
        # The KV memory budget may hold less than block_size per slot (kv_memory_bytes).
        self.context_length = self._core.context_length
        self.decode_mode = "eager"  # eager | compiling | compiled | eager (compile failed)
        # Why the engine can no longer serve, or None (a ProcessEngine whose process died).
        self.failed: str | None = None
        self._compile_later: DecodeStep | None = None
        self._compile_thread: threading.Thread | None = None
        if compile_decode and fast is not None:
            if compile_decode == "background":
                # Serve eagerly from the start and compile in a thread started later: the
                # scheduler reads core.compile_decode before each step, so the switch lands
                # between two steps. The shared tables are built here, so the compiling
                # thread only reads what eager steps read.
                fast.prepare(self._core.pool.max_len)
                self._compile_later = fast
                self.decode_mode = "compiling"
            else:
                self._compile(fast)  # here (seconds), not on the first request
        self._accepting = True
        self._stop_thread = False
        self._thread: threading.Thread | None = None
        self._wake = threading.Event()
        self._model_lock = threading.Lock()  # one model call at a time: steps and embed
        self._start_lock = threading.Lock()

    def _compile(self, fast: DecodeStep) -> None:
        # A machine without a working compiler toolchain still serves, on the eager step.
        try:
            fast.warm_up(self._core.pool.max_len)
            self._core.compile_decode = True
            self.decode_mode = "compiled"
        except Exception as e:  # torch.compile fails in many ways (no C++ compiler...)
            self.decode_mode = "eager (compile failed)"
            warnings.warn(
                f"compile_decode: torch.compile failed ({type(e).__name__}: {e}); "
                "decoding uncompiled",
                RuntimeWarning,
                stacklevel=2,
            )

    @classmethod
    def from_model_dir(cls, path: Any, **kw: Any) -> Engine:
        """An engine over the model dir at ``path``: a GPT, or a vision-language model
        (served on its LM, with ``engine.vlm`` set). ``device`` may be "auto"; a
        ``draft_model`` given as a path is loaded as a model dir too."""
        device = kw.pop("device", "cpu")
        if is_vlm_dir(path):
            vlm, tokenizer = load_vlm(path, device=device)
            model, kw["vlm"] = vlm.lm, vlm
        else:
            loaded = load_model_dir(path, device=device)
            model, tokenizer = loaded.model, loaded.tokenizer
        draft = kw.get("draft_model")
        if isinstance(draft, str | Path):
            kw["draft_model"] = load_model_dir(draft, device=device).model
        kw.setdefault("model_name", Path(path).resolve().name)
        dev = next(model.parameters()).device
        current = next(model.parameters()).dtype
        # The loaded model is ours: converted in place, not copied by the constructor (a
        # VLM's vision tower keeps its dtype; its prefix is cast on submit).
        model.to(dtype=serving_dtype(kw.get("dtype", "auto"), dev, current))
        return cls(model, tokenizer, device=dev, **kw)

    # ------------------------------------------------------------------ lifecycle
    def start(self) -> None:
        """Start the background scheduler thread (idempotent)."""
        with self._start_lock:
            if self._thread is not None and self._thread.is_alive():
                return
            if not self._accepting:
                raise EngineError("shutdown", "the engine is shut down; create a new one")
            self._stop_thread = False
            self._thread = threading.Thread(target=self._loop, name="genforge-engine", daemon=True)
            self._thread.start()

    def compile_in_background(self) -> None:
        """Start compiling the decode step in a thread, for an engine built with
        ``compile_decode="background"`` (a no-op otherwise, and after the first call). The
        server calls it once it is ready: the compile's Python-heavy tracing would otherwise
        slow the start-up it is meant to stay off."""
        with self._start_lock:
            fast, self._compile_later = self._compile_later, None
        if fast is not None:
            self._compile_thread = threading.Thread(
                target=self._compile, args=(fast,), name="genforge-compile", daemon=True
            )
            self._compile_thread.start()

    def _loop(self) -> None:
        core = self._core
        while True:
            self._wake.clear()
            if not core.has_work():
                if self._stop_thread:
                    return
                self._wake.wait(timeout=0.5)
                continue
            self._step()

    def _step(self) -> None:
        """One scheduler iteration under the model lock (a subclass may act after it)."""
        with self._model_lock:
            self._core.step()

    def _new_handle(self, request_id: str, cancel: Any) -> RequestHandle:
        """The handle a submitted request's events go to (a subclass may route them)."""
        return RequestHandle(request_id, cancel)

    def shutdown(self, *, drain: bool = True, timeout: float = 30.0) -> None:
        """Refuse new requests; with ``drain`` let in-flight ones finish for up to
        ``timeout`` seconds, then cancel whatever is left and stop the thread."""
        self._accepting = False
        core = self._core
        alive = self._thread is not None and self._thread.is_alive()
        if drain and alive:
            deadline = time.monotonic() + timeout
            while core.has_work() and time.monotonic() < deadline:
                time.sleep(0.01)
        with core.lock:
            core.closing = True
            leftovers = list(core.waiting)
        for req in leftovers + list(core.running):
            core.request_cancel(req)
        if alive:
            self._stop_thread = True
            self._wake.set()
            assert self._thread is not None
            self._thread.join(timeout=max(timeout, 5.0))
        while core.has_work():  # never started (or the thread died): finish them here
            self._step()
        if self._compile_thread is not None:
            # A process that exits while inductor is compiling aborts (SIGABRT, seen on
            # SIGTERM mid-compile): wait for it (seconds) so the server exits cleanly.
            self._compile_thread.join()

    # ------------------------------------------------------------------ requests
    def submit(
        self,
        prompt_ids: list[int],
        params: SamplingParams,
        *,
        request_id: str | None = None,
        prefix_embeds: torch.Tensor | None = None,
    ) -> RequestHandle:
        """Queue a request; events arrive on the returned handle.

        ``prefix_embeds`` (P, n_embd) float: input embeddings (an image's, from a VLM's
        projector) that take the request's first P positions, through the model's trunk;
        the prompt ids follow at positions P.. . They count against the context and the KV
        budget like tokens. The prefix cache keys them by a digest of their values, so
        cached blocks are shared only between requests with the same embeddings.

        Raises EngineError: ``invalid_request`` (bad params, empty prompt, ids outside the
        vocabulary, a malformed prefix), ``context_length`` (prefix + prompt longer than the
        context, or a reservation larger than the whole KV budget), ``overloaded`` (queue
        full), ``shutdown``.
        """
        if not self._accepting:
            raise EngineError("shutdown", "the engine is shutting down; retry on another server")
        if not isinstance(params, SamplingParams):
            raise EngineError("invalid_request", "params must be a SamplingParams")
        params.validate(self.vocab_size)
        prompt = check_prompt(prompt_ids, self.vocab_size, self.context_length)
        prefix = None if prefix_embeds is None else self._check_prefix(prefix_embeds)
        n_prefix = 0 if prefix is None else prefix[0].size(0)
        if n_prefix + len(prompt) > self.context_length:
            raise EngineError(
                "context_length",
                f"the image prefix ({n_prefix} positions) + prompt ({len(prompt)} tokens) "
                f"exceeds the model's context of {self.context_length}; shorten the prompt",
            )
        core = self._core
        rid = request_id or f"req-{uuid.uuid4().hex[:16]}"
        req = core.new_request(rid, prompt, params, prefix)
        if req.reserve > core.kv_budget:
            raise EngineError(
                "context_length",
                f"prompt ({req.n_input} positions) + max_tokens ({params.max_tokens}) needs "
                f"{req.reserve} KV-cache tokens but the engine's budget is {core.kv_budget}; "
                "lower max_tokens or shorten the prompt",
            )

        def cancel(_rid: str) -> None:
            core.request_cancel(req)
            self._wake.set()

        handle = self._new_handle(req.request_id, cancel)
        req.emit = handle._push
        req.submitted = time.perf_counter()
        if not core.enqueue(req, self.max_queue):
            raise EngineError(
                "overloaded",
                f"the engine queue is full ({self.max_queue} waiting requests); retry later",
            )
        if self._thread is None or not self._thread.is_alive():
            self.start()
        self._wake.set()
        return handle

    def _check_prefix(self, embeds: Any) -> tuple[torch.Tensor, str]:
        """(the prefix on the model's device and dtype, a digest of its values) or
        EngineError ``invalid_request``."""
        C = self.model.config.n_embd
        if not isinstance(embeds, torch.Tensor) or not embeds.is_floating_point():
            raise EngineError("invalid_request", "prefix_embeds must be a float tensor (P, n_embd)")
        if embeds.dim() != 2 or embeds.size(0) < 1 or embeds.size(1) != C:
            raise EngineError(
                "invalid_request",
                f"prefix_embeds must have shape (P, {C}) with P >= 1 (the model's n_embd), "
                f"got {tuple(embeds.shape)}",
            )
        if self._core.draft_model is not None:
            raise EngineError(
                "invalid_request",
                "prefix_embeds cannot be combined with speculative decoding: the draft model "
                "cannot see the prefix; serve this model without a draft model",
            )
        host = embeds.detach().float().cpu().contiguous()
        if not bool(torch.isfinite(host).all()):
            raise EngineError("invalid_request", "prefix_embeds holds NaN or infinite values")
        digest = "prefix:" + hashlib.sha256(host.numpy().tobytes()).hexdigest()
        param = next(self.model.parameters())
        return embeds.detach().to(param.device, param.dtype), digest

    def generate(self, prompt_ids: list[int], params: SamplingParams) -> FinishEvent:
        """Submit and wait: the FinishEvent of the request."""
        return self.submit(prompt_ids, params).result()

    def sample_n(
        self,
        prompts: list[list[int]],
        n: int,
        params: SamplingParams,
        *,
        seed: int = 0,
        greedy_first: bool = False,
    ) -> list[list[tuple[list[int], FinishEvent]]]:
        """``n`` completions of each prompt (ids) under ``params``, all submitted at once:
        (P, n) nested lists of (generated ids, FinishEvent).

        Request ``j`` of prompt ``i`` gets its own seed, :func:`sample_seed`, so the
        samples are a pure function of the model and ``seed`` however the engine batches
        them. With ``greedy_first`` the first completion of each prompt is greedy. The
        engine's ``max_queue`` must hold ``P * n`` requests. Raises GenforgeError when a
        generation fails.
        """
        if not isinstance(n, int) or n < 1:
            raise GenforgeError(f"samples per prompt must be an integer >= 1, got {n!r}")
        handles = []
        for i, prompt in enumerate(prompts):
            for j in range(n):
                temperature = 0.0 if greedy_first and j == 0 else params.temperature
                one = dataclasses.replace(
                    params, temperature=temperature, seed=sample_seed(seed, i, j, n)
                )
                handles.append(self.submit(prompt, one))
        out: list[list[tuple[list[int], FinishEvent]]] = [[] for _ in prompts]
        for k, handle in enumerate(handles):
            ids, finish = handle.collect()
            if finish.reason == "error":
                raise GenforgeError(f"generation failed: {finish.error}")
            out[k // n].append((ids, finish))
        return out

    @torch.inference_mode()
    def embed(self, token_ids_batch: list[list[int]]) -> torch.Tensor:
        """(N, n_embd) L2-normalised mean of the final hidden states of each sequence.

        Sequences are right-padded into batches; with causal attention the padding never
        reaches a real position, and the mean covers only real positions.
        """
        if not isinstance(token_ids_batch, list | tuple) or not token_ids_batch:
            raise EngineError("invalid_request", "embed needs a non-empty list of token lists")
        seqs = [check_prompt(ids, self.vocab_size, self.context_length) for ids in token_ids_batch]
        out = []
        for lo in range(0, len(seqs), 16):
            chunk = seqs[lo : lo + 16]
            T = max(len(s) for s in chunk)
            ids = torch.zeros(len(chunk), T, dtype=torch.long, device=self.device)
            valid = torch.zeros(len(chunk), T, 1, device=self.device)
            for i, s in enumerate(chunk):
                ids[i, : len(s)] = torch.tensor(s, device=self.device)
                valid[i, : len(s)] = 1.0
            with self._model_lock:
                h = self.model.hidden_states(ids).float()  # (n, T, C)
            mean = (h * valid).sum(dim=1) / valid.sum(dim=1)  # (n, C)
            out.append(torch.nn.functional.normalize(mean, dim=-1))
        return torch.cat(out).cpu()

    @torch.no_grad()
    def copy_weights_from(self, source: torch.nn.Module) -> None:
        """Copy ``source``'s parameters (same architecture) into the engine's model in place,
        between two engine steps, so later tokens come from the new weights.

        For trainers that sample from the policy they are updating (RL rollouts): the
        engine keeps its own model object, its KV pool and any compiled step, and only the
        values change.
        """
        src = dict(source.named_parameters())
        with self._model_lock:
            for name, p in self.model.named_parameters():
                if name not in src or src[name].shape != p.shape:
                    raise EngineError(
                        "invalid_request",
                        f"source model has no parameter {name} of shape "
                        f"{tuple(p.shape)}; copy weights only between models of one config",
                    )
                p.copy_(src[name].detach())

    def stats(self) -> dict[str, Any]:
        """Live counters: running (requests taken off the queue and not yet finished, a
        prompt being prefilled included), waiting, kv_used_tokens, kv_capacity_tokens, kv_usage,
        max_batch_size, steps, prefill_calls (model calls that prefilled prompts: a burst
        prefilled as one batch is one), tokens_generated, decode_weight_copy_bytes (the
        CPU decode step's (in, out) weight copies, 0 when none), plus kv_reserved_tokens and the
        speculative-decoding counters (spec_proposed, spec_accepted, spec_acceptance_rate) and,
        with the prefix cache on, its counters (prefix_cache_hit_rate, _tokens_saved, ...)."""
        core = self._core
        capacity = min(core.kv_budget, self.max_batch_size * core.pool.max_len)
        used = core.kv_used_tokens()
        running, waiting = core.running_waiting()
        return {
            "running": running,
            "waiting": waiting,
            "kv_used_tokens": used,
            "kv_reserved_tokens": core.reserved,
            "kv_capacity_tokens": capacity,
            "kv_usage": used / capacity if capacity else 0.0,
            "max_batch_size": self.max_batch_size,
            "steps": core.steps,
            "prefill_calls": core.prefill_calls,
            "tokens_generated": core.tokens_generated,
            "spec_proposed": core.spec_proposed,
            "spec_accepted": core.spec_accepted,
            "spec_acceptance_rate": (
                core.spec_accepted / core.spec_proposed if core.spec_proposed else 0.0
            ),
            **(core.prefix.stats() if core.prefix is not None else {}),
            "graph_decode": core.graph_decode,
            "graph_capture_s": core.capture_seconds(),
            "decode_weight_copy_bytes": core._fast.copy_bytes() if core._fast is not None else 0,
        }


def serving_dtype(
    requested: str | torch.dtype | None,
    device: torch.device,
    current: torch.dtype,
    *,
    bf16_supported: bool | None = None,
) -> torch.dtype:
    """The dtype an engine serves in: ``None`` keeps ``current`` (the model's); ``"auto"``
    is bfloat16 on CUDA (float16 on a GPU without bf16: V100, T4) and ``current``
    elsewhere (a CPU keeps float32: its bf16 matmuls are no faster without AMX); anything
    else is a dtype name (``"bf16"``, ``"float16"``, ...) or a ``torch.dtype``.
    ``bf16_supported`` overrides the device query (for tests)."""
    if requested is None:
        return current
    if isinstance(requested, str) and requested == "auto":
        if device.type != "cuda":
            return current
        if bf16_supported is None:
            bf16_supported = torch.cuda.is_bf16_supported()
        return torch.bfloat16 if bf16_supported else torch.float16
    try:
        return parse_dtype(requested)
    except GenforgeError as e:
        raise GenforgeError(f"Engine dtype: {e} (or auto / None)") from None


def sample_seed(seed: int, prompt: int, sample: int, n: int) -> int:
    """The seed of sample ``sample`` (of ``n``) of prompt number ``prompt`` in a run seeded
    ``seed``: distinct for every (prompt, sample) of a run, in [0, 2**31)."""
    return (seed * 1_000_003 + prompt * n + sample) % (2**31)
