"""``--resume`` for the preference stages (reward model, DPO): Ctrl-C mid-run saves a
checkpoint in OUT/run, and the resumed run publishes what an uninterrupted run publishes."""

from __future__ import annotations

import os
import signal

import pytest
import torch
from safetensors.torch import load_file

import genforge.tune.dpo as dpo
import genforge.tune.reward as reward
from genforge.errors import GenforgeError
from genforge.train.loop import TrainingInterrupted

STAGES = {
    "rm": (reward, reward.RewardConfig, reward.run_reward),
    "dpo": (dpo, dpo.DPOConfig, dpo.run_dpo),
}


def _weights(model_dir):
    return {
        f"{p.name}:{k}": v
        for p in sorted(model_dir.glob("*.safetensors"))
        for k, v in load_file(str(p)).items()
    }


@pytest.mark.parametrize("stage", sorted(STAGES))
def test_interrupted_preference_run_resumes_exactly(
    stage, tiny_dir, pref_files, tmp_path, monkeypatch
):
    module, config, run = STAGES[stage]

    def cfg(out, **kw):
        return config(
            model=str(tiny_dir),
            data=str(pref_files["train"]),
            eval_data=str(pref_files["test"]),
            out=str(out),
            max_steps=12,
            time_budget=None,
            batch_size=4,
            max_len=64,
            eval_every=1000,
            device="cpu",
            threads=1,
            progress=False,
            **kw,
        )

    torch.manual_seed(0)
    run(cfg(tmp_path / "straight"))

    warn = module.many_epochs_warning

    def ctrl_c_at_step_5(*args):  # the stage's on_step hook, pressing Ctrl-C once
        hook = warn(*args)

        def on_step(step, model):
            if step == 5:
                os.kill(os.getpid(), signal.SIGINT)
            return hook(step, model)

        return on_step

    monkeypatch.setattr(module, "many_epochs_warning", ctrl_c_at_step_5)
    out = tmp_path / "resumed"
    torch.manual_seed(0)
    with pytest.raises(TrainingInterrupted) as stopped:
        run(cfg(out))
    assert 5 <= stopped.value.step < 12 and (out / "run" / "checkpoint").is_dir()
    monkeypatch.setattr(module, "many_epochs_warning", warn)

    # A fresh start over the checkpoint, or a resume that would be another run, is refused.
    with pytest.raises(GenforgeError, match="pass --resume to continue its run"):
        run(cfg(out))
    with pytest.raises(GenforgeError, match=r"--resume: lr=1\.0 \(the run used"):
        run(cfg(out, resume=True, lr=1.0))

    torch.manual_seed(123)  # the checkpoint, not the global RNG, decides what follows
    summary = run(cfg(out, resume=True))
    assert summary["steps"] == 12
    got, want = _weights(out), _weights(tmp_path / "straight")
    assert got.keys() == want.keys() and got
    for name in want:
        assert torch.allclose(got[name], want[name], rtol=0, atol=1e-6), name
    start = load_file(str(tiny_dir / "model.safetensors"))
    shared = [k for k in start if f"model.safetensors:{k}" in got]
    assert shared  # the trunk keeps the base's names
    assert any(not torch.allclose(got[f"model.safetensors:{k}"], start[k]) for k in shared)


@pytest.mark.parametrize(
    ("stage", "module", "entry", "argv"),
    [
        ("dpo", "genforge.tune.dpo", "run_dpo", ["--model", "m"]),
        ("distill", "genforge.tune.distill", "run_distill", ["--teacher", "m"]),
        ("rl", "genforge.tune.rl", "run_rl", ["--model", "m"]),
    ],
)
def test_interrupt_message_says_whether_the_stage_resumes(
    stage, module, entry, argv, monkeypatch, tmp_path, capsys
):
    import importlib

    from genforge.cli import main

    def stopped(cfg, **kw):
        raise TrainingInterrupted(3, tmp_path / "run" / "checkpoint")

    monkeypatch.setattr(importlib.import_module(module), entry, stopped)
    assert main([stage, *argv, "--out", "o", "--max-steps", "9"]) == 130
    err = capsys.readouterr().err
    assert "stopped at step 3" in err
    assert f"continue with: genforge {stage} {' '.join(argv)} --out o --max-steps 9 --resume" in err
