"""``genforge rl``: GRPO (or PPO with a value head) on verifiable rewards."""

from __future__ import annotations

import argparse
from functools import partial

from genforge.commands import emit
from genforge.commands.settings import add_config_flags, config_from

FLAGS = {
    "model": "chat model dir to start from (the KL reference too)",
    "task": "'arithmetic' or a verifiable JSONL",
    "out": "model dir to write",
    "algo": "grpo (default) or ppo",
    "group": "completions per prompt (8)",
    "time_budget": "seconds of training (120)",
    "max_steps": "optimizer steps (overrides the budget)",
    "reward_model": "PPO's RLHF path: a `genforge rm` model dir",
    "tools": "tools rollouts may call and really run, e.g. calculator (agent episodes)",
    "device": "cpu (default), cuda, auto",
    "resume": "continue the run in --out: an interrupted one, or a finished one with raised limits",
}


def register(subparsers) -> None:
    p = subparsers.add_parser(
        "rl",
        help="reinforcement learning on verifiable rewards (GRPO, or PPO with a value head)",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        description=(
            "Improve a chat model with reinforcement learning on rewards that can be checked.\n\n"
            "  genforge rl --model SFT_DIR --task arithmetic|FILE.jsonl --out DIR\n"
            "              [--algo grpo|ppo] [--group 8] [--time-budget S] [--max-steps N]\n"
            "              [--reward-model RM_DIR] [--tools calculator,...] [--resume]\n"
            "              [--json] [key=value ...]\n\n"
            "Reads --model (a chat model dir, e.g. from `genforge sft`; it is also the frozen\n"
            "KL reference) and --task: 'arithmetic' (the embedded arithmetic and unit-\n"
            "conversion problems; the test split is held out) or JSONL with one\n"
            '{"prompt": ..., "answer": ..., "kind": ...} per line (exact-answer check; kind\n'
            "'code' means answer holds doctest text the generated code must pass; every 5th\n"
            "line is held out). Each step samples --group completions per prompt through the\n"
            "inference engine (weights synced from the trainer), scores them, and takes\n"
            "clipped-ratio policy-gradient steps with group-normalized advantages (GRPO) or\n"
            "GAE over a value head (PPO; --reward-model scores with a `genforge rm` dir).\n"
            "With --tools each rollout is an agent episode: the prompt shows the tools, a\n"
            "turn that calls one has it really run and its result appended (no loss on those\n"
            "tokens), and the model's next turn follows (max_turns=3 turns); the reward\n"
            "scores the last turn's answer.\n\n"
            "Writes --out as a model dir, with rl_metrics.json (held-out greedy exact-match\n"
            "before and after) and run/metrics.jsonl (loss, reward_mean, accuracy, kl,\n"
            "clip_frac). It trains in .OUT.run beside --out; Ctrl-C saves a checkpoint there\n"
            "(weights, optimizer, the weight average, the task stream's position) and prints\n"
            "the command that continues it (the same plus --resume).\n\n"
            "Defaults: grpo, group 8, 64 prompts per rollout, 1 optimizer step per rollout,\n"
            "AdamW lr 1e-4 constant, clip 0.2, no KL term (kl_coef=0.02 adds the k3 KL to\n"
            "--model), sampling temperature 0.6 (ratio and KL use the same temperature),\n"
            "the written model is the EMA of the iterates (ema=0.9; ema=0 keeps the last),\n"
            "16 new tokens, time budget 120 s, 200 held-out tasks, cpu. eval_every=N logs\n"
            "held-out accuracy every N steps (a multiple of log_every).\n"
            "Any RLConfig field can be set as key=value, e.g. lr=5e-5 kl_coef=0.02."
        ),
    )
    add_config_flags(p, "genforge.tune.rl:RLConfig", FLAGS)
    p.add_argument("--json", action="store_true", help="print the summary as one JSON line")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from genforge.tune.rl import run_rl

    # An explicit step count alone is the only limit; the default budget would cut it short.
    steps_only = args.max_steps is not None and args.time_budget is None
    cfg = config_from(args, time_budget="null" if steps_only else None)
    say = None if args.json else (lambda m: print(m, flush=True))
    make_env = None
    if cfg.tools:
        from genforge.agent.tools import builtin_tools
        from genforge.agent.training import ToolEnv

        tools = builtin_tools([t.strip() for t in cfg.tools.split(",") if t.strip()])
        make_env = partial(ToolEnv, tools=tools)
    summary = run_rl(cfg, log=say, make_env=make_env)
    emit(summary, args.json)
    return 0
