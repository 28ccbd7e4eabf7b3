"""GRPO / PPO: the math by hand, the rollout engine's weight sync, and a short real run."""

from __future__ import annotations

import json
import math
import random

import pytest
import torch
import torch.nn.functional as F
from safetensors.torch import load_file

from genforge.errors import GenforgeError
from genforge.models.gpt import GPT, config_from_preset
from genforge.train.metrics import read_metrics
from genforge.tune.data import encode_prompt_completion
from genforge.tune.rl import (
    RLBatchSource,
    RLConfig,
    RolloutEngine,
    clipped_policy_loss,
    collate,
    gae,
    group_advantages,
    k3_kl,
    make_loss_fn,
    sequence_logprobs,
    task_reward,
    token_logprobs,
)
from genforge.tune.tasks import VerifiableTask

WORDS = ("yes", "no", "maybe", "ok")


# ----------------------------------------------------------------------------- fixtures


pytestmark = pytest.mark.usefixtures("one_thread")


@pytest.fixture(scope="module")
def tok():
    from genforge.tokenizer import train_tokenizer

    rng = random.Random(0)
    texts = [" ".join(rng.choice((*WORDS, "say", "one", "word", "please")) for _ in range(40))]
    texts += [f"What is {a} + {b}? {a + b}" for a in range(10) for b in range(10)]
    return train_tokenizer(texts * 5, vocab_size=320)


def _toy_policy(tok, steps: int = 60, seed: int = 0) -> GPT:
    """A tiny GPT taught (plain masked CE) to answer 'Say one word' with one of WORDS."""
    from genforge.tune.data import encode_sft

    torch.manual_seed(seed)
    model = GPT(config_from_preset("tiny", vocab_size=tok.vocab_size, block_size=64))
    opt = torch.optim.AdamW(model.parameters(), lr=3e-3)
    rng = random.Random(seed)
    for _ in range(steps):
        rows = []
        for _ in range(16):
            msgs = [
                {"role": "user", "content": f"Say one word please {rng.randint(0, 99)}"},
                {"role": "assistant", "content": rng.choice(WORDS)},
            ]
            rows.append(encode_sft(tok, msgs))
        T = max(len(i) for i, _ in rows)
        x = torch.zeros(len(rows), T, dtype=torch.long)
        y = torch.full((len(rows), T), -100, dtype=torch.long)
        for r, (ids, mask) in enumerate(rows):
            x[r, : len(ids)] = torch.tensor(ids)
            tgt = [t if m else -100 for t, m in zip(ids[1:], mask[1:], strict=True)]
            y[r, : len(tgt)] = torch.tensor(tgt)
        _, loss = model(x, y)
        opt.zero_grad()
        loss.backward()
        opt.step()
    return model


@pytest.fixture(scope="module")
def toy_state(tok) -> dict:
    """The weights of ``_toy_policy`` (trained once per module, on one thread: module
    fixtures run before the per-test ``one_thread``)."""
    before = torch.get_num_threads()
    torch.set_num_threads(1)
    try:
        return {k: v.clone() for k, v in _toy_policy(tok).state_dict().items()}
    finally:
        torch.set_num_threads(before)


def _toy_copy(tok, state: dict) -> GPT:
    model = GPT(config_from_preset("tiny", vocab_size=tok.vocab_size, block_size=64))
    model.load_state_dict(state)
    return model


# ----------------------------------------------------------------------------- the math


def test_group_advantages_hand_built_group():
    rewards = torch.tensor([[1.0, 0.0, 0.0, 1.0], [1.0, 1.0, 1.0, 1.0], [0.0, 0.0, 0.0, 1.0]])
    adv = group_advantages(rewards, eps=0.0 + 1e-8)
    assert torch.allclose(adv[0], torch.tensor([1.0, -1.0, -1.0, 1.0]), atol=1e-6)
    assert torch.equal(adv[1], torch.zeros(4))  # no signal in a uniform group
    std = math.sqrt(0.75 * 0.25)  # population std of {0, 0, 0, 1}
    want = torch.tensor([-0.25, -0.25, -0.25, 0.75]) / std
    assert torch.allclose(adv[2], want, atol=1e-5)
    assert torch.allclose(adv.mean(dim=1), torch.zeros(3), atol=1e-6)
    with pytest.raises(GenforgeError, match="prompts, group"):
        group_advantages(torch.zeros(4))


