"""Per-client rate limits: requests and tokens per minute over a sliding 60 s window.

Token budgets are charged up front with what a request may use (prompt + n * max_tokens),
so a burst of long requests cannot overshoot the budget, then settled to what it really
used when it finishes. A request over its budget gets the seconds until enough of the
window has expired, for the ``Retry-After`` header.
"""

from __future__ import annotations

import math
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field

WINDOW_S = 60.0


@dataclass
class _Window:
    requests: deque[float] = field(default_factory=deque)
    tokens: deque[list[float]] = field(default_factory=deque)  # [time, tokens] (settled later)
    token_sum: float = 0.0

    def expire(self, now: float) -> None:
        cutoff = now - WINDOW_S
        while self.requests and self.requests[0] <= cutoff:
            self.requests.popleft()
        while self.tokens and self.tokens[0][0] <= cutoff:
            self.token_sum -= self.tokens.popleft()[1]

    def empty(self) -> bool:
        return not self.requests and not self.tokens


class RateLimited(Exception):
    """Over a limit; ``retry_after`` is whole seconds until a retry can succeed."""

    def __init__(self, what: str, limit: int, retry_after: int) -> None:
        super().__init__(f"rate limit of {limit} {what} per minute reached")
        self.what = what
        self.limit = limit
        self.retry_after = retry_after


class TokenReservation:
    """Tokens charged to a window; ``settle(actual)`` replaces the estimate with the use."""

    def __init__(self, limiter: RateLimiter, entry: list[float] | None, window: _Window | None):
        self._limiter = limiter
        self._entry = entry
        self._window = window

    def settle(self, actual: int) -> None:
        if self._entry is None or self._window is None:
            return
        with self._limiter._lock:
            # An entry that already left the window no longer counts; nothing to correct.
            if self._entry in self._window.tokens:
                self._window.token_sum += actual - self._entry[1]
                self._entry[1] = float(actual)
        self._entry = None


class RateLimiter:
    """Sliding-window limits keyed by client identity (API key or address)."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._lock = threading.Lock()
        self._windows: dict[str, _Window] = {}
        self._last_sweep = clock()

    def _window(self, identity: str, now: float) -> _Window:
        # Forget idle clients now and then so memory tracks active clients, not all ever seen.
        if now - self._last_sweep > WINDOW_S:
            for ident in [i for i, w in self._windows.items() if (w.expire(now), w.empty())[1]]:
                del self._windows[ident]
            self._last_sweep = now
        w = self._windows.setdefault(identity, _Window())
        w.expire(now)
        return w

    def hit(self, identity: str, rpm: int | None) -> None:
        """Count one request; raise RateLimited when ``rpm`` are already in the window."""
        self._count(identity, rpm, record=True)

    def check(self, identity: str, rpm: int | None) -> None:
        """Raise RateLimited when ``rpm`` are already in the window, counting nothing."""
        self._count(identity, rpm, record=False)

    def _count(self, identity: str, rpm: int | None, *, record: bool) -> None:
        if rpm is None:
            return
        with self._lock:
            now = self._clock()
            w = self._window(identity, now)
            if len(w.requests) >= rpm:
                wait = w.requests[len(w.requests) - rpm] + WINDOW_S - now
                raise RateLimited("requests", rpm, max(1, math.ceil(wait)))
            if record:
                w.requests.append(now)

    def reserve(self, identity: str, tokens: int, tpm: int | None) -> TokenReservation:
        """Charge ``tokens``; raise RateLimited when they do not fit the ``tpm`` budget now."""
        if tpm is None:
            return TokenReservation(self, None, None)
        with self._lock:
            now = self._clock()
            w = self._window(identity, now)
            if tokens > tpm:
                raise RateLimited("tokens", tpm, int(WINDOW_S))
            if w.token_sum + tokens > tpm:
                # Wait until the oldest charges that must expire for this one to fit have.
                need = w.token_sum + tokens - tpm
                freed, wait = 0.0, WINDOW_S
                for t, n in w.tokens:
                    freed += n
                    if freed >= need:
                        wait = t + WINDOW_S - now
                        break
                raise RateLimited("tokens", tpm, max(1, math.ceil(wait)))
            entry = [now, float(tokens)]
            w.tokens.append(entry)
            w.token_sum += tokens
            return TokenReservation(self, entry, w)

    def tracked_clients(self) -> int:
        return len(self._windows)
