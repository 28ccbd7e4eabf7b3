"""Direct Preference Optimization (DPO) and its IPO variant, on the shared training loop.

For a pair with summed answer log-probabilities ``pc, pr`` under the policy and ``rc, rr``
under the frozen reference (the model DPO started from), let
``h = (pc - rc) - (pr - rr)``. The losses are

* ``sigmoid`` (DPO, Rafailov et al. 2023): ``-(1-ε)·log σ(β·h) - ε·log σ(-β·h)``, where
  ``ε`` is the label smoothing (0 by default: plain DPO; > 0: the "conservative" variant);
* ``ipo`` (Azar et al. 2023): ``(h - 1/(2β))²``, which stops pushing once the margin reaches
  ``1/(2β)`` instead of driving it to infinity.

The implicit rewards are ``β·(pc - rc)`` and ``β·(pr - rr)``; their difference is the margin
logged as ``rewards/margins``, and ``rewards/accuracies`` is the share of pairs whose margin is
positive — the held-out preference accuracy of the policy.

The reference never trains: its parameters have ``requires_grad=False`` and its forward runs
under ``torch.no_grad``. With ``precompute_ref`` its log-probabilities are computed once
before training and the reference model is freed; otherwise it runs beside the policy.

On the default (verifiable) task, ``on_policy_samples`` replaces the dataset's pairs by the
start model's own answers, a passing one against a failing one
(:func:`genforge.tune.prefs.on_policy_pairs`): the pairs then describe mistakes this model
makes, and with ``sft_coef`` the chosen-NLL term reinforces answers it can already give.
"""

from __future__ import annotations

import copy
import math
import time
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any, Literal

import torch
import torch.nn.functional as F
from torch import nn

from genforge.config import config_to_dict
from genforge.errors import GenforgeError
from genforge.io import atomic_write_json
from genforge.modeldir import load_model_dir, publish_model_dir
from genforge.nn.device import cpu_threads, resolve_device
from genforge.train.epochs import MIN_HELDOUT, check_epochs, heldout_note, many_epochs_warning
from genforge.train.loop import LoopResult, train_loop
from genforge.tune.prefs import (
    EncodedPair,
    PairBatches,
    accuracy_by_group,
    check_pair_run,
    chosen_like_checks,
    default_task_groups,
    encode_pairs,
    iter_eval_batches,
    load_pairs,
    on_policy_pairs,
    pair_loop_config,
    sequence_logprobs,
    with_own_failures,
)

LOSS_TYPES = ("sigmoid", "ipo")


@dataclass
class DPOOutput:
    """Per-pair losses and implicit rewards, each of shape (B,)."""

    losses: torch.Tensor
    chosen_rewards: torch.Tensor
    rejected_rewards: torch.Tensor


def dpo_loss(
    policy_chosen: torch.Tensor,
    policy_rejected: torch.Tensor,
    ref_chosen: torch.Tensor,
    ref_rejected: torch.Tensor,
    *,
    beta: float = 0.1,
    loss_type: str = "sigmoid",
    label_smoothing: float = 0.0,
) -> DPOOutput:
    """DPO/IPO losses from summed answer log-probs (each (B,)); see the module docstring.

    The rewards are detached (they are figures to log, not part of the objective).
    """
    if loss_type not in LOSS_TYPES:
        raise GenforgeError(f"loss must be one of {list(LOSS_TYPES)}, got {loss_type!r}")
    if not beta > 0:
        raise GenforgeError(f"beta must be > 0, got {beta}")
    if not 0.0 <= label_smoothing < 0.5:
        raise GenforgeError(f"label_smoothing must be in [0, 0.5), got {label_smoothing}")
    chosen_logratio = policy_chosen - ref_chosen
    rejected_logratio = policy_rejected - ref_rejected
    h = chosen_logratio - rejected_logratio
    if loss_type == "sigmoid":
        losses = -(1 - label_smoothing) * F.logsigmoid(beta * h) - label_smoothing * F.logsigmoid(
            -beta * h
        )
    else:
        losses = (h - 1.0 / (2.0 * beta)) ** 2
    return DPOOutput(
        losses=losses,
        chosen_rewards=(beta * chosen_logratio).detach(),
        rejected_rewards=(beta * rejected_logratio).detach(),
    )


