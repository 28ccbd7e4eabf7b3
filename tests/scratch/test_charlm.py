"""The scratch character-level LM learns real structure from stdlib text, quickly."""

from __future__ import annotations

import numpy as np
import pytest
from threadpoolctl import threadpool_limits

from genforge.errors import GenforgeError
from genforge.scratch import charlm


@pytest.fixture(scope="module")
def trained():
    # The matrices are small (128 x 128): BLAS threads only add contention on a busy machine.
    with threadpool_limits(limits=1):
        text = charlm.load_stdlib_text(max_chars=60_000)
        result = charlm.train_charlm(text, charlm.CharLMConfig(steps=1000, eval_every=500))
    return text, result


def test_loss_falls_well_below_unigram_entropy(trained):
    _, result = trained
    # The unigram entropy of this text is ~3.0 nats/char; an 8-character context must buy
    # the model close to a nat per character on held-out text.
    assert 2.9 < result.unigram_entropy < 3.2
    assert result.val_loss < result.unigram_entropy - 0.8, (result.val_loss, result.unigram_entropy)
    last = np.mean(result.train_losses[-50:])
    assert result.train_losses[0] > np.log(len(result.vocab)) - 0.5  # starts near uniform
    assert last < result.val_loss + 0.5
    steps, losses = zip(*result.val_curve)
    assert steps == (500, 1000) and losses[1] < losses[0]


def test_samples_are_python_like_and_reproducible(trained):
    _, result = trained
    with threadpool_limits(limits=1):
        a = charlm.sample(result.model, result.vocab, "def ", length=300, seed=1)
        b = charlm.sample(result.model, result.vocab, "def ", length=300, seed=1)
    assert a == b and a.startswith("def ") and len(a) == 304
    # A trained model writes mostly letters and spaces, as the corpus does; a uniform sampler
    # over the 150+ characters would put only about a third of its draws there.
    common = sum(ch.isascii() and (ch.isalpha() or ch == " ") for ch in a[4:])
    assert common / 300 > 0.7


def test_unigram_entropy_and_windows():
    assert charlm.unigram_entropy("abab") == pytest.approx(np.log(2))
    assert charlm.unigram_entropy("aaaa") == 0.0
    X, Y = charlm.make_windows(np.arange(6), 3)
    np.testing.assert_array_equal(X, [[0, 1, 2], [1, 2, 3], [2, 3, 4]])
    np.testing.assert_array_equal(Y, [3, 4, 5])
    assert charlm.bits_per_char(np.log(2)) == pytest.approx(1.0)


def test_bad_inputs():
    vocab = charlm.CharVocab.from_text("abc")
    assert vocab.decode(vocab.encode("cab")) == "cab"
    with pytest.raises(GenforgeError, match="not in the vocabulary"):
        vocab.encode("abz")
    with pytest.raises(GenforgeError, match="too short"):
        charlm.make_windows(np.arange(3), 8)
    with pytest.raises(GenforgeError, match="not found"):
        charlm.load_stdlib_text(files=("no_such_module_here.py",))
