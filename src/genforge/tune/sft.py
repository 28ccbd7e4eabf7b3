"""Supervised fine-tuning (SFT): a base model dir + chat data -> a chat model dir.

The loss is next-token cross-entropy on assistant tokens only (content and the closing
``<|end|>``, see :func:`genforge.tune.data.encode_sft`). Conversations are packed several
to a row; ``segment_ids`` keep attention inside each conversation and restart positions at
its start, so a packed row trains exactly as the conversations would alone, with less
padding. Training runs through the one training loop (``genforge.train.loop``); held-out
figures are measured with the one generation engine (``genforge.infer``).
"""

from __future__ import annotations

import ast
import math
import random
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import torch

from genforge.compress.quant import quantize_base_nf4
from genforge.errors import GenforgeError
from genforge.infer.engine import Engine
from genforge.infer.protocol import SamplingParams
from genforge.io import atomic_write_json
from genforge.modeldir import (
    load_model_dir,
    publish_model_dir,
)
from genforge.models.gpt import IGNORE_INDEX, lm_loss
from genforge.nn.device import cpu_threads, resolve_device
from genforge.train.checkpoint import prepare_run_dir
from genforge.train.epochs import (
    MIN_HELDOUT,
    ShuffledEpochs,
    check_epochs,
    epoch_step_limit,
    heldout_note,
    many_epochs_warning,
)
from genforge.train.loop import LoopConfig, train_loop
from genforge.train.optim import OptimizerConfig, build_optimizer
from genforge.tune import tasks
from genforge.tune.data import CHAT_FORMATS, OVERFLOW_MODES, encode_sft, load_chat_jsonl
from genforge.tune.lora import LoraSpec, apply_lora, trainable_parameters

METRICS_FILE = "sft_metrics.json"


@dataclass
class SFTConfig:
    """What ``genforge sft`` does; ``data="default"`` means the embedded instruction tasks."""

    model: str = ""  # base model dir
    out: str = ""  # model dir to write
    data: str = "default"  # chat JSONL, or "default"
    extra_data: str | None = None  # chat JSONL added to data's training conversations
    val_data: str | None = None  # held-out chat JSONL; None: default test split / 5% of data
    format: str = "auto"  # chat data format (tune.data.CHAT_FORMATS); auto: the first record's
    run_dir: str | None = None  # default: .OUT.run beside OUT, moved to OUT/run at the end
    time_budget: float | None = None  # seconds for the training loop
    max_steps: int | None = None
    epochs: float | None = None  # passes over the training data (stops at the first limit)
    overwrite: bool = False  # replace an existing model dir at OUT
    resume: bool = False  # continue the run's checkpoint (an interrupted run, or OUT/run's)
    batch_size: int = 8  # rows per step
    seq_len: int | None = None  # row length; None = the model's block_size
    pack: bool = True
    overflow: str = "truncate"  # over-long conversations: "truncate" or "drop"
    lr: float = 1e-3
    optimizer: str = "adamw"
    weight_decay: float = 0.0
    warmup: int = 10
    min_lr_ratio: float = 0.1
    grad_clip: float = 1.0
    lora: str | None = None  # "r,alpha,dropout,targets" (see genforge.tune.lora)
    qlora: bool = False  # with lora: the frozen base's linear weights stored in 4-bit NF4
    seed: int = 0
    device: str = "auto"
    threads: int | None = None  # CPU threads for this run; None = torch's default
    log_every: int = 10
    eval_prompts: int = 64  # held-out chat prompts for the template / parse figures
    eval_max_tokens: int = 128
    compare_base: bool = True  # also measure the base model on the same prompts
    progress: bool = True

    def validate(self) -> None:
        def bad(msg: str) -> GenforgeError:
            return GenforgeError(f"sft config: {msg}")

        if not self.model:
            raise bad("model is required: the base model dir (from `genforge pretrain`)")
        if not self.out:
            raise bad("out is required: the model dir to write")
        if self.time_budget is None and self.max_steps is None and self.epochs is None:
            raise bad(
                "set --time-budget SECONDS, --max-steps N or epochs=N so the run knows when to stop"
            )
        check_epochs(self.epochs)
        if self.batch_size < 1:
            raise bad(f"batch_size must be >= 1, got {self.batch_size}")
        if self.seq_len is not None and self.seq_len < 8:
            raise bad(f"seq_len must be >= 8, got {self.seq_len}")
        if self.format != "auto" and self.format not in CHAT_FORMATS:
            raise bad(f"format must be auto or one of {list(CHAT_FORMATS)}, got {self.format!r}")
        if self.overflow not in OVERFLOW_MODES:
            raise bad(f"overflow must be one of {list(OVERFLOW_MODES)}, got {self.overflow!r}")
        if self.threads is not None and self.threads < 1:
            raise bad(f"threads must be >= 1, got {self.threads}")
        if self.eval_prompts < 0 or self.eval_max_tokens < 1:
            raise bad("eval_prompts must be >= 0 and eval_max_tokens >= 1")
        if self.qlora and not self.lora:
            raise bad("qlora needs LoRA adapters: also pass --lora r,alpha,dropout,targets")


