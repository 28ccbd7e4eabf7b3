"""The language-model ladder end to end on a small corpus, through the CLI."""

from __future__ import annotations

import json
import sysconfig
from pathlib import Path

import pytest

from genforge.errors import GenforgeError
from genforge.eval.ladder import LadderConfig, run_ladder


@pytest.fixture
def corpus(tmp_path, monkeypatch):
    """~12 standard-library modules as a text folder, with a private pretraining cache."""
    monkeypatch.setenv("GENFORGE_CACHE", str(tmp_path / "cache"))
    root = Path(sysconfig.get_paths()["stdlib"])
    src = tmp_path / "corpus"
    src.mkdir()
    for f in sorted(root.glob("*.py"))[:12]:
        (src / f.name).write_text(f.read_text(encoding="utf-8"), encoding="utf-8")
    return src


@pytest.mark.slow
def test_ladder_cli_scores_every_rung_on_the_same_text(corpus, tmp_path, capsys):
    import torch

    from genforge.cli import main
    from genforge.models.ngram import NGramLM
    from genforge.models.rnnlm import load_rnnlm

    threads = torch.get_num_threads()
    code = main(
        [
            "ladder",
            "--budget",
            "3",
            "--data",
            str(corpus),
            "--eval-bytes",
            "6000",
            "--gpt-preset",
            "tiny",
            "--threads",
            "1",
            "--out",
            str(tmp_path / "models"),
            "--device",
            "cpu",
            "--json",
        ]
    )
    torch.set_num_threads(threads)
    assert code == 0
    result = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    rows = {r["rung"]: r for r in result["rungs"]}
    assert list(rows) == ["ngram", "rnn", "lstm", "gpt"]
    # Same held-out text for every rung (same tokenizer too, so the same token count).
    assert len({(r["eval_bytes"], r["eval_tokens"]) for r in rows.values()}) == 1
    for r in rows.values():
        assert r["params"] > 0 and r["train_tokens"] > 0
        # Budget respected (the GPT's includes data loading and sizing, hence the margin).
        assert r["train_seconds"] < 3 * 2 + 10
        # Every rung learned: far below a uniform guess over the byte alphabet.
        assert r["bpb"] < 6.0, r
    # The n-gram counts exactly what it needs in seconds; on Python source it is strong.
    assert rows["ngram"]["bpb"] < 3.0
    ng = NGramLM.load(tmp_path / "models" / "ngram")
    assert ng.num_entries() == rows["ngram"]["params"]
    assert load_rnnlm(tmp_path / "models" / "lstm").config.cell == "lstm"


def test_ladder_config_errors():
    with pytest.raises(GenforgeError, match="rungs must be"):
        run_ladder(LadderConfig(rungs=["transformer"]))
    with pytest.raises(GenforgeError, match="budget"):
        run_ladder(LadderConfig(budget=0))
