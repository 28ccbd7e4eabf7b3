"""Cold start of `genforge serve`: process start -> /ready -> first streamed token.

Spawns the real command (a fresh Python process, as a container or a scaled-from-zero pod
starts it) and times, from just before the spawn: ``ready_s`` (GET /ready answers 200: model
loaded, engine started) and ``first_token_s`` (the first token of a streamed chat answer sent
right after ready) and, where the decode step compiles in the background, ``compiled_s``
(/ready reports ``"decode": "compiled"``). Each setting is run ``--repeats`` times,
alternating, and the median kept. Settings: ``background`` (the default: ready once the
weights are loaded, the decode step compiled in a thread while requests decode eagerly),
``before_ready`` (``--compile-before-ready``: compiled at start-up, before /ready; the
default until the background compile), ``no_compile`` (``--no-compile-decode``) and
``in_process`` (``--in-process``: the engine in the server's process instead of a child
process of its own, with the background compile).

    .venv/bin/python benchmarks/cold_start.py [--model MODEL_DIR] [--preset demo] [--repeats 3]

Without --model a model dir of the given preset (default ``demo``, the size `make demo`
trains) with random weights is written first; load time does not depend on the values.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import statistics
import subprocess
import sys
import sysconfig
import tempfile
import time
from pathlib import Path

import httpx
import torch

from _output import print_result
from genforge.modeldir import save_model_dir
from genforge.models.gpt import GPT, config_from_preset
from genforge.tokenizer import train_tokenizer


def _port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def make_model(preset: str, out: Path) -> Path:
    root = Path(sysconfig.get_paths()["stdlib"])
    tok = train_tokenizer([(root / "textwrap.py").read_text()], vocab_size=2048)
    torch.manual_seed(0)
    return save_model_dir(out, GPT(config_from_preset(preset, vocab_size=2048)), tok)


def one_start(model: str, extra: list[str]) -> dict[str, float]:
    port = _port()
    base = f"http://127.0.0.1:{port}"
    t0 = time.perf_counter()
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "genforge.cli",
            "serve",
            "--model",
            model,
            "--port",
            str(port),
            "--device",
            "cpu",
            "--log-level",
            "warning",
            *extra,
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=os.environ.copy(),
    )
    try:
        while True:
            try:
                if httpx.get(f"{base}/ready", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if proc.poll() is not None:
                raise SystemExit(f"the server exited with {proc.returncode}")
            time.sleep(0.02)
        ready = time.perf_counter() - t0
        body = {"messages": [{"role": "user", "content": "hi"}], "max_tokens": 4, "stream": True}
        with httpx.stream("POST", f"{base}/v1/chat/completions", json=body, timeout=120) as r:
            for line in r.iter_lines():
                if line.startswith("data: {") and json.loads(line[6:])["choices"]:
                    break
        first = time.perf_counter() - t0
        compiled = None
        while compiled is None and "--no-compile-decode" not in extra:
            if httpx.get(f"{base}/ready", timeout=5).json().get("decode") != "compiling":
                compiled = time.perf_counter() - t0
            time.sleep(0.2)
    finally:
        proc.terminate()
        proc.wait(timeout=60)
    out = {"ready_s": ready, "first_token_s": first}
    return out if compiled is None else {**out, "compiled_s": compiled}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model", default=None)
    ap.add_argument("--preset", default="demo")
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--out", default=None)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        model = args.model or str(make_model(args.preset, Path(tmp) / "model"))
        settings = {
            "background": [],
            "before_ready": ["--compile-before-ready"],
            "no_compile": ["--no-compile-decode"],
            "in_process": ["--in-process"],
        }
        runs: dict[str, list[dict[str, float]]] = {k: [] for k in settings}
        for _ in range(args.repeats):
            for name, extra in settings.items():
                runs[name].append(one_start(model, extra))
        size = sum(p.stat().st_size for p in Path(model).glob("*.safetensors"))
    result = {
        "benchmark": "cold_start",
        "model": args.model or f"preset {args.preset} (random weights)",
        "weights_mb": round(size / 1e6, 1),
        "repeats": args.repeats,
        **{
            name: {k: round(statistics.median(r[k] for r in rs), 2) for k in rs[0]}
            for name, rs in runs.items()
        },
    }
    print_result(result, args.out)


if __name__ == "__main__":
    main()
