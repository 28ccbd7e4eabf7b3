"""The language-model ladder: n-gram -> RNN -> LSTM -> GPT on one corpus, one budget.

Every rung reads the same data the core pretrainer reads (``genforge.train.prepare``: the
cleaned, split dataset and its BPE token shards, cached), trains for the same wall-clock
budget, and is scored in bits per byte on the same held-out documents (the dataset's whole
val split, or its first ``eval_bytes``) by the same rule — each document is BOS + its tokens
and every token is predicted — via ``genforge.eval.bpb.bits_per_byte`` for the neural
rungs and the n-gram model's exact equivalent.

Rungs:
- ``ngram``: interpolated Kneser–Ney (``genforge.models.ngram``) over the BPE tokens. It
  counts the longest prefix of the training stream that its measured counting rate says fits
  the budget.
- ``rnn`` / ``lstm``: ``genforge.models.rnnlm`` trained by the one training loop
  (``train_loop``, causal LM loss, AdamW) on random windows of the train shards.
- ``gpt``: the core ``run_pretrain`` with ``time_budget=budget`` (it sizes the model for the
  budget itself), the same command a user runs.
"""

from __future__ import annotations

import math
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import torch

from genforge.data.loader import TokenLoader
from genforge.data.pipeline import is_dataset_dir, read_texts
from genforge.data.shards import open_shards
from genforge.errors import GenforgeError
from genforge.eval.bpb import bits_per_byte
from genforge.modeldir import load_model_dir
from genforge.models.ngram import NGramConfig, NGramLM
from genforge.models.rnnlm import RNNLM, RNNLMConfig, save_rnnlm
from genforge.nn.device import cpu_threads, pick_cpu_threads, resolve_device, timed
from genforge.tokenizer import DEFAULT_VOCAB_SIZE
from genforge.train.loop import LoopConfig, train_loop
from genforge.train.optim import OptimizerConfig, build_optimizer
from genforge.train.prepare import PreparedData, prepare_data
from genforge.train.pretrain import PretrainConfig, run_pretrain

RUNGS = ("ngram", "rnn", "lstm", "gpt")


@dataclass
class LadderConfig:
    """Settings of ``genforge ladder``; sizes default to what trains well in ~1 minute."""

    data: str = "stdlib"  # anything `genforge pretrain --data` accepts that carries texts
    budget: float = 60.0  # wall-clock seconds per rung
    rungs: list[str] = field(default_factory=lambda: list(RUNGS))
    # Held-out UTF-8 bytes scored (a prefix of the val split); None = the whole split. A
    # prefix is a smaller, noisier sample: on the stdlib the first 200 kB hold two codec
    # tables that near-copy training files, worth 0.16 bpb to the n-gram (1.38 vs 1.54).
    eval_bytes: int | None = None
    vocab_size: int = DEFAULT_VOCAB_SIZE  # the core's default BPE vocabulary
    ngram_order: int = 5
    gpt_preset: str | None = None  # None: the pretrainer sizes the GPT for the budget
    rnn_embd: int = 128
    rnn_hidden: int = 384
    lstm_embd: int = 128
    lstm_hidden: int = 256
    rnn_seq_len: int = 128
    rnn_batch_size: int = 16
    rnn_lr: float = 1e-2
    out: str | None = None  # keep each rung's model dir under OUT/<rung>; None = temp dir
    seed: int = 0
    device: str = "auto"
    threads: int | None = None  # CPU threads for the neural rungs; None = measure 1 vs all
    progress: bool = False

    def validate(self) -> None:
        bad = [r for r in self.rungs if r not in RUNGS]
        if bad or not self.rungs:
            raise GenforgeError(f"rungs must be a non-empty subset of {list(RUNGS)}, got {bad}")
        if not self.budget > 0:
            raise GenforgeError(f"budget must be > 0 seconds, got {self.budget}; fix --budget")
        if self.eval_bytes is not None and self.eval_bytes < 1:
            raise GenforgeError(f"eval_bytes must be >= 1, got {self.eval_bytes}")


@dataclass
class LadderData:
    """The prepared corpus every rung shares."""

    prepared: PreparedData
    eval_texts: list[str]
    eval_bytes: int


