"""`genforge serve --model registry:NAME@production` follows the alias: promote moves it and
the server swaps models under load with no failed request; in-flight streams finish on the
old model, requests that start after the swap is visible get the new one."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx

from genforge.ops.registry import Registry

SRC = Path(__file__).parents[2] / "src"


def _start(reg: Registry, tmp_path: Path, port: int) -> tuple[subprocess.Popen, str]:
    log = open(tmp_path / "server.log", "w")
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "genforge.cli",
            "serve",
            "--model",
            "registry:demo@production",
            "--registry",
            str(reg.root),
            "--port",
            str(port),
            "--device",
            "cpu",
            "--no-compile-decode",
            "--watch-interval",
            "0.2",
            "--max-batch-size",
            "8",
            "--log-level",
            "warning",
        ],
        env={**os.environ, "PYTHONPATH": str(SRC)},
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 120
    while True:
        assert proc.poll() is None, (tmp_path / "server.log").read_text()
        try:
            if httpx.get(f"{base}/ready", timeout=1).status_code == 200:
                return proc, base
        except httpx.TransportError:
            pass
        assert time.monotonic() < deadline, "server did not become ready"
        time.sleep(0.2)


def _stream(
    client: httpx.Client, base: str, prompt: str, max_tokens: int = 40, started=None
) -> dict:
    """One streamed chat completion: its fingerprints, ending and client-side times
    (``started`` is set at its first chunk)."""
    body = {
        "model": "demo",
        "messages": [{"role": "user", "content": prompt}],
        "max_tokens": max_tokens,
        "ignore_eos": True,
        "temperature": 0,
        "stream": True,
    }
    out = {"start": time.monotonic(), "fingerprints": set(), "finish": None, "done": False}
    with client.stream("POST", f"{base}/v1/chat/completions", json=body, timeout=120) as r:
        out["status"] = r.status_code
        for line in r.iter_lines():
            if not line:
                continue
            data = line.removeprefix("data: ")
            if data == "[DONE]":
                out["done"] = True
                continue
            event = json.loads(data)
            if "error" in event:
                out["error"] = event["error"]
                continue
            out.setdefault("first", time.monotonic())
            if started is not None:
                started.set()
            out["fingerprints"].add(event["system_fingerprint"])
            if event["choices"] and event["choices"][0]["finish_reason"]:
                out["finish"] = event["choices"][0]["finish_reason"]
    out["end"] = time.monotonic()
    return out


def _greedy(base: str) -> tuple[str, list[float]]:
    """The fingerprint and the greedy tokens' log-probabilities (which differ per model)."""
    body = {"model": "demo", "prompt": "def main(", "max_tokens": 4, "temperature": 0}
    r = httpx.post(f"{base}/v1/completions", json=body | {"logprobs": 1}, timeout=60)
    assert r.status_code == 200, r.text
    j = r.json()
    return j["system_fingerprint"], j["choices"][0]["logprobs"]["token_logprobs"]