# ----------------------------------------------------------------------------- batches


def example_arrays(ids: list[int], mask: list[int]) -> tuple[list[int], list[int]]:
    """Inputs and next-token targets of one encoded conversation, both ``len(ids)`` long.

    ``targets[j] = ids[j+1]`` where ``mask[j+1]`` is 1, else -100; the last target is -100
    so that a conversation never learns to predict the one packed after it.
    """
    targets = [ids[j + 1] if mask[j + 1] else IGNORE_INDEX for j in range(len(ids) - 1)]
    return list(ids), [*targets, IGNORE_INDEX]


class SFTBatches(ShuffledEpochs):
    """Batch source over encoded conversations: ``{"input_ids", "targets", "segment_ids"?}``.

    Each epoch visits every example once in a seeded order. With ``pack`` a row takes
    examples in that order until the next one does not fit, then is padded; segment ids
    number the examples in the row (padding gets its own id). Without ``pack`` one example
    per row, padded to the longest in the batch (causal attention already ignores the
    trailing padding, so no segment ids are needed). State: epoch and cursor, for resume.
    """

    _salt = "sft"  # keys the shuffle as before: same seed, same order

    def __init__(
        self,
        examples: list[tuple[list[int], list[int]]],
        *,
        batch_size: int,
        seq_len: int,
        pad_id: int,
        pack: bool = True,
        seed: int = 0,
    ) -> None:
        if not examples:
            raise GenforgeError("no training examples: the chat data is empty after filtering")
        self.examples = [(ids[:seq_len], m[:seq_len]) for ids, m in examples]
        self.batch_size, self.seq_len, self.pad_id = batch_size, seq_len, pad_id
        self.pack = pack
        self._start_epochs(seed)

    def _take(self) -> tuple[list[int], list[int]]:
        return self.examples[self._next_index()]

    def _peek_len(self) -> int:
        if self.cursor >= len(self._order):
            return len(self.examples[self._permutation(self.epoch + 1)[0]][0])
        return len(self.examples[self._order[self.cursor]][0])

    def next_batch(self) -> dict[str, torch.Tensor]:
        rows = []
        for _ in range(self.batch_size):
            if self.pack:
                rows.append(self._packed_row())
            else:
                ids, mask = self._take()
                x, y = example_arrays(ids, mask)
                rows.append((x, y, [0] * len(x)))
        width = self.seq_len if self.pack else max(len(r[0]) for r in rows)
        xs = torch.full((len(rows), width), self.pad_id, dtype=torch.long)
        ys = torch.full((len(rows), width), IGNORE_INDEX, dtype=torch.long)
        seg = torch.zeros((len(rows), width), dtype=torch.long)
        for i, (x, y, s) in enumerate(rows):
            xs[i, : len(x)] = torch.tensor(x)
            ys[i, : len(y)] = torch.tensor(y)
            seg[i, : len(s)] = torch.tensor(s)
            seg[i, len(s) :] = (s[-1] + 1) if s else 0  # padding: a segment of its own
        batch = {"input_ids": xs, "targets": ys}
        if self.pack:
            batch["segment_ids"] = seg
        return batch

    def _packed_row(self) -> tuple[list[int], list[int], list[int]]:
        x: list[int] = []
        y: list[int] = []
        seg: list[int] = []
        n = 0
        while not x or len(x) + self._peek_len() <= self.seq_len:
            ids, mask = self._take()
            ex_x, ex_y = example_arrays(ids, mask)
            x += ex_x
            y += ex_y
            seg += [n] * len(ex_x)
            n += 1
        return x, y, seg

    def steps_per_epoch(self) -> float:
        """Batches one pass over the examples makes (packing measured on epoch 0's order)."""
        if not self.pack:
            return len(self.examples) / self.batch_size
        rows, used = 0, 0
        for i in self._permutation(0):
            n = len(self.examples[i][0]) - 1  # a row holds x = ids[:-1] per example
            if used and used + n > self.seq_len:
                rows, used = rows + 1, 0
            used += n
        return (rows + 1) / self.batch_size


