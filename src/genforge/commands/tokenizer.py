"""`genforge tokenizer train|encode|decode|shards|info`: the tokenizer stage of the pipeline."""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

from genforge.commands import emit
from genforge.commands.settings import defer
from genforge.errors import GenforgeError


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "tokenizer",
        help="train a byte-level BPE tokenizer; encode, decode, write token shards",
        description="Tokenizer stage: train a byte-level BPE tokenizer (GPT-4 style split, "
        "256-byte alphabet, 9 special tokens with ids 0-8), inspect it, and tokenize a "
        "dataset into binary token shards for pretraining.",
    )
    sub = p.add_subparsers(dest="tokenizer_command", metavar="ACTION")

    t = _action(
        sub,
        "train",
        _train,
        tokenizer=False,
        help="train a tokenizer on a dataset dir or raw text files",
        description="Reads --data: a dataset dir (train.jsonl/val.jsonl from `genforge "
        "data`; trains on train, measures on val) or raw text as `genforge pretrain --data` "
        "takes it (files, folders, globs, .jsonl/.parquet, 'stdlib'; binary files skipped; "
        "every 20th piece of about 1 MB is held out for measuring). Writes tokenizer.json, "
        "tokenizer_config.json and special_tokens_map.json into --out (loadable by "
        "transformers.AutoTokenizer); `genforge pretrain --tokenizer OUT` then uses it as is. "
        "Reports vocab size, training seconds and bytes per token on held-out text.",
    )
    t.add_argument("--data", required=True, help="dataset dir, or text files/folder/glob/stdlib")
    defer(t, lambda: _add_vocab_flag(t))
    t.add_argument(
        "--min-frequency", type=int, default=2, help="min pair count to merge (default 2)"
    )
    t.add_argument("--out", required=True, help="output directory")
    t.add_argument("--overwrite", action="store_true", help="replace a tokenizer in --out")

    e = _action(
        sub,
        "encode",
        _encode,
        help="print the token ids of a text",
        description="Reads the tokenizer in --tokenizer (dir or tokenizer.json) and prints "
        "the ids of --text or of the contents of --file, comma-separated (or JSON with "
        "--json). Special-token strings are plain text unless --special is given.",
    )
    src = e.add_mutually_exclusive_group(required=True)
    src.add_argument("--text", help="text to encode")
    src.add_argument("--file", help="UTF-8 file to encode")
    e.add_argument("--add-bos", action="store_true", help="prepend <|bos|>")
    e.add_argument(
        "--special", action="store_true", help="turn special-token strings into special ids"
    )

    d = _action(
        sub,
        "decode",
        _decode,
        help="print the text of token ids",
        description="Reads the tokenizer in --tokenizer and prints the text of --ids.",
    )
    d.add_argument("--ids", required=True, help="ids, comma- or space-separated (or JSON list)")
    d.add_argument("--skip-special", action="store_true", help="drop special tokens")

    s = _action(
        sub,
        "shards",
        _shards,
        help="tokenize a dataset split into binary token shards",
        description="Reads --data (a dataset dir, or raw text files split as in `train`) "
        "and writes --out/index.json, shard_NNNNN.bin (uint16/uint32 token ids, each "
        "document led by <|bos|>) and doc_starts.bin (an older shard dir there is replaced "
        "only with --overwrite). "
        "Defaults: --split train, --shard-tokens 16777216.",
    )
    s.add_argument("--data", required=True, help="dataset dir, or text files/folder/glob/stdlib")
    s.add_argument("--split", default="train", choices=["train", "val"], help="default train")
    s.add_argument("--out", required=True, help="output shard directory")
    s.add_argument("--overwrite", action="store_true", help="replace token shards in --out")
    s.add_argument("--shard-tokens", type=int, default=2**24, help="tokens per shard file")
    s.add_argument("--no-bos", action="store_true", help="do not lead documents with <|bos|>")

    _action(
        sub,
        "info",
        _info,
        help="show a tokenizer's size, hash and special tokens",
        description="Reads --tokenizer and prints its vocab size, sha256 and special ids.",
    )

    p.set_defaults(func=lambda args: _usage(p))


def _add_vocab_flag(t: argparse.ArgumentParser) -> None:
    from genforge.tokenizer import DEFAULT_VOCAB_SIZE

    t.add_argument(
        "--vocab-size",
        type=int,
        default=DEFAULT_VOCAB_SIZE,
        help=f"ids in total (default {DEFAULT_VOCAB_SIZE}, the same as `genforge pretrain`)",
    )


def _action(
    sub: argparse._SubParsersAction,
    name: str,
    func: Callable[[argparse.Namespace], int],
    *,
    help: str,
    description: str,
    tokenizer: bool = True,
) -> argparse.ArgumentParser:
    """An action's parser with the flags the actions share: --tokenizer (unless the action
    makes one) and --json."""
    parser = sub.add_parser(name, help=help, description=description)
    if tokenizer:
        parser.add_argument("--tokenizer", required=True, help="tokenizer dir or tokenizer.json")
    parser.add_argument("--json", action="store_true", help="print one JSON line")
    parser.set_defaults(func=func)
    return parser


def _usage(parser: argparse.ArgumentParser) -> int:
    parser.print_help()
    return 2


