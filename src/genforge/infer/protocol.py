"""What the engine, its callers and the servers share: request settings, events, errors.

A leaf module (it imports nothing else of ``genforge.infer``), so the engine, the step loop
(``scheduler``), the sampler and ``serve/`` all depend on it and never on each other for
these names:

* :class:`SamplingParams` — per-request sampling settings, validated by ``validate``;
* :class:`TokenEvent` / :class:`FinishEvent` — what a request's handle yields;
* :class:`EngineError` — ``kind`` is ``invalid_request`` | ``overloaded`` |
  ``context_length`` | ``shutdown``;
* :class:`EngineMetrics` — the observability hooks the step loop calls.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from genforge.errors import GenforgeError
from genforge.inputs import InputError, check_sampling, check_seed

MAX_LOGPROBS = 20
ERROR_KINDS = ("invalid_request", "overloaded", "context_length", "shutdown")

# A per-request hook on the next token's scores: called with the request's token ids so far
# (prompt + generated) and its float32 logits (V,) after bias and penalties, before
# temperature and filters; returns the logits to sample from (it may edit them in place).
# Constrained decoding masks tokens a grammar forbids; a watermark adds to a keyed green
# list. A processor must be deterministic in (ids, logits) — a request's samples still
# depend only on its seed — and cheap: it runs once per generated token of its request.
LogitsProcessor = Callable[[Sequence[int], Any], Any]


class EngineError(GenforgeError):
    """A request the engine refuses. ``kind`` maps to an HTTP status in the server:
    ``invalid_request`` and ``context_length`` -> 400, ``overloaded`` and ``shutdown`` -> 503.
    """

    def __init__(self, kind: str, message: str) -> None:
        if kind not in ERROR_KINDS:
            raise ValueError(f"unknown EngineError kind {kind!r}")
        super().__init__(message)
        self.kind = kind
        self.message = message


@dataclass
class SamplingParams:
    """How one request is sampled and when it stops. Defaults follow OpenAI's API."""

    max_tokens: int = 256  # new tokens at most (>= 1); capped by the free context
    temperature: float = 1.0  # 0 = greedy
    top_k: int | None = None  # keep the k likeliest tokens (ties at the k-th kept)
    top_p: float | None = None  # nucleus: smallest set of top tokens reaching mass p
    min_p: float | None = None  # drop tokens whose probability < min_p * max probability
    repetition_penalty: float = 1.0  # CTRL-style on prompt+output tokens, > 0 (1 = off)
    presence_penalty: float = 0.0  # OpenAI semantics on output tokens, -2..2
    frequency_penalty: float = 0.0  # OpenAI semantics on output tokens, -2..2
    logit_bias: dict[int, float] | None = None  # token id -> bias in -100..100
    seed: int | None = None  # same seed -> same output, alone or in a batch
    stop: list[str] = field(default_factory=list)  # stop strings (not included in output)
    stop_token_ids: list[int] = field(default_factory=list)  # plus eos/end unless ignore_eos
    ignore_eos: bool = False
    logprobs: int | None = None  # None = off; k in 0..20: chosen token + k alternatives
    # Applied in order; see LogitsProcessor. Not part of the HTTP API (library callers and
    # server features such as tool calls set them).
    logits_processors: list[LogitsProcessor] = field(default_factory=list)

    def validate(self, vocab_size: int) -> None:
        """Raise ``EngineError(kind="invalid_request")`` naming the first bad field."""

        def bad(msg: str) -> EngineError:
            return EngineError("invalid_request", msg)

        def is_int(v: Any) -> bool:
            return isinstance(v, int) and not isinstance(v, bool)

        def is_num(v: Any) -> bool:
            return isinstance(v, int | float) and not isinstance(v, bool) and v == v

        if not is_int(self.max_tokens) or self.max_tokens < 1:
            raise bad(f"max_tokens must be an integer >= 1, got {self.max_tokens!r}")
        try:  # the float ranges and int64 seeds every door shares (genforge.inputs)
            check_sampling(
                temperature=self.temperature,
                top_p=self.top_p,
                repetition_penalty=self.repetition_penalty,
            )
            check_seed(self.seed)
        except InputError as e:
            raise bad(str(e)) from None
        if self.top_k is not None and (not is_int(self.top_k) or self.top_k < 1):
            raise bad(f"top_k must be an integer >= 1 or null, got {self.top_k!r}")
        if self.min_p is not None and (not is_num(self.min_p) or not 0.0 <= self.min_p <= 1.0):
            raise bad(f"min_p must be in [0, 1] or null, got {self.min_p!r}")
        for name in ("presence_penalty", "frequency_penalty"):
            value = getattr(self, name)
            if not is_num(value) or not -2.0 <= value <= 2.0:
                raise bad(f"{name} must be a number in [-2, 2], got {value!r}")
        if self.logit_bias is not None:
            if not isinstance(self.logit_bias, dict):
                raise bad("logit_bias must be a map of token id -> bias")
            for tok, bias in self.logit_bias.items():
                if not is_int(tok) or not 0 <= tok < vocab_size:
                    raise bad(
                        f"logit_bias token id {tok!r} is outside the vocabulary "
                        f"(0..{vocab_size - 1})"
                    )
                if not is_num(bias) or not -100.0 <= bias <= 100.0:
                    raise bad(f"logit_bias for token {tok} must be in [-100, 100], got {bias!r}")
        if not isinstance(self.stop, list | tuple) or not all(
            isinstance(s, str) for s in self.stop
        ):
            raise bad("stop must be a list of strings")
        if any(s == "" for s in self.stop):
            raise bad("stop strings must not be empty")
        if not isinstance(self.stop_token_ids, list | tuple):
            raise bad("stop_token_ids must be a list of token ids")
        for tok in self.stop_token_ids:
            if not is_int(tok) or not 0 <= tok < vocab_size:
                raise bad(
                    f"stop_token_ids entry {tok!r} is outside the vocabulary (0..{vocab_size - 1})"
                )
        if not isinstance(self.logits_processors, list | tuple) or not all(
            callable(f) for f in self.logits_processors
        ):
            raise bad("logits_processors must be a list of callables (ids, logits) -> logits")
        if self.logprobs is not None and (
            not is_int(self.logprobs) or not 0 <= self.logprobs <= MAX_LOGPROBS
        ):
            raise bad(
                f"logprobs must be an integer in 0..{MAX_LOGPROBS} or null, got {self.logprobs!r}"
            )


