"""The input checks every door shares (genforge.inputs), and that each door applies them:
the engine's SamplingParams, the single-prompt sampler and the tokenizer."""

from __future__ import annotations

import math

import pytest
import torch

from genforge.errors import GenforgeError
from genforge.infer.protocol import EngineError, SamplingParams
from genforge.infer.sampling import check_sampling_args, make_generator, sample_next
from genforge.inputs import (
    INT64_MAX,
    INT64_MIN,
    InputError,
    bad_text_at,
    check_count,
    check_int,
    check_sampling,
    check_seed,
    check_text,
    safe_text,
)


def test_bad_text_is_found_at_its_path():
    assert bad_text_at({"a": ["ok", {"b": "x\ud800"}]}) == "a.1.b"
    assert bad_text_at(["fine", "\U0001f600"]) is None  # a real astral character is fine
    assert bad_text_at({"k\udfff": 1}) == "(key)"
    with pytest.raises(InputError) as info:
        check_text(["a", "b\ud800"], "prompt")
    assert info.value.field == "prompt.1" and "surrogate" in str(info.value)


def test_safe_text_always_encodes():
    assert safe_text("a\ud800b").encode("utf-8") == b"a\\ud800b"


@pytest.mark.parametrize("value", [INT64_MAX + 1, INT64_MIN - 1, 1.5, True, "3"])
def test_int64(value):
    with pytest.raises(InputError):
        check_int(value, "x")
    assert check_int(INT64_MAX, "x") == INT64_MAX


def test_seed_plus_n_stays_in_int64():
    check_seed(INT64_MAX - 3, n=4)
    with pytest.raises(InputError, match="seed"):
        check_seed(INT64_MAX - 2, n=4)


@pytest.mark.parametrize(
    ("kw", "field"),
    [
        ({"temperature": 1e-300}, "temperature"),
        ({"temperature": 1e-38}, "temperature"),
        ({"temperature": math.nan}, "temperature"),
        ({"temperature": math.inf}, "temperature"),
        ({"temperature": -0.5}, "temperature"),
        ({"top_p": 1e-300}, "top_p"),
        ({"top_p": 0.0}, "top_p"),
        ({"repetition_penalty": 1e-300}, "repetition_penalty"),
        ({"repetition_penalty": math.inf}, "repetition_penalty"),
    ],
)
def test_sampling_values_float32_cannot_use_are_refused(kw, field):
    with pytest.raises(InputError) as info:
        check_sampling(**kw)
    assert info.value.field == field
    # ... at every door: the engine, and the single-prompt sampler the CLI uses
    with pytest.raises(EngineError, match=field):
        SamplingParams(**kw).validate(vocab_size=10)
    if "repetition_penalty" not in kw:
        with pytest.raises(GenforgeError, match=field):
            check_sampling_args(kw.get("temperature", 1.0), None, kw.get("top_p"))


def test_greedy_and_small_valid_values_still_sample():
    check_sampling(temperature=0.0, top_p=1e-6, repetition_penalty=1e-3)
    logits = torch.randn(2, 50) * 30
    ids = sample_next(logits, temperature=1e-4, generator=torch.Generator().manual_seed(0))
    assert torch.equal(ids, logits.argmax(-1))  # a tiny temperature is (finitely) greedy


def test_seeds_outside_int64_are_refused_by_the_engine_and_the_sampler():
    for seed in (2**64, -(2**63) - 1):
        with pytest.raises(EngineError, match="seed"):
            SamplingParams(seed=seed).validate(vocab_size=10)
        with pytest.raises(InputError, match="seed"):
            make_generator(seed)


def test_counts():
    check_count(3, 3, "input", "inputs")
    with pytest.raises(InputError, match=r"at most 3 inputs per request .*--cap"):
        check_count(4, 3, "input", "inputs", "--cap")


def test_the_tokenizer_refuses_lone_surrogates(tmp_path):
    from genforge.tokenizer import train_tokenizer

    tok = train_tokenizer(["hello world " * 50], vocab_size=280)
    with pytest.raises(InputError, match="surrogate"):
        tok.encode("a\ud800")
    with pytest.raises(InputError, match="surrogate"):
        tok.encode_batch(["ok", "\udc00"])
    assert tok.decode(tok.encode("\U0001f600 hi")) == "\U0001f600 hi"
