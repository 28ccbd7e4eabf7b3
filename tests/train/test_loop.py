import json
import time

import pytest
import torch

from genforge.data.loader import TokenLoader
from genforge.errors import GenforgeError
from genforge.models.gpt import GPT, GPTConfig
from genforge.train.loop import LoopConfig, causal_lm_loss, train_loop
from genforge.train.metrics import read_metrics
from genforge.train.optim import OptimizerConfig, build_optimizer

DEV = torch.device("cpu")


def setup(shards, seed=0, batch_size=4, dropout=0.1, dtype=torch.float32):
    torch.manual_seed(seed)
    cfg = GPTConfig(vocab_size=320, n_layer=2, n_head=2, n_embd=32, block_size=32,
                    dropout=dropout)  # fmt: skip
    model = GPT(cfg).to(dtype)
    opt = build_optimizer(model, OptimizerConfig(name="adamw", lr=3e-3))
    loader = TokenLoader(shards["train"], batch_size=batch_size, seq_len=32, seed=seed)
    return model, opt, loader


def loop_cfg(**kw):
    base = dict(max_steps=8, log_every=1, warmup_steps=2, progress=False,
                checkpoint_every_s=None)  # fmt: skip
    return LoopConfig(**{**base, **kw})


def train_losses(run_dir):
    return {r["step"]: r["loss"] for r in read_metrics(run_dir / "metrics.jsonl") if "loss" in r}


def test_resume_continues_exactly(tiny_shards, tmp_path):
    straight_dir, broken_dir = tmp_path / "straight", tmp_path / "broken"
    model, opt, loader = setup(tiny_shards)
    train_loop(model, opt, loader, loop_cfg(), device=DEV, run_dir=straight_dir)
    straight = train_losses(straight_dir)
    assert sorted(straight) == list(range(1, 9))

    # the same run, killed during step 6 after a checkpoint at step 4
    calls = {"n": 0}

    def dies_at_step_6(model, batch):
        calls["n"] += 1
        if calls["n"] == 6:
            raise KeyboardInterrupt
        return causal_lm_loss(model, batch)

    model, opt, loader = setup(tiny_shards)
    with pytest.raises(KeyboardInterrupt):
        train_loop(model, opt, loader, loop_cfg(checkpoint_every=4), device=DEV,
                   run_dir=broken_dir, loss_fn=dies_at_step_6)  # fmt: skip
    assert max(train_losses(broken_dir)) == 5

    # a fresh process: different init seed and loader position, all restored from disk
    model, opt, loader = setup(tiny_shards, seed=123)
    result = train_loop(model, opt, loader, loop_cfg(checkpoint_every=4), device=DEV,
                        run_dir=broken_dir, resume=True)  # fmt: skip
    resumed = train_losses(broken_dir)
    assert result.step == 8
    assert sorted(resumed) == list(range(1, 9))  # step 5 logged once, not twice
    for step in range(1, 9):
        assert resumed[step] == pytest.approx(straight[step], abs=1e-6), step


