"""Inference: sampling functions over logits and the KV-cached generation loop."""

from genforge.infer.generate import generate, generate_text, iter_generate
from genforge.infer.sampling import (
    greedy,
    make_generator,
    sample_next,
    top_k_filter,
    top_p_filter,
)
from genforge.nn.kv_cache import KVCache

__all__ = [
    "KVCache",
    "generate",
    "generate_text",
    "greedy",
    "iter_generate",
    "make_generator",
    "sample_next",
    "top_k_filter",
    "top_p_filter",
]
