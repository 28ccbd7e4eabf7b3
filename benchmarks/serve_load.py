"""Load test of `genforge serve`: N concurrent streaming clients vs the same requests in turn.

Starts the real server (`genforge serve`, a separate process so client and server do not
share a GIL) on a free loopback port, then:

* ``concurrent``: ``--clients`` (16) streaming clients send a fixed prompt mix, each
  request asking for ``--max-tokens`` (64) tokens; reports time to first token and
  inter-token latency (p50/p99, seconds), aggregate output tokens/s and errors;
* ``sequential``: the same requests one at a time; ``ratio`` is concurrent tokens/s over
  sequential tokens/s (the issue's target at 16 streams: >= 4, with 0 errors); each phase
  also reports ``server_cpu_ms_per_token``, the server processes' CPU time per output
  token, and of it ``engine_cpu_ms_per_token`` and ``engine_busy`` (the engine process's
  CPU seconds per wall second), and from ``/metrics`` ``tokens_per_engine_step`` (how full
  the batch was) and ``wall_ms_per_engine_step``;
* ``--soak SECONDS``: instead, keep ``--clients`` streams busy for that long and report the
  server's RSS at the start and end (the issue's 10-minute soak: ``--soak 600``).

Without ``--model`` a randomly initialised ``demo``-preset model dir is built first, with a
tokenizer trained in-process on a little standard-library text (nothing downloaded).
Prints one JSON line (and writes it to ``--out`` when given).

    .venv/bin/python benchmarks/serve_load.py [--model DIR] [--clients 16] [--soak 600]
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import json
import os
import platform
import signal
import socket
import statistics
import subprocess
import sys
import sysconfig
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx

from _output import print_result

os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

# A fixed mix of short and longer chat prompts; request i uses PROMPTS[i % len(PROMPTS)].
PROMPTS = [
    "Write a Python function that reverses a string.",
    "What does the argparse module do?",
    "Explain list comprehensions with an example.",
    "def parse_args(argv=None):",
    "Summarise how textwrap.fill wraps a paragraph of text into lines of a given width.",
    "class Config:\n    def __init__(self, path):",
    "Why are tuples immutable?",
    "import json\n\ndef load(path):\n    with open(path) as f:",
]


def build_demo_model_dir(out: Path, seed: int = 0) -> Path:
    """A random-init demo-preset GPT and an in-process tokenizer, saved as a model dir."""
    import torch

    from genforge.modeldir import save_model_dir
    from genforge.models.gpt import GPT, config_from_preset
    from genforge.tokenizer import train_tokenizer

    root = Path(sysconfig.get_paths()["stdlib"])
    texts, size = [], 0
    for path in sorted(root.glob("*.py")):
        texts.append(path.read_text(encoding="utf-8", errors="replace"))
        size += len(texts[-1])
        if size > 1_000_000:
            break
    tok = train_tokenizer(texts, vocab_size=4096)
    torch.manual_seed(seed)
    model = GPT(config_from_preset("demo", vocab_size=tok.vocab_size))
    return save_model_dir(out, model, tok)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _stat(pid: int | str) -> list[str] | None:
    """The fields of /proc/PID/stat after the command name (None: gone, or not Linux)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    return stat[stat.rindex(")") + 2 :].split()


def server_pids(pid: int) -> list[int]:
    """``pid`` and its children: the server and its engine process (``--in-process``: none)."""
    kids = []
    for entry in Path("/proc").iterdir() if Path("/proc").is_dir() else []:
        fields = _stat(entry.name) if entry.name.isdigit() else None
        if fields is not None and int(fields[1]) == pid:
            kids.append(int(entry.name))
    return [pid, *kids]


