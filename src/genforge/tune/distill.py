"""Knowledge distillation: train a smaller student GPT on a teacher's softened predictions.

Loss per target token (``T`` the temperature, ``alpha`` the mix)::

    alpha * T^2 * KL(teacher_T || student_T) + (1 - alpha) * CE(student, next token)

where ``p_T = softmax(logits / T)``. The ``T^2`` keeps the soft term's gradient on the same
scale as the hard term's as ``T`` grows (the soft gradient shrinks as 1/T^2). With
``reverse=True`` the soft term is KL(student_T || teacher_T), which is mode-seeking.

Teacher logits come from a teacher forward pass inside every step (on the fly), or from a
cache written once to disk as safetensors: the ``top_k`` largest teacher logits and their
token ids for every position of a fixed set of training windows. With the cache the teacher
distribution is renormalized over its top-k, which keeps almost all of its mass for k >= 32.

:func:`run_distill` trains the KD student and, with ``baseline=True``, the same student from
the same initialization on the same batches for the same number of steps with CE only, and
reports both on held-out bits per byte.
"""

from __future__ import annotations

import dataclasses
import hashlib
import random
import shutil
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import torch
import torch.nn.functional as F
from torch import nn

from genforge.data.sources import iter_documents
from genforge.errors import GenforgeError
from genforge.eval.bpb import bits_per_byte
from genforge.io import atomic_write_bytes, atomic_write_json, read_json
from genforge.modeldir import load_model_dir, publish_model_dir, source_record
from genforge.models.gpt import GPT, config_from_preset
from genforge.train.checkpoint import find_checkpoint, load_checkpoint, prepare_run_dir
from genforge.train.epochs import (
    MIN_HELDOUT,
    check_epochs,
    epoch_step_limit,
    heldout_note,
    many_epochs_warning,
)
from genforge.train.loop import LoopConfig, train_loop
from genforge.train.optim import OptimizerConfig, build_optimizer

IGNORE_INDEX = -100
CACHE_FILE = "teacher_topk.safetensors"


# ----------------------------------------------------------------------------- the losses


def soft_kl(
    student_logits: torch.Tensor,
    teacher_logits: torch.Tensor,
    *,
    temperature: float = 1.0,
    reverse: bool = False,
) -> torch.Tensor:
    """Per-position KL between temperature-softened distributions: (..., V) -> (...).

    Forward (default): KL(teacher_T || student_T); ``reverse``: KL(student_T || teacher_T).
    Not multiplied by T^2 (see :func:`kd_loss`).
    """
    s = F.log_softmax(student_logits.float() / temperature, dim=-1)
    t = F.log_softmax(teacher_logits.float() / temperature, dim=-1)
    if reverse:
        return (s.exp() * (s - t)).sum(-1)
    return (t.exp() * (t - s)).sum(-1)


def topk_soft_kl(
    student_logits: torch.Tensor,
    top_values: torch.Tensor,
    top_ids: torch.Tensor,
    *,
    temperature: float = 1.0,
) -> torch.Tensor:
    """Forward KL with a cached teacher: (..., V) student, (..., k) teacher -> (...).

    The teacher's softened distribution is renormalized over its ``k`` cached tokens; the
    student's log-probabilities are the full-vocabulary ones taken at those tokens.
    """
    s = F.log_softmax(student_logits.float() / temperature, dim=-1)
    t = F.log_softmax(top_values.float() / temperature, dim=-1)  # over the k entries
    s_at = s.gather(-1, top_ids.long())
    return (t.exp() * (t - s_at)).sum(-1)