def frozen_copy(model: nn.Module) -> nn.Module:
    """A copy of ``model`` in eval mode whose parameters never receive gradients."""
    ref = copy.deepcopy(model)
    ref.eval()
    for p in ref.parameters():
        p.requires_grad_(False)
    return ref


@torch.no_grad()
def pair_logprobs(
    model: nn.Module,
    encoded: list[EncodedPair],
    pad_id: int,
    device: torch.device,
    batch_size: int = 16,
) -> tuple[torch.Tensor, torch.Tensor]:
    """Summed answer log-probs (chosen (N,), rejected (N,)) of every pair, on the CPU."""
    was_training = model.training
    model.eval()
    chosen, rejected = [], []
    for batch in iter_eval_batches(encoded, batch_size, pad_id):
        lp = sequence_logprobs(
            model, batch["input_ids"].to(device), batch["completion_mask"].to(device)
        ).cpu()
        b = lp.size(0) // 2
        chosen.append(lp[:b])
        rejected.append(lp[b:])
    model.train(was_training)
    return torch.cat(chosen), torch.cat(rejected)


class DPOObjective:
    """The training loop's ``loss_fn`` for DPO: the loss and the batch's reward figures.

    ``ref`` is either a frozen reference model or a (chosen (N,), rejected (N,)) pair of
    precomputed reference log-probs indexed by the batch's ``index``. ``sft_coef`` > 0 adds
    that times the chosen answers' per-token NLL (the "RPO" regularizer).
    """

    def __init__(
        self,
        ref: nn.Module | tuple[torch.Tensor, torch.Tensor],
        *,
        beta: float,
        loss_type: str,
        label_smoothing: float = 0.0,
        sft_coef: float = 0.0,
    ) -> None:
        self.ref = ref
        self.beta = beta
        self.loss_type = loss_type
        self.label_smoothing = label_smoothing
        self.sft_coef = sft_coef

    def reference_logprobs(self, batch: dict[str, torch.Tensor]) -> tuple[torch.Tensor, ...]:
        if isinstance(self.ref, tuple):
            idx = batch["index"].cpu()
            dev = batch["input_ids"].device
            return self.ref[0][idx].to(dev), self.ref[1][idx].to(dev)
        with torch.no_grad():
            lp = sequence_logprobs(self.ref, batch["input_ids"], batch["completion_mask"])
        b = lp.size(0) // 2
        return lp[:b], lp[b:]

    def __call__(
        self, model: nn.Module, batch: dict[str, torch.Tensor]
    ) -> tuple[torch.Tensor, dict[str, torch.Tensor]]:
        """The loss and what the batch showed (implicit rewards, log-probs), which the loop
        averages into its train rows."""
        lp = sequence_logprobs(model, batch["input_ids"], batch["completion_mask"])
        b = lp.size(0) // 2
        rc, rr = self.reference_logprobs(batch)
        out = dpo_loss(
            lp[:b],
            lp[b:],
            rc,
            rr,
            beta=self.beta,
            loss_type=self.loss_type,
            label_smoothing=self.label_smoothing,
        )
        loss = out.losses.mean()
        if self.sft_coef:
            # Per-token NLL of the chosen answers: keeps their likelihood from falling while
            # the margin grows (both sides drifting down is DPO's usual failure).
            n_tokens = batch["completion_mask"][:b, 1:].sum(-1).clamp(min=1)
            loss = loss + self.sft_coef * (-(lp[:b] / n_tokens)).mean()
        margins = (out.chosen_rewards - out.rejected_rewards).detach()
        figures = {
            "rewards/chosen": out.chosen_rewards.detach().mean(),
            "rewards/rejected": out.rejected_rewards.detach().mean(),
            "rewards/margins": margins.mean(),
            "rewards/accuracies": (margins > 0).float().mean(),
            "logps/chosen": lp[:b].detach().mean(),
            "logps/rejected": lp[b:].detach().mean(),
        }
        return loss, figures


