"""Run the app under uvicorn: in the foreground (``genforge serve``) or in a thread (tests,
benchmarks), with a drain on SIGTERM/SIGINT before the process exits."""

from __future__ import annotations

import asyncio
import logging
import os
import signal
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from types import FrameType
from typing import Any

import h11
import torch
import uvicorn
from fastapi import FastAPI
from uvicorn.protocols.http.h11_impl import H11Protocol

from genforge.errors import GenforgeError
from genforge.infer.engine import Engine
from genforge.infer.engine_process import ProcessEngine
from genforge.serve.app import begin_drain, create_app
from genforge.serve.metrics import ServeMetrics
from genforge.serve.policy import ServePolicy
from genforge.serve.settings import ServeSettings

log = logging.getLogger("genforge.serve")

# uvicorn's own wait for open connections outlasts the engine's drain by this much, so
# streams the engine cancels still get their closing event out before sockets close.
_SOCKET_GRACE_S = 5.0


def use_serving_threads(threads: int | None, device: torch.device) -> int:
    """Set torch's CPU threads for serving and return the count: ``threads`` when given;
    otherwise, on a CPU, one fewer than torch's count (at least 1), elsewhere as it is.

    Why one fewer: the HTTP event loop (SSE chunks, JSON) needs a core of its own while
    the engine thread decodes. With every core in the engine's thread pool, each step's
    barriers wait on a thread the event loop (or another process) has preempted; on a
    loaded 2-core machine one engine thread measured up to 8x faster than two
    (docs/inference.md, "The CPU per-token path")."""
    if threads is not None:
        if not isinstance(threads, int) or threads < 1:
            raise GenforgeError(f"threads must be an integer >= 1, got {threads!r}")
        torch.set_num_threads(threads)
    elif device.type == "cpu":
        torch.set_num_threads(max(1, torch.get_num_threads() - 1))
    return torch.get_num_threads()


def build_engine(
    model_dir: str | os.PathLike,
    settings: ServeSettings,
    *,
    metrics: ServeMetrics | None = None,
    draft_model_dir: str | os.PathLike | None = None,
    device: str = "auto",
    engine_process: bool = False,
    **engine_kw: Any,
) -> Engine | ProcessEngine:
    """An engine over ``model_dir`` sized by ``settings`` (batch, queue), feeding ``metrics``;
    with ``engine_process`` it runs in a child process (:class:`ProcessEngine`, with this
    process's torch thread count), out of the HTTP event loop's GIL."""
    kw: dict[str, Any] = dict(
        max_batch_size=settings.max_batch_size,
        max_queue=settings.max_queue,
        kv_memory_bytes=None if settings.kv_memory_mb is None else settings.kv_memory_mb << 20,
        device=device,
        metrics=metrics,
        **engine_kw,
    )
    if settings.model_name:
        kw["model_name"] = settings.model_name
    if draft_model_dir is not None:
        kw["draft_model"] = str(draft_model_dir)  # loaded where the engine runs
    if engine_process:
        return ProcessEngine(model_dir, **kw)
    return Engine.from_model_dir(model_dir, **kw)


class GuardedH11Protocol(H11Protocol):
    """uvicorn's h11 protocol plus a deadline for the request line and headers.

    h11 caps what it buffers before the headers end (``h11_max_incomplete_event_size``; a
    larger header gets 400 and a closed socket), unlike httptools, which buffers without
    limit and stalls the event loop on a 100 MB header. uvicorn times out idle keep-alive
    connections but not a client that sends its headers one byte at a time; this closes a
    connection whose headers are not complete ``header_timeout`` seconds after its first
    byte (or after it opened).
    """

    header_timeout: float = 10.0

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        self._header_timer: asyncio.TimerHandle | None = None
        super().connection_made(transport)
        self._arm_header_timer()

    def data_received(self, data: bytes) -> None:
        if self._awaiting_headers():
            self._arm_header_timer()
        super().data_received(data)
        if not self._awaiting_headers():
            self._cancel_header_timer()

    def connection_lost(self, exc: Exception | None) -> None:
        self._cancel_header_timer()
        super().connection_lost(exc)

    def _awaiting_headers(self) -> bool:
        return self.conn.their_state is h11.IDLE

    def _arm_header_timer(self) -> None:
        if self._header_timer is None:
            self._header_timer = self.loop.call_later(self.header_timeout, self._header_expired)

    def _cancel_header_timer(self) -> None:
        if self._header_timer is not None:
            self._header_timer.cancel()
            self._header_timer = None

    def _header_expired(self) -> None:
        self._header_timer = None
        # Armed only on a new connection or on bytes of a new request (an idle keep-alive
        # connection is the keep-alive timer's), so expiring here means headers too slow.
        if self._awaiting_headers() and not self.transport.is_closing():
            log.info("closed a connection: no complete headers in %ss", self.header_timeout)
            self.transport.close()


