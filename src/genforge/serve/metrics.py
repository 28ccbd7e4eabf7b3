"""Prometheus metrics: latency histograms fed by the engine, gauges read from it at scrape.

The engine calls ``on_first_token`` / ``on_token`` / ``on_finish`` from its scheduler thread
(prometheus_client is thread-safe); running/waiting requests and KV-cache usage are read
from ``engine.stats()`` when ``/metrics`` is scraped, so they are never stale. Each app gets
its own registry, so several servers in one process (tests, benchmarks) do not collide.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from prometheus_client import CollectorRegistry, Counter, Histogram, generate_latest
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily
from prometheus_client.registry import Collector

PREFIX = "genforge"

# Buckets in seconds: token latencies on a CPU run from ~1 ms to seconds under load.
_TTFT_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60)
_ITL_BUCKETS = (0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5)
_E2E_BUCKETS = (0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300)


class _EngineStatsCollector(Collector):
    """Gauges from ``stats()`` at scrape time."""

    def __init__(self, stats: Callable[[], dict[str, Any]]) -> None:
        self._stats = stats

    def collect(self) -> Iterator[Any]:
        try:
            s = self._stats()
        except Exception:  # a scrape must not fail because the engine is shutting down
            return
        gauges = {
            "num_requests_running": (
                "Requests admitted and not yet finished (a prompt being prefilled included).",
                "running",
            ),
            "num_requests_waiting": ("Requests queued for a batch slot.", "waiting"),
            "kv_cache_usage_ratio": ("Fraction of the KV-cache budget in use (0..1).", "kv_usage"),
            "kv_cache_used_tokens": ("KV-cache positions in use.", "kv_used_tokens"),
            "kv_cache_capacity_tokens": ("KV-cache budget in positions.", "kv_capacity_tokens"),
            "max_batch_size": ("Most requests decoded together.", "max_batch_size"),
            "prefix_cache_hit_rate": (
                "Fraction of prompts that found a cached prefix (0..1).",
                "prefix_cache_hit_rate",
            ),
            "prefix_cache_tokens": ("Prompt-prefix tokens cached.", "prefix_cache_tokens"),
            "decode_weight_copy_bytes": (
                "Bytes of the CPU decode step's row-major weight copies (0: none).",
                "decode_weight_copy_bytes",
            ),
        }
        for name, (doc, key) in gauges.items():
            if key in s:
                yield GaugeMetricFamily(f"{PREFIX}_{name}", doc, value=float(s[key]))
        counters = {
            "engine_steps": ("Scheduler steps run.", "steps"),
            "prefill_calls": (
                "Model calls that prefilled prompts (a burst prefilled as one batch is one).",
                "prefill_calls",
            ),
            "prefix_cache_hits": ("Prompts that found a cached prefix.", "prefix_cache_hits"),
            "prefix_cache_queries": (
                "Prompts looked up in the prefix cache.",
                "prefix_cache_queries",
            ),
            "prefix_cache_tokens_saved": (
                "Prompt tokens copied from the prefix cache instead of computed.",
                "prefix_cache_tokens_saved",
            ),
        }
        for name, (doc, key) in counters.items():
            if key in s:
                yield CounterMetricFamily(f"{PREFIX}_{name}", doc, value=float(s[key]))


class ServeMetrics:
    """The server's Prometheus metrics; pass it to ``Engine(metrics=...)`` for the hooks."""

    def __init__(self, registry: CollectorRegistry | None = None) -> None:
        self.registry = registry or CollectorRegistry(auto_describe=True)
        r = self.registry
        self.ttft = Histogram(
            f"{PREFIX}_time_to_first_token_seconds",
            "Seconds from a request's submission to its first generated token.",
            buckets=_TTFT_BUCKETS,
            registry=r,
        )
        self.itl = Histogram(
            f"{PREFIX}_inter_token_latency_seconds",
            "Seconds between consecutive generated tokens of one request.",
            buckets=_ITL_BUCKETS,
            registry=r,
        )
        self.e2e = Histogram(
            f"{PREFIX}_e2e_request_latency_seconds",
            "Seconds from a request's submission to its last token.",
            buckets=_E2E_BUCKETS,
            registry=r,
        )
        self.guard_decisions = Counter(
            f"{PREFIX}_guard_decisions",
            "Requests whose untrusted content the injection guard scored, by decision.",
            ["decision"],
            registry=r,
        )
        self.generation_tokens = Counter(
            f"{PREFIX}_generation_tokens", "Tokens generated.", registry=r
        )
        self.prompt_tokens = Counter(
            f"{PREFIX}_prompt_tokens", "Prompt tokens processed.", registry=r
        )
        self.finished = Counter(
            f"{PREFIX}_request_finished",
            "Engine requests finished, by reason (stop, length, cancelled, error).",
            ["reason"],
            registry=r,
        )
        self.http_requests = Counter(
            f"{PREFIX}_http_requests",
            "HTTP requests answered, by route and status code.",
            ["route", "status"],
            registry=r,
        )
        self._stats_collector: _EngineStatsCollector | None = None

    def watch_engine(self, stats: Callable[[], dict[str, Any]]) -> None:
        """Export the gauges of ``stats()`` (an engine's) at every scrape."""
        if self._stats_collector is not None:
            self.registry.unregister(self._stats_collector)
        self._stats_collector = _EngineStatsCollector(stats)
        self.registry.register(self._stats_collector)

    # ---- engine hooks (called from the scheduler thread)

    def on_first_token(self, request_id: str, seconds: float) -> None:
        self.ttft.observe(seconds)

    def on_token(self, request_id: str, inter_token_seconds: float) -> None:
        self.itl.observe(inter_token_seconds)

    def on_finish(
        self,
        request_id: str,
        e2e_seconds: float,
        prompt_tokens: int,
        completion_tokens: int,
        reason: str,
    ) -> None:
        self.e2e.observe(e2e_seconds)
        self.prompt_tokens.inc(prompt_tokens)
        self.generation_tokens.inc(completion_tokens)
        self.finished.labels(reason=reason).inc()

    # ---- exposition

    def render(self) -> bytes:
        """The registry in Prometheus text format."""
        return generate_latest(self.registry)
