"""`genforge serve`: an OpenAI-compatible HTTP API (and optional gRPC) over a model dir."""

from __future__ import annotations

import argparse
import dataclasses
import os
import sys
from typing import Any

from genforge.errors import GenforgeError


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "serve",
        help="serve a model over an OpenAI-compatible HTTP API and a chat page",
        description="Load the model dir --model into the batching engine and serve it until "
        "Ctrl-C/SIGTERM: POST /v1/chat/completions, /v1/completions, /v1/embeddings, GET "
        "/v1/models, /tokenize, /detokenize, /health, /ready, /metrics (Prometheus), the chat "
        "page at / and the OpenAPI schema at /openapi.json. Reads the model dir; writes "
        "nothing. Defaults: 127.0.0.1:8000, no API keys (keys from --api-key or the "
        "GENFORGE_API_KEYS env var, comma-separated, turn auth on), no rate limits, 16 "
        "requests decoded together, 256 queued (more get 503), 1 MiB bodies (more get 413), "
        "max_tokens up to 4096. On shutdown in-flight requests get --shutdown-timeout "
        "seconds to finish, then are cancelled. See docs/serve.md.",
    )
    p.add_argument(
        "--model",
        required=True,
        help="model dir written by `genforge pretrain`, or registry:NAME@ALIAS (followed: "
        "when the alias moves the server swaps models without dropping requests)",
    )
    _add_ops_flags(p)
    _add_image_flags(p)
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (127.0.0.1)")
    p.add_argument("--port", type=int, default=8000, help="HTTP port (8000)")
    p.add_argument(
        "--api-key",
        action="append",
        default=[],
        metavar="KEY",
        help="accept this bearer key (repeat for several; adds to GENFORGE_API_KEYS)",
    )
    p.add_argument(
        "--key-limit",
        action="append",
        default=[],
        metavar="KEY=RPM:TPM",
        help="per-key override of --rpm/--tpm (leave a side empty for no limit), e.g. k1=600:",
    )
    p.add_argument("--rpm", type=int, default=None, help="requests per minute per key (none)")
    p.add_argument("--tpm", type=int, default=None, help="tokens per minute per key (none)")
    p.add_argument("--max-batch-size", type=int, default=16, help="requests decoded together (16)")
    p.add_argument("--max-queue", type=int, default=256, help="queued requests before 503 (256)")
    p.add_argument(
        "--kv-memory-mb",
        type=int,
        default=None,
        help="KV cache memory (half the free GPU memory, a quarter of the RAM on CPU); a "
        "context that does not fit for every batch slot is shortened to what fits",
    )
    p.add_argument(
        "--max-request-bytes",
        type=int,
        default=None,
        help="largest body, else 413 (1 MiB; for a vision-language model, room for one image "
        "of --max-image-bytes as base64 too)",
    )
    p.add_argument("--max-tokens-cap", type=int, default=4096, help="largest max_tokens (4096)")
    p.add_argument(
        "--max-prompt-tokens", type=int, default=None, help="longest prompt (model context)"
    )
    p.add_argument("--max-n", type=int, default=16, help="choices per request, prompts x n (16)")
    p.add_argument(
        "--max-prompts", type=int, default=16, help="prompts per completions request (16)"
    )
    p.add_argument(
        "--max-embed-inputs", type=int, default=256, help="texts per embeddings request (256)"
    )
    p.add_argument(
        "--max-auth-failures",
        type=int,
        default=20,
        help="failed API key attempts per client address per minute before 429 (20)",
    )
    p.add_argument(
        "--max-header-bytes", type=int, default=16 << 10, help="request line + headers (16 KiB)"
    )
    p.add_argument(
        "--header-timeout", type=float, default=10.0, help="seconds to send the headers (10)"
    )
    p.add_argument("--body-timeout", type=float, default=30.0, help="seconds to send the body (30)")
    p.add_argument(
        "--request-timeout", type=float, default=600.0, help="seconds one generation may run (600)"
    )
    p.add_argument(
        "--stream-interval",
        type=int,
        default=1,
        help="tokens per write of a streamed answer (1); the first token and the end go out "
        "at once. Fewer writes for the event loop: with --in-process, 4 served 16 streams "
        "on a 2-core CPU 5-11%% faster, in bursts of 4 tokens",
    )
    p.add_argument(
        "--docs",
        action="store_true",
        help="serve Swagger UI at /docs (loads its scripts from a CDN; off by default)",
    )
    p.add_argument(
        "--cors-origin",
        action="append",
        default=[],
        metavar="ORIGIN",
        help="allow a browser origin",
    )
    p.add_argument("--grpc-port", type=int, default=None, help="also serve gRPC on this port")
    p.add_argument("--draft-model", default=None, help="small model dir for speculative decoding")
    p.add_argument("--model-name", default=None, help="the id clients send as 'model'")
    p.add_argument(
        "--rag-index",
        default=None,
        help="RAG index dir (genforge rag index): adds POST /v1/rag/query and grounded chat "
        "('rag': {...} in a chat request; the answer carries its sources)",
    )
    p.add_argument("--device", default="auto", help="auto|cpu|cuda|mps (auto)")
    p.add_argument(
        "--dtype",
        default="auto",
        choices=["auto", "float32", "bfloat16", "float16"],
        help="weights and KV cache: auto = bfloat16 on CUDA (float16 on GPUs without bf16), "
        "the model's own dtype elsewhere (a CPU keeps float32: same greedy output as "
        "training; docs/inference.md) (auto)",
    )
    p.add_argument(
        "--threads",
        type=int,
        default=None,
        help="torch CPU threads for the engine (default on a CPU: one fewer than torch's "
        "count, at least 1, leaving a core to the HTTP event loop)",
    )
    p.add_argument(
        "--in-process",
        action="store_true",
        help="run the engine in the server's process (default on Linux/macOS: a child "
        "process, out of the HTTP event loop's GIL: 16 CPU streams ~25%% faster)",
    )
    _add_compile_flags(p)
    p.add_argument(
        "--shutdown-timeout", type=float, default=30.0, help="seconds to drain on exit (30)"
    )
    p.add_argument("--log-level", default="info", help="uvicorn log level (info)")
    _add_safety_flags(p)
    p.set_defaults(func=run)