class _DrainingServer(uvicorn.Server):
    """uvicorn.Server that starts the engine drain as soon as an exit is asked for."""

    def __init__(self, config: uvicorn.Config, app: FastAPI) -> None:
        super().__init__(config)
        self._app = app

    def handle_exit(self, sig: int, frame: FrameType | None) -> None:
        # Not recorded in _captured_signals: uvicorn would re-raise the signal after its
        # shutdown and the process would die by SIGTERM instead of exiting 0 after a drain.
        if self.should_exit and sig == signal.SIGINT:
            self.force_exit = True
            return
        begin_drain(self._app)
        self.should_exit = True

    def request_exit(self) -> None:
        begin_drain(self._app)
        self.should_exit = True


def _config(app: FastAPI, settings: ServeSettings, log_level: str) -> uvicorn.Config:
    protocol = type(
        "GuardedH11", (GuardedH11Protocol,), {"header_timeout": settings.header_timeout}
    )
    return uvicorn.Config(
        app,
        host=settings.host,
        port=settings.port,
        http=protocol,
        h11_max_incomplete_event_size=settings.max_header_bytes,
        log_level=log_level,
        access_log=log_level in ("debug", "info"),
        timeout_graceful_shutdown=int(settings.shutdown_timeout + _SOCKET_GRACE_S),
        lifespan="on",
    )


def run_server(
    engine: Engine,
    settings: ServeSettings,
    *,
    metrics: ServeMetrics | None = None,
    policy: ServePolicy | None = None,
    log_level: str = "info",
    on_app: Callable[[FastAPI], Any] | None = None,
) -> None:
    """Serve in the foreground until SIGINT/SIGTERM, then drain and return; ``policy`` is
    shared with a gRPC server over the same engine, if there is one; ``on_app(app)`` runs
    before serving (e.g. to start a model watcher, serve/hotswap.py)."""
    app = create_app(engine, settings, metrics=metrics, policy=policy)
    if on_app is not None:
        on_app(app)
    server = _DrainingServer(_config(app, settings, log_level), app)
    try:
        server.run()
    except SystemExit:  # uvicorn exits the process when it cannot bind; we report instead
        pass
    if not server.started:
        raise GenforgeError(
            f"the server could not start on {settings.host}:{settings.port} (is the port in "
            "use?); choose another with --port"
        )


@dataclass
class RunningServer:
    """A server running in a background thread of this process."""

    base_url: str
    app: FastAPI
    engine: Engine
    metrics: ServeMetrics
    settings: ServeSettings
    api_key: str | None
    _server: _DrainingServer
    _thread: threading.Thread

    def stop(self, timeout: float | None = None) -> None:
        """Drain (in-flight requests finish or are cancelled) and stop; wait for the thread."""
        self._server.request_exit()
        self._thread.join(timeout if timeout is not None else self.settings.shutdown_timeout + 30)

    def __enter__(self) -> RunningServer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


def start_server_thread(
    engine: Engine,
    settings: ServeSettings,
    *,
    metrics: ServeMetrics | None = None,
    policy: ServePolicy | None = None,
    log_level: str = "warning",
    startup_timeout: float = 60.0,
) -> RunningServer:
    """Start uvicorn in a daemon thread (port 0 picks a free port); return once it answers."""
    metrics = metrics or ServeMetrics()
    app = create_app(engine, settings, metrics=metrics, policy=policy)
    server = _DrainingServer(_config(app, settings, log_level), app)
    thread = threading.Thread(target=server.run, name="genforge-uvicorn", daemon=True)
    thread.start()
    deadline = time.monotonic() + startup_timeout
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            server.should_exit = True
            raise GenforgeError(f"the test server did not start on {settings.host}:{settings.port}")
        time.sleep(0.02)
    port = server.servers[0].sockets[0].getsockname()[1]
    return RunningServer(
        base_url=f"http://{settings.host}:{port}",
        app=app,
        engine=engine,
        metrics=metrics,
        settings=settings,
        api_key=settings.api_keys[0] if settings.api_keys else None,
        _server=server,
        _thread=thread,
    )
