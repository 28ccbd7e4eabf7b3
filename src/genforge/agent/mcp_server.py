"""The built-in tools as an MCP server (the ``mcp`` package, an optional extra), so other
agent hosts (Claude Desktop, IDEs, LangChain's MCP adapters) can call them.

Each :class:`~genforge.agent.tools.Tool` is listed with its JSON schema as ``inputSchema``
and a read-only hint from ``side_effects``; a call goes through :func:`run_tool`, so a tool
that fails answers with ``isError`` and the message (what MCP asks for: the model sees it),
and an unknown tool name is a protocol error naming the tools there are.

    genforge agent --mcp --tools calculator,python      # serves MCP over stdio
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from genforge.agent.tools.base import Tool, run_tool
from genforge.errors import GenforgeError


def mcp_server(tools: Sequence[Tool]) -> Any:
    """A low-level ``mcp`` Server listing and calling ``tools``."""
    try:
        import mcp.types as types
        from mcp.server import Server
    except ImportError:
        raise GenforgeError(
            "the MCP server needs the mcp package: pip install 'genforge[agents]'"
        ) from None
    by_name = {t.name: t for t in tools}

    async def list_tools(ctx: Any, params: Any) -> Any:
        return types.ListToolsResult(
            tools=[
                types.Tool(
                    name=t.name,
                    description=t.description,
                    input_schema=t.parameters,
                    annotations=types.ToolAnnotations(read_only_hint=not t.side_effects),
                )
                for t in tools
            ]
        )

    async def call_tool(ctx: Any, params: Any) -> Any:
        tool = by_name.get(params.name)
        if tool is None:
            raise ValueError(f"unknown tool {params.name!r}; this server has {list(by_name)}")
        import anyio

        # Tools are blocking (the sandbox waits on a child process): off the event loop.
        res = await anyio.to_thread.run_sync(run_tool, tool, dict(params.arguments or {}))
        return types.CallToolResult(
            content=[types.TextContent(text=res.content)], is_error=not res.ok
        )

    return Server("genforge-tools", on_list_tools=list_tools, on_call_tool=call_tool)


def serve_stdio(tools: Sequence[Tool]) -> None:
    """Serve ``tools`` over MCP's stdio transport until the client disconnects."""
    import anyio
    from mcp.server.stdio import stdio_server

    server = mcp_server(tools)

    async def main() -> None:
        async with stdio_server() as (read, write):
            await server.run(read, write, server.create_initialization_options())

    anyio.run(main)
