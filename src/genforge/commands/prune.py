"""`genforge prune`: write a pruned copy of a model dir (magnitude, 2:4, MLP neurons,
attention heads)."""

from __future__ import annotations

import argparse

from genforge.commands import emit


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "prune",
        help="prune a model dir's weights (magnitude, 2:4, whole MLP neurons or heads)",
        description="Read the float model dir --model and write the float model dir --out "
        "with its attention and MLP matrices pruned: magnitude (the --sparsity fraction of "
        "smallest weights of each matrix set to 0), 2:4 (2 of every 4 consecutive input "
        "weights set to 0; --sparsity 0.5) or neurons (the --sparsity fraction of least "
        "important MLP hidden units removed: mlp_hidden shrinks and the model runs faster) or "
        "heads (the --sparsity fraction of least important attention query heads of every "
        "layer removed, the same number per key/value group: n_head shrinks, head_size is "
        "recorded). "
        "Embeddings, norms and the LM head are kept. The output loads everywhere a model "
        "dir does, fine-tuning included. --recover-steps N fine-tunes the pruned model right "
        "away (next-token loss on --recover-data, the embedded stdlib corpus by default, "
        "through the training loop; pruned zeros stay zero) to win back quality. "
        "--out is written atomically; an existing model dir is replaced only with "
        "--overwrite.",
    )
    p.add_argument("--model", required=True, help="float model dir to prune")
    p.add_argument("--out", required=True, help="pruned model dir to write")
    p.add_argument("--method", required=True, help="magnitude | 2:4 | neurons | heads (no default)")
    p.add_argument(
        "--sparsity", type=float, required=True, help="fraction removed, in (0, 1); 0.5 for 2:4"
    )
    p.add_argument(
        "--recover-steps", type=int, default=0, help="recovery fine-tune steps after pruning (0)"
    )
    p.add_argument(
        "--recover-data",
        default="stdlib",
        help="recovery text: stdlib (default), a file, directory, glob or .jsonl",
    )
    p.add_argument("--recover-lr", type=float, default=3e-4, help="recovery peak LR (3e-4)")
    p.add_argument("--overwrite", action="store_true", help="replace an existing model dir")
    p.add_argument("--json", action="store_true", help="print one JSON line")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from genforge.compress.prune import prune_model_dir

    result = prune_model_dir(
        args.model,
        args.out,
        args.method,
        args.sparsity,
        overwrite=args.overwrite,
        recover_steps=args.recover_steps,
        recover_data=args.recover_data,
        recover_lr=args.recover_lr,
        progress=not args.json,
    )
    emit(result, args.json)
    return 0
