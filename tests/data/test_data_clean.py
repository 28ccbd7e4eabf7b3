"""Normalization and the quality filters."""

from __future__ import annotations

import unicodedata

import pytest

from genforge.data.clean import (
    QualityThresholds,
    decode_utf8,
    dup_line_fraction,
    first_failing_filter,
    looks_binary,
    nonprintable_ratio,
    normalize_text,
)


def test_decode_counts_each_bad_byte_and_strips_bom():
    text, bad = decode_utf8(b"\xef\xbb\xbfab\xffc\xfe\xfd")
    assert text == "ab\ufffdc\ufffd\ufffd"
    assert bad == 3
    assert decode_utf8("naïve ✓".encode()) == ("naïve ✓", 0)


def test_looks_binary():
    assert looks_binary(b"abc\x00def")
    assert not looks_binary(b"plain text\n")
    assert looks_binary(b"x" * 10 + b"\xff" * 10, n_invalid_bytes=10)
    assert not looks_binary(b"x" * 1000 + b"\xff", n_invalid_bytes=1)


def test_normalize_line_endings_bom_surrogates():
    assert normalize_text("\ufeffa\r\nb\rc\n") == "a\nb\nc\n"
    assert normalize_text("bad \ud800 half") == "bad \ufffd half"
    # Tabs, form feeds and trailing spaces in code survive untouched.
    code = "def f():\n\treturn 1  \n\x0c\n"
    assert normalize_text(code) == code


def test_nfc_is_opt_in():
    decomposed = "cafe\u0301"
    assert normalize_text(decomposed) == decomposed
    assert normalize_text(decomposed, nfc=True) == unicodedata.normalize("NFC", decomposed)
    assert len(normalize_text(decomposed, nfc=True)) == 4


def test_nonprintable_ratio():
    assert nonprintable_ratio("") == 0.0
    assert nonprintable_ratio("tab\tnew\nff\x0c") == 0.0
    assert nonprintable_ratio("ab\x00\x1b") == pytest.approx(0.5)
    assert nonprintable_ratio("a\ufffd") == pytest.approx(0.5)


def test_dup_line_fraction():
    assert dup_line_fraction("") == 0.0
    assert dup_line_fraction("a\nb\nc") == 0.0
    # 4 non-blank lines, 2 of them repeats; blank lines do not count.
    assert dup_line_fraction("a\n\nb\na\n\na\n") == pytest.approx(2 / 4)
    # Indentation makes lines different.
    assert dup_line_fraction("x\n    x\n") == 0.0


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("short", "min_chars"),
        ("y" * 101, "max_chars"),
        ("0123456789" * 3 + "\x00\x01", "nonprintable"),
        ("same line\n" * 5 + "other\n", "dup_lines"),
        ("a perfectly ordinary\nsentence of text\n", None),
    ],
)
def test_first_failing_filter(text, expected):
    limits = QualityThresholds(
        min_chars=10, max_chars=100, max_nonprintable_ratio=0.05, max_dup_line_fraction=0.5
    )
    assert first_failing_filter(text, limits) == expected


def test_filters_can_be_switched_off():
    off = QualityThresholds(None, None, None, None)
    assert first_failing_filter("", off) is None
    assert first_failing_filter("dup\n" * 50, off) is None


def _package_readme() -> str:
    """A README the way small packages write them: one sentence per method, then a short
    fenced example that repeats the set-up lines of the others; a table and rules.
    Written for this test."""
    parts = ["# tinyqueue-ish", "", "A small priority queue for scripts.", "", "---", ""]
    for n, verb in enumerate(["push", "pop", "peek", "size", "clear", "drain", "on", "map"]):
        parts += [
            f"### q.{verb}()",
            "",
            "```js",
            "const Queue = require('tinyqueue-ish')",
            "const q = new Queue()",
            f"q.{verb}({n}, (item) => {{",
            "  console.log(item)",
            "})",
            "```",
            "",
        ]
    parts += ["| option | default |", "|--------|---------|", "| compare | a - b |", "", "---"]
    return "\n".join(parts) + "\n"


def _command_manual() -> str:
    """A command's manual page in the plain-text style of tool docs."""
    lines = ["git-frob(1)", "===========", "", "NAME", "----", "git-frob - frob the index", ""]
    lines += ["OPTIONS", "-------"]
    for opt in ("--all", "--dry-run", "--quiet", "--verbose", "--force"):
        lines += [f"{opt}::", f"\tWhat {opt[2:]} does to the frobbing, in one sentence.", ""]
    lines += ["EXAMPLES", "--------", "------------", "$ git frob --all", "------------"]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("make", [_package_readme, _command_manual])
def test_documentation_corpora_survive_the_default_filters(make):
    # Issue 22: a Markdown file made mostly of code fences was dropped as repeated lines.
    text = make()
    assert first_failing_filter(text, QualityThresholds()) is None


def test_markup_lines_do_not_hide_repeated_text():
    # Fences and rules are skipped, but the words between them still count.
    spam = "```\nbuy now\n```\n" * 6 + "one real line\n"
    assert dup_line_fraction(spam) == pytest.approx(5 / 7)  # the same block 6 times
    prose = "## Buy\n" + "buy now\n" * 6 + "---\n"
    assert dup_line_fraction(prose) == pytest.approx(5 / 7)
    assert first_failing_filter(spam, QualityThresholds()) == "dup_lines"
