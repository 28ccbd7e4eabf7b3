"""The built-in tools through the MCP client: listed with their schemas, called, errors
reported in the result."""

from __future__ import annotations

import anyio
import pytest

from genforge.agent.mcp_server import mcp_server
from genforge.agent.tools import builtin_tools

mcp = pytest.importorskip("mcp")


def test_the_mcp_client_lists_and_calls_our_tools():
    server = mcp_server(builtin_tools(["calculator", "python"]))

    async def session():
        async with mcp.Client(server) as client:
            listed = await client.list_tools()
            ok = await client.call_tool("calculator", {"expression": "17 + 25"})
            bad = await client.call_tool("calculator", {"expression": "1/0"})
            py = await client.call_tool("python", {"code": "print(6 * 7)"})
            return listed, ok, bad, py

    listed, ok, bad, py = anyio.run(session)
    by_name = {t.name: t for t in listed.tools}
    assert set(by_name) == {"calculator", "python"}
    assert by_name["calculator"].input_schema["required"] == ["expression"]
    assert by_name["calculator"].annotations.read_only_hint is True
    assert ok.content[0].text == "42" and not ok.is_error
    assert bad.is_error and "division by zero" in bad.content[0].text
    assert py.content[0].text == "42"
