"""Input-embedding prefixes (an image in front of the prompt) in the engine: the cached run
equals the full forward, in mixed batches, in chunks, through the prefix cache, never
shared across different prefixes; context and shape checks; cancellation."""

from __future__ import annotations

import pytest
import torch
from tests.infer.test_engine import TEXT, make_model, run

from genforge.infer.engine import Engine
from genforge.infer.protocol import EngineError, SamplingParams
from genforge.tokenizer import train_tokenizer

P = 9  # prefix positions: not a multiple of the prefix cache's 16-token block


@pytest.fixture(scope="module")
def tok():
    return train_tokenizer([TEXT], vocab_size=300)


def image(seed: int, n: int = P, width: int = 32) -> torch.Tensor:
    g = torch.Generator().manual_seed(seed)
    return torch.randn(n, width, generator=g) * 0.3


def greedy(n: int = 10, **kw) -> SamplingParams:
    return SamplingParams(max_tokens=n, temperature=0.0, ignore_eos=True, logprobs=0, **kw)


@torch.no_grad()
def full_forward(model, prefix: torch.Tensor, prompt: list[int], n: int):
    """Greedy ids and their logprobs from ``trunk(cat(prefix, wte(ids)))`` over the whole
    sequence at every step: no cache."""
    ids, out, lps = list(prompt), [], []
    for _ in range(n):
        x = torch.cat([prefix.unsqueeze(0), model.wte(torch.tensor([ids]))], dim=1)
        logits = model.lm_head(model.trunk(x))[0, -1]
        tok = int(logits.argmax())
        lps.append(float(torch.log_softmax(logits.float(), -1)[tok]))
        ids.append(tok)
        out.append(tok)
    return out, lps


def engine_run(engine, prompt, prefix, n=10):
    ids, fin, events = run(engine.submit(prompt, greedy(n), prefix_embeds=prefix))
    return ids, [e.logprob for e in events], fin


@pytest.mark.parametrize("arch", ["llama", "gpt2"])
@pytest.mark.parametrize("chunk", [512, 4])
def test_prefix_in_the_cache_equals_the_full_forward(tok, arch, chunk):
    model = make_model(tok.vocab_size, arch, block=64)
    engine = Engine(model, tok, max_batch_size=2, prefill_tokens_per_step=chunk)
    prompt = [1, 17, 42, 99, 7]
    prefix = image(0)
    want_ids, want_lp = full_forward(model, prefix, prompt, 10)
    ids, lps, fin = engine_run(engine, prompt, prefix)
    assert ids == want_ids
    assert lps == pytest.approx(want_lp, abs=1e-4)
    # The prefix's positions count as prompt positions (as OpenAI counts image tokens).
    assert fin.prompt_tokens == P + len(prompt)
    # Without the prefix the model says something else: the prefix reached the answer.
    text_only, _ = full_forward(model, torch.zeros(0, 32), prompt, 10)
    assert ids != text_only


def test_mixed_batch_of_prefix_and_text_requests(tok):
    model = make_model(tok.vocab_size, block=64)
    engine = Engine(model, tok, max_batch_size=4, prefill_tokens_per_step=6)
    prompts = [[1, 5, 6, 7], [1, 80, 81], [1, 200, 3, 4, 5, 6], [1, 9]]
    prefixes = [image(1), None, image(2, n=5), None]
    handles = [
        engine.submit(p, greedy(12), prefix_embeds=x)
        for p, x in zip(prompts, prefixes, strict=True)
    ]
    got = [run(h)[0] for h in handles]
    for p, x, ids in zip(prompts, prefixes, got, strict=True):
        want, _ = full_forward(model, torch.zeros(0, 32) if x is None else x, p, 12)
        assert ids == want
    assert engine.stats()["steps"] < 4 * 12  # they ran as one batch, not one after another


