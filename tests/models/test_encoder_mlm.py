"""Bidirectional encoder + masked-LM pretraining on the one training loop."""

from __future__ import annotations

import json
import random

import pytest
import torch

from genforge.errors import GenforgeError
from genforge.modeldir import load_encoder
from genforge.models.encoder import Encoder, mask_tokens
from genforge.models.gpt import GPT, GPTConfig

pytestmark = pytest.mark.usefixtures("one_thread")


def _cfg(**kw) -> GPTConfig:
    return GPTConfig(
        **{"vocab_size": 41, "n_layer": 2, "n_head": 2, "n_embd": 32, "block_size": 32, **kw}
    )


@pytest.mark.parametrize("arch", ["llama", "gpt2"])
def test_attention_is_bidirectional_and_respects_padding(arch):
    torch.manual_seed(0)
    enc = Encoder(_cfg(arch=arch), mask_id=40).eval()
    x = torch.randint(0, 40, (2, 10))
    x2 = x.clone()
    x2[:, -1] = (x[:, -1] + 1) % 40
    h, h2 = enc.hidden_states(x), enc.hidden_states(x2)
    # Changing the last token moves the first position's state: it looks right as well.
    assert not torch.allclose(h[:, 0], h2[:, 0], atol=1e-4)
    # The same blocks in the GPT are causal: position 0 cannot see the change.
    gpt = GPT(_cfg(arch=arch)).eval()
    assert torch.allclose(gpt.hidden_states(x)[:, 0], gpt.hidden_states(x2)[:, 0], atol=1e-6)
    # Padding is invisible: real positions equal the unpadded run.
    pad = torch.cat([x, torch.zeros(2, 4, dtype=torch.long)], 1)
    real = torch.cat([torch.ones(2, 10), torch.zeros(2, 4)], 1).bool()
    assert torch.allclose(enc.hidden_states(pad, real)[:, :10], h, atol=1e-5)


def test_mask_tokens_follows_bert_80_10_10():
    gen = torch.Generator().manual_seed(0)
    ids = torch.randint(0, 500, (64, 512), generator=gen)
    ids[:, 0] = 0  # a special id at every row start
    special = [0, 1, 2]
    inputs, targets = mask_tokens(
        ids, mask_id=500, vocab_size=500, special_ids=special, generator=gen
    )
    sel = targets != -100
    assert not sel[:, 0].any() and not sel[torch.isin(ids, torch.tensor(special))].any()
    maskable = (~torch.isin(ids, torch.tensor(special))).sum()
    assert float(sel.sum() / maskable) == pytest.approx(0.15, abs=0.005)
    assert torch.equal(targets[sel], ids[sel])
    assert torch.equal(inputs[~sel], ids[~sel])
    n = sel.sum().item()
    masked = (inputs[sel] == 500).sum().item() / n
    kept = (inputs[sel] == ids[sel]).sum().item() / n
    assert masked == pytest.approx(0.8, abs=0.02)
    assert kept == pytest.approx(0.1 + 0.1 / 497, abs=0.02)  # random may redraw the same id
    swapped = inputs[sel & (inputs != 500) & (inputs != ids)]
    assert not torch.isin(swapped, torch.tensor([*special, 500])).any()
    with pytest.raises(GenforgeError, match="mask probability"):
        mask_tokens(ids, mask_id=500, vocab_size=500, special_ids=special, prob=0.0)


def test_loss_only_on_masked_positions():
    torch.manual_seed(0)
    enc = Encoder(_cfg(), mask_id=40)
    x = torch.randint(0, 40, (2, 8))
    t = torch.full_like(x, -100)
    t[0, 3], t[1, 5] = 7, 9
    logits, loss = enc(x, t)
    full, _ = enc(x)
    ref = torch.nn.functional.cross_entropy(full[[0, 1], [3, 5]], torch.tensor([7, 9]))
    assert logits.shape == (2, 41)
    assert loss.item() == pytest.approx(ref.item(), rel=1e-5)


def _corpus(n: int, seed: int) -> list[str]:
    """Lines whose masked words are recoverable only from both sides (bidirectional)."""
    rng = random.Random(seed)
    names = ["alpha", "beta", "gamma", "delta", "value", "count", "item", "total"]
    docs = []
    for _ in range(n):
        lines = []
        for _ in range(6):
            a, b = rng.sample(names, 2)
            lines += [f"def {a}_{b}({a}, {b}):", f"    return {a} + {b}", ""]
        docs.append("\n".join(lines))
    return docs