def test_clipped_objective_equals_hand_math():
    logp = torch.tensor([[math.log(0.5), math.log(0.9), math.log(0.3), 0.0]])
    old = torch.tensor([[math.log(0.4), math.log(0.5), math.log(0.3), 0.0]])
    mask = torch.tensor([[1.0, 1.0, 1.0, 0.0]])  # the last position is padding
    eps = 0.2
    for adv_value in (1.5, -2.0):
        loss, frac = clipped_policy_loss(logp, old, torch.tensor([adv_value]), mask, eps)
        ratios = [0.5 / 0.4, 0.9 / 0.5, 1.0]
        terms, clipped_n = [], 0
        for r in ratios:
            a = r * adv_value
            b = min(max(r, 1 - eps), 1 + eps) * adv_value
            terms.append(-min(a, b))
            clipped_n += b < a
        assert loss.item() == pytest.approx(sum(terms) / 3, rel=1e-5)
        assert frac.item() == pytest.approx(clipped_n / 3)
    # Positive advantage, ratios 1.25 and 1.8 > 1.2: clipped, so no gradient flows there.
    logp = logp.clone().requires_grad_(True)
    loss, _ = clipped_policy_loss(logp, old, torch.tensor([1.5]), mask, eps)
    loss.backward()
    assert logp.grad[0, 0] == 0 and logp.grad[0, 1] == 0 and logp.grad[0, 2] != 0
    assert logp.grad[0, 3] == 0  # padding


def test_k3_kl_nonnegative_zero_at_reference_and_unbiased():
    g = torch.Generator().manual_seed(0)
    a, b = torch.randn(1000, generator=g), torch.randn(1000, generator=g)
    assert (k3_kl(a, b) >= 0).all()
    assert torch.equal(k3_kl(a, a), torch.zeros(1000))
    # Monte Carlo: sampling from the policy p, mean k3 estimates KL(p || q).
    p = torch.softmax(torch.randn(6, generator=g), 0)
    q = torch.softmax(torch.randn(6, generator=g), 0)
    x = torch.multinomial(p, 200_000, replacement=True, generator=g)
    est = k3_kl(p.log()[x], q.log()[x]).mean()
    exact = (p * (p.log() - q.log())).sum()
    assert est.item() == pytest.approx(exact.item(), rel=0.03)


def test_gae_matches_hand_recursion_and_monte_carlo_at_lambda_one():
    rewards = torch.tensor([[0.0, 0.0, 0.0, 1.0, 0.0]])
    values = torch.tensor([[9.0, 0.5, 0.2, 0.1, 9.0]])  # 9s sit outside the mask
    mask = torch.tensor([[0.0, 1.0, 1.0, 1.0, 0.0]])
    adv, ret = gae(rewards, values, mask, gamma=1.0, lam=0.95)
    d3 = 1.0 - 0.1
    d2 = 0.0 + 0.1 - 0.2
    d1 = 0.0 + 0.2 - 0.5
    a3, a2 = d3, d2 + 0.95 * d3
    a1 = d1 + 0.95 * a2
    assert torch.allclose(adv, torch.tensor([[0.0, a1, a2, a3, 0.0]]), atol=1e-6)
    assert torch.allclose(ret, (adv + values) * mask)
    adv1, ret1 = gae(rewards, values, mask, gamma=1.0, lam=1.0)
    assert torch.allclose(ret1, torch.tensor([[0.0, 1.0, 1.0, 1.0, 0.0]]), atol=1e-6)
    assert torch.allclose(adv1, torch.tensor([[0.0, 0.5, 0.8, 0.9, 0.0]]), atol=1e-6)


