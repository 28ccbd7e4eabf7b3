"""`genforge eval memorization`: a model trained to recite its training split extracts it;
the held-out control stays near zero; bad input is refused."""

from __future__ import annotations

import json

import pytest
import torch

from genforge.cli import main
from genforge.errors import GenforgeError
from genforge.eval.memorization import memorization
from genforge.modeldir import save_model_dir
from genforge.models.gpt import GPT, GPTConfig
from genforge.tokenizer import train_tokenizer

pytestmark = pytest.mark.usefixtures("one_thread")


def _dataset(path, train, val):
    path.mkdir()
    for name, texts in (("train", train), ("val", val)):
        with open(path / f"{name}.jsonl", "w", encoding="utf-8") as f:
            for t in texts:
                f.write(json.dumps({"text": t, "source": name}) + "\n")
    return path


def test_memorised_text_is_extracted_and_the_control_is_not(tmp_path):
    import random

    rng = random.Random(0)
    words = "alpha beta gamma delta omega sigma kappa theta zeta lambda".split()
    train = [" ".join(rng.choice(words) for _ in range(12))]
    val = [" ".join(rng.choice(words) for _ in range(30))]
    tok = train_tokenizer(train + val, 270)
    ids = torch.tensor([tok.encode(train[0])])
    torch.manual_seed(0)
    cfg = GPTConfig(vocab_size=tok.vocab_size, n_layer=2, n_head=2, n_embd=64, block_size=64)
    model = GPT(cfg)
    opt = torch.optim.AdamW(model.parameters(), lr=3e-3)
    for _ in range(300):  # overfit: the one training document, by heart
        _, loss = model(ids[:, :-1], ids[:, 1:])
        opt.zero_grad()
        loss.backward()
        opt.step()
    model_dir = save_model_dir(tmp_path / "m", model.eval(), tok)
    data = _dataset(tmp_path / "ds", train, val)
    # The window is the whole training document, so positions match what it learned.
    suffix = ids.size(1) - 8
    r = memorization(str(model_dir), str(data), n=4, prefix=8, suffix=suffix, device="cpu")
    assert r["train"]["windows"] == 1 and r["train"]["exact"] == 1.0, r
    assert r["control"]["exact"] == 0.0 and r["excess_exact"] == 1.0, r
    argv = ["--model", str(model_dir), "--data", str(data), "--n", "2", "--prefix", "8"]
    assert main(["eval", "memorization", *argv, "--suffix", "8", "--device", "cpu"]) == 0


def test_bad_input(tmp_path):
    with pytest.raises(GenforgeError, match="dataset dir"):
        memorization(str(tmp_path), str(tmp_path))