def rss_mb(pid: int) -> float | None:
    """Resident set size of the server's processes in MiB (Linux /proc; None elsewhere)."""
    total = None
    for p in server_pids(pid):
        try:
            for line in Path(f"/proc/{p}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total = (total or 0.0) + int(line.split()[1]) / 1024
        except OSError:
            pass
    return total


def cpu_seconds(pid: int) -> dict[int, float]:
    """CPU time (user + system, every thread) each of the server's processes has used so
    far, by pid (Linux /proc; empty elsewhere)."""
    used = {}
    for p in server_pids(pid):
        fields = _stat(p)
        if fields is not None:
            used[p] = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return used


def engine_counters(base: str) -> dict[str, float] | None:
    """The engine's step, prefill-call and generated-token counters from ``/metrics``
    (None if the server does not expose them)."""
    from prometheus_client.parser import text_string_to_metric_families

    names = {
        "steps": "genforge_engine_steps_total",
        "prefill_calls": "genforge_prefill_calls_total",
        "tokens": "genforge_generation_tokens_total",
    }
    try:
        text = httpx.get(f"{base}/metrics", timeout=10).text
    except httpx.HTTPError:
        return None
    values = {s.name: s.value for f in text_string_to_metric_families(text) for s in f.samples}
    try:
        return {key: float(values[metric]) for key, metric in names.items()}
    except KeyError:
        return None


def timed_phase(server: Server, ids: list[int], concurrency: int, max_tokens: int) -> dict:
    """:func:`run_phase` plus the server's CPU milliseconds per output token: what serving
    a token costs, which other jobs on a shared machine move much less than tokens/s.
    With the engine in a process of its own, also that process's share and how busy it
    was (CPU seconds per wall second: near 1.0, its one thread is what limits the phase)."""
    m0 = engine_counters(server.base)
    c0 = cpu_seconds(server.proc.pid)
    own0 = time.process_time()
    out = asyncio.run(run_phase(server.base, ids, concurrency, max_tokens))
    own1 = time.process_time()
    c1 = cpu_seconds(server.proc.pid)
    m1 = engine_counters(server.base)
    if m0 and m1 and m1["steps"] > m0["steps"]:
        # How full the batch was: 16 at 16 streams means every step decoded every stream.
        steps = m1["steps"] - m0["steps"]
        out["tokens_per_engine_step"] = _r((m1["tokens"] - m0["tokens"]) / steps)
        out["wall_ms_per_engine_step"] = _r(1e3 * out["wall_s"] / steps)
        out["prefill_calls"] = int(m1["prefill_calls"] - m0["prefill_calls"])
    tokens = out["output_tokens"]
    used = {p: c1[p] - c0[p] for p in c1 if p in c0}
    engine = [s for p, s in used.items() if p != server.proc.pid]
    ok = bool(used) and tokens > 0
    out["server_cpu_ms_per_token"] = _r(1e3 * sum(used.values()) / tokens) if ok else None
    if engine and tokens:
        out["engine_cpu_ms_per_token"] = _r(1e3 * sum(engine) / tokens)
        out["engine_busy"] = _r(sum(engine) / out["wall_s"]) if out["wall_s"] else None
    # The clients share the machine with the server: on a 2-core box what they spend is
    # taken from it.
    out["client_cpu_ms_per_token"] = _r(1e3 * (own1 - own0) / tokens) if tokens else None
    return out


def percentile(xs: list[float], q: float) -> float | None:
    if not xs:
        return None
    xs = sorted(xs)
    k = (len(xs) - 1) * q
    lo, hi = int(k), min(int(k) + 1, len(xs) - 1)
    return xs[lo] + (xs[hi] - xs[lo]) * (k - lo)


class Server:
    """`genforge serve` in a child process."""

    def __init__(
        self,
        model_dir: Path,
        max_batch_size: int,
        log: Path,
        threads: int | None = None,
        stream_interval: int = 1,
        in_process: bool = False,
    ) -> None:
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self._log = open(log, "w")
        self.proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "genforge.cli",
                "serve",
                "--model",
                str(model_dir),
                "--port",
                str(self.port),
                "--max-batch-size",
                str(max_batch_size),
                "--max-tokens-cap",
                "100000",
                "--model-name",
                "bench",
                "--log-level",
                "warning",
                *(["--threads", str(threads)] if threads else []),
                "--stream-interval",
                str(stream_interval),
                *(["--in-process"] if in_process else []),
            ],
            stdout=self._log,
            stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + 300
        while True:
            if self.proc.poll() is not None:
                raise SystemExit(f"server exited early; see {log}")
            try:
                r = httpx.get(f"{self.base}/ready", timeout=2)
                # Steady state: the server is ready before its decode step is compiled (in
                # the background); a compile running during the timed runs would tax them.
                if r.status_code == 200 and r.json().get("decode") != "compiling":
                    break
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                raise SystemExit("server did not become ready in 300 s")
            time.sleep(0.2)

    def stop(self) -> int:
        self.proc.send_signal(signal.SIGTERM)
        try:
            code = self.proc.wait(timeout=60)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            code = self.proc.wait()
        self._log.close()
        return code


