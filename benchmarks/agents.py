"""Agent figures: a small model SFT-ed to use the calculator, measured on held-out tasks.

Starting point: the `small` stdlib base of ``pt_sft.py`` (cached). SFT (``--sft-steps``
steps of ``--batch-size`` rows, lr 3e-3, one thread) on a mix of 4,000 tool-use
conversations (``agent.training``: the arithmetic / unit-conversion task families solved
with one real calculator call; ``--wide-share`` of them with operands of up to four digits,
so the model must copy numbers rather than recall answers) and 2,000 of the same families
answered directly, so one model can be scored both ways. ``--demo-mix`` SFTs on what
``make demo`` uses instead (the default tasks plus its tool conversations). Kept small:
the machine is shared (the step counts are printed with the figures).

Figures, on the held-out test split (``--heldout`` problems, greedy):

* exact match **with the calculator** (the agent loop, ``EngineBackend``, calls under
  constrained decoding) vs **without tools** (the plain chat prompt), per family;
* **tool-call validity**: share of first turns under ``tool_choice=required`` whose calls
  parse and match the calculator's schema, with the constrained decoder vs without it;
* **structured outputs**: share of 100 held-out nested-schema ``json_schema`` requests
  whose answer validates (``jsonschema``), constrained;
* with ``--grpo-steps N``: the SFT model after N GRPO steps whose rollouts are agent
  episodes (``genforge rl --tools calculator``: calls really run, results appended, loss
  masked on them), scored the same way.

    .venv/bin/python benchmarks/agents.py [--sft-steps 300] [--batch-size 8] [--heldout 200]
        [--wide-share 0.5] [--demo-mix] [--grpo-steps 0] [--model DIR]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

TOOL_TARGET = 0.95
SFT_LR = 3e-3
FAMILIES = ("add", "sub", "mul", "convert")


def tool_sft_dir(
    base: Path, steps: int, batch_size: int = 8, wide_share: float = 0.5, demo_mix: bool = False
) -> Path:
    """``base`` SFT-ed ``steps`` steps on tool-use + direct arithmetic chats (cached); with
    ``demo_mix`` on what ``make demo`` uses instead: the default tasks + its tool chats."""
    from genforge.agent.training import calculator_conversations
    from genforge.demo import TOOL_CONVERSATIONS
    from genforge.modeldir import is_model_dir
    from genforge.tune.data import write_jsonl
    from genforge.tune.sft import SFTConfig, run_sft
    from genforge.tune.tasks import arithmetic_tasks
    from pt_sft import cache_root

    mix = "-demo" if demo_mix else ""
    out = cache_root() / f"sft-tools{mix}-{base.name}-{steps}x{batch_size}-wide{wide_share:g}"
    if is_model_dir(out):
        return out
    n_tool = TOOL_CONVERSATIONS if demo_mix else 4000
    rows = [{"messages": m} for m in calculator_conversations(n_tool, wide_share=wide_share)]
    rows += (
        []
        if demo_mix
        else [
            {
                "messages": [
                    {"role": "user", "content": t.prompt},
                    {"role": "assistant", "content": t.answer},
                ]
            }
            for t in arithmetic_tasks(2000, seed=3, split="train")
        ]
    )
    random.Random(0).shuffle(rows)
    data = write_jsonl(cache_root() / f"{out.name}.jsonl", rows)
    run_sft(
        SFTConfig(
            model=str(base),
            out=str(out),
            data="default" if demo_mix else str(data),
            extra_data=str(data) if demo_mix else None,
            time_budget=None,
            max_steps=steps,
            batch_size=batch_size,
            lr=SFT_LR,
            device="cpu",
            threads=1,
            compare_base=False,
            eval_prompts=8,
            eval_max_tokens=16,
            progress=False,
        )
    )
    return out


def tool_grpo_dir(sft: Path, steps: int, prompts: int, group: int) -> tuple[Path, dict]:
    """``sft`` after ``steps`` GRPO steps whose rollouts call the calculator (cached)."""
    from genforge.agent.tools import builtin_tools
    from genforge.agent.training import ToolEnv
    from genforge.modeldir import is_model_dir
    from genforge.tune.rl import RLConfig, run_rl

    out = sft.with_name(f"{sft.name}-grpo{steps}x{prompts}x{group}")
    if not is_model_dir(out):
        cfg = RLConfig(
            model=str(sft),
            out=str(out),
            tools="calculator",
            group=group,
            prompts_per_step=prompts,
            max_steps=steps,
            time_budget=None,
            max_new_tokens=48,  # a call turn is ~30 tokens
            max_turns=2,
            eval_tasks=200,
            log_every=5,
        )
        run_rl(cfg, make_env=lambda tok: ToolEnv(tok, builtin_tools(["calculator"])))
    return out, json.loads((out / "rl_metrics.json").read_text())


def with_and_without_tools(model_dir: Path, n: int) -> dict[str, Any]:
    """Held-out exact match per family: the agent loop with the calculator, and plain chat."""
    from genforge.agent.backends import EngineBackend
    from genforge.agent.loop import run_agent
    from genforge.agent.tools import builtin_tools
    from genforge.infer.protocol import SamplingParams
    from genforge.tune.tasks import arithmetic_tasks, verify

    backend = EngineBackend(str(model_dir), device="cpu")
    tools = builtin_tools(["calculator"])
    hits: dict[str, dict[str, list[float]]] = {
        "tools": defaultdict(list),
        "plain": defaultdict(list),
    }
    calls = 0
    try:
        for t in arithmetic_tasks(n, split="test"):
            res = run_agent(backend, t.prompt, tools, max_steps=2, max_tokens=160, turn_tokens=48)
            calls += any(r["type"] == "tool" for r in res.trace)
            hits["tools"][t.kind].append(verify(t, res.answer))
            ids = backend.tokenizer.encode_chat([{"role": "user", "content": t.prompt}])
            plain = backend.engine.generate(ids, SamplingParams(max_tokens=12, temperature=0))
            hits["plain"][t.kind].append(verify(t, plain.text))
    finally:
        backend.close()
    out: dict[str, Any] = {"heldout": n, "tool_call_rate": round(calls / n, 4)}
    for mode, fam in hits.items():
        allv = [v for vs in fam.values() for v in vs]
        out[f"exact_{mode}"] = round(sum(allv) / len(allv), 4)
        out[f"exact_{mode}_by_family"] = {
            k: round(sum(v) / len(v), 4) for k, v in sorted(fam.items())
        }
    return out


def call_validity(model_dir: Path, n: int) -> dict[str, float]:
    """Share of first turns (tool_choice=required) whose calls parse and validate."""
    import jsonschema

    from genforge.agent.format import CALL_TOKEN, split_turn, tool_constraint
    from genforge.agent.tools import builtin_tools
    from genforge.agent.training import tool_prompt_messages
    from genforge.infer.constrained import GrammarProcessor
    from genforge.infer.engine import Engine
    from genforge.infer.protocol import SamplingParams
    from genforge.tune.tasks import arithmetic_tasks

    engine = Engine.from_model_dir(str(model_dir), device="cpu", max_batch_size=8)
    engine.start()
    tok = engine.tokenizer
    (calc,) = builtin_tools(["calculator"])
    con = tool_constraint(tok, [calc.spec], "required")
    call_id = tok.token_to_id(CALL_TOKEN)
    rates = {}
    try:
        for mode in ("constrained", "unconstrained"):
            handles = []
            for i, t in enumerate(arithmetic_tasks(n, split="test")):
                ids = tok.encode_chat(tool_prompt_messages(t.prompt, [calc]))
                procs = [GrammarProcessor(con, len(ids), 64)] if mode == "constrained" else []
                sp = SamplingParams(max_tokens=64, temperature=1.0, seed=i, logits_processors=procs)
                handles.append(engine.submit(ids, sp))
            good = 0
            for h in handles:
                evs = [e for e in h if hasattr(e, "token_id")]
                turn = split_turn([e.token_id for e in evs], [e.text for e in evs], call_id)
                ok = bool(turn.calls) and not turn.malformed
                for name, args in turn.calls:
                    try:
                        jsonschema.validate(json.loads(args), calc.parameters)
                        ok = ok and name == "calculator"
                    except jsonschema.ValidationError:
                        ok = False
                good += ok
            rates[f"call_validity_{mode}"] = round(good / n, 4)
    finally:
        engine.shutdown(drain=False)
    return rates


def nested_schema(rng: random.Random, depth: int = 0) -> dict[str, Any]:
    """A held-out nested schema: objects of objects/arrays/enums/scalars, 2-3 levels deep."""
    if depth >= 2 or (depth > 0 and rng.random() < 0.3):
        kind = rng.choice(["string", "integer", "number", "boolean", "enum"])
        return {"enum": ["low", "mid", "high"]} if kind == "enum" else {"type": kind}
    if depth > 0 and rng.random() < 0.3:
        return {"type": "array", "items": nested_schema(rng, depth + 1), "maxItems": 3}
    names = rng.sample(["id", "title", "owner", "items", "meta", "score", "tags", "ok"], 3)
    return {
        "type": "object",
        "properties": {k: nested_schema(rng, depth + 1) for k in names},
        "required": names[: rng.randint(1, 3)],
        "additionalProperties": False,
    }


def structured_outputs(model_dir: Path, n: int = 100) -> dict[str, float]:
    """Share of ``n`` json_schema requests (random nested schemas) whose answers validate."""
    import jsonschema

    from genforge.infer.constrained import Grammar, GrammarProcessor, constraint_for, vocabulary_for
    from genforge.infer.engine import Engine
    from genforge.infer.protocol import SamplingParams
    from genforge.tokenizer import stop_ids

    engine = Engine.from_model_dir(str(model_dir), device="cpu", max_batch_size=8)
    engine.start()
    tok = engine.tokenizer
    vocab = vocabulary_for(tok, stop_ids(tok))
    rng = random.Random(12345)  # held out: the tests use other seeds and generators
    jobs = []
    try:
        for i in range(n):
            schema = nested_schema(rng)
            con = constraint_for(vocab, json.dumps(schema), lambda s=schema: Grammar.json_schema(s))
            ids = tok.encode_chat([{"role": "user", "content": "Answer in JSON."}])
            budget = con.min_tokens + 60
            sp = SamplingParams(
                max_tokens=budget,
                temperature=1.0,
                seed=i,
                logits_processors=[GrammarProcessor(con, len(ids), budget)],
            )
            jobs.append((schema, engine.submit(ids, sp)))
        valid = 0
        for schema, h in jobs:
            fin = list(h)[-1]
            try:
                jsonschema.validate(json.loads(fin.text), schema)
                valid += 1
            except (ValueError, jsonschema.ValidationError):
                pass
    finally:
        engine.shutdown(drain=False)
    return {"structured_valid": round(valid / n, 4), "structured_requests": n}


def main() -> None:
    from _output import print_result
    from pt_sft import fixed_base_model_dir

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sft-steps", type=int, default=300)
    ap.add_argument("--batch-size", type=int, default=8)
    ap.add_argument("--heldout", type=int, default=200)
    ap.add_argument(
        "--wide-share",
        type=float,
        default=0.5,
        help="share of tool conversations with operands of up to four digits",
    )
    ap.add_argument(
        "--demo-mix",
        action="store_true",
        help="SFT on make demo's data (default tasks + its tool chats) instead",
    )
    ap.add_argument("--grpo-steps", type=int, default=0, help="then GRPO with tool rollouts")
    ap.add_argument("--grpo-prompts", type=int, default=32, help="prompts per GRPO rollout")
    ap.add_argument("--grpo-group", type=int, default=8, help="episodes per prompt")
    ap.add_argument("--model", default=None, help="score this tool-tuned model dir instead")
    ap.add_argument("--out", default=None, help="also write the JSON line here")
    args = ap.parse_args()
    t0 = time.perf_counter()
    model = (
        Path(args.model)
        if args.model
        else tool_sft_dir(
            fixed_base_model_dir(), args.sft_steps, args.batch_size, args.wide_share, args.demo_mix
        )
    )
    result: dict[str, Any] = {
        "model": str(model),
    }
    if not args.model:  # what built the model; a given --model is scored as it is
        result.update(
            sft_steps=args.sft_steps,
            sft_batch_size=args.batch_size,
            wide_share=args.wide_share,
            demo_mix=args.demo_mix,
        )
    result.update(with_and_without_tools(model, args.heldout))
    result.update(call_validity(model, min(args.heldout, 100)))
    result.update(structured_outputs(model))
    if args.grpo_steps:
        grpo, rl = tool_grpo_dir(model, args.grpo_steps, args.grpo_prompts, args.grpo_group)
        after = with_and_without_tools(grpo, args.heldout)
        result["grpo"] = {
            "model": str(grpo),
            "steps": args.grpo_steps,
            "prompts_per_step": args.grpo_prompts,
            "group": args.grpo_group,
            "train_seconds": rl["train_seconds"],
            "rl_heldout_episode_accuracy": [
                rl["heldout_accuracy_before"],
                rl["heldout_accuracy_after"],
            ],
            **{k: v for k, v in after.items() if k.startswith("exact")},
        }
    result["tool_target"] = TOOL_TARGET
    final = result["grpo"] if args.grpo_steps else result  # the last model trained
    result["tool_target_met"] = final["exact_tools"] >= TOOL_TARGET
    result["seconds"] = round(time.perf_counter() - t0, 1)
    print_result(result, args.out)


if __name__ == "__main__":
    main()