def load_ladder_data(cfg: LadderConfig, say: Callable[[str], None] = lambda m: None):
    """Prepare (or reuse) the core's dataset, tokenizer and shards; pick the held-out texts."""
    pcfg = PretrainConfig(
        data=cfg.data, vocab_size=cfg.vocab_size, seed=cfg.seed, progress=cfg.progress
    )
    prepared = prepare_data(pcfg, say)
    given = Path(cfg.data).expanduser()
    candidates = [given, prepared.train_dir.parent / "dataset"]
    dataset = next((p for p in candidates if p.is_dir() and is_dataset_dir(p)), None)
    if dataset is None:
        raise GenforgeError(
            f"--data {cfg.data}: the ladder scores held-out texts, and prepared token shards "
            "carry none; pass raw text, 'stdlib' or a dataset dir from `genforge data`"
        )
    texts, total = [], 0
    for text in read_texts(dataset, "val"):
        if not text:
            continue
        texts.append(text)
        total += len(text.encode("utf-8"))
        if cfg.eval_bytes is not None and total >= cfg.eval_bytes:
            break
    if not texts:
        raise GenforgeError(f"{dataset} has an empty val split; nothing to score")
    return LadderData(prepared, texts, total)


def _rung_dir(cfg: LadderConfig, tmp: Path, name: str) -> Path:
    return (Path(cfg.out) if cfg.out else tmp) / name