def kd_loss(
    student_logits: torch.Tensor,
    targets: torch.Tensor,
    *,
    teacher_logits: torch.Tensor | None = None,
    top_values: torch.Tensor | None = None,
    top_ids: torch.Tensor | None = None,
    alpha: float = 0.9,
    temperature: float = 1.0,
    reverse: bool = False,
) -> tuple[torch.Tensor, dict[str, float]]:
    """``alpha * T^2 * KL + (1 - alpha) * CE``, averaged over targets != -100.

    ``student_logits`` (B, T, V), ``targets`` (B, T); the teacher as full logits (B, T, V) or
    a top-k cache ``top_values``/``top_ids`` (B, T, k) (forward KL only). Returns the loss
    and its parts as floats (``kl``, ``ce``).
    """
    valid = (targets != IGNORE_INDEX).float()
    n = valid.sum().clamp_min(1.0)
    ce = (
        F.cross_entropy(
            student_logits.float().flatten(0, 1),
            targets.flatten(),
            ignore_index=IGNORE_INDEX,
            reduction="sum",
        )
        / n
    )
    if teacher_logits is not None:
        per_pos = soft_kl(student_logits, teacher_logits, temperature=temperature, reverse=reverse)
    elif top_values is not None and top_ids is not None:
        if reverse:
            raise GenforgeError(
                "reverse KL needs the teacher's full distribution; compute the teacher on "
                "the fly (no top-k cache) to use --reverse-kl"
            )
        per_pos = topk_soft_kl(student_logits, top_values, top_ids, temperature=temperature)
    else:
        raise GenforgeError("kd_loss needs teacher_logits or top_values and top_ids")
    kl = (per_pos * valid).sum() / n
    loss = alpha * temperature**2 * kl + (1.0 - alpha) * ce
    return loss, {"kl": float(kl.detach()), "ce": float(ce.detach())}


# ----------------------------------------------------------------------------- data


def load_texts(spec: str, *, max_bytes: int = 2_000_000) -> list[str]:
    """Documents for ``--data``: 'stdlib', files, a folder or a glob (at most ``max_bytes``)."""

    texts, total = [], 0
    for doc in iter_documents(spec):
        if not doc.text.strip():
            continue
        texts.append(doc.text)
        total += len(doc.text)
        if total >= max_bytes:
            break
    if not texts:
        raise GenforgeError(f"--data {spec!r} holds no text; give text files or 'stdlib'")
    return texts


def split_texts(texts: list[str], heldout_every: int = 10) -> tuple[list[str], list[str]]:
    """Train / held-out documents by a hash of each text (stable under reordering)."""
    train, held = [], []
    for text in texts:
        h = int.from_bytes(hashlib.sha256(text.encode("utf-8")).digest()[:4], "big")
        (held if h % heldout_every == 0 else train).append(text)
    if not held or not train:
        # Too few documents for the hash to split: hold out the last one.
        train, held = texts[:-1] or texts, texts[-1:]
    return train, held


def token_stream(tokenizer: Any, texts: list[str]) -> torch.Tensor:
    """All documents as one LongTensor, each prefixed with BOS (as in pretraining)."""
    ids: list[int] = []
    for text in texts:
        ids.append(tokenizer.bos_id)
        ids.extend(tokenizer.encode(text))
    return torch.tensor(ids, dtype=torch.long)


class WindowBatches:
    """Random (x, y) windows of a token stream, or of a fixed window set; a BatchSource.

    With ``windows`` (N, seq_len+1) given, batches index into it (the cached-teacher path,
    where ``extra`` holds per-window tensors that travel with each batch).
    """

    def __init__(
        self,
        stream: torch.Tensor | None,
        *,
        batch_size: int,
        seq_len: int,
        seed: int = 0,
        windows: torch.Tensor | None = None,
        extra: dict[str, torch.Tensor] | None = None,
    ) -> None:
        if windows is None and (stream is None or len(stream) < seq_len + 2):
            raise GenforgeError(
                f"the training text is too short for seq_len {seq_len}; give more data"
            )
        self.stream, self.windows, self.extra = stream, windows, extra or {}
        self.batch_size, self.seq_len, self.seed = batch_size, seq_len, seed
        self.rng = random.Random(seed)
        self.drawn = 0  # batches drawn: a resumed source replays that many draws

    def _draw(self) -> list[int]:
        """The next batch's rows (window indices) or start offsets: the only use of rng."""
        hi = len(self.windows) if self.windows is not None else len(self.stream) - self.seq_len - 1
        self.drawn += 1
        return [self.rng.randrange(hi) for _ in range(self.batch_size)]

    def steps_per_epoch(self) -> float:
        """Batches whose windows add up to the data once (windows, or the stream's tokens)."""
        n = len(self.windows) if self.windows is not None else len(self.stream) / self.seq_len
        return max(n / self.batch_size, 1e-9)

    def next_batch(self) -> dict[str, torch.Tensor]:
        picks = self._draw()
        if self.windows is not None:
            w = self.windows[picks]
            batch = {k: v[picks] for k, v in self.extra.items()}
        else:
            w = torch.stack([self.stream[s : s + self.seq_len + 1] for s in picks])
            batch = {}
        batch.update(x=w[:, :-1].contiguous(), y=w[:, 1:].contiguous())
        return batch

    def state_dict(self) -> dict[str, Any]:
        return {"drawn": self.drawn}

    def load_state_dict(self, state: dict[str, Any]) -> None:
        self.rng, self.drawn = random.Random(self.seed), 0
        for _ in range(int(state["drawn"])):
            self._draw()


