"""Inference engine throughput: single-stream vs Hugging Face, and batch-16 vs sequential.

Prints one JSON line with:

* ``single_stream``: greedy decode tokens/s of our engine and of ``transformers``
  ``generate()`` on the same weights (exported with ``genforge.compress.export.export_hf``),
  same prompt, same number of new tokens; ``same_output`` says whether the greedy ids are
  identical, ``ratio`` is ours / HF (the issue's target: >= 2). Medians over ``--repeats``
  interleaved rounds of: the engine (its scheduler thread), ``generate()`` in the caller's
  thread (``inline_*``), the engine with every step through ``GPT.forward``
  (``forward_path_*``, the path before the lean decode step) and the engine with
  ``compile_decode=True`` (``compiled_*``); ``cpu_ms_per_token`` and ``cpu_ratio`` give the
  same comparison in CPU time of the process (all threads), which other jobs on a shared
  machine move much less than wall time;
* ``batch``: aggregate output tokens/s with 16 concurrent requests vs the same 16 requests
  served one at a time by the same engine (target: >= 4x).

Without ``--model`` a randomly initialised ``demo``-preset model is saved as a model dir,
with a tokenizer trained in-process on a little standard-library text (nothing downloaded).

    .venv/bin/python benchmarks/engine_throughput.py [--model DIR] [--new-tokens 128]
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import sysconfig
import tempfile
import time
from pathlib import Path

import torch

from _output import print_result

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


def build_demo_model_dir(out: Path, seed: int = 0, vocab_size: int = 8192) -> Path:
    """A random-init demo-preset GPT plus an in-process BPE tokenizer, saved as a model dir."""
    from genforge.modeldir import save_model_dir
    from genforge.models.gpt import GPT, config_from_preset
    from genforge.tokenizer import train_tokenizer

    tok = train_tokenizer(stdlib_texts(), vocab_size=vocab_size)
    torch.manual_seed(seed)
    model = GPT(config_from_preset("demo", vocab_size=tok.vocab_size))
    return save_model_dir(out, model, tok)


# CPU seconds of this process (every thread) per callable and round, filled by
# interleaved(): on a machine shared with other jobs the wall time mostly measures waiting
# for a core, while the CPU time a side spends is what it costs.
CPU_TIMES: dict[str, list[float]] = {}


def interleaved(fns: dict, repeats: int) -> tuple[dict, dict]:
    """Wall times of each callable over ``repeats`` rounds, the callables taking turns
    within every round (after one warm-up round), so a change in machine load during the
    run hits every side alike. Returns {name: [seconds per round]} and {name: last result};
    the CPU seconds of each round go to ``CPU_TIMES``."""
    results = {name: fn() for name, fn in fns.items()}
    times: dict = {name: [] for name in fns}
    for name in fns:
        CPU_TIMES[name] = []
    for _ in range(repeats):
        for name, fn in fns.items():
            c0, t0 = time.process_time(), time.perf_counter()
            results[name] = fn()
            times[name].append(time.perf_counter() - t0)
            CPU_TIMES[name].append(time.process_time() - c0)
    return times, results


def time_pair(a, b, repeats: int) -> tuple[float, object, float, object]:
    """Median wall times of ``a`` and ``b`` measured alternately, and their last results."""
    times, results = interleaved({"a": a, "b": b}, repeats)
    return (
        statistics.median(times["a"]),
        results["a"],
        statistics.median(times["b"]),
        results["b"],
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--model", default=None, help="model dir (default: random demo model)")
    ap.add_argument("--new-tokens", type=int, default=128, help="tokens per request (128)")
    ap.add_argument("--streams", type=int, default=16, help="concurrent requests (16)")
    ap.add_argument("--repeats", type=int, default=7, help="interleaved timed rounds (7)")
    ap.add_argument("--vocab", type=int, default=8192, help="tokenizer/model vocab (8192)")
    ap.add_argument("--threads", type=int, default=None, help="torch threads (torch default)")
    ap.add_argument("--batch-repeats", type=int, default=3, help="batch rounds, median (3)")
    ap.add_argument("--skip-batch", action="store_true", help="single-stream figures only")
    ap.add_argument("--out", default=None, help="also write the JSON here")
    args = ap.parse_args(argv)
    if args.threads:
        torch.set_num_threads(args.threads)

    from transformers import AutoModelForCausalLM

    from genforge.compress.export import export_hf
    from genforge.infer.engine import Engine
    from genforge.infer.generate import generate
    from genforge.infer.protocol import SamplingParams

    with tempfile.TemporaryDirectory() as tmp:
        model_dir = (
            Path(args.model)
            if args.model
            else build_demo_model_dir(Path(tmp) / "m", vocab_size=args.vocab)
        )
        hf_dir = export_hf(model_dir, Path(tmp) / "hf")
        engine = Engine.from_model_dir(model_dir, max_batch_size=args.streams)
        # The same engine code with every decode step through GPT.forward instead of the
        # lean DecodeStep: the "before" column, measured in the same rounds.
        plain = Engine(engine.model, engine.tokenizer, max_batch_size=1)
        plain._core.fast_decode = False
        t0 = time.perf_counter()
        compiled = Engine(engine.model, engine.tokenizer, max_batch_size=1, compile_decode=True)
        compile_s = time.perf_counter() - t0
        tok, ctx = engine.tokenizer, engine.context_length
        n_new = min(args.new_tokens, ctx // 2)
        prompt = tok.encode("def main(argv=None):\n    parser = argparse.", add_bos=True)
        greedy = SamplingParams(max_tokens=n_new, temperature=0.0, ignore_eos=True)

        # --- single stream: ours vs transformers generate() on the same exported weights
        def through(eng):
            def run() -> list[int]:
                handle = eng.submit(prompt, greedy)
                return [e.token_id for e in handle if hasattr(e, "token_id")]

            return run

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

        def inline() -> list[int]:
            # The same step code driven in the caller's thread (genforge generate's path).
            return generate(engine.model, prompt, max_new_tokens=n_new, temperature=0)

        times, ids = interleaved(
            {
                "engine": through(engine),
                "generate": inline,
                "hf": theirs,
                "engine_forward_path": through(plain),
                "engine_compiled": through(compiled),
            },
            args.repeats,
        )
        plain.shutdown()
        compiled.shutdown()
        med = {k: statistics.median(v) for k, v in times.items()}
        single = {
            "new_tokens": n_new,
            "prompt_tokens": len(prompt),
            "rounds": args.repeats,
            "hf_tok_s": n_new / med["hf"],
            "ours_tok_s": n_new / med["engine"],
            "ratio": med["hf"] / med["engine"],
            "same_output": ids["engine"] == ids["hf"],
            "inline_generate_tok_s": n_new / med["generate"],
            "inline_ratio": med["hf"] / med["generate"],
            "inline_same_output": ids["generate"] == ids["hf"],
            "forward_path_tok_s": n_new / med["engine_forward_path"],
            "forward_path_ratio": med["hf"] / med["engine_forward_path"],
            "forward_path_same_output": ids["engine_forward_path"] == ids["hf"],
            "compiled_tok_s": n_new / med["engine_compiled"],
            "compiled_ratio": med["hf"] / med["engine_compiled"],
            "compiled_same_output": ids["engine_compiled"] == ids["hf"],
            "compile_s": compile_s,
            # Per-round ratios show the spread the median hides.
            "ratio_per_round": [round(h / o, 3) for h, o in zip(times["hf"], times["engine"])],
            "ms_per_token": {k: 1e3 * v / n_new for k, v in med.items()},
            # CPU time per token (all threads of the process), median over rounds, and
            # HF's over ours: what each side costs, less moved by other jobs than wall time.
            "cpu_ms_per_token": {k: 1e3 * statistics.median(CPU_TIMES[k]) / n_new for k in med},
            "cpu_ratio": {
                k: statistics.median(CPU_TIMES["hf"]) / statistics.median(CPU_TIMES[k])
                for k in med
                if k != "hf"
            },
        }
        if args.skip_batch:
            engine.shutdown()
            return _report(args, engine, single, None)

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

        t_seq, n_seq, t_par, n_par = time_pair(one_at_a_time, concurrent, args.batch_repeats)
        batch = {
            "streams": args.streams,
            "sequential_tok_s": n_seq / t_seq,
            "concurrent_tok_s": n_par / t_par,
            "speedup": (n_par / t_par) / (n_seq / t_seq),
            "rounds": args.batch_repeats,
        }
        engine.shutdown()
    return _report(args, engine, single, batch)


def _report(args, engine, single: dict, batch: dict | None) -> int:
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
    print_result(result, args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
