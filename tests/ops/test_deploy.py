"""Deployment files, checked without Docker or a cluster (neither runs here): they parse, the
probes and health check point at real routes, the server flags they pass exist, the user is
not root, the Kubernetes objects validate against the models the official kubernetes client
ships, the Dockerfile's own install, import check, entrypoint and health check reproduce
outside Docker, and the CI workflow calls a script that exists and is valid bash."""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
import yaml

from genforge.cli import build_parser
from genforge.serve.routes_misc import router

ROOT = Path(__file__).parents[2]
ROUTES = {r.path for r in router.routes}


def _serve_args_parse(args: list[str]) -> None:
    ns = build_parser().parse_args(["serve", "--model", "m", *args])
    assert ns.command == "serve"


def test_dockerfile_multi_stage_non_root_with_health_check():
    text = (ROOT / "deploy" / "Dockerfile").read_text()
    stages = re.findall(r"^FROM \S+ AS (\w+)", text, re.M)
    assert stages == ["build", "runtime"]
    assert "ARG BASE=python:3.12-slim" in text and "TORCH_INDEX" in text  # CPU default, CUDA arg
    (user,) = re.findall(r"^USER (\S+)", text, re.M)
    assert not user.startswith(("0", "root"))
    check = re.search(r"^HEALTHCHECK .*?CMD (.*)$", text, re.M | re.S).group(1)
    path = re.search(r"http://127\.0\.0\.1:8000(/\w+)", check).group(1)
    assert path == "/health" and path in ROUTES
    assert re.search(r"^EXPOSE 8000$", text, re.M)
    entry = re.search(r'exec genforge serve (.*?) \\"\$@\\"', text).group(1)
    args = shlex.split(entry.replace('\\"$GENFORGE_MODEL\\"', "m"))
    _serve_args_parse(args[2:])  # after --model m


def test_kubernetes_probes_point_at_real_routes():
    docs = list(yaml.safe_load_all((ROOT / "deploy" / "k8s.yaml").read_text()))
    kinds = {d["kind"]: d for d in docs}
    assert set(kinds) == {"Deployment", "Service"}
    pod = kinds["Deployment"]["spec"]["template"]["spec"]
    (container,) = pod["containers"]
    assert container["startupProbe"]["httpGet"]["path"] == "/ready"
    assert container["readinessProbe"]["httpGet"]["path"] == "/ready"
    assert container["livenessProbe"]["httpGet"]["path"] == "/health"
    assert {"/ready", "/health"} <= ROUTES
    assert container["ports"][0]["containerPort"] == 8000
    assert pod["securityContext"]["runAsNonRoot"] and pod["securityContext"]["runAsUser"] == 10001
    dockerfile = (ROOT / "deploy" / "Dockerfile").read_text()
    assert "USER 10001:10001" in dockerfile
    _serve_args_parse(container["args"])
    # The drain must fit in the grace period Kubernetes gives before SIGKILL.
    drain = float(container["args"][container["args"].index("--shutdown-timeout") + 1])
    assert pod["terminationGracePeriodSeconds"] > drain
    svc = kinds["Service"]["spec"]
    assert svc["selector"] == kinds["Deployment"]["spec"]["selector"]["matchLabels"]


def test_model_workflow_calls_the_pipeline_script():
    wf = yaml.safe_load((ROOT / ".github" / "workflows" / "model.yml").read_text())
    steps = wf["jobs"]["train-evaluate-promote"]["steps"]
    runs = [s["run"] for s in steps if "run" in s]
    assert "bash ci/model-pipeline.sh" in runs
    script = ROOT / "ci" / "model-pipeline.sh"
    assert subprocess.run(["bash", "-n", str(script)]).returncode == 0
    gates = yaml.safe_load((ROOT / "ci" / "gates.yaml").read_text())
    assert set(gates) <= {"tolerance", "minimum", "maximum"}


# ---------------------------------------------------------------- Kubernetes schema


