"""The engine in a process of its own: :class:`ProcessEngine`, for servers.

Why a process. In one process the engine thread shares the GIL with the HTTP event loop.
Each of a decode step's ~180 torch calls gives the GIL up and must take it back, and a
burst of the loop's Python (SSE chunks, JSON, the socket write) that starts meanwhile
runs to its end first: on a 2-core CPU, a Python thread holding the GIL 30% of the time
cut the engine from ~5,000 to ~3,250 tok/s, while the same work in another process cost
it 2% (docs/inference.md). Here the model, its KV cache and the step loop live in a child
process; the server's process keeps the HTTP side and talks to it over one pipe.

What crosses the pipe (pickled: both ends are this server's own processes, joined by a
socket pair it created; nothing a client sends is unpickled, requests are parsed into
``SamplingParams`` before they cross):

* parent -> child: ``("call", id, name, pickled args)`` — submit, cancel, stats, embed,
  decode_mode, compile_in_background, shutdown (the arguments are unpickled inside the
  call, so one that cannot be rebuilt there fails that call, not the engine);
* child -> parent: ``("reply", id, error, value)``, and once per engine step
  ``("events", [(request_id, event), ...], [(metrics hook, args), ...])``: every token of
  the step in one message, so the pipe costs one write a step, not one a token.

The parent side quacks like :class:`~genforge.infer.engine.Engine` for what the servers
use (``submit`` returns the same :class:`RequestHandle`); logits processors cross with
their request, so they must pickle (the server's own — grammar constraints, watermarks —
do: a grammar's ``Constraint`` and ``Vocabulary`` pickle by name, see their
``__reduce__``). Library callers that need the model object
(RL's weight copies) use :class:`Engine` in-process.
"""

from __future__ import annotations

import itertools
import logging
import os
import pickle
import signal
import socket
import subprocess
import sys
import threading
import uuid
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

import torch

from genforge.errors import GenforgeError
from genforge.infer.constrained import know_tokenizer
from genforge.infer.engine import Engine, RequestHandle
from genforge.infer.protocol import EngineError, FinishEvent, SamplingParams

log = logging.getLogger("genforge.infer")

# Exported by the child once it is up: what callers read as plain attributes.
_INFO = ("model_name", "context_length", "vocab_size", "max_batch_size", "max_queue", "dtype")
_START_POLL_S = 0.5
_ANSWER_S = 60.0  # the longest a request waits for the child to take it (a round trip: ~0.3 ms)


class _Outbox:
    """Events and metrics calls of one step, collected by the engine thread."""

    def __init__(self) -> None:
        self.events: list[tuple[str, Any]] = []
        self.hooks: list[tuple[str, tuple[Any, ...]]] = []
        self.lock = threading.Lock()

    def take(self) -> tuple[list[tuple[str, Any]], list[tuple[str, tuple[Any, ...]]]]:
        with self.lock:
            events, hooks = self.events, self.hooks
            self.events, self.hooks = [], []
        return events, hooks


class _RoutedHandle(RequestHandle):
    """The child's handle: events go to the outbox, sent to the parent after the step."""

    outbox: _Outbox

    def _push(self, event: Any) -> None:
        with self.outbox.lock:
            self.outbox.events.append((self.request_id, event))


class _ForwardedMetrics:
    """``EngineMetrics`` whose calls are replayed by the parent's metrics object."""

    def __init__(self, outbox: _Outbox) -> None:
        self.outbox = outbox

    def _add(self, name: str, args: tuple[Any, ...]) -> None:
        with self.outbox.lock:
            self.outbox.hooks.append((name, args))

    def on_first_token(self, request_id: str, seconds: float) -> None:
        self._add("on_first_token", (request_id, seconds))

    def on_token(self, request_id: str, inter_token_seconds: float) -> None:
        self._add("on_token", (request_id, inter_token_seconds))

    def on_finish(self, *args: Any) -> None:
        self._add("on_finish", args)


