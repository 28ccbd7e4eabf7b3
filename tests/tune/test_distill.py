"""Knowledge distillation: the loss by hand and against torch, the cache, and KD vs no KD."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest
import torch
import torch.nn.functional as F

from genforge.errors import GenforgeError
from genforge.tune.distill import (
    DistillConfig,
    WindowBatches,
    cache_teacher_topk,
    kd_loss,
    load_teacher_cache,
    soft_kl,
    split_texts,
    topk_soft_kl,
)

pytestmark = pytest.mark.usefixtures("one_thread")


def _softmax(xs: list[float], t: float) -> list[float]:
    e = [math.exp(x / t) for x in xs]
    return [v / sum(e) for v in e]


def test_kd_loss_equals_hand_computed_mixture():
    s = [[1.0, 0.0, -1.0], [0.5, 2.0, 0.0]]
    t = [[2.0, 0.5, 0.0], [0.0, 0.0, 1.0]]
    targets = [0, 2]
    T, alpha = 2.0, 0.3
    kls, ces = [], []
    for srow, trow, y in zip(s, t, targets, strict=True):
        p, q = _softmax(trow, T), _softmax(srow, T)
        kls.append(sum(pi * math.log(pi / qi) for pi, qi in zip(p, q, strict=True)))
        ces.append(-math.log(_softmax(srow, 1.0)[y]))
    want = alpha * T * T * sum(kls) / 2 + (1 - alpha) * sum(ces) / 2
    student = torch.tensor([s])
    loss, parts = kd_loss(
        student, torch.tensor([targets]), teacher_logits=torch.tensor([t]),
        alpha=alpha, temperature=T,
    )  # fmt: skip
    assert loss.item() == pytest.approx(want, rel=1e-6)
    assert parts["kl"] == pytest.approx(sum(kls) / 2, rel=1e-6)
    assert parts["ce"] == pytest.approx(sum(ces) / 2, rel=1e-6)
    # Ignored targets drop out of both terms.
    loss_one, _ = kd_loss(
        student, torch.tensor([[0, -100]]), teacher_logits=torch.tensor([t]),
        alpha=alpha, temperature=T,
    )  # fmt: skip
    assert loss_one.item() == pytest.approx(alpha * T * T * kls[0] + (1 - alpha) * ces[0], rel=1e-6)


def test_soft_kl_matches_torch_kl_div_both_directions():
    g = torch.Generator().manual_seed(0)
    s, t = torch.randn(3, 5, 17, generator=g), torch.randn(3, 5, 17, generator=g) * 2
    for T in (1.0, 3.0):
        ls, lt = F.log_softmax(s / T, -1), F.log_softmax(t / T, -1)
        forward = F.kl_div(ls, lt, log_target=True, reduction="none").sum(-1)
        reverse = F.kl_div(lt, ls, log_target=True, reduction="none").sum(-1)
        assert torch.allclose(soft_kl(s, t, temperature=T), forward, atol=1e-5)
        assert torch.allclose(soft_kl(s, t, temperature=T, reverse=True), reverse, atol=1e-5)
    assert torch.allclose(soft_kl(s, s), torch.zeros(3, 5), atol=1e-6)


def test_topk_kl_is_exact_at_full_k_and_close_at_small_k():
    g = torch.Generator().manual_seed(1)
    s, t = torch.randn(2, 4, 50, generator=g), torch.randn(2, 4, 50, generator=g) * 4
    v, i = t.topk(50, dim=-1)
    assert torch.allclose(topk_soft_kl(s, v, i, temperature=2.0), soft_kl(s, t, temperature=2.0),
                          atol=1e-5)  # fmt: skip
    v, i = t.topk(20, dim=-1)
    approx = topk_soft_kl(s, v, i, temperature=1.0)
    assert torch.allclose(approx, soft_kl(s, t), rtol=0.15, atol=0.05)
    with pytest.raises(GenforgeError, match="reverse KL needs"):
        kd_loss(s, torch.zeros(2, 4, dtype=torch.long), top_values=v, top_ids=i, reverse=True)


def test_teacher_cache_round_trip_and_batches(tmp_path):
    from genforge.models.gpt import GPT, config_from_preset

    torch.manual_seed(0)
    teacher = GPT(config_from_preset("tiny", vocab_size=64, block_size=32))
    windows = torch.randint(0, 64, (6, 17))
    path = tmp_path / "cache.safetensors"
    made = cache_teacher_topk(teacher, windows, path, top_k=8, batch_size=4)
    back = load_teacher_cache(path)
    assert torch.equal(back["windows"], windows) and back["top_ids"].shape == (6, 16, 8)
    with torch.no_grad():
        logits, _ = teacher(windows[:, :-1])
    assert torch.equal(back["top_ids"].long(), logits.topk(8, -1).indices)
    assert torch.allclose(back["top_values"].float(), logits.topk(8, -1).values, atol=1e-2)
    assert torch.equal(made["top_values"], back["top_values"])
    src = WindowBatches(
        None,
        batch_size=3,
        seq_len=16,
        windows=back["windows"],
        extra={"top_values": back["top_values"], "top_ids": back["top_ids"]},
    )
    b = src.next_batch()
    rows = [int((back["windows"][:, :-1] == r).all(1).nonzero()[0]) for r in b["x"]]
    assert torch.equal(b["top_ids"], back["top_ids"][rows])
    assert torch.equal(b["y"], back["windows"][rows, 1:])
    with pytest.raises(GenforgeError, match="not found"):
        load_teacher_cache(tmp_path / "missing.safetensors")


def test_split_texts_is_stable_and_disjoint():
    texts = [f"document number {i}\n" * 3 for i in range(50)]
    train, held = split_texts(texts)
    assert held and train and not set(train) & set(held)
    assert split_texts(list(reversed(texts)))[1] == list(reversed(held))


def test_config_validation_messages():
    with pytest.raises(GenforgeError, match="--teacher"):
        DistillConfig(out="x").validate()
    with pytest.raises(GenforgeError, match="alpha"):
        DistillConfig(teacher="t", out="x", alpha=1.5).validate()
    with pytest.raises(GenforgeError, match="drop --teacher-cache"):
        DistillConfig(teacher="t", out="x", reverse_kl=True, teacher_cache=True).validate()


# ----------------------------------------------------------------------------- KD vs no KD


def _corpus(n: int = 160) -> list[str]:
    import random

    rng = random.Random(0)
    names = ["alpha", "beta", "gamma", "delta", "value", "count", "item", "total"]
    docs = []
    for i in range(n):
        lines = [f"# module {i}"]
        for _ in range(4):
            a, b = rng.sample(names, 2)
            lines += [f"def {a}_{b}({a}, {b}):", f"    return {a} + {b} * {rng.randint(0, 9)}", ""]
        docs.append("\n".join(lines))
    return docs


def _write_corpus(root):
    from genforge.tokenizer import train_tokenizer

    docs = _corpus()
    (root / "data").mkdir()
    for i, d in enumerate(docs):
        (root / "data" / f"doc{i}.txt").write_text(d)
    return docs, train_tokenizer(docs, vocab_size=300)


@pytest.fixture(scope="module")
def untrained_teacher_dir(tmp_path_factory):
    """A random teacher (for plumbing tests only) and its data folder."""
    from genforge.modeldir import save_model_dir
    from genforge.models.gpt import GPT, config_from_preset

    root = tmp_path_factory.mktemp("kd_raw")
    _, tok = _write_corpus(root)
    torch.manual_seed(0)
    teacher = GPT(config_from_preset("tiny", vocab_size=tok.vocab_size, block_size=64))
    return save_model_dir(root / "teacher", teacher, tok), root / "data"


@pytest.fixture(scope="module")
def teacher_dir(tmp_path_factory):
    """A small teacher trained for a few hundred steps on a synthetic code corpus."""
    from genforge.modeldir import save_model_dir
    from genforge.models.gpt import GPT, config_from_preset
    from genforge.train.loop import LoopConfig, train_loop
    from genforge.train.optim import OptimizerConfig, build_optimizer
    from genforge.tune.distill import ce_loss_fn, split_texts, token_stream

    before = torch.get_num_threads()
    torch.set_num_threads(1)  # module fixtures run before the per-test one_thread
    root = tmp_path_factory.mktemp("kd")
    docs, tok = _write_corpus(root)
    train, _ = split_texts(docs)
    torch.manual_seed(0)
    teacher = GPT(config_from_preset("tiny", vocab_size=tok.vocab_size, block_size=64))
    opt = build_optimizer(teacher, OptimizerConfig(name="adamw", lr=1e-2))
    train_loop(
        teacher, opt, WindowBatches(token_stream(tok, train), batch_size=16, seq_len=64),
        LoopConfig(max_steps=150, warmup_steps=10, checkpoint_every_s=None, progress=False),
        device=torch.device("cpu"), loss_fn=ce_loss_fn,
    )  # fmt: skip
    torch.set_num_threads(before)
    return save_model_dir(root / "teacher", teacher, tok), root / "data"


@pytest.mark.slow
def test_kd_student_beats_no_kd_student_on_heldout_bpb(teacher_dir, tmp_path):
    teacher, data = teacher_dir
    cfg = DistillConfig(
        teacher=str(teacher), data=str(data), out=str(tmp_path / "student"),
        student_preset="tiny", n_layer=1, n_embd=32, max_steps=60, batch_size=8, seq_len=64,
        alpha=0.9, temperature=1.0, lr=1e-2,
    )  # fmt: skip
    from genforge.tune.distill import run_distill

    f = run_distill(cfg)
    assert f["student_params"] < f["teacher_params"] / 2
    assert f["teacher_bpb"] < f["baseline_bpb"]
    # Measured: teacher ~0.33, KD ~1.07, no KD ~1.14 bits per byte.
    assert f["kd_bpb"] < f["baseline_bpb"] - 0.02, f
    saved = json.loads((tmp_path / "student" / "distill_metrics.json").read_text())
    assert saved["kd_bpb"] == pytest.approx(f["kd_bpb"])


def test_cli_distill_with_teacher_cache(untrained_teacher_dir, tmp_path, capsys):
    from genforge.cli import main

    teacher, data = untrained_teacher_dir
    out = tmp_path / "s"
    code = main(
        [
            "distill",
            "--teacher",
            str(teacher),
            "--data",
            str(data),
            "--out",
            str(out),
            "--teacher-cache",
            "--max-steps",
            "5",
            "--json",
            "n_layer=1",
            "n_embd=32",
            "batch_size=4",
            "seq_len=32",
            "cache_windows=16",
            "top_k=8",
        ]
    )
    assert code == 0
    f = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert f["teacher_source"] == "cache" and f["steps"] == 5
    assert load_teacher_cache(out / "teacher_topk.safetensors")["top_ids"].shape == (16, 32, 8)
    assert (out / "run" / "metrics.jsonl").is_file()
    # `genforge lineage` follows the recorded teacher back to its dir
    from genforge.safety.lineage import lineage

    tree = lineage(out)
    assert [p["model_dir"] for p in tree["parents"]] == [str(Path(teacher).resolve())]
    assert f["teacher_weights_sha256"] == tree["parents"][0]["weights_sha256"]
    # the student is not replaced silently; epochs (16 windows / 4 a batch = 4 steps each)
    again = [
        "distill",
        "--teacher",
        str(teacher),
        "--data",
        str(data),
        "--out",
        str(out),
        "--teacher-cache",
        "--json",
        "n_layer=1",
        "n_embd=32",
        "batch_size=4",
        "seq_len=32",
        "cache_windows=16",
        "top_k=8",
        "epochs=2",
    ]
    assert main(again) == 2
    err = capsys.readouterr().err
    assert "--overwrite" in err and "holds a trained model" in err
    assert main([*again, "overwrite=true"]) == 0
    f = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert f["steps"] == 8 and f["heldout_too_small"] == (f["heldout_docs"] < 20)
    assert (
        main(["distill", "--teacher", str(teacher), "--out", str(tmp_path / "x"), "--alpha", "2"])
        == 2
    )
    assert "alpha" in capsys.readouterr().err


def test_window_batches_resume_the_same_draws():
    stream = torch.arange(500)
    straight = WindowBatches(stream, batch_size=3, seq_len=8, seed=4)
    batches = [straight.next_batch()["x"] for _ in range(5)]
    resumed = WindowBatches(stream, batch_size=3, seq_len=8, seed=4)
    resumed.load_state_dict({"drawn": 2})  # what state_dict() saved after two batches
    assert all(torch.equal(resumed.next_batch()["x"], b) for b in batches[2:])


@pytest.mark.parametrize("phase", ["kd", "baseline"])
def test_interrupted_distill_resumes_to_the_same_students(
    phase, untrained_teacher_dir, tmp_path, monkeypatch
):
    """Ctrl-C in the KD student's or the no-KD student's training saves a checkpoint in
    .OUT.run; --resume finishes both and publishes what an uninterrupted run does."""
    import os
    import signal

    from safetensors.torch import load_file

    import genforge.tune.distill as distill
    from genforge.train.loop import TrainingInterrupted

    teacher, data = untrained_teacher_dir

    def cfg(out, **kw):
        return DistillConfig(teacher=str(teacher), data=str(data), out=str(out), n_layer=1,
                             n_embd=32, max_steps=10, batch_size=4, seq_len=32, **kw)  # fmt: skip

    straight = distill.run_distill(cfg(tmp_path / "straight"))
    warn = distill.many_epochs_warning
    calls = []

    def ctrl_c_at_step_4(*args):  # the students' on_step hook, pressing Ctrl-C once
        hook = warn(*args)
        calls.append(1)
        armed = len(calls) == (1 if phase == "kd" else 2)

        def on_step(step, model):
            if armed and step == 4:
                os.kill(os.getpid(), signal.SIGINT)
            return hook(step, model)

        return on_step

    monkeypatch.setattr(distill, "many_epochs_warning", ctrl_c_at_step_4)
    out = tmp_path / "resumed"
    with pytest.raises(TrainingInterrupted) as stopped:
        distill.run_distill(cfg(out))
    assert stopped.value.step == 4
    monkeypatch.setattr(distill, "many_epochs_warning", warn)
    torch.manual_seed(123)
    resumed = distill.run_distill(cfg(out, resume=True))
    for key in ("steps", "kd_bpb", "baseline_bpb"):
        assert resumed[key] == pytest.approx(straight[key], abs=1e-6), key
    got = load_file(str(out / "model.safetensors"))
    want = load_file(str(tmp_path / "straight" / "model.safetensors"))
    for name in want:
        assert torch.allclose(got[name], want[name], rtol=0, atol=1e-6), name
    assert (out / "run" / "baseline" / "metrics.jsonl").is_file()
