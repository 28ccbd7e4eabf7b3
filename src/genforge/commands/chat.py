"""`genforge chat`: talk to a model in the terminal, with history, streamed as it writes."""

from __future__ import annotations

import argparse
import json
import os
import sys
from typing import TextIO

API_KEY_ENV = "GENFORGE_API_KEY"
HELP = "commands: /reset clears the history, /exit (or Ctrl-D) quits, /help shows this"


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "chat",
        help="chat with a model in the terminal (a model dir, or a running server)",
        description="Chat in the terminal: each line you type is a user message; the answer "
        "streams as the model writes it and the conversation's history goes with every turn "
        "(oldest turns are dropped when the model's context is full). Type /reset to clear "
        "the history, /exit or Ctrl-D to quit; Ctrl-C stops an answer. Reads the model dir "
        "--model (through the batching engine) or talks to a running `genforge serve` (or "
        "any OpenAI-compatible server) at --url, with the key from --api-key or "
        f"{API_KEY_ENV}. Writes nothing. Sampling defaults: the model dir's "
        "generation_config.json, else temperature 0.8; max 256 new tokens per answer. "
        "With --json, each answer is one JSON line {reply, finish_reason, "
        "completion_tokens, prompt_tokens, tokens_per_s} instead of streamed text.",
    )
    src = p.add_mutually_exclusive_group(required=True)
    src.add_argument("--model", help="model dir written by `genforge pretrain` or tuning")
    src.add_argument("--url", help="a running server, e.g. http://127.0.0.1:8000")
    p.add_argument("--api-key", default=None, help=f"bearer key for --url ({API_KEY_ENV})")
    p.add_argument("--model-name", default=None, help="model id at --url (its first model)")
    p.add_argument("--system", default=None, help="system prompt for the whole conversation")
    p.add_argument("--max-tokens", type=int, default=256, help="new tokens per answer (256)")
    p.add_argument("--temperature", type=float, default=None, help="0 = greedy (0.8)")
    p.add_argument("--top-k", type=int, default=None, help="sample from the k likeliest")
    p.add_argument("--top-p", type=float, default=None, help="nucleus probability mass")
    p.add_argument("--min-p", type=float, default=None, help="drop tokens below min_p x top")
    p.add_argument(
        "--repetition-penalty", type=float, default=1.0, help="CTRL-style, 1 = off (1.0)"
    )
    p.add_argument("--seed", type=int, default=None, help="seed for reproducible answers")
    p.add_argument("--device", default="auto", help="auto|cpu|cuda|mps for --model (auto)")
    p.add_argument("--json", action="store_true", help="one JSON line per answer")
    p.set_defaults(func=run)


def _generation_defaults(model_dir: str) -> dict:
    from pathlib import Path

    from genforge.io import read_json

    path = Path(model_dir) / "generation_config.json"
    return read_json(path, "generation config") if path.is_file() else {}


def run(args: argparse.Namespace) -> int:
    from genforge.infer.protocol import SamplingParams
    from genforge.serve.chat_client import ChatSession, EngineChat, HttpChat

    defaults = _generation_defaults(args.model) if args.model else {}

    def pick(flag: object, key: str, fallback: object) -> object:
        return flag if flag is not None else defaults.get(key, fallback)

    params = SamplingParams(
        max_tokens=args.max_tokens,
        temperature=float(pick(args.temperature, "temperature", 0.8)),
        top_k=pick(args.top_k, "top_k", None),
        top_p=pick(args.top_p, "top_p", None),
        min_p=args.min_p,
        repetition_penalty=args.repetition_penalty,
        seed=args.seed,
    )
    # Bad flags fail here, before a model loads; the vocabulary is not known yet, so
    # only the fields that need it wait for the first turn.
    params.validate(vocab_size=1 << 30)
    if args.model:
        backend = EngineChat(args.model, device=args.device)
    else:
        key = args.api_key or os.environ.get(API_KEY_ENV) or None
        backend = HttpChat(args.url, api_key=key, model_name=args.model_name or "")
    session = ChatSession(backend, params, system=args.system)
    try:
        return chat_loop(session, sys.stdin, sys.stdout, sys.stderr, as_json=args.json)
    finally:
        backend.close()


def chat_loop(session, stdin: TextIO, out: TextIO, err: TextIO, *, as_json: bool = False) -> int:
    """Read user lines from ``stdin`` until /exit or EOF; answers to ``out``, notes to
    ``err``. Prompts are shown only when ``stdin`` is a terminal. Returns the exit code."""
    from genforge.serve.chat_client import ChatError

    interactive = stdin.isatty()
    if interactive:
        print(f"chatting with {session.backend.model_name} ({HELP})", file=err)

    def write(text: str) -> None:
        out.write(text)
        out.flush()

    while True:
        if interactive:
            write("\nyou> ")
        try:
            line = stdin.readline()
        except KeyboardInterrupt:
            print("", file=err)
            return 0
        if not line:  # EOF
            return 0
        text = line.strip()
        if not text:
            continue
        if text.startswith("/"):
            command = text.split()[0].lower()
            if command in ("/exit", "/quit"):
                return 0
            if command == "/reset":
                session.reset()
                print("(history cleared)", file=err)
            else:
                print(HELP, file=err)
            continue
        if interactive:
            write("model> ")
        try:
            reply, dropped = session.send(text, (lambda _t: None) if as_json else write)
        except ChatError as e:
            print(f"error: {e}", file=err)
            continue
        if dropped:
            print(f"(dropped the {dropped} oldest messages to fit the context)", file=err)
        if as_json:
            write(
                json.dumps(
                    {
                        "reply": reply.text,
                        "finish_reason": reply.finish,
                        "completion_tokens": reply.completion_tokens,
                        "prompt_tokens": reply.prompt_tokens,
                        "tokens_per_s": round(reply.tokens_per_s, 2),
                    }
                )
                + "\n"
            )
        else:
            write("\n")
            if reply.finish == "stopped":
                print("(stopped)", file=err)
