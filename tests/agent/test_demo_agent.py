"""The demo's chat model step: SFT with the tool-use conversations added, then the
arithmetic prompts answered through the agent loop with the calculator."""

from __future__ import annotations

import json
import sysconfig
from pathlib import Path

import pytest
import torch

from genforge.demo import AGENT_PROMPTS, _chat_model
from genforge.modeldir import save_model_dir
from genforge.models.gpt import GPT, config_from_preset
from genforge.tokenizer import train_tokenizer

pytestmark = pytest.mark.usefixtures("one_thread")


@pytest.mark.slow
def test_the_demo_chat_model_is_tuned_on_tool_use_and_runs_the_agent(tmp_path):
    root = Path(sysconfig.get_paths()["stdlib"])
    tok = train_tokenizer([(root / "textwrap.py").read_text(encoding="utf-8")], vocab_size=600)
    torch.manual_seed(0)
    model = GPT(config_from_preset("tiny", vocab_size=tok.vocab_size, block_size=512))
    save_model_dir(tmp_path / "model", model, tok)
    out = _chat_model(
        tmp_path, 2.0, device="cpu", seed=0, say=lambda m: None, n_steps=5, tool_budget=2.0
    )
    for name in ("tool-use.jsonl", "tool-stage.jsonl"):
        rows = [json.loads(x) for x in (tmp_path / name).read_text().splitlines()]
        assert rows and all(r["messages"][3]["tool_calls"] for r in rows)
    # The tool stage starts from the chat SFT's model and writes the served one.
    assert out["tool_stage_steps"] > 0
    card = json.loads((tmp_path / "chat-model" / "sft_metrics.json").read_text())
    assert card["base_model"] == str(tmp_path / "chat-sft")
    agent = [s for s in out["chat_samples"] if "tool_calls" in s]
    assert [s["user"] for s in agent] == list(AGENT_PROMPTS)
    for s in agent:  # an untrained model, but whatever it called parsed
        for call in s["tool_calls"]:
            json.loads(call["arguments"])
