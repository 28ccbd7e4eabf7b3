"""genforge's engine against onnxruntime running genforge's ONNX export of the same model:
greedy single-stream decode tok/s, logits agreement and greedy-token equality.

The model dir (``--model``, or the demo-size base of benchmarks/quantize.py) is exported
with ``genforge export --format onnx`` (decoder with KV-cache inputs/outputs); onnxruntime
runs it through ``OnnxDecoder.greedy`` (prefill, then one cached step per token), genforge
through ``generate`` (the engine). One thread each, timed in alternation, best of
``--rounds``; tok/s counts new tokens over the whole call (prefill included) on both sides.

    .venv/bin/python benchmarks/onnx_decode.py [--model DIR] [--new-tokens 64] [--rounds 5]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

PROMPT = "def main(args):\n    "


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--model", help="float genforge model dir; default: the demo base")
    p.add_argument("--new-tokens", type=int, default=64)
    p.add_argument("--rounds", type=int, default=5)
    p.add_argument("--out", help="also write the JSON line here")
    args = p.parse_args()
    import numpy as np
    import torch

    from _output import print_result
    from genforge.compress.onnx_export import OnnxDecoder, export_onnx
    from genforge.infer.generate import generate
    from genforge.modeldir import load_model_dir

    if args.model:
        base = Path(args.model)
    else:
        from quantize import STEPS, base_model_dir

        base = base_model_dir("demo", STEPS["demo"])
    torch.set_num_threads(1)
    loaded = load_model_dir(base)
    model, tok = loaded.model, loaded.tokenizer
    ids = tok.encode(PROMPT, add_bos=True)
    stop = {tok.eos_id}
    with tempfile.TemporaryDirectory(prefix="genforge-onnx-") as work:
        t0 = time.perf_counter()
        export_onnx(base, Path(work) / "onnx")
        export_s = time.perf_counter() - t0
        dec = OnnxDecoder(Path(work) / "onnx", threads=1)
        sample = torch.randint(0, model.config.vocab_size, (2, 64))
        with torch.no_grad():
            want = model(sample)[0].numpy()
        max_diff = float(np.abs(dec.forward(sample.numpy())[0] - want).max())
        best = {"genforge": float("inf"), "onnxruntime": float("inf")}
        outs: dict[str, list[int]] = {}
        runs = {
            "genforge": lambda: generate(
                model, ids, max_new_tokens=args.new_tokens, temperature=0.0, stop_ids=stop
            ),
            "onnxruntime": lambda: dec.greedy(ids, args.new_tokens, stop),
        }
        for run in runs.values():
            run()  # warm-up
        for _ in range(args.rounds):
            for name, run in runs.items():
                t0 = time.perf_counter()
                outs[name] = run()
                best[name] = min(best[name], (time.perf_counter() - t0) / max(len(outs[name]), 1))
    tok_s = {k: round(1 / v, 1) for k, v in best.items()}
    print_result(
        {
            "benchmark": "onnx_decode",
            "model": str(base),
            "threads": 1,
            "export_s": round(export_s, 1),
            "logits_max_abs_diff": max_diff,
            "genforge_tok_s": tok_s["genforge"],
            "onnxruntime_tok_s": tok_s["onnxruntime"],
            "ratio_genforge_to_onnxruntime": round(tok_s["genforge"] / tok_s["onnxruntime"], 3),
            "new_tokens": len(outs["genforge"]),
            "greedy_equal": outs["genforge"] == outs["onnxruntime"],
        },
        args.out,
    )


if __name__ == "__main__":
    main()
