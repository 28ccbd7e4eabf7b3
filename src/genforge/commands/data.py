"""`genforge data`: build a cleaned, deduplicated train/val dataset dir from text sources."""

from __future__ import annotations

import argparse
from typing import Any

from genforge.commands import emit

# Flags that map one-to-one onto DataConfig fields; argparse defaults stay None so the
# dataclass remains the single place the defaults live.
_FIELD_FLAGS = (
    ("jsonl_field", str, "JSON field / Parquet column holding the text"),
    ("val_fraction", float, "share of documents for the val split"),
    ("seed", int, "seed of the split and of the MinHash permutations"),
    ("min_chars", int, "drop documents shorter than this many characters"),
    ("max_chars", int, "drop documents longer than this many characters"),
    ("max_nonprintable_ratio", float, "drop documents with a larger share of control chars"),
    ("max_dup_line_fraction", float, "drop documents with a larger share of repeated lines"),
    ("near_dup_threshold", float, "Jaccard similarity at which a document is a near duplicate"),
    ("num_perm", int, "MinHash permutations"),
    ("shingle_size", int, "words (or characters) per shingle"),
)


def register(sub: argparse._SubParsersAction) -> None:
    from genforge.data.pipeline import DataConfig

    d = DataConfig()
    p = sub.add_parser(
        "data",
        help="build a dataset dir (clean, filter, dedup, split) from text sources",
        description="Read text from --source (default: 'stdlib', the .py files of this "
        "Python's standard library; or a file, a directory read recursively, a glob, a "
        ".jsonl file with one JSON object per line, or a .parquet file), normalize it, drop "
        "documents that fail the quality filters, remove exact and near duplicates (MinHash "
        "+ LSH), and write the dataset dir --out: train.jsonl, val.jsonl, card.json and "
        "card.md. The split is decided per document from a hash of its source id, so adding "
        "files never reshuffles the others. If --out already holds a dataset built from the "
        "same inputs and settings, nothing is rebuilt (use --force).",
    )
    p.add_argument(
        "--source",
        action="append",
        dest="sources",
        metavar="SRC",
        help="corpus to read; repeat for several (default: stdlib)",
    )
    p.add_argument("--out", required=True, help="dataset dir to write")
    for name, typ, text in _FIELD_FLAGS:
        flag = "--" + name.replace("_", "-")
        p.add_argument(flag, type=typ, dest=name, default=None, help=f"{text} ({getattr(d, name)})")
    p.add_argument(
        "--shingle",
        choices=["word", "char"],
        default=None,
        help=f"shingle unit for near-duplicate detection ({d.shingle})",
    )
    p.add_argument("--nfc", action="store_true", help="apply Unicode NFC (off: it can alter code)")
    p.add_argument("--no-exact-dedup", action="store_true", help="keep exact duplicates")
    p.add_argument("--no-near-dedup", action="store_true", help="keep near duplicates")
    p.add_argument("--force", action="store_true", help="rebuild even if --out is up to date")
    p.add_argument("--no-progress", action="store_true", help="hide the progress bar")
    p.add_argument("--json", action="store_true", help="print one JSON line")
    p.set_defaults(func=run)


def _overrides(args: argparse.Namespace) -> dict[str, Any]:
    values: dict[str, Any] = {"out": args.out}
    if args.sources:
        values["sources"] = list(args.sources)
    for name, _, _ in _FIELD_FLAGS:
        if getattr(args, name) is not None:
            values[name] = getattr(args, name)
    if args.shingle is not None:
        values["shingle"] = args.shingle
    if args.nfc:
        values["nfc"] = True
    if args.no_exact_dedup:
        values["exact_dedup"] = False
    if args.no_near_dedup:
        values["near_dedup"] = False
    return values


def summarize(card: dict[str, Any]) -> dict[str, Any]:
    """The figures ``genforge data`` prints, taken from a dataset card."""
    result: dict[str, Any] = {
        "out": card["out"],
        "documents_in": card["documents_read"],
        "documents_out": card["documents_kept"],
    }
    for stage, entry in card["dropped"].items():
        result[f"dropped_{stage}"] = entry["count"]
    for split, s in card["splits"].items():
        result[f"{split}_docs"] = s["documents"]
        result[f"{split}_bytes"] = s["bytes"]
    result["binary_files_skipped"] = card["inputs"]["binary_skipped"]
    result["fingerprint"] = card["fingerprint"]
    result["cached"] = card.get("cached", False)
    result["elapsed_s"] = card["created"]["elapsed_s"]
    return result


def run(args: argparse.Namespace) -> int:
    from genforge.config import resolve_config
    from genforge.data.pipeline import DataConfig, build_dataset

    cfg = resolve_config(DataConfig, overrides=_overrides(args))
    card = build_dataset(cfg, force=args.force, progress=not args.no_progress)
    emit(summarize(card), args.json)
    return 0
