"""`genforge import`: bring existing weights in as a genforge model dir."""

from __future__ import annotations

import argparse

from genforge.commands import emit


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "import",
        help="import a Hugging Face checkpoint folder as a genforge model dir",
        description="Convert a local transformers save_pretrained folder (config.json, "
        "model.safetensors or its shards, tokenizer.json) into a genforge model dir that "
        "generate, eval, sft, rm, dpo, rl, export and serve use. Loads llama/mistral (MHA or "
        "GQA, any rope_theta, RoPE unscaled or linear/llama3-scaled, no biases, no sliding "
        "window) and gpt2; anything else is refused with the feature named. Pickled .bin "
        "weights are refused (unpickling runs code). Writes --out atomically. See "
        "docs/import.md.",
    )
    p.add_argument("--from", dest="source", choices=["hf"], required=True, help="format (hf)")
    p.add_argument("path", help="the save_pretrained folder to read")
    p.add_argument("--out", required=True, help="model dir to write")
    p.add_argument(
        "--dtype",
        choices=["float32", "bfloat16", "float16"],
        help="weight storage type (default: as stored in the checkpoint)",
    )
    p.add_argument(
        "--block-size", type=int, help="cap the context length (default: the checkpoint's)"
    )
    p.add_argument(
        "--overwrite",
        action="store_true",
        help="replace a genforge model dir at --out (the default refuses a non-empty --out)",
    )
    p.add_argument("--json", action="store_true", help="print one JSON line")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from genforge.compress.hf_import import import_hf
    from genforge.modeldir import check_out_dir

    check_out_dir(args.out, overwrite=args.overwrite)  # before reading any weights
    report = import_hf(args.path, args.out, dtype=args.dtype, block_size=args.block_size)
    emit(report.to_dict(), args.json)
    return 0
