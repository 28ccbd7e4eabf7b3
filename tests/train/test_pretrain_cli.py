"""End-to-end `genforge pretrain` through the CLI entry point, in-process."""

import json
import shutil

import pytest

from genforge.cli import main
from genforge.modeldir import load_model_dir

TINY = ["--preset", "tiny", "seq_len=32", "batch_size=4", "vocab_size=300", "log_every=5",
        "eval_tokens=2000", "--no-progress", "--json"]  # fmt: skip


@pytest.fixture
def cache(tmp_path, monkeypatch):
    d = tmp_path / "cache"
    monkeypatch.setenv("GENFORGE_CACHE", str(d))
    return d


def run_cli(capsys, *argv) -> tuple[int, dict | None, str]:
    code = main(["pretrain", *map(str, argv)])
    captured = capsys.readouterr()
    lines = [ln for ln in captured.out.splitlines() if ln.startswith("{")]
    return code, (json.loads(lines[-1]) if lines else None), captured.err


def test_pretrain_raw_text_to_loadable_model_dir_then_cached(raw_text_dir, tmp_path, cache,
                                                             capsys):  # fmt: skip
    out = tmp_path / "model"
    # overrides may sit between flags
    code, summary, err = run_cli(capsys, "--data", raw_text_dir, "eval_tokens=2000", "--out",
                                 out, "--max-steps", 12, *TINY)  # fmt: skip
    assert code == 0, err
    assert summary["steps"] == 12 and summary["data_cached"] is False
    assert summary["val_bpb"] > 0 and summary["tokens"] == 12 * 4 * 32
    loaded = load_model_dir(out)
    assert loaded.model.config.n_layer == 2 and loaded.model.config.block_size == 32
    assert loaded.model.config.tie_embeddings is False  # the default: a separate LM head
    assert loaded.tokenizer.vocab_size <= 300
    card = (out / "card.md").read_text()
    run_cfg = json.loads((out / "run" / "config.json").read_text())
    assert run_cfg["data"]["fingerprint"] in card
    assert loaded.tokenizer.sha256 in card
    assert f"{summary['val_bpb']:.4f}" in card and "steps: 12" in card
    assert run_cfg["pretrain"]["seq_len"] == 32 and run_cfg["model"]["preset"] == "tiny"
    for name in ("metrics.jsonl", "loss.png", "checkpoint/state.json"):
        assert (out / "run" / name).is_file(), name

    # same inputs again: the data pipeline and tokenizer are not re-run
    stamp = {p: p.stat().st_mtime_ns for p in cache.rglob("*") if p.is_file()}
    code, again, err = run_cli(capsys, "--data", raw_text_dir, "--out", out,
                               "--max-steps", 12, "overwrite=true", *TINY)  # fmt: skip
    assert code == 0, err
    assert again["data_cached"] is True and "cleaning" not in err
    assert {p: p.stat().st_mtime_ns for p in stamp} == stamp
    # the same seed and data give the same model
    assert again["val_loss"] == pytest.approx(summary["val_loss"], abs=1e-6)

    # resume the run and train further
    code, more, err = run_cli(capsys, "--data", raw_text_dir, "--out", out, "--resume",
                              "--max-steps", 16, *TINY)  # fmt: skip
    assert code == 0, err
    assert more["steps"] == 16
    steps = [r["step"] for r in map(json.loads, (out / "run" / "metrics.jsonl").open())
             if "loss" in r]  # fmt: skip
    assert steps == [5, 10, 12, 15, 16]


def test_auto_size_picks_a_candidate_within_budget(raw_text_dir, tmp_path, cache, capsys):
    out = tmp_path / "auto"
    code, summary, err = run_cli(
        capsys, "--data", raw_text_dir, "--out", out, "--time-budget", 6,
        "auto_candidates=tiny,small", "seq_len=32", "batch_size=4", "vocab_size=300",
        "eval_tokens=2000", "--no-progress", "--json",
    )  # fmt: skip
    assert code == 0, err
    assert summary["preset"] in ("tiny", "small")
    run_cfg = json.loads((out / "run" / "config.json").read_text())
    assert "tiny" in run_cfg["auto_size"] and run_cfg["auto_size"]["tiny"]["tokens_per_s"] > 0
    assert "auto-size" in err
    # The budget covers the whole command; allow one slow step of overrun on a busy machine.
    assert summary["total_seconds"] < 6 + 3.0