class _ChildEngine(Engine):
    """The engine as the child runs it: handles route to the outbox, flushed per step."""

    outbox: _Outbox
    send: Any

    def _new_handle(self, request_id: str, cancel: Any) -> RequestHandle:
        handle = _RoutedHandle(request_id, cancel)
        handle.outbox = self.outbox
        self.handles[request_id] = handle
        return handle

    def _step(self) -> None:
        super()._step()
        self.flush()

    def flush(self) -> None:
        events, hooks = self.outbox.take()
        if events or hooks:
            for rid, ev in events:
                if isinstance(ev, FinishEvent):
                    self.handles.pop(rid, None)
            self.send(("events", events, hooks))


def _child_main(conn: Any, model_dir: str, kw: dict[str, Any], threads: int) -> None:
    """The engine process: build the engine, then serve calls until shutdown or EOF."""
    # Ctrl-C reaches the whole process group and a service manager may SIGTERM every
    # process of the unit: the server decides when the engine stops (shutdown, or EOF when
    # the server is gone), so in-flight requests drain as they would in one process.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    torch.set_num_threads(threads)
    send_lock = threading.Lock()

    def send(msg: Any) -> None:
        data = pickle.dumps(msg, protocol=pickle.HIGHEST_PROTOCOL)
        with send_lock:
            conn.send_bytes(data)

    outbox = _Outbox()
    try:
        if kw.pop("forward_metrics", False):
            kw["metrics"] = _ForwardedMetrics(outbox)
        engine = _ChildEngine.from_model_dir(model_dir, **kw)
    except Exception as e:
        send(("failed", f"{type(e).__name__}: {e}" if not isinstance(e, GenforgeError) else str(e)))
        return
    engine.outbox, engine.send, engine.handles = outbox, send, {}
    if engine.tokenizer is not None:
        know_tokenizer(engine.tokenizer)  # grammar constraints arrive by its digest
    engine.start()
    info = {name: getattr(engine, name) for name in _INFO}
    send(("ready", info | {"device": str(engine.device)}))
    _serve_calls(conn, engine, send)


def _serve_calls(conn: Any, engine: _ChildEngine, send: Any) -> None:
    def answer(cid: int, fn: Any, payload: bytes) -> None:
        try:
            # The arguments are unpickled here, inside the try: one whose objects cannot be
            # rebuilt in this process (a logits processor) fails its call, not the engine.
            value, error = fn(*pickle.loads(payload)), None
        except EngineError as e:
            value, error = None, ("engine", e.kind, e.message)
        except Exception as e:
            value, error = None, ("other", f"{type(e).__name__}: {e}", "")
        send(("reply", cid, error, value))

    def submit(rid: str, prompt: list[int], params: SamplingParams, prefix: Any) -> None:
        try:
            engine.submit(prompt, params, request_id=rid, prefix_embeds=prefix)
        except BaseException:
            engine.handles.pop(rid, None)  # refused after its handle was made (queue full)
            raise

    def cancel(rid: str) -> None:
        handle = engine.handles.get(rid)
        if handle is not None:
            handle.cancel()

    def shutdown(drain: bool, timeout: float) -> dict[str, Any]:
        engine.shutdown(drain=drain, timeout=timeout)
        engine.flush()  # the cancelled requests' last events
        return engine.stats()  # the counters stay readable after the process is gone

    calls = {
        "submit": submit,
        "cancel": cancel,
        "stats": engine.stats,
        "embed": engine.embed,
        "decode_mode": lambda: engine.decode_mode,
        "compile_in_background": engine.compile_in_background,
        "shutdown": shutdown,
    }
    # Off this thread, so calls (cancels above all) are still read meanwhile; once
    # shutdown has answered, the loop ends.
    slow = {"embed", "shutdown"}
    stopping: threading.Thread | None = None
    while True:
        if stopping is not None and not conn.poll(0.05):
            if stopping.is_alive():
                continue
            break
        try:
            _, cid, name, payload = pickle.loads(conn.recv_bytes())
        except (EOFError, OSError):
            break
        if name in slow:
            worker = threading.Thread(target=answer, args=(cid, calls[name], payload), daemon=True)
            worker.start()
            stopping = worker if name == "shutdown" else stopping
        else:
            answer(cid, calls[name], payload)
    if stopping is not None:
        stopping.join()
    else:  # the server is gone without a shutdown: nobody reads our tokens
        engine.shutdown(drain=False, timeout=5.0)


