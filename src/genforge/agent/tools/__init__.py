"""Built-in tools an agent (or the MCP server) can call: see :mod:`.base` for the contract."""

from genforge.agent.tools.base import Tool, ToolResult, run_tool
from genforge.agent.tools.registry import BUILTIN_NAMES, builtin_tools

__all__ = ["BUILTIN_NAMES", "Tool", "ToolResult", "builtin_tools", "run_tool"]
