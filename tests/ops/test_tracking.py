"""MLflow logging of runs against a real local MLflow store (sqlite:///, MLflow's own
client reads back what genforge wrote)."""

from __future__ import annotations

import hashlib
import json
import shutil
import sys
import sysconfig
from pathlib import Path

import pytest

from genforge.cli import main
from genforge.errors import GenforgeError
from genforge.ops.runs import load_run
from genforge.ops.tracking import log_run

mlflow_client = pytest.importorskip("mlflow.tracking", reason="pip install 'genforge[mlflow]'")
pytest.importorskip("sqlalchemy", reason="sqlite:/// MLflow stores need SQLAlchemy")


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def store(tmp_path, monkeypatch):
    """A fresh sqlite MLflow store; artifacts land in ./mlruns, so work in tmp_path."""
    monkeypatch.chdir(tmp_path)
    return f"sqlite:///{tmp_path / 'mlflow.db'}"


def test_runs_mlflow_logs_config_metrics_figures_and_model(model_factory, store, capsys):
    model = model_factory(11)
    run = model / "run"
    run.mkdir()
    rows = [
        {"step": 10, "loss": 4.0, "lr": 0.01, "elapsed": 1.5},
        {"step": 10, "val_loss": 4.2, "val_bpb": 3.0},
        {"step": 20, "loss": 3.1, "lr": 0.005, "elapsed": 3.0, "mfu": None},
    ]
    (run / "metrics.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    config = {"pretrain": {"lr": 0.01, "data": ["a.py"] * 2000}, "model": {"n_layer": 2}}
    (run / "config.json").write_text(json.dumps(config))
    (run / "checkpoint").mkdir()
    (run / "checkpoint" / "optimizer.pt").write_bytes(b"state")
    (model / "metrics.json").write_text(json.dumps({"val_bpb": 2.9, "steps": 20, "config": {}}))

    assert main(["runs", "mlflow", str(model), "--uri", store, "--json"]) == 0
    logged = json.loads(capsys.readouterr().out)
    client = mlflow_client.MlflowClient(tracking_uri=store)
    mrun = client.get_run(logged["mlflow_run_id"])
    assert mrun.info.status == "FINISHED" and mrun.info.run_name == model.name
    assert mrun.data.tags["genforge.stage"] == "pretrain"
    params = mrun.data.params
    assert params["pretrain.lr"] == "0.01" and params["model.n_layer"] == "2"
    assert params["pretrain.data"].endswith("...[cut by genforge]")  # over MLflow's limit
    loss = client.get_metric_history(mrun.info.run_id, "loss")
    assert [(m.step, m.value) for m in loss] == [(10, 4.0), (20, 3.1)]
    assert loss[1].timestamp - loss[0].timestamp == 1500  # from the rows' elapsed
    assert [(m.step, m.value) for m in client.get_metric_history(mrun.info.run_id, "val_bpb")] == [
        (10, 3.0)
    ]
    assert "mfu" not in mrun.data.metrics  # None is not a figure
    assert mrun.data.metrics["final.val_bpb"] == 2.9 and mrun.data.metrics["final.steps"] == 20
    names = {a.path for a in client.list_artifacts(mrun.info.run_id, "model")}
    assert {"model/config.json", "model/model.safetensors", "model/tokenizer.json"} <= names
    assert not any(n.startswith("model/run") for n in names)  # training state left out
    assert {a.path for a in client.list_artifacts(mrun.info.run_id, "run")} == {
        "run/metrics.jsonl",
        "run/config.json",
    }
    got = Path(client.download_artifacts(mrun.info.run_id, "model/model.safetensors"))
    assert _sha(got) == _sha(model / "model.safetensors")


def test_unfinished_run_ends_killed_and_no_model(tmp_path, store):
    run = tmp_path / "crashed"
    run.mkdir()
    (run / "metrics.jsonl").write_text('{"step": 5, "loss": 5.5}\n')
    (run / "checkpoint").mkdir()
    logged = log_run(load_run(run), store, experiment="exp2")
    mrun = mlflow_client.MlflowClient(tracking_uri=store).get_run(logged["mlflow_run_id"])
    assert mrun.info.status == "KILLED" and mrun.data.tags["genforge.status"] == "unfinished"
    assert logged["artifacts"] == 1  # metrics.jsonl; no model dir to log


def test_bad_inputs_give_one_clear_error(tmp_path, store, monkeypatch, capsys):
    assert main(["runs", "mlflow", str(tmp_path / "nope"), "--uri", store]) == 2
    assert "not a run dir" in capsys.readouterr().err
    run = tmp_path / "r"
    run.mkdir()
    (run / "metrics.jsonl").write_text('{"step": 1, "loss": 1.0}\n')
    monkeypatch.setitem(sys.modules, "mlflow.tracking", None)  # as if the extra is missing
    with pytest.raises(GenforgeError, match=r"genforge\[mlflow\]"):
        log_run(load_run(run), store)


@pytest.mark.slow  # a real (3-step) pretraining run
def test_pretrain_with_mlflow_flag(tmp_path, store, capsys):
    data = tmp_path / "data"
    data.mkdir()
    root = Path(sysconfig.get_paths()["stdlib"])
    for name in ("textwrap.py", "string.py"):
        shutil.copy(root / name, data / name)
    out = tmp_path / "m"
    argv = ["pretrain", "--data", str(data), "--out", str(out), "--preset", "tiny"]
    argv += ["--max-steps", "3", "--no-progress", "--device", "cpu", "--mlflow", store]
    argv += ["vocab_size=300", "seq_len=64", "eval_every=3"]
    assert main(argv) == 0
    assert "mlflow: run" in capsys.readouterr().err
    client = mlflow_client.MlflowClient(tracking_uri=store)
    (mrun,) = client.search_runs([client.get_experiment_by_name("genforge").experiment_id])
    assert mrun.info.status == "FINISHED" and mrun.info.run_name == "m"
    assert mrun.data.params["pretrain.max_steps"] == "3"
    assert [m.step for m in client.get_metric_history(mrun.info.run_id, "loss")][-1] == 3
    assert "final.val_bpb" in mrun.data.metrics
    names = {a.path for a in client.list_artifacts(mrun.info.run_id, "model")}
    assert "model/model.safetensors" in names