@dataclass
class _Reply:
    done: threading.Event = field(default_factory=threading.Event)
    error: Any = None
    value: Any = None


class ProcessEngine:
    """An :class:`Engine` over ``model_dir`` running in a child process (see the module
    docstring). ``engine_kw`` are the Engine's keywords (``metrics`` stays here: its hooks
    are replayed from the child's calls); ``threads`` is the child's torch thread count
    (default: this process's). Raises GenforgeError when the model dir does not load."""

    def __init__(
        self,
        model_dir: str | Path,
        *,
        metrics: Any = None,
        threads: int | None = None,
        start_timeout: float = 900.0,
        **engine_kw: Any,
    ) -> None:
        self._conn, self._proc = _start_child()
        kw = dict(engine_kw, forward_metrics=metrics is not None)
        setup = (str(model_dir), kw, threads or torch.get_num_threads())
        self._conn.send_bytes(pickle.dumps(setup, protocol=pickle.HIGHEST_PROTOCOL))
        info = self._await_start(start_timeout)
        for name in _INFO:
            setattr(self, name, info[name])
        self.device = torch.device(info["device"])
        self.metrics = metrics
        self.tokenizer, self.vlm = _host_side(Path(model_dir))
        self._accepting = True
        self._handles: dict[str, RequestHandle] = {}
        self._calls: dict[int, _Reply] = {}
        self._ids = itertools.count()
        self._lock = threading.Lock()
        self._exit_reason: str | None = None
        self.failed: str | None = None  # set when the child dies without being shut down
        self._closing = False
        self._last_stats: dict[str, Any] = {}
        self._reader = threading.Thread(target=self._read, name="genforge-engine-pipe", daemon=True)
        self._reader.start()

    def _await_start(self, timeout: float) -> dict[str, Any]:
        waited = 0.0
        try:
            while not self._conn.poll(_START_POLL_S):
                waited += _START_POLL_S
                if self._proc.poll() is not None or waited >= timeout:
                    raise EOFError
            kind, payload = pickle.loads(self._conn.recv_bytes())
        except (EOFError, OSError):
            self._proc.kill()
            code = self._proc.wait()
            self._conn.close()
            why = f"in {timeout:.0f} s" if waited >= timeout else f"(exit code {code})"
            raise GenforgeError(
                f"the engine process did not start {why}; its error, if any, is above"
            ) from None
        if kind == "failed":
            self._proc.wait(10)
            self._conn.close()
            raise GenforgeError(payload)
        return payload

    # ------------------------------------------------------------------ the pipe
    def _read(self) -> None:
        while True:
            try:
                msg = pickle.loads(self._conn.recv_bytes())
            except (EOFError, OSError):
                break
            if msg[0] == "events":
                self._deliver(msg[1], msg[2])
            else:
                _, cid, error, value = msg
                with self._lock:
                    reply = self._calls.pop(cid, None)
                if reply is not None:
                    reply.error, reply.value = error, value
                    reply.done.set()
        self._lost()

    def _deliver(self, events: list[tuple[str, Any]], hooks: list[Any]) -> None:
        if self.metrics is not None:
            try:
                for name, args in hooks:
                    getattr(self.metrics, name)(*args)
            except Exception:  # a broken metrics hook must not stop every request's tokens
                log.exception("an engine metrics hook failed")
        for rid, event in events:
            with self._lock:
                handle = self._handles.get(rid)
                if isinstance(event, FinishEvent):
                    self._handles.pop(rid, None)
            if handle is not None:
                handle._push(event)

    def _lost(self) -> None:
        """The child is gone: every open request ends with an error, every call fails."""
        if self._closing:
            why = "the engine is shut down; create a new one"
        else:
            code = _wait(self._proc, 5)
            why = f"the engine process exited unexpectedly (exit code {code})"
        self._accepting = False
        with self._lock:
            handles, self._handles = list(self._handles.values()), {}
            calls, self._calls = list(self._calls.values()), {}
            if not self._closing:
                self.failed = why
                log.error("%s; restart the server", why)
            self._exit_reason = why
        for handle in handles:
            handle._push(FinishEvent("error", 0, 0, "", error=why))
        for reply in calls:
            reply.error = ("engine", "shutdown", why)
            reply.done.set()

    def _call(self, name: str, *args: Any, timeout: float | None = None) -> Any:
        cid = next(self._ids)  # itertools.count: atomic under the GIL
        try:
            payload = pickle.dumps(args, protocol=pickle.HIGHEST_PROTOCOL)
        except Exception as e:
            raise EngineError(
                "invalid_request",
                f"this request cannot be sent to the engine process ({type(e).__name__}: {e}); "
                "logits processors must be picklable (module-level classes, no lambdas)",
            ) from None
        data = pickle.dumps(("call", cid, name, payload), protocol=pickle.HIGHEST_PROTOCOL)
        reply = _Reply()
        with self._lock:
            if self._exit_reason is not None:
                raise EngineError("shutdown", self._exit_reason)
            self._calls[cid] = reply
            try:
                self._conn.send_bytes(data)
            except OSError:
                self._calls.pop(cid, None)
                raise EngineError("shutdown", "the engine process has exited") from None
        if not reply.done.wait(timeout):
            with self._lock:
                self._calls.pop(cid, None)
            raise TimeoutError(f"the engine process did not answer {name} in {timeout} s")
        if reply.error is not None:
            family, kind, message = reply.error
            if family == "engine":
                raise EngineError(kind, message)
            raise GenforgeError(f"the engine process failed on {name}: {kind}")
        return reply.value

    # ------------------------------------------------------------------ the Engine API
    def start(self) -> None:
        """The child's scheduler runs from its start; kept for Engine's interface."""

    def compile_in_background(self) -> None:
        self._call("compile_in_background")

    @property
    def decode_mode(self) -> str:
        return self._call("decode_mode", timeout=_ANSWER_S)

    def submit(
        self,
        prompt_ids: list[int],
        params: SamplingParams,
        *,
        request_id: str | None = None,
        prefix_embeds: torch.Tensor | None = None,
    ) -> RequestHandle:
        """As :meth:`Engine.submit`; one round trip to the child (its errors raise here)."""
        if not self._accepting:
            raise EngineError("shutdown", "the engine is shutting down; retry on another server")
        rid = request_id or f"req-{uuid.uuid4().hex[:16]}"
        handle = RequestHandle(rid, self._cancel)
        with self._lock:
            self._handles[rid] = handle  # before the call: the first token may come first
        prefix = None if prefix_embeds is None else prefix_embeds.detach().cpu()
        try:
            self._call("submit", rid, prompt_ids, params, prefix, timeout=_ANSWER_S)
        except BaseException as e:
            with self._lock:
                self._handles.pop(rid, None)
            if not isinstance(e, TimeoutError):
                raise
            # A stuck child must not hang the caller (the server's event loop) for good;
            # should the request be taken after all, it is cancelled straight away.
            self._cancel(rid)
            raise EngineError(
                "overloaded",
                f"the engine process did not take the request within {_ANSWER_S:.0f} s; "
                "retry later",
            ) from None
        return handle

    def _cancel(self, rid: str) -> None:
        # Not waited for (a client going away must not stall the event loop): its
        # FinishEvent arrives like any other; the child's reply finds no caller and is dropped.
        data = pickle.dumps(("call", next(self._ids), "cancel", pickle.dumps((rid,))))
        with self._lock:
            if self._exit_reason is None:
                try:
                    self._conn.send_bytes(data)
                except OSError:  # the child is gone: its requests already ended
                    pass

    def generate(self, prompt_ids: list[int], params: SamplingParams) -> FinishEvent:
        return self.submit(prompt_ids, params).result()

    def embed(self, token_ids_batch: list[list[int]]) -> torch.Tensor:
        return self._call("embed", token_ids_batch)

    def stats(self) -> dict[str, Any]:
        """As :meth:`Engine.stats`; once the child is gone, its last counters (nothing
        running or waiting)."""
        try:
            self._last_stats = self._call("stats", timeout=_ANSWER_S)
        except EngineError:
            if not self._last_stats:
                raise
            self._last_stats |= {"running": 0, "waiting": 0}
        return dict(self._last_stats)

    def shutdown(self, *, drain: bool = True, timeout: float = 30.0) -> None:
        """As :meth:`Engine.shutdown`, then the child exits."""
        self._accepting = False
        self._closing = True
        if self._proc.poll() is None:
            try:
                self._last_stats = self._call("shutdown", drain, timeout, timeout=timeout + 60.0)
            except (EngineError, TimeoutError):
                pass
        if _wait(self._proc, 30) is None:
            self._proc.kill()
            self._proc.wait(5)
        self._conn.close()
        self._reader.join(10)


