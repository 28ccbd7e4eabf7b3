"""The engine's step loop: admission, prefill, batched decode, token emission, finishing.

:class:`EngineCore` is single-threaded: one thread calls :meth:`EngineCore.step` in a loop
(the engine's scheduler thread, or the caller of ``generate()`` directly). Other threads
only append to ``waiting`` and request cancellation, both under ``lock``.

Running requests occupy slots ``0 .. n-1`` of the KV pool, always contiguous: when one
leaves, the last running request moves into its slot. A decode step is then one model call
on slots ``0 .. n-1`` as a (n, 1) batch, with no gather or padding. At most one request
is being prefilled at a time, in slot ``n`` (chunk by chunk, between decode steps); it joins
the running batch when its whole prompt is in the cache.
"""

from __future__ import annotations

import collections
import threading
import time
import warnings
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import torch

from genforge.infer.decode_step import DecodeStep, decode_step_for
from genforge.infer.detok import StopMatcher, StreamDecoder
from genforge.infer.prefix_cache import PREFIX_BLOCK, PrefixCache
from genforge.infer.protocol import EngineMetrics, FinishEvent, SamplingParams, TokenEvent
from genforge.infer.sampling import RowSettings, SampleResult, greedy_with_bias, sample_rows
from genforge.models.gpt import GPT
from genforge.nn.kv_cache import SlotKVCache
from genforge.tokenizer import stop_ids


@dataclass(eq=False)  # identity, not field equality: requests are compared by object
class Request:
    """One request's state inside the core (the engine wraps it for the caller)."""

    request_id: str
    prompt: list[int]
    max_new: int  # max_tokens after capping to the context
    reserve: int  # KV tokens reserved for admission control
    settings: RowSettings
    stop_ids: frozenset[int]
    stop_strings: list[str]
    emit: Callable[[TokenEvent | FinishEvent], None]
    decoder: StreamDecoder | None = None
    matcher: StopMatcher | None = None
    slot: int = -1
    filled: int = 0  # prompt positions in the slot's cache (copied or computed)
    pending: int = -1  # sampled, not yet fed to the model
    out_ids: list[int] = field(default_factory=list)
    text_parts: list[str] = field(default_factory=list)
    submitted: float = 0.0
    last_token_at: float = 0.0
    done: bool = False
    queued: bool = False  # entered the waiting queue (counted in EngineCore.live)
    # Input embeddings (P, C) that fill the first P cache positions before the prompt ids
    # (an image); ``key`` names every input position for the prefix cache: the prompt's ids,
    # after P copies of the prefix's digest, so blocks of one image never serve another.
    prefix: torch.Tensor | None = None
    key: list[Any] = field(default_factory=list)

    @property
    def n_input(self) -> int:
        """Positions the request's input takes in the cache: prefix + prompt."""
        return len(self.key)

    @property
    def spec_ok(self) -> bool:
        """Speculative decoding applies: greedy, and no penalty or logits processor depends
        on drafted tokens."""
        s = self.settings
        return s.temperature == 0 and not s.uses_penalties and not s.processors

    def history(self) -> list[int] | None:
        """Token ids so far, for logits processors (None when the request has none)."""
        return self.prompt + self.out_ids if self.settings.processors else None


