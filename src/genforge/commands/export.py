"""`genforge export`: convert a model dir for other runtimes."""

from __future__ import annotations

import argparse
from pathlib import Path

from genforge.commands import emit
from genforge.errors import GenforgeError


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "export",
        help="export a model dir to Hugging Face transformers format",
        description="Convert the genforge model dir --model into a Hugging Face transformers "
        "model dir --out (config.json, model.safetensors, tokenizer files, "
        "generation_config.json, README.md): arch llama becomes LlamaForCausalLM, arch gpt2 "
        "becomes GPT2LMHeadModel, loadable offline with AutoModelForCausalLM and "
        "AutoTokenizer and servable by vLLM/TGI. Reads --model; writes --out atomically "
        "(an earlier export there is replaced only with --overwrite). Default --dtype float32.",
    )
    p.add_argument("--format", choices=["hf"], default="hf", help="output format (hf)")
    p.add_argument("--model", required=True, help="genforge model dir to export")
    p.add_argument("--out", required=True, help="directory to write")
    p.add_argument(
        "--dtype",
        choices=["float32", "bfloat16", "float16"],
        default="float32",
        help="weight storage type (float32)",
    )
    p.add_argument("--license", help="license for the README's metadata header (e.g. mit)")
    p.add_argument("--base-model", help="Hub id of the base model, for the README's metadata")
    p.add_argument(
        "--adapter",
        help="genforge LoRA adapter dir (from sft --lora) to write beside the export as a "
        "peft adapter in OUT/adapter (load with PeftModel.from_pretrained)",
    )
    p.add_argument(
        "--overwrite",
        action="store_true",
        help="replace an earlier export at --out (the default refuses a non-empty --out)",
    )
    p.add_argument("--json", action="store_true", help="print one JSON line")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from genforge.compress.export import export_hf
    from genforge.io import read_json

    _check_export_out(Path(args.out), args.overwrite)
    if args.adapter:
        from genforge.tune.lora import read_adapter

        read_adapter(args.adapter)  # a bad adapter dir fails before anything is written
    out = export_hf(
        args.model, args.out, dtype=args.dtype, license=args.license, base_model=args.base_model
    )
    config = read_json(out / "config.json")
    adapter = None
    if args.adapter:
        from genforge.tune.lora import export_adapter_peft

        adapter = export_adapter_peft(args.adapter, out / "adapter", base_model=str(out))
    size = sum(f.stat().st_size for f in out.iterdir() if f.is_file())
    emit(
        {
            "format": args.format,
            "out": str(out),
            "architecture": config["architectures"][0],
            "dtype": args.dtype,
            "bytes": size,
            **({"adapter": str(adapter)} if adapter else {}),
        },
        args.json,
    )
    return 0


def _check_export_out(out: Path, overwrite: bool) -> None:
    """Refuse a non-empty --out before any work unless --overwrite (which still replaces
    only an earlier export: export_hf never replaces another folder)."""
    if out.is_dir() and any(out.iterdir()) and not overwrite:
        raise GenforgeError(
            f"--out {out} is not empty (an earlier export?); pass --overwrite to replace it, "
            "or choose a new --out"
        )
