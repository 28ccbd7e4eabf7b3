"""``genforge sft``: supervised fine-tuning of a model dir on chat data; ``sft tasks``."""

from __future__ import annotations

import argparse

from genforge.commands import emit, flag_overrides


def register(subparsers) -> None:
    p = subparsers.add_parser(
        "sft",
        help="fine-tune a model dir into a chat model (or write the default task files)",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        description=(
            "Supervised fine-tuning (SFT) of a base model dir on chat conversations.\n\n"
            "  genforge sft --model BASE_DIR --data chat.jsonl|default --out DIR\n"
            "               [--time-budget S] [--max-steps N] [--lora r,alpha,dropout,targets]\n"
            "               [--pack/--no-pack] [--json] [--set key=value ...]\n"
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
            "Defaults: AdamW lr 1e-3 cosine to 0.1x after 10 warmup steps, batch 8 rows of\n"
            "the model's context, packing on, loss on assistant tokens only, over-long\n"
            "conversations truncated (overflow=drop to drop them), device auto.\n\n"
            "`genforge sft tasks --out DIR` writes the default tasks as JSONL instead:\n"
            "chat_{train,test}.jsonl, preference_{train,test}.jsonl and\n"
            "verifiable_{train,test}.jsonl."
        ),
    )
    p.add_argument(
        "action", nargs="?", choices=["train", "tasks"], default="train",
        help="train (default) or tasks (write the default task JSONL files to --out)",
    )  # fmt: skip
    p.add_argument("--model", help="base model dir")
    p.add_argument("--data", default="default", help="chat JSONL file, or 'default'")
    p.add_argument("--val-data", help="held-out chat JSONL (default: test split / 5%%)")
    p.add_argument(
        "--format",
        choices=["auto", "openai", "sharegpt", "alpaca", "prompt_completion"],
        help="chat data format of --data/--val-data (default auto: from the first record)",
    )
    p.add_argument("--out", help="model dir to write (for `tasks`: the folder for JSONL files)")
    p.add_argument("--time-budget", type=float, help="seconds of training")
    p.add_argument("--max-steps", type=int, help="optimizer steps to train")
    p.add_argument(
        "--lora",
        help="LoRA adapters instead of full fine-tuning: r,alpha,dropout,"
        "targets (e.g. 8,16,0.05,q,v)",
    )
    p.add_argument(
        "--qlora",
        action="store_true",
        help="with --lora: keep the frozen base in 4-bit NF4 (QLoRA); the saved model is merged "
        "back to full precision",
    )
    p.add_argument(
        "--pack",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="pack several conversations per row (default on)",
    )
    p.add_argument("--device", help="auto (default), cpu, cuda, cuda:N, mps")
    p.add_argument("--no-progress", action="store_true", help="no progress bar")
    p.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="any other SFTConfig field, e.g. --set lr=5e-4 --set batch_size=16",
    )
    p.add_argument("--json", action="store_true", help="print the summary as one JSON line")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from genforge.errors import GenforgeError

    if args.action == "tasks":
        from genforge.tune.tasks import write_default_tasks

        if not args.out:
            raise GenforgeError("sft tasks needs --out DIR: the folder for the JSONL files")
        paths = write_default_tasks(args.out)
        emit({k: str(v) for k, v in paths.items()}, args.json)
        return 0

    from genforge.config import resolve_config
    from genforge.tune.sft import SFTConfig, run_sft

    overrides = list(args.set)
    flags = {
        "model": args.model,
        "data": args.data,
        "val_data": args.val_data,
        "format": args.format,
        "out": args.out,
        "time_budget": args.time_budget,
        "max_steps": args.max_steps,
        "lora": args.lora,
        "device": args.device,
    }
    overrides += flag_overrides(flags)
    overrides.append(f"pack={str(args.pack).lower()}")
    if args.qlora:
        overrides.append("qlora=true")
    if args.no_progress:
        overrides.append("progress=false")
    cfg = resolve_config(SFTConfig, None, overrides)
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