def _add_image_flags(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--max-image-bytes",
        type=int,
        default=4 << 20,
        help="largest image in a chat request to a vision-language model, decoded (4 MiB)",
    )
    p.add_argument(
        "--max-image-pixels",
        type=int,
        default=4096 * 4096,
        help="most pixels (width x height) of such an image (4096 x 4096)",
    )


def _add_compile_flags(p: argparse.ArgumentParser) -> None:
    """The decode-step compile: when, or not at all (docs/serve.md, docs/mlops.md)."""
    p.add_argument(
        "--compile-decode",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="torch.compile the single-stream decode step (about 1.2x faster lone streams), "
        "in the background while the first requests decode eagerly; --no-compile-decode to skip",
    )
    p.add_argument(
        "--compile-before-ready",
        action="store_true",
        help="compile before /ready turns 200 instead (a longer start, no eager phase)",
    )


def _add_ops_flags(p: argparse.ArgumentParser) -> None:
    """Registry following and drift monitoring (docs/mlops.md)."""
    p.add_argument("--registry", default=None, help="registry folder for registry:NAME@ALIAS")
    p.add_argument(
        "--watch-interval", type=float, default=5.0, help="seconds between alias checks (5)"
    )
    p.add_argument(
        "--monitor",
        action="store_true",
        help="drift monitoring: score sampled requests against the model dir's "
        "drift_profile.json (`genforge monitor profile`), as Prometheus gauges",
    )
    p.add_argument("--monitor-sample", type=float, default=1.0, help="share sampled (1.0)")
    p.add_argument("--monitor-log", default=None, help="append sampled features (JSONL) here")
    p.add_argument(
        "--monitor-store-text", action="store_true", help="also log prompt text (off: no text)"
    )


def _add_safety_flags(p: argparse.ArgumentParser) -> None:
    """Watermark, injection guard and PII filter (docs/safety.md)."""
    p.add_argument(
        "--watermark-key",
        default=None,
        help="secret key of the generation watermark (default: $GENFORGE_WATERMARK_KEY); "
        'requests then may ask for it with "watermark": true (docs/safety.md)',
    )
    p.add_argument("--watermark", action="store_true", help="watermark every generation")
    p.add_argument(
        "--guard",
        choices=["off", "flag", "strip", "refuse"],
        default="off",
        help="prompt-injection guard on untrusted (tool) messages: flag, strip or refuse (off)",
    )
    p.add_argument(
        "--pii-filter",
        action="store_true",
        help="replace PII and secrets in non-streamed answers with <EMAIL>, <API_KEY>, ...",
    )
    p.add_argument("--guard-dir", default=None, help="guard dir (default: the cached default)")
    p.add_argument(
        "--guard-threshold", type=float, default=None, help="flag at p >= this (the guard's own)"
    )
    p.add_argument("--watermark-gamma", type=float, default=0.25, help="green share (0.25)")
    p.add_argument("--watermark-delta", type=float, default=2.0, help="green logit bias (2.0)")