def test_token_logprobs_match_cross_entropy_and_collate_masks_completion():
    g = torch.Generator().manual_seed(1)
    logits = torch.randn(2, 5, 11, generator=g)
    ids = torch.randint(0, 11, (2, 5), generator=g)
    want = -F.cross_entropy(
        logits[:, :-1].reshape(-1, 11), ids[:, 1:].reshape(-1), reduction="none"
    )
    assert torch.allclose(token_logprobs(logits, ids), want.view(2, 4), atol=1e-6)
    x, mask = collate([[1, 2, 3], [4, 5]], [[7, 8], [9]], pad_id=0)
    assert x.tolist() == [[1, 2, 3, 7, 8], [4, 5, 9, 0, 0]]
    # targets t score ids[t+1]: row 0 completion tokens are ids 3, 4 -> targets 2, 3.
    assert mask.tolist() == [[0, 0, 1, 1], [0, 1, 0, 0]]


def test_policy_with_value_returns_the_gpts_logits_and_per_token_values():
    from genforge.tune.rl import PolicyWithValue

    torch.manual_seed(0)
    gpt = GPT(config_from_preset("tiny", 64)).eval()
    policy = PolicyWithValue(gpt)
    with torch.no_grad():
        policy.value_head.weight.normal_()  # a non-trivial critic (it starts at zero)
    ids = torch.randint(0, 64, (2, 7))
    logits, values = policy(ids)
    assert torch.equal(logits, gpt(ids)[0])
    assert values.shape == (2, 7)
    assert torch.allclose(values, policy.value_head(gpt.hidden_states(ids)).squeeze(-1))
    # No silently ignored targets: its second output is values, never a loss.
    with pytest.raises(TypeError):
        policy(ids, ids)


def test_task_reward_exact_answer_and_code_tests():
    task = VerifiableTask("What is 2 + 3?", "5", "add")
    assert task_reward(task, " 5 <|end|>") == 1.0 and task_reward(task, "6") == 0.0
    code = VerifiableTask("Write add", ">>> add(2, 3)\n5\n", "code")
    assert task_reward(code, "def add(a, b):\n    return a + b\n") == 1.0
    assert task_reward(code, "def add(a, b):\n    return a - b\n") == 0.0


# ----------------------------------------------------------------------------- the engine


def test_rollout_engine_sync_samples_from_current_weights(tok):
    from genforge.infer.generate import generate
    from genforge.tokenizer import stop_ids

    torch.manual_seed(0)
    policy = GPT(config_from_preset("tiny", vocab_size=tok.vocab_size, block_size=64))
    engine = RolloutEngine(policy, tok, max_batch_size=4)
    try:
        prompt = tok.encode_chat(
            [{"role": "user", "content": "Say one word"}], add_generation_prompt=True
        )
        with torch.no_grad():  # change the policy: the engine must not see it before sync
            for p in policy.parameters():
                p.add_(torch.randn_like(p) * 0.5)
        stops = stop_ids(tok)
        want = generate(policy, prompt, max_new_tokens=8, temperature=0, stop_ids=stops)
        engine.sync(policy)
        got = engine.sample([prompt], 1, max_tokens=8, temperature=0)[0][0]
        assert got.ids == want and engine.version == 1
        assert all(
            torch.equal(a, b)
            for a, b in zip(engine.model.parameters(), policy.parameters(), strict=True)
        )
        samples = engine.sample([prompt, prompt], 3, max_tokens=4, seed=5)
        again = engine.sample([prompt, prompt], 3, max_tokens=4, seed=5)
        assert [[c.ids for c in g] for g in samples] == [[c.ids for c in g] for g in again]
        # More requests than a server's queue holds: a rollout submits them all at once.
        many = engine.sample([prompt, prompt], 150, max_tokens=1, seed=1)
        assert [len(g) for g in many] == [150, 150]
    finally:
        engine.close()


