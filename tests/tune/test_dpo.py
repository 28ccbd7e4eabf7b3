"""DPO and IPO: the losses against their formulas, the reference's role (log 2 at start,
no gradients, precomputed == on the fly), a short run to held-out accuracy, and the CLI."""

from __future__ import annotations

import json
import math

import pytest
import torch
import torch.nn.functional as F

from genforge.errors import GenforgeError
from genforge.modeldir import load_model_dir
from genforge.tune.dpo import (
    DPOConfig,
    DPOObjective,
    dpo_loss,
    frozen_copy,
    pair_logprobs,
    run_dpo,
)
from genforge.tune.prefs import collate_pairs, encode_pairs, sequence_logprobs
from genforge.tune.tasks import preference_pairs

pytestmark = pytest.mark.usefixtures("one_thread")


@pytest.fixture(scope="module")
def batch_and_models(tiny_dir):
    loaded = load_model_dir(tiny_dir)
    enc, _ = encode_pairs(loaded.tokenizer, preference_pairs("test")[:6], 96)
    batch = collate_pairs(enc, loaded.tokenizer.pad_id)
    return loaded, enc, batch


# ------------------------------------------------------------------ the losses


def _sigmoid(x: float) -> float:
    return 1.0 / (1.0 + math.exp(-x))


def test_dpo_sigmoid_loss_equals_hand_computation():
    pc, pr = torch.tensor([-10.0, -3.0]), torch.tensor([-12.0, -2.0])
    rc, rr = torch.tensor([-11.0, -3.5]), torch.tensor([-11.5, -2.5])
    beta = 0.5
    out = dpo_loss(pc, pr, rc, rr, beta=beta)
    # Pair 0: h = (-10 + 11) - (-12 + 11.5) = 1.5; pair 1: h = 0.5 - 0.5 = 0.
    assert out.losses.tolist() == pytest.approx([-math.log(_sigmoid(0.75)), math.log(2)], rel=1e-6)
    assert out.chosen_rewards.tolist() == pytest.approx([0.5, 0.25])
    assert out.rejected_rewards.tolist() == pytest.approx([-0.25, 0.25])
    smooth = dpo_loss(pc, pr, rc, rr, beta=beta, label_smoothing=0.2).losses[0].item()
    want = -0.8 * math.log(_sigmoid(0.75)) - 0.2 * math.log(_sigmoid(-0.75))
    assert smooth == pytest.approx(want, rel=1e-6)


def test_ipo_loss_equals_hand_computation():
    pc, pr = torch.tensor([-10.0]), torch.tensor([-12.0])
    rc, rr = torch.tensor([-11.0]), torch.tensor([-11.5])
    out = dpo_loss(pc, pr, rc, rr, beta=0.25, loss_type="ipo")
    assert out.losses.item() == pytest.approx((1.5 - 1 / 0.5) ** 2)
    # IPO's minimum sits at margin 1/(2 beta), not at infinity.
    at_target = dpo_loss(
        torch.tensor([2.0]),
        torch.tensor([0.0]),
        torch.zeros(1),
        torch.zeros(1),
        beta=0.25,
        loss_type="ipo",
    )
    assert at_target.losses.item() == pytest.approx(0.0, abs=1e-12)


def test_dpo_matches_reference_formulation_and_gradient():
    """The common implementation's math (log-ratio of policy minus log-ratio of reference
    through softplus) and the paper's gradient, -beta * sigma(-beta * h) for pc."""
    g = torch.Generator().manual_seed(0)
    pc, pr, rc, rr = (torch.randn(16, generator=g, dtype=torch.float64) * 5 for _ in range(4))
    pc.requires_grad_(True)
    beta, ls = 0.3, 0.1
    pi_logratios = pc - pr
    ref_logratios = rc - rr
    logits = pi_logratios - ref_logratios
    want = (1 - ls) * F.softplus(-beta * logits) + ls * F.softplus(beta * logits)
    got = dpo_loss(pc, pr, rc, rr, beta=beta, label_smoothing=ls).losses
    assert torch.allclose(got, want.detach(), rtol=1e-10, atol=1e-12)
    dpo_loss(pc, pr, rc, rr, beta=beta).losses.sum().backward()
    h = logits.detach()
    assert torch.allclose(pc.grad, -beta * torch.sigmoid(-beta * h), rtol=1e-10)


