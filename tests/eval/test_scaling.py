"""The scaling sweep: real pretrain runs, cached and resumable; fit, plots and CLI on top."""

from __future__ import annotations

import json
import sysconfig
from pathlib import Path

import pytest

import genforge.eval.scaling as scaling
from genforge.cli import main
from genforge.errors import GenforgeError
from genforge.eval.scaling import SweepConfig, fit_sweep, load_runs, parse_shape, run_sweep


def small_corpus(root: Path) -> str:
    root.mkdir()
    stdlib = Path(sysconfig.get_paths()["stdlib"])
    for path in sorted(stdlib.glob("*.py"))[:25]:
        (root / path.name).write_bytes(path.read_bytes())
    return str(root)


@pytest.mark.slow
def test_sweep_is_cached_and_fits(tmp_path, monkeypatch):
    monkeypatch.setenv("GENFORGE_CACHE", str(tmp_path / "cache"))
    cfg = SweepConfig(
        out=str(tmp_path / "sweep"),
        data=small_corpus(tmp_path / "text"),
        shapes=["1x16", "1x32", "2x32"],
        budgets=[1.5e9, 3e9],
        vocab_size=300,
        seq_len=64,
        batch_size=8,
        min_steps=5,
        eval_tokens=2048,
    )
    rows = run_sweep(cfg, say=lambda m: None)
    assert len(rows) == 6
    # Larger budgets see more tokens for the same shape, and a result row per run is kept.
    by = {(r["shape"], r["budget"]): r for r in rows}
    assert by[("1x32", 3e9)]["d"] > by[("1x32", 1.5e9)]["d"]
    assert all(r["loss"] > 0 for r in rows)

    # A second sweep trains nothing: every run is cached.
    def no_training(*a, **k):
        raise AssertionError("a cached run was trained again")

    monkeypatch.setattr(scaling, "run_pretrain", no_training)
    assert run_sweep(cfg, say=lambda m: None) == rows

    result = fit_sweep(cfg.out)
    assert result["law"]["runs"] == 6 and result["law"]["alpha"] > 0
    for name in ("fit.json", "isoflop.png", "frontier.png"):
        assert (Path(cfg.out) / name).stat().st_size > 0
    assert main(["scaling", "predict", "--fit", cfg.out, "--compute", "1e10", "--json"]) == 0
    assert main(["scaling", "fit", "--sweep", cfg.out, "--json"]) == 0


def test_bad_shapes_and_missing_sweeps(tmp_path, capsys):
    with pytest.raises(GenforgeError, match="LAYERSxWIDTH"):
        parse_shape("2x50")
    with pytest.raises(GenforgeError, match="no sweep runs"):
        load_runs(tmp_path)
    assert main(["scaling", "fit", "--sweep", str(tmp_path)]) == 2
    assert "no sweep runs" in capsys.readouterr().err


def test_predict_from_a_fit_file(tmp_path, capsys):
    law = {"E": 1.5, "A": 300.0, "alpha": 0.3, "B": 400.0, "beta": 0.3}
    (tmp_path / "fit.json").write_text(json.dumps({"law": law}))
    assert (
        main(["scaling", "predict", "--fit", str(tmp_path), "--n", "1e6", "--d", "1e8", "--json"])
        == 0
    )
    out = json.loads(capsys.readouterr().out)
    assert out["predicted_loss"] == pytest.approx(1.5 + 300 / 1e6**0.3 + 400 / 1e8**0.3)
    assert main(["scaling", "predict", "--fit", str(tmp_path)]) == 2
