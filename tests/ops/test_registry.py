"""The model registry: round trips, dedup, aliases, lineage, corruption, concurrent writers."""

from __future__ import annotations

import itertools
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from genforge.cli import main
from genforge.errors import GenforgeError
from genforge.io import atomic_write_json, sha256_file
from genforge.ops.registry import Registry


@pytest.fixture
def reg(tmp_path) -> Registry:
    return Registry(tmp_path / "registry")


def cli(capsys, *argv) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_add_path_round_trip_dedups_shared_files(reg, model_factory):
    a, b = model_factory(1), model_factory(2)
    v1 = reg.add(a, "demo", tags={"owner": "me"}, description="first")
    v2 = reg.add(b, "demo")
    assert (v1.version, v2.version) == (1, 2)
    # Same tokenizer, different weights: v2 stores only what differs.
    assert v2.lineage["bytes_written"] < v2.size
    assert v2.lineage["bytes_written"] >= (b / "model.safetensors").stat().st_size
    blobs = list(reg.store.iter_blobs())
    assert len(blobs) == len({m["sha256"] for v in (v1, v2) for m in v.manifest.values()})
    _, path = reg.path("demo@1")
    for rel in v1.manifest:
        assert sha256_file(path / rel) == sha256_file(a / rel)
    got = reg.get("demo")
    assert got.version == 2 and reg.get("demo@v1").tags == {"owner": "me"}
    assert reg.get("demo@1").description == "first"
    assert "genforge GPT" in reg.get("demo@1").card
    assert [v.ref for v in reg.list()] == ["demo@v1", "demo@v2"]


def test_aliases_promote_rollback_and_errors(reg, model_factory):
    for seed in (1, 2, 3):
        reg.add(model_factory(seed), "demo")
    reg.set_alias("demo@1", "staging")
    new, old = reg.promote("demo@staging")
    assert new.version == 1 and old is None
    new, old = reg.promote("demo@3")
    assert (new.version, old.version) == (3, 1)
    assert reg.get("demo@production").version == 3
    assert reg.rollback("demo").version == 1
    assert reg.get("demo@production").aliases == ["production", "staging"]
    with pytest.raises(GenforgeError, match=r"has no alias 'canary'.*production, staging"):
        reg.get("demo@canary")
    with pytest.raises(GenforgeError, match="no version 9"):
        reg.get("demo@9")
    with pytest.raises(GenforgeError, match="no model named 'other'"):
        reg.get("other@production")
    with pytest.raises(GenforgeError, match="looks like a version number"):
        reg.set_alias("demo@2", "v7")
    with pytest.raises(GenforgeError, match="is not allowed"):
        reg.add(model_factory(4), "bad name")
    with pytest.raises(GenforgeError, match="no earlier version"):
        reg.rollback("demo", "staging")


def test_rm_and_gc_keep_shared_files(reg, model_factory):
    reg.add(model_factory(1), "demo", alias="production")
    v2 = reg.add(model_factory(2), "demo")
    reg.path("demo@2")
    with pytest.raises(GenforgeError, match="is production; move the alias first"):
        reg.remove("demo@1")
    reg.remove("demo@2")
    before = len(list(reg.store.iter_blobs()))
    report = reg.gc()
    assert report["blobs_removed"] == 1  # only v2's weights; the tokenizer files stay
    assert report["bytes_freed"] == v2.manifest["model.safetensors"]["size"]
    assert report["checkouts_removed"] == 1
    assert len(list(reg.store.iter_blobs())) == before - 1
    reg.path("demo@production")  # still whole
    with pytest.raises(GenforgeError, match="no version 2"):
        reg.path("demo@2")


def test_corrupted_artifact_is_a_clear_error(reg, model_factory, capsys):
    v = reg.add(model_factory(1), "demo", alias="production")
    blob = reg.store.blob_path(v.manifest["model.safetensors"]["sha256"])
    os.chmod(blob, 0o644)
    data = bytearray(blob.read_bytes())
    data[-10] ^= 0xFF
    blob.write_bytes(bytes(data))
    with pytest.raises(GenforgeError, match=r"model.safetensors is corrupted"):
        reg.path("demo@production")
    code, _, err = cli(capsys, "registry", "path", "demo@production", "--registry", reg.root)
    assert code == 2 and "demo@v1: the stored file model.safetensors is corrupted" in err
    blob.unlink()
    with pytest.raises(GenforgeError, match=r"model\.safetensors is missing"):
        reg.path("demo@production")


