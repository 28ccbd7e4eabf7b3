"""Read-only file access under one allowed folder.

Paths are resolved (symlinks followed) before the check, so ``../`` and links that point
out of the folder are refused; only reading and listing exist, so the tool has no side
effects. Reads are capped at 64 KB per call (``offset`` pages through larger files).
"""

from __future__ import annotations

from pathlib import Path

from genforge.agent.tools.base import Tool
from genforge.errors import GenforgeError

MAX_READ = 64 * 1024
MAX_ENTRIES = 200


def _inside(root: Path, rel: str) -> Path:
    if not isinstance(rel, str):
        raise GenforgeError("path must be a string")
    target = (root / rel).resolve()
    if target != root and root not in target.parents:
        raise GenforgeError(f"{rel!r} is outside the allowed folder")
    return target


def files_tool(root: str | Path) -> Tool:
    base = Path(root).resolve()
    if not base.is_dir():
        raise GenforgeError(f"the files tool's folder {root} is not a directory")

    def run(args: dict) -> str:
        action = args.get("action", "read")
        target = _inside(base, args.get("path", "."))
        if action == "list":
            if not target.is_dir():
                raise GenforgeError(f"{args.get('path')!r} is not a folder")
            names = sorted(p.name + ("/" if p.is_dir() else "") for p in target.iterdir())
            more = len(names) - MAX_ENTRIES
            return "\n".join(names[:MAX_ENTRIES]) + (f"\n... {more} more" if more > 0 else "")
        if not target.is_file():
            raise GenforgeError(f"{args.get('path')!r} is not a file")
        offset = int(args.get("offset", 0))
        with open(target, "rb") as f:
            f.seek(max(offset, 0))
            data = f.read(MAX_READ + 1)
        text = data[:MAX_READ].decode("utf-8", errors="replace")
        return text + (
            f"\n... [more from offset {offset + MAX_READ}]" if len(data) > MAX_READ else ""
        )

    return Tool(
        name="files",
        description=f"Read a text file or list a folder, read-only, under {base.name}/.",
        parameters={
            "type": "object",
            "properties": {
                "action": {"enum": ["read", "list"]},
                "path": {"type": "string"},
                "offset": {"type": "integer"},
            },
            "required": ["path"],
            "additionalProperties": False,
        },
        fn=run,
    )
