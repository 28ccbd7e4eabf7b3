"""Swap the served model while the server runs, without dropping a request.

Every route reads ``request.app.state.ctx`` once and keeps that :class:`ServingContext` (engine,
tokenizer, context length) for the whole request. A swap builds and starts the new engine
first, then replaces ``app.state.ctx`` in one assignment: requests that arrive afterwards go
to the new model; requests already holding the old context (streams mid-answer included)
finish on the old engine, which is shut down only once it has had no work for ``grace_s``
seconds (so a request that took the old context just before the swap still reaches it).

:class:`ModelWatcher` polls a cheap key (``poll() -> key``, e.g. the version a registry
alias names) and, when it changes, swaps to ``load(key)``; a source that fails (a corrupted
artifact, a model that does not load) is logged and the current model keeps serving.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable

from fastapi import FastAPI

from genforge.infer.engine import Engine
from genforge.serve.serving import ServingContext

log = logging.getLogger("genforge.serve")


class ModelSwapper:
    """Replaces the engine behind ``app`` (see the module docstring)."""

    def __init__(self, app: FastAPI, *, grace_s: float = 2.0, drain_timeout: float = 600.0):
        self.app = app
        self.grace_s = grace_s
        self.drain_timeout = drain_timeout
        self.swaps = 0
        self._lock = threading.Lock()
        self.retiring: list[threading.Thread] = []

    def swap(self, engine: Engine, *, fingerprint: str | None = None) -> None:
        """Serve ``engine`` from now on; the old engine finishes its requests, then stops."""
        with self._lock:
            old: ServingContext = self.app.state.ctx
            if old.draining:
                engine.shutdown(drain=False)
                raise RuntimeError("the server is shutting down; not swapping models")
            engine.start()
            new = ServingContext(engine, old.settings, old.policy, old.metrics)
            new.fingerprint = fingerprint
            new.monitor = old.monitor
            new.ready = old.ready
            old.metrics.watch_engine(engine.stats)
            self.app.state.ctx = new  # the swap: one reference assignment
            self.swaps += 1
            t = threading.Thread(
                target=self._retire, args=(old.engine,), name="genforge-retire", daemon=True
            )
            t.start()
            self.retiring = [r for r in self.retiring if r.is_alive()] + [t]
        engine.compile_in_background()  # if asked for; the new model decodes eagerly meanwhile
        log.info("now serving %s (swap %d)", fingerprint or engine.model_name, self.swaps)

    def _retire(self, engine: Engine) -> None:
        idle_since = None
        while True:
            s = engine.stats()
            if s["running"] or s["waiting"]:
                idle_since = None
            elif idle_since is None:
                idle_since = time.monotonic()
            elif time.monotonic() - idle_since >= self.grace_s:
                break
            time.sleep(0.05)
        engine.shutdown(drain=True, timeout=self.drain_timeout)

    def wait_retired(self, timeout: float | None = None) -> None:
        for t in list(self.retiring):
            t.join(timeout)


class ModelWatcher:
    """Polls ``poll() -> key`` every ``interval`` seconds and swaps to the engine
    ``load(key)`` builds when the key changes."""

    def __init__(
        self,
        swapper: ModelSwapper,
        poll: Callable[[], str],
        load: Callable[[str], Engine],
        *,
        current: str,
        interval: float = 5.0,
    ) -> None:
        self.swapper = swapper
        self.poll = poll
        self.load = load
        self.current = current
        self.interval = interval
        self.last_error: str | None = None
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="genforge-watch", daemon=True)

    def start(self) -> ModelWatcher:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=self.interval + 30)

    def check(self) -> bool:
        """One poll; swap if the source moved. Returns whether it swapped."""
        key = self.poll()
        if key == self.current:
            return False
        log.info("%s -> %s: loading it", self.current, key)
        self.swapper.swap(self.load(key), fingerprint=key)
        self.current = key
        return True

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            try:
                self.check()
                self.last_error = None
            except Exception as e:  # keep serving the model we have; say why once
                if str(e) != self.last_error:
                    log.error("model watch: keeping %s: %s", self.current, e)
                self.last_error = str(e)
