"""Inference: the continuous-batching engine, sampling over logits, single-request generation."""

from genforge.infer.engine import (
    Engine,
    EngineError,
    FinishEvent,
    RequestHandle,
    SamplingParams,
    TokenEvent,
)
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
    "Engine",
    "EngineError",
    "FinishEvent",
    "KVCache",
    "RequestHandle",
    "SamplingParams",
    "TokenEvent",
    "generate",
    "generate_text",
    "greedy",
    "iter_generate",
    "make_generator",
    "sample_next",
    "top_k_filter",
    "top_p_filter",
]