@torch.no_grad()
def cache_teacher_topk(
    teacher: nn.Module,
    windows: torch.Tensor,
    path: str | Path,
    *,
    top_k: int = 32,
    batch_size: int = 16,
) -> dict[str, torch.Tensor]:
    """Run the teacher over ``windows`` (N, L+1) once; save its top-k logits as safetensors.

    Writes ``path`` with ``windows`` (int64), ``top_values`` (N, L, k) float16 and
    ``top_ids`` (N, L, k) int32 (atomically); returns the tensors.
    """
    from safetensors.torch import save

    teacher.eval()
    device = next(teacher.parameters()).device
    vals, ids = [], []
    for lo in range(0, len(windows), batch_size):
        x = windows[lo : lo + batch_size, :-1].to(device)
        logits, _ = teacher(x)
        v, i = logits.float().topk(top_k, dim=-1)
        vals.append(v.half().cpu())
        ids.append(i.int().cpu())
    tensors = {
        "windows": windows.contiguous(),
        "top_values": torch.cat(vals),
        "top_ids": torch.cat(ids),
    }
    atomic_write_bytes(path, save(tensors, metadata={"top_k": str(top_k)}))
    return tensors


def load_teacher_cache(path: str | Path) -> dict[str, torch.Tensor]:
    """Read a :func:`cache_teacher_topk` file."""
    from safetensors.torch import load_file

    path = Path(path)
    if not path.is_file():
        raise GenforgeError(f"teacher cache not found: {path}; build it with --teacher-cache")
    data = load_file(str(path))
    missing = {"windows", "top_values", "top_ids"} - set(data)
    if missing:
        raise GenforgeError(f"{path} is not a teacher cache (missing {sorted(missing)})")
    return data


# ----------------------------------------------------------------------------- the run


@dataclass
class DistillConfig:
    """Settings of ``genforge distill`` (any field can be set as key=value)."""

    teacher: str = ""  # teacher model dir
    student_preset: str | None = "tiny"  # a fresh student of this preset (teacher's vocab)
    student: str | None = None  # or an existing student model dir (same tokenizer)
    data: str = "stdlib"  # text: 'stdlib', files, a folder or a glob
    out: str = ""  # student model dir to write
    overwrite: bool = False  # replace an existing model dir at OUT
    resume: bool = False  # continue the run's checkpoints (an interrupted run, or OUT/run's)
    # 0.9 and T=1 beat 0.5 and T=2 for small, briefly trained students (docs/post-training.md)
    alpha: float = 0.9  # weight of the soft (KL) term; 1 - alpha on CE
    temperature: float = 1.0
    reverse_kl: bool = False
    teacher_cache: bool = False  # cache top-k teacher logits to disk instead of on the fly
    top_k: int = 32
    cache_windows: int = 512  # fixed training windows when caching
    max_steps: int = 300
    epochs: float | None = None  # passes over the training text; replaces max_steps when set
    batch_size: int = 16
    seq_len: int = 128
    lr: float = 1e-2
    baseline: bool = True  # also train the no-KD student (same init, data, steps)
    max_bytes: int = 2_000_000
    seed: int = 0
    device: str = "cpu"
    n_layer: int | None = None  # student overrides on the preset
    n_embd: int | None = None

    def validate(self) -> None:
        if not self.teacher:
            raise GenforgeError("set --teacher to the teacher model dir")
        if not self.out:
            raise GenforgeError("set --out to the student model dir to write")
        if not 0.0 <= self.alpha <= 1.0:
            raise GenforgeError(f"--alpha must be in [0, 1], got {self.alpha}")
        if not self.temperature > 0:
            raise GenforgeError(f"--temperature must be > 0, got {self.temperature}")
        if self.reverse_kl and self.teacher_cache:
            raise GenforgeError("--reverse-kl needs the full teacher: drop --teacher-cache")
        for name in ("top_k", "cache_windows", "max_steps", "batch_size", "seq_len"):
            if getattr(self, name) < 1:
                raise GenforgeError(f"{name} must be >= 1, got {getattr(self, name)}")
        check_epochs(self.epochs)


