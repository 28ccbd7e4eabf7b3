"""The evaluation suite: one report from the evaluations that fit the model."""

from __future__ import annotations

import json

import pytest

from genforge.cli import main
from genforge.errors import GenforgeError
from genforge.eval.bpb import evaluate_model_dir
from genforge.ops.evalsuite import METRICS, load_suite, read_report, run_suite

pytestmark = pytest.mark.usefixtures("one_thread")


@pytest.fixture(scope="module")
def heldout_dir(tmp_path_factory):
    root = tmp_path_factory.mktemp("heldout")
    for i in range(3):
        (root / f"doc{i}.py").write_text(f"def f{i}(x):\n    return x * {i} + 1\n" * 20)
    return root


def test_base_model_gets_bpb_only_and_it_matches_genforge_eval_bpb(model_factory, heldout_dir):
    model = model_factory(1)
    suite = load_suite("default")
    suite["bpb"] |= {"data": str(heldout_dir), "max_bytes": 10**9}
    report = run_suite(model, suite, device="cpu")
    assert set(report["metrics"]) == {"bpb"} and not report["chat_model"]
    assert set(report["skipped"]) == {"chat", "arithmetic"}
    same = evaluate_model_dir(model, heldout_dir, batch_size=8, device="cpu")
    assert report["metrics"]["bpb"] == pytest.approx(same["bpb"], rel=1e-5)
    assert report["details"]["bpb"]["bytes"] == same["bytes"]


def test_chat_model_gets_chat_figures_and_the_cli_prints_a_report(model_factory, tmp_path, capsys):
    model = model_factory(2, extra={"genforge_sft": {"base_model": "x", "steps": 1}})
    suite_file = tmp_path / "suite.yaml"
    suite_file.write_text(
        "bpb: {max_bytes: 4000}\nchat: {prompts: 3, max_tokens: 8}\narithmetic: {tasks: 4}\n"
    )
    code = main(
        [
            "eval",
            "suite",
            "--model",
            str(model),
            "--suite",
            str(suite_file),
            "--device",
            "cpu",
            "--json",
        ]
    )
    out = capsys.readouterr().out
    assert code == 0
    report = json.loads(out)
    assert report["chat_model"] and not report["skipped"]
    assert set(report["metrics"]) == set(METRICS)
    assert report["details"]["chat"]["prompts"] == 3
    assert report["details"]["arithmetic"]["n"] == 4
    assert report["details"]["bpb"]["bytes"] <= 4000
    for name in ("template_rate", "parse_rate", "arithmetic_accuracy"):
        assert 0.0 <= report["metrics"][name] <= 1.0
    path = tmp_path / "report.json"
    path.write_text(out)
    assert read_report(path)["metrics"] == report["metrics"]


def test_bad_suite_files_and_reports_are_clear_errors(tmp_path):
    bad = tmp_path / "suite.yaml"
    bad.write_text("perplexity: {}\n")
    with pytest.raises(GenforgeError, match="unknown evaluation 'perplexity'"):
        load_suite(bad)
    bad.write_text("bpb: {max_byte: 10}\n")
    with pytest.raises(
        GenforgeError, match=r"bpb takes data, max_bytes, batch_size, not \['max_byte'\]"
    ):
        load_suite(bad)
    with pytest.raises(GenforgeError, match="suite file not found"):
        load_suite(tmp_path / "nope.yaml")
    rep = tmp_path / "r.json"
    rep.write_text('{"bpb": 1.0}')
    with pytest.raises(GenforgeError, match="not an evaluation report"):
        read_report(rep)
    rep.write_text('{"metrics": {"accuracy": 1.0}}')
    with pytest.raises(GenforgeError, match="unknown metric"):
        read_report(rep)
