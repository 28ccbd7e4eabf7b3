"""Preference pairs as training batches: the one collator shared by the reward model and DPO.

Each pair becomes two token sequences, prompt + ``<|assistant|>`` + answer + ``<|end|>``
(:func:`genforge.tune.data.encode_prompt_completion`), one for the chosen and one for the
rejected answer. A batch of B pairs stacks the B chosen rows over the B rejected rows, so
row ``i`` and row ``i + B`` are the two sides of pair ``i``:

* ``input_ids`` (2B, T) — right-padded with the tokenizer's pad id;
* ``completion_mask`` (2B, T) — 1 where the token is part of the answer (its ``<|end|>``
  included); the log-probability of a completion sums over these positions;
* ``last_index`` (2B,) — the position of each row's last real token, where a reward head
  reads the hidden state;
* ``index`` (B,) — the pairs' positions in the dataset (for precomputed reference figures).
"""

from __future__ import annotations

import os
import random
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import torch

from genforge.config import config_to_dict
from genforge.errors import GenforgeError
from genforge.models.gpt import token_logprobs
from genforge.train.checkpoint import prepare_run_dir
from genforge.train.epochs import epoch_step_limit
from genforge.train.loop import LoopConfig
from genforge.tune.data import PreferencePair, encode_prompt_completion, load_preference_jsonl
from genforge.tune.sft import chat_answers, generate_answers
from genforge.tune.tasks import doctest_of, pair_checks


@dataclass
class EncodedPair:
    """Token ids of both sides of one pair and where each answer starts."""

    chosen: list[int]
    chosen_start: int
    rejected: list[int]
    rejected_start: int


