"""Reward model: the GPT trunk plus a scalar head, trained on preference pairs.

The reward of prompt + answer is ``head(h_last)``, where ``h_last`` is the final-norm hidden
state (:meth:`GPT.hidden_states`) at the last real token of the sequence (the answer's
``<|end|>``); causal attention lets that position see the whole prompt and answer. Training
minimises the Bradley–Terry negative log-likelihood ``-log σ(r_chosen - r_rejected)``; the
held-out figure is pairwise accuracy (the share of pairs with ``r_chosen > r_rejected``).

A reward model dir is a normal model dir (the trunk keeps its LM head, so it still loads as
an LM) with ``"reward_head": true`` in config.json and the head in ``reward_head.safetensors``.
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import torch
import torch.nn.functional as F
from safetensors import SafetensorError, safe_open
from torch import nn

from genforge.config import config_to_dict
from genforge.errors import GenforgeError
from genforge.io import atomic_save_tensors, atomic_write_json
from genforge.modeldir import load_model_dir, publish_model_dir
from genforge.models.gpt import GPT
from genforge.nn.device import cpu_threads, resolve_device
from genforge.train.epochs import MIN_HELDOUT, check_epochs, heldout_note, many_epochs_warning
from genforge.train.loop import train_loop
from genforge.tune.data import encode_prompt_completion
from genforge.tune.prefs import (
    EncodedPair,
    PairBatches,
    accuracy_by_group,
    check_pair_run,
    default_task_groups,
    encode_pairs,
    iter_eval_batches,
    load_pairs,
    pair_loop_config,
)

HEAD_FILE = "reward_head.safetensors"


class RewardModel(nn.Module):
    """``forward(input_ids[R,T], last_index[R]) -> rewards[R]`` (float32) on a GPT trunk."""

    def __init__(self, trunk: GPT) -> None:
        super().__init__()
        self.trunk = trunk
        # Named "head" so the optimizer treats it like an LM head (no weight decay).
        self.head = nn.Linear(trunk.config.n_embd, 1)
        with torch.no_grad():
            # Zero start: every reward begins at 0 (loss = log 2) and the first updates
            # shape the head before any noise from it reaches the trunk.
            self.head.weight.zero_()
            self.head.bias.zero_()

    @property
    def config(self):
        return self.trunk.config

    def forward(self, input_ids: torch.Tensor, last_index: torch.Tensor) -> torch.Tensor:
        h = self.trunk.hidden_states(input_ids)  # (R, T, C)
        rows = torch.arange(h.size(0), device=h.device)
        last = h[rows, last_index]  # (R, C)
        return self.head(last).squeeze(-1).float()  # (R,)


def bradley_terry_loss(
    r_chosen: torch.Tensor, r_rejected: torch.Tensor, *, center_coef: float = 0.0
) -> torch.Tensor:
    """Mean ``-log σ(r_c - r_r)`` over pairs, plus ``center_coef · mean((r_c + r_r)²)``.

    The centering term (zero by default) only pins the rewards' free offset near 0, which
    Bradley–Terry leaves undetermined; it does not change which answer wins.
    """
    loss = -F.logsigmoid(r_chosen - r_rejected).mean()
    if center_coef:
        loss = loss + center_coef * ((r_chosen + r_rejected) ** 2).mean()
    return loss


def reward_loss_fn(center_coef: float = 0.0):
    """A ``loss_fn(model, batch)`` for the training loop over :mod:`genforge.tune.prefs`
    batches (chosen rows first, then rejected)."""

    def loss_fn(model: nn.Module, batch: dict[str, torch.Tensor]) -> torch.Tensor:
        r = model(batch["input_ids"], batch["last_index"])
        b = r.size(0) // 2
        return bradley_terry_loss(r[:b], r[b:], center_coef=center_coef)

    return loss_fn


@torch.no_grad()
def reward_margins(
    model: RewardModel,
    encoded: list[EncodedPair],
    pad_id: int,
    device: torch.device,
    batch_size: int = 16,
) -> torch.Tensor:
    """``r_chosen - r_rejected`` (N,) for every pair, on the CPU."""
    was_training = model.training
    model.eval()
    margins = []
    for batch in iter_eval_batches(encoded, batch_size, pad_id):
        r = model(batch["input_ids"].to(device), batch["last_index"].to(device))
        b = r.size(0) // 2
        margins.append((r[:b] - r[b:]).cpu())
    model.train(was_training)
    return torch.cat(margins)


def pairwise_accuracy(
    model: RewardModel,
    encoded: list[EncodedPair],
    pad_id: int,
    device: torch.device,
    batch_size: int = 16,
    groups: list[str] | None = None,
) -> dict[str, float]:
    """Held-out figures: ``accuracy`` (share with r_chosen > r_rejected, ties count as
    wrong), ``mean_margin`` (r_c - r_r), ``bt_loss``; with ``groups`` (one label per
    pair) also ``accuracy_<label>``."""
    m = reward_margins(model, encoded, pad_id, device, batch_size)
    figs = {
        "accuracy": float((m > 0).float().mean()),
        "mean_margin": float(m.mean()),
        "bt_loss": float(-F.logsigmoid(m).mean()),
    }
    if groups is not None:
        figs.update(accuracy_by_group(m, groups))
    return figs


# ------------------------------------------------------------------------ model dir


def save_reward_model(
    out: str | Path,
    model: RewardModel,
    tokenizer: Any,
    *,
    run_dir: Path | None = None,
    card: str | None = None,
    extra_config: dict[str, Any] | None = None,
    metrics: dict[str, Any] | None = None,
) -> Path:
    """Write a reward model dir at ``out`` (atomically, with ``run_dir`` moved in)."""
    out = Path(out)
    head = {k: v.detach().float().cpu().contiguous() for k, v in model.head.state_dict().items()}

    def write(path: Path) -> None:
        atomic_save_tensors(path / HEAD_FILE, head, metadata={"format": "pt"})
        if metrics is not None:
            atomic_write_json(path / "metrics.json", metrics)

    extra = {"reward_head": True, "reward_head_file": HEAD_FILE, **(extra_config or {})}
    publish_model_dir(
        out,
        model.trunk,
        tokenizer,
        run_dir=run_dir if run_dir is not None else out / "run",
        write=write,
        card=card,
        extra_config=extra,
    )
    return out


def load_reward_model(
    path: str | Path, *, device: str | torch.device = "cpu"
) -> tuple[RewardModel, Any]:
    """Load a reward model dir written by :func:`save_reward_model`: (model in eval mode,
    tokenizer)."""

    loaded = load_model_dir(path, device=device)
    if not loaded.config.get("reward_head"):
        raise GenforgeError(
            f"{path} is a language model dir without a reward head; train one with "
            "`genforge rm --model THIS_DIR --data prefs.jsonl --out RM_DIR`"
        )
    model = RewardModel(loaded.model)
    head_file = Path(path) / loaded.config.get("reward_head_file", HEAD_FILE)
    if not head_file.is_file():
        raise GenforgeError(
            f"reward head not found: {head_file}; the reward model dir is "
            "incomplete, train it again with `genforge rm`"
        )
    try:
        with safe_open(str(head_file), framework="pt") as f:
            state = {k: f.get_tensor(k) for k in f.keys()}
    except (SafetensorError, OSError) as e:
        raise GenforgeError(f"cannot read {head_file}: {e}; train the reward model again") from e
    want = {k: tuple(v.shape) for k, v in model.head.state_dict().items()}
    got = {k: tuple(v.shape) for k, v in state.items()}
    if want != got:
        raise GenforgeError(
            f"{head_file} holds tensors {got} but the trunk needs {want}; the head belongs "
            "to another model"
        )
    dev = next(loaded.model.parameters()).device
    model.head.load_state_dict({k: v.to(dev) for k, v in state.items()})
    model.head.to(dev)
    model.eval()
    return model, loaded.tokenizer


class RewardScorer:
    """Score texts with a reward model: ``RewardScorer.from_model_dir(path).score(...)``."""

    def __init__(self, model: RewardModel, tokenizer: Any) -> None:
        self.model = model.eval()
        self.tokenizer = tokenizer
        self.device = next(model.parameters()).device

    @classmethod
    def from_model_dir(cls, path: str | Path, *, device: str = "cpu") -> RewardScorer:
        model, tok = load_reward_model(path, device=device)
        return cls(model, tok)

    def encode(self, text: Any, completion: str | None = None) -> list[int]:
        """Ids for one item: a prompt (string or messages) + ``completion`` in the chat
        format, or, without ``completion``, a whole text whose special tokens are parsed."""

        tok = self.tokenizer
        if completion is not None:
            prompt = [{"role": "user", "content": text}] if isinstance(text, str) else text
            ids, _ = encode_prompt_completion(tok, prompt, completion)
        else:
            if not isinstance(text, str) or not text:
                raise GenforgeError("score() takes non-empty strings (or prompts + completions)")
            ids = tok.encode_with_special(text)
            if not ids or ids[0] != tok.bos_id:
                ids = [tok.bos_id, *ids]
        context = self.model.config.block_size
        # The last tokens decide the reward (the head reads the last position): keep them.
        return ids[-context:]

    @torch.no_grad()
    def score(
        self, texts: list[Any], completions: list[str] | None = None, *, batch_size: int = 16
    ) -> list[float]:
        """Rewards (one float each) for ``texts``, or for prompt/completion pairs when
        ``completions`` (same length as ``texts``) is given."""
        if completions is not None and len(completions) != len(texts):
            raise GenforgeError(
                f"got {len(texts)} prompts but {len(completions)} completions; pass one "
                "completion per prompt"
            )
        seqs = [
            self.encode(t, completions[i] if completions is not None else None)
            for i, t in enumerate(texts)
        ]
        out: list[float] = []
        pad = self.tokenizer.pad_id
        for lo in range(0, len(seqs), batch_size):
            chunk = seqs[lo : lo + batch_size]
            width = max(len(s) for s in chunk)
            ids = torch.full((len(chunk), width), pad, dtype=torch.long)
            for r, s in enumerate(chunk):
                ids[r, : len(s)] = torch.tensor(s)
            last = torch.tensor([len(s) - 1 for s in chunk])
            out += self.model(ids.to(self.device), last.to(self.device)).tolist()
        return out


# ------------------------------------------------------------------------ training stage


@dataclass
class RewardConfig:
    """Every knob of ``genforge rm``; recipes and ``key=value`` overrides set these."""

    model: str = ""  # the model dir to start from (usually an SFT model)
    data: str = "default"  # preference JSONL, or "default" (embedded task)
    out: str = ""  # the reward model dir to write
    eval_data: str | None = None  # held-out preference JSONL; None = split eval_fraction off
    eval_fraction: float = 0.1  # share of a user file held out when eval_data is None
    run_dir: str | None = None  # metrics.jsonl, loss.png, checkpoint; None = OUT/run
    overwrite: bool = False  # replace an existing model dir at OUT
    resume: bool = False  # continue the checkpoint in the run dir (interrupted or finished)
    time_budget: float | None = 120.0  # seconds for the training loop
    max_steps: int | None = None
    epochs: float | None = None  # passes over the training pairs (stops at the first limit)
    batch_size: int = 8  # pairs per step (2× sequences)
    lr: float = 1e-4  # AdamW peak LR; the trunk is fine-tuned, the head learns from zero
    head_lr_mult: float = 10.0  # the fresh head starts at zero and needs a larger LR
    weight_decay: float = 0.0
    warmup_steps: int = 10
    center_coef: float = 0.0  # reward-centering regularizer (see bradley_terry_loss)
    max_len: int | None = None  # tokens per sequence; None = the model's context
    eval_every: int = 25  # steps between held-out evals
    seed: int = 0
    device: str = "auto"
    # Small models on a shared CPU often train faster on 1 thread; None = torch's default.
    threads: int | None = None
    dtype: Literal["auto", "fp32", "bf16", "fp16"] = "auto"
    progress: bool = True

    def validate(self) -> None:
        if not self.model:
            raise GenforgeError("no starting model: pass --model MODEL_DIR (an SFT model dir)")
        if not self.out:
            raise GenforgeError("no output: pass --out DIR for the reward model dir")
        if self.batch_size < 1:
            raise GenforgeError(f"batch_size must be >= 1, got {self.batch_size}")
        if not self.lr > 0:
            raise GenforgeError(f"lr must be > 0, got {self.lr}")
        if self.max_steps is None and self.time_budget is None and self.epochs is None:
            raise GenforgeError("set epochs, --time-budget or --max-steps: when training stops")
        check_epochs(self.epochs)


def run_reward(cfg: RewardConfig, *, log=None) -> dict[str, Any]:
    """Train a reward model from ``cfg.model`` on ``cfg.data``; write ``cfg.out``.

    Returns the summary (also written as ``OUT/metrics.json``): ``heldout_accuracy``,
    ``heldout_mean_margin``, steps, pairs, seconds.
    """

    cfg.validate()
    with cpu_threads(cfg.threads):
        return _run_reward(cfg, log)


def _run_reward(cfg: RewardConfig, log) -> dict[str, Any]:

    say = log or (lambda m: None)
    t0 = time.perf_counter()
    device = resolve_device(cfg.device)
    out = Path(cfg.out).expanduser()
    run_dir = Path(cfg.run_dir).expanduser() if cfg.run_dir else out / "run"
    check_pair_run(cfg, out, run_dir)
    train_pairs, held_pairs, source = load_pairs(
        cfg.data, cfg.eval_data, cfg.eval_fraction, cfg.seed
    )
    loaded = load_model_dir(cfg.model, device=device, dtype="fp32", require_float="rm")
    tok = loaded.tokenizer
    if loaded.config.get("reward_head"):
        model, _ = load_reward_model(cfg.model, device=device)
    else:
        model = RewardModel(loaded.model).to(device)
    max_len = min(cfg.max_len or model.config.block_size, model.config.block_size)
    train_enc, train_cut = encode_pairs(tok, train_pairs, max_len)
    held_enc, held_cut = encode_pairs(tok, held_pairs, max_len)
    say(
        f"reward model: {len(train_enc)} train pairs ({source}); "
        + heldout_note(len(held_enc), "pairs")
    )

    torch.manual_seed(cfg.seed)
    head_ids = {id(p) for p in model.head.parameters()}
    trunk_params = [p for p in model.parameters() if id(p) not in head_ids]
    optimizer = torch.optim.AdamW(
        [
            {"params": trunk_params, "weight_decay": cfg.weight_decay, "base_lr": cfg.lr},
            {
                "params": list(model.head.parameters()),
                "weight_decay": 0.0,
                "base_lr": cfg.lr * cfg.head_lr_mult,
            },
        ],
        lr=cfg.lr,
        betas=(0.9, 0.95),
    )
    batches = PairBatches(train_enc, cfg.batch_size, tok.pad_id, seed=cfg.seed)
    loop_cfg = pair_loop_config(cfg, batches)
    per_epoch = batches.steps_per_epoch()

    def eval_fn(m: nn.Module) -> dict[str, float]:
        figs = pairwise_accuracy(m, held_enc, tok.pad_id, device)  # type: ignore[arg-type]
        return {
            "val_accuracy": figs["accuracy"],
            "val_margin": figs["mean_margin"],
            "val_loss": figs["bt_loss"],
        }

    result = train_loop(
        model,
        optimizer,
        batches,
        loop_cfg,
        device=device,
        loss_fn=reward_loss_fn(cfg.center_coef),
        eval_fn=eval_fn,
        on_step=many_epochs_warning(per_epoch, len(train_enc), "pairs", say),
        run_dir=run_dir,
        resume=cfg.resume,
        run_state={"config": config_to_dict(cfg)},
    )
    model.eval()
    groups = default_task_groups(held_pairs) if cfg.data == "default" else None
    after = pairwise_accuracy(model, held_enc, tok.pad_id, device, groups=groups)
    summary: dict[str, Any] = {
        "method": "reward_model",
        "out": str(out),
        "base_model": str(cfg.model),
        "data": source,
        "train_pairs": len(train_enc),
        "heldout_pairs": len(held_enc),
        "heldout_too_small": len(held_enc) < MIN_HELDOUT,
        "epochs": round(result.step / per_epoch, 2),
        "truncated_pairs": train_cut + held_cut,
        "steps": result.step,
        "train_loss": result.train_loss,
        # A zero head ties every pair; chance for a head that ranks pairs at random.
        "heldout_accuracy_chance": 0.5,
        "heldout_accuracy": after["accuracy"],
        "heldout_mean_margin": after["mean_margin"],
        "heldout_bt_loss": after["bt_loss"],
        # Default task only: the doctest family (rejected parses but fails its doctest)
        # is the semantic part; the syntax family is detectable from one token.
        **{f"heldout_{k}": v for k, v in after.items() if k.startswith("accuracy_")},
        "train_seconds": round(result.elapsed, 2),
        "device": str(device),
    }
    card = render_reward_card(summary, cfg)
    save_reward_model(
        out,
        model,
        tok,
        run_dir=run_dir,
        card=card,
        extra_config={
            "genforge_rm": {
                k: summary[k]
                for k in ("data", "train_pairs", "heldout_pairs", "steps", "heldout_accuracy")
            }
        },
        metrics=summary,
    )
    if run_dir.resolve().parent == out.resolve():
        summary["run_dir"] = str(out / run_dir.name)
    else:
        summary["run_dir"] = str(run_dir)
    summary["total_seconds"] = round(time.perf_counter() - t0, 2)
    if not math.isfinite(summary["heldout_mean_margin"]):
        raise GenforgeError("reward model training diverged (non-finite rewards); lower lr=...")
    return summary


def render_reward_card(summary: dict[str, Any], cfg: RewardConfig) -> str:
    """card.md for a reward model: what it was trained from, on what, and how well."""
    return (
        "# genforge reward model (Bradley–Terry)\n\n"
        f"- started from: `{summary['base_model']}`\n"
        f"- preference data: {summary['data']} ({summary['train_pairs']} train pairs, "
        f"{summary['heldout_pairs']} held out)\n"
        f"- held-out pairwise accuracy: {summary['heldout_accuracy']:.3f} "
        "(chance 0.5)\n"
        f"- held-out mean margin r_chosen - r_rejected: {summary['heldout_mean_margin']:.3f}\n"
        f"- steps: {summary['steps']}, lr {cfg.lr:g}, batch {cfg.batch_size} pairs\n\n"
        "The reward is a linear head (`reward_head.safetensors`) on the final hidden state at "
        "the last token of prompt + answer. Load it with "
        "`genforge.tune.reward.RewardScorer.from_model_dir(path)`.\n"
    )


__all__ = [
    "HEAD_FILE",
    "RewardConfig",
    "RewardModel",
    "RewardScorer",
    "bradley_terry_loss",
    "load_reward_model",
    "pairwise_accuracy",
    "render_reward_card",
    "reward_loss_fn",
    "reward_margins",
    "run_reward",
    "save_reward_model",
]
