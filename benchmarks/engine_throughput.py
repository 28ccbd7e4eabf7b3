"""Inference engine throughput: single-stream vs Hugging Face, and batch-16 vs sequential.

Prints one JSON line with:

* ``single_stream``: greedy decode tokens/s of our engine and of ``transformers``
  ``generate()`` on the same weights (exported with ``genforge.compress.export.export_hf``),
  same prompt, same number of new tokens; ``same_output`` says whether the greedy ids are
  identical, ``ratio`` is ours / HF (the issue's target: >= 2);
* ``batch``: aggregate output tokens/s with 16 concurrent requests vs the same 16 requests
  served one at a time by the same engine (target: >= 4x).

Without ``--model`` a randomly initialised ``demo``-preset model is saved as a model dir,
with a tokenizer trained in-process on a little standard-library text (nothing downloaded).

    .venv/bin/python benchmarks/engine_throughput.py [--model DIR] [--new-tokens 128]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import sysconfig
import tempfile
import time
from pathlib import Path

import torch

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")


def stdlib_texts(limit_bytes: int = 2_000_000) -> list[str]:
    """A little real text: the first Python files of the standard library."""
    root = Path(sysconfig.get_paths()["stdlib"])
    texts, total = [], 0
    for path in sorted(root.glob("*.py")):
        text = path.read_text(encoding="utf-8", errors="replace")
        texts.append(text)
        total += len(text)
        if total >= limit_bytes:
            break
    return texts


def build_demo_model_dir(out: Path, seed: int = 0) -> Path:
    """A random-init demo-preset GPT plus an in-process BPE tokenizer, saved as a model dir."""
    from genforge.modeldir import save_model_dir
    from genforge.models.gpt import GPT, config_from_preset
    from genforge.tokenizer import train_tokenizer

    tok = train_tokenizer(stdlib_texts(), vocab_size=4096)
    torch.manual_seed(seed)
    model = GPT(config_from_preset("demo", vocab_size=tok.vocab_size))
    return save_model_dir(out, model, tok)


def time_call(fn, repeats: int) -> tuple[float, object]:
    """Best wall time over ``repeats`` calls of ``fn`` (after one warm-up), and its result."""
    result = fn()
    best = float("inf")
    for _ in range(repeats):
        t0 = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - t0)
    return best, result


def time_pair(a, b, repeats: int) -> tuple[float, object, float, object]:
    """Best wall times of ``a`` and ``b`` measured alternately, so a change in machine load
    during the run hits both sides alike."""
    ra, rb = a(), b()
    ta = tb = float("inf")
    for _ in range(repeats):
        t0 = time.perf_counter()
        ra = a()
        ta = min(ta, time.perf_counter() - t0)
        t0 = time.perf_counter()
        rb = b()
        tb = min(tb, time.perf_counter() - t0)
    return ta, ra, tb, rb


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--model", default=None, help="model dir (default: random demo model)")
    ap.add_argument("--new-tokens", type=int, default=128, help="tokens per request (128)")
    ap.add_argument("--streams", type=int, default=16, help="concurrent requests (16)")
    ap.add_argument("--repeats", type=int, default=5, help="timed repeats, best kept (5)")
    ap.add_argument("--threads", type=int, default=None, help="torch threads (torch default)")
    ap.add_argument("--out", default=None, help="also write the JSON here")
    args = ap.parse_args(argv)
    if args.threads:
        torch.set_num_threads(args.threads)

    from transformers import AutoModelForCausalLM

    from genforge.compress.export import export_hf
    from genforge.infer.engine import Engine, SamplingParams
    from genforge.infer.generate import generate

    with tempfile.TemporaryDirectory() as tmp:
        model_dir = Path(args.model) if args.model else build_demo_model_dir(Path(tmp) / "m")
        hf_dir = export_hf(model_dir, Path(tmp) / "hf")
        engine = Engine.from_model_dir(model_dir, max_batch_size=args.streams)
        tok, ctx = engine.tokenizer, engine.context_length
        n_new = min(args.new_tokens, ctx // 2)
        prompt = tok.encode("def main(argv=None):\n    parser = argparse.", add_bos=True)
        greedy = SamplingParams(max_tokens=n_new, temperature=0.0, ignore_eos=True)

        # --- single stream: ours vs transformers generate() on the same exported weights
        def ours() -> list[int]:
            handle = engine.submit(prompt, greedy)
            return [e.token_id for e in handle if hasattr(e, "token_id")]

        hf = AutoModelForCausalLM.from_pretrained(hf_dir, dtype=torch.float32).eval()
        hf.generation_config.eos_token_id = None  # same length as ours: no early stop
        hf.generation_config.pad_token_id = tok.pad_id
        x = torch.tensor([prompt])

        def theirs() -> list[int]:
            with torch.inference_mode():
                out = hf.generate(
                    x,
                    attention_mask=torch.ones_like(x),
                    max_new_tokens=n_new,
                    min_new_tokens=0,
                    do_sample=False,
                    top_k=None,
                    top_p=None,
                    temperature=None,
                )
            return out[0, len(prompt) :].tolist()

        t_ours, ids_ours, t_hf, ids_hf = time_pair(ours, theirs, args.repeats)

        def ours_inline() -> list[int]:
            # The same step code driven in the caller's thread (genforge generate's path).
            return generate(engine.model, prompt, max_new_tokens=n_new, temperature=0)

        t_inline, ids_inline, _, _ = time_pair(ours_inline, lambda: None, args.repeats)
        single = {
            "new_tokens": n_new,
            "prompt_tokens": len(prompt),
            "ours_tok_s": n_new / t_ours,
            "hf_tok_s": n_new / t_hf,
            "ratio": t_hf / t_ours,
            "same_output": ids_ours == ids_hf,
            "inline_generate_tok_s": n_new / t_inline,
            "inline_ratio": t_hf / t_inline,
            "inline_same_output": ids_inline == ids_hf,
        }

        # --- batch: N streams at once vs the same N requests one at a time
        prompts = [
            tok.encode(f"def function_{i}(x, y):\n    return", add_bos=True)
            for i in range(args.streams)
        ]
        sampled = [
            SamplingParams(max_tokens=n_new, temperature=0.8, top_k=50, seed=i, ignore_eos=True)
            for i in range(args.streams)
        ]

        def one_at_a_time() -> int:
            return sum(engine.generate(p, s).completion_tokens for p, s in zip(prompts, sampled))

        def concurrent() -> int:
            handles = [engine.submit(p, s) for p, s in zip(prompts, sampled)]
            return sum(h.result().completion_tokens for h in handles)

        t_seq, n_seq, t_par, n_par = time_pair(one_at_a_time, concurrent, 1)
        batch = {
            "streams": args.streams,
            "sequential_tok_s": n_seq / t_seq,
            "concurrent_tok_s": n_par / t_par,
            "speedup": (n_par / t_par) / (n_seq / t_seq),
        }
        engine.shutdown()
        model_cfg = engine.model.config.to_dict()

    result = {
        "benchmark": "engine_throughput",
        "model": args.model or "random demo preset",
        "model_config": {k: model_cfg[k] for k in ("n_layer", "n_embd", "vocab_size")},
        "torch_threads": torch.get_num_threads(),
        # Other processes on the machine slow both sides; the ratios are measured together.
        "load_average_1m": os.getloadavg()[0],
        "machine": platform.processor() or platform.machine(),
        "single_stream": single,
        "batch": batch,
    }
    line = json.dumps(result, sort_keys=True)
    print(line)
    if args.out:
        from genforge.io import atomic_write_text

        atomic_write_text(args.out, line + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
