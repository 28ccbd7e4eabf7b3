"""The training estimator: counts equal the built model's, memory matches a measured peak."""

from __future__ import annotations

import json

import pytest
import torch
from torch.utils.checkpoint import checkpoint

from genforge.cli import main
from genforge.errors import GenforgeError
from genforge.models.gpt import GPT, config_from_preset
from genforge.train import estimate as est_mod
from genforge.train.estimate import estimate_training, max_micro_batch, measure_peak_memory


@pytest.mark.parametrize("preset", ["tiny", "gpt2-124m"])
def test_counts_equal_the_built_model(preset):
    cfg = config_from_preset(preset, 512 if preset == "tiny" else 50257)
    est = estimate_training(cfg, micro_batch=1)
    with torch.device("meta"):
        model = GPT(cfg)
    assert est.params == model.num_params()
    assert est.non_embedding_params == model.num_params(exclude_embeddings=True)
    assert est.flops_per_token == model.flops_per_token(cfg.block_size)
    if preset == "gpt2-124m":
        assert est.params == 124_439_808  # GPT-2 small, the published count


# Shapes that stress different terms: activations (llama, GQA), the vocabulary (gpt2,
# V 8192), Muon's state layout, and bf16 autocast (on the CPU, standing in for CUDA's:
# low-precision matmul copies, float32 norms and loss). Measured with the CPU allocator
# trace (see the module).
CASES = [
    ("small", dict(), 8, 256, 2048, "adamw", "fp32"),
    ("small", dict(arch="gpt2", n_kv_head=None), 8, 128, 8192, "adamw", "fp32"),
    ("tiny", dict(), 16, 128, 2048, "muon", "fp32"),
    ("small", dict(arch="gpt2", n_kv_head=None), 8, 128, 8192, "adamw", "bf16"),
    ("small", dict(), 8, 128, 8192, "adamw", "bf16"),
]


@pytest.mark.parametrize("preset,overrides,batch,seq,vocab,opt,dtype", CASES)
def test_peak_memory_within_15_percent_of_measured(
    preset, overrides, batch, seq, vocab, opt, dtype
):
    cfg = config_from_preset(preset, vocab, block_size=seq, **overrides)
    measured = measure_peak_memory(cfg, micro_batch=batch, seq_len=seq, optimizer=opt, dtype=dtype)
    est = estimate_training(
        cfg, micro_batch=batch, seq_len=seq, dtype=dtype, optimizer=opt, gpu="CPU"
    )
    predicted = est.memory["ddp"].peak
    assert abs(predicted / measured - 1) < 0.15, (predicted, measured)


def test_checkpointing_peak_within_15_percent_of_measured(monkeypatch):
    cfg = config_from_preset("small", 2048, block_size=256)
    build = GPT.__init__

    def init_with_checkpointed_blocks(self, config):
        build(self, config)
        for block in self.blocks:
            plain = block.forward
            block.forward = lambda *a, _f=plain, **k: checkpoint(_f, *a, use_reentrant=False, **k)

    monkeypatch.setattr(GPT, "__init__", init_with_checkpointed_blocks)
    measured = measure_peak_memory(cfg, micro_batch=16, seq_len=256)
    est = estimate_training(cfg, micro_batch=16, seq_len=256, dtype="fp32", gpu="CPU")
    predicted = est.memory["ddp+checkpointing"].peak
    assert abs(predicted / measured - 1) < 0.15, (predicted, measured)
    assert predicted < est.memory["ddp"].peak


def test_fsdp_shards_states_and_time_follows_flops():
    cfg = config_from_preset("gpt2-124m", 50257)
    one = estimate_training(cfg, micro_batch=8, world_size=1)
    eight = estimate_training(
        cfg, micro_batch=8, world_size=8, tokens=1e9, mfu=0.5, price_per_hour=2.0
    )
    assert eight.memory["fsdp"].optimizer == pytest.approx(one.memory["fsdp"].optimizer / 8)
    assert eight.memory["fsdp"].grads == pytest.approx(one.memory["fsdp"].grads / 8)
    assert eight.memory["fsdp"].peak < eight.memory["ddp"].peak
    seconds = 1e9 * eight.flops_per_token / (8 * 989e12 * 0.5)
    assert eight.seconds == pytest.approx(seconds)
    assert eight.cost == pytest.approx(seconds / 3600 * 8 * 2.0)
    # bf16 activations are about half of fp32's (weight copies and float32 terms aside).
    fp32 = estimate_training(cfg, micro_batch=8, dtype="fp32")
    assert 0.4 < one.memory["ddp"].activations / fp32.memory["ddp"].activations < 0.8


def test_max_micro_batch_grows_with_memory():
    cfg = config_from_preset("gpt2-124m", 32768)
    small = max_micro_batch(cfg, 16 * est_mod.GIB)
    large = max_micro_batch(cfg, 141e9)
    assert 1 <= small < large
    peak = estimate_training(cfg, micro_batch=large).memory["ddp"].peak
    assert peak <= 141e9 < estimate_training(cfg, micro_batch=2 * large).memory["ddp"].peak


def test_bad_inputs_raise():
    cfg = config_from_preset("tiny", 512)
    with pytest.raises(GenforgeError, match="unknown --gpu"):
        estimate_training(cfg, micro_batch=1, gpu="TPU")
    with pytest.raises(GenforgeError, match="exceeds the model's block_size"):
        estimate_training(cfg, micro_batch=1, seq_len=4096)
    with pytest.raises(GenforgeError, match="mfu"):
        estimate_training(cfg, micro_batch=1, tokens=1e6, mfu=2.0)


def test_cli_json_and_errors(tmp_path, capsys):
    assert main(["estimate", "--preset", "tiny", "--gpu", "H200", "--tokens", "1e9", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["params"] > 0 and out["seconds"] > 0
    assert set(out["memory"]) == {"ddp", "ddp+checkpointing", "fsdp", "fsdp+checkpointing"}
    # A run dir's config.json (what pretrain writes) is read through its "model" entry.
    cfg = config_from_preset("tiny", 512)
    (tmp_path / "config.json").write_text(json.dumps({"model": {"config": cfg.to_dict()}}))
    assert main(["estimate", "--config", str(tmp_path), "--json"]) == 0
    with torch.device("meta"):
        expected = GPT(cfg).num_params()
    assert json.loads(capsys.readouterr().out)["params"] == expected
    assert main(["estimate", "--preset", "nope"]) == 2
    assert "unknown model preset" in capsys.readouterr().err