def parse_key_limits(items: list[str]) -> dict[str, tuple[int | None, int | None]]:
    """``["KEY=RPM:TPM", ...]`` -> ``{KEY: (rpm, tpm)}``; an empty side means no limit."""
    out: dict[str, tuple[int | None, int | None]] = {}
    for item in items:
        key, sep, rest = item.rpartition("=")
        rpm_s, colon, tpm_s = rest.partition(":")
        if not sep or not key or not colon:
            raise GenforgeError(
                f"--key-limit {item!r} must look like KEY=RPM:TPM, e.g. k1=60:20000"
            )
        try:
            out[key] = (int(rpm_s) if rpm_s else None, int(tpm_s) if tpm_s else None)
        except ValueError:
            raise GenforgeError(f"--key-limit {item!r}: RPM and TPM must be integers") from None
    return out


def run(args: argparse.Namespace) -> int:
    from genforge.safety.watermark import key_from
    from genforge.serve.settings import ServeSettings, keys_from_env

    keys = list(dict.fromkeys([*keys_from_env(), *args.api_key]))
    settings = ServeSettings(
        host=args.host,
        port=args.port,
        api_keys=keys,
        rpm=args.rpm,
        tpm=args.tpm,
        key_limits=parse_key_limits(args.key_limit),
        max_request_bytes=_body_limit(args),
        max_image_bytes=args.max_image_bytes,
        max_image_pixels=args.max_image_pixels,
        max_tokens_cap=args.max_tokens_cap,
        max_prompt_tokens=args.max_prompt_tokens,
        max_n=args.max_n,
        max_prompts=args.max_prompts,
        max_embed_inputs=args.max_embed_inputs,
        max_auth_failures=args.max_auth_failures,
        max_header_bytes=args.max_header_bytes,
        header_timeout=args.header_timeout,
        body_timeout=args.body_timeout,
        request_timeout=args.request_timeout,
        stream_interval=args.stream_interval,
        docs=args.docs,
        max_queue=args.max_queue,
        max_batch_size=args.max_batch_size,
        kv_memory_mb=args.kv_memory_mb,
        cors_origins=args.cors_origin,
        grpc_port=args.grpc_port,
        shutdown_timeout=args.shutdown_timeout,
        model_name=args.model_name,
        watermark_key=key_from(args.watermark_key),
        watermark_all=args.watermark,
        watermark_gamma=args.watermark_gamma,
        watermark_delta=args.watermark_delta,
        guard=args.guard,
        guard_dir=args.guard_dir,
        guard_threshold=args.guard_threshold,
        pii_filter=args.pii_filter,
        rag_index=args.rag_index,
    ).validate()
    return serve_model(
        args.model,
        settings,
        draft_model_dir=args.draft_model,
        device=args.device,
        dtype=args.dtype,
        compile_decode=(
            ("background" if not args.compile_before_ready else True)
            if args.compile_decode
            else False
        ),
        log_level=args.log_level,
        threads=args.threads,
        registry=args.registry,
        watch_interval=args.watch_interval,
        monitor=_monitor_options(args),
        # The engine process is handed its socket with pass_fds, which only POSIX has.
        engine_process=not args.in_process and os.name == "posix",
    )


