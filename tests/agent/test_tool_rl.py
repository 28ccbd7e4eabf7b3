"""GRPO with tools in the rollouts: a turn's calls really run, their results are appended as
tool turns the loss skips, and the next turn is sampled after them."""

from __future__ import annotations

import json

import pytest
import torch

from genforge.agent.loop import UNTRUSTED
from genforge.agent.tools import builtin_tools
from genforge.agent.training import ToolEnv, calculator_conversations, tool_prompt_messages
from genforge.errors import GenforgeError
from genforge.models.gpt import GPT, config_from_preset
from genforge.tokenizer import train_tokenizer
from genforge.tune.rl import RLBatchSource, RLConfig, RolloutEngine, collate, run_rl
from genforge.tune.tasks import VerifiableTask, arithmetic_tasks, task_to_json

from .conftest import sft_tiny

pytestmark = pytest.mark.usefixtures("one_thread")


@pytest.fixture(scope="module")
def tok():
    convs = calculator_conversations(200, wide_share=0.5)
    texts = [m["content"] for c in convs for m in c] + [
        c[3]["tool_calls"][0]["function"]["arguments"] for c in convs
    ]
    return train_tokenizer(texts, vocab_size=400)


@pytest.fixture(scope="module")
def caller(tok) -> dict:
    """A tiny GPT SFT-ed (plain masked CE) on calculator conversations until it calls."""
    return sft_tiny(tok, calculator_conversations(400, seed=5), steps=80)


def _model(tok, state) -> GPT:
    model = GPT(config_from_preset("tiny", vocab_size=tok.vocab_size, block_size=256))
    model.load_state_dict(state)
    return model


def _call_ids(tok, expression: str, name: str = "calculator") -> list[int]:
    call = json.dumps({"name": name, "arguments": {"expression": expression}})
    return [tok.token_to_id("<|tool_call|>"), *tok.encode(call)]


def test_tool_env_runs_calls_and_appends_marked_results(tok):
    env = ToolEnv(tok, builtin_tools(["calculator"]))
    task = VerifiableTask("What is 17 + 25?", "42", "add")
    assert env.prompt_ids(task) == tok.encode_chat(tool_prompt_messages(task.prompt))
    assert env.observe(task, tok.encode("42")) is None  # no call: the answer
    seen = env.observe(task, _call_ids(tok, "17 + 25"))
    want = [{"role": "tool", "content": UNTRUSTED + "42"}]
    assert seen == tok.encode_chat(want)[1:]
    assert seen[-1] == tok.token_to_id("<|assistant|>")
    # Two calls in one turn: two results, in order; an unknown tool and a failing
    # expression come back as error results, not crashes.
    two = env.observe(task, _call_ids(tok, "2 * 3") + _call_ids(tok, "1 / 0"))
    text = tok.decode(two)
    assert text.index("6") < text.index("error")
    assert "unknown tool 'web'" in tok.decode(env.observe(task, _call_ids(tok, "1", "web")))
    with pytest.raises(GenforgeError, match="at least one tool"):
        ToolEnv(tok, [])


def test_collate_masks_tool_results_out():
    ids, mask = collate([[1, 2]], [[3, 4, 5, 6]], 0, [[1, 0, 0, 1]])
    assert ids.tolist() == [[1, 2, 3, 4, 5, 6]]
    assert mask.tolist() == [[0, 1, 0, 0, 1]]  # target t scores token t+1
    with pytest.raises(ValueError, match="2 tokens, 1 mask"):
        collate([[1]], [[2, 3]], 0, [[1]])


