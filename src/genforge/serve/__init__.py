"""The OpenAI-compatible HTTP server over the inference engine (``genforge serve``).

``create_app(engine, settings)`` builds the FastAPI app; ``start_server_thread`` and
``run_server`` run it under uvicorn. See docs/serve.md for the endpoints.
"""

from genforge.serve.app import create_app
from genforge.serve.metrics import ServeMetrics
from genforge.serve.server import RunningServer, build_engine, run_server, start_server_thread
from genforge.serve.settings import ServeSettings

__all__ = [
    "RunningServer",
    "ServeMetrics",
    "ServeSettings",
    "build_engine",
    "create_app",
    "run_server",
    "start_server_thread",
]