def test_rollout_logprobs_use_the_sampling_temperature(tok, toy_state):
    """Rollouts at T = 0.5 come from softmax(logits / 0.5): the old log-probs, the reference
    log-probs and the trained log-probs must all be taken under that distribution (the
    earlier code scored samples at T = 1, so the ratio and KL were for another policy)."""
    policy = _toy_copy(tok, toy_state)
    reference = _toy_copy(tok, toy_state).eval()
    cfg = RLConfig(model="m", out="o", max_steps=1, temperature=0.5, group=4, inner_steps=2,
                   prompts_per_step=2, max_new_tokens=4, kl_coef=0.1)  # fmt: skip
    engine = RolloutEngine(policy, tok, max_batch_size=8)
    try:
        source = RLBatchSource(
            policy, reference, tok, _word_tasks(4), cfg, engine, lambda t, c: 0.0
        )
        batch = source.next_batch()
    finally:
        engine.close()
    ids, mask = batch["ids"], batch["mask"] > 0
    with torch.no_grad():
        logits, _ = policy(ids)
        want = F.log_softmax(logits[:, :-1] / 0.5, -1).gather(-1, ids[:, 1:, None])[..., 0]
    assert torch.allclose(batch["old_logp"][mask], want[mask], atol=1e-5)
    assert torch.allclose(batch["ref_logp"][mask], want[mask], atol=1e-5)
    assert not torch.allclose(token_logprobs(logits, ids)[mask], want[mask], atol=1e-3)
    # At the rollout weights the trained log-probs equal the old ones: ratio 1, KL 0.
    _, figures = make_loss_fn(cfg)(policy, batch)
    assert figures["clip_frac"] == 0.0 and figures["kl"] < 1e-6
    with pytest.raises(GenforgeError, match="temperature"):
        RLConfig(model="m", out="o", temperature=0.0).validate()


def test_one_step_per_rollout_skips_the_old_logprob_pass_with_the_same_gradient(tok, toy_state):
    """With ``inner_steps=1`` the batch carries no old log-probs: the loss uses its own,
    detached, which is the gradient the explicit old log-probs give."""
    policy = _toy_copy(tok, toy_state)
    cfg = RLConfig(model="m", out="o", max_steps=1, group=4, prompts_per_step=2,
                   max_new_tokens=4, kl_coef=0.0)  # fmt: skip
    engine = RolloutEngine(policy, tok, max_batch_size=8)
    try:
        rng = random.Random(0)
        reward = lambda t, c: rng.random()
        source = RLBatchSource(policy, None, tok, _word_tasks(4), cfg, engine, reward)
        batch = source.next_batch()
    finally:
        engine.close()
    assert "old_logp" not in batch
    grads = []
    old = sequence_logprobs(policy, batch["ids"], cfg.temperature).detach()
    for b in (batch, {**batch, "old_logp": old}):
        policy.zero_grad()
        make_loss_fn(cfg)(policy, b)[0].backward()
        grads.append(torch.cat([p.grad.flatten() for p in policy.parameters()]))
    assert grads[0].abs().sum() > 0
    assert torch.allclose(grads[0], grads[1], atol=1e-7)


# ----------------------------------------------------------------------------- training


def _word_tasks(n: int) -> list[VerifiableTask]:
    return [VerifiableTask(f"Say one word please {i}", "yes", "word") for i in range(n)]


def _sampled_reward(engine, policy, tok, tasks, n=8, seed=123) -> float:
    engine.sync(policy)
    prompts = [
        tok.encode_chat([{"role": "user", "content": t.prompt}], add_generation_prompt=True)
        for t in tasks
    ]
    groups = engine.sample(prompts, n, max_tokens=4, seed=seed)
    scores = [task_reward(t, c.text) for t, g in zip(tasks, groups, strict=True) for c in g]
    return sum(scores) / len(scores)


