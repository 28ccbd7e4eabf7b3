"""`genforge lineage MODEL_DIR`: the chain of stages, models, data and licences behind a model."""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "lineage",
        help="how a model dir was made: stages, parent models, data, licences, hashes",
        description="Print the lineage of MODEL_DIR: each stage recorded in its config.json "
        "(pretrain, sft, dpo, rl, distill, quantize, prune, import), followed back through "
        "the models they started from to the pretraining data (fingerprint, sources, SPDX "
        "licences), with the SHA-256 of each dir's weights and tokenizer. Reads only JSON "
        "and hashes files; writes nothing. See docs/safety.md.",
    )
    p.add_argument("model_dir", metavar="MODEL_DIR", help="a genforge model dir")
    p.add_argument("--json", action="store_true", help="print the tree as one JSON line")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    import json

    from genforge.safety.lineage import lineage, render

    tree = lineage(args.model_dir)
    print(json.dumps(tree, default=str) if args.json else render(tree))
    return 0
