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
  masked on them), scored the same way;
* with ``--tool-stage N``: the SFT model after N more SFT steps on calculator conversations
  alone (``--tool-stage-wide`` of them wide), the short tool stage a demo could add.

``--code`` measures code tasks instead: the base with its context raised to 512, SFT-ed on
python-tool conversations (``agent.training.code_conversations``: write the function, run
it on the docstring's example, fix it when the run prints ``False``) + direct answers, then
the held-out code tasks' pass rate (their doctest, in the sandbox) with the python tool
(the agent loop) vs without (one plain answer).

    .venv/bin/python benchmarks/agents.py [--sft-steps 300] [--batch-size 8] [--heldout 200]
        [--wide-share 0.5] [--demo-mix] [--tool-stage 0] [--grpo-steps 0] [--model DIR]
    .venv/bin/python benchmarks/agents.py --code [--sft-steps 400] [--wrong-share 0.3]
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


def sft_steps(model: Path, out: Path, data: str, steps: int, batch_size: int, **extra: Any) -> None:
    """``steps`` SFT steps of ``batch_size`` rows from ``model`` into ``out`` (lr 3e-3, CPU, one
    thread); ``extra`` overrides SFTConfig fields."""
    from genforge.tune.sft import SFTConfig, run_sft

    fields: dict[str, Any] = {
        "model": str(model),
        "out": str(out),
        "data": data,
        "time_budget": None,
        "max_steps": steps,
        "batch_size": batch_size,
        "lr": SFT_LR,
        "device": "cpu",
        "threads": 1,
        "compare_base": False,
        "eval_prompts": 4,
        "eval_max_tokens": 16,
        "progress": False,
        "overwrite": True,  # callers return a finished model first: this is an interrupted run
    }
    run_sft(SFTConfig(**{**fields, **extra}))


def tool_sft_dir(
    base: Path, steps: int, batch_size: int = 8, wide_share: float = 0.5, demo_mix: bool = False
) -> Path:
    """``base`` SFT-ed ``steps`` steps on tool-use + direct arithmetic chats (cached); with
    ``demo_mix`` on what ``make demo`` uses instead: the default tasks + its tool chats."""
    from genforge.agent.training import calculator_conversations
    from genforge.demo import TOOL_CONVERSATIONS
    from genforge.modeldir import is_model_dir
    from genforge.tune.data import write_jsonl
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
    if demo_mix:
        sft_steps(base, out, "default", steps, batch_size, extra_data=str(data), eval_prompts=8)
    else:
        sft_steps(base, out, str(data), steps, batch_size, eval_prompts=8)
    return out


def tool_stage_dir(model: Path, steps: int, batch_size: int, wide_share: float) -> Path:
    """``model`` SFT-ed ``steps`` more steps on calculator conversations alone (cached): a
    short tool-use stage after the chat SFT, as ``make demo`` could add one."""
    from genforge.agent.training import calculator_conversations
    from genforge.modeldir import is_model_dir
    from genforge.tune.data import write_jsonl

    out = model.with_name(f"{model.name}-tools{steps}x{batch_size}-wide{wide_share:g}")
    if is_model_dir(out):
        return out
    convs = calculator_conversations(4000, seed=7, wide_share=wide_share)
    data = write_jsonl(out.with_name(f"{out.name}.jsonl"), [{"messages": m} for m in convs])
    sft_steps(model, out, str(data), steps, batch_size)
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


CODE_CONTEXT = 512  # a python-tool conversation is ~330 tokens (its tool schema alone ~130)
CODE_MAX_K = 60  # code tasks with k in 2..59: train names for SFT, test names held out
# Tokens per agent turn: the check program restates the expected output ('abab...' for
# repeat_29, a list for last_k), up to ~130 tokens; 80 cut those calls short (syntax errors).
CODE_TURN = 160


def long_context_base(base: Path, block_size: int = CODE_CONTEXT) -> Path:
    """``base`` with its context raised to ``block_size`` (cached copy): RoPE has no
    learned positions, so only the config changes; SFT then trains the longer rows."""
    import shutil

    from pt_sft import cache_root

    out = cache_root() / f"{base.name}-ctx{block_size}"
    if not (out / "config.json").is_file():
        tmp = out.with_name(out.name + ".tmp")
        shutil.rmtree(tmp, ignore_errors=True)
        shutil.copytree(base, tmp, ignore=shutil.ignore_patterns("run"))
        cfg = json.loads((tmp / "config.json").read_text())
        cfg["block_size"] = block_size
        (tmp / "config.json").write_text(json.dumps(cfg, indent=2))
        tmp.rename(out)
    return out


def code_sft_dir(base: Path, steps: int, batch_size: int, wrong_share: float) -> Path:
    """``base`` (context 512) SFT-ed on python-tool conversations over the train code tasks
    + the same tasks answered directly, so one model is scored both ways (cached)."""
    from genforge.agent.training import code_conversations
    from genforge.modeldir import is_model_dir
    from genforge.tune.data import write_jsonl
    from genforge.tune.tasks import code_tasks
    from pt_sft import cache_root

    base = long_context_base(base)
    out = cache_root() / f"sft-code-{base.name}-{steps}x{batch_size}-wrong{wrong_share:g}"
    if is_model_dir(out):
        return out
    convs = code_conversations(2000, wrong_share=wrong_share, max_k=CODE_MAX_K)
    rows = [{"messages": m} for m in convs]
    rng = random.Random(3)
    tasks = code_tasks("train", range(2, CODE_MAX_K))
    for t in (rng.choice(tasks) for _ in range(1000)):
        chat = [{"role": "user", "content": t.prompt}, {"role": "assistant", "content": t.solution}]
        rows.append({"messages": chat})
    random.Random(0).shuffle(rows)
    data = write_jsonl(cache_root() / f"{out.name}.jsonl", rows)
    sft_steps(base, out, str(data), steps, batch_size)
    return out


def code_with_and_without_tool(model_dir: Path) -> dict[str, Any]:
    """Held-out code tasks: does the final answer pass the docstring's doctest, with the
    python tool (the agent loop: write, run, read, fix) and without (one plain answer)?"""
    from genforge.agent.backends import EngineBackend
    from genforge.agent.loop import AgentResult, run_agent
    from genforge.agent.tools import builtin_tools
    from genforge.errors import GenforgeError
    from genforge.infer.protocol import SamplingParams
    from genforge.tune.tasks import code_passes, code_tasks, doctest_of

    backend = EngineBackend(str(model_dir), device="cpu")
    tools = builtin_tools(["python"])
    tasks = code_tasks("test", range(2, CODE_MAX_K))
    passed = {"tool": 0, "plain": 0}
    calls = refuted = fixed = full = 0
    try:
        for t in tasks:
            tests = doctest_of(t.prompt)
            try:
                res = run_agent(
                    backend, t.prompt, tools, max_steps=3, max_tokens=400, turn_tokens=CODE_TURN
                )
            except GenforgeError:  # a long error result filled the context: no answer
                full += 1
                res = AgentResult("", 0, 0, "context", [])
            runs = [r["result"] for r in res.trace if r["type"] == "tool"]
            ok = code_passes(res.answer, tests)
            calls += bool(runs)
            if runs and runs[0].endswith("False"):
                refuted += 1
                fixed += ok
            passed["tool"] += ok
            ids = backend.tokenizer.encode_chat([{"role": "user", "content": t.prompt}])
            plain = backend.engine.generate(ids, SamplingParams(max_tokens=48, temperature=0))
            passed["plain"] += code_passes(plain.text, tests)
    finally:
        backend.close()
    n = len(tasks)
    return {
        "code_heldout": n,
        "code_pass_with_tool": round(passed["tool"] / n, 4),
        "code_pass_without_tool": round(passed["plain"] / n, 4),
        "code_tool_call_rate": round(calls / n, 4),
        "code_first_run_false": refuted,
        "code_fixed_after_false": fixed,
        "code_context_full": full,
    }


def code_main(args: argparse.Namespace) -> dict[str, Any]:
    """The ``--code`` section: SFT on python-tool conversations, then pass rates."""
    from pt_sft import fixed_base_model_dir

    model = (
        Path(args.model)
        if args.model
        else code_sft_dir(fixed_base_model_dir(), args.sft_steps, args.batch_size, args.wrong_share)
    )
    result: dict[str, Any] = {"model": str(model)}
    if not args.model:
        result.update(
            sft_steps=args.sft_steps,
            sft_batch_size=args.batch_size,
            wrong_share=args.wrong_share,
            context=CODE_CONTEXT,
        )
    result["turn_tokens"] = CODE_TURN
    result.update(code_with_and_without_tool(model))
    return result


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
    ap.add_argument(
        "--code",
        action="store_true",
        help="the code section instead: SFT on python-tool conversations, pass rates",
    )
    ap.add_argument(
        "--wrong-share",
        type=float,
        default=0.3,
        help="(--code) share of conversations whose first attempt the run refutes",
    )
    ap.add_argument(
        "--tool-stage",
        type=int,
        default=0,
        help="then this many SFT steps on calculator conversations alone",
    )
    ap.add_argument("--tool-stage-wide", type=float, default=0.75, help="their wide share")
    ap.add_argument("--out", default=None, help="also write the JSON line here")
    args = ap.parse_args()
    t0 = time.perf_counter()
    if args.code:
        result = code_main(args)
        result["seconds"] = round(time.perf_counter() - t0, 1)
        print_result(result, args.out)
        return
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
    if args.tool_stage:
        model = tool_stage_dir(model, args.tool_stage, args.batch_size, args.tool_stage_wide)
        result.update(
            model=str(model), tool_stage_steps=args.tool_stage, tool_stage_wide=args.tool_stage_wide
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