def _k8s_check(value, typ: str, path: str):
    """``value`` (parsed YAML) as the kubernetes client's type ``typ``: unknown fields, wrong
    types and missing required fields raise, naming ``path``; returns the client object."""
    import kubernetes.client as k8s

    # Type names as the client writes them: List[X] and Dict[str, X] (list[X] and
    # dict(str, X) in older releases).
    if typ.lower().startswith("list["):
        assert isinstance(value, list), f"{path}: expected a list"
        return [_k8s_check(v, typ[5:-1], f"{path}[{i}]") for i, v in enumerate(value)]
    if typ.lower().startswith("dict"):
        assert isinstance(value, dict), f"{path}: expected a mapping"
        inner = typ[typ.index(",") + 1 : -1].strip()
        return {k: _k8s_check(v, inner, f"{path}.{k}") for k, v in value.items()}
    scalars = {"str": str, "int": int, "bool": bool, "float": (int, float)}
    if typ in scalars:
        ok = isinstance(value, scalars[typ]) and not (typ == "int" and isinstance(value, bool))
        assert ok, f"{path}: expected {typ}, got {value!r}"
        return value
    if typ == "object":  # IntOrString, Quantity: anything scalar
        return value
    cls = getattr(k8s, typ)
    assert isinstance(value, dict), f"{path}: expected a {typ} mapping"
    by_json = {j: a for a, j in cls.attribute_map.items()}
    unknown = set(value) - set(by_json)
    assert not unknown, f"{path}: {typ} has no field {sorted(unknown)}"
    kwargs = {
        by_json[k]: _k8s_check(v, cls.openapi_types[by_json[k]], f"{path}.{k}")
        for k, v in value.items()
    }
    return cls(**kwargs)  # the client's own checks: required fields, enums


def _k8s_validate(doc: dict) -> object:
    group_version = doc["apiVersion"].split("/")[-1].capitalize()  # apps/v1 -> V1
    return _k8s_check(doc, f"{group_version}{doc['kind']}", doc["kind"])


def test_kubernetes_objects_validate_against_the_client_models():
    pytest.importorskip("kubernetes", reason="pip install kubernetes")
    docs = list(yaml.safe_load_all((ROOT / "deploy" / "k8s.yaml").read_text()))
    objects = [_k8s_validate(d) for d in docs]
    assert [type(o).__name__ for o in objects] == ["V1Deployment", "V1Service"]
    # The checker catches what kubectl's schema validation would reject:
    bad = json.loads(json.dumps(docs[0]))
    container = bad["spec"]["template"]["spec"]["containers"][0]
    container["readinesProbe"] = container.pop("readinessProbe")  # a typo
    with pytest.raises(AssertionError, match=r"no field.*readinesProbe"):
        _k8s_validate(bad)
    bad = json.loads(json.dumps(docs[0]))
    bad["spec"]["replicas"] = "2"
    with pytest.raises(AssertionError, match=r"spec\.replicas: expected int"):
        _k8s_validate(bad)
    bad = json.loads(json.dumps(docs[0]))
    del bad["spec"]["template"]["spec"]["containers"][0]["name"]
    with pytest.raises(ValueError, match="name"):
        _k8s_validate(bad)


# ---------------------------------------------------------------- Dockerfile, replayed


def _stages(text: str) -> dict[str, list[tuple[str, str]]]:
    """Instructions per stage: ``{"build": [("RUN", "..."), ...]}``, continuations joined."""
    text = re.sub(r"\\\n", " ", text)
    stages: dict[str, list[tuple[str, str]]] = {}
    current: list[tuple[str, str]] = []
    for line in text.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        op, _, rest = line.strip().partition(" ")
        if op == "FROM":
            current = stages.setdefault(rest.split(" AS ")[-1], [])
        current.append((op, rest.strip()))
    return stages