def test_dpo_loss_rejects_bad_arguments():
    t = torch.zeros(1)
    with pytest.raises(GenforgeError, match="loss must be one of"):
        dpo_loss(t, t, t, t, loss_type="hinge")
    with pytest.raises(GenforgeError, match="beta"):
        dpo_loss(t, t, t, t, beta=0.0)
    with pytest.raises(GenforgeError, match="label_smoothing"):
        dpo_loss(t, t, t, t, label_smoothing=0.5)


# ------------------------------------------------------------------ with a real model


def test_sequence_logprobs_sums_answer_tokens_and_ignores_padding(batch_and_models):
    loaded, enc, batch = batch_and_models
    model = loaded.model
    e = enc[0]
    ids = torch.tensor([e.chosen])
    with torch.no_grad():
        logits, _ = model(ids)
    logp = F.log_softmax(logits[0].double(), -1)
    want = sum(float(logp[t - 1, e.chosen[t]]) for t in range(e.chosen_start, len(e.chosen)))
    with torch.no_grad():
        got = sequence_logprobs(model, batch["input_ids"], batch["completion_mask"])
    assert got[0].item() == pytest.approx(want, abs=1e-3)


def test_policy_equal_to_reference_gives_log2_and_grads_only_reach_policy(batch_and_models):
    loaded, _, batch = batch_and_models
    policy = loaded.model
    policy.train()
    ref = frozen_copy(policy)
    objective = DPOObjective(ref, beta=0.1, loss_type="sigmoid")
    policy.zero_grad()
    loss, stats = objective(policy, batch)
    assert loss.item() == pytest.approx(math.log(2), abs=1e-6)
    loss.backward()
    assert all(p.grad is None for p in ref.parameters())
    assert not any(p.requires_grad for p in ref.parameters())
    grads = [p.grad for p in policy.parameters() if p.grad is not None]
    assert grads and sum(float(g.abs().sum()) for g in grads) > 0
    assert float(stats["rewards/margins"]) == pytest.approx(0.0, abs=1e-6)
    assert float(stats["rewards/accuracies"]) == 0.0  # a zero margin is not a win
    policy.zero_grad()


def test_sft_coef_adds_chosen_per_token_nll(batch_and_models):
    loaded, _, batch = batch_and_models
    policy = loaded.model
    ref = frozen_copy(policy)
    lp = sequence_logprobs(policy, batch["input_ids"], batch["completion_mask"]).detach()
    b = lp.size(0) // 2
    n = batch["completion_mask"][:b, 1:].sum(-1)
    nll = float((-lp[:b] / n).mean())
    assert nll > 0
    loss, _ = DPOObjective(ref, beta=0.1, loss_type="sigmoid", sft_coef=0.5)(policy, batch)
    assert loss.item() == pytest.approx(math.log(2) + 0.5 * nll, rel=1e-5)


def test_own_failures_replace_rejected_answers(batch_and_models):
    from genforge.tune.prefs import with_own_failures
    from genforge.tune.tasks import pair_check

    loaded, _, _ = batch_and_models
    pairs = preference_pairs("test")[:4]
    out, replaced = with_own_failures(loaded.model, loaded.tokenizer, pairs, max_tokens=12)
    assert len(out) == 4
    for old, new in zip(pairs, out):
        assert new.prompt == old.prompt and new.chosen == old.chosen
        if new.rejected != old.rejected:  # a replacement is this model's failing answer
            assert not pair_check(new, new.rejected)
    assert replaced == sum(o.rejected != n.rejected for o, n in zip(pairs, out))
    assert replaced >= 1  # an untrained model's answers do not pass the code check