def test_alias_move_swaps_models_under_load_without_failures(model_factory, tmp_path, free_port):
    reg = Registry(tmp_path / "registry")
    # A long context, so one answer can outlast the swap (which starts a new engine
    # process: ~2 s on 2 CPU cores).
    reg.add(model_factory(11, context=4096), "demo", alias="production")
    reg.add(model_factory(12, context=4096), "demo")
    proc, base = _start(reg, tmp_path, free_port)
    results: list[dict] = []
    errors: list[BaseException] = []
    stop = threading.Event()

    def client_loop(i: int) -> None:
        with httpx.Client() as client:
            n = 0
            while not stop.is_set():
                try:
                    results.append(_stream(client, base, f"client {i} request {n}"))
                except BaseException as e:  # a dropped connection is a failed request
                    errors.append(e)
                n += 1

    try:
        fp1, lp1 = _greedy(base)
        assert fp1 == "demo@v1"
        threads = [threading.Thread(target=client_loop, args=(i,)) for i in range(6)]
        for t in threads:
            t.start()
        time.sleep(1.0)
        long_started = threading.Event()
        long: list[dict] = []
        long_thread = threading.Thread(
            target=lambda: long.append(
                _stream(httpx.Client(), base, "long", max_tokens=3900, started=long_started)
            )
        )
        long_thread.start()
        assert long_started.wait(60)
        reg.promote("demo@2")
        deadline = time.monotonic() + 60
        while not any("demo@v2" in r["fingerprints"] for r in list(results)):
            assert time.monotonic() < deadline, "the server never swapped to v2"
            time.sleep(0.05)
        time.sleep(2.0)
        stop.set()
        for t in [*threads, long_thread]:
            t.join(timeout=120)
        fp2, lp2 = _greedy(base)
    finally:
        stop.set()
        proc.terminate()
        proc.wait(timeout=60)
    assert not errors, errors[:3]
    assert len(results) >= 12
    failed = [r for r in results if r["status"] != 200 or not r["done"] or r["finish"] != "length"]
    assert not failed, failed[:3]
    # Each stream was answered by one model from its first chunk to its last.
    assert all(len(r["fingerprints"]) == 1 for r in results)
    old = [r for r in results if r["fingerprints"] == {"demo@v1"}]
    new = [r for r in results if r["fingerprints"] == {"demo@v2"}]
    assert old and new and len(old) + len(new) == len(results)
    first_new = min(r["first"] for r in new)
    (lg,) = long
    print(
        f"hot swap: {len(results)} streams ({len(old)} on v1, {len(new)} on v2), 0 failed; "
        f"the long stream ended {lg['end'] - first_new:.2f} s after v2's first answer"
    )
    # The long stream began on v1 before the promote and was still running when v2 had
    # already answered: it finished, whole, on the old model.
    assert lg["fingerprints"] == {"demo@v1"} and lg["finish"] == "length" and lg["done"]
    assert lg["end"] > first_new
    # Requests that started once v2 was answering all went to v2.
    assert all(r["fingerprints"] == {"demo@v2"} for r in results if r["start"] > first_new)
    assert fp2 == "demo@v2" and lp2 != lp1  # really another model, not a relabel


def test_a_corrupted_new_version_is_refused_and_the_old_one_keeps_serving(model_factory, tmp_path):
    from genforge.commands.serve import _follow, _from_registry
    from genforge.serve import ServeSettings, build_engine, start_server_thread

    reg = Registry(tmp_path / "registry")
    reg.add(model_factory(11), "demo", alias="production")
    v2 = reg.add(model_factory(12), "demo")
    blob = reg.store.blob_path(v2.manifest["model.safetensors"]["sha256"])
    os.chmod(blob, 0o644)
    blob.write_bytes(blob.read_bytes()[:-8] + b"garbage!")
    settings = ServeSettings(host="127.0.0.1", port=0, shutdown_timeout=5.0)
    follower, path, settings = _from_registry("registry:demo@production", str(reg.root), settings)
    assert settings.model_name == "demo"

    def load(p):
        return build_engine(p, settings, device="cpu")

    running = start_server_thread(load(path), settings)
    try:
        _follow(follower, load, 0.1)(running.app)
        assert _greedy(running.base_url)[0] == "demo@v1"
        reg.promote("demo@2")
        watcher = running.app.state.model_watcher
        deadline = time.monotonic() + 30
        while watcher.last_error is None:
            assert time.monotonic() < deadline
            time.sleep(0.05)
        assert "model.safetensors is corrupted" in watcher.last_error
        assert _greedy(running.base_url)[0] == "demo@v1"  # still the good model
        reg.rollback("demo")  # the alias back on v1: nothing to swap, the error clears
        time.sleep(0.5)
        assert watcher.last_error is None and watcher.current == "demo@v1"
        watcher.stop()
    finally:
        running.stop()