def _env(instructions: list[tuple[str, str]]) -> dict[str, str]:
    out = {}
    for op, rest in instructions:
        if op == "ENV":
            out.update(kv.split("=", 1) for kv in shlex.split(rest))
    return out


@pytest.mark.slow  # pip builds and installs genforge (~40 s), then a server starts
def test_dockerfile_install_entrypoint_and_healthcheck_reproduce(
    tmp_path, model_factory, free_port
):
    """The build stage's genforge install runs on exactly the files it COPYs (its own
    ``pip install . && python -c "import genforge.cli"``; torch and the other dependencies
    come from the test venv, as the image's come from its earlier layer), and the runtime
    stage's ENTRYPOINT (with its ENV) serves a model on which its HEALTHCHECK passes — and
    fails before the server is up. Not run: the apt-get, useradd and torch-index steps."""
    stages = _stages((ROOT / "deploy" / "Dockerfile").read_text())
    ctx, site = tmp_path / "ctx", tmp_path / "site"
    ctx.mkdir()
    for op, rest in stages["build"]:
        if op == "COPY" and not rest.startswith("--from"):
            *sources, dest = shlex.split(rest)
            for src in sources:
                target = ctx / dest / Path(src).name if dest.endswith("/") else ctx / dest
                copy = shutil.copytree if (ROOT / src).is_dir() else shutil.copy
                copy(ROOT / src, target)
    (install,) = [r for op, r in stages["build"] if op == "RUN" and "pip install ." in r]
    venv_bin = str(Path(sys.executable).parent)
    env = {
        **os.environ,
        "PATH": f"{site / 'bin'}:{venv_bin}:{os.environ['PATH']}",
        "PYTHONPATH": str(site),  # the installed copy, not the repo's editable one
        "PIP_TARGET": str(site),
        "PIP_NO_DEPS": "1",
        "PIP_DISABLE_PIP_VERSION_CHECK": "1",
    }
    done = subprocess.run(["sh", "-c", install], cwd=ctx, env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    where = subprocess.run(
        [sys.executable, "-c", "import genforge; print(genforge.__file__)"],
        env=env,
        capture_output=True,
        text=True,
    )
    assert where.stdout.strip().startswith(str(site)), where  # the image's install was used

    runtime = stages["runtime"]
    port = str(free_port)  # 8000 may be taken on a shared machine
    (entry,) = [json.loads(r) for op, r in runtime if op == "ENTRYPOINT"]
    (cmd,) = [json.loads(r) for op, r in runtime if op == "CMD"]
    (check,) = [r.split(" CMD ", 1)[1] for op, r in runtime if op == "HEALTHCHECK"]
    image_env = _env(runtime)
    env.pop("PIP_TARGET")
    env.update(image_env)
    env.update(
        GENFORGE_MODEL=str(model_factory(31)),  # the mount
        GENFORGE_REGISTRY=str(tmp_path / "registry"),
        GENFORGE_CACHE=str(tmp_path / "cache"),
        PATH=f"{site / 'bin'}:{venv_bin}:{os.environ['PATH']}",  # /opt/genforge/bin's place
    )
    assert image_env["GENFORGE_MODEL"] == "/models/model"
    entry = [a.replace("8000", port) for a in entry]
    check = check.replace("8000", port)
    assert subprocess.run(["sh", "-c", check], env=env, timeout=30).returncode != 0  # down
    server = subprocess.Popen(
        [*entry, *cmd, "--device", "cpu"], env=env, cwd=tmp_path, stderr=subprocess.PIPE
    )
    try:
        deadline = time.monotonic() + 240
        while subprocess.run(["sh", "-c", check], env=env, timeout=30).returncode != 0:
            assert server.poll() is None, server.stderr.read().decode()[-3000:]
            assert time.monotonic() < deadline, "the health check never passed"
            time.sleep(1)
        server.terminate()  # STOPSIGNAL SIGTERM: drain and exit cleanly
        assert server.wait(timeout=60) == 0
    finally:
        if server.poll() is None:
            server.kill()