def test_precomputed_reference_equals_on_the_fly(batch_and_models):
    loaded, enc, batch = batch_and_models
    policy = loaded.model
    ref = frozen_copy(policy)
    with torch.no_grad():  # move the policy away from the reference a little
        for p in policy.parameters():
            p.add_(0.01 * torch.randn_like(p))
    pre = pair_logprobs(ref, enc, loaded.tokenizer.pad_id, torch.device("cpu"), batch_size=4)
    a, _ = DPOObjective(ref, beta=0.2, loss_type="sigmoid")(policy, batch)
    b, _ = DPOObjective(pre, beta=0.2, loss_type="sigmoid")(policy, batch)
    assert a.item() == pytest.approx(b.item(), abs=1e-5)
    assert a.item() != pytest.approx(math.log(2), abs=1e-4)


def test_dpo_run_raises_heldout_accuracy(tiny_dir, pref_files, tmp_path):
    out = tmp_path / "dpo"
    cfg = DPOConfig(
        model=str(tiny_dir),
        data=str(pref_files["train"]),
        eval_data=str(pref_files["test"]),
        out=str(out),
        max_steps=20,
        time_budget=None,
        batch_size=8,
        lr=1e-3,
        max_len=96,
        eval_every=10,
        precompute_ref=True,
        device="cpu",
        progress=False,
    )
    torch.manual_seed(0)
    summary = run_dpo(cfg)
    # At the start every margin is exactly 0 (accuracy 0); held-out pairs are other functions.
    assert summary["heldout_accuracy"] >= 0.85, summary
    assert summary["heldout_margin"] > 0
    assert summary["heldout_reward_chosen"] > summary["heldout_reward_rejected"]
    rows = [json.loads(x) for x in (out / "run" / "metrics.jsonl").read_text().splitlines()]
    logged = {k for r in rows for k in r}
    for key in (
        "rewards/chosen",
        "rewards/rejected",
        "rewards/margins",
        "rewards/accuracies",
        "val_rewards/accuracies",
        "val_rewards/margins",
    ):
        assert key in logged, key
    losses = [r["loss"] for r in rows if "loss" in r]
    assert losses[-1] < losses[0]
    tuned = load_model_dir(out)
    assert tuned.config["genforge_dpo"]["loss"] == "sigmoid"
    assert json.loads((out / "metrics.json").read_text())["steps"] == 20


def test_dpo_cli_ipo_and_errors(tiny_dir, pref_files, tmp_path, capsys):
    from genforge.cli import main

    out = tmp_path / "ipo"
    code = main(
        [
            "dpo",
            "--model",
            str(tiny_dir),
            "--data",
            str(pref_files["test"]),
            "--out",
            str(out),
            "--loss",
            "ipo",
            "--beta",
            "0.5",
            "--max-steps",
            "4",
            "--device",
            "cpu",
            "--no-progress",
            "--json",
            "max_len=64",
            "batch_size=4",
            "eval_fraction=0.25",
            "lr=1e-3",
        ]
    )
    assert code == 0
    summary = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert summary["method"] == "dpo-ipo" and summary["steps"] == 4
    assert summary["heldout_pairs"] == 12 and summary["heldout_margin"] > 0
    code = main(
        [
            "dpo",
            "--model",
            str(tiny_dir),
            "--data",
            str(pref_files["test"]),
            "--out",
            str(tmp_path / "x"),
            "--max-steps",
            "1",
            "sample_eval=4",
        ]
    )
    assert code == 2
    assert "--data default" in capsys.readouterr().err
    code = main(
        [
            "dpo",
            "--model",
            str(tmp_path / "missing"),
            "--data",
            "default",
            "--out",
            str(tmp_path / "y"),
            "--max-steps",
            "1",
        ]
    )
    assert code == 2
    assert "model dir not found" in capsys.readouterr().err


# ------------------------------------------------------------ on-policy verifiable pairs


