"""Exact dedup, MinHash accuracy against exact Jaccard, LSH banding and near-dup removal."""

from __future__ import annotations

import os
import subprocess
import sys

import numpy as np
import pytest

from genforge.data.dedup import (
    ExactDedup,
    MinHasher,
    NearDupIndex,
    choose_bands,
    estimated_jaccard,
    find_near_duplicates,
)


def _jaccard(a: set, b: set) -> float:
    return len(a & b) / len(a | b)


def test_exact_dedup():
    d = ExactDedup()
    assert not d.is_duplicate("hello")
    assert d.is_duplicate("hello")
    assert not d.is_duplicate("hello ")
    assert len(d) == 2


def test_minhash_estimate_matches_exact_jaccard_on_random_sets():
    rng = np.random.default_rng(123)
    hasher = MinHasher(num_perm=128, seed=7)
    errors = []
    for _ in range(150):
        universe = rng.choice(10**9, size=3000, replace=False)
        size = int(rng.integers(50, 1500))
        offset = int(rng.integers(0, size + 1))
        a = set(universe[:size].tolist())
        b = set(universe[offset : offset + size].tolist())
        exact = _jaccard(a, b)
        est = estimated_jaccard(
            hasher.signature_from_hashes(np.array(sorted(a))),
            hasher.signature_from_hashes(np.array(sorted(b))),
        )
        # Binomial std of the estimate is at most sqrt(0.25/128) = 0.044.
        assert abs(est - exact) < 5 * 0.0442, (exact, est)
        errors.append(est - exact)
    errors = np.array(errors)
    assert abs(errors.mean()) < 0.015  # unbiased
    assert errors.std() < 0.05


def test_minhash_identical_and_disjoint_sets():
    hasher = MinHasher(num_perm=64)
    s = hasher.signature_from_hashes(np.arange(100))
    assert estimated_jaccard(s, hasher.signature_from_hashes(np.arange(100)[::-1])) == 1.0
    other = hasher.signature_from_hashes(np.arange(1000, 1100))
    assert estimated_jaccard(s, other) < 0.1
    assert s.shape == (64,) and s.dtype == np.uint32


def test_word_shingles_match_a_plain_python_count():
    text = "the quick brown fox jumps over the lazy dog the quick brown fox jumps again"
    words = text.split()
    grams = {tuple(words[i : i + 5]) for i in range(len(words) - 4)}
    hasher = MinHasher(shingle="word", shingle_size=5)
    assert len(hasher.shingle_hashes(text)) == len(grams)
    chars = {text[i : i + 4] for i in range(len(text) - 3)}
    assert len(MinHasher(shingle="char", shingle_size=4).shingle_hashes(text)) == len(chars)
    assert len(hasher.shingle_hashes("two words")) == 1
    assert len(hasher.shingle_hashes("")) == 0


def test_text_estimate_close_to_exact_shingle_jaccard():
    rng = np.random.default_rng(0)
    vocab = [f"w{i}" for i in range(400)]
    base = list(rng.choice(vocab, size=600))
    hasher = MinHasher(num_perm=256)
    for n_changed in (5, 30, 120, 300):
        edited = list(base)
        for pos in rng.choice(len(base), size=n_changed, replace=False):
            edited[pos] = "zz" + str(pos)
        a_text, b_text = " ".join(base), " ".join(edited)
        a = set(hasher.shingle_hashes(a_text).tolist())
        b = set(hasher.shingle_hashes(b_text).tolist())
        est = estimated_jaccard(hasher.signature(a_text), hasher.signature(b_text))
        assert abs(est - _jaccard(a, b)) < 0.12


def test_signatures_do_not_depend_on_python_hash_seed():
    code = (
        "from genforge.data.dedup import MinHasher;"
        "print(MinHasher(16).signature('alpha beta gamma delta epsilon zeta eta').tolist())"
    )
    outs = set()
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        outs.add(
            subprocess.run(
                [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
            ).stdout
        )
    assert len(outs) == 1


@pytest.mark.parametrize("threshold", [0.5, 0.8, 0.9])
def test_choose_bands_puts_the_s_curve_at_the_threshold(threshold):
    bands, rows = choose_bands(threshold, 128)
    assert bands * rows <= 128

    def p(s):
        return 1 - (1 - s**rows) ** bands

    # The curve's midpoint (1/b)^(1/r) sits near the threshold, and it is steep around it.
    assert abs((1 / bands) ** (1 / rows) - threshold) < 0.06
    assert p(threshold - 0.2) < 0.1
    assert p(min(threshold + 0.15, 1.0)) > 0.95


def _doc(rng, n=300):
    return " ".join(f"tok{int(i)}" for i in rng.integers(0, 5000, size=n))


def test_near_duplicates_removed_distinct_kept():
    rng = np.random.default_rng(5)
    originals = [_doc(rng) for _ in range(6)]
    words = originals[2].split()
    for pos in (10, 100, 200):  # a few words changed
        words[pos] = "CHANGED"
    near = " ".join(words)
    texts = [*originals, near, originals[4] + " plus a short tail"]
    result = find_near_duplicates(texts, threshold=0.8)
    assert result == [None] * 6 + [2, 4]


def test_first_of_cluster_kept_and_order_deterministic():
    rng = np.random.default_rng(9)
    base = _doc(rng)
    variant = base.replace("tok1", "X1", 1) + " extra"
    other = _doc(rng)
    assert find_near_duplicates([variant, other, base]) == [None, None, 0]
    assert find_near_duplicates([base, other, variant]) == [None, None, 0]


def test_char_shingles_catch_small_edits():
    text = "The MinHash estimate of resemblance works on character shingles as well. " * 3
    edited = text.replace("works", "work", 1)
    assert find_near_duplicates([text, edited], shingle="char", shingle_size=5) == [None, 0]
    assert find_near_duplicates([text, "totally different content here"], shingle="char") == [
        None,
        None,
    ]


def test_index_rejects_bad_shapes():
    index = NearDupIndex(0.8, 64)
    with pytest.raises(ValueError, match="shape"):
        index.add(np.zeros(32, dtype=np.uint32), "x")
    with pytest.raises(ValueError, match="exceeds num_perm"):
        NearDupIndex(0.8, 16, bands=5, rows=5)
