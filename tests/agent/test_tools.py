"""Built-in tools: the calculator against Python's own arithmetic, the sandbox's walls
(network, fork bomb, huge writes, infinite loops, memory, writes outside its folder), the
read-only files tool, and errors becoming results."""

from __future__ import annotations

import os
import random
import socket
import threading
from fractions import Fraction

import pytest

from genforge.agent.tools import builtin_tools, run_tool
from genforge.agent.tools.calculator import CalcError, evaluate, format_number
from genforge.agent.tools.files import files_tool
from genforge.agent.tools.python import SandboxLimits, run_python
from genforge.errors import GenforgeError


def test_calculator_matches_python_on_random_expressions():
    # Python's evaluation of the same text (over Fractions) is the reference.
    rng = random.Random(0)

    def gen(depth: int) -> str:
        if depth == 0 or rng.random() < 0.3:
            return str(rng.randint(0, 999))
        op = rng.choice(["+", "-", "*", "/"])
        a, b = gen(depth - 1), gen(depth - 1)
        return f"({a} {op} {b})" if rng.random() < 0.5 else f"{a}{op}{b}"

    checked = 0
    for _ in range(300):
        text = gen(4)
        fr = "".join(f"Fraction({t})" if t.isdigit() else t for t in _split(text))
        try:
            want = eval(fr, {"Fraction": Fraction})  # the test's reference, never the tool
        except ZeroDivisionError:
            with pytest.raises(CalcError, match="division by zero"):
                evaluate(text)
            continue
        assert evaluate(text) == want, text
        checked += 1
    assert checked > 200


def _split(text: str) -> list[str]:
    out, num = [], ""
    for ch in text:
        if ch.isdigit():
            num += ch
            continue
        if num:
            out.append(num)
            num = ""
        out.append(ch)
    return out + ([num] if num else [])


@pytest.mark.parametrize(
    "expr, want",
    [
        ("17 + 25", "42"),
        ("0.1 + 0.2", "0.3"),
        ("2 ** 10 - 2^3", "1016"),
        ("-3 ** 2", "-9"),
        ("7 / 2", "3.5"),
        ("1 / 3", "0.333333333333"),
        ("7 // 2 + 7 % 3", "4"),
        ("sqrt(16) + abs(-2) + max(1, 5, 3)", "11"),
        ("round(2.675, 2)", "2.68"),  # exact decimals, half to even (floats say 2.67)
        ("1e3 * 2", "2000"),
        ("2 * pi", "6.28318530718"),
    ],
)
def test_calculator_values(expr, want):
    assert format_number(evaluate(expr)) == want


@pytest.mark.parametrize(
    "expr, match",
    [
        ("1 / 0", "division by zero"),
        ("2 ** 99999999", "exponents"),
        ("9 ** 9000", "bits"),
        ("__import__('os')", "unexpected character"),
        ("__import__(1)", "unknown function"),
        ("1 +", "ends too early"),
        ("(1 + 2", "ends too early"),
        ("1 2", "unexpected '2'"),
        ("a.b", "unexpected character"),
        ("(" * 60 + "1" + ")" * 60, "nesting"),
        ("sqrt(-1)", "negative"),
        ("", "give an arithmetic expression"),
    ],
)
def test_calculator_refuses_bad_input(expr, match):
    with pytest.raises(CalcError, match=match):
        evaluate(expr)


def test_a_raising_tool_gives_an_error_result():
    (calc,) = builtin_tools(["calculator"])
    ok = run_tool(calc, '{"expression": "6*7"}')
    assert ok.ok and ok.content == "42"
    bad = run_tool(calc, '{"expression": "1/0"}')
    assert not bad.ok and bad.content.startswith("error: CalcError: division by zero")
    assert not run_tool(calc, "{not json").ok
    with pytest.raises(GenforgeError, match="unknown tool 'rm'"):
        builtin_tools(["rm"])


# ---------------------------------------------------------------- sandbox

FAST = SandboxLimits(cpu_seconds=2, wall_seconds=8)


def test_sandbox_runs_code_and_reports():
    res = run_python("import math\nprint(math.factorial(20))", FAST)
    assert res.stdout == "2432902008176640000\n" and res.exit_code == 0 and not res.verdict