@pytest.mark.slow
@pytest.mark.parametrize("algo", ["grpo", "ppo"])
def test_short_run_raises_verifiable_reward(tok, toy_state, algo, tmp_path):
    """A policy that says one of four words learns, from reward alone, to say 'yes'."""
    from genforge.train.loop import LoopConfig, train_loop
    from genforge.tune.rl import PolicyWithValue

    torch.manual_seed(0)
    gpt = _toy_copy(tok, toy_state)
    reference = _toy_copy(tok, toy_state)  # an identical frozen copy
    gpt.train()
    cfg = RLConfig(
        model="x",
        out="y",
        algo=algo,
        group=8,
        prompts_per_step=4,
        inner_steps=2,
        lr=1e-3,
        kl_coef=0.01,
        max_new_tokens=4,
        max_steps=24,
        log_every=4,
    )
    policy = PolicyWithValue(gpt) if algo == "ppo" else gpt
    engine = RolloutEngine(policy, tok, max_batch_size=32)
    held = _word_tasks(40)[20:]
    try:
        before = _sampled_reward(engine, gpt, tok, held)
        source = RLBatchSource(policy, reference, tok, _word_tasks(20), cfg, engine)
        opt = torch.optim.AdamW(policy.parameters(), lr=cfg.lr, weight_decay=0.0)
        train_loop(
            policy,
            opt,
            source,
            LoopConfig(
                max_steps=cfg.max_steps,
                schedule="constant",
                eval_every=4,
                checkpoint_every_s=None,
                progress=False,
            ),
            device=torch.device("cpu"),
            loss_fn=make_loss_fn(cfg),
            run_dir=tmp_path,
        )
        logged = [r for r in read_metrics(tmp_path / "metrics.jsonl") if "loss" in r]
        after = _sampled_reward(engine, gpt, tok, held)
    finally:
        engine.close()
    assert 0.05 < before < 0.6, before  # the start is neither hopeless nor solved
    assert after >= before + 0.25, (before, after)
    assert source.rollouts == cfg.max_steps // cfg.inner_steps
    keys = set().union(*logged)
    assert {"reward_mean", "accuracy", "kl", "clip_frac"} <= keys
    assert all(row["kl"] >= 0 for row in logged if "kl" in row)
    if algo == "ppo":
        assert "value_loss" in keys


def test_run_rl_cli_writes_model_dir_and_metrics(tok, toy_state, tmp_path, capsys):
    from genforge.cli import main
    from genforge.modeldir import load_model_dir, save_model_dir

    sft = save_model_dir(tmp_path / "sft", _toy_copy(tok, toy_state), tok)
    tasks = tmp_path / "tasks.jsonl"
    tasks.write_text(
        "".join(
            json.dumps({"prompt": f"Say one word please {i}", "answer": "yes"}) + "\n"
            for i in range(30)
        )
    )
    out = tmp_path / "rl"
    code = main(
        [
            "rl",
            "--model",
            str(sft),
            "--task",
            str(tasks),
            "--out",
            str(out),
            "--group",
            "4",
            "--max-steps",
            "4",
            "--json",
            "prompts_per_step=4",
            "max_new_tokens=4",
            "eval_tasks=6",
            "log_every=2",
            "eval_every=2",
        ]
    )
    assert code == 0
    summary = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert summary["steps"] == 4 and summary["heldout_tasks"] == 6
    assert load_model_dir(out).model.config.vocab_size == tok.vocab_size
    saved = json.loads((out / "rl_metrics.json").read_text())
    assert saved["heldout_accuracy_after"] == summary["heldout_accuracy_after"]
    rows = [json.loads(line) for line in (out / "run" / "metrics.jsonl").read_text().splitlines()]
    assert any("reward_mean" in r for r in rows) and any("loss" in r for r in rows)
    curve = [r for r in rows if "heldout_accuracy" in r]  # the written (averaged) model's
    assert [r["step"] for r in curve] == [2, 4]
    assert all(0 <= r["heldout_accuracy_last_iterate"] <= 1 for r in curve)
    assert curve[-1]["heldout_accuracy"] == summary["heldout_accuracy_after"]
    card = (out / "card.md").read_text()
    assert "EMA 0.9 of the iterates" in card and "last iterate" in card


