"""The one ``genforge`` command. Each stage is a subcommand defined in ``genforge.commands``;
subcommands parse arguments and call library functions, nothing more."""

from __future__ import annotations

import argparse
import importlib
import shlex
import sys

from genforge import __version__
from genforge.commands.settings import CommandParser
from genforge.errors import GenforgeError

# Order here is the order shown in --help: the pipeline's order.
COMMAND_MODULES = [
    "genforge.commands.data",
    "genforge.commands.pii",
    "genforge.commands.tokenizer",
    "genforge.commands.pretrain",
    "genforge.commands.estimate",
    "genforge.commands.scaling",
    "genforge.commands.eval",
    "genforge.commands.generate",
    "genforge.commands.hf_import",
    "genforge.commands.export",
    "genforge.commands.quantize",
    "genforge.commands.prune",
    "genforge.commands.ladder",
    "genforge.commands.mlm",
    "genforge.commands.runs",
    "genforge.commands.registry",
    "genforge.commands.rag",
    "genforge.commands.serve",
    "genforge.commands.monitor",
    "genforge.commands.watermark",
    "genforge.commands.guard",
    "genforge.commands.lineage",
    "genforge.commands.chat",
    "genforge.commands.agent",
    "genforge.commands.demo",
    "genforge.commands.vision",
    "genforge.commands.generative",
    "genforge.commands.vlm",
    "genforge.commands.clip",
    "genforge.commands.sft",
    "genforge.commands.rm",
    "genforge.commands.dpo",
    "genforge.commands.rl",
    "genforge.commands.distill",
]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="genforge",
        description="Build your own generative AI model: data -> tokenizer -> pretrain -> "
        "eval -> generate -> export. Run `genforge COMMAND --help` for each stage.",
    )
    parser.add_argument("--version", action="version", version=f"genforge {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=CommandParser)
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    argv = sys.argv[1:] if argv is None else list(argv)
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        return int(args.func(args) or 0)
    except GenforgeError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    except KeyboardInterrupt as e:
        print(_interrupted_message(e, argv, resumable=hasattr(args, "resume")), file=sys.stderr)
        return 130


def _interrupted_message(e: KeyboardInterrupt, argv: list[str], *, resumable: bool) -> str:
    """What a stopped run left (train_loop's ``TrainingInterrupted`` names its checkpoint)
    and the exact command that continues it."""
    checkpoint = getattr(e, "checkpoint", None)
    if checkpoint is None:
        return "interrupted"
    if not resumable:
        return f"interrupted: {e} (this command starts fresh; it does not resume)"
    again = argv if "--resume" in argv or "resume=true" in argv else [*argv, "--resume"]
    return f"interrupted: {e}\ncontinue with: genforge {shlex.join(again)}"


if __name__ == "__main__":
    sys.exit(main())