def test_sandbox_refuses_the_network():
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(1)
    port = server.getsockname()[1]
    accepted: list[object] = []
    server.settimeout(5)
    t = threading.Thread(target=lambda: _accept(server, accepted), daemon=True)
    t.start()
    code = f"import socket\nsocket.create_connection(('127.0.0.1', {port}), timeout=2)\nprint('in')"
    res = run_python(code, FAST)
    t.join()
    server.close()
    assert res.exit_code != 0 and "in" not in res.stdout
    assert "PermissionError" in res.stderr
    assert not accepted
    # Below the audit hook, the namespace alone also cuts the network (where the kernel
    # lets us make one): raw syscalls through _socket skip the getaddrinfo event.
    if res.network_namespace:
        lines = ["import _socket", "s = _socket.socket()", "s.settimeout(2)"]
        raw = "\n".join([*lines, f"s.connect(('127.0.0.1', {port}))"])
        res = run_python(raw, FAST)
        assert res.exit_code != 0 and ("unreachable" in res.stderr or "Permission" in res.stderr)


def _accept(server, accepted):
    try:
        accepted.append(server.accept())
    except OSError:
        pass


def test_sandbox_stops_a_fork_bomb():
    res = run_python("import os\nwhile True:\n    os.fork()", FAST)
    assert res.exit_code != 0 and "PermissionError" in res.stderr
    # Without the hook's help (the os module's fork through posix): still refused by the
    # process limit for a non-root user.
    if os.geteuid() != 0:
        res = run_python("import posix\nfor _ in range(100):\n    posix.fork()", FAST)
        assert res.exit_code != 0


def test_sandbox_stops_huge_writes_and_writes_outside_scratch(tmp_path):
    res = run_python("f = open('big', 'wb')\nwhile True:\n    f.write(b'x' * 65536)", FAST)
    # Python ignores SIGXFSZ, so the write past the limit fails with EFBIG instead.
    assert res.exit_code != 0 and "File too large" in res.stderr
    outside = tmp_path / "escape.txt"
    res = run_python(f"open({str(outside)!r}, 'w').write('hi')", FAST)
    assert res.exit_code != 0 and not outside.exists()
    assert "outside the scratch folder" in res.stderr
    res = run_python("print('x' * 10_000_000)", FAST)  # output is a file too: capped
    assert res.exit_code != 0 and "File too large" in res.stderr
    assert len(res.stdout) <= FAST.output_chars


def test_sandbox_stops_infinite_loops_and_memory_hogs():
    res = run_python("while True:\n    pass", SandboxLimits(cpu_seconds=1, wall_seconds=20))
    assert res.exit_code != 0 and "CPU" in res.verdict
    res = run_python("import time\ntime.sleep(60)", SandboxLimits(wall_seconds=1.5))
    assert res.timed_out and "wall-clock" in res.verdict
    res = run_python("x = bytearray(2 * 1024**3)\nprint('allocated')", FAST)
    assert res.exit_code != 0 and "allocated" not in res.stdout and "MemoryError" in res.stderr


# ---------------------------------------------------------------- files


def test_files_tool_reads_only_under_its_folder(tmp_path):
    root = tmp_path / "docs"
    (root / "sub").mkdir(parents=True)
    (root / "a.txt").write_text("alpha")
    (tmp_path / "secret.txt").write_text("no")
    (root / "link").symlink_to(tmp_path / "secret.txt")
    tool = files_tool(root)
    assert run_tool(tool, {"path": "a.txt"}).content == "alpha"
    assert run_tool(tool, {"action": "list", "path": "."}).content == "a.txt\nlink\nsub/"
    for path in ("../secret.txt", "link", "/etc/passwd"):
        res = run_tool(tool, {"path": path})
        assert not res.ok and "outside the allowed folder" in res.content
    assert not tool.side_effects


def test_retrieval_tool_numbers_passages_with_sources():
    from genforge.agent.tools.retrieval import Passage, retrieval_tool

    class Stub:
        def search(self, query, k):
            docs = [Passage("ints are exact", "ref/ints"), Passage("floats round", "ref/floats")]
            return [d for d in docs if any(w in d.text for w in query.split())][:k]

    tool = retrieval_tool(Stub())
    assert run_tool(tool, {"query": "exact"}).content == "[1] (ref/ints) ints are exact"
    assert run_tool(tool, {"query": "nothing"}).content == "no passages found"
    assert not run_tool(tool, {"query": " "}).ok
