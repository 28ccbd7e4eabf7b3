"""The package's layers, checked: a module imports only its own package and lower layers.

docs/architecture.md draws the same order. Every ``genforge`` import counts, also those inside
functions (a local import hides an edge from a reader, not from this test), so a new cycle or
a sideways import between siblings fails here rather than in review.
"""

from __future__ import annotations

import ast
from pathlib import Path

import genforge

SRC = Path(genforge.__file__).parent

# Lower number = lower layer. Packages of one rank are siblings: they may not import each
# other (what two siblings share moves down a layer).
ORDER: list[tuple[str, ...]] = [
    ("__init__", "errors"),
    ("io", "config", "inputs", "scratch", "spotlight"),
    ("nn", "tokenizer"),
    ("models", "data"),
    ("modeldir",),
    ("train",),
    ("infer",),
    ("eval", "compress"),
    ("tune", "vision"),
    ("rag", "agent", "safety"),
    ("serve", "ops"),
    ("demo",),
    ("commands",),
    ("cli",),
]
LAYERS = {name: rank for rank, names in enumerate(ORDER) for name in names}


def top_level(module: str) -> str:
    """``genforge.infer.engine`` -> ``infer``; ``genforge`` -> ``__init__``."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


def imported_modules(path: Path) -> set[str]:
    out: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            if node.module.split(".")[0] == "genforge":
                if node.module == "genforge":  # `from genforge import x`: x is the module
                    out.update(f"genforge.{a.name}" for a in node.names)
                else:
                    out.add(node.module)
        elif isinstance(node, ast.Import):
            out.update(a.name for a in node.names if a.name.split(".")[0] == "genforge")
    return out


def test_every_package_has_a_layer():
    found = {p.stem if p.is_file() else p.name for p in SRC.iterdir()}
    found = {n for n in found if not n.startswith((".", "_")) or n == "__init__"}
    found -= {"py", "static"}
    unknown = sorted(n for n in found if n not in LAYERS and (SRC / n).suffix != ".typed")
    assert not unknown, f"add these to LAYERS (and docs/architecture.md): {unknown}"


def test_imports_go_down_the_layers_only():
    wrong = []
    for path in sorted(SRC.rglob("*.py")):
        if "grpc_gen" in path.parts:  # protoc's output, package-relative imports only
            continue
        rel = path.relative_to(SRC)
        here = rel.parts[0].removesuffix(".py")
        for module in imported_modules(path):
            there = top_level(module)
            if there == here or (there == "__init__" and module != "genforge"):
                continue
            if there not in LAYERS:
                continue  # a name imported from the package root, not a module
            if LAYERS[there] >= LAYERS[here]:
                wrong.append(f"{rel}: imports {module} ({here} -> {there})")
    assert not wrong, "imports that go up or sideways:\n" + "\n".join(wrong)
