"""`genforge pii`: find, redact and measure PII and secrets (e-mails, phones, cards, keys...)."""

from __future__ import annotations

import argparse
from collections import Counter

from genforge.commands import emit


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "pii",
        help="find or redact PII and secrets; measure the detector",
        description="PII and secrets: e-mail addresses, phone numbers, payment cards (Luhn), "
        "IBANs (mod 97), IPv4/IPv6 addresses, national IDs (US SSN, UK NINO, Spanish DNI, "
        "Aadhaar, Chinese resident ID, French NIR, Canadian SIN), API keys and tokens, "
        "private key blocks. `genforge data --pii report|redact|drop` runs the same scrubber "
        "inside the data pipeline.",
    )
    verbs = p.add_subparsers(dest="verb", metavar="VERB", required=True)

    scan = verbs.add_parser(
        "scan",
        help="count findings per kind in files, folders, .jsonl/.parquet or 'stdlib'",
        description="Read SOURCE as `genforge data` does and print how many findings of each "
        "kind it holds, with a few masked examples (first and last two characters shown).",
    )
    scan.add_argument("sources", nargs="+", metavar="SOURCE")
    scan.add_argument("--jsonl-field", default="text", help="JSON field holding the text")
    scan.add_argument("--examples", type=int, default=3, help="masked examples per kind (3)")
    scan.add_argument("--json", action="store_true", help="print one JSON line")
    scan.set_defaults(func=run_scan)

    red = verbs.add_parser(
        "redact",
        help="print TEXT|FILE|- with each finding replaced by <KIND>",
        description="Replace each finding with its typed placeholder (<EMAIL>, <PHONE>, "
        "<CREDIT_CARD>, <IBAN>, <IP_ADDRESS>, <NATIONAL_ID>, <API_KEY>, <PRIVATE_KEY>) and "
        "print the result (or write it to --out); counts go to stderr.",
    )
    red.add_argument("input", metavar="TEXT|FILE|-")
    red.add_argument("--out", help="write the redacted text here (atomically)")
    red.set_defaults(func=run_redact)

    ev = verbs.add_parser(
        "eval",
        help="precision and recall per kind on the generated labelled set",
        description="Build the labelled set (safety/pii_eval.py: generated values in "
        "realistic contexts plus hard negatives) and print precision/recall per kind.",
    )
    ev.add_argument("--n", type=int, default=3000, help="documents (3000)")
    ev.add_argument("--seed", type=int, default=0, help="seed of the set (0)")
    ev.add_argument("--json", action="store_true", help="print one JSON line")
    ev.set_defaults(func=run_eval)


def run_scan(args: argparse.Namespace) -> int:
    from genforge.data.pii import KINDS, find_pii, mask
    from genforge.data.sources import SourceStats, iter_documents

    counts: Counter = Counter()
    examples: dict[str, list[str]] = {k: [] for k in KINDS}
    docs = with_pii = 0
    stats = SourceStats()
    for doc in iter_documents(args.sources, jsonl_field=args.jsonl_field, stats=stats):
        docs += 1
        found = find_pii(doc.text)
        with_pii += bool(found)
        for f in found:
            counts[f.kind] += 1
            if len(examples[f.kind]) < args.examples:
                examples[f.kind].append(f"{doc.source_id}: {mask(f.text)}")
    result: dict = {"documents": docs, "documents_with_pii": with_pii}
    result.update({k: counts[k] for k in KINDS})
    if args.json:
        result["examples"] = {k: v for k, v in examples.items() if v}
    emit(result, args.json)
    if not args.json:
        for kind, ex in examples.items():
            for e in ex:
                print(f"  {kind}: {e}")
    return 0


def run_redact(args: argparse.Namespace) -> int:
    import sys

    from genforge.data.pii import redact
    from genforge.io import atomic_write_text
    from genforge.safety.textarg import read_text_arg

    text, _ = read_text_arg(args.input)
    out, counts = redact(text)
    if args.out:
        atomic_write_text(args.out, out)
    else:
        sys.stdout.write(out if out.endswith("\n") else out + "\n")
    summary = ", ".join(f"{k} {n}" for k, n in sorted(counts.items())) or "nothing found"
    print(f"redacted: {summary}", file=sys.stderr)
    return 0


def run_eval(args: argparse.Namespace) -> int:
    from genforge.data.pii import KINDS
    from genforge.errors import GenforgeError
    from genforge.safety.pii_eval import evaluate, labelled_set

    if not 1 <= args.n <= 1_000_000:
        raise GenforgeError(f"--n must be between 1 and 1000000, got {args.n}")
    report = evaluate(labelled_set(args.n, args.seed))
    result: dict = {"documents": args.n, "seed": args.seed}
    for kind in KINDS:
        r = report[kind]
        result[f"{kind}_precision"] = round(r["precision"], 4)
        result[f"{kind}_recall"] = round(r["recall"], 4)
        result[f"{kind}_gold"] = r["gold"]
    emit(result, args.json)
    return 0
