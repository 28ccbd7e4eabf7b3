"""`genforge agent`: answer a task with a model that calls tools (plan -> call -> observe)."""

from __future__ import annotations

import argparse
import json
import os
import sys

from genforge.commands.guard import add_guard_args, guard_from_args

API_KEY_ENV = "GENFORGE_API_KEY"


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "agent",
        help="answer a task with a model that calls tools (calculator, python, files)",
        description="Run an agent on TASK: the model (--model DIR in this process, or a "
        "running OpenAI-compatible server at --url) plans, calls tools, reads their results "
        "and answers. Tool calls are decoded under their JSON schemas, so they always "
        "parse; tool results enter the context as untrusted data. Stops at the answer, at "
        "--max-steps model turns (6) or --max-tokens generated tokens (1024), then asks for "
        "a final answer. Prints the answer (with --json, one line {answer, steps, tokens, "
        "stopped}); --trace FILE appends every step as JSONL. Reads the model dir; writes "
        "only --trace. Tools: calculator, python (sandboxed: no network, 5 s CPU, 512 MiB, "
        "1 MiB files), files (read-only, needs --files-root), search (with --rag-index: "
        "passages of a `genforge rag` index, cited by source and lines). With --mcp, serves "
        "the tools to other agent hosts over MCP (stdio) instead.",
    )
    p.add_argument("task", nargs="?", help="what to do, in words")
    src = p.add_mutually_exclusive_group()
    src.add_argument("--model", help="model dir (a chat model tuned to use tools)")
    src.add_argument("--url", help="a running server, e.g. http://127.0.0.1:8000")
    p.add_argument("--api-key", default=None, help=f"bearer key for --url ({API_KEY_ENV})")
    p.add_argument("--tools", default="calculator", help="comma-separated (calculator)")
    p.add_argument("--files-root", default=None, help="the folder the files tool may read")
    p.add_argument(
        "--rag-index",
        default=None,
        help="add the search tool over this `genforge rag` index (passages come back cited)",
    )
    p.add_argument("--max-steps", type=int, default=6, help="model turns with tools (6)")
    p.add_argument("--max-tokens", type=int, default=1024, help="generated tokens in all (1024)")
    p.add_argument("--temperature", type=float, default=0.0, help="0 = greedy (0)")
    p.add_argument("--trace", default=None, help="append each step to this JSONL file")
    p.add_argument("--device", default="auto", help="auto|cpu|cuda|mps (auto)")
    p.add_argument("--json", action="store_true", help="print one JSON line")
    add_guard_args(p, "tool results (before they enter the conversation)")
    p.add_argument(
        "--confirm",
        choices=("ask", "block"),
        default=None,
        help="a tool call the policy would block (a side-effecting call whose recipient, URL "
        "or path came from tool output, or a secret in its arguments): ask on the terminal "
        "or block (default: ask when stdin is a terminal, else block)",
    )
    p.add_argument(
        "--secret-env",
        action="append",
        default=[],
        metavar="VAR",
        help="the value of environment variable VAR is secret: it may not leave in a tool "
        "call or the answer (repeatable; API keys in the system prompt are found anyway)",
    )
    p.add_argument(
        "--spotlight",
        action="store_true",
        help="fence tool results with a random per-run boundary and mark their words "
        "(for models trained or able to heed it; the demo's tool models were not)",
    )
    p.add_argument(
        "--mcp",
        action="store_true",
        help="serve --tools as an MCP server over stdio instead (needs the mcp package)",
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from genforge.agent.backends import EngineBackend, HttpBackend
    from genforge.agent.loop import run_agent
    from genforge.agent.tools import builtin_tools
    from genforge.commands import emit
    from genforge.errors import GenforgeError

    if args.max_steps < 1 or args.max_tokens < 1:
        raise GenforgeError("--max-steps and --max-tokens must be at least 1")
    names = [n.strip() for n in args.tools.split(",") if n.strip()]
    tools = builtin_tools(names, files_root=args.files_root)
    if args.rag_index:
        tools.append(rag_search_tool(args.rag_index))
    if args.mcp:
        from genforge.agent.mcp_server import serve_stdio

        serve_stdio(tools)
        return 0
    if not args.task or not (args.model or args.url):
        raise GenforgeError("give a TASK and --model DIR or --url URL (or --mcp to serve tools)")
    screen = _tool_screen(args)
    policy = _call_policy(args)
    if args.model:
        backend = EngineBackend(args.model, device=args.device, temperature=args.temperature)
    else:
        key = args.api_key or os.environ.get(API_KEY_ENV)
        backend = HttpBackend(args.url, api_key=key, temperature=args.temperature)
    try:
        result = run_agent(
            backend,
            args.task,
            tools,
            max_steps=args.max_steps,
            max_tokens=args.max_tokens,
            trace_path=args.trace,
            screen=screen,
            policy=policy,
        )
    finally:
        backend.close()
    if args.json:
        out = {k: getattr(result, k) for k in ("answer", "steps", "tokens", "stopped")}
        emit(out, True)
    else:
        print(result.answer)
        print(f"[{result.steps} steps, {result.tokens} tokens, {result.stopped}]", file=sys.stderr)
    return 0


def _call_policy(args: argparse.Namespace):
    """The loop's call policy from --confirm, --secret-env and --spotlight."""
    from genforge.agent.authority import AgentPolicy
    from genforge.errors import GenforgeError

    missing = [v for v in args.secret_env if not os.environ.get(v)]
    if missing:
        raise GenforgeError(f"--secret-env {missing[0]}: that environment variable is not set")
    ask = args.confirm == "ask" or (args.confirm is None and sys.stdin.isatty())
    return AgentPolicy(
        secrets=[os.environ[v] for v in args.secret_env],
        confirm=_ask_on_terminal if ask else None,
        spotlight=args.spotlight,
    )


def _ask_on_terminal(request) -> bool:
    """``confirm`` for an interactive run: show the call and why, read y/N."""
    shown = json.dumps(request.arguments, ensure_ascii=False)[:300]
    print(f"\nThe agent wants to call {request.tool}({shown})", file=sys.stderr)
    for reason in request.reasons:
        print(f"  blocked because {reason}", file=sys.stderr)
    try:
        return input("Run it anyway? [y/N] ").strip().lower() in ("y", "yes")
    except EOFError:
        return False


def _tool_screen(args: argparse.Namespace):
    """The loop's ``screen`` for ``--guard`` (None when off): safety's policy per result."""
    guard = guard_from_args(args)
    if guard is None:
        return None
    from genforge.safety.policy import screen_one

    return lambda text: screen_one(text, args.guard, guard, args.guard_threshold)


class RagSearch:
    """A ``genforge rag`` index as the search tool's retriever. ``agent/`` and ``rag/`` are
    sibling layers that may not import each other, so they meet here."""

    def __init__(self, index_dir: str) -> None:
        from genforge.rag.retrieve import Retriever

        self.retriever = Retriever(index_dir)

    def search(self, query: str, k: int) -> list:
        from genforge.agent.tools.retrieval import Passage

        hits = self.retriever.search(query, k)
        return [Passage(h.chunk["text"], h.citation(), h.score) for h in hits]


def rag_search_tool(index_dir: str, *, k: int = 4):
    """The agent's ``search`` tool over a rag index (hybrid retrieval, cited passages)."""
    from genforge.agent.tools.retrieval import retrieval_tool

    return retrieval_tool(RagSearch(index_dir), k=k)