def test_prefix_cache_never_serves_one_image_for_another(tok):
    model = make_model(tok.vocab_size, block=128)
    engine = Engine(model, tok, max_batch_size=2, prefix_cache_tokens=512)
    prompt = [1, *range(20, 60)]  # 41 ids: blocks of prefix+prompt get cached
    a, b = image(3, n=16), image(4, n=16)
    want_a, _ = full_forward(model, a, prompt, 8)
    want_b, _ = full_forward(model, b, prompt, 8)
    assert want_a != want_b
    assert engine_run(engine, prompt, a, 8)[0] == want_a
    saved = engine.stats()["prefix_cache_tokens_saved"]
    # Same text, another image: nothing may come from the cache.
    assert engine_run(engine, prompt, b, 8)[0] == want_b
    assert engine.stats()["prefix_cache_tokens_saved"] == saved
    # The same image again: its blocks (image and text) are copied, same answer.
    assert engine_run(engine, prompt, a, 8)[0] == want_a
    assert engine.stats()["prefix_cache_tokens_saved"] >= 48
    # Text-only with the same prompt shares nothing with the image requests either.
    want_t, _ = full_forward(model, torch.zeros(0, 32), prompt, 8)
    assert engine_run(engine, prompt, None, 8)[0] == want_t


def test_same_image_and_prompt_twice_in_flight(tok):
    # The engine's identical-input path (copy the running twin's cache) must compare the
    # image too: same prompt with another image right after is not a twin.
    model = make_model(tok.vocab_size, block=64)
    engine = Engine(model, tok, max_batch_size=4, prefix_cache_tokens=256)
    prompt = [1, 30, 31, 32]
    a, b = image(5), image(6)
    hs = [engine.submit(prompt, greedy(12), prefix_embeds=x) for x in (a, a, b, None)]
    got = [run(h)[0] for h in hs]
    assert got[0] == got[1] == full_forward(model, a, prompt, 12)[0]
    assert got[2] == full_forward(model, b, prompt, 12)[0]
    assert got[3] == full_forward(model, torch.zeros(0, 32), prompt, 12)[0]


def test_context_and_shape_errors(tok):
    model = make_model(tok.vocab_size, block=32)
    engine = Engine(model, tok, max_batch_size=1)
    with pytest.raises(EngineError, match=r"image prefix .* exceeds the model.s context") as e:
        engine.submit([1] * 24, greedy(1), prefix_embeds=image(0, n=9))
    assert e.value.kind == "context_length"
    # Prefix + prompt fit: max_tokens is capped to what is left, counting the prefix.
    ids, fin, _ = run(engine.submit([1] * 20, greedy(50), prefix_embeds=image(0, n=9)))
    assert fin.reason == "length" and len(ids) == 32 - 29 + 1
    for bad, what in (
        (torch.zeros(4, 31), r"shape \(P, 32\)"),
        (torch.zeros(0, 32), r"shape \(P, 32\)"),
        (torch.zeros(1, 4, 32), r"shape \(P, 32\)"),
        (torch.zeros(4, 32, dtype=torch.long), "float tensor"),
        (torch.full((4, 32), float("nan")), "NaN"),
    ):
        with pytest.raises(EngineError, match=what) as e:
            engine.submit([1], greedy(1), prefix_embeds=bad)
        assert e.value.kind == "invalid_request"


def test_cancel_a_prefix_request(tok):
    model = make_model(tok.vocab_size, block=64)
    engine = Engine(model, tok, max_batch_size=2)
    h = engine.submit([1, 2, 3], greedy(40), prefix_embeds=image(7))
    other = engine.submit([1, 2, 3], greedy(5))
    h.cancel()
    assert h.result(timeout=30).reason == "cancelled"
    assert run(other)[1].reason == "length"
    assert engine.stats()["running"] == 0 and engine.stats()["kv_reserved_tokens"] == 0


def test_no_prefix_with_a_draft_model(tok):
    model = make_model(tok.vocab_size, block=64)
    engine = Engine(model, tok, draft_model=make_model(tok.vocab_size, block=64, seed=1))
    with pytest.raises(EngineError, match="draft model cannot see the prefix"):
        engine.submit([1, 2], greedy(1), prefix_embeds=image(0))
