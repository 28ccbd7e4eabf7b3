"""Atomic writes: whole files or nothing, with the mode a plain open() would give."""

from __future__ import annotations

import os

import pytest

from genforge.io import _umask, atomic_path, atomic_write_json, atomic_write_text, read_json


def test_atomic_write_gives_umask_mode_not_mkstemp_0600(tmp_path):
    old = os.umask(0o022)
    _umask.cache_clear()  # the helper reads the umask once per process
    try:
        atomic_write_text(tmp_path / "a.txt", "hello")
        plain = tmp_path / "plain.txt"
        plain.write_text("x")
    finally:
        os.umask(old)
        _umask.cache_clear()
    assert (tmp_path / "a.txt").read_text() == "hello"
    assert (tmp_path / "a.txt").stat().st_mode & 0o777 == plain.stat().st_mode & 0o777 == 0o644


def test_failed_write_leaves_old_file_and_no_temp(tmp_path):
    target = tmp_path / "state.json"
    atomic_write_json(target, {"step": 1})
    with pytest.raises(RuntimeError), atomic_path(target) as tmp:
        tmp.write_text("half")
        raise RuntimeError("crash mid-write")
    assert read_json(target, "state") == {"step": 1}
    assert [p.name for p in tmp_path.iterdir()] == ["state.json"]
