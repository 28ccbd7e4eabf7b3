"""API keys: ``Authorization: Bearer KEY`` checked against every configured key.

Keys are compared as SHA-256 digests with ``hmac.compare_digest``, and every configured key
is compared on every request, so neither the time taken nor an early exit tells an attacker
how much of a guess was right or which key it was close to.
"""

from __future__ import annotations

import hashlib
import hmac


def _digest(key: str) -> bytes:
    return hashlib.sha256(key.encode("utf-8", "surrogatepass")).digest()


class KeyChecker:
    """Which configured API key (if any) an ``Authorization`` header carries."""

    def __init__(self, keys: list[str]) -> None:
        self._keys = [(k, _digest(k)) for k in keys]

    @property
    def enabled(self) -> bool:
        return bool(self._keys)

    def match(self, authorization: str | None) -> str | None:
        """The key named by a ``Bearer KEY`` header, or None when absent or not a valid key."""
        token = bearer_token(authorization)
        if token is None:
            return None
        given = _digest(token)
        found = None
        for key, digest in self._keys:
            # No early return: the loop's length does not depend on which key matched.
            if hmac.compare_digest(given, digest):
                found = key
        return found


def bearer_token(authorization: str | None) -> str | None:
    """``"Bearer abc"`` -> ``"abc"``; anything else (missing, another scheme) -> None."""
    if not authorization:
        return None
    scheme, _, token = authorization.strip().partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        return None
    return token.strip()
