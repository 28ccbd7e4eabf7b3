"""Promotion gates: a regressed candidate is refused, naming the metric."""

from __future__ import annotations

import json

import pytest

from genforge.cli import main
from genforge.errors import GenforgeError
from genforge.ops.gates import Gates, load_gates

GATES = "tolerance:\n  bpb: 0.05\n  template_rate: 0.1\nminimum:\n  template_rate: 0.2\n"


def test_failures_by_direction_tolerance_and_floor():
    g = Gates(tolerance={"bpb": 0.05, "template_rate": 0.1}, minimum={"template_rate": 0.2})
    prod = {"bpb": 2.0, "template_rate": 0.8}
    assert g.failures({"bpb": 2.04, "template_rate": 0.71}, prod) == []
    failed = g.failures({"bpb": 2.06, "template_rate": 0.95}, prod, ("cand", "prod"))
    assert [f["metric"] for f in failed] == ["bpb"]
    assert "0.06 higher than prod's 2 (tolerance 0.05)" in failed[0]["reason"]
    failed = g.failures({"bpb": 1.5, "template_rate": 0.6}, prod)
    assert [f["metric"] for f in failed] == ["template_rate"]  # lower is worse for a rate
    # Nothing in production: only the floors apply.
    failed = g.failures({"bpb": 9.0, "template_rate": 0.1}, None)
    assert [f["metric"] for f in failed] == ["template_rate"]
    assert "below the minimum 0.2" in failed[0]["reason"]
    # A figure the gate needs but the candidate lacks fails; it is never skipped.
    failed = g.failures({"bpb": 1.0}, prod, ("cand", "prod"))
    assert [f["metric"] for f in failed] == ["template_rate"]
    assert "cand has no recorded figure" in failed[0]["reason"]


def test_gate_file_errors(tmp_path):
    f = tmp_path / "gates.yaml"
    f.write_text("tolerance:\n  bpp: 0.1\n")
    with pytest.raises(GenforgeError, match=r"unknown metric 'bpp' in tolerance.*bpb"):
        load_gates(f)
    f.write_text("tolerances:\n  bpb: 0.1\n")
    with pytest.raises(GenforgeError, match="unknown section"):
        load_gates(f)
    f.write_text("tolerance:\n  bpb: lots\n")
    with pytest.raises(GenforgeError, match=r"tolerance\.bpb must be a number"):
        load_gates(f)
    f.write_text("tolerance: [bpb\n")
    with pytest.raises(GenforgeError, match="not valid YAML"):
        load_gates(f)
    with pytest.raises(GenforgeError, match="gate file not found"):
        load_gates(tmp_path / "none.yaml")


def _report(tmp_path, name, **metrics):
    path = tmp_path / f"{name}.json"
    path.write_text(json.dumps({"model": name, "metrics": metrics}))
    return path


def test_promote_with_gate_refuses_a_regressed_candidate(tmp_path, model_factory, capsys):
    root = str(tmp_path / "registry")
    gates = tmp_path / "gates.yaml"
    gates.write_text(GATES)

    def cli(*argv):
        code = main([str(a) for a in argv] + ["--registry", root])
        out = capsys.readouterr()
        return code, out.out, out.err

    good = _report(tmp_path, "good", bpb=2.0, template_rate=0.8)
    worse = _report(tmp_path, "worse", bpb=2.3, template_rate=0.8)
    better = _report(tmp_path, "better", bpb=1.9, template_rate=0.78)
    for seed, rep in ((1, good), (2, worse), (3, better)):
        assert cli("registry", "add", model_factory(seed), "--name", "m", "--eval", rep)[0] == 0
    assert cli("registry", "promote", "m@1", "--gate", gates)[0] == 0
    code, out, err = cli("registry", "promote", "m@2", "--gate", gates, "--json")
    assert code == 1
    assert "refused: bpb = 2.3: 0.3 higher than m@v1's 2 (tolerance 0.05)" in err
    assert json.loads(out)["failures"][0]["metric"] == "bpb"
    assert json.loads(cli("registry", "show", "m@production", "--json")[1])["version"] == 1
    code, out, _ = cli("registry", "promote", "m@3", "--gate", gates, "--json")
    assert code == 0 and json.loads(out)["previous"] == 1
    # A gate file naming an unknown metric stops the promote before anything moves.
    gates.write_text("tolerance:\n  accuracy: 0.1\n")
    code, _, err = cli("registry", "promote", "m@2", "--gate", gates)
    assert code == 2 and "unknown metric 'accuracy'" in err
    # A version with no recorded figures cannot pass a gate.
    gates.write_text(GATES)
    cli("registry", "add", model_factory(4), "--name", "m")
    code, _, err = cli("registry", "promote", "m@4", "--gate", gates)
    assert code == 1 and "m@v4 has no recorded figure" in err