def run_ngram(cfg: LadderConfig, data: LadderData, out: Path) -> dict[str, Any]:
    """Fit KN on as much of the train stream as the budget allows; score the held-out texts."""
    tok = data.prepared.tokenizer
    shards = open_shards(data.prepared.train_dir)
    ncfg = NGramConfig(
        order=cfg.ngram_order, unit="token", vocab_size=tok.vocab_size, bos_id=tok.bos_id
    )
    t0 = time.perf_counter()
    total = shards.num_tokens
    # Counting costs ~linear time in tokens: time a probe on a tenth, then size the real fit
    # so that probe + fit stay inside the budget (with a margin for the sort's log factor).
    probe_n = max(1, min(total, total // 10))
    probe = NGramLM(ncfg).fit_stream(shards.tokens(0, probe_n))
    rate = probe_n / max(probe.train_seconds, 1e-6)
    left = cfg.budget - (time.perf_counter() - t0)
    n = int(min(total, max(probe_n, 0.8 * left * rate)))
    model = probe if n == probe_n else NGramLM(ncfg).fit_stream(shards.tokens(0, n))
    train_seconds = time.perf_counter() - t0
    score = model.bits_per_byte(data.eval_texts, tok.encode)
    model.save(out)
    return {
        "model": f"ngram-kn{cfg.ngram_order}",
        "params": model.num_entries(),
        "train_seconds": round(train_seconds, 2),
        "train_tokens": n,
        "bpb": score["bpb"],
        "eval_tokens": score["tokens"],
    }


def run_rnn(cfg: LadderConfig, data: LadderData, out: Path, cell: str) -> dict[str, Any]:
    """Train an RNN or LSTM LM for ``cfg.budget`` seconds with the one training loop."""
    device = resolve_device(cfg.device)
    torch.manual_seed(cfg.seed)
    tok = data.prepared.tokenizer
    embd, hidden = (
        (cfg.lstm_embd, cfg.lstm_hidden) if cell == "lstm" else (cfg.rnn_embd, cfg.rnn_hidden)
    )
    model = RNNLM(RNNLMConfig(vocab_size=tok.vocab_size, cell=cell, n_embd=embd, hidden=hidden)).to(
        device
    )
    # Weight decay on recurrent matrices hurts short runs; the loop's clipping (1.0) keeps
    # the vanilla RNN's exploding gradients in check.
    optim = build_optimizer(
        model, OptimizerConfig(name="adamw", lr=cfg.rnn_lr, weight_decay=0.0, beta2=0.99)
    )
    loader = TokenLoader(
        data.prepared.train_dir,
        batch_size=cfg.rnn_batch_size,
        seq_len=cfg.rnn_seq_len,
        seed=cfg.seed,
    )
    loop = LoopConfig(
        time_budget=cfg.budget, warmup_steps=20, progress=cfg.progress, checkpoint_every_s=None
    )
    x, y = loader.next_batch()
    loader.load_state_dict({**loader.state_dict(), "rows_consumed": 0, "batches_drawn": 0})

    def probe_step() -> None:
        for _ in range(2):
            model(x.to(device), y.to(device))[1].backward()
        model.zero_grad(set_to_none=True)

    with cpu_threads():
        pick_cpu_threads(cfg.threads, device, timed(probe_step))
        result = train_loop(model, optim, loader, loop, device=device)
    model.eval()
    score = bits_per_byte(
        model,
        tok.encode,
        data.eval_texts,
        seq_len=cfg.rnn_seq_len,
        bos_id=tok.bos_id,
        device=device,
    )
    save_rnnlm(model, out, tokenizer=tok, extra={"steps": result.step, "bpb": score.bpb})
    return {
        "model": f"{cell}-{hidden}",
        "params": model.num_params(),
        "train_seconds": round(result.elapsed, 2),
        "train_tokens": result.tokens,
        "bpb": score.bpb,
        "eval_tokens": score.tokens,
    }


def run_gpt(cfg: LadderConfig, data: LadderData, out: Path) -> dict[str, Any]:
    """The core pretrainer under the same budget (it sizes the model itself)."""
    t0 = time.perf_counter()
    summary = run_pretrain(
        PretrainConfig(
            data=cfg.data,
            out=str(out),
            vocab_size=cfg.vocab_size,
            preset=cfg.gpt_preset,
            threads=cfg.threads,
            time_budget=cfg.budget,
            seed=cfg.seed,
            device=cfg.device,
            progress=cfg.progress,
            checkpoint_every_s=None,
            overwrite=True,  # the rung's own folder, rebuilt by every ladder run
        )
    )
    train_seconds = time.perf_counter() - t0
    device = resolve_device(cfg.device)
    loaded = load_model_dir(out, device=device)
    score = bits_per_byte(
        loaded.model,
        loaded.tokenizer.encode,
        data.eval_texts,
        seq_len=loaded.model.config.block_size,
        bos_id=loaded.tokenizer.bos_id,
        device=device,
    )
    return {
        "model": f"gpt-{summary['preset']}",
        "params": int(summary["params"]),
        "train_seconds": round(train_seconds, 2),
        "train_tokens": int(summary["tokens"]),
        "bpb": score.bpb,
        "eval_tokens": score.tokens,
    }


def run_ladder(
    cfg: LadderConfig, say: Callable[[str], None] = lambda m: None
) -> list[dict[str, Any]]:
    """Run each rung in ``cfg.rungs``; one row per rung: model, params, train_seconds, bpb.

    ``params`` is the trained parameter count, or for the n-gram the number of stored
    n-grams. ``train_seconds`` is the rung's wall clock up to scoring (for the GPT the whole
    ``run_pretrain`` call, sizing included), so every rung gets the same budget.
    """
    cfg.validate()
    data = load_ladder_data(cfg, say)
    say(f"ladder: {len(data.eval_texts)} held-out docs, {data.eval_bytes} bytes")
    rows = []
    with tempfile.TemporaryDirectory(prefix="genforge-ladder-") as tmp:
        for rung in cfg.rungs:
            out = _rung_dir(cfg, Path(tmp), rung)
            say(f"ladder: training {rung} for {cfg.budget:g} s")
            if rung == "ngram":
                row = run_ngram(cfg, data, out)
            elif rung in ("rnn", "lstm"):
                row = run_rnn(cfg, data, out, rung)
            else:
                row = run_gpt(cfg, data, out)
            row.update(rung=rung, budget=cfg.budget, eval_bytes=data.eval_bytes)
            if not math.isfinite(row["bpb"]):
                raise GenforgeError(f"rung {rung} produced a non-finite bpb; lower its lr")
            say(f"ladder: {row['model']}: {row['bpb']:.4f} bpb")
            rows.append(row)
    return rows


def format_table(rows: list[dict[str, Any]]) -> str:
    """A fixed-width text table of ladder rows."""
    lines = [f"{'model':<16}{'params':>12}{'train s':>10}{'bpb':>9}"]
    for r in rows:
        lines.append(
            f"{r['model']:<16}{r['params']:>12,}{r['train_seconds']:>10.1f}{r['bpb']:>9.4f}"
        )
    return "\n".join(lines)
