"""`genforge watermark detect`: test a text for the green-list watermark (z-score, p-value)."""

from __future__ import annotations

import argparse

from genforge.commands import emit


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "watermark",
        help="detect the generation watermark in a text",
        description="The green-list watermark (docs/safety.md): `genforge serve "
        "--watermark-key K [--watermark]` adds it to generations; `detect` tokenizes a text "
        "with the model's tokenizer, counts green tokens under the key and prints the "
        "z-score and one-sided p-value. The key comes from --key or GENFORGE_WATERMARK_KEY; "
        "gamma and context width must match the generating server's.",
    )
    verbs = p.add_subparsers(dest="verb", metavar="VERB", required=True)
    d = verbs.add_parser("detect", help="z-score and p-value of TEXT|FILE|-")
    d.add_argument("input", metavar="TEXT|FILE|-")
    d.add_argument("--model", required=True, help="model dir (or tokenizer dir) of the generator")
    d.add_argument("--key", help="the secret key (default: $GENFORGE_WATERMARK_KEY)")
    d.add_argument("--gamma", type=float, default=0.25, help="green share (0.25)")
    d.add_argument("--context-width", type=int, default=1, help="tokens hashed (1)")
    d.add_argument("--z-threshold", type=float, default=4.0, help="flag at z >= this (4.0)")
    d.add_argument("--json", action="store_true", help="print one JSON line")
    d.set_defaults(func=run_detect)


def run_detect(args: argparse.Namespace) -> int:
    from genforge.errors import GenforgeError
    from genforge.safety.textarg import read_text_arg
    from genforge.safety.watermark import KEY_ENV, WatermarkConfig, detect, key_from
    from genforge.tokenizer import Tokenizer

    key = key_from(args.key)
    if key is None:
        raise GenforgeError(f"no watermark key: pass --key or set {KEY_ENV}")
    cfg = WatermarkConfig(key=key, gamma=args.gamma, context_width=args.context_width)
    text, _ = read_text_arg(args.input)
    ids = Tokenizer.load(args.model).encode(text)
    emit(detect(ids, cfg, z_threshold=args.z_threshold).as_dict(), args.json)
    return 0
