"""RNN/LSTM language models: interface, state, I/O and a short real training run."""

from __future__ import annotations

import math
import random

import pytest
import torch
import torch.nn.functional as F

from genforge.errors import GenforgeError
from genforge.eval.bpb import bits_per_byte
from genforge.models.rnnlm import RNNLM, ByteCodec, RNNLMConfig, load_rnnlm, save_rnnlm

pytestmark = pytest.mark.usefixtures("one_thread")


@pytest.mark.parametrize("cell", ["rnn", "lstm"])
def test_forward_loss_and_state_continuation(cell):
    torch.manual_seed(0)
    m = RNNLM(RNNLMConfig(vocab_size=50, cell=cell, n_embd=16, hidden=24, n_layer=2)).eval()
    x = torch.randint(0, 50, (3, 12))
    y = torch.randint(0, 50, (3, 12))
    y[0, :4] = -100
    logits, loss = m(x, y)
    assert logits.shape == (3, 12, 50)
    ref = F.cross_entropy(logits.reshape(-1, 50), y.reshape(-1), ignore_index=-100)
    assert loss.item() == pytest.approx(ref.item(), rel=1e-6)
    # Feeding the sequence in two pieces with the carried state gives the same logits.
    a, _, state = m(x[:, :5], return_state=True)
    b, _ = m(x[:, 5:], state=state)
    assert torch.allclose(torch.cat([a, b], 1), logits, atol=1e-5)


def test_lstm_forget_bias_starts_at_one():
    m = RNNLM(RNNLMConfig(cell="lstm", hidden=8, n_embd=4))
    bias = m.rnn.bias_ih_l0.detach()
    assert torch.all(bias[8:16] == 1.0)


def test_save_load_round_trip(tmp_path):
    m = RNNLM(RNNLMConfig(vocab_size=40, cell="lstm", n_embd=12, hidden=12, tie_embeddings=True))
    save_rnnlm(m, tmp_path / "m", extra={"note": 1})
    back = load_rnnlm(tmp_path / "m")
    x = torch.randint(0, 40, (2, 7))
    assert torch.equal(back(x)[0], m(x)[0])
    assert back.lm_head.weight is back.wte.weight
    with pytest.raises(GenforgeError, match="not an RNN LM dir"):
        load_rnnlm(tmp_path)


def test_config_errors():
    with pytest.raises(GenforgeError, match="cell"):
        RNNLM(RNNLMConfig(cell="gru"))
    with pytest.raises(GenforgeError, match="tie_embeddings"):
        RNNLM(RNNLMConfig(n_embd=8, hidden=16, tie_embeddings=True))


def _pattern_docs(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    words = ["alpha", "beta", "gamma", "delta"]
    docs = []
    for _ in range(n):
        a, b = rng.sample(words, 2)
        docs.append(f"def {a}_{b}({a}, {b}):\n    return {a} + {b}\n")
    return docs


class _ByteBatches:
    """Random windows of a byte stream: the minimal batch source for the training loop."""

    def __init__(self, docs: list[str], seq_len: int, batch: int, seed: int = 0) -> None:
        codec = ByteCodec()
        self.stream = torch.tensor([i for d in docs for i in [codec.bos_id, *codec.encode(d)]])
        self.seq_len, self.batch = seq_len, batch
        self.gen = torch.Generator().manual_seed(seed)

    def next_batch(self):
        starts = torch.randint(0, len(self.stream) - self.seq_len - 1, (self.batch,),
                               generator=self.gen)  # fmt: skip
        rows = torch.stack([self.stream[s : s + self.seq_len + 1] for s in starts])
        return rows[:, :-1], rows[:, 1:]

    def state_dict(self):
        return {}

    def load_state_dict(self, state):
        pass


@pytest.mark.parametrize("cell", ["rnn", "lstm"])
def test_char_lm_learns_a_pattern_with_the_training_loop(cell):
    from genforge.train.loop import LoopConfig, train_loop
    from genforge.train.optim import OptimizerConfig, build_optimizer

    torch.manual_seed(0)
    codec = ByteCodec()
    train, held = _pattern_docs(300, 0), _pattern_docs(20, 1)
    m = RNNLM(RNNLMConfig(vocab_size=codec.vocab_size, cell=cell, n_embd=32, hidden=64))
    opt = build_optimizer(m, OptimizerConfig(name="adamw", lr=1e-2, weight_decay=0.0))
    before = bits_per_byte(m, codec.encode, held, seq_len=64, bos_id=codec.bos_id).bpb
    train_loop(m, opt, _ByteBatches(train, 64, 16), LoopConfig(max_steps=150, progress=False),
               device=torch.device("cpu"))  # fmt: skip
    after = bits_per_byte(m, codec.encode, held, seq_len=64, bos_id=codec.bos_id).bpb
    assert before == pytest.approx(math.log2(257), abs=0.2)  # untrained: near uniform
    # The template is fixed; only the 12 ordered name pairs (each repeated) carry entropy,
    # about 3.6 bits per 40-byte doc, so a learner gets far below 1 bit per byte.
    assert after < 1.0, after


def test_generate_carries_state_like_full_recompute():
    torch.manual_seed(1)
    m = RNNLM(RNNLMConfig(vocab_size=30, cell="lstm", n_embd=8, hidden=16)).eval()
    prompt = [3, 7, 1]
    fast = m.generate(prompt, 12, temperature=1e-6)
    ids = list(prompt)
    for _ in range(12):  # greedy, re-reading the whole sequence every step
        ids.append(int(m(torch.tensor([ids]))[0][0, -1].argmax()))
    assert fast == ids[len(prompt) :]
    with pytest.raises(GenforgeError, match="non-empty prompt"):
        m.generate([], 3)