def heldout_figures(
    policy: nn.Module,
    encoded: list[EncodedPair],
    ref_logps: tuple[torch.Tensor, torch.Tensor],
    pad_id: int,
    device: torch.device,
    beta: float,
    groups: list[str] | None = None,
) -> dict[str, float]:
    """Held-out implicit-reward figures: ``accuracy`` (share of margins > 0), mean
    ``margin``, ``chosen``/``rejected`` rewards; with ``groups`` also ``accuracy_<label>``."""
    pc, pr = pair_logprobs(policy, encoded, pad_id, device)
    rc, rr = ref_logps
    chosen, rejected = beta * (pc - rc), beta * (pr - rr)
    margins = chosen - rejected
    figs = {
        "accuracy": float((margins > 0).float().mean()),
        "margin": float(margins.mean()),
        "chosen": float(chosen.mean()),
        "rejected": float(rejected.mean()),
    }
    if groups is not None:
        figs.update(accuracy_by_group(margins, groups))
    return figs


# ------------------------------------------------------------------------ training stage


@dataclass
class DPOConfig:
    """Every knob of ``genforge dpo``; recipes and ``key=value`` overrides set these."""

    model: str = ""  # the policy to start from (usually an SFT model); also the reference
    data: str = "default"  # preference JSONL, or "default" (embedded task)
    out: str = ""  # the tuned model dir to write
    eval_data: str | None = None  # held-out preference JSONL; None = split eval_fraction off
    eval_fraction: float = 0.1
    run_dir: str | None = None  # metrics.jsonl, loss.png, checkpoint; None = OUT/run
    overwrite: bool = False  # replace an existing model dir at OUT
    resume: bool = False  # continue the checkpoint in the run dir (interrupted or finished)
    beta: float = 0.1  # strength of the pull toward the reference (higher = closer)
    loss: Literal["sigmoid", "ipo"] = "sigmoid"
    label_smoothing: float = 0.0  # sigmoid only: assumed share of flipped labels
    sft_coef: float = 0.0  # weight of the chosen answers' per-token NLL added to the loss
    precompute_ref: bool = False  # reference log-probs once up front, then free the model
    time_budget: float | None = 120.0  # seconds for the training loop
    max_steps: int | None = None
    epochs: float | None = None  # passes over the training pairs (stops at the first limit)
    batch_size: int = 8  # pairs per step (2× sequences)
    lr: float = 2e-5  # AdamW peak LR
    weight_decay: float = 0.0
    warmup_steps: int = 10
    max_len: int | None = None  # tokens per sequence; None = the model's context
    eval_every: int = 25  # steps between held-out evals (each logs train/rewards/* too)
    # Default task only: the start model's own failing greedy answers to the training
    # prompts replace the rejected answers (on-policy pairs; see prefs.with_own_failures).
    own_failures: bool = False
    # Default task only, > 0: sample this many answers per training prompt from the start
    # model and train on (own passing, own failing) pairs (prefs.on_policy_pairs); replaces
    # the dataset's pairs and own_failures. The standard recipe for verifiable preferences.
    on_policy_samples: int = 0
    on_policy_temperature: float = 0.5
    sample_eval: int = 0  # held-out prompts to answer (greedy, engine), start vs tuned
    sample_max_tokens: int = 128
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
            raise GenforgeError("no output: pass --out DIR for the tuned model dir")
        if self.loss not in LOSS_TYPES:
            raise GenforgeError(f"loss must be one of {list(LOSS_TYPES)}, got {self.loss!r}")
        if not self.beta > 0:
            raise GenforgeError(f"beta must be > 0, got {self.beta}")
        if not 0.0 <= self.label_smoothing < 0.5:
            raise GenforgeError(f"label_smoothing must be in [0, 0.5), got {self.label_smoothing}")
        if self.label_smoothing and self.loss != "sigmoid":
            raise GenforgeError("label_smoothing applies to the sigmoid loss only; drop it for ipo")
        if self.sft_coef < 0:
            raise GenforgeError(f"sft_coef must be >= 0, got {self.sft_coef}")
        if self.batch_size < 1:
            raise GenforgeError(f"batch_size must be >= 1, got {self.batch_size}")
        if not self.lr > 0:
            raise GenforgeError(f"lr must be > 0, got {self.lr}")
        if self.max_steps is None and self.time_budget is None and self.epochs is None:
            raise GenforgeError("set epochs, --time-budget or --max-steps: when training stops")
        check_epochs(self.epochs)
        if self.sample_eval < 0:
            raise GenforgeError(f"sample_eval must be >= 0, got {self.sample_eval}")
        if self.own_failures and self.data != "default":
            raise GenforgeError(
                "own_failures labels answers with the default task's code check; use it "
                "with --data default"
            )
        if self.on_policy_samples < 0:
            raise GenforgeError(f"on_policy_samples must be >= 0, got {self.on_policy_samples}")
        if self.on_policy_samples and self.data != "default":
            raise GenforgeError(
                "on_policy_samples labels sampled answers with the default task's code "
                "check; use it with --data default"
            )
        if self.on_policy_samples and self.own_failures:
            raise GenforgeError(
                "on_policy_samples and own_failures both replace the training pairs; "
                "pick one (on_policy_samples is the stronger recipe)"
            )
        if not self.on_policy_temperature > 0:
            raise GenforgeError(
                f"on_policy_temperature must be > 0, got {self.on_policy_temperature}"
            )
        if self.sample_eval and self.data != "default":
            raise GenforgeError(
                "sample_eval checks answers with the default task's code check; use it with "
                "--data default, or set sample_eval=0 for your own preference data"
            )


