"""`genforge serve --dtype`: the engine serves in the asked dtype, says so on /ready, and a
bad name is refused before anything starts."""

from __future__ import annotations

import signal
import subprocess
import sys
import time

import httpx


def _serve(model_dir, port: int, *extra: str, log) -> tuple[subprocess.Popen, str]:
    cmd = [sys.executable, "-m", "genforge.cli", "serve", "--model", str(model_dir)]
    cmd += ["--port", str(port), "--device", "cpu", "--no-compile-decode", *extra]
    proc = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT)
    return proc, f"http://127.0.0.1:{port}"


def _wait_ready(proc: subprocess.Popen, base: str) -> dict:
    deadline = time.monotonic() + 90
    while True:
        assert proc.poll() is None, "server exited"
        try:
            r = httpx.get(f"{base}/ready", timeout=1)
            if r.status_code == 200:
                return r.json()
        except httpx.TransportError:
            pass
        assert time.monotonic() < deadline, "server did not become ready"
        time.sleep(0.2)


def test_serve_dtype_bfloat16_on_a_cpu(serve_model_dir, tmp_path, free_port):
    with open(tmp_path / "server.log", "w") as log:
        proc, base = _serve(
            serve_model_dir, free_port, "--dtype", "bfloat16", "--model-name", "m", log=log
        )
        try:
            ready = _wait_ready(proc, base)
            assert ready["dtype"] == "bfloat16"  # a CPU's auto would be float32
            body = {"model": "m", "prompt": "def main(", "max_tokens": 6, "ignore_eos": True}
            r = httpx.post(f"{base}/v1/completions", json=body, timeout=60)
            assert r.status_code == 200, r.text
            assert r.json()["usage"]["completion_tokens"] == 6
            proc.send_signal(signal.SIGTERM)
            assert proc.wait(timeout=60) == 0
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()


def test_serve_refuses_an_unknown_dtype(serve_model_dir):
    cmd = [sys.executable, "-m", "genforge.cli", "serve", "--model", str(serve_model_dir)]
    r = subprocess.run([*cmd, "--dtype", "int8"], capture_output=True, text=True, timeout=60)
    assert r.returncode == 2
    assert "--dtype" in r.stderr and "bfloat16" in r.stderr  # names the flag and the choices
