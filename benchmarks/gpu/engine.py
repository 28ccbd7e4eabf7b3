"""The genforge engine against Hugging Face ``generate()`` on one GPU, same weights, bf16.

A random-init GPT-2-shaped genforge model (12 layers x 768, 12 heads, vocab 32768,
context 1024: the 124M shape) is saved as a model dir, exported with
``genforge.compress.export.export_hf`` in bfloat16 and loaded by ``transformers``. Both
sides decode ``--new-tokens`` greedy tokens after a ``--prompt-len``-token random prompt
per row, at batch 1, 64 and 256; tokens/s counts generated tokens over the wall time of
the whole batch (prefill included), median of ``--repeats`` runs after one warm-up run
(which also captures the engine's CUDA graphs: ``graph_capture_s``). At batch 1 the
engine also runs without CUDA graphs (``eager``), and the greedy outputs are compared:
in bf16 (where two correct implementations may part at a near tie of a random model's
flat logits: ``bf16_same_prefix`` says after how many tokens) and in float32 for
``--fp32-check-tokens`` tokens, which must be identical.

Prints one JSON line. On a CPU, ``--toy`` runs a 2-layer model at small batches in
seconds (tested in ``make test``):

    PYTHONPATH=src python benchmarks/gpu/engine.py            # the GPU run (<= 4 min, H200)
    PYTHONPATH=src python benchmarks/gpu/engine.py --toy      # CPU, seconds
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

import torch

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

from genforge.compress.export import export_hf
from genforge.infer.engine import Engine
from genforge.infer.protocol import SamplingParams
from genforge.modeldir import save_model_dir
from genforge.models.gpt import GPT, GPTConfig
from genforge.tokenizer import train_tokenizer

FULL = dict(n_layer=12, n_head=12, n_embd=768, vocab_size=32768, block_size=1024)
TOY = dict(n_layer=2, n_head=4, n_embd=64, vocab_size=512, block_size=128)


def sync(device: torch.device) -> None:
    if device.type == "cuda":
        torch.cuda.synchronize(device)


def build(tmp: Path, shape: dict, device: torch.device):
    """(genforge model dir, HF export dir): random init, a small in-process tokenizer (the
    benchmark feeds ids; the model's vocab is what sets the LM head's cost)."""
    torch.manual_seed(0)
    model = GPT(GPTConfig(arch="gpt2", tie_embeddings=True, **shape))
    tok = train_tokenizer(["def main(argv=None):\n    return 0\n" * 50], vocab_size=300)
    src = save_model_dir(tmp / "genforge", model, tok)
    return src, export_hf(src, tmp / "hf", dtype="bfloat16")


def ours_run(engine: Engine, prompts: list[list[int]], new: int) -> tuple[float, list]:
    params = SamplingParams(max_tokens=new, temperature=0.0, ignore_eos=True)
    t0 = time.perf_counter()
    handles = [engine.submit(p, params) for p in prompts]
    out = [h.collect()[0] for h in handles]
    sync(engine.device)
    return time.perf_counter() - t0, out


def hf_run(hf, prompts: list[list[int]], new: int) -> tuple[float, list]:
    device = hf.device
    ids = torch.tensor(prompts, device=device)
    t0 = time.perf_counter()
    with torch.inference_mode():
        out = hf.generate(
            ids,
            attention_mask=torch.ones_like(ids),
            max_new_tokens=new,
            do_sample=False,
            pad_token_id=0,
        )
    sync(device)
    return time.perf_counter() - t0, out[:, ids.size(1) :].tolist()


def timed(fn, repeats: int) -> tuple[float, list]:
    fn()  # warm-up: CUDA graphs, cuBLAS handles, HF's first-call set-up
    times, out = [], None
    for _ in range(repeats):
        t, out = fn()
        times.append(t)
    return statistics.median(times), out


def same_prefix(a: list[int], b: list[int]) -> int:
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--toy", action="store_true", help="2-layer model, small batches (CPU)")
    ap.add_argument("--device", default=None, help="cuda if available, else cpu")
    ap.add_argument("--batches", default=None, help="comma list (1,64,256; toy: 1,4)")
    ap.add_argument("--new-tokens", type=int, default=None, help="greedy tokens (256; toy 16)")
    ap.add_argument("--prompt-len", type=int, default=32, help="prompt tokens per row (32)")
    ap.add_argument("--repeats", type=int, default=3, help="timed runs per cell, median (3)")
    ap.add_argument("--fp32-check-tokens", type=int, default=64, help="fp32 equality run (64)")
    ap.add_argument("--out", default=None, help="also write the JSON here")
    args = ap.parse_args(argv)
    from transformers import AutoModelForCausalLM

    device = torch.device(args.device or ("cuda" if torch.cuda.is_available() else "cpu"))
    shape = TOY if args.toy else FULL
    batches = [int(b) for b in (args.batches or ("1,4" if args.toy else "1,64,256")).split(",")]
    new = args.new_tokens or (16 if args.toy else 256)
    dtype = torch.bfloat16
    gen = torch.Generator().manual_seed(1)
    t_start = time.perf_counter()
    result: dict = {
        "benchmark": "gpu_engine",
        "device": torch.cuda.get_device_name(device) if device.type == "cuda" else "cpu",
        "torch": torch.__version__,
        "model": {**shape, "arch": "gpt2", "init": "random"},
        "dtype": "bfloat16",
        "new_tokens": new,
        "prompt_tokens": args.prompt_len,
        "batches": {},
    }
    with tempfile.TemporaryDirectory() as tmp:
        src, hf_dir = build(Path(tmp), shape, device)
        import transformers

        result["transformers"] = transformers.__version__
        # .to(dtype) as well: a transformers older than the `dtype` keyword ignores it.
        hf = AutoModelForCausalLM.from_pretrained(hf_dir, dtype=dtype)
        hf = hf.to(device=device, dtype=dtype).eval()
        hf.generation_config.eos_token_id = None  # ignore_eos on both sides
        result["hf_dtype"] = str(next(hf.parameters()).dtype)
        # Each engine's pool holds what the run needs (as HF's growing cache does), not
        # max_batch x 1024 positions: the graphs' attention spans the pool's length.
        ctx = args.prompt_len + new
        per_token = 2 * shape["n_layer"] * shape["n_embd"] * 2  # K+V, bf16
        for B in batches:
            prompts = torch.randint(
                0, shape["vocab_size"], (B, args.prompt_len), generator=gen
            ).tolist()
            engine = Engine.from_model_dir(
                src,
                device=device,
                dtype="bfloat16",
                max_batch_size=B,
                kv_memory_bytes=B * ctx * per_token,
            )
            t_ours, ours_out = timed(lambda e=engine, p=prompts: ours_run(e, p, new), args.repeats)
            t_hf, hf_out = timed(lambda p=prompts: hf_run(hf, p, new), args.repeats)
            cell = {
                "ours_tok_s": round(B * new / t_ours, 1),
                "hf_tok_s": round(B * new / t_hf, 1),
                "ratio": round(t_hf / t_ours, 2),
                "graph_decode": engine.stats()["graph_decode"],
                "graph_capture_s": round(engine.stats()["graph_capture_s"], 2),
                "same_output_rows": sum(a == b for a, b in zip(ours_out, hf_out)),
                "rows": B,
            }
            engine.shutdown()
            if B == 1:
                eager = Engine.from_model_dir(
                    src,
                    device=device,
                    dtype="bfloat16",
                    max_batch_size=1,
                    kv_memory_bytes=ctx * per_token,
                    graph_decode=False,
                )
                t_eager, _ = timed(lambda e=eager, p=prompts: ours_run(e, p, new), args.repeats)
                eager.shutdown()
                cell["ours_eager_tok_s"] = round(new / t_eager, 1)
                cell["bf16_same_prefix"] = same_prefix(ours_out[0], hf_out[0])
                result["fp32_same_output"] = fp32_check(src, hf_dir, prompts, args, device)
            result["batches"][str(B)] = cell
            print(json.dumps({B: cell}), file=sys.stderr, flush=True)
    result["wall_s"] = round(time.perf_counter() - t_start, 1)
    line = json.dumps(result, sort_keys=True)
    print(line)
    if args.out:
        Path(args.out).write_text(line + "\n")
    return 0


def fp32_check(src: Path, hf_dir: Path, prompts: list, args, device: torch.device) -> bool:
    """Greedy ids identical, ours vs HF, both in float32, at batch 1."""
    from transformers import AutoModelForCausalLM

    n = args.fp32_check_tokens
    hf = AutoModelForCausalLM.from_pretrained(hf_dir, dtype=torch.float32)
    hf = hf.to(device=device, dtype=torch.float32).eval()
    hf.generation_config.eos_token_id = None
    engine = Engine.from_model_dir(src, device=device, max_batch_size=1, dtype="float32")
    _, ours = ours_run(engine, prompts[:1], n)
    _, theirs = hf_run(hf, prompts[:1], n)
    engine.shutdown()
    del hf
    return ours == theirs


if __name__ == "__main__":
    sys.exit(main())