def run_dpo(cfg: DPOConfig, *, log=None) -> dict[str, Any]:
    """DPO/IPO-tune ``cfg.model`` on ``cfg.data``; write the policy as a model dir at
    ``cfg.out`` (with ``metrics.json``) and return the summary.

    Held-out figures: ``heldout_accuracy`` (share of pairs whose implicit reward margin is
    > 0; 0 at the start, where every margin is exactly 0), ``heldout_margin``; with
    ``sample_eval`` > 0 also the rate of (greedy) answers that pass the pair's check, for
    the starting model and the tuned one (default task only).
    """

    cfg.validate()
    with cpu_threads(cfg.threads):
        return _run_dpo(cfg, log)


def _run_dpo(cfg: DPOConfig, log) -> dict[str, Any]:

    say = log or (lambda m: None)
    t0 = time.perf_counter()
    device = resolve_device(cfg.device)
    out = Path(cfg.out).expanduser()
    run_dir = Path(cfg.run_dir).expanduser() if cfg.run_dir else out / "run"
    check_pair_run(cfg, out, run_dir)
    train_pairs, held_pairs, source = load_pairs(
        cfg.data, cfg.eval_data, cfg.eval_fraction, cfg.seed
    )
    loaded = load_model_dir(cfg.model, device=device, dtype="fp32", require_float="dpo")
    policy, tok = loaded.model, loaded.tokenizer
    max_len = min(cfg.max_len or policy.config.block_size, policy.config.block_size)
    train_enc, train_cut = encode_pairs(tok, train_pairs, max_len)
    held_enc, held_cut = encode_pairs(tok, held_pairs, max_len)
    say(f"dpo: {len(train_enc)} train pairs ({source}); " + heldout_note(len(held_enc), "pairs"))

    ref_model = frozen_copy(policy)
    replaced, on_policy = 0, None
    if cfg.own_failures or cfg.on_policy_samples:
        train_pairs, replaced, on_policy = _start_model_pairs(
            cfg, ref_model, tok, train_pairs, device, say
        )
        train_enc, train_cut = encode_pairs(tok, train_pairs, max_len)
    t_ref = time.perf_counter()
    held_ref = pair_logprobs(ref_model, held_enc, tok.pad_id, device)
    ref: nn.Module | tuple[torch.Tensor, torch.Tensor] = ref_model
    if cfg.precompute_ref:
        ref = pair_logprobs(ref_model, train_enc, tok.pad_id, device)
    ref_seconds = time.perf_counter() - t_ref
    sampled = held_pairs[: cfg.sample_eval]
    check = partial(
        chosen_like_checks,
        tokenizer=tok,
        pairs=sampled,
        max_tokens=cfg.sample_max_tokens,
        device=device,
    )
    start_ok: list[bool] = check(ref_model) if cfg.sample_eval else []
    if cfg.precompute_ref:
        del ref_model  # the point of precomputing: one model in memory while training

    result, per_epoch = _train_dpo(
        cfg, policy, ref, tok, train_enc, held_enc, held_ref, run_dir, device, say
    )
    policy.eval()
    groups = default_task_groups(held_pairs) if cfg.data == "default" else None
    final = heldout_figures(policy, held_enc, held_ref, tok.pad_id, device, cfg.beta, groups)
    summary: dict[str, Any] = {
        "method": f"dpo-{cfg.loss}",
        "out": str(out),
        "base_model": str(cfg.model),
        "data": source,
        "beta": cfg.beta,
        "precompute_ref": cfg.precompute_ref,
        "train_pairs": len(train_enc),
        "heldout_pairs": len(held_enc),
        "heldout_too_small": len(held_enc) < MIN_HELDOUT,
        "epochs": round(result.step / per_epoch, 2),
        "truncated_pairs": train_cut + held_cut,
        "own_failures_replaced": replaced,
        "on_policy": on_policy,
        "steps": result.step,
        "train_loss": result.train_loss,
        "heldout_accuracy": final["accuracy"],
        "heldout_margin": final["margin"],
        "heldout_reward_chosen": final["chosen"],
        "heldout_reward_rejected": final["rejected"],
        **{f"heldout_{k}": v for k, v in final.items() if k.startswith("accuracy_")},
        "reference_seconds": round(ref_seconds, 2),
        "train_seconds": round(result.elapsed, 2),
        "device": str(device),
    }
    if cfg.sample_eval:
        summary.update(_chosen_like_figures(start_ok, check(policy), groups))
    if not math.isfinite(summary["heldout_margin"]):
        raise GenforgeError("DPO diverged (non-finite log-probs); lower lr=... or raise --beta")

    _publish_dpo(cfg, out, policy, tok, run_dir, summary)
    summary["total_seconds"] = round(time.perf_counter() - t0, 2)
    return summary