def test_bad_inputs_exit_2_with_clear_messages(raw_text_dir, tmp_path, cache, capsys):
    out = tmp_path / "m"
    code, _, err = run_cli(capsys, "--data", tmp_path / "nope", "--out", out, "--max-steps", 2)
    assert code == 2 and "nope" in err

    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "a.txt").write_text("")
    code, _, err = run_cli(capsys, "--data", empty, "--out", out, "--max-steps", 2, *TINY)
    assert code == 2 and "error:" in err

    code, _, err = run_cli(capsys, "--data", raw_text_dir, "--out", out, "--max-steps", 2,
                           "learning_rate=1")  # fmt: skip
    assert code == 2 and "learning_rate" in err

    code, _, err = run_cli(capsys, "--data", raw_text_dir, "--out", out)
    assert code == 2 and "--time-budget SECONDS or --max-steps N" in err

    occupied = tmp_path / "occupied"
    occupied.mkdir()
    (occupied / "notes.txt").write_text("mine")
    code, _, err = run_cli(capsys, "--data", raw_text_dir, "--out", occupied, "--max-steps",
                           2, *TINY)  # fmt: skip
    assert code == 2 and "not a genforge model dir" in err
    assert (occupied / "notes.txt").read_text() == "mine"

    code, _, err = run_cli(capsys, "--data", raw_text_dir, "--out", out, "--max-steps", 4,
                           "overwrite=true", *TINY)  # fmt: skip
    assert code == 0, err
    weights = out / "run" / "checkpoint" / "model.safetensors"
    weights.write_bytes(weights.read_bytes()[:-100])
    code, _, err = run_cli(capsys, "--data", raw_text_dir, "--out", out, "--resume",
                           "--max-steps", 8, *TINY)  # fmt: skip
    assert code == 2 and "model.safetensors" in err and "truncated" in err
    shutil.rmtree(out / "run" / "checkpoint")
    code, _, err = run_cli(capsys, "--data", raw_text_dir, "--out", out, "--resume",
                           "--max-steps", 8, *TINY)  # fmt: skip
    assert code == 2 and "no checkpoint" in err


@pytest.mark.parametrize("recipe", ["tiny", "demo", "gpt2-124m"])
def test_recipes_resolve(recipe):
    from pathlib import Path

    from genforge.config import resolve_config
    from genforge.models.gpt import PRESETS
    from genforge.train.pretrain import PretrainConfig

    path = Path(__file__).parents[2] / "recipes" / f"{recipe}.yaml"
    cfg = resolve_config(PretrainConfig, path, ["data=x", "out=y"])
    assert cfg.time_budget or cfg.max_steps
    assert cfg.preset is None or cfg.preset in PRESETS


def test_tiny_recipe_runs(raw_text_dir, tmp_path, cache, capsys):
    from pathlib import Path

    recipe = Path(__file__).parents[2] / "recipes" / "tiny.yaml"
    out = tmp_path / "r"
    code, summary, err = run_cli(capsys, "--data", raw_text_dir, "--out", out, "--recipe",
                                 recipe, "--max-steps", 6, "--no-progress", "--json")  # fmt: skip
    assert code == 0, err
    assert summary["steps"] == 6 and summary["preset"] == "tiny"
    run_cfg = json.loads((out / "run" / "config.json").read_text())
    assert run_cfg["recipe"] == str(recipe) and run_cfg["pretrain"]["seq_len"] == 64


def test_trained_model_dir_is_not_replaced_without_overwrite(raw_text_dir, tmp_path, cache, capsys):
    out = tmp_path / "m"
    code, _, err = run_cli(capsys, "--data", raw_text_dir, "--out", out, "--max-steps", 4, *TINY)
    assert code == 0, err
    weights = (out / "model.safetensors").read_bytes()
    code, _, err = run_cli(capsys, "--data", raw_text_dir, "--out", out, "--max-steps", 2, *TINY)
    assert code == 2 and "--overwrite" in err and "--resume" in err, err
    assert (out / "model.safetensors").read_bytes() == weights
    assert "cleaning" not in err and "auto-size" not in err  # refused before any data work
    code, second, err = run_cli(
        capsys, "--data", raw_text_dir, "--out", out, "--max-steps", 2, "overwrite=true", *TINY
    )
    assert code == 0, err
    assert second["steps"] == 2 and (out / "model.safetensors").read_bytes() != weights
    # an interrupted run (a checkpoint, no model dir yet) is work too
    unfinished = tmp_path / "unfinished"
    shutil.copytree(out / "run", unfinished / "run")
    code, _, err = run_cli(
        capsys, "--data", raw_text_dir, "--out", unfinished, "--max-steps", 2, *TINY
    )
    assert code == 2 and "unfinished run" in err and "--resume" in err