@pytest.fixture(scope="module")
def prepared_dir(tmp_path_factory):
    """A prepared-shards dir (train/, val/, tokenizer.json) that `prepare_data` takes as is."""
    from genforge.data.shards import write_shards
    from genforge.tokenizer import train_tokenizer

    root = tmp_path_factory.mktemp("mlm_data")
    train, val = _corpus(200, 0), _corpus(20, 1)
    tok = train_tokenizer(train, vocab_size=300)
    tok.save(root)
    write_shards(tok, train, root / "train")
    write_shards(tok, val, root / "val")
    return root


@pytest.mark.slow
def test_mlm_pretrain_cli_beats_unigram_baseline(prepared_dir, tmp_path, capsys):
    from genforge.cli import main

    out = tmp_path / "enc"
    code = main(
        [
            "mlm",
            "pretrain",
            "--data",
            str(prepared_dir),
            "--out",
            str(out),
            "--max-steps",
            "120",
            "--seq-len",
            "64",
            "--optimizer",
            "adamw",
            "--lr",
            "3e-3",
            "--threads",
            "1",
            "--no-progress",
            "--json",
        ]
    )
    assert code == 0
    summary = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    # The unigram baseline guesses the commonest token; the encoder reads both sides.
    assert summary["unigram_accuracy"] < 0.25
    assert summary["mlm_accuracy"] > 0.4, summary
    assert summary["mlm_accuracy"] > 2 * summary["unigram_accuracy"]
    saved = json.loads((out / "mlm_metrics.json").read_text())
    assert saved["mlm_accuracy"] == summary["mlm_accuracy"]
    assert (out / "run" / "metrics.jsonl").is_file()

    enc, tok = load_encoder(out)
    texts = ["def alpha_beta(alpha, beta):", "def alpha_beta(alpha, beta):\n", "zzz qqq"]
    emb = enc.embed(texts, tok)
    assert emb.shape == (3, enc.config.n_embd)
    assert torch.allclose(emb.norm(dim=-1), torch.ones(3), atol=1e-5)
    # Near-identical texts embed closer than an unrelated one.
    assert emb[0] @ emb[1] > emb[0] @ emb[2]


def test_mlm_errors(tmp_path):
    from genforge.train.mlm import MLMConfig, pretrain_mlm

    with pytest.raises(GenforgeError, match="--out is required"):
        pretrain_mlm(MLMConfig(out=""))
    with pytest.raises(GenforgeError, match="time-budget or --max-steps"):
        pretrain_mlm(MLMConfig(out=str(tmp_path / "x"), time_budget=None))
    with pytest.raises(GenforgeError, match="not an encoder dir"):
        load_encoder(tmp_path)
    with pytest.raises(GenforgeError, match="mask_id"):
        Encoder(_cfg(), mask_id=41)


@pytest.mark.slow
def test_mlm_resume_continues_exactly(prepared_dir, tmp_path):
    from safetensors.torch import load_file

    from genforge.train.mlm import MLMConfig, pretrain_mlm

    def run(out, steps, resume=False):
        cfg = MLMConfig(
            data=str(prepared_dir),
            out=str(out),
            seq_len=32,
            batch_size=4,
            max_steps=steps,
            time_budget=None,
            eval_tokens=256,
            threads=1,
            resume=resume,
            progress=False,
            device="cpu",
            # A step-only schedule: the LR of step k must not depend on how
            # many steps the first half was told to run.
            schedule="constant",
            warmup=2,
        )
        return pretrain_mlm(cfg)

    whole = run(tmp_path / "whole", 6)
    run(tmp_path / "split", 3)
    # The checkpoint is really read: asking for the steps already done is refused.
    with pytest.raises(GenforgeError, match="already at step 3"):
        run(tmp_path / "split", 3, resume=True)
    resumed = run(tmp_path / "split", 6, resume=True)
    assert resumed["steps"] == whole["steps"] == 6
    a = load_file(str(tmp_path / "whole" / "model.safetensors"))
    b = load_file(str(tmp_path / "split" / "model.safetensors"))
    assert a.keys() == b.keys()
    for k in a:
        assert torch.allclose(a[k], b[k], atol=1e-6), k