def _start_child() -> tuple[Connection, subprocess.Popen]:
    """A fresh interpreter running :func:`_serve_child`, joined to us by a socket pair.

    A plain ``python -m`` child rather than multiprocessing's spawn, which re-imports the
    caller's ``__main__`` (a script without an ``if __name__ == "__main__"`` guard would
    start its work again in the engine process)."""
    ours, theirs = socket.socketpair()
    root = str(Path(__file__).resolve().parents[2])  # where this genforge is imported from
    paths = [root, *filter(None, os.environ.get("PYTHONPATH", "").split(os.pathsep))]
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(paths))
    try:
        proc = subprocess.Popen(
            [sys.executable, "-m", "genforge.infer.engine_process", str(theirs.fileno())],
            pass_fds=[theirs.fileno()],
            stdin=subprocess.DEVNULL,
            env=env,
            start_new_session=True,  # a terminal's Ctrl-C goes to the server, which drains
        )
    finally:
        theirs.close()
    return Connection(ours.detach()), proc


def _wait(proc: subprocess.Popen, timeout: float) -> int | None:
    """The exit code, or None if ``proc`` is still running after ``timeout`` seconds."""
    try:
        return proc.wait(timeout)
    except subprocess.TimeoutExpired:
        return None


def _serve_child(fd: int) -> None:
    """The engine process's entry point: read the setup, then run :func:`_child_main`."""
    conn = Connection(fd)
    model_dir, kw, threads = pickle.loads(conn.recv_bytes())
    _child_main(conn, model_dir, kw, threads)


def _host_side(model_dir: Path) -> tuple[Any, Any]:
    """(tokenizer, vision-language model or None) for the server's own process: it encodes
    prompts and turns images into prefix embeddings; the child holds the LM, so the VLM
    here keeps only its image-prefix parts."""
    from genforge.modeldir import is_vlm_dir, load_vlm
    from genforge.tokenizer import Tokenizer

    if is_vlm_dir(model_dir):
        vlm, tokenizer = load_vlm(model_dir)
        return tokenizer, vlm.keep_image_prefix_only()
    return Tokenizer.load(model_dir), None


if __name__ == "__main__":  # the engine process: python -m genforge.infer.engine_process FD
    from genforge.infer.engine_process import _serve_child as serve

    serve(int(sys.argv[1]))
