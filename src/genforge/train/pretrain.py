"""The pretraining stage: text in, a trained model dir out.

``run_pretrain(cfg)`` resolves the data (raw text, a dataset dir, or prepared shards),
picks a model size when none is given, runs the one training loop, and writes:

- ``OUT/`` — a model dir (``save_model_dir``) whose ``card.md`` records the data
  fingerprint, tokenizer hash, config, recipe, steps, tokens, wall time and final val figures;
- ``OUT/run/`` (or ``run_dir``) — ``config.json`` (the resolved config and chosen model),
  ``metrics.jsonl``, ``loss.png`` and ``checkpoint/`` for ``--resume``.
"""

from __future__ import annotations

import dataclasses
import math
import os
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import torch

from genforge.config import config_to_dict
from genforge.data.licenses import licenses_of_data
from genforge.data.loader import TokenLoader, iter_sequential
from genforge.data.shards import open_shards
from genforge.errors import GenforgeError
from genforge.io import atomic_write_json, read_json
from genforge.modeldir import check_out_dir, clear_run_dir, publish_model_dir
from genforge.models.gpt import GPT, PRESETS, GPTConfig, config_from_preset
from genforge.nn.device import cpu_threads, pick_cpu_threads, resolve_device
from genforge.tokenizer import DEFAULT_VOCAB_SIZE
from genforge.train.distributed import (
    DistInfo,
    all_reduce_sum,
    barrier,
    broadcast_from_main,
    device_for,
    init_distributed,
    set_cpu_threads,
    teardown,
)
from genforge.train.loop import LoopConfig, LoopResult, autocast_context, resolve_dtype, train_loop
from genforge.train.optim import OptimizerConfig, build_optimizer
from genforge.train.parallel import (
    ParallelConfig,
    init_single_process_group,
    needs_process_group,
    parallelize,
    whole_model,
)
from genforge.train.prepare import PreparedData, prepare_data

# Seconds below which a time-limited run cannot do anything useful (checked before any work).
MIN_TIME_BUDGET = 3.0
# Share of the budget auto-sizing may spend measuring candidates (and CPU threads).
SIZING_SHARE = 0.1

MODEL_FIELDS = ("arch", "n_layer", "n_head", "n_kv_head", "n_embd", "mlp_hidden", "tie_embeddings")


