"""`genforge demo`: the whole pipeline on the embedded corpus in a few minutes."""

from __future__ import annotations

import argparse
import json

from genforge.commands import emit
from genforge.commands.serve import serve_model


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "demo",
        help="build a small GPT from the Python stdlib in a few minutes",
        description="Run the whole pipeline on the embedded corpus (the Python standard "
        "library's source, read from where Python is installed): data pipeline -> tokenizer "
        "-> pretrain with a time budget -> bits per byte on held-out files -> samples -> chat "
        "model (SFT on the embedded instruction tasks for --chat-budget seconds, then on "
        "calculator conversations for --tool-budget seconds). "
        "Writes OUT/dataset (dataset dir), OUT/model (base model dir with card.md; its run/ "
        "folder has metrics.jsonl and loss.png) and OUT/chat-model (with sft_metrics.json). "
        "Then serves the chat model (OpenAI-compatible API and chat page) on --port until "
        "Ctrl-C, unless --no-serve.",
    )
    p.add_argument("--out", default="demo-out", help="output folder (demo-out)")
    p.add_argument("--time-budget", type=float, default=180.0, help="seconds (180)")
    p.add_argument("--max-tokens", type=int, default=120, help="tokens per sample (120)")
    p.add_argument(
        "--chat-budget", type=float, default=60.0,
        help="seconds of SFT that turn the base model into OUT/chat-model, the model served "
        "at the end (60; 0 skips it and serves the base model)",
    )  # fmt: skip
    p.add_argument(
        "--tool-budget",
        type=float,
        default=300.0,  # genforge.demo.TOOL_BUDGET (not imported: keeps --help fast)
        help="then seconds of SFT on calculator conversations alone, so the chat model "
        "answers arithmetic through the calculator (300; 0 skips it)",
    )
    p.add_argument("--seed", type=int, default=0, help="seed (0)")
    p.add_argument("--port", type=int, default=8000, help="port to serve on at the end (8000)")
    p.add_argument("--no-serve", action="store_true", help="stop after the samples")
    p.add_argument("--json", action="store_true", help="print one JSON line")
    p.add_argument("settings", nargs="*", metavar="key=value", help="PretrainConfig fields")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from genforge.demo import run_demo

    result = run_demo(
        args.out,
        time_budget=args.time_budget,
        overrides=args.settings,
        max_tokens=args.max_tokens,
        seed=args.seed,
        chat_budget=args.chat_budget,
        tool_budget=args.tool_budget,
    )
    if args.json:
        emit(result, True)
    else:
        _print_result(result)
    if args.no_serve:
        return 0
    from genforge.serve.settings import ServeSettings, keys_from_env

    base = f"http://127.0.0.1:{args.port}"
    chat = result.get("chat_model_dir")
    if chat:
        print(
            f"\nServing the chat model; open {base}/ for the chat page, or:\n"
            f"  curl {base}/v1/chat/completions -H 'Content-Type: application/json' "
            f'-d \'{{"model": "demo", "messages": [{{"role": "user", "content": '
            f'"What is 17 + 25?"}}], "max_tokens": 40}}\'',
            flush=True,
        )
    else:
        print(
            f"\nThe base model continues text; try a completion:\n"
            f"  curl {base}/v1/completions -H 'Content-Type: application/json' "
            f'-d \'{{"model": "demo", "prompt": "def parse_args(", "max_tokens": 80}}\'',
            flush=True,
        )
    settings = ServeSettings(port=args.port, model_name="demo", api_keys=keys_from_env()).validate()
    return serve_model(chat or result["model_dir"], settings)


def _print_result(result: dict) -> None:
    result = dict(result)
    samples = result.pop("samples")
    chats = result.pop("chat_samples", [])
    emit(result, False)
    for s in samples:
        print(f"\n--- prompt {json.dumps(s['prompt'])} ---")
        print(s["prompt"] + s["completion"])
    for c in chats:
        print(f"\n--- chat ---\nuser: {c['user']}")
        for call, res in zip(c.get("tool_calls", []), c.get("results", []), strict=False):
            print(f"tool call: {call['name']}({call['arguments']}) -> {res.splitlines()[-1]}")
        print(f"assistant: {c['assistant']}")
    print(
        f"\nmodel dir: {result['model_dir']}  (try: .venv/bin/genforge generate --model "
        f"{result['model_dir']} --prompt 'def ')"
    )
