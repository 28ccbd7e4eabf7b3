"""Kneser–Ney n-gram LM: hand-computed probabilities, normalisation, a reference, I/O."""

from __future__ import annotations

import math
import random
import sysconfig
from collections import defaultdict
from pathlib import Path

import numpy as np
import pytest

from genforge.errors import GenforgeError
from genforge.models.ngram import NGramConfig, NGramLM

A, B, C, BOS = 0, 1, 2, 3


def tiny_bigram() -> NGramLM:
    # Stream: BOS a b a c BOS a b. Valid bigrams: (BOS a)x2 (a b)x2 (b a) (a c).
    cfg = NGramConfig(order=2, unit="token", vocab_size=4, bos_id=BOS)
    return NGramLM(cfg).fit([[A, B, A, C], [A, B]])


def test_bigram_probabilities_match_hand_computation():
    m = tiny_bigram()
    # Unigram level: continuation counts a:{BOS,b}=2, b:{a}=1, c:{a}=1; S=4, T=3;
    # count-of-counts n1=2, n2=1 -> D1 = 2/(2+2) = 1/2; P0 = 1/4.
    d1 = 0.5
    p1 = {
        A: (2 - d1) / 4 + d1 * 3 / 4 * 0.25,  # 0.46875
        B: (1 - d1) / 4 + d1 * 3 / 4 * 0.25,  # 0.21875
        C: (1 - d1) / 4 + d1 * 3 / 4 * 0.25,  # 0.21875
        BOS: d1 * 3 / 4 * 0.25,  # 0.09375
    }
    assert p1[A] == pytest.approx(0.46875)
    for w, p in p1.items():
        assert m.prob([], w) == pytest.approx(p, abs=1e-12)
    # Bigram level: raw counts {BOS a:2, a b:2, b a:1, a c:1}: n1=2, n2=2 -> D2 = 1/3.
    d2 = 1 / 3
    # Context a: S=3, T=2.
    assert m.prob([A], B) == pytest.approx((2 - d2) / 3 + d2 * 2 / 3 * p1[B], abs=1e-12)
    assert m.prob([A], C) == pytest.approx((1 - d2) / 3 + d2 * 2 / 3 * p1[C], abs=1e-12)
    assert m.prob([A], A) == pytest.approx(d2 * 2 / 3 * p1[A], abs=1e-12)
    assert m.prob([A], B) == pytest.approx(0.6041666666666666, abs=1e-12)
    # Context BOS: S=2, T=1.
    assert m.prob([BOS], A) == pytest.approx((2 - d2) / 2 + d2 * 1 / 2 * p1[A], abs=1e-12)
    # Context c was never followed by anything inside a document: the unigram level alone.
    for w in range(4):
        assert m.prob([C], w) == pytest.approx(p1[w], abs=1e-12)


def reference_kn(docs, order, V, bos):
    """A plain-dict interpolated KN, written from the formula independently of the model."""
    grams = [defaultdict(int) for _ in range(order + 1)]
    for doc in docs:
        seq = [bos, *doc]
        for i in range(1, len(seq)):
            for k in range(1, order + 1):
                if i - k + 1 < 0:
                    break
                g = tuple(seq[i - k + 1 : i + 1])
                grams[k][g] += 1
    adjusted = [dict() for _ in range(order + 1)]
    for k in range(1, order + 1):
        for g, c in grams[k].items():
            if k == order or g[0] == bos:
                adjusted[k][g] = c
            else:
                lefts = {h[0] for h in grams[k + 1] if h[1:] == g}
                adjusted[k][g] = len(lefts)
    stats = []
    for k in range(order + 1):
        s, t = defaultdict(int), defaultdict(int)
        for g, a in adjusted[k].items():
            if a > 0:
                s[g[:-1]] += a
                t[g[:-1]] += 1
        vals = [a for a in adjusted[k].values() if a > 0]
        n1, n2 = vals.count(1), vals.count(2)
        d = n1 / (n1 + 2 * n2) if n1 and n2 else 0.5
        stats.append((s, t, d))

    def prob(ctx, w):
        p = 1.0 / V
        for k in range(1, order + 1):
            if k - 1 > len(ctx):
                break
            h = tuple(ctx[len(ctx) - (k - 1) :]) if k > 1 else ()
            s, t, d = stats[k]
            if h not in s:
                continue
            a = adjusted[k].get((*h, w), 0)
            p = max(a - d, 0) / s[h] + d * t[h] / s[h] * p
        return p

    return prob


