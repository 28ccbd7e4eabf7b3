"""Opt-in drift monitoring of served traffic (``genforge serve --monitor``).

A sampled share of finished requests is queued (never blocking a route: a full queue drops
the sample and counts it) to a worker thread that computes the request's features
(:mod:`genforge.eval.drift`: lengths, latency, finish reason, token sketch, and the
embedding sketch from the serving engine's own hidden states), appends them to a JSONL log
(no text unless ``store_text``) and, every ``every`` samples (the profile's, 10), scores the
last ``window`` samples against the model's drift profile. Scores, thresholds, whether the
last window was over a threshold and the alarm (persistent: the profile's k of the last m
scored windows over) are Prometheus gauges on the server's ``/metrics``.
"""

from __future__ import annotations

import json
import logging
import queue
import random
import threading
import time
from collections import deque
from pathlib import Path
from typing import Any

from prometheus_client import CollectorRegistry, Counter, Gauge

from genforge.eval.drift import STATS, Features, Profile, embedding_sketch, projection, token_sketch

log = logging.getLogger("genforge.serve")


class DriftMonitor:
    """See the module docstring. ``observe`` is called from routes; the rest runs in the
    monitor's own thread."""

    def __init__(
        self,
        profile: Profile,
        registry: CollectorRegistry,
        *,
        sample_rate: float = 1.0,
        window: int | None = None,
        every: int | None = None,
        log_path: str | Path | None = None,
        store_text: bool = False,
        seed: int = 0,
    ) -> None:
        if not 0 < sample_rate <= 1:
            raise ValueError(f"sample_rate must be in (0, 1], got {sample_rate}")
        self.profile = profile
        self.sample_rate = sample_rate
        self.window: deque[Features] = deque(maxlen=window or profile.window)
        self.every = max(1, every or profile.every)
        self.log_path = Path(log_path) if log_path else None
        self.store_text = store_text
        self.latest: dict[str, float] = {}
        self.alarm = False
        self._over: deque[bool] = deque(maxlen=profile.persist[1])
        self._proj = projection(profile.n_embd, seed=profile.proj_seed)
        self._rng = random.Random(seed)
        self._queue: queue.Queue[tuple[Any, ...] | None] = queue.Queue(maxsize=1024)
        self._seen = 0
        self.score = Gauge(
            "genforge_drift_score",
            "Drift statistic of the last window.",
            ["stat"],
            registry=registry,
        )
        self.threshold = Gauge(
            "genforge_drift_threshold",
            "Alarm threshold of each statistic.",
            ["stat"],
            registry=registry,
        )
        self.over_gauge = Gauge(
            "genforge_drift_over_threshold",
            "1 when a statistic of the last window is over its threshold.",
            registry=registry,
        )
        self.alarm_gauge = Gauge(
            "genforge_drift_alarm",
            "1 when enough recent windows were over a threshold (the profile's k of m).",
            registry=registry,
        )
        self.window_size = Gauge(
            "genforge_drift_window_requests", "Sampled requests in the window.", registry=registry
        )
        self.sampled = Counter(
            "genforge_monitor_sampled", "Requests sampled for drift monitoring.", registry=registry
        )
        self.dropped = Counter(
            "genforge_monitor_dropped",
            "Samples dropped (the monitor was behind).",
            registry=registry,
        )
        for s in STATS:
            self.threshold.labels(stat=s).set(profile.thresholds[s])
        self._thread = threading.Thread(target=self._run, name="genforge-monitor", daemon=True)
        self._thread.start()

    # ---- from the routes

    def observe(
        self, engine: Any, prompt: list[int], output_tokens: int, latency_s: float, reason: str
    ) -> None:
        """Queue one finished request (sampled with ``sample_rate``)."""
        if self._rng.random() >= self.sample_rate:
            return
        try:
            self._queue.put_nowait((engine, prompt, output_tokens, latency_s, reason, time.time()))
        except queue.Full:
            self.dropped.inc()

    def close(self, timeout: float = 10.0) -> None:
        self._queue.put(None)
        self._thread.join(timeout)

    def flush(self, timeout: float = 30.0) -> None:
        """Wait until every queued sample is processed (tests, reports)."""
        deadline = time.monotonic() + timeout
        while self._queue.unfinished_tasks and time.monotonic() < deadline:
            time.sleep(0.01)

    # ---- the worker

    def _run(self) -> None:
        while True:
            item = self._queue.get()
            try:
                if item is None:
                    return
                self._process(*item)
            except Exception as e:  # monitoring must never take the server down
                log.warning("drift monitor: %s", e)
            finally:
                self._queue.task_done()

    def _process(self, engine, prompt, output_tokens, latency_s, reason, at) -> None:
        ids = prompt[-(engine.context_length - 1) :]
        emb = embedding_sketch(engine.embed([ids]), self._proj)[0]
        f = Features(
            prompt_tokens=len(prompt),
            token_buckets=token_sketch(prompt),
            embedding=[round(float(v), 5) for v in emb],
            output_tokens=output_tokens,
            latency_s=round(latency_s, 4),
            finish_reason=reason,
            time=round(at, 3),
            text=engine.tokenizer.decode(prompt) if self.store_text else None,
        )
        self.window.append(f)
        self.sampled.inc()
        self._seen += 1
        self.window_size.set(len(self.window))
        if self.log_path is not None:
            with open(self.log_path, "a", encoding="utf-8") as fh:
                fh.write(json.dumps(f.to_json()) + "\n")
        # Scored only on a full window: the thresholds were calibrated for that size.
        if len(self.window) == self.window.maxlen and self._seen % self.every == 0:
            self.latest = self.profile.scores(list(self.window))
            for s, v in self.latest.items():
                self.score.labels(stat=s).set(v)
            self._over.append(bool(self.profile.over(self.latest)))
            self.over_gauge.set(1.0 if self._over[-1] else 0.0)
            self.alarm = self.profile.alarm(list(self._over))
            self.alarm_gauge.set(1.0 if self.alarm else 0.0)