def _body_limit(args: argparse.Namespace) -> int:
    """--max-request-bytes, or its default: 1 MiB, raised for a vision-language model dir
    to fit one image of --max-image-bytes (base64: 4 characters per 3 bytes) plus 64 KiB
    of conversation."""
    if args.max_request_bytes is not None:
        return args.max_request_bytes
    from genforge.modeldir import is_vlm_dir

    if is_vlm_dir(args.model):
        return max(1 << 20, -(-args.max_image_bytes // 3) * 4 + (64 << 10))
    return 1 << 20


def _monitor_options(args: argparse.Namespace) -> dict[str, Any] | None:
    if not args.monitor:
        return None
    return {
        "sample_rate": args.monitor_sample,
        "log_path": args.monitor_log,
        "store_text": args.monitor_store_text,
    }


def serve_model(
    model_dir: str,
    settings,
    *,
    draft_model_dir: str | None = None,
    device: str = "auto",
    dtype: str = "auto",
    compile_decode: bool | str = "background",
    log_level: str = "info",
    threads: int | None = None,
    registry: str | None = None,
    watch_interval: float = 5.0,
    monitor: dict[str, Any] | None = None,
    engine_process: bool = True,
) -> int:
    """Serve ``model_dir`` with ``settings`` (a validated ServeSettings) until Ctrl-C/SIGTERM;
    ``registry:NAME@ALIAS`` is resolved in ``registry`` and followed as the alias moves.
    ``threads``: torch CPU threads (None: :func:`~genforge.serve.server.use_serving_threads`);
    ``engine_process``: the engine runs in a child process (``--in-process``: False)."""
    from genforge.nn.device import resolve_device
    from genforge.serve.metrics import ServeMetrics
    from genforge.serve.policy import ServePolicy
    from genforge.serve.server import build_engine, run_server, use_serving_threads

    follower = on_app = None
    if model_dir.startswith("registry:"):
        follower, model_dir, settings = _from_registry(model_dir, registry, settings)
    metrics = ServeMetrics()
    policy = ServePolicy(settings)  # one set of limits for HTTP and gRPC

    def load(path) -> Any:
        return build_engine(
            path,
            settings,
            metrics=metrics,
            draft_model_dir=draft_model_dir,
            device=device,
            dtype=dtype,
            compile_decode=compile_decode,
            engine_process=engine_process,
        )

    use_serving_threads(threads, resolve_device(device))  # before the engine process starts
    engine = load(model_dir)
    if follower is not None:
        on_app = _follow(follower, load, watch_interval)
    if monitor is not None:
        on_app = _with_monitor(on_app, model_dir, metrics, monitor)
    engine.start()
    base = f"http://{settings.host}:{settings.port}"
    auth = ' -H "Authorization: Bearer $KEY"' if settings.api_keys else ""
    print(
        f"serving {engine.model_name!r} at {base}/v1 (chat page: {base}/)\n"
        f"  curl {base}/v1/chat/completions{auth} -H 'Content-Type: application/json' "
        f'-d \'{{"model": "{engine.model_name}", "messages": '
        f'[{{"role": "user", "content": "Hello"}}]}}\'',
        file=sys.stderr,
        flush=True,
    )
    grpc_server = None
    if settings.grpc_port is not None:
        from genforge.serve.grpc_server import start_grpc_server

        grpc_server = start_grpc_server(
            engine, settings.grpc_port, host=settings.host, policy=policy
        )
        print(f"  gRPC on {settings.host}:{grpc_server.port}", file=sys.stderr, flush=True)
    try:
        run_server(
            engine, settings, metrics=metrics, policy=policy, log_level=log_level, on_app=on_app
        )
    finally:
        if grpc_server is not None and callable(getattr(grpc_server, "stop", None)):
            grpc_server.stop(5)
        engine.shutdown(drain=False, timeout=5)
    return 0


def _from_registry(ref: str, registry: str | None, settings: Any) -> tuple[Any, str, Any]:
    """The follower of ``registry:NAME@ALIAS``, the verified folder of the version it names
    now, and ``settings`` with the model served as NAME (unchanged across swaps)."""
    from genforge.ops.registry import AliasFollower, Registry

    follower = AliasFollower(ref, Registry(registry))
    follower.current = follower.key()
    path = str(follower.path(follower.current))
    print(f"registry: {follower.ref} is {follower.current}", file=sys.stderr, flush=True)
    return (
        follower,
        path,
        dataclasses.replace(settings, model_name=settings.model_name or follower.name),
    )


def _follow(follower: Any, load: Any, interval: float) -> Any:
    """``on_app``: tag responses with the version and start the watcher that swaps models."""
    from genforge.serve.hotswap import ModelSwapper, ModelWatcher

    def on_app(app: Any) -> None:
        app.state.ctx.fingerprint = follower.current
        watcher = ModelWatcher(
            ModelSwapper(app),
            follower.key,
            lambda key: load(follower.path(key)),
            current=follower.current,
            interval=interval,
        )
        app.state.model_watcher = watcher.start()

    return on_app


def _with_monitor(on_app: Any, model_dir: str, metrics: Any, options: dict[str, Any]) -> Any:
    """``on_app`` that also attaches a drift monitor with the model dir's profile."""
    from genforge.eval.drift import Profile
    from genforge.serve.monitor import DriftMonitor

    profile = Profile.load(model_dir)  # before serving: a missing profile is a clear error
    if not 0 < options["sample_rate"] <= 1:
        raise GenforgeError(f"--monitor-sample must be in (0, 1], got {options['sample_rate']}")

    def attach(app: Any) -> None:
        if on_app is not None:
            on_app(app)
        app.state.ctx.monitor = DriftMonitor(profile, metrics.registry, **options)

    return attach