def _train_dpo(
    cfg: DPOConfig,
    policy: nn.Module,
    ref: nn.Module | tuple[torch.Tensor, torch.Tensor],
    tok: Any,
    train_enc: list[EncodedPair],
    held_enc: list[EncodedPair],
    held_ref: tuple[torch.Tensor, torch.Tensor],
    run_dir: Path,
    device: torch.device,
    say: Callable[[str], None],
) -> tuple[LoopResult, int]:
    """The DPO objective through the one training loop -> (loop result, steps per epoch).

    ``ref`` is the frozen reference model, or its precomputed train log-probs.
    """
    torch.manual_seed(cfg.seed)
    objective = DPOObjective(
        ref,
        beta=cfg.beta,
        loss_type=cfg.loss,
        label_smoothing=cfg.label_smoothing,
        sft_coef=cfg.sft_coef,
    )
    optimizer = torch.optim.AdamW(
        [p for p in policy.parameters() if p.requires_grad],
        lr=cfg.lr,
        betas=(0.9, 0.95),
        weight_decay=cfg.weight_decay,
    )
    batches = PairBatches(train_enc, cfg.batch_size, tok.pad_id, seed=cfg.seed)
    loop_cfg = pair_loop_config(cfg, batches)
    per_epoch = batches.steps_per_epoch()
    result = train_loop(
        policy,
        optimizer,
        batches,
        loop_cfg,
        device=device,
        loss_fn=objective,
        eval_fn=partial(
            _val_rows,
            encoded=held_enc,
            ref_logps=held_ref,
            pad_id=tok.pad_id,
            device=device,
            beta=cfg.beta,
        ),
        on_step=many_epochs_warning(per_epoch, len(train_enc), "pairs", say),
        run_dir=run_dir,
        resume=cfg.resume,
        run_state={"config": config_to_dict(cfg)},
    )
    return result, per_epoch


def _publish_dpo(
    cfg: DPOConfig, out: Path, policy: nn.Module, tok: Any, run_dir: Path, summary: dict
) -> None:
    """The tuned model dir with metrics.json and the run dir, in one swap."""
    publish_model_dir(
        out,
        policy,
        tok,
        run_dir=run_dir,
        write=lambda path: atomic_write_json(path / "metrics.json", summary),
        card=render_dpo_card(summary, cfg),
        extra_config={
            "genforge_dpo": {
                k: summary[k]
                for k in ("base_model", "data", "beta", "train_pairs", "steps", "heldout_accuracy")
            }
            | {"loss": cfg.loss}
        },
    )
    summary["run_dir"] = str(
        out / run_dir.name if run_dir.resolve().parent == out.resolve() else run_dir
    )


def _val_rows(policy: nn.Module, **heldout: Any) -> dict[str, float]:
    """The loop's eval: held-out implicit-reward figures, named ``val_rewards/...``."""
    figs = heldout_figures(policy, **heldout)
    return {
        "val_rewards/accuracies": figs["accuracy"],
        "val_rewards/margins": figs["margin"],
        "val_rewards/chosen": figs["chosen"],
        "val_rewards/rejected": figs["rejected"],
    }