# --------------------------------------------------------------------------- actions
def _check_tokenizer_out(out: Path, overwrite: bool) -> None:
    """Refuse, before training, an ``out`` that holds anything: another tokenizer only
    goes with --overwrite, other files never (a tokenizer is three files in a folder)."""
    if out.exists() and not out.is_dir():
        raise GenforgeError(f"--out {out} exists and is not a directory; choose another --out")
    if not out.is_dir() or not any(out.iterdir()):
        return
    if not (out / "tokenizer.json").is_file():
        raise GenforgeError(
            f"--out {out} holds other files (no tokenizer.json); choose an empty or new --out"
        )
    if not overwrite:
        raise GenforgeError(
            f"--out {out} already holds a tokenizer; pass --overwrite to replace it, "
            "or choose a new --out"
        )


def _train(args: argparse.Namespace) -> int:
    from genforge.data.pipeline import corpus_split
    from genforge.tokenizer import bytes_per_token, train_tokenizer

    _check_tokenizer_out(Path(args.out), args.overwrite)
    texts, kind = corpus_split(args.data, "train")
    start = time.perf_counter()
    tok = train_tokenizer(
        texts,
        args.vocab_size,
        min_frequency=args.min_frequency,
        show_progress=sys.stderr.isatty(),
    )
    seconds = time.perf_counter() - start
    path = tok.save(args.out)
    val, _ = corpus_split(args.data, "val")
    val_texts = list(val)
    measured_on = "val" if val_texts else "train"
    if not val_texts:  # one short file: nothing held out, so report on what it trained on
        val_texts = list(corpus_split(args.data, "train")[0])
    result = {
        "tokenizer": str(path),
        "input": kind,
        "vocab_size": tok.vocab_size,
        "requested_vocab_size": args.vocab_size,
        "train_seconds": round(seconds, 3),
        "bytes_per_token": bytes_per_token(tok, val_texts),
        "measured_on": measured_on,
        "sha256": tok.sha256,
    }
    emit(result, args.json)
    return 0


def _encode(args: argparse.Namespace) -> int:
    from genforge.tokenizer import Tokenizer

    tok = Tokenizer.load(args.tokenizer)
    if args.file is not None:
        f = Path(args.file)
        if not f.is_file():
            raise GenforgeError(f"--file {f} does not exist")
        text = f.read_text(encoding="utf-8")
    else:
        text = args.text
    if args.special:
        ids = tok.encode_with_special(text)
        if args.add_bos:
            ids = [tok.bos_id, *ids]
    else:
        ids = tok.encode(text, add_bos=args.add_bos)
    if args.json:
        emit({"ids": ids, "num_tokens": len(ids), "num_bytes": len(text.encode())}, True)
    else:
        print(",".join(map(str, ids)))
    return 0


def _parse_ids(raw: str) -> list[int]:
    raw = raw.strip()
    try:
        if raw.startswith("["):
            values = json.loads(raw)
        else:
            values = [v for v in raw.replace(",", " ").split() if v]
        return [int(v) for v in values]
    except (ValueError, TypeError, json.JSONDecodeError):
        raise GenforgeError(f"--ids must be integers like 1,2,3; got {raw[:60]!r}") from None


def _decode(args: argparse.Namespace) -> int:
    from genforge.tokenizer import Tokenizer

    tok = Tokenizer.load(args.tokenizer)
    text = tok.decode(_parse_ids(args.ids), skip_special=args.skip_special)
    if args.json:
        emit({"text": text}, True)
    else:
        sys.stdout.write(text + "\n")
    return 0


def _shards(args: argparse.Namespace) -> int:
    from genforge.data.pipeline import corpus_split
    from genforge.data.shards import write_shards
    from genforge.tokenizer import Tokenizer

    tok = Tokenizer.load(args.tokenizer)
    texts, kind = corpus_split(args.data, args.split)
    start = time.perf_counter()
    index = write_shards(
        tok,
        texts,
        args.out,
        shard_tokens=args.shard_tokens,
        add_bos=not args.no_bos,
        show_progress=sys.stderr.isatty(),
        overwrite=args.overwrite,
    )
    seconds = time.perf_counter() - start
    bos_tokens = index["num_docs"] if index["add_bos"] else 0
    result = {
        "out": str(args.out),
        "input": kind,
        "split": args.split,
        "num_docs": index["num_docs"],
        "num_tokens": index["num_tokens"],
        "num_bytes": index["num_bytes"],
        "num_shards": len(index["shards"]),
        "dtype": index["dtype"],
        "bytes_per_token": index["num_bytes"] / max(index["num_tokens"] - bos_tokens, 1),
        "seconds": round(seconds, 3),
        "mb_per_second": index["num_bytes"] / 1e6 / max(seconds, 1e-9),
    }
    emit(result, args.json)
    return 0


def _info(args: argparse.Namespace) -> int:
    from genforge.tokenizer import SPECIAL_TOKENS, Tokenizer

    tok = Tokenizer.load(args.tokenizer)
    result = {
        "vocab_size": tok.vocab_size,
        "sha256": tok.sha256,
        "special_tokens": {t: tok.token_to_id(t) for t in SPECIAL_TOKENS},
    }
    emit(result, args.json)
    return 0
