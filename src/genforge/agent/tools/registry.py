"""The built-in tools by name, with the side-effect allow-list."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from genforge.agent.tools.base import Tool
from genforge.agent.tools.calculator import calculator_tool
from genforge.agent.tools.files import files_tool
from genforge.agent.tools.python import python_tool
from genforge.errors import GenforgeError

BUILTIN_NAMES = ("calculator", "python", "files")


def builtin_tools(
    names: Sequence[str],
    *,
    allow_side_effects: Sequence[str] = (),
    files_root: str | Path | None = None,
) -> list[Tool]:
    """The built-in tools ``names`` (calculator, python, files); a tool with side effects
    must also be in ``allow_side_effects``. ``files`` needs ``files_root``."""
    out = []
    for name in names:
        if name == "calculator":
            tool = calculator_tool()
        elif name == "python":
            tool = python_tool()
        elif name == "files":
            if files_root is None:
                raise GenforgeError("the files tool needs an allowed folder (--files-root DIR)")
            tool = files_tool(files_root)
        else:
            raise GenforgeError(f"unknown tool {name!r}; built-in tools are {list(BUILTIN_NAMES)}")
        if tool.side_effects and name not in allow_side_effects:
            raise GenforgeError(
                f"the {name} tool has side effects; allow it explicitly "
                f"(allow_side_effects=[{name!r}], --allow {name})"
            )
        out.append(tool)
    return out