def build_student(cfg: DistillConfig, teacher_cfg: Any, tokenizer: Any) -> nn.Module:
    """A fresh student (preset + overrides, teacher's vocab) or a loaded student dir."""

    if cfg.student:
        loaded = load_model_dir(cfg.student, device=cfg.device, require_float="distill")
        if loaded.model.config.vocab_size != teacher_cfg.vocab_size:
            raise GenforgeError(
                f"student vocab {loaded.model.config.vocab_size} != teacher vocab "
                f"{teacher_cfg.vocab_size}; a student must share the teacher's tokenizer"
            )
        return loaded.model.train()
    overrides = {k: v for k, v in (("n_layer", cfg.n_layer), ("n_embd", cfg.n_embd)) if v}
    overrides.setdefault("block_size", min(teacher_cfg.block_size, max(cfg.seq_len, 128)))
    mcfg = config_from_preset(
        cfg.student_preset or "tiny", vocab_size=teacher_cfg.vocab_size, **overrides
    )
    torch.manual_seed(cfg.seed)
    return GPT(mcfg)


def heldout_bpb(model: nn.Module, tokenizer: Any, texts: list[str], seq_len: int) -> float:
    """Bits per byte of ``texts`` (the genforge.eval.bpb measure)."""

    return bits_per_byte(
        model,
        tokenizer.encode,
        texts,
        seq_len=min(seq_len, model.config.block_size),
        bos_id=tokenizer.bos_id,
        device=next(model.parameters()).device,
    ).bpb


