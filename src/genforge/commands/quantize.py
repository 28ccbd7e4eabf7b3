"""`genforge quantize`: write a quantized copy of a model dir (int8, int4 RTN/GPTQ, NF4)."""

from __future__ import annotations

import argparse
import sys

from genforge.commands import emit


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "quantize",
        help="quantize a model dir's weights to int8, int4 (RTN or GPTQ) or NF4",
        description="Read the float model dir --model and write --out, a model dir whose "
        "attention and MLP matrices are stored quantized (packed codes, scales, zero points "
        "in model.safetensors; config.json's 'quantization' says how). generate, eval bpb, "
        "serve and the engine load it directly. Methods: int8 (weight-only, one scale per "
        "output channel), int4-rtn (round-to-nearest per group of --group-size input "
        "columns), int4-gptq (GPTQ: rounding errors corrected with the Hessian of "
        "--calibration text), nf4 (QLoRA's 4-bit NormalFloat, blocks of 64). Embeddings, "
        "norms and the LM head stay float. --out is written atomically; an existing model "
        "dir there is replaced only with --overwrite.",
    )
    p.add_argument("--model", required=True, help="float model dir to quantize")
    p.add_argument("--out", required=True, help="quantized model dir to write")
    p.add_argument("--method", required=True, help="int8 | int4-rtn | int4-gptq | nf4 (no default)")
    p.add_argument(
        "--group-size",
        type=int,
        default=128,
        help="int4 columns per scale/zero point: 32, 64 or 128 (128); must divide every "
        "layer's input width",
    )
    p.add_argument(
        "--calibration",
        default="stdlib",
        help="int4-gptq calibration text: a file, directory, glob, .jsonl, or 'stdlib' "
        "(the embedded corpus; default)",
    )
    p.add_argument("--samples", type=int, default=64, help="calibration windows for GPTQ (64)")
    p.add_argument(
        "--seq-len", type=int, default=None, help="tokens per calibration window (block_size)"
    )
    p.add_argument(
        "--act-order",
        action="store_true",
        help="GPTQ: quantize columns by decreasing Hessian diagonal (static groups)",
    )
    p.add_argument("--overwrite", action="store_true", help="replace an existing model dir")
    p.add_argument("--json", action="store_true", help="print one JSON line")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from genforge.compress.quant import quantize_model_dir

    def progress(done: int, total: int) -> None:
        if not args.json:
            print(
                f"\rquantized block {done}/{total}",
                end="\n" if done == total else "",
                file=sys.stderr,
                flush=True,
            )

    result = quantize_model_dir(
        args.model,
        args.out,
        args.method,
        group_size=args.group_size,
        calibration=args.calibration,
        samples=args.samples,
        seq_len=args.seq_len,
        act_order=args.act_order,
        overwrite=args.overwrite,
        progress=progress,
    )
    emit(result, args.json)
    return 0
