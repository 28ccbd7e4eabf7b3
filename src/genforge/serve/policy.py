"""One policy object that guards every door to the engine: HTTP, gRPC, and any later one.

Each transport turns its request into the same calls, in the same order, so a limit set for
one is a limit for all: ``authenticate`` (API key, with failed attempts throttled per client
address), ``admit`` (requests per minute), the request checks (choices, inputs, max_tokens,
sampling ranges, seed) and ``reserve`` (tokens per minute). Failures are ``APIError``\\ s
with an HTTP status; gRPC maps the status to its own codes (``grpc_status``).
"""

from __future__ import annotations

from typing import Any

from genforge.inputs import InputError, check_count, check_sampling, check_seed
from genforge.serve.api_errors import APIError
from genforge.serve.auth import KeyChecker
from genforge.serve.limits import RateLimited, RateLimiter, TokenReservation
from genforge.serve.settings import ServeSettings

# OpenAI's temperature range; the engine itself accepts up to 100 (for research use).
API_MAX_TEMPERATURE = 2.0


def input_error_to_api(e: InputError) -> APIError:
    """A shared input check's error as a 400 naming the field."""
    return APIError(400, str(e), param=e.field, code="invalid_value")


class ServePolicy:
    """Auth, rate limits and request caps from ``settings``, shared by every transport."""

    def __init__(self, settings: ServeSettings, limiter: RateLimiter | None = None) -> None:
        self.settings = settings
        self.limiter = limiter or RateLimiter()
        self.keys = KeyChecker(settings.api_keys)
        # Failed logins per client address, kept apart from the request windows.
        self._auth_failures = RateLimiter()

    # ---- who is calling

    def authenticate(self, address: str, authorization: str | None) -> tuple[str | None, str]:
        """(api_key, identity) of a caller; 401 on a bad key, 429 after too many bad keys.

        ``identity`` keys the rate limits: the API key when auth is on, else the address.
        """
        if not self.keys.enabled:
            return None, f"addr:{address}"
        cap = self.settings.max_auth_failures
        try:
            self._auth_failures.check(address, cap)
        except RateLimited as e:
            raise APIError(
                429,
                f"too many failed API key attempts from this address ({cap} per minute); "
                f"retry after {e.retry_after} s",
                code="rate_limit_exceeded",
                headers={"Retry-After": str(e.retry_after)},
            ) from None
        key = self.keys.match(authorization)
        if key is None:
            try:
                self._auth_failures.hit(address, cap)
            except RateLimited:
                pass  # this attempt is refused anyway; the next one gets the 429
            raise APIError(
                401,
                "missing API key: send the header 'Authorization: Bearer YOUR_KEY'"
                if not authorization
                else "incorrect API key provided; send 'Authorization: Bearer YOUR_KEY' with a key "
                "you were given",
                code="invalid_api_key",
            )
        return key, f"key:{key}"

    def admit(self, identity: str, api_key: str | None) -> None:
        """Count one request against the caller's requests-per-minute budget (429 when over)."""
        rpm, _ = self.settings.limits_for(api_key)
        try:
            self.limiter.hit(identity, rpm)
        except RateLimited as e:
            raise _rate_limited(e, "") from None

    def reserve(self, identity: str, api_key: str | None, tokens: int) -> TokenReservation:
        """Charge ``tokens`` to the caller's tokens-per-minute budget (429 when over)."""
        _, tpm = self.settings.limits_for(api_key)
        try:
            return self.limiter.reserve(identity, tokens, tpm)
        except RateLimited as e:
            raise _rate_limited(e, f": this request needs up to {tokens} tokens") from None

    # ---- what is asked for

    def check_choices(self, prompts: int, n: int | None, *, param: str = "prompt") -> int:
        """n (default 1) after checking prompts and prompts x n against the caps."""
        n = 1 if n is None else n
        s = self.settings
        if n > s.max_n:
            raise APIError(
                400,
                f"n must be at most {s.max_n} on this server, got {n} (the operator sets --max-n)",
                param="n",
                code="invalid_value",
            )
        try:
            check_count(prompts, s.max_prompts, param, "prompts", "--max-prompts")
            # Every prompt x choice is one engine request: together they must fit max_n.
            check_count(prompts * n, s.max_n, param, "prompts x n choices", "--max-n")
        except InputError as e:
            raise input_error_to_api(e) from None
        return n

    def check_inputs(self, count: int, param: str = "input") -> None:
        """Embedding inputs per request."""
        try:
            cap = self.settings.max_embed_inputs
            check_count(count, cap, param, "inputs", "--max-embed-inputs")
        except InputError as e:
            raise input_error_to_api(e) from None

    def max_tokens(
        self, requested: int | None, prompt_len: int, context_length: int, default: int | None
    ) -> int:
        """The max_tokens a request gets: checked against the cap and the free context."""
        cap = self.settings.max_tokens_cap
        free = context_length - prompt_len
        if requested is None:
            return max(1, min(cap, free, default if default is not None else cap))
        if requested < 1:
            raise APIError(
                400,
                f"max_tokens must be at least 1, got {requested}",
                param="max_tokens",
                code="invalid_value",
            )
        if requested > cap:
            raise APIError(
                400,
                f"max_tokens is too large: {requested}; this server allows at most {cap} "
                "(the operator sets --max-tokens-cap)",
                param="max_tokens",
                code="invalid_value",
            )
        if prompt_len + requested > context_length:
            raise APIError(
                400,
                f"this model's maximum context length is {context_length} tokens, but "
                f"you requested {prompt_len + requested} tokens ({prompt_len} in the prompt, "
                f"{requested} for the completion); shorten the prompt or lower max_tokens",
                param="max_tokens",
                code="context_length_exceeded",
            )
        return requested

    def check_sampling(self, params: Any, n: int = 1) -> None:
        """Temperature within the API's range, the float ranges, and seed + n - 1 in int64."""
        try:
            check_sampling(
                temperature=params.temperature,
                top_p=params.top_p,
                repetition_penalty=params.repetition_penalty,
                max_temperature=API_MAX_TEMPERATURE,
            )
            check_seed(params.seed, n)
        except InputError as e:
            raise input_error_to_api(e) from None


def _rate_limited(e: RateLimited, detail: str) -> APIError:
    return APIError(
        429,
        f"{e}{detail}; retry after {e.retry_after} s",
        code="rate_limit_exceeded",
        headers={"Retry-After": str(e.retry_after)},
    )
