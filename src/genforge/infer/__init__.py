"""Inference: the continuous-batching engine, sampling over logits, single-request generation.

Import graph (one way): ``protocol`` and ``sampling`` (leaves) <- ``scheduler`` (the step
loop, speculative decoding included) <- ``engine`` (thread, handles) and ``generate``
(one request in the caller's thread).
"""

from genforge.infer.engine import Engine, RequestHandle
from genforge.infer.generate import generate, generate_text, iter_generate
from genforge.infer.protocol import (
    EngineError,
    FinishEvent,
    LogitsProcessor,
    SamplingParams,
    TokenEvent,
)
from genforge.infer.sampling import (
    greedy,
    make_generator,
    sample_next,
    top_k_filter,
    top_p_filter,
)

__all__ = [
    "Engine",
    "EngineError",
    "FinishEvent",
    "LogitsProcessor",
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
