"""Single-request generation with a KV cache, on the inference engine's step code.

The prompt is run once (prefill) to fill the cache, then each step feeds only the token
just chosen; ``iter_generate`` drives a one-slot ``EngineCore`` in the caller's thread, so
the CLI, the server and batch users share one generation path.
Generation stops at ``max_new_tokens``, at a stop token (not returned), or when
the model's context (block_size) is full — it does not slide the window, because a
rotary/learned-position model never saw positions past block_size and a sliding restart
would silently drop the prompt.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

import torch

from genforge.errors import GenforgeError
from genforge.infer.protocol import FinishEvent, SamplingParams, TokenEvent, check_prompt
from genforge.infer.scheduler import EngineCore
from genforge.tokenizer import stop_ids as tokenizer_stop_ids


@torch.inference_mode()
def iter_generate(
    model: torch.nn.Module,
    prompt_ids: list[int],
    *,
    max_new_tokens: int,
    temperature: float = 1.0,
    top_k: int | None = None,
    top_p: float | None = None,
    seed: int | None = None,
    stop_ids: Iterable[int] = (),
) -> Iterator[int]:
    """Yield new token ids one at a time (for streaming); see ``generate`` for the contract."""
    cfg = model.config
    if max_new_tokens < 0:
        raise GenforgeError(f"max_new_tokens must be >= 0, got {max_new_tokens}")
    stops = [int(t) for t in stop_ids if t is not None]
    params = SamplingParams(
        max_tokens=max(max_new_tokens, 1),
        temperature=temperature,
        top_k=top_k,
        top_p=top_p,
        seed=seed,
        stop_token_ids=stops,
        ignore_eos=True,  # the caller's stop_ids are the whole list
    )
    params.validate(cfg.vocab_size)
    prompt = check_prompt([int(t) for t in prompt_ids], cfg.vocab_size, cfg.block_size)
    if max_new_tokens == 0:
        return
    was_training = model.training
    model.eval()
    try:
        # The engine's own step code with a single slot: one generation path for the CLI,
        # the server and everything else.
        # Sized by what this call can use, not by block_size (which may be huge).
        need = min(cfg.block_size, len(prompt) + max_new_tokens)
        core = EngineCore(model, None, max_batch_size=1, kv_budget_tokens=None, kv_max_len=need)
        events: list[TokenEvent | FinishEvent] = []
        req = core.new_request("generate", prompt, params)
        req.emit = events.append
        core.enqueue(req)
        while not req.done:
            core.step()
            for event in events:
                if isinstance(event, TokenEvent):
                    yield event.token_id
            events.clear()
    finally:
        model.train(was_training)


def generate(
    model: torch.nn.Module,
    prompt_ids: list[int],
    *,
    max_new_tokens: int,
    temperature: float = 1.0,
    top_k: int | None = None,
    top_p: float | None = None,
    seed: int | None = None,
    stop_ids: Iterable[int] = (),
) -> list[int]:
    """Continue ``prompt_ids`` and return only the new token ids.

    ``temperature=0`` is greedy decoding; otherwise sampling with optional top-k / top-p,
    reproducible for a given ``seed``. Stops after ``max_new_tokens``, before emitting any
    id in ``stop_ids``, or when prompt + output fills the model's block_size. The model is
    run in eval mode under ``torch.inference_mode`` and its train/eval mode is restored.
    """
    return list(
        iter_generate(
            model,
            prompt_ids,
            max_new_tokens=max_new_tokens,
            temperature=temperature,
            top_k=top_k,
            top_p=top_p,
            seed=seed,
            stop_ids=stop_ids,
        )
    )


def generate_text(model: torch.nn.Module, tokenizer: Any, prompt: str, **kw: Any) -> str:
    """Continue ``prompt`` (a string) and return the decoded continuation only.

    The prompt is encoded with a leading BOS token, as documents are in pretraining.
    ``kw`` are ``generate``'s keyword arguments; ``stop_ids`` defaults to the tokenizer's
    end-of-text and end-of-turn ids.
    """
    kw.setdefault("stop_ids", tokenizer_stop_ids(tokenizer))
    kw.setdefault("max_new_tokens", 200)
    ids = tokenizer.encode(prompt, add_bos=True)
    return tokenizer.decode(generate(model, ids, **kw))