def test_run_rl_writes_the_weight_average_not_the_last_iterate(tok, toy_state, tmp_path):
    """``ema`` only changes what is written: the same seed trains the same iterates, and the
    averaged model sits between the start and the last iterate."""
    from genforge.modeldir import load_model_dir, save_model_dir
    from genforge.tune.rl import run_rl

    sft = save_model_dir(tmp_path / "sft", _toy_copy(tok, toy_state), tok)
    tasks = tmp_path / "tasks.jsonl"
    tasks.write_text("".join(json.dumps({"prompt": f"Say one word please {i}", "answer": "yes"})
                             + "\n" for i in range(30)))  # fmt: skip
    written = {}
    for ema in (0.0, 0.5):
        s = run_rl(RLConfig(model=str(sft), task=str(tasks), out=str(tmp_path / f"rl{ema}"),
                            group=4, prompts_per_step=4, max_new_tokens=4, eval_tasks=6,
                            max_steps=6, time_budget=None, lr=3e-3, ema=ema))  # fmt: skip
        assert s["ema"] == ema
        written[ema] = torch.cat(
            [p.flatten() for p in load_model_dir(tmp_path / f"rl{ema}").model.parameters()]
        )
    last, avg = written[0.0], written[0.5]
    start = torch.cat([p.flatten() for p in load_model_dir(sft).model.parameters()])
    assert s["heldout_accuracy_last_iterate"] is not None
    assert not torch.allclose(avg, last)
    assert (avg - last).norm() < (start - last).norm()


def test_interrupted_rl_resumes_to_the_same_weights_and_average(
    tok, toy_state, tmp_path, monkeypatch
):
    """Ctrl-C mid-run saves weights, optimizer, the weight average and the task stream's
    position in .OUT.run; --resume then writes what an uninterrupted run writes."""
    import os
    import signal

    import genforge.tune.rl as rl
    from genforge.modeldir import save_model_dir
    from genforge.train.ema import WeightAverage
    from genforge.train.loop import TrainingInterrupted

    sft = save_model_dir(tmp_path / "sft", _toy_copy(tok, toy_state), tok)
    tasks = tmp_path / "tasks.jsonl"
    tasks.write_text("".join(json.dumps({"prompt": f"Say one word please {i}", "answer": "yes"})
                             + "\n" for i in range(30)))  # fmt: skip

    def cfg(out, **kw):
        return RLConfig(model=str(sft), task=str(tasks), out=str(out), group=4,
                        prompts_per_step=4, max_new_tokens=4, eval_tasks=6, max_steps=8,
                        time_budget=None, lr=3e-3, ema=0.5, **kw)  # fmt: skip

    torch.manual_seed(0)
    straight = rl.run_rl(cfg(tmp_path / "straight"))

    class CtrlCAfterStep3(WeightAverage):
        def update(self):
            super().update()
            if self.updates == 4:  # the start weights, then steps 1..3
                os.kill(os.getpid(), signal.SIGINT)

    monkeypatch.setattr(rl, "WeightAverage", CtrlCAfterStep3)
    out = tmp_path / "resumed"
    torch.manual_seed(0)
    with pytest.raises(TrainingInterrupted) as stopped:
        rl.run_rl(cfg(out))
    assert stopped.value.step == 3 and (tmp_path / ".resumed.run" / "checkpoint").is_dir()
    monkeypatch.setattr(rl, "WeightAverage", WeightAverage)
    with pytest.raises(GenforgeError, match="--resume"):
        rl.run_rl(cfg(out))  # a fresh start over the checkpoint needs --overwrite
    torch.manual_seed(123)  # the checkpoint, not the global RNG, decides what follows
    resumed = rl.run_rl(cfg(out, resume=True))
    assert resumed["steps"] == straight["steps"] == 8
    assert resumed["rollouts"] == straight["rollouts"]
    got = load_file(str(out / "model.safetensors"))
    want = load_file(str(tmp_path / "straight" / "model.safetensors"))
    for name in want:
        assert torch.allclose(got[name], want[name], rtol=0, atol=1e-6), name
    assert not (tmp_path / ".resumed.run").exists() and (out / "run" / "metrics.jsonl").is_file()