async def one_request(client: httpx.AsyncClient, i: int, max_tokens: int) -> dict[str, Any]:
    """Stream one chat completion; return its timings and token count (or its error)."""
    body = {
        "model": "bench",
        "messages": [{"role": "user", "content": PROMPTS[i % len(PROMPTS)]}],
        "max_tokens": max_tokens,
        "temperature": 0.8,
        "seed": i,
        "ignore_eos": True,  # fixed output lengths make runs comparable
        "stream": True,
        "stream_options": {"include_usage": True},
    }
    t0 = time.perf_counter()
    stamps: list[float] = []
    tokens = 0
    done = False
    try:
        async with client.stream("POST", "/v1/chat/completions", json=body) as r:
            if r.status_code != 200:
                return {"error": f"HTTP {r.status_code}: {(await r.aread())[:200]!r}"}
            async for line in r.aiter_lines():
                if not line.startswith("data: "):
                    continue
                data = line[6:]
                if data == "[DONE]":
                    done = True
                    break
                chunk = json.loads(data)
                if "error" in chunk:
                    return {"error": chunk["error"]["message"]}
                if chunk.get("usage"):
                    tokens = chunk["usage"]["completion_tokens"]
                for ch in chunk["choices"]:
                    if ch["delta"].get("content"):
                        stamps.append(time.perf_counter())
    except httpx.HTTPError as e:
        return {"error": f"{type(e).__name__}: {e}"}
    if not done:
        return {"error": "stream ended without [DONE]"}
    end = time.perf_counter()
    return {
        "ttft": stamps[0] - t0 if stamps else None,
        "gaps": [b - a for a, b in itertools.pairwise(stamps)],
        "tokens": tokens,
        "seconds": end - t0,
    }


async def run_phase(base: str, ids: list[int], concurrency: int, max_tokens: int) -> dict:
    """Send requests ``ids`` with at most ``concurrency`` in flight; summarise them."""
    limits = httpx.Limits(max_connections=concurrency + 4)
    async with httpx.AsyncClient(base_url=base, timeout=600, limits=limits) as client:
        queue: asyncio.Queue[int] = asyncio.Queue()
        for i in ids:
            queue.put_nowait(i)
        results: list[dict] = []

        async def worker() -> None:
            while not queue.empty():
                results.append(await one_request(client, queue.get_nowait(), max_tokens))

        t0 = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(concurrency)))
        wall = time.perf_counter() - t0
    return summarise(results, wall)


def summarise(results: list[dict], wall: float) -> dict[str, Any]:
    ok = [r for r in results if "error" not in r]
    errors = [r["error"] for r in results if "error" in r]
    ttft = [r["ttft"] for r in ok if r["ttft"] is not None]
    gaps = [g for r in ok for g in r["gaps"]]
    tokens = sum(r["tokens"] for r in ok)
    return {
        "requests": len(results),
        "errors": len(errors),
        "first_errors": errors[:3],
        "output_tokens": tokens,
        "wall_s": round(wall, 3),
        "output_tokens_per_s": round(tokens / wall, 1) if wall > 0 else None,
        "ttft_p50_s": _r(percentile(ttft, 0.5)),
        "ttft_p99_s": _r(percentile(ttft, 0.99)),
        "itl_p50_s": _r(percentile(gaps, 0.5)),
        "itl_p99_s": _r(percentile(gaps, 0.99)),
        "itl_mean_s": _r(statistics.fmean(gaps)) if gaps else None,
    }


def _r(x: float | None) -> float | None:
    return None if x is None else round(x, 5)


