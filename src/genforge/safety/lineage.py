"""Lineage of a model dir: which stages made it, from which models and data, under which
licences, with the hashes that pin each piece.

Every stage that writes a model dir records itself in ``config.json`` (``genforge_pretrain``,
``genforge_sft``, ``genforge_dpo``, ``genforge_rl``, ``genforge_distill``, ``quantization``,
``pruning``, ``imported_from``). A record that names the model it started from
(``base_model``; ``teacher``/``student`` for distill; ``source_model`` for quantize and
prune) is followed to that dir, recursively, so the chain runs back to the pretraining
data: its fingerprint, its sources and their SPDX licences. Where the record also holds
the parent's SHA-256 (``<key>_weights_sha256``), a parent whose weights changed since is
flagged. Derived dirs (quantized, pruned) carry their source's records, shown as
inherited. A parent that is no longer on disk ends the chain with a note rather than an
error. Nothing is loaded but JSON; the hashes are the SHA-256 of the weights and tokenizer
files.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from genforge.data.licenses import licenses_of_data
from genforge.errors import GenforgeError
from genforge.io import sha256_file

STAGES = {
    "genforge_pretrain": "pretrain",
    "genforge_sft": "sft",
    "genforge_dpo": "dpo",
    "genforge_rl": "rl",
    "genforge_distill": "distill",
    "quantization": "quantize",
    "pruning": "prune",
    "imported_from": "import",
}
PARENT_KEYS = ("base_model", "teacher", "student", "source_model")
DERIVED = ("quantization", "pruning")  # stages that copy their source's records
MAX_DEPTH = 16


def _sha256(path: Path) -> str | None:
    return sha256_file(path) if path.is_file() else None


def _copied(config: dict[str, Any]) -> set[str]:
    """Stage keys of ``config`` copied from a dir it was derived from: all but the derived
    record its own stage wrote, which no source dir holds (a quantized pruned dir has both
    records; its pruned source holds the same pruning record, so only quantization is its
    own). An old record without a readable source counts as this dir's own."""
    present = [k for k in DERIVED if k in config]
    sources = []
    for key in present:
        src = config[key].get("source_model") if isinstance(config[key], dict) else None
        try:
            sources.append(json.loads((Path(src) / "config.json").read_text(encoding="utf-8")))
        except (TypeError, OSError, ValueError):
            pass
    own = {k for k in present if not any(s.get(k) == config[k] for s in sources)}
    return {k for k in STAGES if k in config and k not in own} if present else set()


def _stage(key: str, record: Any, copied: set[str]) -> dict[str, Any]:
    out = {"stage": STAGES[key], "record": record}
    if key == "genforge_pretrain" and isinstance(record, dict):
        lic = record.get("licenses")
        if lic is None and record.get("data"):
            lic = licenses_of_data(str(record["data"]))
        out["licenses"] = lic if lic is not None else "not recorded (made before licences were)"
    if key in copied:
        out["inherited"] = True
    return out


def lineage(model_dir: str | Path, _depth: int = 0, _seen: frozenset = frozenset()) -> dict:
    """The lineage tree of ``model_dir`` (see the module doc); GenforgeError if it is not a
    model dir."""
    path = Path(model_dir).expanduser()
    cfg_file = path / "config.json"
    try:
        config = json.loads(cfg_file.read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        raise GenforgeError(
            f"{path} is not a model dir ({cfg_file.name}: {e}); give a dir written by a "
            "genforge stage (pretrain, sft, dpo, rl, distill, quantize, prune, import)"
        ) from None
    copied = _copied(config)
    stages = [_stage(k, config[k], copied) for k in STAGES if k in config]
    node: dict[str, Any] = {
        "model_dir": str(path),
        "weights_sha256": _sha256(path / "model.safetensors"),
        "tokenizer_sha256": _sha256(path / "tokenizer.json"),
        "genforge_version": config.get("genforge_version"),
        "stages": stages,
        "parents": [],
    }
    for st in stages:
        rec = st["record"] if isinstance(st["record"], dict) else {}
        for key in PARENT_KEYS:
            parent = rec.get(key)
            if not isinstance(parent, str) or st.get("inherited"):
                continue
            resolved = str(Path(parent).expanduser().resolve())
            if resolved in _seen or _depth >= MAX_DEPTH:
                node["parents"].append({"model_dir": parent, "note": "cycle or too deep"})
            elif not (Path(parent).expanduser() / "config.json").is_file():
                node["parents"].append({"model_dir": parent, "note": "not found on this disk"})
            else:
                up = lineage(parent, _depth + 1, _seen | {str(path.resolve())})
                recorded = rec.get(f"{key}_weights_sha256")
                if recorded and recorded != up["weights_sha256"]:
                    up["changed"] = f"weights differ from those recorded ({recorded[:16]})"
                node["parents"].append(up)
    return node


def render(node: dict, indent: int = 0) -> str:
    """The tree as indented text, newest model first."""
    pad = "  " * indent
    if "note" in node:
        return f"{pad}<- {node['model_dir']}: {node['note']}"
    w, t = node["weights_sha256"], node["tokenizer_sha256"]
    lines = [
        f"{pad}{'<- ' if indent else ''}model {node['model_dir']} "
        f"(weights sha256 {w[:16] if w else 'missing'}, tokenizer {t[:16] if t else 'missing'})"
    ]
    if node.get("changed"):
        lines.append(f"{pad}   CHANGED since the child was made: {node['changed']}")
    if not node["stages"]:
        lines.append(f"{pad}   no stage records (made outside genforge's stages)")
    for st in node["stages"]:
        rec = st["record"]
        shown = (
            rec
            if not isinstance(rec, dict)
            else {
                k: v for k, v in rec.items() if k != "licenses" and not isinstance(v, (dict, list))
            }
        )
        inh = " (inherited)" if st.get("inherited") else ""
        lines.append(f"{pad}   stage {st['stage']}{inh}: {json.dumps(shown, default=str)}")
        lic = st.get("licenses")
        if isinstance(lic, list):
            lines.append(
                f"{pad}   licences: " + ", ".join(f"{x['source']}: {x['license']}" for x in lic)
            )
        elif lic:
            lines.append(f"{pad}   licences: {lic}")
    lines += [render(p, indent + 1) for p in node["parents"]]
    return "\n".join(lines)