def test_lineage_parent_version_data_fingerprint_run_config(reg, model_factory):
    base = model_factory(1)
    atomic_write_json(base / "run" / "config.json", {"data": {"fingerprint": "abc123"}})
    reg.add(base, "base")
    child = model_factory(2, extra={"genforge_sft": {"base_model": str(base), "steps": 5}})
    v = reg.add(child, "chat")
    assert v.lineage["stage"] == "sft"
    assert v.lineage["parent"] == {"path": str(base), "registered": "base@v1"}
    assert v.lineage["stage_summary"]["steps"] == 5
    b = reg.get("base")
    assert b.lineage["data_fingerprint"] == "abc123"
    assert b.lineage["run_config"] == {"data": {"fingerprint": "abc123"}}
    assert "run/config.json" in b.manifest


def test_add_refuses_a_folder_that_is_not_a_model_dir(reg, tmp_path):
    (tmp_path / "junk").mkdir()
    (tmp_path / "junk" / "x.txt").write_text("hi")
    with pytest.raises(GenforgeError, match="is not a genforge model dir"):
        reg.add(tmp_path / "junk", "demo")
    with pytest.raises(GenforgeError, match="no registry at"):
        Registry(tmp_path / "empty").list()


def test_cli_round_trip(tmp_path, model_factory, capsys):
    root = tmp_path / "registry"
    code, out, err = cli(
        capsys,
        "registry",
        "add",
        model_factory(1),
        "--name",
        "demo",
        "--tag",
        "team=a",
        "--alias",
        "staging",
        "--registry",
        root,
        "--json",
    )
    assert code == 0, err
    assert json.loads(out)["version"] == 1
    cli(capsys, "registry", "add", model_factory(2), "--name", "demo", "--registry", root)
    code, out, _ = cli(capsys, "registry", "promote", "demo@staging", "--registry", root, "--json")
    assert code == 0 and json.loads(out) == {
        "promoted": True,
        "alias": "demo@production",
        "version": 1,
        "previous": None,
    }
    cli(capsys, "registry", "promote", "demo@2", "--registry", root)
    code, out, _ = cli(capsys, "registry", "rollback", "demo", "--registry", root, "--json")
    assert json.loads(out)["version"] == 1
    code, out, _ = cli(capsys, "registry", "show", "demo@production", "--registry", root, "--json")
    shown = json.loads(out)
    assert shown["version"] == 1 and shown["tags"] == {"team": "a"}
    assert [h["action"] for h in shown["history"]] == ["add", "promote", "promote", "rollback"]
    code, out, _ = cli(capsys, "registry", "list", "--registry", root)
    assert code == 0 and "production,staging" in out
    code, _, err = cli(capsys, "registry", "show", "demo@nope", "--registry", root)
    assert code == 2 and "has no alias 'nope'" in err


PROMOTER = textwrap.dedent(
    """
    import sys
    from genforge.ops.registry import Registry
    reg = Registry(sys.argv[1])
    mine = sys.argv[2]
    print("ready", flush=True)
    sys.stdin.readline()  # start together
    for i in range(int(sys.argv[3])):
        reg.promote(f"demo@{mine}", note=f"p{mine}-{i}")
    """
)


def test_two_processes_promoting_at_once_stay_consistent(reg, model_factory):
    reg.add(model_factory(1), "demo")
    reg.add(model_factory(2), "demo")
    rounds = 40
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).parents[2] / "src")}
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", PROMOTER, str(reg.root), str(v), str(rounds)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            env=env,
            text=True,
        )
        for v in (1, 2)
    ]
    for p in procs:
        assert p.stdout.readline().strip() == "ready"
    for p in procs:
        p.stdin.write("go\n")
        p.stdin.flush()
    for p in procs:
        assert p.wait(timeout=300) == 0
    history = reg.history("demo", "production")
    assert len(history) == 2 * rounds
    # One chain: each move starts from where the move before it left the alias.
    assert history[0]["previous"] is None
    for before, after in itertools.pairwise(history):
        assert after["previous"] == before["version"]
    assert reg.get("demo@production").version == history[-1]["version"]
    notes = {h["note"] for h in history}
    assert len(notes) == 2 * rounds  # no promote lost