def _train_student(
    student: nn.Module,
    batches: WindowBatches,
    loss_fn: Callable[[nn.Module, dict], torch.Tensor],
    cfg: DistillConfig,
    run_dir: Path,
    say: Callable[[str], None] = lambda _m: None,
) -> int:
    """Train ``student`` in ``run_dir``; the steps it reached. With ``cfg.resume`` it
    continues the checkpoint there, or only loads it when that student had finished."""
    device = next(student.parameters()).device
    optimizer = build_optimizer(student, OptimizerConfig(name="adamw", lr=cfg.lr))
    per_epoch = batches.steps_per_epoch()
    max_steps = epoch_step_limit(cfg.epochs, per_epoch, None) or cfg.max_steps
    ckpt = find_checkpoint(run_dir) if cfg.resume else None
    if ckpt is not None and read_json(ckpt / "state.json", "checkpoint state")["step"] >= max_steps:
        return int(load_checkpoint(run_dir, student, restore_rng=False)["step"])
    loop_cfg = LoopConfig(
        max_steps=max_steps,
        warmup_steps=min(20, max_steps // 10),
        log_every=max(1, min(25, max_steps)),
        checkpoint_every=0,
        checkpoint_every_s=None,
        progress=False,
    )
    windows = round(per_epoch * cfg.batch_size)
    result = train_loop(
        student,
        optimizer,
        batches,
        loop_cfg,
        device=device,
        loss_fn=loss_fn,
        on_step=many_epochs_warning(per_epoch, windows, "training windows", say),
        run_dir=run_dir,
        resume=ckpt is not None,
        run_state={"distill": _plain(dataclasses.asdict(cfg))},
    )
    return result.step


def make_kd_loss_fn(
    teacher: nn.Module | None, cfg: DistillConfig
) -> Callable[[nn.Module, dict], torch.Tensor]:
    """The loop's ``loss_fn`` for KD: teacher on the fly, or the cached top-k in the batch."""

    def loss_fn(model: nn.Module, batch: dict[str, torch.Tensor]) -> torch.Tensor:
        logits, _ = model(batch["x"])
        kw: dict[str, Any] = {}
        if "top_values" in batch:
            kw.update(top_values=batch["top_values"], top_ids=batch["top_ids"])
        else:
            assert teacher is not None
            with torch.no_grad():
                kw["teacher_logits"], _ = teacher(batch["x"])
        loss, _ = kd_loss(
            logits,
            batch["y"],
            alpha=cfg.alpha,
            temperature=cfg.temperature,
            reverse=cfg.reverse_kl,
            **kw,
        )
        return loss

    return loss_fn


def ce_loss_fn(model: nn.Module, batch: dict[str, torch.Tensor]) -> torch.Tensor:
    """Plain next-token cross-entropy on a ``{"x", "y"}`` batch (the no-KD baseline)."""
    _, loss = model(batch["x"], batch["y"])
    return loss


def run_distill(cfg: DistillConfig, *, log: Callable[[str], None] | None = None) -> dict[str, Any]:
    """Distill ``cfg.teacher`` into a student; write ``cfg.out``; return the figures.

    Writes the student model dir, ``OUT/run/metrics.jsonl``, ``OUT/distill_metrics.json``
    (held-out bpb of teacher, KD student and — with ``baseline`` — the no-KD student trained
    from the same init on the same batches for the same steps) and, with
    ``teacher_cache``, ``OUT/teacher_topk.safetensors``.
    """
    cfg.validate()
    out = Path(cfg.out)
    run_dir = prepare_run_dir(
        out,
        None,
        stage="distill",
        settings=_plain(dataclasses.asdict(cfg)),
        resume=cfg.resume,
        overwrite=cfg.overwrite,
    )
    say = log or (lambda _m: None)
    t_begin = time.perf_counter()
    loaded = load_model_dir(cfg.teacher, device=cfg.device)
    teacher, tok = loaded.model.eval(), loaded.tokenizer
    for p in teacher.parameters():
        p.requires_grad_(False)
    train_texts, held_texts = split_texts(load_texts(cfg.data, max_bytes=cfg.max_bytes))
    stream = token_stream(tok, train_texts)
    student = build_student(cfg, teacher.config, tok)
    seq_len = min(cfg.seq_len, student.config.block_size, teacher.config.block_size)
    init_state = {k: v.clone() for k, v in student.state_dict().items()}
    n_student = sum(p.numel() for p in student.parameters())
    n_teacher = sum(p.numel() for p in teacher.parameters())
    say(f"teacher {n_teacher:,} params -> student {n_student:,} params")
    say(heldout_note(len(held_texts), "documents"))

    out.resolve().parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=".distill-", dir=out.resolve().parent))
    cache_file = None
    try:

        def batches() -> WindowBatches:
            if not cfg.teacher_cache:
                return WindowBatches(
                    stream, batch_size=cfg.batch_size, seq_len=seq_len, seed=cfg.seed
                )
            return WindowBatches(
                None,
                batch_size=cfg.batch_size,
                seq_len=seq_len,
                seed=cfg.seed,
                windows=cache["windows"],
                extra={"top_values": cache["top_values"], "top_ids": cache["top_ids"]},
            )

        if cfg.teacher_cache:
            gen = torch.Generator().manual_seed(cfg.seed)
            hi = len(stream) - seq_len - 1
            starts = torch.randint(0, max(hi, 1), (cfg.cache_windows,), generator=gen)
            windows = torch.stack([stream[s : s + seq_len + 1] for s in starts.tolist()])
            cache_file = work / CACHE_FILE
            t0 = time.perf_counter()
            cache = cache_teacher_topk(teacher, windows, cache_file, top_k=cfg.top_k)
            say(
                f"cached teacher top-{cfg.top_k} for {len(windows)} windows in "
                f"{time.perf_counter() - t0:.1f} s"
            )
        t0 = time.perf_counter()
        kd_loss = make_kd_loss_fn(teacher, cfg)
        kd_steps = _train_student(student, batches(), kd_loss, cfg, run_dir, say)
        kd_seconds = time.perf_counter() - t0
        figures: dict[str, Any] = {
            # The models it came from, for `genforge lineage` (a fresh student has none).
            **source_record(cfg.teacher, "teacher"),
            **(source_record(cfg.student, "student") if cfg.student else {}),
            "teacher_params": n_teacher,
            "student_params": n_student,
            "steps": kd_steps,
            "alpha": cfg.alpha,
            "temperature": cfg.temperature,
            "reverse_kl": cfg.reverse_kl,
            "teacher_source": "cache" if cfg.teacher_cache else "on_the_fly",
            "heldout_docs": len(held_texts),
            "heldout_too_small": len(held_texts) < MIN_HELDOUT,
            "teacher_bpb": heldout_bpb(teacher, tok, held_texts, seq_len),
            "kd_bpb": heldout_bpb(student, tok, held_texts, seq_len),
            "kd_train_seconds": round(kd_seconds, 2),
        }
        say(f"KD student held-out bpb {figures['kd_bpb']:.4f}")
        if cfg.baseline:
            base = build_student(cfg, teacher.config, tok)
            base.load_state_dict(init_state)
            t0 = time.perf_counter()
            # Its own run dir (OUT/run/baseline): an interrupt here resumes here too.
            _train_student(base, batches(), ce_loss_fn, cfg, run_dir / "baseline")
            figures["baseline_bpb"] = heldout_bpb(base, tok, held_texts, seq_len)
            figures["baseline_train_seconds"] = round(time.perf_counter() - t0, 2)
            figures["kd_gain_bpb"] = figures["baseline_bpb"] - figures["kd_bpb"]
            figures["kd_beats_baseline"] = figures["kd_bpb"] < figures["baseline_bpb"]
            say(f"no-KD student held-out bpb {figures['baseline_bpb']:.4f}")
        figures["wall_seconds"] = round(time.perf_counter() - t_begin, 2)
        publish_model_dir(
            out,
            student,
            tok,
            run_dir=run_dir,
            extras=(cache_file,) if cache_file is not None else (),
            write=lambda path: atomic_write_json(path / "distill_metrics.json", _plain(figures)),
            card=_card(cfg, figures),
            extra_config={"genforge_distill": _plain(figures)},
        )
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return figures


