"""`genforge data`: build a cleaned, deduplicated train/val dataset dir from text sources."""

from __future__ import annotations

import argparse
from typing import Any

from genforge.commands import emit
from genforge.commands.settings import add_config_flags, config_from

FLAGS: dict[str, str | tuple[str, ...]] = {
    "sources": ("--data", "--source", "corpus to read; repeat for several (default: stdlib)"),
    "out": "dataset dir to write",
    "jsonl_field": "JSON field / Parquet column holding the text",
    "val_fraction": "share of documents for the val split",
    "seed": "seed of the split and of the MinHash permutations",
    "min_chars": "drop documents shorter than this many characters",
    "max_chars": "drop documents longer than this many characters",
    "max_nonprintable_ratio": "drop documents with a larger share of control chars",
    "max_dup_line_fraction": "drop documents with a larger share of repeated lines",
    "near_dup_threshold": "Jaccard similarity at which a document is a near duplicate",
    "num_perm": "MinHash permutations",
    "shingle": "shingle unit for near-duplicate detection",
    "shingle_size": "words (or characters) per shingle",
    "nfc": "apply Unicode NFC (off: it can alter code)",
    "exact_dedup": "drop exact duplicates (on)",
    "near_dedup": "drop near duplicates (on)",
    "pii": "PII and secrets: off, report (counts in the card), redact (typed placeholders), drop",
}


def register(sub: argparse._SubParsersAction) -> None:
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
    add_config_flags(p, "genforge.data.pipeline:DataConfig", FLAGS)
    p.add_argument("--force", action="store_true", help="rebuild even if --out is up to date")
    p.add_argument("--no-progress", action="store_true", help="hide the progress bar")
    p.add_argument("--json", action="store_true", help="print one JSON line")
    p.set_defaults(func=run)


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
    from genforge.data.pipeline import build_dataset

    cfg = config_from(args)
    card = build_dataset(cfg, force=args.force, progress=not args.no_progress)
    emit(summarize(card), args.json)
    return 0