@dataclass
class TokenEvent:
    """One generated token and the text it completes.

    ``text`` may be "" while a multi-byte character is incomplete or while text that could
    start a stop string is held back; concatenating every ``text`` of a request gives
    exactly ``FinishEvent.text``. ``logprob`` is the model's own log-probability of the
    token (softmax of the raw logits at temperature 1), when logprobs were requested.
    """

    token_id: int
    text: str
    logprob: float | None = None
    top_logprobs: list[tuple[int, str, float]] | None = None  # (id, text, logprob), best first


@dataclass
class FinishEvent:
    """The last event of a request. ``reason``: stop | length | cancelled | error."""

    reason: str
    prompt_tokens: int
    completion_tokens: int
    text: str  # the whole completion (stop string excluded)
    error: str | None = None


class EngineMetrics(Protocol):
    """Observability hooks, called from the scheduler thread (seconds as floats)."""

    def on_first_token(self, request_id: str, seconds: float) -> None: ...
    def on_token(self, request_id: str, inter_token_seconds: float) -> None: ...
    def on_finish(
        self,
        request_id: str,
        e2e_seconds: float,
        prompt_tokens: int,
        completion_tokens: int,
        reason: str,
    ) -> None: ...


def check_prompt(prompt_ids: Any, vocab_size: int, context: int) -> list[int]:
    """The prompt as a list of ints, or EngineError: ``invalid_request`` (not a list, empty,
    an id outside the vocabulary) or ``context_length`` (longer than ``context``)."""
    if not isinstance(prompt_ids, list | tuple):
        raise EngineError("invalid_request", "the prompt must be a list of token ids")
    if not prompt_ids:
        raise EngineError(
            "invalid_request", "the prompt is empty: give at least one token (e.g. the BOS token)"
        )
    prompt = []
    for t in prompt_ids:
        if isinstance(t, bool) or not isinstance(t, int) or not 0 <= t < vocab_size:
            raise EngineError(
                "invalid_request",
                f"prompt token id {t!r} is outside the model's vocabulary (0..{vocab_size - 1}); "
                "was it encoded with this model's tokenizer?",
            )
        prompt.append(int(t))
    if len(prompt) > context:
        raise EngineError(
            "context_length",
            f"the prompt has {len(prompt)} tokens, which exceeds the model's context of "
            f"{context}; shorten the prompt",
        )
    return prompt