async def soak(base: str, clients: int, max_tokens: int, seconds: float, pid: int) -> dict:
    """Keep ``clients`` streams busy for ``seconds``; sample the server's RSS over time."""
    rss = [(0.0, rss_mb(pid))]
    stop_at = time.monotonic() + seconds
    results: list[dict] = []
    counter = iter(range(10**9))
    limits = httpx.Limits(max_connections=clients + 4)
    async with httpx.AsyncClient(base_url=base, timeout=600, limits=limits) as client:

        async def worker() -> None:
            while time.monotonic() < stop_at:
                results.append(await one_request(client, next(counter), max_tokens))

        async def sampler() -> None:
            t0 = time.monotonic()
            while time.monotonic() < stop_at:
                await asyncio.sleep(min(30.0, max(1.0, seconds / 20)))
                rss.append((round(time.monotonic() - t0, 1), rss_mb(pid)))

        t0 = time.perf_counter()
        await asyncio.gather(sampler(), *(worker() for _ in range(clients)))
        wall = time.perf_counter() - t0
    rss.append((round(seconds, 1), rss_mb(pid)))
    out = summarise(results, wall)
    out.update(
        soak_s=seconds,
        rss_start_mb=_r(rss[0][1]),
        rss_end_mb=_r(rss[-1][1]),
        rss_max_mb=_r(max(v for _, v in rss if v is not None)) if rss[0][1] else None,
        rss_samples=[(t, _r(v)) for t, v in rss],
    )
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--model", default=None, help="model dir (default: random demo model)")
    ap.add_argument("--clients", type=int, default=16, help="concurrent streams (16)")
    ap.add_argument("--requests", type=int, default=32, help="requests per phase (32)")
    ap.add_argument("--max-tokens", type=int, default=64, help="tokens per request (64)")
    ap.add_argument("--soak", type=float, default=None, help="soak for this many seconds")
    ap.add_argument(
        "--server-threads",
        type=int,
        default=None,
        help="the server's --threads (default: its own, one fewer than cores on a CPU)",
    )
    ap.add_argument(
        "--stream-interval",
        type=int,
        default=1,
        help="the server's --stream-interval: tokens per write of a stream (1)",
    )
    ap.add_argument(
        "--in-process",
        action="store_true",
        help="the server's --in-process: its engine in the HTTP process (default: a child)",
    )
    ap.add_argument("--out", default=None, help="also write the JSON line to this file")
    args = ap.parse_args(argv)

    with tempfile.TemporaryDirectory() as tmp:
        model_dir = Path(args.model) if args.model else build_demo_model_dir(Path(tmp) / "m")
        server = Server(
            model_dir,
            max_batch_size=args.clients,
            log=Path(tmp) / "server.log",
            threads=args.server_threads,
            stream_interval=args.stream_interval,
            in_process=args.in_process,
        )
        try:
            asyncio.run(run_phase(server.base, list(range(4)), 4, 8))  # warm-up
            result: dict[str, Any] = {
                "benchmark": "serve_load",
                "model": args.model or "random demo preset",
                "clients": args.clients,
                "server_threads": args.server_threads or "server default",
                "stream_interval": args.stream_interval,
                "engine": "in the server process" if args.in_process else "its own process",
                "max_tokens": args.max_tokens,
                "cpu": platform.processor() or platform.machine(),
                "cpu_count": os.cpu_count(),
            }
            if args.soak:
                result["soak"] = asyncio.run(
                    soak(server.base, args.clients, args.max_tokens, args.soak, server.proc.pid)
                )
            else:
                ids = list(range(args.requests))
                conc = timed_phase(server, ids, args.clients, args.max_tokens)
                seq = timed_phase(server, ids, 1, args.max_tokens)
                result["concurrent"] = conc
                result["sequential"] = seq
                if conc["output_tokens_per_s"] and seq["output_tokens_per_s"]:
                    result["ratio"] = round(
                        conc["output_tokens_per_s"] / seq["output_tokens_per_s"], 2
                    )
                result["server_rss_mb"] = _r(rss_mb(server.proc.pid))
        finally:
            result_code = server.stop()
        result["server_exit_code"] = result_code
    print_result(result, args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
