"""genforge's engine against llama.cpp (the CPU inference reference) on the same model:
greedy single-stream decode tok/s and whether the greedy tokens are equal.

The model dir (``--model``, or the demo-size base of benchmarks/quantize.py, trained and
cached on first use) is exported with ``genforge export --format gguf``; llama.cpp runs the
.gguf through llama-cpp-python (``pip install 'genforge[llamacpp]'``), genforge runs the
model dir through its engine. Two pairs of formats:

* ``f32``: the float model dir against the f32 GGUF — same weights, so the greedy tokens
  must be equal (``greedy_equal``);
* ``8bit``: genforge's int8 quantized dir (``genforge quantize --method int8``, per-channel)
  against llama.cpp's q8_0 GGUF (blocks of 32): two different 8-bit schemes, so only the
  share of equal greedy tokens is reported. llama.cpp runs it without its weight
  repacking (which crashed on this machine's CPU); a crash is recorded, not hidden.

Each side runs in its own process (llama.cpp crashed inside its first decode when torch had
run in the same process), one thread each; the processes alternate ``--pairs`` times and
each side's best run counts, so load on the shared machine hits both alike. tok/s counts
the new tokens over the whole call (prompt prefill included) on both sides.

    .venv/bin/python benchmarks/llamacpp.py [--model DIR] [--new-tokens 64] [--pairs 3]
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

PROMPT = "def main(args):\n    "


def worker_genforge(model_dir: str, ids: list[int], new: int, runs: int, stop: int) -> dict:
    import torch

    from genforge.infer.generate import generate
    from genforge.modeldir import load_model_dir

    torch.set_num_threads(1)
    model = load_model_dir(model_dir, device="cpu").model
    generate(model, ids, max_new_tokens=4, temperature=0.0)  # warm-up
    best, out = float("inf"), []
    for _ in range(runs):
        t0 = time.perf_counter()
        out = generate(model, ids, max_new_tokens=new, temperature=0.0, stop_ids=[stop])
        best = min(best, (time.perf_counter() - t0) / max(len(out), 1))
    return {"tok_s": 1.0 / best, "ids": out}


def worker_llamacpp(gguf: str, ids: list[int], new: int, runs: int, stop: int) -> dict:
    import llama_cpp
    import llama_cpp.llama

    if gguf.endswith("q8_0.gguf"):
        # llama.cpp repacks q8_0 weights at load for its AVX512/AMX kernels; on this
        # machine's CPU that path dies with SIGSEGV in the first decode (f32/f16 files run).
        # Llama() takes no switch for it, so the default model params it reads get
        # use_extra_bufts=False: plain q8_0 kernels, no repacking.
        default = llama_cpp.llama_model_default_params

        def no_repack():
            params = default()
            params.use_extra_bufts = False
            return params

        llama_cpp.llama.llama_cpp.llama_model_default_params = no_repack
    llm = llama_cpp.Llama(model_path=gguf, n_ctx=len(ids) + new + 1, n_threads=1, verbose=False)

    def greedy(n: int) -> list[int]:
        out: list[int] = []
        # temp 0 is llama.cpp's greedy sampler; no penalties.
        for t in llm.generate(ids, temp=0.0, top_k=1, repeat_penalty=1.0, reset=True):
            if t == stop or len(out) == n:
                break
            out.append(int(t))
        return out

    greedy(4)  # warm-up
    best, out = float("inf"), []
    for _ in range(runs):
        t0 = time.perf_counter()
        out = greedy(new)
        best = min(best, (time.perf_counter() - t0) / max(len(out), 1))
    return {"tok_s": 1.0 / best, "ids": out}


def run_worker(kind: str, path: Path, ids: list[int], new: int, runs: int, stop: int) -> dict:
    """One side in a fresh process; its JSON result."""
    argv = [sys.executable, __file__, "--worker", kind, "--path", str(path)]
    argv += ["--ids", ",".join(map(str, ids)), "--new-tokens", str(new)]
    argv += ["--runs", str(runs), "--stop", str(stop)]
    done = subprocess.run(argv, capture_output=True, text=True)
    if done.returncode != 0:
        raise RuntimeError(f"{kind} worker failed ({done.returncode}):\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def compare(ours: Path, gguf: Path, ids: list[int], args: Any, stop: int) -> dict[str, Any]:
    best: dict[str, dict] = {}
    for _ in range(args.pairs):
        for kind, path in (("genforge", ours), ("llamacpp", gguf)):
            r = run_worker(kind, path, ids, args.new_tokens, args.runs, stop)
            if kind not in best or r["tok_s"] > best[kind]["tok_s"]:
                best[kind] = r
    a, b = best["genforge"]["ids"], best["llamacpp"]["ids"]
    same = sum(x == y for x, y in zip(a, b, strict=False))
    first_diff = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), None)
    return {
        "genforge_tok_s": round(best["genforge"]["tok_s"], 1),
        "llamacpp_tok_s": round(best["llamacpp"]["tok_s"], 1),
        "ratio_genforge_to_llamacpp": round(
            best["genforge"]["tok_s"] / best["llamacpp"]["tok_s"], 3
        ),
        "new_tokens": [len(a), len(b)],
        "greedy_equal": a == b,
        "equal_prefix": len(a) if first_diff is None else first_diff,
        "equal_share": round(same / max(len(a), len(b), 1), 3),
    }


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--model", help="float genforge model dir (llama arch); default: demo base")
    p.add_argument("--new-tokens", type=int, default=64)
    p.add_argument("--pairs", type=int, default=3, help="alternating process pairs per format")
    p.add_argument("--runs", type=int, default=3, help="timed runs inside each process")
    p.add_argument("--out", help="also write the JSON line here")
    p.add_argument("--worker", choices=["genforge", "llamacpp"], help=argparse.SUPPRESS)
    p.add_argument("--path", help=argparse.SUPPRESS)
    p.add_argument("--ids", help=argparse.SUPPRESS)
    p.add_argument("--stop", type=int, help=argparse.SUPPRESS)
    args = p.parse_args()
    if args.worker:
        ids = [int(t) for t in args.ids.split(",")]
        fn = worker_genforge if args.worker == "genforge" else worker_llamacpp
        print(json.dumps(fn(args.path, ids, args.new_tokens, args.runs, args.stop)))
        return
    # Only looked up here, not imported: llama.cpp runs in the worker processes alone.
    if importlib.util.find_spec("llama_cpp") is None:
        print(json.dumps({"benchmark": "llamacpp", "skipped": "pip install 'genforge[llamacpp]'"}))
        return

    from _output import print_result
    from genforge.compress.gguf_export import export_gguf
    from genforge.compress.quant import quantize_model_dir
    from genforge.modeldir import load_model_dir

    if args.model:
        base = Path(args.model)
    else:
        from quantize import STEPS, base_model_dir

        base = base_model_dir("demo", STEPS["demo"])
    tok = load_model_dir(base).tokenizer
    ids = tok.encode(PROMPT, add_bos=True)
    rows = {}
    with tempfile.TemporaryDirectory(prefix="genforge-llamacpp-") as work:
        w = Path(work)
        rows["f32"] = compare(base, export_gguf(base, w / "m.gguf"), ids, args, tok.eos_id)
        quantize_model_dir(base, w / "int8", "int8")
        q8 = export_gguf(base, w / "m-q8_0.gguf", dtype="q8_0")
        try:
            rows["8bit"] = compare(w / "int8", q8, ids, args, tok.eos_id)
        except RuntimeError as e:
            # A crash of the llama.cpp worker is a result too: recorded, not hidden.
            rows["8bit"] = {"error": str(e).splitlines()[0]}
    result = {
        "benchmark": "llamacpp",
        "model": str(base),
        "threads": 1,
        "prompt_tokens": len(ids),
        "rows": rows,
    }
    print_result(result, args.out)


if __name__ == "__main__":
    main()