def sft_loss_fn(model: torch.nn.Module, batch: dict[str, torch.Tensor]) -> torch.Tensor:
    """Mean cross-entropy over the batch's unmasked (assistant) targets; packed rows use
    ``segment_ids`` so conversations stay independent."""
    seg = batch.get("segment_ids")
    if seg is None:
        logits, _ = model(batch["input_ids"])
    else:
        logits, _ = model(batch["input_ids"], segment_ids=seg)
    return lm_loss(logits, batch["targets"])


# ----------------------------------------------------------------------------- evaluation


def prompt_of(conversation: list[dict]) -> list[dict]:
    """The conversation up to (not including) its last assistant turn: the held-out prompt."""
    last = max(i for i, m in enumerate(conversation) if m["role"] == "assistant")
    return conversation[:last]


def clean_end_of_turn(token_ids: list[int], finish_reason: str, tokenizer: Any) -> bool:
    """An answer in the template: non-blank text that ended on ``<|end|>`` (reason
    ``stop``) with no other control token (no stray ``<|user|>``, ``<|assistant|>``,
    ``<|eos|>``...). An empty answer does not count: stopping at once is not answering."""
    specials = tokenizer.special_ids - {tokenizer.end_id}
    if finish_reason != "stop" or any(t in specials for t in token_ids):
        return False
    return bool(tokenizer.decode(token_ids).strip())


def parses_as_python(text: str) -> bool:
    """Whether ``text`` is syntactically valid Python (``ast.parse``) and not blank."""
    if not text.strip():
        return False
    try:
        ast.parse(text)
    except (SyntaxError, ValueError):
        return False
    return True


def chat_answers(
    model: torch.nn.Module,
    tokenizer: Any,
    prompts: list[list[dict]],
    *,
    max_tokens: int,
    samples: int = 1,
    temperature: float = 0.0,
    greedy_first: bool = False,
    seed: int = 0,
    max_batch_size: int = 16,
    device: torch.device | str = "cpu",
) -> list[list[dict[str, Any]]]:
    """``samples`` answers per chat prompt from the shared engine, as
    ``[{"ids", "text", "reason"}]`` per prompt; ``temperature=0`` is greedy, and with
    ``greedy_first`` each prompt's first answer is the greedy one.

    Generation stops only on ``<|end|>`` (``<|eos|>`` is not a stop here, so a model that
    emits it is seen as leaving the template). Each request has its own seed (``seed``,
    prompt index, sample index: :meth:`Engine.sample_n`), so the answers are a pure function
    of the model and ``seed`` whatever the batching.
    """
    if samples < 1:
        raise GenforgeError(f"samples must be >= 1, got {samples}")
    if samples > 1 and not temperature > 0:
        raise GenforgeError(f"temperature must be > 0 to draw {samples} samples, got {temperature}")
    n = len(prompts) * samples
    engine = Engine(
        model, tokenizer, device=device, max_batch_size=max_batch_size, max_queue=max(n, 1)
    )
    # An over-long prompt keeps its end (the question and <|assistant|>).
    keep = max(engine.context_length - max_tokens, 1)
    ids = [tokenizer.encode_chat(p, add_generation_prompt=True)[-keep:] for p in prompts]
    params = SamplingParams(
        max_tokens=max_tokens,
        temperature=temperature,
        stop_token_ids=[tokenizer.end_id],
        ignore_eos=True,
    )
    try:
        groups = engine.sample_n(ids, samples, params, seed=seed, greedy_first=greedy_first)
    finally:
        engine.shutdown(drain=False)
    out = []
    for group in groups:
        answers = []
        for toks, finish in group:
            toks = [t for t in toks if t != tokenizer.end_id]
            answers.append({"ids": toks, "text": tokenizer.decode(toks), "reason": finish.reason})
        out.append(answers)
    return out