def _start_model_pairs(
    cfg: DPOConfig, ref_model: nn.Module, tok: Any, pairs: list, device: torch.device, say: Any
) -> tuple[list, int, dict[str, int] | None]:
    """Training pairs rebuilt from the start model's own answers: its failures as the
    rejected side (``own_failures``) and/or on-policy samples judged by the task check."""

    replaced, on_policy = 0, None
    if cfg.own_failures:
        pairs, replaced = with_own_failures(
            ref_model, tok, pairs, max_tokens=cfg.sample_max_tokens, device=device
        )
        say(f"dpo: {replaced} rejected answers replaced by the start model's own failures")
    if cfg.on_policy_samples:
        pairs, on_policy = on_policy_pairs(
            ref_model,
            tok,
            pairs,
            samples=cfg.on_policy_samples,
            temperature=cfg.on_policy_temperature,
            max_tokens=cfg.sample_max_tokens,
            seed=cfg.seed,
            device=device,
        )
        if not pairs:
            raise GenforgeError(
                "on-policy sampling gave no pair (every sample passed the check): the start "
                "model has nothing left to learn here; drop on_policy_samples"
            )
        say(f"dpo: {len(pairs)} on-policy pairs ({on_policy})")
    return pairs, replaced, on_policy


def _chosen_like_figures(
    start_ok: list[bool], tuned_ok: list[bool], groups: list[str] | None
) -> dict[str, Any]:
    """Sampled answers passing the chosen side's check, before and after (overall and per
    task group), with paired gain/loss counts."""
    n = len(tuned_ok)
    figs: dict[str, Any] = {
        "chosen_like_rate_start": sum(start_ok) / n,
        "chosen_like_rate": sum(tuned_ok) / n,
        "sampled_prompts": n,
        # Paired counts: the same prompts before and after, so a rise is judged on the
        # prompts that changed (McNemar), not on two independent rates.
        "chosen_like_gained": sum(t and not s for s, t in zip(start_ok, tuned_ok)),
        "chosen_like_lost": sum(s and not t for s, t in zip(start_ok, tuned_ok)),
    }
    for g in sorted(set((groups or [])[:n])):
        sel = [i for i, x in enumerate(groups[:n]) if x == g]
        figs[f"chosen_like_rate_start_{g}"] = sum(start_ok[i] for i in sel) / len(sel)
        figs[f"chosen_like_rate_{g}"] = sum(tuned_ok[i] for i in sel) / len(sel)
    return figs


def render_dpo_card(summary: dict[str, Any], cfg: DPOConfig) -> str:
    """card.md for a DPO-tuned model: start, data, objective, held-out effect."""
    lines = [
        f"# genforge model tuned with {'DPO' if cfg.loss == 'sigmoid' else 'IPO'}",
        "",
        f"- started from (and reference): `{summary['base_model']}`",
        f"- preference data: {summary['data']} ({summary['train_pairs']} train pairs, "
        f"{summary['heldout_pairs']} held out)",
        f"- objective: {cfg.loss}, beta {cfg.beta:g}, label smoothing {cfg.label_smoothing:g}, "
        f"lr {cfg.lr:g}, {summary['steps']} steps of {cfg.batch_size} pairs",
        f"- held-out implicit-reward accuracy: {summary['heldout_accuracy']:.3f}, "
        f"mean margin {summary['heldout_margin']:.3f}",
    ]
    if "chosen_like_rate" in summary:
        lines.append(
            f"- answers passing the check: {summary['chosen_like_rate_start']:.3f} "
            f"(start) -> {summary['chosen_like_rate']:.3f} (tuned), "
            f"{summary['sampled_prompts']} held-out prompts ({summary['chosen_like_gained']} "
            f"gained, {summary['chosen_like_lost']} lost)"
        )
    return "\n".join(lines) + "\n"


__all__ = [
    "LOSS_TYPES",
    "DPOConfig",
    "DPOObjective",
    "DPOOutput",
    "dpo_loss",
    "frozen_copy",
    "heldout_figures",
    "pair_logprobs",
    "render_dpo_card",
    "run_dpo",
]
