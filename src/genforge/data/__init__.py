"""Data pipeline: read sources, clean, filter, deduplicate, and write a train/val dataset dir.

The public entry points are re-exported here; ``genforge.data.shards`` (token shards) is a
separate module and is not imported by this package on purpose, so reading text never pulls
in the tokenizer.
"""

from genforge.data.clean import QualityThresholds, normalize_text
from genforge.data.dedup import ExactDedup, MinHasher, NearDupIndex, find_near_duplicates
from genforge.data.pipeline import (
    DataConfig,
    build_dataset,
    dataset_fingerprint,
    is_dataset_dir,
    load_card,
    read_texts,
)
from genforge.data.sources import Document, iter_documents, resolve_sources

__all__ = [
    "DataConfig",
    "Document",
    "ExactDedup",
    "MinHasher",
    "NearDupIndex",
    "QualityThresholds",
    "build_dataset",
    "dataset_fingerprint",
    "find_near_duplicates",
    "is_dataset_dir",
    "iter_documents",
    "load_card",
    "normalize_text",
    "read_texts",
    "resolve_sources",
]