def test_episodes_call_the_tool_then_answer_after_its_result(tok, caller):
    model = _model(tok, caller)
    env = ToolEnv(tok, builtin_tools(["calculator"]))
    tasks = arithmetic_tasks(8, seed=9, split="test")
    engine = RolloutEngine(model, tok, max_batch_size=16)
    try:
        prompts, eps = engine.sample_episodes(tasks, 2, env, max_tokens=40, max_turns=3, seed=4)
        again = engine.sample_episodes(tasks, 2, env, max_tokens=40, max_turns=3, seed=4)[1]
        two = [e for g in eps for e in g if e.turns >= 2]
        assert two, "the tool-tuned model never called the calculator"
        end = tok.end_id
        for e in two:
            # The first turn ends with <|end|>; the tokens the loss skips are exactly the
            # environment's answer to that turn, which starts the tool result.
            first = e.mask.index(0)
            assert e.ids[first - 1] == end
            zeros = [t for t, m in zip(e.ids, e.mask, strict=True) if not m]
            assert zeros == env.observe(None, e.ids[: first - 1])[: len(zeros)]
            assert tok.decode(zeros).startswith("<|tool_result|>" + UNTRUSTED)
        assert [[e.ids for e in g] for g in eps] == [[e.ids for e in g] for g in again]
        # The next turn is sampled after the result: a greedy episode's second turn is what
        # greedy decoding continues its first turn and the tool result with.
        prompts, greedy = engine.sample_episodes(
            tasks, 1, env, max_tokens=40, max_turns=2, temperature=0.0
        )
        checked = 0
        for prompt, (e,) in zip(prompts, greedy, strict=True):
            if e.turns == 2:
                cut = len(e.ids) - e.mask[::-1].index(0)
                (alone,) = engine.sample([prompt + e.ids[:cut]], 1, max_tokens=40, temperature=0)
                assert e.ids[cut:] == alone[0].ids + ([end] if alone[0].reason == "stop" else [])
                assert e.text == alone[0].text
                checked += 1
        assert checked
        # A batch for the loss: model tokens only.
        cfg = RLConfig(model="x", out="y", group=2, prompts_per_step=8, max_new_tokens=40)
        cfg.tools = "calculator"
        src = RLBatchSource(model, None, tok, tasks, cfg, engine, env=env)
        batch = src.next_batch()
        assert "turns" in batch["rollout_figures"]
    finally:
        engine.close()
    tool_result = tok.token_to_id("<|tool_result|>")
    rows, cols = (batch["ids"][:, 1:] == tool_result).nonzero(as_tuple=True)
    assert all(batch["mask"][r, c] == 0 for r, c in zip(rows, cols, strict=True))


def test_genforge_rl_with_tools_runs_agent_episodes(tok, caller, tmp_path, capsys):
    from genforge.cli import main
    from genforge.modeldir import save_model_dir

    sft = save_model_dir(tmp_path / "sft", _model(tok, caller), tok)
    tasks = tmp_path / "tasks.jsonl"
    tasks.write_text(
        "".join(json.dumps(task_to_json(t)) + "\n" for t in arithmetic_tasks(30, seed=1))
    )
    out = tmp_path / "rl"
    args = ["rl", "--model", str(sft), "--task", str(tasks), "--out", str(out)]
    args += ["--group", "4", "--max-steps", "2", "--tools", "calculator", "--json"]
    args += ["prompts_per_step=4", "max_new_tokens=40", "eval_tasks=6", "log_every=1"]
    assert main(args) == 0
    summary = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert summary["steps"] == 2
    rows = [json.loads(line) for line in (out / "run" / "metrics.jsonl").read_text().splitlines()]
    assert any(r.get("turns", 0) > 1 for r in rows), rows
    with pytest.raises(GenforgeError, match="tool environment"):
        run_rl(RLConfig(model=str(sft), out=str(tmp_path / "x"), tools="calculator"))


def test_ppo_gae_skips_tool_results_as_if_absent():
    """PPO with tools: the tokens between two turns are not actions, so GAE over a mask with
    a hole equals GAE over the same actions with the hole cut out."""
    from genforge.tune.rl import gae

    torch.manual_seed(0)
    rewards, values = torch.randn(2, 6), torch.randn(2, 6)
    mask = torch.tensor([[1, 1, 0, 0, 1, 1], [1, 0, 1, 1, 1, 0]], dtype=torch.float)
    adv, ret = gae(rewards, values, mask, gamma=0.9, lam=0.8)
    for b in range(2):
        keep = mask[b] > 0
        a, r = gae(
            rewards[b : b + 1, keep],
            values[b : b + 1, keep],
            mask[b : b + 1, keep],
            gamma=0.9,
            lam=0.8,
        )
        assert torch.allclose(adv[b, keep], a[0]) and torch.allclose(ret[b, keep], r[0])
        assert not adv[b, ~keep].any()