def test_trigram_matches_independent_reference():
    rng = random.Random(0)
    V, bos = 6, 5
    docs = [[rng.choice([0, 1, 1, 2, 3, 3, 3, 4]) for _ in range(rng.randint(3, 25))]
            for _ in range(40)]  # fmt: skip
    m = NGramLM(NGramConfig(order=3, unit="token", vocab_size=V, bos_id=bos)).fit(docs)
    ref = reference_kn(docs, 3, V, bos)
    for ctx in ([], [bos], [bos, 1], [1, 3], [3, 3], [4, 0], [2, 2], [0]):
        for w in range(V):
            assert m.prob(ctx, w) == pytest.approx(ref(ctx, w), rel=1e-10), (ctx, w)


@pytest.mark.parametrize("order", [1, 3, 5])
def test_distribution_sums_to_one(order):
    text = Path(random.__file__).read_text(encoding="utf-8")[:40_000]
    m = NGramLM(NGramConfig(order=order)).fit_texts([text])
    rng = np.random.default_rng(0)
    contexts = [[], [256], [256, *b"def "], list(b"self."), list(b"zzzq"), list(b"\x00\x01")]
    contexts += [list(rng.integers(0, 256, size=4)) for _ in range(3)]
    for ctx in contexts:
        dist = m.distribution(ctx)
        assert dist.shape == (257,)
        assert (dist > 0).all()
        assert dist.sum() == pytest.approx(1.0, abs=1e-9)


def _stdlib_texts(names):
    root = Path(sysconfig.get_paths()["stdlib"])
    return [(root / n).read_text(encoding="utf-8") for n in names]


def test_bits_per_byte_is_sum_of_logprobs_and_beats_lower_orders():
    train = _stdlib_texts(["argparse.py", "textwrap.py", "shlex.py", "fractions.py"])
    held = [*_stdlib_texts(["difflib.py"]), "x = 1\n"]
    results = {}
    for order in (1, 3, 5):
        m = NGramLM(NGramConfig(order=order)).fit_texts(train)
        results[order] = m.bits_per_byte(held)
    # Exactly the per-token sum on a short held-out doc.
    m5 = NGramLM(NGramConfig(order=5)).fit_texts(train)
    doc = "def f(x):\n    return x\n"
    ids = [256, *doc.encode()]
    nll = -sum(m5.logprob(ids[max(0, i - 4) : i], ids[i]) for i in range(1, len(ids)))
    assert m5.bits_per_byte([doc])["bpb"] == pytest.approx(nll / math.log(2) / len(doc.encode()))
    # More context helps on held-out Python source, and 5-grams are far below 8 bits.
    assert results[5]["bpb"] < results[3]["bpb"] < results[1]["bpb"]
    assert results[5]["bpb"] < 3.0
    assert results[1]["bpb"] > 4.0  # unigram bytes: about the entropy of the byte histogram


def test_save_load_round_trip(tmp_path):
    m = NGramLM(NGramConfig(order=4)).fit_texts(["hello world, hello there", "abc abc abd"])
    m.save(tmp_path / "ng")
    assert sorted(p.name for p in (tmp_path / "ng").iterdir()) == [
        "config.json", "ngram.safetensors"
    ]  # fmt: skip
    back = NGramLM.load(tmp_path / "ng")
    for ctx in ([], list(b"hel"), list(b"ab"), [256]):
        assert np.allclose(back.distribution(ctx), m.distribution(ctx), rtol=0, atol=0)


def test_errors_name_the_problem(tmp_path):
    with pytest.raises(GenforgeError, match="63-bit"):
        NGramLM(NGramConfig(order=5, unit="token", vocab_size=100_000, bos_id=0))
    with pytest.raises(GenforgeError, match="not fitted"):
        NGramLM().prob([1], 2)
    with pytest.raises(GenforgeError, match="empty"):
        NGramLM().fit_texts(["", ""])
    with pytest.raises(GenforgeError, match="not an n-gram model dir"):
        NGramLM.load(tmp_path)
    with pytest.raises(GenforgeError, match=r"token ids must be in \[0, 4\)"):
        NGramLM(NGramConfig(order=2, unit="token", vocab_size=4, bos_id=3)).fit([[0, 7]])
