"""A VLM through the engine (image prefix in the KV cache) vs its own full forward.

Prints one JSON line with:

* ``engine``: wall time and tokens/s of ``--questions`` greedy answers of ``--tokens``
  tokens each, one scene image per question, submitted together to one ``Engine`` over
  ``vlm.lm`` with ``prefix_embeds`` (continuous batching, KV cache);
* ``full_forward``: the same answers by the VLM's uncached loop (the whole image + text
  sequence through ``lm.trunk`` for every new token, all questions as one batch: what a
  VLM without a cached engine path does); ``speedup`` is full_forward / engine, and
  ``same_tokens`` says whether both produced exactly the same ids;
* ``image_ms``: the server's per-image work before prefill (serve/images.py: base64 +
  decode + resize + ViT + projector), median over ``--repeats``, for a scene-sized PNG and
  a 1024x1024 JPEG.

The VLM has ``genforge vlm train``'s default shape (48 px images in 16 px patches: 9 image
positions; ViT 3x128; LM 4x128, context 80) with random weights (speed does not depend on
what was learned); answers run to ``--tokens`` (ignore_eos).

    .venv/bin/python benchmarks/vlm_engine.py [--questions 32] [--tokens 32] [--threads N]
"""

from __future__ import annotations

import argparse
import base64
import io
import os
import platform
import statistics
import sys
import time

import numpy as np
import torch

from _output import print_result
from genforge.infer.engine import Engine
from genforge.infer.protocol import SamplingParams
from genforge.models.gpt import GPTConfig
from genforge.models.vit import ViTConfig
from genforge.models.vlm import VLM, VLMConfig
from genforge.serve.images import decode_data_url, image_prefix, to_pixels
from genforge.vision.scenes import make_split, to_tensor


def build_vlm() -> VLM:
    torch.manual_seed(0)
    vision = ViTConfig(image_size=48, patch_size=16, n_layer=3, n_head=4, n_embd=128)
    lm = GPTConfig(vocab_size=512, n_layer=4, n_head=4, n_embd=128, block_size=80)
    return VLM(VLMConfig(vision=vision, lm=lm)).eval()


@torch.inference_mode()
def full_forward(vlm: VLM, prefix: torch.Tensor, prompt: list[int], n: int) -> list[list[int]]:
    """Greedy ids for every row of ``prefix`` (B, P, C) after ``prompt``, uncached."""
    ids = torch.tensor([prompt] * prefix.size(0))
    for _ in range(n):
        x = torch.cat([prefix, vlm.lm.wte(ids)], dim=1)
        nxt = vlm.lm.lm_head(vlm.lm.trunk(x)[:, -1]).argmax(-1)  # (B,)
        ids = torch.cat([ids, nxt[:, None]], dim=1)
    return ids[:, len(prompt) :].tolist()


def run_engine(engine: Engine, prefix: torch.Tensor, prompt: list[int], n: int):
    params = SamplingParams(max_tokens=n, temperature=0.0, ignore_eos=True)
    handles = [engine.submit(prompt, params, prefix_embeds=p) for p in prefix]
    return [h.collect()[0] for h in handles]


def data_url(image: np.ndarray, fmt: str) -> str:
    from PIL import Image

    buf = io.BytesIO()
    Image.fromarray(image).save(buf, format=fmt)
    return f"data:image/{fmt.lower()};base64," + base64.b64encode(buf.getvalue()).decode()


def image_ms(vlm: VLM, url: str, repeats: int) -> float:
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        img = decode_data_url(url, "url", 8 << 20, 4096 * 4096)
        image_prefix(vlm, to_pixels(img, vlm.config.vision.image_size), [1, *range(20, 44)])
        times.append(time.perf_counter() - t0)
    return round(1000 * statistics.median(times), 2)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--questions", type=int, default=32)
    ap.add_argument("--tokens", type=int, default=32)
    ap.add_argument("--repeats", type=int, default=5)
    ap.add_argument("--threads", type=int, default=None)
    ap.add_argument("--out", default=None, help="also write the JSON line here")
    args = ap.parse_args()
    if args.threads:
        torch.set_num_threads(args.threads)
    vlm = build_vlm()
    S = vlm.config.vision.image_size
    scenes = make_split("test", args.questions, seed=0, size=S)
    with torch.inference_mode():
        prefix = vlm.image_prefix(to_tensor(scenes.images))  # (Q, P, C)
    prompt = [1, *range(20, 44)]  # a chat turn's length: BOS + 24 ids
    engine = Engine(vlm.lm, None, max_batch_size=args.questions)
    run_engine(engine, prefix[:2], prompt, 2)  # warm-up (thread start, first allocations)
    t0 = time.perf_counter()
    got = run_engine(engine, prefix, prompt, args.tokens)
    t_engine = time.perf_counter() - t0
    t0 = time.perf_counter()
    want = full_forward(vlm, prefix, prompt, args.tokens)
    t_full = time.perf_counter() - t0
    engine.shutdown()
    n_tok = args.questions * args.tokens
    rng = np.random.default_rng(0)
    photo = rng.integers(0, 256, (1024, 1024, 3), dtype=np.uint8)
    print_result(
        {
            "benchmark": "vlm_engine",
            "questions": args.questions,
            "tokens_each": args.tokens,
            "image_positions": vlm.image_positions,
            "engine": {"seconds": round(t_engine, 3), "tokens_per_s": round(n_tok / t_engine)},
            "full_forward": {"seconds": round(t_full, 3), "tokens_per_s": round(n_tok / t_full)},
            "speedup": round(t_full / t_engine, 2),
            "same_tokens": got == want,
            "image_ms": {
                f"png_{S}px": image_ms(vlm, data_url(scenes.images[0], "PNG"), args.repeats),
                "jpeg_1024px": image_ms(vlm, data_url(photo, "JPEG"), args.repeats),
            },
            "threads": torch.get_num_threads(),
            "cpu": platform.processor() or platform.machine(),
            "load_avg": round(os.getloadavg()[0], 2),
            "python": sys.version.split()[0],
        },
        args.out,
    )


if __name__ == "__main__":
    main()