def test_cheap_checks_come_before_data_work(tmp_path, cache, capsys):
    missing = tmp_path / "no-such-data"
    code, _, err = run_cli(
        capsys, "--data", missing, "--out", tmp_path / "new", "--resume", "--max-steps", 2
    )
    assert code == 2 and "no checkpoint to resume from" in err and "drop --resume" in err
    code, _, err = run_cli(capsys, "--data", missing, "--out", tmp_path / "new", "--time-budget", 1)
    assert code == 2 and "time_budget 1 s is below" in err
    assert not cache.exists() or not any(cache.rglob("*.bin"))


def test_auto_size_says_when_it_trains_a_candidate_that_does_not_fit():
    import torch

    from genforge.train.pretrain import PretrainConfig, choose_model_size

    cfg = PretrainConfig(
        data="x",
        out="y",
        seq_len=32,
        batch_size=2,
        max_steps=1,
        auto_candidates=["tiny", "small"],
        size_rule="tokens_per_param",
        tokens_per_param=1e12,
    )
    said = []
    chosen, report = choose_model_size(cfg, 320, torch.device("cpu"), 2.0, said.append)
    assert chosen == "tiny" and not report["tiny"]["fits"]
    assert len(said) == 1 and "training it anyway" in said[0], said


def test_interrupt_prints_the_command_that_resumes(monkeypatch, tmp_path, capsys):
    import genforge.train.pretrain as pretrain
    from genforge.train.loop import TrainingInterrupted

    def stopped(cfg, **kw):
        raise TrainingInterrupted(7, tmp_path / "m" / "run" / "checkpoint")

    monkeypatch.setattr(pretrain, "run_pretrain", stopped)
    code = main(["pretrain", "--data", "stdlib", "--out", str(tmp_path / "m"), "--max-steps", "50"])
    err = capsys.readouterr().err
    assert code == 130
    want = f"genforge pretrain --data stdlib --out {tmp_path / 'm'} --max-steps 50 --resume"
    assert f"continue with: {want}" in err, err
    assert "stopped at step 7" in err


def test_pretrain_uses_a_trained_tokenizer_as_is(raw_text_dir, tmp_path, cache, capsys):
    # Issue 22 item 5: `pretrain ... tokenizer=DIR` silently trained a new tokenizer.
    tok_dir = tmp_path / "tok"
    argv = ["tokenizer", "train", "--data", str(raw_text_dir), "--out", str(tok_dir)]
    assert main([*argv, "--vocab-size", "280", "--json"]) == 0
    trained = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    out = tmp_path / "m"
    code, _, err = run_cli(
        capsys, "--data", raw_text_dir, "--out", out, f"tokenizer={tok_dir}", "--max-steps", 2,
        *TINY,
    )  # fmt: skip
    assert code == 0, err
    assert "as is" in err
    loaded = load_model_dir(out)
    assert loaded.tokenizer.sha256 == trained["sha256"]
    assert loaded.tokenizer.vocab_size == 280  # not the vocab_size=300 setting in TINY


def test_one_default_vocabulary_for_tokenizer_and_pretrain():
    from genforge.cli import build_parser
    from genforge.train.pretrain import PretrainConfig

    args = build_parser().parse_args(["tokenizer", "train", "--data", "d", "--out", "o"])
    assert args.vocab_size == PretrainConfig().vocab_size


def test_model_config_unties_the_head_unless_the_preset_or_the_run_ties_it():
    from genforge.train.pretrain import PretrainConfig, build_model_config

    cfg = PretrainConfig(seq_len=64)
    assert build_model_config(cfg, 512, "tiny").tie_embeddings is False
    assert build_model_config(cfg, 512, "gpt2-124m").tie_embeddings is True
    assert build_model_config(cfg, 512, "llama-124m").tie_embeddings is True
    tied = PretrainConfig(seq_len=64, tie_embeddings=True)
    assert build_model_config(tied, 512, "tiny").tie_embeddings is True
