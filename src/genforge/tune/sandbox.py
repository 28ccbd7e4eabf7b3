"""Running model-written code against its doctest without trusting it.

Sampled answers are untrusted programs. Three layers keep one from doing harm or hanging a
training run: an AST screen in this process (no imports, ``while``, ``with``, ``global``,
dunder attributes), a child process (``python -I -S``, empty environment, a fresh temp
working directory) that runs the screened code with a handful of pure builtins, and limits
on that child: a per-answer wall-clock timer, a CPU-seconds cap and an address-space cap.
An answer that trips a limit simply fails; the child is restarted for the rest of the batch.
"""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
import tempfile

_FORBIDDEN = (ast.Import, ast.ImportFrom, ast.While, ast.Global, ast.Nonlocal, ast.With)

# The child: read one JSON list of [code, tests] pairs from stdin and print one line per
# pair, "1" (doctest passed) or "0". Kept as source text because it runs in a bare
# interpreter (-I -S) that must not import genforge.
_CHILD = r"""
import doctest, json, resource, signal, sys

per_item, cpu_s, mem = float(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
resource.setrlimit(resource.RLIMIT_CPU, (cpu_s, cpu_s + 1))
resource.setrlimit(resource.RLIMIT_AS, (mem, mem))
SAFE = {n: getattr(__builtins__, n) for n in (
    "range", "min", "max", "abs", "sum", "sorted", "list", "dict", "str", "int", "float",
    "bool", "tuple", "set", "enumerate", "zip", "reversed", "repr", "isinstance", "any",
    "all", "map", "filter", "len", "round", "ValueError", "TypeError", "KeyError",
    "IndexError", "ZeroDivisionError", "Exception")}

class Timeout(BaseException):
    pass

def alarm(*_):
    raise Timeout()

signal.signal(signal.SIGALRM, alarm)
for code, tests in json.load(sys.stdin):
    ok = False
    signal.setitimer(signal.ITIMER_REAL, per_item)
    try:
        env = {"__builtins__": dict(SAFE)}
        exec(compile(code, "<answer>", "exec"), env)
        test = doctest.DocTestParser().get_doctest(tests, env, "answer", None, 0)
        runner = doctest.DocTestRunner(verbose=False, optionflags=doctest.ELLIPSIS)
        result = runner.run(test, out=lambda _s: None)
        ok = result.failed == 0 and result.attempted > 0
    except BaseException:
        ok = False
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
    print("1" if ok else "0", flush=True)
"""


def screen(code: str) -> ast.Module | None:
    """The parsed module if ``code`` parses and uses none of the refused constructs."""
    try:
        tree = ast.parse(code)
    except (SyntaxError, ValueError):
        return None
    for node in ast.walk(tree):
        if isinstance(node, _FORBIDDEN):
            return None
        if isinstance(node, ast.Attribute) and node.attr.startswith("__"):
            return None
        if isinstance(node, ast.Name) and node.id.startswith("__"):
            return None
    return tree


def run_doctests(
    items: list[tuple[str, str]],
    *,
    seconds_per_item: float = 1.0,
    memory_mb: int = 512,
) -> list[bool]:
    """For each ``(code, doctest_text)``: does the screened code pass its doctest?

    Code that fails :func:`screen` is never run. The rest runs in child processes under the
    limits described in the module docstring; a crash or timeout fails the item it hit.
    """
    results = [False] * len(items)
    todo = [i for i, (code, tests) in enumerate(items) if tests.strip() and screen(code)]
    while todo:
        done = _run_child([items[i] for i in todo], seconds_per_item, memory_mb)
        for i, ok in zip(todo, done, strict=False):
            results[i] = ok
        # The child stopped early only when an item killed it (CPU/memory cap): that item
        # fails, and a fresh child takes the rest.
        todo = todo[len(done) + 1 :]
    return results


def _run_child(items: list[tuple[str, str]], per_item: float, memory_mb: int) -> list[bool]:
    cpu = int(per_item * len(items)) + 2
    with tempfile.TemporaryDirectory(prefix="genforge-sandbox-") as cwd:
        cmd = [sys.executable, "-I", "-S", "-c", _CHILD, str(per_item), str(cpu)]
        cmd.append(str(memory_mb * 1024 * 1024))
        try:
            proc = subprocess.run(
                cmd,
                input=json.dumps(items),
                capture_output=True,
                text=True,
                cwd=cwd,
                env={"PATH": os.defpath},
                timeout=per_item * len(items) + 10,
            )
            out = proc.stdout
        except subprocess.TimeoutExpired as e:
            out = e.stdout.decode() if isinstance(e.stdout, bytes) else (e.stdout or "")
    return [line == "1" for line in out.splitlines()]
