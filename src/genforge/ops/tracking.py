"""Send a training run to MLflow, for users who already run an MLflow tracking server.

Optional: needs the ``mlflow`` extra (``pip install 'genforge[mlflow]'``: mlflow-skinny, plus
SQLAlchemy and Alembic for ``sqlite:///`` stores). The run dir stays the record
(:mod:`genforge.ops.runs`); this copies it into one MLflow run:

- params: the run's resolved config, flattened (``pretrain.lr``); values over MLflow's
  limit are cut and marked;
- metrics: every numeric field of every ``metrics.jsonl`` row at its training step (loss,
  val_loss, val_bpb, lr, tokens_per_s, ...), so MLflow draws the same curves;
- final figures: the numeric top-level fields of the stage's summary (``--mlflow`` on a
  training command passes the summary it prints) or, for an existing model dir, of its
  ``*metrics.json``, as ``final.NAME`` at the last step;
- artifacts: the model dir under ``model/`` (training state ``run/`` left out) and the run
  dir's log, config and plot under ``run/``;
- tags: the stage, its status (``finished``/``unfinished``), the run dir's path; the MLflow
  run ends FINISHED for a finished run, KILLED for one stopped before its model dir.
"""

from __future__ import annotations

import json
import math
import re
import time
from typing import Any

from genforge.errors import GenforgeError
from genforge.ops.runs import Run, flatten

PARAM_VALUE_LIMIT = 6000  # MLflow's limit on one param value (characters)
_BATCH = 1000  # MLflow's limit on metrics per log_batch call (params: 100)
RUN_FILES = ("metrics.jsonl", "config.json", "loss.png")


def _client(uri: str) -> Any:
    try:
        from mlflow.tracking import MlflowClient
    except ImportError:
        raise GenforgeError(
            "logging to MLflow needs the mlflow extra: pip install 'genforge[mlflow]' "
            "(mlflow-skinny; SQLAlchemy and Alembic for sqlite:/// stores)"
        ) from None
    return MlflowClient(tracking_uri=uri)


def _key(name: str) -> str:
    """An MLflow-legal metric/param name (letters, digits, _ - . space / only)."""
    return re.sub(r"[^\w\-. /]", "_", name)


def _number(v: Any) -> float | None:
    if isinstance(v, bool) or not isinstance(v, int | float):
        return None
    return float(v) if math.isfinite(v) else None


def _params(config: dict[str, Any]) -> list[Any]:
    from mlflow.entities import Param

    out = []
    for k, v in flatten(config).items():
        text = v if isinstance(v, str) else json.dumps(v, default=str)
        if len(text) > PARAM_VALUE_LIMIT:
            text = text[: PARAM_VALUE_LIMIT - 20] + "...[cut by genforge]"
        out.append(Param(_key(k), text))
    return out


def _metrics(run: Run, final: dict[str, Any], start_ms: int) -> list[Any]:
    from mlflow.entities import Metric

    out = []
    elapsed = 0.0  # eval rows carry no elapsed: they get the train row's before them
    for row in run.rows:
        step = int(row.get("step", 0))
        elapsed = float(row.get("elapsed") or elapsed)
        at = start_ms + int(elapsed * 1000)
        for k, v in row.items():
            x = _number(v)
            if k != "step" and x is not None:
                out.append(Metric(_key(k), x, at, step))
    now = int(time.time() * 1000)
    for k, v in flatten(final).items():
        x = _number(v)
        if x is not None:
            out.append(Metric(_key(f"final.{k}"), x, now, run.steps))
    return out


def stage_summary(run: Run) -> dict[str, Any]:
    """The stage's final figures for a finished run: its model dir's ``*metrics.json``
    (without their ``config``, which is logged as params)."""
    out: dict[str, Any] = {}
    if run.model_dir is None:
        return out
    for path in sorted(run.model_dir.glob("*metrics.json")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if isinstance(data, dict):
            out.update({k: v for k, v in data.items() if k != "config"})
    return out


def log_run(
    run: Run,
    uri: str,
    *,
    experiment: str = "genforge",
    final: dict[str, Any] | None = None,
    model: bool = True,
) -> dict[str, Any]:
    """Log ``run`` as one MLflow run at tracking ``uri`` (see the module docstring);
    ``final`` overrides the final figures read from the model dir. Returns the run's ids."""
    client = _client(uri)
    try:
        exp = client.get_experiment_by_name(experiment)
        exp_id = exp.experiment_id if exp is not None else client.create_experiment(experiment)
    except Exception as e:  # an unreachable server, a bad URI: one clear message
        raise GenforgeError(f"MLflow tracking URI {uri!r} did not answer: {e}") from None
    tags = {
        "genforge.stage": run.stage or "unknown",
        "genforge.status": run.status,
        "genforge.run_dir": str(run.path),
    }
    mrun = client.create_run(exp_id, run_name=run.name, tags=tags)
    run_id = mrun.info.run_id
    try:
        params = _params(run.config)
        metrics = _metrics(
            run, stage_summary(run) if final is None else final, mrun.info.start_time
        )
        for i in range(0, len(params), 100):
            client.log_batch(run_id, params=params[i : i + 100])
        for i in range(0, len(metrics), _BATCH):
            client.log_batch(run_id, metrics=metrics[i : i + _BATCH])
        artifacts = _log_files(client, run_id, run, model)
    except BaseException:
        client.set_terminated(run_id, "FAILED")
        raise
    client.set_terminated(run_id, "FINISHED" if run.status == "finished" else "KILLED")
    return {
        "mlflow_run_id": run_id,
        "experiment_id": exp_id,
        "tracking_uri": uri,
        "artifact_uri": mrun.info.artifact_uri,
        "params": len(params),
        "metric_points": len(metrics),
        "artifacts": artifacts,
    }


def _log_files(client: Any, run_id: str, run: Run, model: bool) -> int:
    """The run dir's log, config and plot under ``run/``; the model dir under ``model/``."""
    n = 0
    for name in RUN_FILES:
        if (run.path / name).is_file():
            client.log_artifact(run_id, str(run.path / name), "run")
            n += 1
    if model and run.model_dir is not None:
        for p in sorted(run.model_dir.iterdir()):
            if p.resolve() == run.path.resolve():
                continue  # training state: optimizer, checkpoints (resume, not serving)
            if p.is_file():
                client.log_artifact(run_id, str(p), "model")
                n += 1
            elif p.is_dir():
                client.log_artifacts(run_id, str(p), f"model/{p.name}")
                n += sum(1 for f in p.rglob("*") if f.is_file())
    return n