def test_pair_by_check_pairs_own_passing_with_own_failing():
    from genforge.tune.prefs import pair_by_check

    pairs = preference_pairs("test")[:3]
    good, bad = "def f(x):\n    return x", "def f(x)\n    return x"
    answers = [[good, bad, good, "  "], [bad, bad + " ", bad], [good, good]]
    passed = [[True, False, True, False], [False, False, False], [True, True]]
    out, counts = pair_by_check(pairs, answers, passed)
    # Prompt 0: one distinct passing and one distinct failing text -> one pair of its own
    # answers (the blank one is dropped); prompt 1: no passing answer -> the dataset's
    # chosen against its first failure; prompt 2: nothing failed -> no pair.
    assert [(p.chosen, p.rejected) for p in out] == [(good, bad), (pairs[1].chosen, bad)]
    assert out[0].prompt == pairs[0].prompt and out[1].prompt == pairs[1].prompt
    assert counts == {
        "prompts_mixed": 1,
        "prompts_all_fail": 1,
        "prompts_all_pass": 1,
        "samples_passed": 4,
        "samples": 9,
    }


def test_chat_answers_greedy_first_and_seeded(batch_and_models):
    from genforge.tune.sft import chat_answers, generate_answers

    loaded, _, _ = batch_and_models
    model, tok = loaded.model, loaded.tokenizer
    prompts = [p.prompt for p in preference_pairs("test")[:2]]
    kw = {"samples": 3, "temperature": 1.0, "max_tokens": 8, "greedy_first": True}

    def texts(**more):
        return [[x["text"] for x in g] for g in chat_answers(model, tok, prompts, **more)]

    a = texts(seed=1, **kw)
    assert texts(seed=1, **kw) == a  # a pure function of seed
    assert texts(seed=2, **kw) != a
    greedy = [g["text"] for g in generate_answers(model, tok, prompts, max_tokens=8)]
    assert [x[0] for x in a] == greedy and all(len(x) == 3 for x in a)
    with pytest.raises(GenforgeError, match="temperature"):
        chat_answers(model, tok, prompts, samples=2, temperature=0.0, max_tokens=8)


def test_on_policy_config_errors():
    base = {"model": "m", "out": "o", "max_steps": 1}
    with pytest.raises(GenforgeError, match="--data default"):
        DPOConfig(data="x.jsonl", on_policy_samples=4, **base).validate()
    with pytest.raises(GenforgeError, match="pick one"):
        DPOConfig(on_policy_samples=4, own_failures=True, **base).validate()
    with pytest.raises(GenforgeError, match="on_policy_temperature"):
        DPOConfig(on_policy_samples=4, on_policy_temperature=0.0, **base).validate()


def test_dpo_run_on_policy_reports_paired_answer_figures(tiny_dir, tmp_path):
    cfg = DPOConfig(
        model=str(tiny_dir),
        data="default",
        out=str(tmp_path / "dpo"),
        max_steps=2,
        time_budget=None,
        batch_size=4,
        max_len=64,
        eval_every=2,
        precompute_ref=True,
        on_policy_samples=2,
        sample_eval=6,
        sample_max_tokens=6,
        device="cpu",
        progress=False,
    )
    s = run_dpo(cfg)
    counts = s["on_policy"]
    n_train = len(preference_pairs("train"))
    assert counts["samples"] == 2 * n_train
    assert sum(counts[k] for k in ("prompts_mixed", "prompts_all_fail", "prompts_all_pass")) == (
        n_train
    )
    assert s["train_pairs"] >= counts["prompts_mixed"] + counts["prompts_all_fail"]
    assert s["sampled_prompts"] == 6
    # Gained and lost are paired counts over the same prompts: they explain the change.
    assert s["chosen_like_rate"] - s["chosen_like_rate_start"] == pytest.approx(
        (s["chosen_like_gained"] - s["chosen_like_lost"]) / 6
    )
    assert {"chosen_like_rate_syntax", "chosen_like_rate_start_syntax"} <= set(s)