@dataclass
class PretrainConfig:
    """Every knob of ``genforge pretrain``; recipes and ``key=value`` overrides set these."""

    data: str = ""  # raw text (files, dirs, globs, "stdlib"), a dataset dir, or prepared shards
    out: str = ""  # the model dir to write
    run_dir: str | None = None  # training state; None = OUT/run
    # --- data and tokenizer (raw text / dataset dirs only; cached by input hash)
    # A small vocabulary keeps the LM head (n_embd × vocab per token) from dominating the
    # compute of the small models a CPU trains; 2048 beat 4096 by ~0.3 bpb at 45 s.
    vocab_size: int = DEFAULT_VOCAB_SIZE  # tokenizer vocabulary, including special tokens
    val_fraction: float = 0.05  # share of documents held out for validation
    tokenizer_train_bytes: int = 20_000_000  # cap on text read to train the tokenizer
    tokenizer: str | None = None  # a tokenizer dir or tokenizer.json, used as is; None: train one
    # --- model: a preset, explicit fields, or neither (auto-size to the budget)
    preset: str | None = None
    arch: Literal["llama", "gpt2"] | None = None
    n_layer: int | None = None
    n_head: int | None = None
    n_kv_head: int | None = None
    n_embd: int | None = None
    mlp_hidden: int | None = None
    # None = untied, unless the preset ties (the GPT-2 shapes): a separate output head gave
    # 0.068 lower held-out bpb at equal steps for 2% more time per step (docs/pretrain.md).
    tie_embeddings: bool | None = None
    dropout: float = 0.0
    # Start each block's output projections at zero (GPT.zero_init_outputs): 0.018 lower
    # held-out bpb at equal steps on the CPU benchmark (docs/pretrain.md).
    zero_init: bool = True
    seq_len: int = 256  # training context (the model's block_size)
    # --- auto-size: largest candidate whose budget tokens >= tokens_per_param × params
    auto_candidates: list[str] = field(default_factory=lambda: ["tiny", "small", "demo", "medium"])
    # On CUDA the ladder starts higher: a small model is launch-bound there, no faster than
    # a larger one (an H200 trained tiny at 0.013% MFU).
    auto_candidates_gpu: list[str] = field(
        default_factory=lambda: ["small", "demo", "medium", "llama-124m"]
    )
    # "law": the candidate the fitted scaling law (scaling_law; None = genforge's shipped
    # fit, docs/scaling.md) predicts lowest; "tokens_per_param": the largest candidate whose
    # budget buys tokens_per_param tokens per parameter.
    size_rule: Literal["law", "tokens_per_param"] = "law"
    scaling_law: str | None = None  # a fit.json (or sweep dir) from `genforge scaling fit`
    tokens_per_param: float = 20.0
    # On CUDA, auto-size also picks the micro-batch (filling the GPU within the memory
    # estimate) and, when seq_len is left at its default, a GPU_SEQ_LEN context.
    device_batch: bool = True
    # --- batch and optimizer
    # Small batches mean more updates per second; at equal tokens 8 beat 16 by ~0.09 bpb.
    batch_size: int = 8  # sequences per micro-batch per process
    grad_accum: int = 1
    # Muon at lr 1e-2 beat AdamW's best LR by ~0.2 bpb at equal steps (docs/pretrain.md).
    optimizer: Literal["adamw", "muon"] = "muon"
    lr: float = 1e-2  # peak learning rate
    # Warmup-stable-decay with a long linear decay to zero: 0.021 lower held-out bpb than
    # cosine to 0.1x at equal steps on the CPU benchmark (docs/pretrain.md).
    min_lr_ratio: float = 0.0  # final LR = lr × this
    warmup: int = 20  # warmup steps
    schedule: Literal["cosine", "wsd", "constant"] = "wsd"
    decay_fraction: float = 0.6  # wsd: share of the run spent decaying
    muon_lr: float | None = None  # Muon's peak LR for hidden matrices; None = lr
    # The input embedding's AdamW LR is lr × this (untied models): 5x gave 0.033 lower
    # held-out bpb at equal steps on the CPU benchmark (docs/pretrain.md).
    embed_lr_scale: float = 5.0
    weight_decay: float = 0.1
    beta2: float = 0.95
    grad_clip: float = 1.0
    # --- limits (at least one): seconds for sizing + training + evals, or optimizer steps
    time_budget: float | None = None
    max_steps: int | None = None
    # --- evaluation and logging
    eval_every: int = 0  # steps; 0 with eval_every_s None = eval_points spread over the run
    eval_every_s: float | None = None
    # Evaluations over the run when no cadence is set: enough points on loss.png to see a
    # trend. Under a time budget they take at most 5% of it (an eval of the default
    # eval_tokens takes seconds on a CPU), about what the one mid-run eval took before.
    eval_points: int = 6
    plot_log_y: bool = False  # loss.png's loss axis on a log scale
    eval_tokens: int = 131072  # validation tokens per eval (a fixed prefix of the val set)
    log_every: int = 10
    checkpoint_every_s: float | None = 600.0
    # --- runtime
    seed: int = 0
    device: str = "auto"
    threads: int | None = None  # CPU threads; None = measure 1 vs all cores, use the faster
    dtype: Literal["auto", "fp32", "bf16", "fp16"] = "auto"
    compile: bool | None = None  # None = on for CUDA, off on CPU
    # How ranks split the work (train/parallel.py, docs/distributed.md): ddp replicates the
    # model; fsdp shards it (ZeRO-3); tp splits heads and MLP units; fsdp+tp does both; pp
    # gives each rank a run of blocks (a pipeline stage).
    parallel: Literal["ddp", "fsdp", "tp", "fsdp+tp", "pp"] = "ddp"
    tp_size: int | None = None  # fsdp+tp: ranks per tensor-parallel group; None = one node
    cpu_offload: bool = False  # fsdp: parameter, gradient and optimizer shards in host memory
    activation_checkpointing: bool = False  # recompute block activations in backward
    pp_schedule: Literal["gpipe", "1f1b"] = "1f1b"  # pp: micro-batch schedule
    pp_microbatches: int | None = None  # pp: micro-batches per batch; None = one per stage
    loader_mode: Literal["random", "bos_aligned"] = "random"
    resume: bool = False
    overwrite: bool = False  # replace an existing model dir (and its run) at OUT
    progress: bool = True

    def validate(self) -> None:
        def bad(msg: str) -> GenforgeError:
            return GenforgeError(f"pretrain config: {msg}")

        if self.time_budget is not None and self.time_budget < MIN_TIME_BUDGET:
            raise bad(
                f"time_budget {self.time_budget:g} s is below the {MIN_TIME_BUDGET:g} s a run "
                "needs for data, sizing, a few steps and the final eval; raise it"
            )
        if self.time_budget is None and self.max_steps is None:
            raise bad("set --time-budget SECONDS or --max-steps N so the run knows when to stop")
        for name in ("seq_len", "batch_size", "grad_accum", "eval_tokens", "log_every"):
            if getattr(self, name) < 1:
                raise bad(f"{name} must be >= 1, got {getattr(self, name)}")
        if self.vocab_size < 266:
            raise bad(f"vocab_size must be >= 266 (bytes + special tokens), got {self.vocab_size}")
        if not 0.0 < self.val_fraction < 1.0:
            raise bad(f"val_fraction must be in (0, 1), got {self.val_fraction}")
        if self.tokens_per_param <= 0:
            raise bad(f"tokens_per_param must be > 0, got {self.tokens_per_param}")
        if not self.auto_candidates:
            raise bad("auto_candidates must name at least one preset")

    def parallel_config(self) -> ParallelConfig:
        return ParallelConfig(
            strategy=self.parallel,
            tp_size=self.tp_size,
            cpu_offload=self.cpu_offload,
            activation_checkpointing=self.activation_checkpointing,
            pp_schedule=self.pp_schedule,
            pp_microbatches=self.pp_microbatches,
        )

    def optimizer_config(self) -> OptimizerConfig:
        return OptimizerConfig(
            name=self.optimizer,
            lr=self.lr,
            muon_lr=self.muon_lr,
            embed_lr_scale=self.embed_lr_scale,
            weight_decay=self.weight_decay,
            beta2=self.beta2,
        )

    def loop_config(self, time_budget: float | None) -> LoopConfig:
        eval_every, eval_every_s = self.eval_every, self.eval_every_s
        eval_share = None
        if not eval_every and eval_every_s is None and self.eval_points > 1:
            if time_budget is not None:
                eval_every_s, eval_share = time_budget / self.eval_points, 0.05
            if self.max_steps is not None:
                eval_every = max(1, self.max_steps // self.eval_points)
        return LoopConfig(
            max_steps=self.max_steps,
            time_budget=time_budget,
            grad_accum=self.grad_accum,
            grad_clip=self.grad_clip,
            schedule=self.schedule,
            warmup_steps=self.warmup,
            min_lr_ratio=self.min_lr_ratio,
            decay_fraction=self.decay_fraction,
            dtype=self.dtype,
            compile=self.compile,
            log_every=self.log_every,
            eval_every=eval_every,
            eval_every_s=eval_every_s,
            eval_share=eval_share,
            checkpoint_every_s=self.checkpoint_every_s,
            progress=self.progress,
            plot_log_y=self.plot_log_y,
        )

    def explicit_model_fields(self) -> dict[str, Any]:
        return {k: getattr(self, k) for k in MODEL_FIELDS if getattr(self, k) is not None}


# ------------------------------------------------------------------------ evaluation


def make_eval_fn(
    val_dir: str | os.PathLike,
    *,
    seq_len: int,
    batch_size: int,
    max_tokens: int,
    device: torch.device,
    dist: DistInfo | None = None,
):
    """An ``eval_fn(model) -> {"val_loss", "val_bpb", "val_tokens"}`` over the val shards.

    Scores the first ``max_tokens`` targets of the val stream (split across data-parallel
    ranks; tensor-parallel ranks score the same rows), so every eval sees the same text.
    ``val_bpb = val_loss / ln 2 × tokens / bytes``, with the tokens-per-byte ratio of the
    whole val set (documents are tokenized whole, so the ratio of a prefix is the same up to
    the boundary document).
    """

    shards = open_shards(val_dir)
    dist = dist or DistInfo()
    tokens_per_byte = shards.num_tokens / max(shards.num_bytes, 1)
    windows = max(1, math.ceil(min(max_tokens, shards.num_tokens - 1) / seq_len))
    rank, ranks = dist.dp_rank, dist.dp_size
    # A sharded model's forward is a collective: every rank runs as many as the busiest one.
    forwards = math.ceil(math.ceil(windows / ranks) / batch_size)

    def eval_fn(model: torch.nn.Module) -> dict[str, float]:
        total = torch.zeros(2, dtype=torch.float64, device=device)
        seen = done = 0
        for x, y in iter_sequential(shards, seq_len, batch_size, rank=rank, world_size=ranks):
            room = -(-(windows - seen * ranks) // ranks)
            if room <= 0:
                break
            x, y = x[:room].to(device), y[:room].to(device)
            seen += len(x)
            done += 1
            _, loss = model(x, y)
            count = (y != -100).sum()
            total[0] += loss.double() * count
            total[1] += count
        for _ in range(forwards - done):  # every target ignored: adds nothing
            model(torch.zeros(1, seq_len, dtype=torch.long, device=device))
        # Ranks of one tensor-parallel group hold the same figures: count each group once.
        total = all_reduce_sum(total, dist) / (dist.world_size // ranks)
        val_loss = float(total[0] / total[1].clamp(min=1))
        return {
            "val_loss": val_loss,
            "val_bpb": val_loss / math.log(2) * tokens_per_byte,
            "val_tokens": int(total[1]),
        }

    return eval_fn


# ------------------------------------------------------------------------ model sizing


def build_model_config(cfg: PretrainConfig, vocab_size: int, preset: str):
    """GPTConfig from ``preset`` with the run's vocab, context, dropout and explicit fields.

    The LM head is untied from the embedding unless the preset (the GPT-2 shapes) or the
    run (``tie_embeddings=true``) ties it.
    """
    fields = cfg.explicit_model_fields()
    if "tie_embeddings" not in PRESETS.get(preset, {}):
        fields.setdefault("tie_embeddings", False)
    return config_from_preset(
        preset, vocab_size, block_size=cfg.seq_len, dropout=cfg.dropout, **fields
    )


def new_model(cfg: PretrainConfig, model_cfg: GPTConfig, device: torch.device) -> GPT:
    """The run's model, freshly initialised from ``cfg.seed`` (zero-init outputs if set)."""
    torch.manual_seed(cfg.seed)
    model = GPT(model_cfg).to(device)
    if cfg.zero_init:
        model.zero_init_outputs()
    return model


def measure_throughput(
    model_cfg,
    cfg: PretrainConfig,
    device: torch.device,
    seconds: float = 0.8,
    batch_size: int | None = None,
) -> float:
    """Training tokens/s of ``model_cfg`` at the run's batch shape (random tokens)."""
    batch_size = batch_size or cfg.batch_size

    model = new_model(cfg, model_cfg, device)
    opt = build_optimizer(model, cfg.optimizer_config())
    amp = resolve_dtype(cfg.dtype, device)
    gen = torch.Generator().manual_seed(0)
    x = torch.randint(0, model_cfg.vocab_size, (batch_size, cfg.seq_len + 1), generator=gen)
    x = x.to(device)

    def one_step() -> None:
        with autocast_context(device, amp):
            _, loss = model(x[:, :-1], x[:, 1:])
        loss.backward()
        opt.step()
        opt.zero_grad(set_to_none=True)

    one_step()  # allocations and kernel selection
    steps, t0 = 0, time.perf_counter()
    while True:
        one_step()
        steps += 1
        if device.type == "cuda":
            torch.cuda.synchronize(device)
        if steps >= 2 and time.perf_counter() - t0 >= seconds:
            break
    return steps * batch_size * cfg.seq_len / (time.perf_counter() - t0)


def choose_cpu_threads(
    model_cfg, cfg: PretrainConfig, device: torch.device, say, seconds: float = 0.3
) -> int:
    """Pick 1 thread or all of torch's default threads, whichever trains faster right now
    (:func:`genforge.nn.device.pick_cpu_threads`; ``seconds`` of probing each)."""

    def seconds_per_token() -> float:
        # Two rows per step keep the probe short even when a contended step is very slow.
        return 1.0 / measure_throughput(model_cfg, cfg, device, seconds=seconds, batch_size=2)

    best, timings = pick_cpu_threads(None, device, seconds_per_token)
    if timings:
        rates = ", ".join(f"{n}: {1 / t:,.0f} tok/s" for n, t in timings.items())
        say(f"threads: {rates} -> using {best}")
    return best


def choose_model_size(
    cfg: PretrainConfig,
    vocab_size: int,
    device: torch.device,
    train_seconds: float,
    say,
    *,
    data_tokens: float | None = None,
) -> tuple[str, dict[str, Any]]:
    """Pick the candidate that trains best in the time budget; return (name, measurements).

    Each candidate's tokens/s is measured for about a second at the micro-batch the run will
    use; its token budget is ``tokens/s × train_seconds``. ``size_rule="law"`` (default):
    the candidate whose fitted scaling law predicts the lowest loss for that budget wins
    (train/sizing.py); the search stops once the predicted loss rises. ``"tokens_per_param"``:
    the largest candidate whose budget covers ``tokens_per_param × N`` (Hoffmann et al.'s
    ~20), stopping at the first that does not. On a GPU each candidate's micro-batch comes
    from the memory estimate (``cfg.batch_size`` is set to the winner's afterwards by the
    caller). Measuring takes at most about ``SIZING_SHARE`` of ``train_seconds``.
    """
    from genforge.train.estimate import model_counts
    from genforge.train.scaling_law import load_law
    from genforge.train.sizing import Candidate, pick_size

    law = load_law(cfg.scaling_law) if cfg.size_rule == "law" else None
    probe_seconds = min(0.8, SIZING_SHARE * train_seconds / len(cfg.auto_candidates))
    chosen, report, cands = cfg.auto_candidates[0], {}, []
    for name in cfg.auto_candidates:
        model_cfg = build_model_config(cfg, vocab_size, name)
        counts = model_counts(model_cfg)
        batch = _device_micro_batch(cfg, model_cfg, device)
        try:
            tok_s = measure_throughput(
                model_cfg, cfg, device, seconds=probe_seconds, batch_size=batch
            )
        except torch.OutOfMemoryError:
            say(f"auto-size: {name}: out of memory at micro-batch {batch}; stopping here")
            break
        cand = Candidate(name, counts["matmul_params"], tok_s, batch)
        cands.append(cand)
        entry = {"params": counts["params"], "tokens_per_s": round(tok_s), "micro_batch": batch}
        report[name] = entry
        if law is not None:
            best, losses = pick_size(cands, train_seconds, law, data_tokens=data_tokens)
            entry["predicted_loss"] = round(losses[-1], 4)
            say(
                f"auto-size: {name}: {counts['params'] / 1e6:.2f}M params, micro-batch {batch}, "
                f"{tok_s:,.0f} tok/s -> predicted val loss {losses[-1]:.3f}"
            )
            chosen = cands[best].name
            # Stop when the loss rises, or when this candidate would see less than one token
            # per parameter: a larger one cannot do better, and probing it costs seconds.
            rising = len(losses) > 1 and losses[-1] > min(losses[:-1])
            if rising or tok_s * train_seconds < counts["params"]:
                break
            continue
        n_params = counts["params"]
        fits = tok_s * train_seconds >= cfg.tokens_per_param * n_params
        entry["fits"] = fits
        verdict = "fits"
        if not fits:
            verdict = "too big"
            if name == cfg.auto_candidates[0]:
                verdict = (
                    f"short of {cfg.tokens_per_param:g}, but the smallest candidate: training "
                    "it anyway; a longer time budget gives a compute-optimal run"
                )
        say(
            f"auto-size: {name}: {n_params / 1e6:.2f}M params, {tok_s:,.0f} tok/s -> "
            f"{tok_s * train_seconds / max(n_params, 1):.0f} tokens/param ({verdict})"
        )
        if not fits:
            break
        chosen = name
    return chosen, report


def _device_micro_batch(cfg: PretrainConfig, model_cfg, device: torch.device) -> int:
    """The run's micro-batch: ``cfg.batch_size`` off CUDA; on CUDA enough rows to fill the
    GPU (train/sizing.py), as far as the memory estimate allows."""
    if device.type != "cuda" or not cfg.device_batch:
        return cfg.batch_size
    from genforge.train.estimate import max_micro_batch
    from genforge.train.sizing import GPU_MEMORY_SHARE, gpu_micro_batch

    torch.cuda.empty_cache()  # blocks cached by earlier probes are free for this one
    free, _ = torch.cuda.mem_get_info(device)
    dtype = "fp32" if resolve_dtype(cfg.dtype, device) == torch.float32 else "bf16"
    fitting = max_micro_batch(
        model_cfg,
        GPU_MEMORY_SHARE * free,
        seq_len=cfg.seq_len,
        dtype=dtype,
        optimizer=cfg.optimizer,
        gpu="H100",  # only the memory model is used; the GPU name sets no figure here
    )
    return gpu_micro_batch(cfg.seq_len, fitting)


def render_card(summary: dict[str, Any]) -> str:
    """card.md text for a pretrained model (what data, what recipe, what figures)."""
    m, d, r = summary["model"], summary["data"], summary["result"]
    lines = [
        f"# genforge GPT pretrained on {d['source']}",
        "",
        "## Result",
        "",
        f"- final val loss: {r['val_loss']:.4f} nats/token"
        if r.get("val_loss") is not None
        else "- final val loss: not measured (no validation data)",
        f"- final val bits per byte: {r['val_bpb']:.4f}" if r.get("val_bpb") is not None else "",
        f"- steps: {r['steps']:,}; tokens seen: {r['tokens']:,}",
        f"- wall time: {r['train_seconds']:.1f} s training "
        f"({r['tokens_per_s']:,.0f} tokens/s, MFU {r['mfu']:.2%} vs {r['peak_flops_source']})"
        if r.get("mfu") is not None
        else f"- wall time: {r['train_seconds']:.1f} s training",
        f"- device: {r['device']} × {r['world_size']}, compute dtype {r['dtype']}",
        "",
        "## Model",
        "",
        f"- preset: {m['preset']} ({m['params']:,} parameters)",
        f"- config: `{m['config']}`",
        "",
        "## Data",
        "",
        f"- source: {d['source']}",
        f"- data fingerprint: {d['fingerprint']}",
        "- licences (SPDX): "
        + (", ".join(f"{x['source']}: {x['license']}" for x in d.get("licenses", [])) or "n/a"),
        f"- tokenizer sha256: {d['tokenizer_sha256']} (vocab {d['vocab_size']})",
        f"- train tokens: {d['train_tokens']:,}; val tokens: {d['val_tokens']:,}",
        "",
        "## Recipe",
        "",
        f"- recipe file: {summary.get('recipe') or 'none (defaults + overrides)'}",
        "",
        "| field | value |",
        "|---|---|",
        *(f"| {k} | {v} |" for k, v in summary["config"].items()),
        "",
        "Made by `genforge pretrain`; the run dir holds metrics.jsonl, loss.png and the "
        "checkpoint to resume from.",
        "",
    ]
    return "\n".join(line for line in lines if line is not None)


# ------------------------------------------------------------------------ the stage


def run_pretrain(cfg: PretrainConfig, *, recipe: str | None = None, log=None) -> dict[str, Any]:
    """Run the whole stage (see module docstring); return a JSON-able summary.

    Under torchrun every rank calls this; rank 0 prepares data first (the others then find
    it cached), writes the run dir and the model dir. The cheap checks (settings, the
    output dir, the resume target, the budget's floor) come before any data work.
    """
    cfg.validate()
    if not cfg.data:
        raise GenforgeError("--data is required: text files, a folder, a glob, or 'stdlib'")
    if not cfg.out:
        raise GenforgeError("--out is required: the model dir to write")

    out, run_dir = _out_and_run_dir(cfg)
    check_out_dir(out, run_dir=run_dir, overwrite=cfg.overwrite, resume=cfg.resume)
    t_begin = time.perf_counter()
    base_device = resolve_device(cfg.device)
    dist = init_distributed(base_device)
    own_group = needs_process_group(cfg.parallel_config(), dist)
    if own_group:
        init_single_process_group(base_device)
    try:
        with cpu_threads():  # the count chosen for this stage does not outlive it
            return _run(cfg, recipe, log, dist, device_for(dist, base_device), t_begin)
    finally:
        teardown(dist)
        if own_group and torch.distributed.is_initialized():
            torch.distributed.destroy_process_group()


def _out_and_run_dir(cfg: PretrainConfig) -> tuple[Path, Path]:
    out = Path(cfg.out).expanduser()
    return out, Path(cfg.run_dir).expanduser() if cfg.run_dir else out / "run"


def _run(cfg, recipe, log, dist: DistInfo, device: torch.device, t_begin: float):

    def say(msg: str) -> None:
        if dist.is_main:
            (log or (lambda m: print(m, file=sys.stderr)))(msg)

    if device.type == "cpu":
        set_cpu_threads(dist, cfg.threads)
    out, run_dir = _out_and_run_dir(cfg)
    # ---- data: rank 0 builds (or finds cached), the others wait and then find it cached
    prepared: PreparedData | None = None
    if dist.is_main:
        prepared = prepare_data(cfg, say=say)
    barrier(dist)
    if not dist.is_main:
        prepared = prepare_data(cfg, say=lambda m: None)
    assert prepared is not None
    t_data = time.perf_counter() - t_begin
    vocab = 64 * math.ceil(prepared.vocab_size / 64)  # matmul-friendly embedding rows

    t_size = time.perf_counter()
    model_cfg, preset, sizing, cfg = _choose_model(
        cfg, run_dir, vocab, device, dist, t_data, say, prepared.describe().get("train_tokens")
    )
    sizing_seconds = time.perf_counter() - t_size
    loop_budget = _loop_budget(cfg, t_begin, t_data, sizing_seconds)

    model = new_model(cfg, model_cfg, device)
    n_params = model.num_params()
    say(
        f"model: {preset} ({n_params / 1e6:.2f}M params, {model_cfg.n_layer} layers, "
        f"width {model_cfg.n_embd}, context {model_cfg.block_size}) on {device}"
        + (f" × {dist.world_size} ranks ({cfg.parallel})" if dist.enabled else "")
    )
    flops_per_token = model.flops_per_token(cfg.seq_len)
    amp = resolve_dtype(cfg.dtype, device)
    model, layout = parallelize(model, cfg.parallel_config(), dist, device, amp, cfg.batch_size)
    dist = dataclasses.replace(dist, data_rank=layout.dp_rank, data_world=layout.dp_size)
    optimizer = build_optimizer(model, cfg.optimizer_config())
    loader = TokenLoader(
        prepared.train_dir,
        batch_size=cfg.batch_size,
        seq_len=cfg.seq_len,
        seed=cfg.seed,
        rank=dist.dp_rank,
        world_size=dist.dp_size,
        mode=cfg.loader_mode,
    )
    eval_fn = None
    if prepared.val_dir is not None:
        eval_fn = make_eval_fn(
            prepared.val_dir,
            seq_len=cfg.seq_len,
            batch_size=max(cfg.batch_size, 8),
            max_tokens=cfg.eval_tokens,
            device=device,
            dist=dist,
        )
        if layout.pipeline is not None:
            eval_fn = layout.pipeline.wrap_eval(eval_fn)
    resolved = {
        "pretrain": config_to_dict(cfg),
        "recipe": recipe,
        "model": {"preset": preset, "config": model_cfg.to_dict(), "params": n_params},
        "auto_size": sizing,
        "data": prepared.describe(),
        "world_size": dist.world_size,
    }
    if dist.is_main:
        if not cfg.resume:
            clear_run_dir(run_dir)
        atomic_write_json(run_dir / "config.json", resolved)
    barrier(dist)

    loop_cfg = cfg.loop_config(loop_budget)
    loop_cfg.flops_per_token = flops_per_token
    result: LoopResult = train_loop(
        model,
        optimizer,
        loader,
        loop_cfg,
        device=device,
        eval_fn=eval_fn,
        run_dir=run_dir,
        dist=dist,
        resume=cfg.resume,
        run_state={"config": resolved},
        step_fn=layout.pipeline.step if layout.pipeline is not None else None,
    )
    summary = {
        "out": str(out),
        "run_dir": str(run_dir),
        "preset": preset,
        "params": n_params,
        "steps": result.step,
        "tokens": result.tokens,
        "train_loss": result.train_loss,
        "val_loss": result.eval.get("val_loss"),
        "val_bpb": result.eval.get("val_bpb"),
        "tokens_per_s": round(result.tokens_per_s, 1),
        "mfu": result.mfu,
        "train_seconds": round(result.elapsed, 2),
        "data_seconds": round(t_data, 2),
        "sizing_seconds": round(sizing_seconds, 2),
        "device": str(device),
        "world_size": dist.world_size,
        "dtype": result.dtype,
        "data_cached": prepared.cached,
    }
    if dist.enabled:
        summary["replica_checksums"] = result.replica_checksums
        summary["first_batch_digests"] = result.first_batch_digests
    model = whole_model(model)  # a model split over the ranks is gathered onto rank 0
    if dist.is_main:
        _publish(cfg, recipe, model, prepared, model_cfg, preset, result, summary, run_dir)
    barrier(dist)
    summary["total_seconds"] = round(time.perf_counter() - t_begin, 2)
    return summary


def _loop_budget(
    cfg: PretrainConfig, t_begin: float, t_data: float, sizing_seconds: float
) -> float | None:
    """Seconds left for the training loop. The budget is the whole command's wall time:
    what data preparation and sizing spent comes out of training, so `--time-budget 600`
    ends in about 600 s."""
    if cfg.time_budget is None:
        return None
    loop_budget = cfg.time_budget - (time.perf_counter() - t_begin)
    if loop_budget <= 1.0:
        raise GenforgeError(
            f"time_budget {cfg.time_budget:g}s leaves no time to train after data "
            f"preparation ({t_data:.1f}s) and model sizing ({sizing_seconds:.1f}s); "
            "raise it, or run again (the prepared data is cached), or pass --preset"
        )
    return loop_budget


def _choose_model(
    cfg: PretrainConfig,
    run_dir: Path,
    vocab: int,
    device: torch.device,
    dist: DistInfo,
    t_data: float,
    say,
    data_tokens: float | None = None,
) -> tuple[Any, str, dict[str, Any], PretrainConfig]:
    """The model: resume's saved choice, explicit fields, a preset, or auto-size; returns
    (GPTConfig, preset name, sizing measurements, the run's config with the device plan:
    auto-size on CUDA may set seq_len, batch_size and compile)."""

    saved_cfg = run_dir / "config.json"
    if cfg.resume and saved_cfg.is_file():
        saved = read_json(saved_cfg, "run config")
        # Only what auto-size chose for the device: a layout change on resume (another world
        # size, an explicit batch_size) must keep the values this command gives.
        plan = (saved.get("auto_size") or {}).get("device_plan") or {}
        model_cfg = GPTConfig.from_dict(saved["model"]["config"])
        return model_cfg, saved["model"]["preset"], {}, dataclasses.replace(cfg, **plan)
    sizing: dict[str, Any] = {}
    # Seconds left for training once the data is ready; measuring takes a small share.
    budget = (cfg.time_budget or 60.0) - t_data
    probe = min(0.3, 0.5 * SIZING_SHARE * budget)
    probe_threads = device.type == "cpu" and cfg.threads is None and not dist.enabled
    if cfg.preset or cfg.explicit_model_fields():
        preset = cfg.preset or "small"
        if probe_threads:
            probe_cfg = build_model_config(cfg, vocab, preset)
            sizing["threads"] = choose_cpu_threads(probe_cfg, cfg, device, say, probe)
        return build_model_config(cfg, vocab, preset), preset, sizing, cfg
    if device.type == "cuda" and cfg.device_batch:
        cfg = _gpu_plan(cfg, budget)
        say(f"auto-size on {device}: context {cfg.seq_len}, candidates {cfg.auto_candidates}")
    if probe_threads:
        smallest = build_model_config(cfg, vocab, cfg.auto_candidates[0])
        sizing["threads"] = choose_cpu_threads(smallest, cfg, device, say, probe)
    choice = torch.zeros(2, dtype=torch.long, device=device)
    if dist.is_main:
        preset, measured = choose_model_size(
            cfg, vocab, device, 0.8 * budget, say, data_tokens=data_tokens
        )
        sizing.update(measured)
        choice[0] = cfg.auto_candidates.index(preset)
        choice[1] = measured.get(preset, {}).get("micro_batch", cfg.batch_size)
    choice = broadcast_from_main(choice, dist)
    preset = cfg.auto_candidates[int(choice[0])]
    cfg = dataclasses.replace(cfg, batch_size=int(choice[1]))
    if device.type == "cuda" and cfg.device_batch:
        sizing["device_plan"] = {k: getattr(cfg, k) for k in DEVICE_PLAN}
    return build_model_config(cfg, vocab, preset), preset, sizing, cfg


# PretrainConfig fields auto-size may set for the device (saved, and restored on --resume).
DEVICE_PLAN = ("seq_len", "batch_size", "compile", "auto_candidates")
# Under this time budget an auto-sized CUDA run stays eager: compiling a 100M-parameter
# model takes tens of seconds of the budget, and the probe measured eager throughput.
COMPILE_MIN_BUDGET = 300.0


def _gpu_plan(cfg: PretrainConfig, budget: float) -> PretrainConfig:
    from genforge.train.sizing import GPU_SEQ_LEN

    seq_len = GPU_SEQ_LEN if cfg.seq_len == PretrainConfig.seq_len else cfg.seq_len
    compile_ = cfg.compile
    if compile_ is None and budget < COMPILE_MIN_BUDGET:
        compile_ = False
    candidates = cfg.auto_candidates
    if candidates == PretrainConfig().auto_candidates:
        candidates = cfg.auto_candidates_gpu
    return dataclasses.replace(
        cfg, seq_len=seq_len, compile=compile_, auto_candidates=list(candidates)
    )


def _publish(cfg, recipe, model, prepared, model_cfg, preset, result, summary, run_dir) -> None:
    """Rank 0: the model dir with its card, published together with the run dir."""
    card_summary = {
        "model": {"preset": preset, "params": summary["params"], "config": model_cfg.to_dict()},
        "data": prepared.describe(),
        "result": {**summary, "peak_flops_source": result.peak_flops_source},
        "recipe": recipe,
        "config": config_to_dict(cfg),
    }
    model.eval()
    out = Path(summary["out"])
    publish_model_dir(
        out,
        model,
        prepared.tokenizer,
        run_dir=run_dir if run_dir.resolve().parent == out.resolve() else None,
        card=render_card(card_summary),
        extra_config={
            "genforge_pretrain": {
                "data_fingerprint": prepared.fingerprint,
                "data": prepared.source,
                "tokenizer_sha256": prepared.tokenizer.sha256,
                "licenses": licenses_of_data(prepared.source),
                "steps": result.step,
                "tokens": result.tokens,
                "val_loss": summary["val_loss"],
                "val_bpb": summary["val_bpb"],
            }
        },
    )
    if run_dir.resolve().parent == out.resolve():
        summary["run_dir"] = str(out / run_dir.name)
