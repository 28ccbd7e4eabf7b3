"""Cold start: the decode step compiled in the background while requests decode eagerly
(the same tokens before, during and after the switch), and /ready saying which."""

from __future__ import annotations

import threading
import time

import httpx
import pytest

from genforge.infer.decode_step import DecodeStep
from genforge.infer.engine import Engine
from genforge.infer.protocol import SamplingParams
from genforge.modeldir import load_model_dir
from genforge.serve import ServeSettings, build_engine, start_server_thread


def _greedy(engine: Engine, prompt: list[int]) -> str:
    return engine.generate(prompt, SamplingParams(max_tokens=24, temperature=0.0)).text


@pytest.mark.slow  # a torch.compile on the CPU (tens of seconds on a loaded machine)
def test_background_compile_serves_eagerly_then_switches(model_factory, monkeypatch):
    # The compile waits for a gate the test opens only after the first answer: on an idle
    # machine (or with inductor's on-disk cache warm) the compile could otherwise finish
    # before that answer and the check of "did not wait" would race. An answer that waited
    # for the compile would hang until the gate's timeout and find the mode "compiled".
    gate = threading.Event()
    warm_up = DecodeStep.warm_up

    def gated(self, max_len):
        gate.wait(timeout=120)
        return warm_up(self, max_len)

    monkeypatch.setattr(DecodeStep, "warm_up", gated)
    loaded = load_model_dir(model_factory(21), device="cpu")
    eager = Engine(loaded.model, loaded.tokenizer, max_batch_size=2)
    prompt = loaded.tokenizer.encode("def add(a, b):\n    return")
    eager.start()
    want = _greedy(eager, prompt)
    eager.shutdown()

    engine = Engine(loaded.model, loaded.tokenizer, max_batch_size=2, compile_decode="background")
    assert engine.decode_mode == "compiling"  # nothing compiled in the constructor
    engine.start()
    try:
        engine.compile_in_background()
        during = _greedy(engine, prompt)
        assert engine.decode_mode == "compiling"  # that answer did not wait for the compile
        gate.set()
        deadline = time.monotonic() + 600
        while engine.decode_mode == "compiling" and time.monotonic() < deadline:
            time.sleep(0.5)
        assert engine.decode_mode == "compiled"
        after = _greedy(engine, prompt)
    finally:
        gate.set()  # a failed check above must not leave shutdown waiting on the compile
        engine.shutdown()
    assert during == want and after == want


@pytest.mark.slow
def test_ready_reports_the_decode_mode(model_factory):
    model = model_factory(22)
    settings = ServeSettings(host="127.0.0.1", port=0, model_name="m", shutdown_timeout=5.0)
    engine = build_engine(model, settings, device="cpu", compile_decode="background")
    running = start_server_thread(engine, settings)
    try:
        first = httpx.get(f"{running.base_url}/ready").json()
        assert first["status"] == "ready" and first["decode"] in ("compiling", "compiled")
        r = httpx.post(
            f"{running.base_url}/v1/completions",
            json={"model": "m", "prompt": "import os", "max_tokens": 4, "temperature": 0},
            timeout=120,
        )
        assert r.status_code == 200, r.text
        deadline = time.monotonic() + 600
        while time.monotonic() < deadline:
            if httpx.get(f"{running.base_url}/ready").json()["decode"] != "compiling":
                break
            time.sleep(0.5)
        assert httpx.get(f"{running.base_url}/ready").json()["decode"] == "compiled"
    finally:
        running.stop()
