"""`genforge export`: convert a model dir for other runtimes."""

from __future__ import annotations

import argparse
from pathlib import Path

from genforge.commands import emit
from genforge.errors import GenforgeError


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "export",
        help="export a model dir to Hugging Face transformers format, GGUF (llama.cpp) or ONNX",
        description="Convert the genforge model dir --model into a Hugging Face transformers "
        "model dir --out (config.json, model.safetensors, tokenizer files, "
        "generation_config.json, README.md): arch llama becomes LlamaForCausalLM, arch gpt2 "
        "becomes GPT2LMHeadModel, loadable offline with AutoModelForCausalLM and "
        "AutoTokenizer and servable by vLLM/TGI. Reads --model; writes --out atomically "
        "(an earlier export there is replaced only with --overwrite). Default --dtype float32. "
        "--format gguf writes one .gguf file --out for llama.cpp/Ollama/LM Studio (arch llama "
        "or gpt2; tokenizer embedded; --dtype f32, f16 or q8_0). --format onnx writes a "
        "directory --out "
        "with model.onnx (float32 decoder with KV-cache inputs/outputs, dynamic batch and "
        "sequence axes, for onnxruntime), tokenizer.json and genforge_onnx.json.",
    )
    p.add_argument(
        "--format", choices=["hf", "gguf", "onnx"], default="hf", help="output format (hf)"
    )
    p.add_argument("--model", required=True, help="genforge model dir to export")
    p.add_argument("--out", required=True, help="directory to write")
    p.add_argument(
        "--dtype",
        choices=["float32", "bfloat16", "float16", "f32", "f16", "q8_0"],
        default=None,
        help="weight storage type: hf float32|bfloat16|float16 (float32); gguf f32|f16|q8_0 (f32)",
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

    if args.format == "gguf":
        return _run_gguf(args)
    if args.format == "onnx":
        return _run_onnx(args)
    args.dtype = args.dtype or "float32"
    if args.dtype not in ("float32", "bfloat16", "float16"):
        raise GenforgeError(
            f"--dtype {args.dtype} is a GGUF type; --format hf takes float32, bfloat16 or float16"
        )
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


def _run_gguf(args: argparse.Namespace) -> int:
    from genforge.compress.gguf_export import GGUF_DTYPES, export_gguf

    dtype = args.dtype or "f32"
    if args.adapter:
        raise GenforgeError("--adapter is for --format hf only; drop it for --format gguf")
    if dtype not in GGUF_DTYPES:
        raise GenforgeError(f"--dtype {dtype} is not a GGUF type; use one of {GGUF_DTYPES}")
    out = Path(args.out)
    if out.is_dir():
        raise GenforgeError(f"--out {out} is a directory; --format gguf writes one file")
    if out.exists() and not args.overwrite:
        raise GenforgeError(f"--out {out} exists; pass --overwrite to replace it")
    out = export_gguf(args.model, out, dtype=dtype)
    emit(
        {"format": "gguf", "out": str(out), "dtype": dtype, "bytes": out.stat().st_size},
        args.json,
    )
    return 0


def _run_onnx(args: argparse.Namespace) -> int:
    from genforge.compress.onnx_export import export_onnx

    if args.adapter:
        raise GenforgeError("--adapter is for --format hf only; drop it for --format onnx")
    if args.dtype not in (None, "float32", "f32"):
        raise GenforgeError(f"--format onnx writes float32 only; drop --dtype {args.dtype}")
    _check_export_out(Path(args.out), args.overwrite)
    out = export_onnx(args.model, args.out)
    # model.onnx holds the graph, model.onnx.data the weights (the exporter's external data)
    size = sum(f.stat().st_size for f in out.iterdir() if f.is_file())
    emit({"format": "onnx", "out": str(out), "dtype": "float32", "bytes": size}, args.json)
    return 0


def _check_export_out(out: Path, overwrite: bool) -> None:
    """Refuse a non-empty --out before any work unless --overwrite (which still replaces
    only an earlier export: export_hf never replaces another folder)."""
    if out.is_dir() and any(out.iterdir()) and not overwrite:
        raise GenforgeError(
            f"--out {out} is not empty (an earlier export?); pass --overwrite to replace it, "
            "or choose a new --out"
        )
