"""The demo: the whole pipeline on the embedded corpus, in a few minutes on a laptop CPU.

stdlib source -> data pipeline -> BPE tokenizer -> pretrain (time budget) -> eval -> samples
-> chat model (SFT on the embedded instruction tasks, ``chat_budget`` seconds).
Every step is a library call a user can make on their own data; the CLI stages run the same
functions.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from genforge.agent.backends import EngineBackend
from genforge.agent.loop import run_agent
from genforge.agent.tools import builtin_tools
from genforge.agent.training import calculator_conversations
from genforge.config import resolve_config
from genforge.data.pipeline import DataConfig, build_dataset
from genforge.eval.bpb import evaluate_model_dir
from genforge.infer.engine import Engine
from genforge.infer.generate import generate_text
from genforge.infer.protocol import SamplingParams
from genforge.modeldir import load_model_dir
from genforge.train.pretrain import PretrainConfig, run_pretrain
from genforge.tune.data import write_jsonl
from genforge.tune.sft import SFTConfig, run_sft

DEMO_PROMPTS = ("def ", "class ", "import os\n", "    for i in range(")
# Answered through the agent loop with the calculator (the chat model is tuned on tool use).
AGENT_PROMPTS = ("What is 17 + 25?", "How many seconds are in 12 minutes?")
TOOL_CONVERSATIONS = 1500
# Seconds of the tool stage: measured, it took the demo's chat model from 0.5% to most
# held-out arithmetic right through the calculator, for ~5 more minutes of demo
# (docs/agents.md, "make demo"); --tool-budget 0 skips it.
TOOL_BUDGET = 300.0
# The tool stage after the chat SFT: calculator conversations alone, most of them with wide
# operands so the model copies numbers instead of recalling train answers (docs/agents.md).
TOOL_STAGE_CONVERSATIONS = 4000
TOOL_STAGE_WIDE = 0.75
CHAT_PROMPTS = (
    "What is 17 + 25?",
    "How many minutes are in 3 hours?",
    "What does the Python standard library module `json` do?",
)


def run_demo(
    out: str | Path,
    *,
    time_budget: float = 180.0,
    overrides: list[str] | None = None,
    samples: int = len(DEMO_PROMPTS),
    max_tokens: int = 120,
    seed: int = 0,
    chat_budget: float = 60.0,
    tool_budget: float = TOOL_BUDGET,
    say: Callable[[str], None] | None = None,
) -> dict[str, Any]:
    """Run the demo into ``out`` (dataset/, model/, chat-model/); return figures and samples.

    ``chat_budget`` seconds of SFT turn the base model into ``out/chat-model`` (0 skips it);
    then ``tool_budget`` seconds of SFT on calculator conversations alone (0 skips it).
    """

    say = say or (lambda m: print(m, file=sys.stderr, flush=True))
    out = Path(out)
    t0 = time.perf_counter()
    n_steps = 5 if chat_budget > 0 else 4

    say(f"[1/{n_steps}] data: the Python standard library's own source, cleaned and deduplicated")
    card = build_dataset(DataConfig(sources=["stdlib"], out=str(out / "dataset")))
    splits = card["splits"]
    say(
        f"      {splits['train']['documents']} train / {splits['val']['documents']} val "
        f"documents -> {out / 'dataset'}"
    )

    say(f"[2/{n_steps}] tokenizer + pretraining for {time_budget:g} s (Ctrl-C stops cleanly)")
    cfg = resolve_config(
        PretrainConfig,
        None,
        [
            f"data={out / 'dataset'}",
            f"out={out / 'model'}",
            f"time_budget={time_budget}",
            f"seed={seed}",
            "overwrite=true",  # the demo rebuilds its own folder on every run
            *(overrides or []),
        ],
    )
    summary = run_pretrain(cfg, recipe="demo")

    say(f"[3/{n_steps}] evaluation: bits per byte on the held-out files")
    ev = evaluate_model_dir(out / "model", out / "dataset", device=cfg.device)

    say(f"[4/{n_steps}] samples (temperature 0.8, top-k 50)")
    loaded = load_model_dir(out / "model", device=cfg.device)
    texts = []
    for i, prompt in enumerate(DEMO_PROMPTS[:samples]):
        text = generate_text(
            loaded.model,
            loaded.tokenizer,
            prompt,
            max_new_tokens=max_tokens,
            temperature=0.8,
            top_k=50,
            seed=seed + i,
        )
        texts.append({"prompt": prompt, "completion": text})
    chat = (
        _chat_model(
            out,
            chat_budget,
            device=cfg.device,
            seed=seed,
            say=say,
            n_steps=n_steps,
            tool_budget=tool_budget,
        )
        if chat_budget > 0
        else {}
    )
    return {
        "model_dir": str(out / "model"),
        "params": summary["params"],
        "steps": summary["steps"],
        "tokens": summary["tokens"],
        "tokens_per_s": summary["tokens_per_s"],
        "mfu": summary["mfu"],
        "val_bpb": ev["bpb"],
        "val_tokens": ev["tokens"],
        "total_seconds": round(time.perf_counter() - t0, 1),
        "samples": texts,
        **chat,
    }


def _chat_model(
    out: Path,
    budget: float,
    *,
    device: str,
    seed: int,
    say: Callable[[str], None],
    n_steps: int,
    tool_budget: float = 0.0,
) -> dict[str, Any]:
    """SFT the demo's base model on the default instruction tasks into ``out/chat-model``,
    then (``tool_budget`` > 0) on calculator conversations alone for ``tool_budget`` s."""

    say(
        f"[{n_steps}/{n_steps}] chat model: SFT on the stdlib instruction tasks for {budget:g} s "
        "(loss on assistant tokens only, packed conversations)"
    )
    # Tool use: the arithmetic families solved with one calculator call, next to the default
    # tasks, so the chat model answers arithmetic through the agent loop below.
    tool_data = write_jsonl(
        out / "tool-use.jsonl",
        [{"messages": m} for m in calculator_conversations(TOOL_CONVERSATIONS, wide_share=0.5)],
    )
    chat_dir = out / ("chat-sft" if tool_budget > 0 else "chat-model")
    common = {"lr": 3e-3, "device": device, "seed": seed, "compare_base": False}
    common |= {"progress": False, "overwrite": True}
    # lr 3e-3: the demo's models are small; 1e-3 learned the template more slowly.
    summary = run_sft(
        SFTConfig(
            model=str(out / "model"),
            out=str(chat_dir),
            data="default",
            extra_data=str(tool_data),
            time_budget=budget,
            eval_prompts=16,
            eval_max_tokens=64,
            **common,
        )
    )
    tool_steps = 0
    if tool_budget > 0:
        # Copying numbers into the call and the result into the answer takes hundreds of
        # steps on tool conversations alone; the 60 s mix above gets the format, not the
        # numbers (held-out figures in docs/agents.md).
        say(f"      tool stage: SFT on calculator conversations alone for {tool_budget:g} s")
        convs = calculator_conversations(
            TOOL_STAGE_CONVERSATIONS, seed=seed + 7, wide_share=TOOL_STAGE_WIDE
        )
        stage = write_jsonl(out / "tool-stage.jsonl", [{"messages": m} for m in convs])
        tool_steps = run_sft(
            SFTConfig(
                model=str(chat_dir),
                out=str(out / "chat-model"),
                data=str(stage),
                time_budget=tool_budget,
                eval_prompts=4,
                eval_max_tokens=16,
                **common,
            )
        )["steps"]
    loaded = load_model_dir(out / "chat-model", device=device)
    tok = loaded.tokenizer
    engine = Engine(loaded.model, tok, device=loaded.model.lm_head.weight.device)
    try:
        answers = []
        for q in CHAT_PROMPTS:
            ids = tok.encode_chat([{"role": "user", "content": q}], add_generation_prompt=True)
            done = engine.generate(ids, SamplingParams(max_tokens=64, temperature=0.0))
            answers.append({"user": q, "assistant": done.text})
        agent = EngineBackend.from_engine(engine)
        tools = builtin_tools(["calculator"])
        for q in AGENT_PROMPTS:
            res = run_agent(agent, q, tools, max_steps=2, max_tokens=160, turn_tokens=48)
            calls = [c for r in res.trace if r["type"] == "model" for c in r["calls"]]
            results = [r["result"] for r in res.trace if r["type"] == "tool"]
            answers.append(
                {"user": q, "tool_calls": calls, "results": results, "assistant": res.answer}
            )
    finally:
        engine.shutdown(drain=False)
    sft = summary["sft"]
    return {
        "chat_model_dir": str(out / "chat-model"),
        "chat_steps": summary["steps"],
        "tool_stage_steps": tool_steps,
        "chat_template_rate": sft.get("template_rate"),
        "chat_parse_rate": sft.get("parse_rate"),
        "chat_val_loss": sft.get("val_loss"),
        "chat_samples": answers,
    }
