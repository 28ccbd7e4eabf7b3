"""The sandbox that runs model-written code: it must fail bad answers without harm or hangs."""

from __future__ import annotations

import time

from genforge.tune.sandbox import run_doctests, screen

DOC = ">>> f(3)\n5"
GOOD = "def f(x):\n    return x + 2"


def test_passing_and_failing_answers_in_one_batch():
    items = [(GOOD, DOC), ("def f(x):\n    return x + 3", DOC), ("def f(x):\n    return x", "")]
    # No doctest means nothing to run: the sandbox reports a failure, parse-only is tasks'.
    assert run_doctests(items) == [True, False, False]


def test_screen_refuses_imports_loops_and_dunders():
    assert screen(GOOD) is not None
    for code in (
        "import os\n" + GOOD,
        "def f(x):\n    while True:\n        pass",
        "def f(x):\n    return ().__class__",
        "def f(x):\n    return __import__('os')",
        "def f(x)\n    return x",
    ):
        assert screen(code) is None, code


def test_runaway_answers_fail_and_the_rest_of_the_batch_still_runs(tmp_path):
    spin = "def f(x):\n    for i in range(10**12):\n        x += 1\n    return x"
    bignum = "def f(x):\n    return 10**10**10"  # one C-level op: only the CPU cap stops it
    hog = "def f(x):\n    return len([0] * 10**10)"  # over the memory cap
    escape = "def f(x):\n    open('pwned', 'w')\n    return 5"
    t0 = time.monotonic()
    out = run_doctests(
        [(spin, DOC), (GOOD, DOC), (bignum, DOC), (hog, DOC), (escape, DOC), (GOOD, DOC)],
        seconds_per_item=0.5,
    )
    assert out == [False, True, False, False, False, True]
    assert time.monotonic() - t0 < 30
    assert not (tmp_path / "pwned").exists()
