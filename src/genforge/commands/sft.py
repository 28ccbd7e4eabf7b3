"""``genforge sft``: supervised fine-tuning of a model dir on chat data; ``sft tasks``."""

from __future__ import annotations

import argparse

from genforge.commands import emit
from genforge.commands.settings import add_config_flags, config_from
from genforge.errors import GenforgeError

FLAGS = {
    "model": "base model dir",
    "data": "chat JSONL file, or 'default'",
    "val_data": "held-out chat JSONL (default: test split / 5%%)",
    "extra_data": "chat JSONL added to --data's training conversations (e.g. tool use)",
    "format": "chat data format of --data/--val-data: openai, sharegpt, alpaca, "
    "prompt_completion (default auto: from the first record)",
    "out": "model dir to write (for `tasks`: the folder for JSONL files)",
    "time_budget": "seconds of training",
    "max_steps": "optimizer steps to train",
    "lora": "LoRA adapters instead of full fine-tuning: r,alpha,dropout,targets "
    "(e.g. 8,16,0.05,q,v)",
    "qlora": "with --lora: keep the frozen base in 4-bit NF4 (QLoRA); the saved model is "
    "merged back to full precision",
    "pack": "pack several conversations per row (default on)",
    "resume": "continue the run in --out: an interrupted one, or a finished one with raised limits",
    "device": "auto (default), cpu, cuda, cuda:N, mps",
    "progress": "progress bar (on; --no-progress hides it)",
}


def register(subparsers) -> None:
    p = subparsers.add_parser(
        "sft",
        help="fine-tune a model dir into a chat model (or write the default task files)",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        description=(
            "Supervised fine-tuning (SFT) of a base model dir on chat conversations.\n\n"
            "  genforge sft --model BASE_DIR --data chat.jsonl|default --out DIR\n"
            "               [--time-budget S] [--max-steps N] [--lora r,alpha,dropout,targets]\n"
            "               [--pack/--no-pack] [--resume] [--json] [key=value ...]\n"
            "  genforge sft tasks --out DIR\n\n"
            "Reads --model (a model dir from `genforge pretrain`) and --data: chat JSONL, one\n"
            '{"messages": [{"role": "user"|"assistant"|"system"|"tool", "content": ...}]}\n'
            "per line, or 'default' for the embedded instruction tasks built from the Python\n"
            "standard library (held-out split used for evaluation). With your own JSONL, 5%\n"
            "is held out unless --val-data is given.\n\n"
            "Writes --out as a model dir (the chat model), with sft_metrics.json (held-out\n"
            "template rate, parse rate and assistant-token loss, base vs SFT) and run/\n"
            "(metrics.jsonl, loss.png). With --lora the adapter is saved in run/adapter and\n"
            "merged into the written weights.\n\n"
            "Ctrl-C (or SIGTERM) stops at the next step, saves a checkpoint beside --out\n"
            "(.OUT.run) and prints the command that continues it (the same plus --resume).\n\n"
            "Defaults: AdamW lr 1e-3 cosine to 0.1x after 10 warmup steps, batch 8 rows of\n"
            "the model's context, packing on, loss on assistant tokens only, over-long\n"
            "conversations truncated (overflow=drop to drop them), device auto.\n\n"
            "`genforge sft tasks --out DIR` writes the default tasks as JSONL instead:\n"
            "chat_{train,test}.jsonl, preference_{train,test}.jsonl and\n"
            "verifiable_{train,test}.jsonl."
        ),
    )
    add_config_flags(p, "genforge.tune.sft:SFTConfig", FLAGS)
    p.add_argument("--json", action="store_true", help="print the summary as one JSON line")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    # `sft tasks` / `sft train` share the words with key=value settings: an action is the
    # first word without "=" (one positional list, so settings may sit anywhere).
    action = "train"
    if args.settings and "=" not in args.settings[0]:
        action = args.settings.pop(0)
        if action not in ("train", "tasks"):
            raise GenforgeError(
                f"unknown sft action {action!r}: use `genforge sft tasks --out DIR`, or train "
                "with `genforge sft --model DIR --out DIR [key=value ...]`"
            )
    if action == "tasks":
        from genforge.tune.tasks import write_default_tasks

        if not args.out:
            raise GenforgeError("sft tasks needs --out DIR: the folder for the JSONL files")
        paths = write_default_tasks(args.out)
        emit({k: str(v) for k, v in paths.items()}, args.json)
        return 0

    from genforge.tune.sft import run_sft

    cfg = config_from(args)
    say = None if args.json else (lambda m: print(m, flush=True))
    summary = run_sft(cfg, say=say)
    if args.json:
        emit(summary, True)
    else:
        sft, base = summary["sft"], summary["base"] or {}
        shown = {
            "out": summary["out"],
            "steps": summary["steps"],
            "epochs": summary["epochs"],
            "train_loss": summary["train_loss"],
            "val_loss": sft["val_loss"],
            "held_out": summary["held_out_conversations"],
            "template_rate": sft.get("template_rate"),
            "base_template_rate": base.get("template_rate"),
            "parse_rate": sft.get("parse_rate"),  # only with code prompts in the held-out set
            "base_parse_rate": base.get("parse_rate"),
        }
        emit({k: v for k, v in shown.items() if v is not None}, False)
    return 0