class EngineCore:
    """Slots, queue and step logic over one model (and an optional draft model)."""

    def __init__(
        self,
        model: torch.nn.Module,
        tokenizer: Any | None,
        *,
        max_batch_size: int,
        kv_budget_tokens: int | None,
        kv_max_len: int | None = None,
        kv_memory_bytes: int | None = None,
        draft_model: torch.nn.Module | None = None,
        num_speculative_tokens: int = 4,
        metrics: EngineMetrics | None = None,
        prefill_tokens_per_step: int = 512,
        prefix_cache_tokens: int | None = 0,
    ) -> None:
        self.model = model
        self.tokenizer = tokenizer
        self.max_batch_size = max_batch_size
        # The pool holds what the memory budget allows, and that is the context served.
        self.pool = SlotKVCache.for_model(model, max_batch_size, kv_max_len, kv_memory_bytes)
        self.draft_model = draft_model
        self.draft_pool = (
            SlotKVCache.for_model(draft_model, max_batch_size, self.pool.max_len, kv_memory_bytes)
            if draft_model is not None
            else None
        )
        self.num_speculative_tokens = num_speculative_tokens
        self.context_length = self.pool.max_len
        physical = max_batch_size * self.pool.max_len
        self.kv_budget = physical if kv_budget_tokens is None else int(kv_budget_tokens)
        self.metrics = metrics
        self.prefill_tokens_per_step = prefill_tokens_per_step
        # Prompt prefixes computed once (infer/prefix_cache.py); None sizes the store at a
        # quarter of the pool's positions, 0 turns it off.
        if prefix_cache_tokens is None:
            prefix_cache_tokens = physical // 4
        self.prefix = (
            PrefixCache(self.pool, prefix_cache_tokens)
            if prefix_cache_tokens >= PREFIX_BLOCK
            else None
        )
        self._params = list(model.parameters())
        # A plain GPT lets a prefill run the LM head on its last position only; anything
        # else (a wrapped model, forward hooks) is called as a whole.
        self._head_only = (
            isinstance(model, GPT) and not model._forward_hooks and not model._forward_pre_hooks
        )
        self.device = next(model.parameters()).device
        V = int(model.config.vocab_size)
        self.vocab_size = V
        # Per-slot output-token counts and prompt-token flags, for the penalties.
        self.counts = torch.zeros(max_batch_size, V, device=self.device)
        self.seen = torch.zeros(max_batch_size, V, dtype=torch.bool, device=self.device)
        self.lock = threading.Lock()
        self.waiting: collections.deque[Request] = collections.deque()
        self.running: list[Request] = []
        # The request being prefilled (chunk by chunk), in the slot after the running ones.
        self.prefilling: Request | None = None
        # (weights version, request, its prompt's next-token logits) of the last prompt
        # prefilled, for an identical prompt right after it (prefix cache on only).
        self._twin: tuple[tuple[int, ...], Request, torch.Tensor] | None = None
        self._cancel: list[Request] = []
        self.closing = False  # set by a shutdown without drain: cancel everything
        self.reserved = 0
        # Requests queued and not yet finished, in whatever state (waiting, being admitted,
        # prefilling, running, cancelled but not yet finished): read under ``lock`` with
        # ``waiting``, it gives a consistent count from another thread, which the lists
        # alone cannot while the scheduler moves a request between them.
        self.live = 0
        self.steps = 0
        self.prefill_calls = 0  # model calls that prefilled prompt positions
        self.tokens_generated = 0
        self.spec_proposed = 0
        self.spec_accepted = 0
        self._token_text: dict[int, str] = {}
        # Ids that end every request unless it sets ignore_eos: <|eos|> and <|end|>.
        self.default_stops = stop_ids(tokenizer) if tokenizer is not None else []
        # Decode steps go through DecodeStep (fewer tensor calls, same numbers) when it
        # covers the model; False runs every step through the model's own forward.
        self.fast_decode = True
        # Whole short prompts admitted together are prefilled as one batch; False prefills
        # each alone (benchmarks/prefix_and_chunks.py compares the two).
        self.group_prefill = True
        # One-stream steps through a torch.compile-d graph (Engine(compile_decode=True)).
        self.compile_decode = False
        # Steps through the static-shape step of a batch bucket, replayed as a CUDA graph
        # (Engine(graph_decode=...), on by default on CUDA).
        self.graph_decode = False
        self._fast: DecodeStep | None = None
        self._draft_fast: DecodeStep | None = None

    # ------------------------------------------------------------------ bookkeeping
    def new_request(
        self,
        request_id: str,
        prompt: list[int],
        params: SamplingParams,
        prefix: tuple[torch.Tensor, str] | None = None,
    ) -> Request:
        """The core's state for a checked prompt and validated ``params``; it emits nothing
        until the caller sets ``emit`` and appends it to ``waiting``. ``prefix`` is
        (embeddings (P, C) on the model's device and dtype, a digest naming them)."""
        stops = set(params.stop_token_ids)
        if not params.ignore_eos:
            stops.update(self.default_stops)
        key: list[Any] = list(prompt)
        if prefix is not None:
            key = [prefix[1]] * prefix[0].size(0) + key
        n = len(key)
        req = Request(
            request_id=request_id,
            prompt=prompt,
            max_new=min(params.max_tokens, self.context_length - n + 1),
            reserve=min(n + params.max_tokens, self.context_length),
            settings=RowSettings.from_params(params, self.device),
            stop_ids=frozenset(stops),
            stop_strings=list(params.stop),
            emit=lambda event: None,
            prefix=None if prefix is None else prefix[0],
            key=key,
        )
        if self.tokenizer is not None:
            req.decoder = StreamDecoder(self.tokenizer)
            req.matcher = StopMatcher(list(params.stop)) if params.stop else None
        return req

    def has_work(self) -> bool:
        """Requests queued and not yet finished, or cancellations to handle. Read under
        ``lock`` from ``live``: a drain in another thread must not see "idle" while a burst
        request sits only in the scheduler's local prefill group."""
        with self.lock:
            return self.live > 0 or bool(self._cancel)

    def capture_seconds(self) -> float:
        """Seconds spent building static-shape steps (capturing CUDA graphs) so far."""
        return self._fast.capture_seconds if self._fast is not None else 0.0

    def kv_used_tokens(self) -> int:
        return sum(self.pool.lengths[: len(self.running) + (self.prefilling is not None)])

    def enqueue(self, req: Request, limit: int | None = None) -> bool:
        """Append ``req`` to the waiting queue, or return False when ``limit`` requests
        already wait."""
        with self.lock:
            if limit is not None and len(self.waiting) >= limit:
                return False
            self.waiting.append(req)
            req.queued = True
            self.live += 1
        return True

    def running_waiting(self) -> tuple[int, int]:
        """(running, waiting) in one consistent snapshot; running counts every request
        taken off the queue and not yet finished (a prompt being prefilled included)."""
        with self.lock:
            waiting = len(self.waiting)
            return self.live - waiting, waiting

    def request_cancel(self, req: Request) -> None:
        """Mark a request for cancellation; handled at the start of the next step."""
        with self.lock:
            if not req.done:
                self._cancel.append(req)

    def token_text(self, token_id: int) -> str:
        """Display text of one token (for top_logprobs), cached."""
        text = self._token_text.get(token_id)
        if text is None:
            raw = self.tokenizer.decode_bytes([token_id]) if self.tokenizer is not None else b""
            text = raw.decode("utf-8", errors="replace")
            self._token_text[token_id] = text
        return text

    # ------------------------------------------------------------------ the step
    @torch.inference_mode()
    def step(self) -> None:
        """One scheduler iteration: cancellations, admissions + prefills, one decode step."""
        self._handle_cancellations()
        self._admit_and_prefill()
        if self.running:
            try:
                if self._speculate():
                    self._spec_decode()
                else:
                    self._decode()
            except Exception as e:  # a failing model call must not hang every stream
                for req in list(self.running):
                    self._fail(req, e)
        self.steps += 1

    def _handle_cancellations(self) -> None:
        with self.lock:
            if self.closing:
                # Shutdown without drain: whatever is queued or running now, including a
                # request that was being admitted while shutdown took its snapshot.
                live = [*self.waiting, *self.running]
                if self.prefilling is not None:
                    live.append(self.prefilling)
                pending = [r for r in live if r not in self._cancel]
                self._cancel.extend(pending)
            if not self._cancel:
                return
            doomed, self._cancel = self._cancel, []
            for r in doomed:
                if r in self.waiting:
                    self.waiting.remove(r)
        for r in doomed:
            self._finish(r, "cancelled")

    def _admit_and_prefill(self) -> None:
        """Admit waiting requests (FIFO, while a slot and the KV budget allow) and prefill
        up to ``prefill_tokens_per_step`` prompt tokens, a long prompt in chunks over
        several steps, so the running streams' next decode step is never far away. Whole
        prompts that fit the budget together (a burst of short requests) are prefilled as
        one padded batch: one model call instead of one each."""
        budget = self.prefill_tokens_per_step
        group: list[Request] = []  # admitted, their slots after the running ones, not run
        admitted = False
        while budget > 0:
            req = self.prefilling
            if req is None:
                if len(self.running) + len(group) >= self.max_batch_size:
                    break
                with self.lock:
                    if not self.waiting:
                        break
                    req = self.waiting[0]
                    if self.reserved + req.reserve > self.kv_budget:
                        break  # FIFO: wait for memory rather than let later requests jump
                    self.waiting.popleft()
                    self.reserved += req.reserve
                if not admitted:
                    # Once per admission, not per step nor per request (the check walks
                    # every module: ~0.3 ms, 5 ms for a burst of 16): a model swapped or
                    # moved between requests is picked up.
                    self._refresh_fast_paths()
                    admitted = True
                joins = self._joins_group(req, group, budget)
                if group and not joins:
                    self._prefill_group(group)
                    group = []
                if joins:
                    try:
                        if not self._start_prefill(req, len(self.running) + len(group)):
                            self.prefilling = None
                            budget -= req.n_input - req.filled
                            group.append(req)
                    except Exception as e:
                        self._fail(req, e)
                    continue
            try:
                if req.slot < 0 and self._start_prefill(req, len(self.running)):
                    continue  # a copy of the previous prompt: no model call
                chunk = min(budget, req.n_input - req.filled)
                budget -= chunk
                self._prefill_chunk(req, chunk)
            except Exception as e:
                self._fail(req, e)
        if group:
            self._prefill_group(group)

    def _joins_group(self, req: Request, group: list[Request], budget: int) -> bool:
        """Whether ``req`` can be prefilled in one batch with ``group``: its whole input
        fits what is left of the budget; it has no image prefix and there is no draft
        model (both prefilled alone); padding every row to the longest keeps each inside
        its slot; and it shares no first prompt block with a grouped request nor is a copy
        of the last prompt prefilled. Those it would share through the prefix cache or
        copy from a running request, so it waits for the group to be computed first."""
        if not self.group_prefill or req.prefix is not None or self.draft_pool is not None:
            return False
        if req.n_input > budget:
            return False
        if not group:
            return True
        if 2 * max(req.n_input, *(r.n_input for r in group)) > self.pool.max_len:
            return False
        head = tuple(req.key[:PREFIX_BLOCK])
        if any(tuple(r.key[:PREFIX_BLOCK]) == head for r in group):
            return False
        return self._twin_of(req) is None

    def _prefill_group(self, group: list[Request]) -> None:
        """Prefill the rest of every input in ``group`` (slots right after the running
        ones, in order) as one (k, T) batch padded on the right, then let them all join.
        The padding writes keys past each row's length, which stay unread (stale)."""
        if len(group) == 1:
            req = group[0]
            self.prefilling = req
            try:
                self._prefill_chunk(req, req.n_input - req.filled)
            except Exception as e:
                self._fail(req, e)
            return
        try:
            lo, k = group[0].slot, len(group)
            sizes = [r.n_input - r.filled for r in group]
            ids = torch.zeros(k, max(sizes), dtype=torch.long)
            for i, r in enumerate(group):
                ids[i, : sizes[i]] = torch.tensor(r.prompt[r.filled :])
            ids = ids.to(self.device)
            rows = self.pool.rows(lo, lo + k)
            at = torch.arange(k, device=self.device)
            ends = torch.tensor([n - 1 for n in sizes], device=self.device)
            self.prefill_calls += 1
            if self._head_only:
                h = self.model.hidden_states(ids, kv_cache=rows)  # (k, T, C)
                last = self.model.lm_head(h[at, ends])  # (k, V)
            else:
                last = self.model(ids, kv_cache=rows)[0][at, ends]
            for r, n in zip(group, sizes):
                r.filled += n
                self.pool.lengths[r.slot] = r.filled
                if self.prefix is not None:
                    self.prefix.insert(r.key, r.filled, self.pool, r.slot)
            if self.prefix is not None:
                self._twin = (self.weights_version(), group[-1], last[-1:].clone())
            self._join(group, last)
        except Exception as e:
            # They hold the slots right after the running ones: as running rows, each
            # release keeps the slots contiguous.
            self.running.extend(r for r in group if r not in self.running)
            for r in group:
                self._fail(r, e)

    def _refresh_fast_paths(self) -> None:
        on = self.fast_decode
        self._fast = decode_step_for(self.model) if on else None
        if self.draft_model is not None:
            self._draft_fast = decode_step_for(self.draft_model) if on else None

    def decode_logits(self, draft: bool, tokens: list[int] | torch.Tensor, n: int) -> torch.Tensor:
        """Logits (n, V) of one new token per running slot ``0 .. n-1`` (``tokens``), from
        the target model or (``draft``) the draft model; the slots' caches advance by one."""
        fast = self._draft_fast if draft else self._fast
        pool = self.draft_pool if draft else self.pool
        if fast is not None:
            if self.graph_decode and not draft and isinstance(tokens, list):
                try:
                    return fast.step_bucketed(tokens, pool, n)
                except Exception as e:  # capture can fail (driver, memory): serve eagerly
                    if pool.device.type != "cuda":
                        raise
                    self.graph_decode = False
                    warnings.warn(
                        f"graph_decode: CUDA graph capture failed ({type(e).__name__}: {e}); "
                        "decoding without graphs",
                        RuntimeWarning,
                        stacklevel=2,
                    )
            if n == 1 and self.compile_decode and not draft and isinstance(tokens, list):
                return fast.step_compiled(tokens[0], pool)
            return fast.step(tokens, pool, 0, n)
        model = self.draft_model if draft else self.model
        ids = torch.as_tensor(tokens, dtype=torch.long, device=self.device).view(n, 1)
        logits, _ = model(ids, kv_cache=pool.rows(0, n))  # (n, 1, V)
        return logits[:, -1]

    def weights_version(self) -> tuple[int, ...]:
        """Changes whenever a parameter is replaced or updated in place (an optimizer step,
        ``copy_weights_from``): cached prefixes are only valid for one version."""
        return tuple(v for p in self._params for v in (p.data_ptr(), p._version))

    def _start_prefill(self, req: Request, slot: int) -> bool:
        """Give ``req`` the free ``slot`` and copy what is cached of its prompt into it;
        True when that was all of it (it then joins the running batch)."""
        req.slot = slot
        self.prefilling = req
        self.pool.free(slot)
        self.counts[slot].zero_()
        self.seen[slot].zero_()
        self.seen[slot, torch.tensor(req.prompt, device=self.device)] = True
        if self.draft_pool is not None:
            self.draft_pool.free(slot)
        if self.prefix is None:
            return False
        version = self.weights_version()
        self.prefix.check_version(version)
        twin = self._twin_of(req, version)
        if twin is not None:
            # The same input as the last one prefilled (n samples, a GRPO group), whose
            # request is still running: its whole prompt cache and its next-token logits
            # are this request's too.
            self._copy_prompt(twin[1].slot, slot, req.n_input)
            self.prefix.count_copy(req.n_input)
            req.filled = req.n_input
            self._join([req], twin[2])
            return True
        req.filled = self.prefix.load(self.prefix.lookup(req.key), self.pool, slot)
        if self.draft_pool is not None and req.filled:
            # The draft has no prefix cache: it computes what was copied.
            ids = torch.tensor([req.prompt[: req.filled]], device=self.device)
            self.draft_model(ids, kv_cache=self.draft_pool.rows(slot, slot + 1))
        return False

    def _twin_of(self, req: Request, version: tuple[int, ...] | None = None) -> tuple | None:
        """(version, request, next-token logits) of the last request prefilled when
        ``req`` repeats its input under the same weights (``version``, computed when
        None) and it is still running, so its cache can be copied; else None."""
        twin = self._twin
        if twin is None or twin[1].key != req.key or twin[1].done or twin[1] not in self.running:
            return None
        return twin if twin[0] == (version or self.weights_version()) else None

    def _copy_prompt(self, src: int, dst: int, n: int) -> None:
        for pool in (self.pool, self.draft_pool):
            if pool is not None:
                for k, v in zip(pool.k, pool.v):
                    k[dst, :, :n] = k[src, :, :n]
                    v[dst, :, :n] = v[src, :, :n]
                pool.lengths[dst] = n

    def _prefill_chunk(self, req: Request, chunk: int) -> None:
        """Run the next ``chunk`` input positions of the prefilling request; after the last
        one, sample its first token and move it into the running batch."""
        slot, lo = req.slot, req.filled
        rows = self.pool.rows(slot, slot + 1)
        self.prefill_calls += 1
        if req.prefix is not None:
            last = self._prefill_embeds(req, lo, chunk, rows)
        else:
            ids = torch.tensor([req.prompt[lo : lo + chunk]], device=self.device)  # (1, T)
            if self._head_only:
                # Only the last position's logits are needed: the LM head on one row, not T.
                h = self.model.hidden_states(ids, kv_cache=rows)  # (1, T, C)
                last = self.model.lm_head(h[:, -1])  # (1, V)
            else:
                last = self.model(ids, kv_cache=rows)[0][:, -1]
            if self.draft_pool is not None:
                self.draft_model(ids, kv_cache=self.draft_pool.rows(slot, slot + 1))
        req.filled = lo + chunk
        if req.filled < req.n_input:
            return
        if self.prefix is not None:
            self.prefix.insert(req.key, req.filled, self.pool, slot)
            self._twin = (self.weights_version(), req, last.clone())
        self._join([req], last)

    def _prefill_embeds(self, req: Request, lo: int, chunk: int, rows: Any) -> torch.Tensor:
        """Input positions ``lo .. lo+chunk-1`` of a request with a prefix: prefix rows
        below P, embedded prompt ids from P on, through the trunk into the cache; the
        logits (1, V) after the chunk's last position."""
        assert req.prefix is not None
        P = req.prefix.size(0)
        hi = lo + chunk
        text = req.prompt[max(lo - P, 0) : max(hi - P, 0)]  # empty inside the prefix
        ids = torch.tensor([text], dtype=torch.long, device=self.device)  # (1, T_ids)
        x = self.model.wte(ids)  # (1, T_ids, C)
        if lo < P:
            x = torch.cat([req.prefix[lo : min(hi, P)].unsqueeze(0), x], dim=1)  # (1, T, C)
        positions, mask = rows.begin(1, chunk)
        h = self.model.trunk(x, positions=positions, attn_mask=mask, kv_cache=rows)
        rows.advance(chunk)
        return self.model.lm_head(h[:, -1])  # (1, V)

    def _join(self, reqs: list[Request], last: torch.Tensor) -> None:
        """Prefilled requests (in slot order, right after the running ones) join the
        running batch with their first tokens sampled from ``last`` (k, V), the logits
        after each prompt. All join before any token is emitted: one that finishes at
        once then leaves a running row, which keeps the slots contiguous."""
        lo, k = reqs[0].slot, len(reqs)
        self.prefilling = None
        self.running.extend(reqs)
        result = sample_rows(
            last,
            [r.settings for r in reqs],
            self.counts[lo : lo + k],
            self.seen[lo : lo + k],
            [r.history() for r in reqs],
        )
        self._accept(reqs, result)

    def _decode(self) -> None:
        n = len(self.running)
        reqs = list(self.running)
        tokens = [r.pending for r in reqs]
        logits = self.decode_logits(False, tokens, n)  # (n, V)
        if self.draft_pool is not None:
            # Keep the draft's cache in step so a later speculative step can start at once.
            self.decode_logits(True, tokens, n)
        result = sample_rows(
            logits,
            [r.settings for r in reqs],
            self.counts[:n],
            self.seen[:n],
            [r.history() for r in reqs],
        )
        self._accept(reqs, result)

    def _accept(self, reqs: list[Request], result: SampleResult) -> None:
        """Record one new token per request (rows in slot order), emit, finish if due."""
        # Output-token counts feed only the penalties; rows without them skip the update.
        pen = [i for i, r in enumerate(reqs) if r.settings.uses_penalties]
        if pen:
            rows = torch.tensor([reqs[i].slot for i in pen], device=self.device)
            toks = torch.tensor([result.tokens[i] for i in pen], device=self.device)
            self.counts.index_put_(
                (rows, toks), torch.ones_like(toks, dtype=torch.float32), accumulate=True
            )
        for req, tok, lp, top in zip(reqs, result.tokens, result.logprobs, result.top):
            self._emit_token(req, tok, lp, top)
        for req in reqs:
            if req.done:
                continue
            if self.pool.lengths[req.slot] >= self.pool.max_len:
                self._finish(req, "length")  # the next token has no position left

    def _emit_token(
        self, req: Request, tok: int, lp: float | None, top: list[tuple[int, float]] | None
    ) -> None:
        now = time.perf_counter()
        self.tokens_generated += 1
        if self.metrics is not None:
            if not req.out_ids:
                self.metrics.on_first_token(req.request_id, now - req.submitted)
            else:
                self.metrics.on_token(req.request_id, now - req.last_token_at)
        req.last_token_at = now
        req.out_ids.append(tok)
        top_lp = None
        if top is not None:
            top_lp = [(i, self.token_text(i), v) for i, v in top]
        if tok in req.stop_ids:
            # The stop token itself is not shown; text held back so far is released with it.
            tail = self._flush_text(req)
            if tail:
                req.text_parts.append(tail)
                req.emit(TokenEvent(tok, tail, lp, top_lp))
            self._finish(req, "stop", flushed=True)
            return
        req.pending = tok
        text, stopped = "", False
        if req.decoder is not None:
            text = req.decoder.push(tok)
            if req.matcher is not None:
                text, stopped = req.matcher.push(text)
        last = len(req.out_ids) >= req.max_new
        if last and not stopped:
            text += self._flush_text(req)
        req.text_parts.append(text)
        req.emit(TokenEvent(tok, text, lp, top_lp))
        if stopped:
            self._finish(req, "stop", flushed=True)
        elif last:
            self._finish(req, "length", flushed=True)

    def _flush_text(self, req: Request) -> str:
        if req.decoder is None:
            return ""
        text = req.decoder.flush()
        if req.matcher is not None:
            text, stopped = req.matcher.push(text)
            if not stopped:
                text += req.matcher.flush()
        return text

    def _finish(
        self, req: Request, reason: str, *, error: str | None = None, flushed: bool = False
    ) -> None:
        """Free the request's slot and budget at once and send its FinishEvent."""
        if req.done:
            return
        req.done = True
        if req.queued:
            with self.lock:
                self.live -= 1
        if not flushed and reason in ("length", "stop"):
            tail = self._flush_text(req)
            if tail:
                # Held-back text must still reach a streaming client before the end.
                req.text_parts.append(tail)
                req.emit(TokenEvent(req.out_ids[-1], tail, None, None))
        if req.slot >= 0:
            self._release_slot(req)
        event = FinishEvent(
            reason=reason,
            prompt_tokens=req.n_input,  # an image prefix's positions count, as OpenAI's
            completion_tokens=len(req.out_ids),
            text="".join(req.text_parts),
            error=error,
        )
        if self.metrics is not None:
            self.metrics.on_finish(
                req.request_id,
                time.perf_counter() - req.submitted,
                req.n_input,
                len(req.out_ids),
                reason,
            )
        req.emit(event)

    def _fail(self, req: Request, e: Exception) -> None:
        """Finish ``req`` with ``error``, naming the exception that ended it."""
        self._finish(req, "error", error=f"{type(e).__name__}: {e}")

    def _release_slot(self, req: Request) -> None:
        i = req.slot
        if req is self.prefilling:
            self.prefilling = None
            self._free_slot(i)
        else:
            last = self.running[-1]
            if last is not req:
                # Keep running slots contiguous: the last request moves into the hole.
                self._move_slot(last, i)
                self.running[i] = last
            self.running.pop()
            end = len(self.running)
            if self.prefilling is not None:
                # The prefilling request keeps the slot right after the running ones.
                self._move_slot(self.prefilling, end)
                end += 1
            self._free_slot(end)
        req.slot = -1
        with self.lock:
            self.reserved -= req.reserve

    def _move_slot(self, req: Request, dst: int) -> None:
        src = req.slot
        self.pool.move(src, dst)
        if self.draft_pool is not None:
            self.draft_pool.move(src, dst)
        self.counts[dst] = self.counts[src]
        self.seen[dst] = self.seen[src]
        req.slot = dst

    def _free_slot(self, slot: int) -> None:
        self.pool.free(slot)
        if self.draft_pool is not None:
            self.draft_pool.free(slot)

    # ------------------------------------------------------------------ speculative
    def _speculate(self) -> bool:
        return self.draft_model is not None and all(r.spec_ok for r in self.running)

    def _spec_decode(self) -> None:
        """One draft-then-verify step over every running request (all greedy, no penalties).

        Speculative decoding (Leviathan et al. 2023; Chen et al. 2023), greedy variant: the
        draft model proposes ``k`` tokens one by one; the target scores all of them in one
        (n, k+1) forward. Each row keeps the longest run of drafted tokens that equals the
        target's own greedy choice, plus the target's token after that run, so the output
        is exactly the target's greedy output while each target call yields 1..k+1 tokens.
        Rows are independent: each slot is rewound to its own accepted length, and the
        rejected positions past it are hidden by the causal mask until overwritten. Falls
        back to a plain decode step when no row has room for a drafted token.
        """
        assert self.draft_model is not None and self.draft_pool is not None
        reqs = list(self.running)
        n = len(reqs)
        lengths = self.pool.lengths[:n]
        room = self.pool.max_len - max(lengths) - 1  # positions left after the pending token
        k = min(self.num_speculative_tokens, room)
        if k < 1:
            self._decode()
            return
        settings = [r.settings for r in reqs]
        pending = torch.tensor([[r.pending] for r in reqs], device=self.device)  # (n, 1)
        drafts = []
        x = pending
        for j in range(k + 1):
            # The (k+1)-th call only writes the last draft token into the draft cache, so
            # the draft stays in step with the target whatever the number accepted.
            d_logits = self.decode_logits(True, x[:, 0], n)  # (n, V)
            if j < k:
                x = greedy_with_bias(d_logits.unsqueeze(1), settings)  # (n, 1)
                drafts.append(x)
        proposal = torch.cat(drafts, dim=1)  # (n, k)
        seq = torch.cat([pending, proposal], dim=1)  # (n, k+1)
        logits, _ = self.model(seq, kv_cache=self.pool.rows(0, n))  # (n, k+1, V)
        target = greedy_with_bias(logits, settings)  # (n, k+1)
        match = (proposal == target[:, :k]).int()
        accepted = match.cumprod(dim=1).sum(dim=1).tolist()  # (n,) leading matches
        want_lp = any(s.logprobs is not None for s in settings)
        lp = torch.log_softmax(logits.float(), dim=-1) if want_lp else None  # (n, k+1, V)
        tgt_list = target.tolist()
        self.spec_proposed += n * k
        self.spec_accepted += sum(accepted)
        for i in range(n):
            keep = lengths[i] + accepted[i] + 1  # accepted drafts + the target's own token
            self.pool.rewind(i, keep)
            self.draft_pool.rewind(i, keep)
        for i, req in enumerate(reqs):
            for t in range(accepted[i] + 1):
                if req.done:
                    break
                tok = tgt_list[i][t]
                tok_lp, top = None, None
                k_lp = req.settings.logprobs
                if lp is not None and k_lp is not None:
                    row = lp[i, t]
                    tok_lp = float(row[tok])
                    top = []
                    if k_lp:
                        v, ids = torch.topk(row, k_lp)
                        top = list(zip(ids.tolist(), v.tolist()))
                self._emit_token(req, tok, tok_lp, top)
            if not req.done and self.pool.lengths[req.slot] >= self.pool.max_len:
                self._finish(req, "length")
