"""Graceful shutdown: in-flight streams finish (SIGTERM to `genforge serve`) or, past the
drain timeout, end with an error event instead of being cut off mid-frame."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time

import httpx

MODEL = "tiny"


def _events(lines) -> list:
    out = []
    for line in lines:
        if not line:
            continue
        assert line.startswith("data: "), line
        data = line[len("data: ") :]
        out.append(data if data == "[DONE]" else json.loads(data))
    return out


def test_sigterm_lets_in_flight_streams_finish(serve_model_dir, tmp_path, free_port):
    port = free_port
    env = {**os.environ, "GENFORGE_API_KEYS": "sk-env-key"}
    log = open(tmp_path / "server.log", "w")
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "genforge.cli",
            "serve",
            "--model",
            str(serve_model_dir),
            "--port",
            str(port),
            "--device",
            "cpu",
            "--model-name",
            MODEL,
            "--log-level",
            "warning",
        ],
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 90
        while True:
            assert proc.poll() is None, (tmp_path / "server.log").read_text()
            try:
                if httpx.get(f"{base}/ready", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            assert time.monotonic() < deadline, "server did not become ready"
            time.sleep(0.2)
        headers = {"Authorization": "Bearer sk-env-key"}  # the key from GENFORGE_API_KEYS
        body = {
            "model": MODEL,
            "messages": [{"role": "user", "content": "hi"}],
            "max_tokens": 300,
            "ignore_eos": True,
            "stream": True,
            "stream_options": {"include_usage": True},
        }
        with httpx.stream(
            "POST", f"{base}/v1/chat/completions", json=body, headers=headers, timeout=60
        ) as r:
            assert r.status_code == 200
            lines = r.iter_lines()
            first = next(lines)
            proc.send_signal(signal.SIGTERM)
            events = _events([first, *lines])
        assert events[-1] == "[DONE]"
        finishes = [c["choices"][0]["finish_reason"] for c in events[:-1] if c["choices"]]
        assert finishes[-1] == "length"  # ran to max_tokens despite the SIGTERM
        assert events[-2]["usage"]["completion_tokens"] == 300
        assert proc.wait(timeout=60) == 0
        assert "serving 'tiny'" in (tmp_path / "server.log").read_text()
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        log.close()


def test_drain_timeout_cancels_streams_with_an_error_event(server_factory):
    server = server_factory(model_name=MODEL, shutdown_timeout=0.0)
    body = {"model": MODEL, "prompt": "x", "max_tokens": 500, "ignore_eos": True, "stream": True}
    stopper = threading.Thread(target=server.stop)
    with httpx.stream("POST", f"{server.base_url}/v1/completions", json=body, timeout=60) as r:
        lines = r.iter_lines()
        first = next(lines)
        stopper.start()
        events = _events([first, *lines])
    stopper.join(timeout=60)
    assert not stopper.is_alive()
    assert events[-1] == "[DONE]"
    assert events[-2]["error"]["code"] == "shutdown"
    text = "".join(e["choices"][0]["text"] for e in events[:-2] if e.get("choices"))
    assert 0 < len(text)
    assert server.engine.stats()["running"] == 0


def test_a_dead_engine_process_fails_health_and_ends_its_streams(server_factory):
    """The engine's process dies mid-stream: the stream ends with an error event, new
    requests get 503, and /health and /ready turn 503 so a supervisor restarts the server."""
    server = server_factory(model_name=MODEL)
    try:
        assert httpx.get(f"{server.base_url}/health").json() == {"status": "ok"}
        body = {"model": MODEL, "prompt": "x", "max_tokens": 400, "ignore_eos": True}
        url = f"{server.base_url}/v1/completions"
        with httpx.stream("POST", url, json=body | {"stream": True}, timeout=60) as r:
            lines = r.iter_lines()
            first = next(lines)
            server.engine._proc.kill()
            events = _events([first, *lines])
        assert events[-1] == "[DONE]"
        assert "exited unexpectedly" in events[-2]["error"]["message"]
        health = httpx.get(f"{server.base_url}/health")
        assert health.status_code == 503 and health.json()["status"] == "engine_failed"
        assert httpx.get(f"{server.base_url}/ready").status_code == 503
        late = httpx.post(url, json=body, timeout=30)
        assert late.status_code == 503, late.text
        assert late.json()["error"]["code"] == "engine_failed"
        assert "exited unexpectedly" in late.json()["error"]["message"]
    finally:
        server.stop()
