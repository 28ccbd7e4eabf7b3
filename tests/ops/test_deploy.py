"""Deployment files, linted (Docker and Kubernetes cannot run here): they parse, the probes
and health check point at real routes, the server flags they pass exist, the user is not
root, and the CI workflow calls a script that exists and is valid bash."""

from __future__ import annotations

import re
import shlex
import subprocess
from pathlib import Path

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