def test_time_budget_stops_and_writes_metrics_plot_checkpoint(tiny_shards, tmp_path):
    model, opt, loader = setup(tiny_shards)
    val = tiny_shards["val"]
    from genforge.train.pretrain import make_eval_fn

    eval_fn = make_eval_fn(val, seq_len=32, batch_size=8, max_tokens=2000, device=DEV)
    cfg = loop_cfg(max_steps=None, time_budget=2.0, log_every=1, eval_every=10)
    result = train_loop(model, opt, loader, cfg, device=DEV, run_dir=tmp_path,
                        eval_fn=eval_fn)  # fmt: skip
    # The final eval and checkpoint are reserved inside the budget; the slack only covers
    # one slow step on a busy machine (an unbounded run would never return at all).
    assert 1.0 <= result.elapsed < 2.0 + 2.5
    assert result.step >= 3
    assert result.eval["val_loss"] > 0 and 0 < result.eval["val_bpb"] < 10
    rows = read_metrics(tmp_path / "metrics.jsonl")
    train_rows = [r for r in rows if "loss" in r]
    eval_rows = [r for r in rows if "val_loss" in r]
    assert {"step", "loss", "lr", "grad_norm", "tokens_per_s", "mfu", "elapsed"} <= set(
        train_rows[0]
    )
    assert train_rows[0]["tokens_per_s"] > 0 and train_rows[0]["mfu"] > 0
    assert eval_rows[-1]["step"] == result.step
    assert len(eval_rows) >= 2  # at half time (or every 10 steps) and at the end
    assert (tmp_path / "loss.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    state = json.loads((tmp_path / "checkpoint" / "state.json").read_text())
    assert state["step"] == result.step
    # The LR follows the time-based cosine to its end: lower at the last step (every step is
    # logged) than at its peak, and near the minimum when training went on past 60% of the
    # budget. (On a loaded machine a slow eval can take the rest of the budget:
    # the loop then stops training early to fit the final eval and checkpoint.)
    lrs = [r["lr"] for r in train_rows]
    assert lrs[-1] < max(lrs)
    if train_rows[-1]["elapsed"] >= 0.6 * 2.0:
        assert lrs[-1] < 0.3 * 3e-3


def test_grad_accumulation_equals_big_batch(tiny_shards, tmp_path):
    # float64: in float32 the two summation orders differ by ~1e-7 per gradient, and Adam's
    # division by sqrt(v) magnifies that for near-zero gradients past any fixed tolerance.
    a_model, a_opt, a_loader = setup(tiny_shards, batch_size=8, dropout=0.0, dtype=torch.float64)
    b_model, b_opt, b_loader = setup(tiny_shards, batch_size=4, dropout=0.0, dtype=torch.float64)
    cfg = dict(max_steps=2, checkpoint_every_s=None, progress=False, grad_clip=0.5)
    ra = train_loop(a_model, a_opt, a_loader, LoopConfig(**cfg), device=DEV)
    rb = train_loop(b_model, b_opt, b_loader, LoopConfig(**cfg, grad_accum=2), device=DEV)
    assert ra.tokens == rb.tokens == 2 * 8 * 32
    for p, q in zip(a_model.parameters(), b_model.parameters()):
        torch.testing.assert_close(p, q, rtol=1e-9, atol=1e-10)


def test_loop_config_errors(tiny_shards, tmp_path):
    model, opt, loader = setup(tiny_shards)
    with pytest.raises(GenforgeError, match="max_steps or time_budget"):
        train_loop(model, opt, loader, LoopConfig(), device=DEV)
    with pytest.raises(GenforgeError, match="no checkpoint"):
        train_loop(model, opt, loader, loop_cfg(), device=DEV, run_dir=tmp_path, resume=True)
    with pytest.raises(GenforgeError, match="fp16 needs a CUDA"):
        train_loop(model, opt, loader, loop_cfg(dtype="fp16"), device=DEV)


class _Widths:
    """Batches of varying width (like RL rollouts): ``(x, y)`` of shape (2, w)."""

    def __init__(self, widths):
        self.widths, self.i = widths, 0

    def next_batch(self):
        w = self.widths[self.i % len(self.widths)]
        self.i += 1
        x = torch.randint(0, 320, (2, w + 1), generator=torch.Generator().manual_seed(self.i))
        return x[:, :-1], x[:, 1:]

    def state_dict(self):
        return {"i": self.i}

    def load_state_dict(self, state):
        self.i = state["i"]


def test_tokens_count_every_batch_when_widths_vary(tiny_shards, tmp_path):
    model, opt, _ = setup(tiny_shards)
    widths = [4, 16, 8, 31]
    cfg = loop_cfg(max_steps=2, grad_accum=2)
    result = train_loop(model, opt, _Widths(widths), cfg, device=DEV, run_dir=tmp_path)
    assert result.tokens == 2 * sum(widths)
    rows = [r for r in read_metrics(tmp_path / "metrics.jsonl") if "loss" in r]
    assert [r["tokens"] for r in rows] == [2 * (4 + 16), 2 * sum(widths)]


def test_lr_follows_the_schedule_when_a_group_has_no_base_lr(tiny_shards, tmp_path):
    from genforge.train.schedule import lr_factor, progress_of

    model, _, loader = setup(tiny_shards)
    opt = torch.optim.AdamW(model.parameters(), lr=1e-2)  # no "base_lr" in its group
    cfg = loop_cfg(max_steps=6, warmup_steps=0, schedule="cosine")
    train_loop(model, opt, loader, cfg, device=DEV, run_dir=tmp_path)
    rows = [r for r in read_metrics(tmp_path / "metrics.jsonl") if "loss" in r]
    for r in rows:
        want = 1e-2 * lr_factor(
            r["step"] - 1,
            progress_of(r["step"] - 1, 0.0, max_steps=6, time_budget=None),
            schedule="cosine",
        )
        assert r["lr"] == pytest.approx(want, rel=1e-9), r["step"]


def test_loss_metrics_are_averaged_into_train_rows_and_on_step_follows_each_step(
    tiny_shards, tmp_path
):
    model, opt, loader = setup(tiny_shards)
    calls = {"n": 0}
    seen = []

    def loss_with_figures(m, batch):
        calls["n"] += 1
        return causal_lm_loss(m, batch), {"calls": torch.tensor(float(calls["n"])), "one": 1}

    def on_step(step, m):
        assert m is model and not any(p.grad is not None for p in m.parameters())
        seen.append(step)
        return {"hook_step": step} if step == 3 else None

    cfg = loop_cfg(max_steps=4, log_every=2, grad_accum=2)
    hooks = dict(loss_fn=loss_with_figures, on_step=on_step)
    train_loop(model, opt, loader, cfg, device=DEV, run_dir=tmp_path, **hooks)
    assert seen == [1, 2, 3, 4]
    rows = read_metrics(tmp_path / "metrics.jsonl")
    train_rows = [r for r in rows if "loss" in r]
    # steps 1-2 ran micro-batches 1..4, steps 3-4 ran 5..8: their means
    assert [(r["step"], r["calls"], r["one"]) for r in train_rows] == [(2, 2.5, 1), (4, 6.5, 1)]
    assert next(r for r in rows if "hook_step" in r)["step"] == 3


def test_time_limited_progress_bar_counts_steps_and_time_left(tiny_shards, tmp_path, capsys):
    model, opt, loader = setup(tiny_shards)
    cfg = loop_cfg(max_steps=None, time_budget=1.0, progress=True)
    train_loop(model, opt, loader, cfg, device=DEV)
    err = capsys.readouterr().err
    assert "step" in err and "s left" in err
    assert "s/s" not in err  # not seconds of wall clock counted as the unit of work


INTERRUPTED_RUN = """
import sys, torch
from genforge.data.loader import TokenLoader
from genforge.models.gpt import GPT, GPTConfig
from genforge.train.loop import LoopConfig, train_loop
from genforge.train.optim import OptimizerConfig, build_optimizer

shards, run_dir, resume = sys.argv[1], sys.argv[2], sys.argv[3] == "1"
torch.manual_seed(0)
model = GPT(GPTConfig(vocab_size=320, n_layer=2, n_head=2, n_embd=32, block_size=32))
opt = build_optimizer(model, OptimizerConfig(name="adamw", lr=3e-3))
loader = TokenLoader(shards, batch_size=4, seq_len=32, seed=0)
slow = lambda step, m: (print("step", step, flush=True), __import__("time").sleep(0.05))[0]
cfg = LoopConfig(max_steps=60, log_every=1, warmup_steps=2, progress=False,
                 checkpoint_every_s=None)
train_loop(model, opt, loader, cfg, device=torch.device("cpu"), run_dir=run_dir,
           resume=resume, on_step=None if resume else slow)
"""


@pytest.mark.parametrize("sig", ["SIGINT", "SIGTERM"])
def test_signal_saves_a_checkpoint_and_the_run_resumes_exactly(tiny_shards, tmp_path, sig):
    import signal
    import subprocess
    import sys

    script = tmp_path / "run.py"
    script.write_text(INTERRUPTED_RUN)
    run_dir = tmp_path / "run"
    args = [sys.executable, str(script), str(tiny_shards["train"]), str(run_dir)]
    proc = subprocess.Popen([*args, "0"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    for line in proc.stdout:  # wait until it is training
        if line.startswith("step 3"):
            break
    proc.send_signal(getattr(signal, sig))
    _, err = proc.communicate(timeout=120)
    assert proc.returncode != 0 and "TrainingInterrupted" in err, err
    stopped = json.loads((run_dir / "checkpoint" / "state.json").read_text())["step"]
    assert 3 <= stopped < 60
    model, opt, loader = setup(tiny_shards, dropout=0.0)
    straight_dir = tmp_path / "straight"
    train_loop(model, opt, loader, loop_cfg(max_steps=60), device=DEV, run_dir=straight_dir)
    straight = train_losses(straight_dir)
    # resumed in a new process, it logs what the uninterrupted run logs, step by step
    resumed = subprocess.run([*args, "1"], capture_output=True, text=True, timeout=300)
    assert resumed.returncode == 0, resumed.stderr
    logged = train_losses(run_dir)
    assert sorted(logged) == list(range(1, 61))
    for step in range(1, 61):
        assert logged[step] == pytest.approx(straight[step], abs=1e-6), step


def test_loss_plot_has_bpb_panel_log_option_and_pretrain_spreads_evals(tmp_path):
    from genforge.train.metrics import MetricsLog, plot_losses
    from genforge.train.pretrain import PretrainConfig

    log = MetricsLog(tmp_path / "metrics.jsonl")
    for step in range(1, 31):
        log.write({"step": step, "loss": 5.0 / step})
        if step % 5 == 0:
            log.write({"step": step, "val_loss": 5.5 / step, "val_bpb": 2.0 / step})
    log.close()
    import matplotlib.image

    plot_losses(tmp_path / "metrics.jsonl", tmp_path / "a.png")
    plot_losses(tmp_path / "metrics.jsonl", tmp_path / "b.png", log_y=True)
    a, b = matplotlib.image.imread(tmp_path / "a.png"), matplotlib.image.imread(tmp_path / "b.png")
    assert a.shape[1] > 1.4 * a.shape[0]  # two panels side by side: loss and bpb
    assert a.shape == b.shape and not (a == b).all()  # the log axis draws differently
    # pretraining without an eval cadence spreads evals over the run, not only at the end
    by_steps = PretrainConfig(data="x", out="y", max_steps=600).loop_config(None)
    assert by_steps.eval_every == 100
    by_time = PretrainConfig(data="x", out="y", time_budget=60).loop_config(57.0)
    assert by_time.eval_every_s == pytest.approx(9.5) and by_time.eval_share == 0.05


def test_eval_share_caps_the_time_evals_take(tiny_shards, tmp_path):
    model, opt, loader = setup(tiny_shards)
    calls = []

    def slow_eval(m):
        calls.append(1)
        time.sleep(0.3)
        return {"val_loss": 1.0}

    cfg = loop_cfg(max_steps=None, time_budget=3.0, eval_every=1, eval_share=0.15)
    train_loop(model, opt, loader, cfg, device=DEV, eval_fn=slow_eval)
    # 0.15 x 3 s = 0.45 s: one 0.3-s eval fits, a second would not; then the final one
    assert len(calls) == 2