def test_cli_rejects_bad_input(tmp_path, capsys):
    from genforge.cli import main

    assert main(["rl", "--model", str(tmp_path / "nope"), "--out", str(tmp_path / "o")]) == 2
    assert "model dir not found" in capsys.readouterr().err
    assert main(["rl", "--model", "m", "--out", "o", "--group", "1"]) == 2
    assert "--group >= 2" in capsys.readouterr().err
    assert main(["rl", "--model", "m", "--out", "o", "--json", "eval_every=15"]) == 2
    assert "multiple of log_every" in capsys.readouterr().err
    assert main(["rl", "--model", "m", "--out", "o", "--json", "ema=1"]) == 2
    assert "ema must be in [0, 1)" in capsys.readouterr().err


@pytest.mark.slow
def test_ppo_with_reward_model_dir(tok, toy_state, tmp_path, capsys):
    """The RLHF path: PPO rewarded by a `genforge rm` model dir, scores passed through."""
    from genforge.cli import main
    from genforge.modeldir import save_model_dir
    from genforge.tune.reward import RewardModel, save_reward_model
    from genforge.tune.rl import reward_model_fn

    torch.manual_seed(0)
    rm = RewardModel(GPT(config_from_preset("tiny", vocab_size=tok.vocab_size, block_size=64)))
    with torch.no_grad():
        rm.head.bias.fill_(0.25)
        rm.head.weight.normal_(0, 0.1)
    rm_dir = save_reward_model(tmp_path / "rm", rm, tok)
    reward = reward_model_fn(rm_dir)
    task = VerifiableTask("Say one word please 3", "yes", "word")
    ids, _ = encode_prompt_completion(tok, [{"role": "user", "content": task.prompt}], "yes")
    with torch.no_grad():
        want = rm(torch.tensor([ids]), torch.tensor([len(ids) - 1])).item()
    assert reward(task, "yes") == pytest.approx(want, abs=1e-5)
    sft = save_model_dir(tmp_path / "sft", _toy_copy(tok, toy_state), tok)
    tasks = tmp_path / "t.jsonl"
    tasks.write_text("".join(json.dumps({"prompt": f"Say one word {i}", "answer": "yes"}) + "\n"
                             for i in range(10)))  # fmt: skip
    args = ["rl", "--model", str(sft), "--task", str(tasks), "--out", str(tmp_path / "ppo"),
            "--algo", "ppo", "--reward-model", str(rm_dir), "--group", "2", "--max-steps", "2",
            "--json", "prompts_per_step=2", "max_new_tokens=3", "eval_tasks=2"]  # fmt: skip
    assert main(args) == 0
    summary = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert summary["algo"] == "ppo" and summary["steps"] == 2
    assert (tmp_path / "ppo" / "value_head.safetensors").is_file()
    assert main(["rl", "--model", "m", "--out", "o", "--reward-model", str(rm_dir)]) == 2
    assert "--algo ppo" in capsys.readouterr().err


def test_batch_source_resumes_the_same_task_draws():
    cfg = RLConfig(model="m", out="o", prompts_per_step=3, seed=5)
    tasks = _word_tasks(20)
    policy = torch.nn.Linear(2, 2)  # only its device is read
    straight = RLBatchSource(policy, None, None, tasks, cfg, None)
    draws = [straight._pick() for _ in range(4)]
    resumed = RLBatchSource(policy, None, None, tasks, cfg, None)
    resumed.load_state_dict({"rollouts": 2})  # what state_dict() saved after two rollouts
    assert [resumed._pick(), resumed._pick()] == draws[2:]