def generate_answers(
    model: torch.nn.Module,
    tokenizer: Any,
    prompts: list[list[dict]],
    *,
    max_tokens: int,
    device: torch.device | str = "cpu",
) -> list[dict[str, Any]]:
    """Greedy answers (:func:`chat_answers`, one per prompt): ``[{"ids", "text", "reason"}]``."""
    answers = chat_answers(model, tokenizer, prompts, max_tokens=max_tokens, device=device)
    return [a[0] for a in answers]


def chat_figures(
    model: torch.nn.Module,
    tokenizer: Any,
    conversations: list[list[dict]],
    implement_prompts: list[str],
    *,
    max_tokens: int,
    device: torch.device | str = "cpu",
) -> dict[str, Any]:
    """Held-out generation figures.

    ``template_rate``: share of prompts answered with a clean end-of-turn
    (:func:`clean_end_of_turn`); ``parse_rate``: share of "implement this docstring"
    answers that parse as Python (absent without such prompts).
    """
    was_training = model.training
    model.eval()
    try:
        figs: dict[str, Any] = {"prompts": len(conversations)}
        if conversations:
            prompts = [prompt_of(c) for c in conversations]
            answers = generate_answers(
                model, tokenizer, prompts, max_tokens=max_tokens, device=device
            )
            ok = [clean_end_of_turn(a["ids"], a["reason"], tokenizer) for a in answers]
            figs["template_rate"] = sum(ok) / len(ok)
            figs["examples"] = [
                {"prompt": c[-2]["content"][:120], "answer": a["text"][:200], "clean": k}
                for c, a, k in list(zip(conversations, answers, ok))[:3]
            ]
        figs["implement_prompts"] = len(implement_prompts)
        if implement_prompts:
            chats = [[{"role": "user", "content": p}] for p in implement_prompts]
            answers = generate_answers(
                model, tokenizer, chats, max_tokens=max_tokens, device=device
            )
            figs["parse_rate"] = sum(parses_as_python(a["text"]) for a in answers) / len(answers)
        return figs
    finally:
        model.train(was_training)


def masked_loss(
    model: torch.nn.Module, batches: list[dict[str, torch.Tensor]], device: torch.device
) -> float:
    """Token-weighted mean assistant-token loss over fixed batches (nats)."""
    total, count = 0.0, 0
    with torch.no_grad():
        for b in batches:
            n = int((b["targets"] != IGNORE_INDEX).sum())
            if n == 0:
                continue
            b = {k: v.to(device) for k, v in b.items()}
            total += float(sft_loss_fn(model, b)) * n
            count += n
    return total / max(count, 1)


# ----------------------------------------------------------------------------- the run


