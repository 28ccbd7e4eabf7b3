import json

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
    cfg = loop_cfg(max_steps=None, time_budget=2.0, log_every=5, eval_every=10)
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
    # the LR reached the end of its cosine: the last logged LR is near the minimum
    assert train_rows[-1]["lr"] < 0.3 * 3e-3


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
