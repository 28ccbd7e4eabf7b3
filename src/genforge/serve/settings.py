"""Server settings: one dataclass, filled by ``genforge serve`` flags or by code.

Every limit has a default that is safe for a laptop; ``None`` means "no limit" where it is
allowed. ``validate`` turns a bad value into a GenforgeError naming the field.
"""

from __future__ import annotations

import math
import os
from dataclasses import dataclass, field

from genforge.errors import GenforgeError

API_KEYS_ENV = "GENFORGE_API_KEYS"


@dataclass
class ServeSettings:
    """How the HTTP server listens, authenticates and limits requests."""

    host: str = "127.0.0.1"
    port: int = 8000
    # No keys = no authentication (loopback use). Several keys may be valid at once.
    api_keys: list[str] = field(default_factory=list)
    # Per API key (or per client address when auth is off), over a sliding 60 s window.
    rpm: int | None = None  # requests per minute
    tpm: int | None = None  # tokens per minute: prompt + completion tokens
    # Overrides of (rpm, tpm) for single keys, e.g. a batch job's key with a higher budget.
    key_limits: dict[str, tuple[int | None, int | None]] = field(default_factory=dict)
    max_request_bytes: int = 1 << 20  # larger bodies get 413
    max_tokens_cap: int = 4096  # a request's max_tokens above this gets 400
    max_prompt_tokens: int | None = None  # None: the model's context is the only limit
    max_n: int = 16  # choices per request (prompts x n for a list of prompts)
    max_prompts: int = 16  # prompts in one completions request
    max_embed_inputs: int = 256  # texts in one embeddings request (HTTP and gRPC)
    max_auth_failures: int = 20  # failed API key attempts per client address per minute
    max_header_bytes: int = 16 << 10  # request line + headers, else 400 and the socket closes
    header_timeout: float = 10.0  # seconds a client gets to send its request line + headers
    body_timeout: float = 30.0  # seconds a client gets to send its whole body, else 408
    request_timeout: float = 600.0  # seconds one generation request may run, else cut short
    # A streamed answer's tokens leave in writes of this many (the first token and the end
    # at once): fewer writes through the HTTP stack for the event loop, whose Python
    # competes with the engine for the GIL; each token is still its own SSE event.
    stream_interval: int = 1
    docs: bool = False  # serve Swagger UI at /docs (its assets come from a CDN)
    max_queue: int = 256  # engine requests waiting for a batch slot; more gets 503
    max_batch_size: int = 16  # engine requests decoded together
    # KV cache memory; None: half a GPU's free memory, a quarter of the RAM on a CPU. When it
    # cannot hold block_size positions per request, the served context is what it holds.
    kv_memory_mb: int | None = None
    cors_origins: list[str] = field(default_factory=list)  # e.g. ["*"] or ["http://x:3000"]
    grpc_port: int | None = None
    shutdown_timeout: float = 30.0  # seconds in-flight streams get to finish on shutdown
    model_name: str | None = None  # the id clients pass as "model"; None: the engine's name
    rag_index: str | None = None  # an index dir: adds /v1/rag/query and grounded chat
    static_dir: str | None = None  # None: the chat page shipped in genforge/serve/static
    # Green-list watermark (safety/watermark.py): with a key, requests may ask for it
    # ("watermark": true); watermark_all puts it on every generation.
    watermark_key: str | None = None
    watermark_all: bool = False
    watermark_gamma: float = 0.25
    watermark_delta: float = 2.0
    # Prompt-injection guard (safety/policy.py) on untrusted messages (guard_roles):
    # off | flag (decision in the response) | strip (flagged content removed) | refuse (400).
    guard: str = "off"
    guard_dir: str | None = None  # None: the default guard (trained once, cached)
    guard_threshold: float | None = None  # None: the guard's own
    guard_roles: list[str] = field(default_factory=lambda: ["tool"])
    pii_filter: bool = False  # redact PII/secrets in non-streamed answers (data/pii.py)
    # Images sent to a vision-language model (serve/images.py): decoded bytes and pixels.
    # The body limit (max_request_bytes) must hold the base64 text too: 4/3 of the bytes.
    max_image_bytes: int = 4 << 20
    max_image_pixels: int = 4096 * 4096

    def validate(self) -> ServeSettings:
        """Raise GenforgeError naming the first bad field; return self."""

        def need(ok: bool, msg: str) -> None:
            if not ok:
                raise GenforgeError(msg)

        need(0 <= self.port <= 65535, f"port must be 0..65535, got {self.port}")
        for name in ("rpm", "tpm", "max_prompt_tokens", "kv_memory_mb"):
            v = getattr(self, name)
            need(v is None or v >= 1, f"{name} must be >= 1 (or unset for no limit), got {v}")
        for name in (
            "max_request_bytes",
            "max_tokens_cap",
            "max_n",
            "max_batch_size",
            "max_prompts",
            "max_embed_inputs",
            "max_auth_failures",
            "max_header_bytes",
            "max_image_bytes",
            "max_image_pixels",
            "stream_interval",
        ):
            v = getattr(self, name)
            need(v >= 1, f"{name} must be >= 1, got {v}")
        for name in ("header_timeout", "body_timeout", "request_timeout"):
            v = getattr(self, name)
            need(v > 0 and math.isfinite(v), f"{name} must be > 0 seconds, got {v}")
        need(self.max_queue >= 0, f"max_queue must be >= 0, got {self.max_queue}")
        need(self.shutdown_timeout >= 0, "shutdown_timeout must be >= 0 seconds")
        need(
            self.grpc_port is None or 0 <= self.grpc_port <= 65535,
            f"grpc_port must be 0..65535, got {self.grpc_port}",
        )
        need(
            not self.watermark_all or bool(self.watermark_key),
            "watermark_all needs a watermark key (--watermark-key or GENFORGE_WATERMARK_KEY)",
        )
        need(
            self.guard in ("off", "flag", "strip", "refuse"),
            f"guard must be off, flag, strip or refuse, got {self.guard!r}",
        )
        need(
            self.guard_threshold is None or 0.0 < self.guard_threshold < 1.0,
            f"guard_threshold must be in (0, 1), got {self.guard_threshold}",
        )
        if self.watermark_key:
            from genforge.safety.watermark import WatermarkConfig

            WatermarkConfig(
                self.watermark_key, self.watermark_gamma, self.watermark_delta
            ).validate()
        for key in self.api_keys:
            need(bool(key) and key == key.strip(), "API keys must be non-empty, without spaces")
        for key, (rpm, tpm) in self.key_limits.items():
            need(key in self.api_keys, "key_limits names a key that is not in api_keys")
            need(rpm is None or rpm >= 1, f"key_limits rpm must be >= 1, got {rpm}")
            need(tpm is None or tpm >= 1, f"key_limits tpm must be >= 1, got {tpm}")
        return self

    def limits_for(self, key: str | None) -> tuple[int | None, int | None]:
        """(rpm, tpm) that apply to ``key`` (None: an unauthenticated client)."""
        if key is not None and key in self.key_limits:
            return self.key_limits[key]
        return self.rpm, self.tpm


def keys_from_env(environ: dict[str, str] | None = None) -> list[str]:
    """API keys from ``GENFORGE_API_KEYS`` (comma-separated; blanks dropped)."""
    raw = (environ if environ is not None else os.environ).get(API_KEYS_ENV, "")
    return [k.strip() for k in raw.split(",") if k.strip()]