def _load_data(cfg: SFTConfig, tokenizer: Any, seq_len: int):

    if cfg.data == "default":
        train = tasks.instruction_examples("train")
        report = {"examples": len(train), "truncated": 0, "dropped": 0, "source": "default"}
        if cfg.val_data is None:
            val = tasks.instruction_examples("test")
            implement = tasks.implement_prompts("test")
        else:
            val, _ = load_chat_jsonl(cfg.val_data, format=cfg.format)
            implement = []
        kept = []
        for c in train:
            n = len(tokenizer.encode_chat(c, add_generation_prompt=False))
            if n > seq_len:
                report["dropped" if cfg.overflow == "drop" else "truncated"] += 1
                if cfg.overflow == "drop":
                    continue
            kept.append(c)
        report["examples"] = len(kept)
        return kept, val, implement, report
    train, report = load_chat_jsonl(
        cfg.data, tokenizer=tokenizer, max_tokens=seq_len, overflow=cfg.overflow, format=cfg.format
    )
    report = {**report, "source": str(cfg.data)}
    if cfg.val_data is not None:
        val, _ = load_chat_jsonl(cfg.val_data, format=cfg.format)
    else:
        # A deterministic 5% (at least one) is held out when no val file is given.
        order = list(range(len(train)))
        random.Random(f"sft-val-{cfg.seed}").shuffle(order)
        n_val = max(1, len(train) // 20) if len(train) > 1 else 0
        held = set(order[:n_val])
        val = [c for i, c in enumerate(train) if i in held]
        train = [c for i, c in enumerate(train) if i not in held]
        report["examples"] = len(train)
    return train, val, [], report


def run_sft(cfg: SFTConfig, *, say: Any = None) -> dict[str, Any]:
    """Fine-tune ``cfg.model`` on chat data and write ``cfg.out``; return the summary.

    Writes the model dir (merged weights when ``lora`` is set, plus ``run/adapter/``), and
    ``run/`` with ``metrics.jsonl``, ``loss.png`` and checkpoint; ``sft_metrics.json`` in
    the model dir holds the held-out figures (template rate, parse rate, val loss), for the
    base model too when ``compare_base``.
    """

    cfg.validate()
    # Small models on a shared CPU run several times faster on one thread than on threads
    # that fight other processes for cores (threads=1).
    with cpu_threads(cfg.threads):
        return _run_sft(cfg, say)


def _run_sft(cfg: SFTConfig, say: Any) -> dict[str, Any]:
    say = say or (lambda _m: None)
    t0 = time.perf_counter()
    out = Path(cfg.out)
    if Path(cfg.model).resolve() == out.resolve():
        raise GenforgeError("--out must differ from --model: SFT writes a new model dir")
    run_dir = prepare_run_dir(
        out,
        cfg.run_dir,
        stage="sft",
        settings=asdict(cfg),
        resume=cfg.resume,
        overwrite=cfg.overwrite,
    )
    device = resolve_device(cfg.device)
    loaded = load_model_dir(cfg.model, device=device, dtype=torch.float32, require_float="sft")
    model, tok = loaded.model, loaded.tokenizer
    seq_len = min(cfg.seq_len or model.config.block_size, model.config.block_size)
    data = _sft_data(cfg, tok, seq_len, say)

    base_figs: dict[str, Any] | None = None
    if cfg.compare_base:
        say(f"base model: generating {data.n_eval_answers} held-out answers")
        base_figs = data.figures(model, cfg, device)
    torch.manual_seed(cfg.seed)  # before the adapters: their init is part of the run
    model, lora_spec, trainable = _with_lora(model, cfg, say)
    model.train()
    optimizer = build_optimizer(
        model,
        OptimizerConfig(name=cfg.optimizer, lr=cfg.lr, weight_decay=cfg.weight_decay),
    )
    batches = SFTBatches(
        data.encoded,
        batch_size=cfg.batch_size,
        seq_len=seq_len,
        pad_id=tok.pad_id,
        pack=cfg.pack,
        seed=cfg.seed,
    )
    per_epoch = batches.steps_per_epoch()
    loop_cfg = LoopConfig(
        max_steps=epoch_step_limit(cfg.epochs, per_epoch, cfg.max_steps),
        time_budget=cfg.time_budget,
        grad_clip=cfg.grad_clip,
        warmup_steps=cfg.warmup,
        min_lr_ratio=cfg.min_lr_ratio,
        log_every=cfg.log_every,
        checkpoint_every_s=None,
        progress=cfg.progress,
        dtype="auto",
    )
    say(f"training: {len(data.encoded)} conversations, rows of {seq_len}, pack={cfg.pack}")
    result = train_loop(
        model,
        optimizer,
        batches,
        loop_cfg,
        device=device,
        loss_fn=sft_loss_fn,
        eval_fn=lambda m: {"val_loss": masked_loss(m, data.val_batches, device)},
        on_step=many_epochs_warning(per_epoch, len(data.encoded), "conversations", say),
        run_dir=run_dir,
        resume=cfg.resume,
        run_state={"sft": asdict(cfg)},
    )

    say(f"held-out: generating {data.n_eval_answers} answers")
    sft_figs = data.figures(model, cfg, device)
    sft_figs["val_loss"] = result.eval.get("val_loss", sft_figs["val_loss"])
    if lora_spec is not None:
        from genforge.tune.lora import merge_lora, save_adapter

        save_adapter(model, run_dir / "adapter")
        model = merge_lora(model)
    summary: dict[str, Any] = {
        "out": str(out),
        "base_model": str(cfg.model),
        "data": data.report,
        "held_out_conversations": len(data.val_convs),
        "held_out_too_small": len(data.val_convs) < MIN_HELDOUT,
        "steps": result.step,
        "epochs": round(result.step / per_epoch, 2),
        "tokens": result.tokens,
        "train_loss": result.train_loss,
        "train_seconds": round(result.elapsed, 2),
        "pack": cfg.pack,
        "lora": cfg.lora,
        "qlora": cfg.qlora,
        "lora_trainable": trainable,
        "sft": sft_figs,
        "base": base_figs,
        "device": str(device),
    }
    return _publish_sft(cfg, out, model, tok, run_dir, summary, lora_spec is not None, t0)


@dataclass
class _SFTData:
    """The encoded training conversations and what the held-out evaluation uses."""

    report: dict[str, Any]
    encoded: list[tuple[list[int], list[int]]]
    val_convs: list[list[dict]]
    eval_convs: list[list[dict]]
    eval_impl: list[str]
    val_batches: list[dict[str, torch.Tensor]]
    tokenizer: Any

    @property
    def n_eval_answers(self) -> int:
        return len(self.eval_convs) + len(self.eval_impl)

    def figures(self, model: torch.nn.Module, cfg: SFTConfig, device: torch.device) -> dict:
        """Held-out generation figures (template rate; parse rate where code prompts
        exist) and the assistant-token loss."""
        figs = chat_figures(
            model,
            self.tokenizer,
            self.eval_convs,
            self.eval_impl,
            max_tokens=cfg.eval_max_tokens,
            device=device,
        )
        figs["val_loss"] = masked_loss(model, self.val_batches, device)
        return figs


def _sft_data(cfg: SFTConfig, tok: Any, seq_len: int, say: Any) -> _SFTData:
    train_convs, val_convs, implement, report = _load_data(cfg, tok, seq_len)
    if cfg.extra_data is not None:  # e.g. tool-use conversations next to the default tasks
        extra, extra_report = load_chat_jsonl(
            cfg.extra_data, tokenizer=tok, max_tokens=seq_len, overflow=cfg.overflow
        )
        train_convs = train_convs + extra
        report = {**report, "examples": len(train_convs), "extra": extra_report}
    if not val_convs:
        raise GenforgeError("need at least 2 conversations (one is held out for evaluation)")
    say(
        f"data: {report['examples']} train conversations "
        f"({report['truncated']} truncated, {report['dropped']} dropped); "
        + heldout_note(len(val_convs), "conversations")
    )
    encoded = [encode_sft(tok, c, max_tokens=seq_len) for c in train_convs]
    encoded = [e for e in encoded if sum(e[1][1:]) > 0]  # truncation may cut every answer
    val_encoded = [encode_sft(tok, c, max_tokens=seq_len) for c in val_convs]
    eval_rng = random.Random(f"sft-eval-{cfg.seed}")
    eval_convs = eval_rng.sample(val_convs, min(cfg.eval_prompts, len(val_convs)))
    eval_impl = eval_rng.sample(implement, min(cfg.eval_prompts, len(implement)))
    val_source = SFTBatches(
        val_encoded[:512],
        batch_size=cfg.batch_size,
        seq_len=seq_len,
        pad_id=tok.pad_id,
        pack=True,
        seed=cfg.seed,
    )
    n_val_batches = max(1, min(8, math.ceil(len(val_encoded[:512]) / cfg.batch_size / 2)))
    val_batches = [val_source.next_batch() for _ in range(n_val_batches)]
    return _SFTData(report, encoded, val_convs, eval_convs, eval_impl, val_batches, tok)


def _with_lora(model: torch.nn.Module, cfg: SFTConfig, say: Any):
    """LoRA adapters (on an NF4 base for QLoRA) when asked: (model, spec or None, share)."""
    if cfg.qlora and not cfg.lora:
        raise GenforgeError(
            "qlora=true needs LoRA adapters: also pass --lora r,alpha,dropout,targets"
        )
    if not cfg.lora:
        return model, None, None

    lora_spec = LoraSpec.parse(cfg.lora)
    if cfg.qlora:
        # QLoRA: the frozen base is stored in 4-bit NF4 (double-quantized constants)
        # and dequantized per forward; only the adapters train, in full precision.
        quantize_base_nf4(model, double_quant=True)
    model = apply_lora(model, lora_spec)
    trainable = trainable_parameters(model)
    say(f"LoRA {cfg.lora}: {trainable['percent']:.2f}% of parameters trainable")
    return model, lora_spec, trainable


def _publish_sft(cfg, out, model, tok, run_dir, summary, has_adapter, t0) -> dict[str, Any]:
    """The model dir, sft_metrics.json and the run dir (moved to OUT/run), in one swap."""
    moved = cfg.run_dir is None
    final_run = out / "run" if moved else run_dir
    summary["run_dir"] = str(final_run)
    if has_adapter:
        summary["adapter"] = str(final_run / "adapter")
    sft_figs = summary["sft"]
    summary["total_seconds"] = round(time.perf_counter() - t0, 2)
    publish_model_dir(
        out,
        model,
        tok,
        run_dir=run_dir if moved else None,
        write=lambda path: atomic_write_json(path / METRICS_FILE, summary),
        card=_render_card(cfg, summary),
        extra_config={
            "genforge_sft": {
                "base_model": str(cfg.model),
                "steps": summary["steps"],
                "template_rate": sft_figs.get("template_rate"),
                "parse_rate": sft_figs.get("parse_rate"),
                "val_loss": sft_figs["val_loss"],
            }
        },
    )
    return summary


def _render_card(cfg: SFTConfig, s: dict[str, Any]) -> str:
    def pct(v: Any) -> str:
        return "n/a" if v is None else f"{100 * v:.1f}%"

    base = s["base"] or {}
    sft = s["sft"]
    return (
        f"# SFT chat model\n\n"
        f"Made by `genforge sft` from `{cfg.model}` on `{cfg.data}` "
        f"({s['data']['examples']} conversations; {s['held_out_conversations']} held out).\n\n"
        f"Steps {s['steps']}, tokens {s['tokens']}, lr {cfg.lr}, batch {cfg.batch_size}, "
        f"packing {'on' if cfg.pack else 'off'}, LoRA {cfg.lora or 'off'}.\n\n"
        "| held-out figure | base | SFT |\n|---|---|---|\n"
        f"| answered in template, clean `<|end|>` | {pct(base.get('template_rate'))} | "
        f"{pct(sft.get('template_rate'))} |\n"
        f"| implement-this-docstring answers that parse | {pct(base.get('parse_rate'))} | "
        f"{pct(sft.get('parse_rate'))} |\n"
        f"| assistant-token loss (nats) | {base.get('val_loss', 'n/a')} | "
        f"{sft.get('val_loss')} |\n\n"
        "Prompt it with the chat template: `<|bos|>` then `<|role|>content<|end|>` per turn, "
        "then `<|assistant|>`.\n"
    )


__all__ = [
    "SFTBatches",
    "SFTConfig",
    "chat_answers",
    "chat_figures",
    "clean_end_of_turn",
    "example_arrays",
    "generate_answers",
    "masked_loss",
    "parses_as_python",
    "prompt_of",
    "run_sft",
    "sft_loss_fn",
]
