"""The FastAPI app: ``create_app(engine, settings)`` wires routes, the gate and metrics.

The engine's scheduler runs in its own thread (``engine.start``); routes only submit
requests and await their events, so the event loop never waits on a forward pass. Shutdown
drains: in-flight requests get ``settings.shutdown_timeout`` seconds to finish, then the
engine cancels the rest and their streams end with an error event.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.middleware.cors import CORSMiddleware
from fastapi.openapi.utils import get_openapi
from fastapi.responses import FileResponse
from fastapi.staticfiles import StaticFiles

from genforge import __version__
from genforge.infer.engine import Engine
from genforge.serve.api_errors import APIError, error_response, install_error_handlers
from genforge.serve.metrics import ServeMetrics
from genforge.serve.middleware import PROTECTED_PREFIXES, GateMiddleware
from genforge.serve.policy import ServePolicy
from genforge.serve.routes_chat import router as chat_router
from genforge.serve.routes_completions import router as completions_router
from genforge.serve.routes_misc import router as misc_router
from genforge.serve.routes_rag import RagService
from genforge.serve.routes_rag import router as rag_router
from genforge.serve.routes_safety import router as safety_router
from genforge.serve.serving import ServingContext
from genforge.serve.settings import ServeSettings

STATIC_DIR = Path(__file__).parent / "static"

DESCRIPTION = (
    "OpenAI-compatible API for a genforge model: chat and text completions (streamed as "
    "server-sent events with `stream: true`), embeddings, tokenization, health, readiness "
    "and Prometheus metrics. Authenticate with `Authorization: Bearer KEY` when the server "
    "was started with API keys."
)


def create_app(
    engine: Engine,
    settings: ServeSettings | None = None,
    *,
    metrics: ServeMetrics | None = None,
    policy: ServePolicy | None = None,
    manage_engine: bool = True,
) -> FastAPI:
    """The HTTP app over ``engine``.

    ``metrics`` should be the object the engine was built with (``Engine(metrics=...)``) so
    the latency histograms are fed; a fresh one still exports the engine's gauges. Pass the
    ``policy`` a gRPC server over the same engine uses, so both doors share one set of
    limits. With ``manage_engine`` the app starts the engine on startup and drains it on
    shutdown.
    """
    settings = (settings or ServeSettings()).validate()
    metrics = metrics or ServeMetrics()
    metrics.watch_engine(engine.stats)
    policy = policy or ServePolicy(settings)
    ctx = ServingContext(engine, settings, policy, metrics)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        if manage_engine:
            await asyncio.to_thread(engine.start)
        app.state.ctx.ready = True
        app.state.ctx.engine.compile_in_background()  # if asked for: after ready, not before
        try:
            yield
        finally:
            # app.state.ctx, not ctx: a hot swap (serve/hotswap.py) may have replaced it.
            app.state.ctx.ready = False
            app.state.ctx.draining = True
            if manage_engine:
                await asyncio.to_thread(drain_engine, app.state.ctx)

    app = FastAPI(
        title="genforge",
        version=__version__,
        description=DESCRIPTION,
        lifespan=lifespan,
        # Swagger UI and ReDoc load their scripts from a CDN, on the origin of the chat page
        # that keeps the API key in localStorage: off unless the operator asks (--docs).
        docs_url="/docs" if settings.docs else None,
        redoc_url=None,
    )
    # A redirect to the trailing-slash path is built from the client's Host header, so a
    # forged Host would send the client elsewhere; unknown paths get a 404 instead.
    app.router.redirect_slashes = False
    app.state.ctx = ctx
    app.state.started_at = int(time.time())
    install_error_handlers(app)
    app.include_router(chat_router, tags=["openai"])
    app.include_router(completions_router, tags=["openai"])
    app.include_router(misc_router)
    app.include_router(safety_router, tags=["safety"])
    app.include_router(rag_router, tags=["rag"])
    app.state.rag = RagService(settings.rag_index) if settings.rag_index else None
    _add_chat_page(app, Path(settings.static_dir) if settings.static_dir else STATIC_DIR)
    app.add_middleware(
        GateMiddleware,
        settings=settings,
        policy=policy,
        metrics=metrics,
    )
    if settings.cors_origins:
        # Added last, so it runs first: preflight requests get answered before the gate.
        app.add_middleware(
            CORSMiddleware,
            allow_origins=settings.cors_origins,
            allow_methods=["GET", "POST", "OPTIONS"],
            allow_headers=["Authorization", "Content-Type"],
            expose_headers=["Retry-After"],
        )
    app.openapi = lambda: _openapi(app, secured=bool(settings.api_keys))  # type: ignore[method-assign]
    return app


_drain_lock = threading.Lock()


def drain_engine(ctx: ServingContext) -> None:
    """Stop taking requests; let in-flight ones finish for ``shutdown_timeout`` seconds, then
    cancel the rest. Safe to call more than once (later calls wait for the first)."""
    ctx.draining = True
    ctx.ready = False
    with _drain_lock:
        if getattr(ctx, "_drained", False):
            return
        ctx.engine.shutdown(drain=True, timeout=ctx.settings.shutdown_timeout)
        ctx._drained = True  # type: ignore[attr-defined]


def begin_drain(app: FastAPI) -> threading.Thread:
    """Start draining in a background thread (for a signal handler); returns the thread."""
    ctx: ServingContext = app.state.ctx
    ctx.draining = True
    ctx.ready = False
    t = threading.Thread(target=drain_engine, args=(ctx,), name="genforge-drain", daemon=True)
    t.start()
    return t


def _add_chat_page(app: FastAPI, static_dir: Path) -> None:
    index = static_dir / "index.html"

    @app.get("/", include_in_schema=False)
    async def chat_page(_: Request) -> Any:
        if not index.is_file():
            return error_response(
                APIError(
                    404,
                    f"the chat page is not installed ({index} is missing); the API is at /v1",
                    code="not_found",
                )
            )
        return FileResponse(index, media_type="text/html")

    # Mounted only when present: StaticFiles answers 500 for a missing folder, the router 404.
    if static_dir.is_dir():
        app.mount("/static", StaticFiles(directory=static_dir), name="static")


def _openapi(app: FastAPI, *, secured: bool) -> dict[str, Any]:
    if app.openapi_schema:
        return app.openapi_schema
    schema = get_openapi(
        title=app.title, version=app.version, description=app.description, routes=app.routes
    )
    schema.setdefault("components", {})["securitySchemes"] = {
        "bearerAuth": {"type": "http", "scheme": "bearer", "description": "an API key"}
    }
    if secured:
        for path, ops in schema.get("paths", {}).items():
            if path.startswith(PROTECTED_PREFIXES):
                for op in ops.values():
                    op["security"] = [{"bearerAuth": []}]
    app.openapi_schema = schema
    return schema
