"""`genforge registry`: versioned model dirs with aliases, lineage and promotion gates."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from genforge.errors import GenforgeError

REF_HELP = "NAME (latest), NAME@VERSION or NAME@ALIAS"


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "registry",
        help="model registry: versions, aliases (staging, production), lineage, gates",
        description="A registry of model dirs: each `add` stores a new version of NAME "
        "(files by sha256, shared between versions, re-hashed on every read) with its card and "
        "lineage (parent model, data fingerprint, run config). Aliases such as staging and "
        "production point at versions; `genforge serve --model registry:NAME@production` "
        "serves one and follows the alias. The registry is --registry, else "
        "$GENFORGE_REGISTRY, else ~/.genforge/registry. See docs/mlops.md.",
    )
    rsub = p.add_subparsers(dest="registry_command", metavar="ACTION", required=True)

    def action(name: str, help: str, func: Any) -> argparse.ArgumentParser:
        a = rsub.add_parser(name, help=help, description=help)
        a.add_argument("--registry", default=None, help="registry folder (see above)")
        a.add_argument("--json", action="store_true", help="print JSON")
        a.set_defaults(func=func)
        return a

    a = action("add", "store a model dir as the next version of NAME", run_add)
    a.add_argument("model", help="model dir written by a training stage")
    a.add_argument("--name", required=True, help="registered model name")
    a.add_argument("--tag", action="append", default=[], metavar="KEY=VALUE", help="tag (repeat)")
    a.add_argument("--description", default="", help="one line about this version")
    a.add_argument("--alias", default=None, help="point this alias at the new version")
    a.add_argument(
        "--eval",
        default=None,
        metavar="REPORT",
        help="evaluation report to record (`genforge eval suite --json` output); gates "
        "compare these figures",
    )

    a = action("list", "list versions (of NAME, or of every model)", run_list)
    a.add_argument("name", nargs="?", default=None, help="only this model")

    a = action("show", "a version's aliases, tags, lineage, figures and card", run_show)
    a.add_argument("ref", help=REF_HELP)
    a.add_argument("--card", action="store_true", help="also print card.md")

    a = action("path", "print a verified folder holding the version's files", run_path)
    a.add_argument("ref", help=REF_HELP)

    a = action("alias", "point an alias (your own name) at a version", run_alias)
    a.add_argument("ref", help=REF_HELP)
    a.add_argument("alias", help="alias name, e.g. staging, canary")

    a = action("promote", "point production (or --to) at a version, through a gate", run_promote)
    a.add_argument("ref", help=REF_HELP)
    a.add_argument("--to", default="production", help="alias to move (production)")
    a.add_argument(
        "--gate",
        default=None,
        metavar="GATES_YAML",
        help="refuse (exit 1, naming the metric) when a figure is worse than the current "
        "version's beyond its tolerance; see docs/mlops.md for the file",
    )
    a.add_argument("--note", default="", help="why (kept in the alias history)")

    a = action("rollback", "move an alias back to the version it pointed at before", run_rollback)
    a.add_argument("name", help="model name")
    a.add_argument("--alias", default="production", help="alias to move back (production)")

    a = action("rm", "remove a version (its files go at the next gc)", run_rm)
    a.add_argument("ref", help=REF_HELP)
    a.add_argument("--force", action="store_true", help="also when an alias points at it")

    action("gc", "delete stored files no version uses", run_gc)


def _registry(args: argparse.Namespace):
    from genforge.ops.registry import Registry

    return Registry(args.registry)


def _print(obj: Any, as_json: bool) -> None:
    if as_json:
        print(json.dumps(obj, sort_keys=True, default=str))
    elif isinstance(obj, dict):
        for k, v in obj.items():
            print(f"{k}: {json.dumps(v, default=str) if isinstance(v, dict | list) else v}")
    sys.stdout.flush()


def parse_tags(items: list[str]) -> dict[str, str]:
    out = {}
    for item in items:
        key, sep, value = item.partition("=")
        if not sep or not key:
            raise GenforgeError(f"--tag {item!r} must look like KEY=VALUE")
        out[key] = value
    return out


def run_add(args: argparse.Namespace) -> int:
    metrics = None
    if args.eval:
        from genforge.ops.evalsuite import read_report

        metrics = read_report(args.eval)
    v = _registry(args).add(
        args.model,
        args.name,
        tags=parse_tags(args.tag),
        description=args.description,
        metrics=metrics,
        alias=args.alias,
    )
    out = v.summary() | {"bytes_written": v.lineage.get("bytes_written")}
    if not args.json:
        print(f"registered {v.ref}", file=sys.stderr)
    _print(out, args.json)
    return 0


def run_list(args: argparse.Namespace) -> int:
    rows = [v.summary() for v in _registry(args).list(args.name)]
    if args.json:
        _print(rows, True)
        return 0
    print(f"{'model':<24} {'ver':>4}  {'aliases':<22} {'MB':>8}  created")
    for r in rows:
        print(
            f"{r['name']:<24} {r['version']:>4}  {','.join(r['aliases']) or '-':<22} "
            f"{r['bytes'] / 1e6:>8.2f}  {r['created']}"
        )
    return 0


def run_show(args: argparse.Namespace) -> int:
    reg = _registry(args)
    v = reg.get(args.ref)
    out = v.to_dict()
    out.pop("manifest")
    card = out.pop("card")
    out["history"] = reg.history(v.name)[-10:]
    _print(out, args.json)
    if args.card and not args.json:
        print("\n" + card)
    return 0


def run_path(args: argparse.Namespace) -> int:
    _, path = _registry(args).path(args.ref)
    print(path)
    return 0


def run_alias(args: argparse.Namespace) -> int:
    v = _registry(args).set_alias(args.ref, args.alias)
    _print({"alias": f"{v.name}@{args.alias}", "version": v.version}, args.json)
    return 0


def run_promote(args: argparse.Namespace) -> int:
    from genforge.ops.gates import GateFailed, load_gates

    check = load_gates(args.gate).check if args.gate else None
    try:
        new, old = _registry(args).promote(args.ref, to=args.to, check=check, note=args.note)
    except GateFailed as e:
        print(f"refused: {e}", file=sys.stderr)
        _print({"promoted": False, "failures": e.failures}, args.json)
        return 1
    _print(
        {
            "promoted": True,
            "alias": f"{new.name}@{args.to}",
            "version": new.version,
            "previous": old.version if old else None,
        },
        args.json,
    )
    return 0


def run_rollback(args: argparse.Namespace) -> int:
    v = _registry(args).rollback(args.name, args.alias)
    _print({"alias": f"{v.name}@{args.alias}", "version": v.version}, args.json)
    return 0


def run_rm(args: argparse.Namespace) -> int:
    v = _registry(args).remove(args.ref, force=args.force)
    _print({"removed": v.ref}, args.json)
    return 0


def run_gc(args: argparse.Namespace) -> int:
    _print(_registry(args).gc(), args.json)
    return 0