def fit_to_length(ids: list[int], start: int, max_len: int) -> tuple[list[int], int, bool]:
    """Cut prompt+answer ``ids`` (answer from ``start``) to at most ``max_len`` tokens.

    The prompt keeps its last ``min(len(prompt), max_len // 4)`` tokens at least and the
    answer gets the rest of the room (the answer's start is where chosen and rejected
    usually differ, so it is cut from its end); the prompt loses its oldest tokens first.
    Returns (ids, new start, whether anything was cut).
    """
    if len(ids) <= max_len:
        return ids, start, False
    prompt, answer = ids[:start], ids[start:]
    keep_answer = min(len(answer), max_len - min(len(prompt), max_len // 4))
    answer = answer[:keep_answer]
    prompt = prompt[len(prompt) - (max_len - len(answer)) :]
    return prompt + answer, len(prompt), True


def encode_pairs(
    tokenizer: Any, pairs: list[PreferencePair], max_len: int
) -> tuple[list[EncodedPair], int]:
    """Encode ``pairs`` for a model with context ``max_len``; return (encoded, n truncated)."""
    if max_len < 4:
        raise GenforgeError(f"max_len must be >= 4 tokens, got {max_len}")
    out, cut = [], 0
    for pair in pairs:
        c_ids, c_start = encode_prompt_completion(tokenizer, pair.prompt, pair.chosen)
        r_ids, r_start = encode_prompt_completion(tokenizer, pair.prompt, pair.rejected)
        c_ids, c_start, c_cut = fit_to_length(c_ids, c_start, max_len)
        r_ids, r_start, r_cut = fit_to_length(r_ids, r_start, max_len)
        cut += int(c_cut or r_cut)
        out.append(EncodedPair(c_ids, c_start, r_ids, r_start))
    return out, cut


def collate_pairs(
    encoded: list[EncodedPair], pad_id: int, indices: list[int] | None = None
) -> dict[str, torch.Tensor]:
    """Stack pairs into one batch (chosen rows first, then rejected); see the module doc."""
    if not encoded:
        raise GenforgeError("cannot build a batch from zero preference pairs")
    rows = [(e.chosen, e.chosen_start) for e in encoded] + [
        (e.rejected, e.rejected_start) for e in encoded
    ]
    width = max(len(ids) for ids, _ in rows)
    input_ids = torch.full((len(rows), width), pad_id, dtype=torch.long)
    mask = torch.zeros((len(rows), width), dtype=torch.long)
    last = torch.empty(len(rows), dtype=torch.long)
    for r, (ids, start) in enumerate(rows):
        input_ids[r, : len(ids)] = torch.tensor(ids, dtype=torch.long)
        mask[r, start : len(ids)] = 1
        last[r] = len(ids) - 1
    idx = torch.tensor(indices if indices is not None else range(len(encoded)), dtype=torch.long)
    return {"input_ids": input_ids, "completion_mask": mask, "last_index": last, "index": idx}


class PairBatches:
    """A :class:`genforge.train.loop.BatchSource` over encoded pairs: shuffled epochs.

    The order is a pure function of ``seed`` and the epoch, so ``state_dict`` (epoch and
    position) is enough to resume exactly.
    """

    def __init__(
        self, encoded: list[EncodedPair], batch_size: int, pad_id: int, seed: int = 0
    ) -> None:
        if batch_size < 1:
            raise GenforgeError(f"batch_size must be >= 1, got {batch_size}")
        if not encoded:
            raise GenforgeError("no preference pairs to train on")
        self.encoded = encoded
        self.batch_size = min(batch_size, len(encoded))
        self.pad_id = pad_id
        self.seed = seed
        self.epoch = 0
        self.pos = 0
        self._order = self._shuffled(0)

    def _shuffled(self, epoch: int) -> list[int]:
        order = list(range(len(self.encoded)))
        random.Random(f"{self.seed}-{epoch}").shuffle(order)
        return order

    def next_batch(self) -> dict[str, torch.Tensor]:
        if self.pos + self.batch_size > len(self._order):
            self.epoch += 1
            self.pos = 0
            self._order = self._shuffled(self.epoch)
        idx = self._order[self.pos : self.pos + self.batch_size]
        self.pos += self.batch_size
        return collate_pairs([self.encoded[i] for i in idx], self.pad_id, idx)

    def steps_per_epoch(self) -> float:
        """Batches per pass (the last partial batch of an epoch is skipped)."""
        return float(len(self.encoded) // self.batch_size)

    def state_dict(self) -> dict[str, Any]:
        return {"epoch": self.epoch, "pos": self.pos, "seed": self.seed}

    def load_state_dict(self, state: dict[str, Any]) -> None:
        self.seed = int(state["seed"])
        self.epoch = int(state["epoch"])
        self.pos = int(state["pos"])
        self._order = self._shuffled(self.epoch)


def iter_eval_batches(encoded: list[EncodedPair], batch_size: int, pad_id: int):
    """Batches over every pair once, in order (for held-out figures)."""
    for lo in range(0, len(encoded), batch_size):
        chunk = encoded[lo : lo + batch_size]
        yield collate_pairs(chunk, pad_id, list(range(lo, lo + len(chunk))))


def sequence_logprobs(
    model: torch.nn.Module, input_ids: torch.Tensor, completion_mask: torch.Tensor
) -> torch.Tensor:
    """Summed log-probability (R,) of each row's completion tokens under ``model``.

    ``input_ids`` and ``completion_mask`` are (R, T); position t's token is scored by the
    logits at t-1, so a completion starting at index 0 would lose its first token (never the
    case: a prompt has at least ``<|bos|>``).
    """
    logits, _ = model(input_ids)  # (R, T, V)
    token_logp = token_logprobs(logits, input_ids)  # (R, T-1)
    mask = completion_mask[:, 1:].to(token_logp.dtype)
    return (token_logp * mask).sum(-1)


def with_own_failures(
    model: torch.nn.Module,
    tokenizer: Any,
    pairs: list[PreferencePair],
    *,
    max_tokens: int = 128,
    device: torch.device | str = "cpu",
) -> tuple[list[PreferencePair], int]:
    """On-policy pairs for the default task: where the model's own greedy answer to a pair's
    prompt fails the check (:func:`genforge.tune.tasks.pair_check`), that answer replaces
    the pair's rejected one, so preference tuning pushes down the mistakes this model
    actually makes. Returns (pairs, how many were replaced)."""
    texts, passed = _greedy_checked(model, tokenizer, pairs, max_tokens, device)
    out, replaced = [], 0
    for pair, text, ok in zip(pairs, texts, passed, strict=True):
        if text.strip() and not ok:
            out.append(PreferencePair(pair.prompt, pair.chosen, text))
            replaced += 1
        else:
            out.append(pair)
    return out, replaced


def on_policy_pairs(
    model: torch.nn.Module,
    tokenizer: Any,
    pairs: list[PreferencePair],
    *,
    samples: int = 8,
    temperature: float = 0.5,
    max_tokens: int = 128,
    seed: int = 0,
    device: torch.device | str = "cpu",
) -> tuple[list[PreferencePair], dict[str, int]]:
    """Verifiable on-policy pairs for the default task: sample ``samples`` answers per
    prompt (the first one greedy: a small model's passing answers are mostly its greedy
    mode, its samples fail far more often), label each with the task's check
    (:func:`genforge.tune.tasks.pair_checks`), and pair a passing answer with a failing
    one, both the model's own.

    A prompt with passing and failing samples gives ``min(#pass, #fail)`` pairs (distinct
    texts, each used once). A prompt whose samples all fail keeps the dataset's chosen
    answer against one own failure (the model has nothing right to reinforce there); one
    whose samples all pass gives no pair (nothing to push down). Returns (pairs, counts:
    ``prompts_mixed``, ``prompts_all_fail``, ``prompts_all_pass``, ``samples_passed``,
    ``samples``).
    """

    answers = chat_answers(
        model,
        tokenizer,
        [p.prompt for p in pairs],
        samples=samples,
        temperature=temperature,
        max_tokens=max_tokens,
        seed=seed,
        greedy_first=True,
        max_batch_size=32,
        device=device,
    )
    texts = [[a["text"] for a in group] for group in answers]
    flat_pairs = [p for p in pairs for _ in range(samples)]
    flat_ok = pair_checks(flat_pairs, [t for ts in texts for t in ts])
    oks = [flat_ok[i * samples : (i + 1) * samples] for i in range(len(pairs))]
    return pair_by_check(pairs, texts, oks)


def pair_by_check(
    pairs: list[PreferencePair], answers: list[list[str]], passed: list[list[bool]]
) -> tuple[list[PreferencePair], dict[str, int]]:
    """The pairing rule of :func:`on_policy_pairs`, given each prompt's answers and whether
    each passed the check; returns (pairs, counts) as that function does."""
    out: list[PreferencePair] = []
    counts = dict.fromkeys(
        ("prompts_mixed", "prompts_all_fail", "prompts_all_pass", "samples_passed"), 0
    )
    counts["samples"] = sum(len(a) for a in answers)
    for pair, texts, ok in zip(pairs, answers, passed, strict=True):
        # Distinct non-blank texts only: the greedy answer and a sample often coincide.
        good = list(dict.fromkeys(t for t, k in zip(texts, ok, strict=True) if k and t.strip()))
        bad = list(dict.fromkeys(t for t, k in zip(texts, ok, strict=True) if not k and t.strip()))
        counts["samples_passed"] += sum(ok)
        if good and bad:
            counts["prompts_mixed"] += 1
            out.extend(PreferencePair(pair.prompt, g, b) for g, b in zip(good, bad))
        elif bad:
            counts["prompts_all_fail"] += 1
            out.append(PreferencePair(pair.prompt, pair.chosen, bad[0]))
        else:
            counts["prompts_all_pass"] += 1
    return out, counts


def default_task_groups(pairs: list[PreferencePair]) -> list[str]:
    """The family of each default-task pair: ``doctest`` (the rejected answer parses but
    fails the prompt's doctest: a semantic check) or ``syntax`` (it does not parse)."""

    return ["doctest" if doctest_of(p.prompt[-1]["content"]) else "syntax" for p in pairs]


def accuracy_by_group(margins: torch.Tensor, groups: list[str]) -> dict[str, float]:
    """``{"accuracy_<group>": share of margins > 0}`` for each group label in ``groups``."""
    out = {}
    for g in sorted(set(groups)):
        sel = torch.tensor([x == g for x in groups])
        out[f"accuracy_{g}"] = float((margins[sel] > 0).float().mean())
    return out


def split_pairs(
    pairs: list[PreferencePair], eval_fraction: float, seed: int = 0
) -> tuple[list[PreferencePair], list[PreferencePair]]:
    """A seeded (train, held-out) split of user pairs; held-out gets >= 1 pair."""
    if not 0.0 < eval_fraction < 1.0:
        raise GenforgeError(f"eval_fraction must be in (0, 1), got {eval_fraction}")
    if len(pairs) < 2:
        raise GenforgeError(
            f"need at least 2 preference pairs to hold some out, got {len(pairs)}; add "
            "pairs or pass a separate held-out file with --eval-data"
        )
    order = list(range(len(pairs)))
    random.Random(seed).shuffle(order)
    n_eval = min(max(1, round(eval_fraction * len(pairs))), len(pairs) - 1)
    held = sorted(order[:n_eval])
    train = sorted(order[n_eval:])
    return [pairs[i] for i in train], [pairs[i] for i in held]


def load_pairs(
    data: str, eval_data: str | None = None, eval_fraction: float = 0.1, seed: int = 0
) -> tuple[list[PreferencePair], list[PreferencePair], str]:
    """(train pairs, held-out pairs, description) for ``data`` = a JSONL path or ``default``.

    ``default`` uses the embedded preference task's train and test splits. A user file is
    split by ``eval_fraction`` unless ``eval_data`` names a held-out file.
    """
    if not data:
        raise GenforgeError("no preference data: pass --data prefs.jsonl or --data default")
    if data == "default":
        from genforge.tune.tasks import preference_pairs

        train, held = preference_pairs("train"), preference_pairs("test")
        if eval_data:
            held = load_preference_jsonl(eval_data)
        return train, held, "default preference task (stdlib code: passes check vs fails)"
    if not Path(data).is_file():
        raise GenforgeError(
            f"preference data not found: {data}; give a JSONL file of "
            '{"prompt", "chosen", "rejected"} lines, or "default"'
        )
    pairs = load_preference_jsonl(data)
    if eval_data:
        return pairs, load_preference_jsonl(eval_data), os.fspath(data)
    train, held = split_pairs(pairs, eval_fraction, seed)
    return train, held, os.fspath(data)


def chosen_like_checks(
    model: torch.nn.Module,
    tokenizer: Any,
    pairs: list[PreferencePair],
    *,
    max_tokens: int = 128,
    device: torch.device | str = "cpu",
) -> list[bool]:
    """Whether the model's greedy answer to each pair's prompt passes the default preference
    task's check (:func:`genforge.tune.tasks.pair_check`: the code parses and passes the
    prompt's doctest); one bool per pair. Answers come from the shared engine (as SFT's)."""
    if not pairs:
        raise GenforgeError("no prompts to answer: pass at least one preference pair")
    return _greedy_checked(model, tokenizer, pairs, max_tokens, device)[1]


def _greedy_checked(
    model: torch.nn.Module,
    tokenizer: Any,
    pairs: list[PreferencePair],
    max_tokens: int,
    device: torch.device | str,
) -> tuple[list[str], list[bool]]:
    """The model's greedy answer to each pair's prompt and whether it passes the check."""

    answers = generate_answers(
        model, tokenizer, [p.prompt for p in pairs], max_tokens=max_tokens, device=device
    )
    texts = [a["text"] for a in answers]
    return texts, pair_checks(pairs, texts)


def chosen_like_rate(
    model: torch.nn.Module,
    tokenizer: Any,
    pairs: list[PreferencePair],
    *,
    max_tokens: int = 128,
    device: torch.device | str = "cpu",
) -> float:
    """Share of :func:`chosen_like_checks` that pass (greedy answers passing the check)."""
    ok = chosen_like_checks(model, tokenizer, pairs, max_tokens=max_tokens, device=device)
    return sum(ok) / len(ok)


__all__ = [
    "EncodedPair",
    "PairBatches",
    "accuracy_by_group",
    "chosen_like_checks",
    "chosen_like_rate",
    "collate_pairs",
    "default_task_groups",
    "encode_pairs",
    "fit_to_length",
    "iter_eval_batches",
    "load_pairs",
    "on_policy_pairs",
    "pair_by_check",
    "sequence_logprobs",
    "split_pairs",
    "with_own_failures",
]


def check_pair_run(cfg: Any, out: Path, run_dir: Path) -> None:
    """The cheap checks the reward model and DPO share, before any work: ``out`` may be
    written, and with ``cfg.resume`` the checkpoint in ``run_dir`` is this run's; a fresh
    start clears ``run_dir`` of an earlier run's log and checkpoints."""
    prepare_run_dir(
        out,
        run_dir,
        stage="config",
        settings=config_to_dict(cfg),
        resume=cfg.resume,
        overwrite=cfg.overwrite,
    )


def pair_loop_config(cfg: Any, batches: PairBatches) -> LoopConfig:
    """The loop settings the reward model and DPO share.

    ``cfg`` is a RewardConfig or DPOConfig: epochs, max_steps, time_budget, warmup_steps,
    dtype, eval_every and progress are read from it.
    """
    return LoopConfig(
        max_steps=epoch_step_limit(cfg.epochs, batches.steps_per_epoch(), cfg.max_steps),
        time_budget=cfg.time_budget,
        warmup_steps=cfg.warmup_steps,
        schedule="cosine",
        dtype=cfg.dtype,
        compile=False,
        log_every=5,
        eval_every=cfg.eval_every,
        checkpoint_every_s=None,
        progress=cfg.progress,
    )
