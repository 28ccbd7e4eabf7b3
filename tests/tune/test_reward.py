"""Reward model: Bradley–Terry loss, last-token reading, training to held-out accuracy,
the model dir round trip, the scorer and the CLI; plus the shared preference collator."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest
import torch
import torch.nn.functional as F

from genforge.errors import GenforgeError
from genforge.modeldir import load_model_dir
from genforge.tune.data import PreferencePair, encode_prompt_completion
from genforge.tune.prefs import (
    PairBatches,
    collate_pairs,
    encode_pairs,
    fit_to_length,
    load_pairs,
)
from genforge.tune.reward import (
    RewardConfig,
    RewardModel,
    RewardScorer,
    bradley_terry_loss,
    load_reward_model,
    pairwise_accuracy,
    run_reward,
)
from genforge.tune.tasks import preference_pairs

pytestmark = pytest.mark.usefixtures("one_thread")


# ------------------------------------------------------------------ collator


def test_fit_to_length_keeps_answer_start_and_cuts_prompt_head():
    ids = list(range(100))
    out, start, cut = fit_to_length(ids, 70, 40)
    assert cut and len(out) == 40
    # The answer (70..99, 30 tokens) fits in its half-or-more share and stays whole.
    assert out[start:] == list(range(70, 100)) and out[:start] == list(range(60, 70))
    out, start, cut = fit_to_length(ids, 10, 40)  # long answer: keeps its first tokens
    assert cut and out[start] == 10 and len(out) == 40 and out[:start] == list(range(10))[-start:]
    assert fit_to_length(ids, 10, 200) == (ids, 10, False)


def test_collate_layout_chosen_over_rejected(tiny_dir):
    tok = load_model_dir(tiny_dir).tokenizer
    pairs = [
        PreferencePair([{"role": "user", "content": "add"}], "return a + b", "return a -"),
        PreferencePair([{"role": "user", "content": "a longer question here"}], "x", "yy zz"),
    ]
    enc, cut = encode_pairs(tok, pairs, 256)
    assert cut == 0
    batch = collate_pairs(enc, tok.pad_id, [5, 9])
    ids, mask, last = batch["input_ids"], batch["completion_mask"], batch["last_index"]
    assert ids.shape[0] == 4 and batch["index"].tolist() == [5, 9]
    for row, (pair, side) in enumerate(
        [(0, "chosen"), (1, "chosen"), (0, "rejected"), (1, "rejected")]
    ):
        want, start = encode_prompt_completion(tok, pairs[pair].prompt, getattr(pairs[pair], side))
        n = len(want)
        assert ids[row, :n].tolist() == want
        assert (ids[row, n:] == tok.pad_id).all()
        assert mask[row].nonzero().flatten().tolist() == list(range(start, n))
        assert last[row] == n - 1 and ids[row, n - 1] == tok.end_id


def test_pair_batches_resume_exactly(tiny_dir):
    tok = load_model_dir(tiny_dir).tokenizer
    enc, _ = encode_pairs(tok, preference_pairs("test")[:10], 128)
    a = PairBatches(enc, 4, tok.pad_id, seed=3)
    for _ in range(3):
        a.next_batch()
    state = json.loads(json.dumps(a.state_dict()))
    b = PairBatches(enc, 4, tok.pad_id, seed=0)
    b.load_state_dict(state)
    for _ in range(4):  # crosses an epoch boundary (10 pairs, 4 per batch)
        assert torch.equal(a.next_batch()["index"], b.next_batch()["index"])


def test_load_pairs_user_split_and_errors(tmp_path, pref_files):
    train, held, _ = load_pairs(str(pref_files["train"]), eval_fraction=0.25, seed=1)
    assert len(held) == 40 and len(train) == 120
    assert not {p.chosen for p in held} & {p.chosen for p in train}
    with pytest.raises(GenforgeError, match="not found"):
        load_pairs(str(tmp_path / "missing.jsonl"))
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"prompt": "q", "chosen": "a"}\n')
    with pytest.raises(GenforgeError, match=r"bad.jsonl:1: missing 'rejected'"):
        load_pairs(str(bad))


# ------------------------------------------------------------------ model and loss


def test_bradley_terry_loss_matches_formula():
    rc = torch.tensor([1.5, -0.2, 0.0])
    rr = torch.tensor([0.5, 0.3, 0.0])
    want = sum(math.log1p(math.exp(-(c - r))) for c, r in zip(rc.tolist(), rr.tolist())) / 3
    assert bradley_terry_loss(rc, rr).item() == pytest.approx(want, rel=1e-6)
    centered = want + 0.1 * sum((c + r) ** 2 for c, r in zip(rc.tolist(), rr.tolist())) / 3
    assert bradley_terry_loss(rc, rr, center_coef=0.1).item() == pytest.approx(centered, rel=1e-6)
    # Swapping the sides of a pair can only be worse when the model prefers chosen.
    assert bradley_terry_loss(rr[:1], rc[:1]) > bradley_terry_loss(rc[:1], rr[:1])


def test_reward_reads_last_real_token_and_ignores_padding(tiny_dir):
    trunk = load_model_dir(tiny_dir).model
    rm = RewardModel(trunk)
    torch.nn.init.normal_(rm.head.weight, std=0.5)
    short = torch.tensor([[1, 40, 41, 42]])
    long = torch.tensor([[1, 50, 51, 52, 53, 54, 55]])
    alone = rm(short, torch.tensor([3]))
    padded = torch.cat([torch.cat([short, torch.zeros(1, 3, dtype=torch.long)], 1), long])
    both = rm(padded, torch.tensor([3, 6]))
    assert torch.allclose(both[0], alone[0], atol=1e-5)
    want = rm.head(trunk.hidden_states(long)[:, -1]).squeeze(-1)
    assert torch.allclose(both[1], want, atol=1e-5)


def test_zero_head_starts_at_log2(tiny_dir):
    loaded = load_model_dir(tiny_dir)
    rm = RewardModel(loaded.model)
    enc, _ = encode_pairs(loaded.tokenizer, preference_pairs("test")[:6], 128)
    batch = collate_pairs(enc, loaded.tokenizer.pad_id)
    r = rm(batch["input_ids"], batch["last_index"])
    assert bradley_terry_loss(r[:6], r[6:]).item() == pytest.approx(math.log(2), abs=1e-6)
    # Ties are not wins: an untrained (zero) head has held-out accuracy 0, not 0.5.
    assert (
        pairwise_accuracy(rm, enc, loaded.tokenizer.pad_id, torch.device("cpu"))["accuracy"] == 0.0
    )


# ------------------------------------------------------------------ training and files


@pytest.fixture(scope="module")
def trained_rm(tiny_dir, pref_files, tmp_path_factory) -> tuple[Path, dict]:
    out = tmp_path_factory.mktemp("rm_out") / "rm"
    cfg = RewardConfig(
        model=str(tiny_dir),
        data=str(pref_files["train"]),
        eval_data=str(pref_files["test"]),
        out=str(out),
        max_steps=30,
        time_budget=None,
        batch_size=8,
        lr=3e-4,
        max_len=96,
        eval_every=1000,
        device="cpu",
        progress=False,
    )
    torch.manual_seed(0)
    return out, run_reward(cfg)


def test_reward_training_reaches_heldout_accuracy(trained_rm):
    out, summary = trained_rm
    assert summary["heldout_pairs"] == 48 and summary["train_pairs"] == 160
    # Held-out pairs (other functions and modules than in training): chance is 0.5.
    assert summary["heldout_accuracy"] >= 0.85, summary
    assert summary["heldout_mean_margin"] > 0
    metrics = json.loads((out / "metrics.json").read_text())
    assert metrics["heldout_accuracy"] == summary["heldout_accuracy"]
    rows = [json.loads(x) for x in (out / "run" / "metrics.jsonl").read_text().splitlines()]
    losses = [r["loss"] for r in rows if "loss" in r]
    assert losses[-1] < losses[0] < math.log(2) + 0.05
    assert any("val_accuracy" in r for r in rows)


def test_reward_model_dir_round_trip_and_scorer(trained_rm, pref_files):
    out, _ = trained_rm
    config = json.loads((out / "config.json").read_text())
    assert config["reward_head"] is True and (out / "reward_head.safetensors").is_file()
    assert load_model_dir(out).model is not None  # still a plain LM dir too
    scorer = RewardScorer.from_model_dir(out)
    pairs = load_pairs(str(pref_files["test"]), eval_fraction=0.5)[0][:8]
    enc, _ = encode_pairs(scorer.tokenizer, pairs, 96)
    again = pairwise_accuracy(scorer.model, enc, scorer.tokenizer.pad_id, torch.device("cpu"))
    batch = collate_pairs(enc, scorer.tokenizer.pad_id)
    with torch.no_grad():
        direct = scorer.model(batch["input_ids"], batch["last_index"])
    # score() on (prompt, completion) and on the same text with its special tokens written
    # out give the same numbers; long items are cut from the left like the collator does.
    prompts = [p.prompt for p in pairs]
    via_pairs = scorer.score(prompts, [p.chosen for p in pairs])
    texts = [
        scorer.tokenizer.decode(encode_prompt_completion(scorer.tokenizer, p.prompt, p.chosen)[0])
        for p in pairs
    ]
    via_text = scorer.score(texts)
    assert via_pairs == pytest.approx(via_text, abs=1e-4)
    short = [
        i
        for i, e in enumerate(enc)
        if len(e.chosen)
        == len(encode_prompt_completion(scorer.tokenizer, pairs[i].prompt, pairs[i].chosen)[0])
    ]
    assert short, "need at least one untruncated pair"
    for i in short:
        assert via_pairs[i] == pytest.approx(float(direct[i]), abs=1e-4)
    assert 0.0 <= again["accuracy"] <= 1.0


def test_load_reward_model_rejects_plain_lm(tiny_dir):
    with pytest.raises(GenforgeError, match="without a reward head"):
        load_reward_model(tiny_dir)


def test_reward_config_errors(tiny_dir, tmp_path):
    with pytest.raises(GenforgeError, match="--model"):
        run_reward(RewardConfig(out=str(tmp_path / "o")))
    with pytest.raises(GenforgeError, match="not found"):
        run_reward(
            RewardConfig(
                model=str(tiny_dir),
                data=str(tmp_path / "nope.jsonl"),
                out=str(tmp_path / "o"),
                device="cpu",
            )
        )


def test_rm_cli(tiny_dir, pref_files, tmp_path, capsys):
    from genforge.cli import main

    out = tmp_path / "rm_cli"
    code = main(
        [
            "rm",
            "--model",
            str(tiny_dir),
            "--data",
            str(pref_files["test"]),
            "--out",
            str(out),
            "--max-steps",
            "3",
            "--device",
            "cpu",
            "--no-progress",
            "--json",
            "max_len=64",
            "batch_size=4",
            "eval_fraction=0.25",
        ]
    )
    assert code == 0
    summary = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert summary["steps"] == 3 and summary["heldout_pairs"] == 12
    assert (out / "reward_head.safetensors").is_file()
    bad = tmp_path / "bad.jsonl"
    bad.write_text("not json\n")
    code = main(
        [
            "rm",
            "--model",
            str(tiny_dir),
            "--data",
            str(bad),
            "--out",
            str(tmp_path / "x"),
            "--max-steps",
            "1",
            "--device",
            "cpu",
        ]
    )
    assert code == 2
    assert "bad.jsonl:1: not valid JSON" in capsys.readouterr().err


def test_head_gradient_reaches_trunk_after_first_step(tiny_dir):
    """The zero head passes no gradient to the trunk at step 0 but does once it moves."""
    loaded = load_model_dir(tiny_dir)
    rm = RewardModel(loaded.model)
    enc, _ = encode_pairs(loaded.tokenizer, preference_pairs("test")[:4], 96)
    batch = collate_pairs(enc, loaded.tokenizer.pad_id)
    r = rm(batch["input_ids"], batch["last_index"])
    bradley_terry_loss(r[:4], r[4:]).backward()
    assert rm.head.weight.grad.abs().sum() > 0
    assert all(p.grad is None or p.grad.abs().sum() == 0 for p in rm.trunk.parameters())
    with torch.no_grad():
        rm.head.weight -= 0.1 * rm.head.weight.grad
    rm.zero_grad()
    r = rm(batch["input_ids"], batch["last_index"])
    F.softplus(-(r[:4] - r[4:])).mean().backward()
    assert rm.trunk.wte.weight.grad.abs().sum() > 0


def test_reward_epochs_heldout_note_and_overwrite(tiny_dir, pref_files, tmp_path):
    from genforge.tune.reward import RewardConfig, run_reward

    said = []
    base = dict(
        model=str(tiny_dir),
        data=str(pref_files["train"]),
        eval_data=str(pref_files["test"]),
        batch_size=4,
        max_len=64,
        device="cpu",
        progress=False,
        time_budget=None,
    )
    summary = run_reward(RewardConfig(out=str(tmp_path / "rm"), epochs=1, **base), log=said.append)
    assert summary["steps"] == summary["train_pairs"] // 4 and summary["epochs"] == 1.0
    note = [m for m in said if "held out:" in m]
    assert note and str(summary["heldout_pairs"]) in note[0]
    assert ("too few" in note[0]) == (summary["heldout_pairs"] < 20)
    with pytest.raises(GenforgeError, match="--overwrite"):
        run_reward(RewardConfig(out=str(tmp_path / "rm"), max_steps=1, **base))
