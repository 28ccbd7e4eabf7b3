"""Run tracking: list, show and compare the run dirs the training stages write."""

from __future__ import annotations

import json

import pytest

from genforge.cli import main
from genforge.errors import GenforgeError
from genforge.ops.runs import compare, find_runs, load_run, plot_runs


def _run_dir(path, lr, losses, *, finished=True, torn=False):
    """A run dir as pretraining leaves it (OUT/run with metrics.jsonl and config.json)."""
    run = path / "run" if finished else path
    run.mkdir(parents=True)
    rows = []
    for i, loss in enumerate(losses, 1):
        rows.append({"step": 10 * i, "loss": loss, "lr": lr, "tokens": 640 * i})
        if i % 2 == 0:
            rows.append({"step": 10 * i, "val_loss": loss + 0.1, "val_bpb": (loss + 0.1) / 1.4})
    text = "".join(json.dumps(r) + "\n" for r in rows)
    (run / "metrics.jsonl").write_text(text + ('{"step": 99, "lo' if torn else ""))
    (run / "config.json").write_text(
        json.dumps({"pretrain": {"lr": lr, "seed": 0, "out": str(path)}, "model": {"n_layer": 2}})
    )
    if finished:
        (path / "config.json").write_text(
            json.dumps({"model_type": "genforge-gpt", "genforge_pretrain": {"steps": 10}})
        )
    else:
        (run / "checkpoint").mkdir()
    return path


def test_list_show_compare(tmp_path, capsys):
    a = _run_dir(tmp_path / "exp" / "lr-hi", 1e-2, [5.0, 4.0, 3.0, 2.5], torn=True)
    b = _run_dir(tmp_path / "exp" / "lr-lo", 1e-3, [5.0, 4.6, 4.2, 3.9])
    c = _run_dir(tmp_path / "exp" / "crashed", 1e-2, [5.0, 4.1], finished=False)
    runs = find_runs([tmp_path])
    assert [r.name for r in runs] == ["crashed", "lr-hi", "lr-lo"]
    hi = load_run(a)  # the model dir: its run/ is used
    assert hi.path == a / "run" and hi.stage == "pretrain" and hi.status == "finished"
    assert (
        hi.steps == 40 and hi.last("loss") == 2.5 and hi.last("val_bpb") == pytest.approx(2.6 / 1.4)
    )
    assert load_run(c).status == "unfinished"
    result = compare([load_run(a), load_run(b)])
    assert result["config_differences"] == {"pretrain.lr": [1e-2, 1e-3]}  # out is a path
    assert [r["loss"] for r in result["runs"]] == [2.5, 3.9]
    png = tmp_path / "cmp.png"
    assert plot_runs([load_run(a), load_run(b)], png) == ["loss", "val_loss", "val_bpb"]
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 10_000

    assert main(["runs", "list", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "lr-hi" in out and "unfinished" in out
    assert main(["runs", "compare", str(a), str(b), "--plot", str(png), "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["curves"] == ["loss", "val_loss", "val_bpb"]
    assert main(["runs", "show", str(b), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["config"]["pretrain"]["lr"] == 1e-3


def test_errors(tmp_path, capsys):
    with pytest.raises(GenforgeError, match="is not a run dir"):
        load_run(tmp_path)
    with pytest.raises(GenforgeError, match="at least two runs"):
        compare([load_run(_run_dir(tmp_path / "one", 1e-2, [3.0]))])
    assert main(["runs", "show", str(tmp_path / "missing")]) == 2
    assert "is not a run dir" in capsys.readouterr().err