def _plain(d: dict[str, Any]) -> dict[str, Any]:
    return {k: (float(v) if isinstance(v, float) else v) for k, v in d.items()}


def _card(cfg: DistillConfig, f: dict[str, Any]) -> str:
    lines = [
        "# Distilled student\n",
        f"Teacher `{cfg.teacher}` ({f['teacher_params']:,} params) -> student "
        f"({f['student_params']:,} params), {f['steps']} steps on `{cfg.data}`, "
        f"alpha {cfg.alpha}, temperature {cfg.temperature}, "
        f"{'reverse' if cfg.reverse_kl else 'forward'} KL, teacher {f['teacher_source']}.\n",
        f"Held-out bits per byte: teacher {f['teacher_bpb']:.4f}, student {f['kd_bpb']:.4f}"
        + (
            f", same student without KD {f['baseline_bpb']:.4f}.\n"
            if "baseline_bpb" in f
            else ".\n"
        ),
    ]
    return "\n".join(lines)


def config_fields() -> list[str]:
    """Names of the DistillConfig fields (for key=value overrides)."""
    return [f.name for f in dataclasses.fields(DistillConfig)]


__all__ = [
    "DistillConfig",
    "WindowBatches",
    "cache_teacher_topk",
    "ce_loss_fn",
    "heldout_bpb",
    "kd_loss",
    "load_teacher_cache",
    "make_kd_loss_fn",
    "run_distill",
    "soft_kl",
    "split_texts",
    "token_stream",
    "topk_soft_kl",
]
