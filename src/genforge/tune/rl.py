"""Reinforcement learning from verifiable rewards: GRPO, and PPO with a value head.

One RL step, in the one training loop (:func:`genforge.train.loop.train_loop`):

1. **Rollout** (:class:`RLBatchSource`): copy the policy's current weights into the rollout
   engine (:class:`RolloutEngine`, an :class:`genforge.infer.engine.Engine` over a private
   copy of the model; the copy is an in-place ``copy_`` of every tensor, no reallocation),
   then sample ``group`` completions per prompt through it.
2. **Reward**: each completion is scored by a reward function — the exact-answer verifier
   (:func:`genforge.tune.tasks.verify`), a code-passes-its-tests check, or a reward model.
3. **Advantages**: GRPO normalizes rewards within each prompt's group,
   ``(r - mean) / (std + eps)``; PPO runs GAE over a learned value head.
4. **Update**: the token-level clipped-ratio objective against the log-probs the policy had
   at rollout time (``old``), optionally plus ``beta`` times the k3 estimate of
   KL(policy || frozen reference), averaged over completion tokens only. The same rollout
   batch is reused for ``inner_steps`` optimizer steps, which is what makes the ratio and
   its clipping matter.
5. **Average**: the model written out is an exponential moving average of the iterates
   (``ema``), steadier on held-out problems than the last iterate.

All tensors below are (B, T-1) over *target* positions: entry ``t`` scores token ``t + 1``.
"""

from __future__ import annotations

import copy
import json
import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any, Protocol

import torch
from torch import nn

from genforge.errors import GenforgeError
from genforge.infer.engine import Engine
from genforge.infer.protocol import SamplingParams
from genforge.io import atomic_save_tensors, atomic_write_json
from genforge.modeldir import load_model_dir, publish_model_dir
from genforge.models.gpt import GPT, token_logprobs
from genforge.train.checkpoint import prepare_run_dir
from genforge.train.ema import WeightAverage
from genforge.train.loop import LoopConfig, train_loop
from genforge.train.optim import OptimizerConfig, build_optimizer
from genforge.tune.reward import RewardScorer
from genforge.tune.tasks import arithmetic_tasks, code_passes, load_verifiable_jsonl, verify

ALGOS = ("grpo", "ppo")
RewardFn = Callable[[Any, str], float]


# ----------------------------------------------------------------------------- the math


def group_advantages(rewards: torch.Tensor, eps: float = 1e-4) -> torch.Tensor:
    """GRPO advantages: ``(r - mean) / (std + eps)`` within each row (one prompt's group).

    ``rewards`` (P, G) -> (P, G). ``std`` is the population std (``unbiased=False``), so a
    group of two rewards {0, 1} maps to about {-1, +1}; a group with equal rewards gets 0.
    """
    if rewards.dim() != 2:
        raise GenforgeError(f"rewards must be (prompts, group), got shape {tuple(rewards.shape)}")
    mean = rewards.mean(dim=1, keepdim=True)
    std = rewards.std(dim=1, keepdim=True, unbiased=False)
    return (rewards - mean) / (std + eps)


def k3_kl(logp: torch.Tensor, ref_logp: torch.Tensor) -> torch.Tensor:
    """Per-token k3 estimate of KL(policy || ref): ``exp(d) - d - 1`` with ``d = ref - logp``.

    Unbiased for samples drawn from the policy, and >= 0 everywhere (``e^d >= 1 + d``).
    """
    d = ref_logp - logp
    return torch.exp(d) - d - 1.0


def masked_mean(x: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
    """Mean of ``x`` over entries where ``mask`` is 1 (all tokens of the batch pooled)."""
    return (x * mask).sum() / mask.sum().clamp_min(1.0)


def clipped_policy_loss(
    logp: torch.Tensor,
    old_logp: torch.Tensor,
    advantages: torch.Tensor,
    mask: torch.Tensor,
    clip_eps: float = 0.2,
) -> tuple[torch.Tensor, torch.Tensor]:
    """Token-level clipped surrogate; returns (loss, clip fraction).

    ``logp``, ``old_logp``, ``mask`` (B, T); ``advantages`` (B,) per sequence (GRPO) or (B, T)
    per token (PPO). Per token: ``-min(ratio * A, clip(ratio, 1-eps, 1+eps) * A)`` with
    ``ratio = exp(logp - old_logp)``, averaged over every masked token of the batch. The clip
    fraction is the share of masked tokens where the clipped branch was the one taken.
    """
    adv = advantages if advantages.dim() == logp.dim() else advantages[:, None]
    ratio = torch.exp(logp - old_logp)
    unclipped = ratio * adv
    clipped = torch.clamp(ratio, 1.0 - clip_eps, 1.0 + clip_eps) * adv
    loss = masked_mean(-torch.minimum(unclipped, clipped), mask)
    with torch.no_grad():
        frac = masked_mean((clipped < unclipped).float(), mask)
    return loss, frac


def gae(
    rewards: torch.Tensor,
    values: torch.Tensor,
    mask: torch.Tensor,
    *,
    gamma: float = 1.0,
    lam: float = 0.95,
) -> tuple[torch.Tensor, torch.Tensor]:
    """Generalized advantage estimation over masked (completion) positions.

    ``rewards``, ``values``, ``mask`` (B, T): per-token reward, value estimate and 1 where the
    token is an action. The episode ends after the last masked token (its next value is 0).
    Returns (advantages, returns), both (B, T) and 0 outside the mask.
    """
    B, T = rewards.shape
    adv = torch.zeros_like(rewards)
    next_value = torch.zeros(B, dtype=rewards.dtype, device=rewards.device)
    next_adv = torch.zeros_like(next_value)
    for t in range(T - 1, -1, -1):
        m = mask[:, t]
        delta = rewards[:, t] + gamma * next_value - values[:, t]
        a = delta + gamma * lam * next_adv
        adv[:, t] = a * m
        # Outside the mask the carried values pass through untouched, so padding after
        # the completion never leaks into it.
        next_value = torch.where(m > 0, values[:, t], next_value)
        next_adv = torch.where(m > 0, a, next_adv)
    returns = (adv + values) * mask
    return adv, returns


def sequence_logprobs(
    model: nn.Module, ids: torch.Tensor, temperature: float = 1.0
) -> torch.Tensor:
    """``token_logprobs`` of ``model`` (a GPT or :class:`PolicyWithValue`) on ``ids``, with the
    logits divided by ``temperature`` (the distribution the rollouts were sampled from)."""
    logits, _ = model(ids)
    return tempered_logprobs(logits, ids, temperature)


def tempered_logprobs(logits: torch.Tensor, ids: torch.Tensor, temperature: float) -> torch.Tensor:
    """Log-probs (B, T-1) of ``ids`` under ``softmax(logits / temperature)``.

    Rollouts sampled at temperature T come from that tempered policy, so the ratio, the old
    log-probs and the KL must all be taken under it too; scoring them at T = 1 would make
    the update off-policy by an amount that grows as the policy sharpens.
    """
    if temperature <= 0:
        raise GenforgeError(f"temperature must be > 0 for RL log-probs, got {temperature}")
    return token_logprobs(logits / temperature if temperature != 1.0 else logits, ids)


class PolicyWithValue(nn.Module):
    """A GPT plus a scalar value head on its final hidden states (PPO's critic).

    ``forward(idx)`` returns ``(logits (B, T, V), values (B, T))``; ``values[:, t]`` estimates
    the return from the state after token ``t``, i.e. before the token scored at ``t``. It
    takes no ``targets``: the second element is the values, not a loss, so a caller that
    expects a GPT's ``(logits, loss)`` fails loudly instead of reading values as a loss.
    """

    def __init__(self, gpt: nn.Module) -> None:
        super().__init__()
        self.gpt = gpt
        self.value_head = nn.Linear(gpt.config.n_embd, 1)
        nn.init.zeros_(self.value_head.weight)
        nn.init.zeros_(self.value_head.bias)

    @property
    def config(self):
        return self.gpt.config

    def forward(self, idx: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        h = self.gpt.hidden_states(idx)
        return self.gpt.lm_head(h), self.value_head(h).squeeze(-1)


def _gpt_of(model: nn.Module) -> nn.Module:
    return model.gpt if isinstance(model, PolicyWithValue) else model


# ----------------------------------------------------------------------------- rollouts


@dataclass
class Completion:
    """One sampled answer: its token ids (stop token excluded), text and finish reason."""

    ids: list[int]
    text: str
    reason: str


@dataclass
class Episode:
    """One rollout after its prompt: every token (the model's turns with their ``<|end|>``,
    and what the environment appended between them), which of them the model chose
    (``mask`` 1; tool results are 0 and carry no loss), and the last turn's text and
    finish reason, which is what the reward scores."""

    ids: list[int] = field(default_factory=list)
    mask: list[int] = field(default_factory=list)
    text: str = ""
    reason: str = ""
    turns: int = 0

    def add(self, ids: list[int], *, model: bool) -> None:
        self.ids += ids
        self.mask += [int(model)] * len(ids)


class RolloutEnv(Protocol):
    """What a rollout talks to: a task's first prompt, and what follows each model turn.

    :class:`ChatEnv` is one turn and no tools; ``genforge.agent.training.ToolEnv`` runs the
    tools a turn calls and hands back their results, so rollouts are agent episodes.
    """

    def prompt_ids(self, task: Any) -> list[int]: ...

    def observe(self, task: Any, turn_ids: list[int]) -> list[int] | None:
        """Ids to append after a turn that ended with ``<|end|>`` (``turn_ids`` without it)
        before the model's next turn, or None when the turn is the final answer."""
        ...


class ChatEnv:
    """The task as one user turn; the first model turn is the answer."""

    def __init__(self, tokenizer: Any) -> None:
        self.tok = tokenizer
        self._cache: dict[str, list[int]] = {}

    def prompt_ids(self, task: Any) -> list[int]:
        ids = self._cache.get(task.prompt)
        if ids is None:
            msgs = [{"role": "user", "content": task.prompt}]
            ids = self._cache[task.prompt] = self.tok.encode_chat(msgs, add_generation_prompt=True)
        return ids

    def observe(self, task: Any, turn_ids: list[int]) -> list[int] | None:
        return None


class RolloutEngine:
    """The shared inference engine over a private copy of the policy.

    Training mutates the policy while the engine's thread would read it, so the engine owns
    a copy and :meth:`sync` copies the policy's weights into it in place (one ``copy_`` per
    tensor under the engine's model lock; the KV pool and slots are reused). ``version``
    counts syncs so callers can assert they sample from the weights they think they do.
    """

    def __init__(self, policy: nn.Module, tokenizer: Any, *, max_batch_size: int = 64) -> None:
        gpt = _gpt_of(policy)
        self.model = copy.deepcopy(gpt).eval()
        for p in self.model.parameters():
            p.requires_grad_(False)
        device = next(gpt.parameters()).device
        # A rollout submits every request at once; the queue limit protects servers, not us.
        self.engine = Engine(
            self.model, tokenizer, max_batch_size=max_batch_size, max_queue=1 << 30, device=device
        )
        self.tokenizer = tokenizer
        self.version = 0

    @torch.no_grad()
    def sync(self, policy: nn.Module) -> None:
        """Make the engine sample from ``policy``'s current weights (in-place copy)."""
        self.engine.copy_weights_from(_gpt_of(policy))
        self.version += 1

    def sample(
        self,
        prompts: list[list[int]],
        n: int,
        *,
        max_tokens: int,
        temperature: float = 1.0,
        seed: int = 0,
    ) -> list[list[Completion]]:
        """``n`` completions for each prompt (ids), all submitted at once; (P, n) nested lists.

        ``temperature=0`` is greedy. Each request has its own seed, so a rollout is
        reproducible for a given ``seed`` however the engine batches it.
        """
        params = SamplingParams(max_tokens=max_tokens, temperature=temperature)
        groups = self.engine.sample_n(prompts, n, params, seed=seed)
        return [[Completion(ids, fin.text, fin.reason) for ids, fin in g] for g in groups]

    def sample_episodes(
        self,
        tasks: list[Any],
        n: int,
        env: RolloutEnv,
        *,
        max_tokens: int,
        max_turns: int = 1,
        temperature: float = 1.0,
        seed: int = 0,
    ) -> tuple[list[list[int]], list[list[Episode]]]:
        """(prompt ids per task, ``n`` episodes per task): each episode samples a turn,
        lets ``env`` answer it (a tool result), samples the next turn after that, and so on
        for at most ``max_turns`` model turns of at most ``max_tokens`` each. Every turn of
        every live episode is submitted at once, so the engine batches them."""
        prompts = [env.prompt_ids(t) for t in tasks]
        context = int(self.model.config.block_size)
        end = self.tokenizer.end_id
        episodes = [[Episode() for _ in range(n)] for _ in tasks]
        live = [(i, j) for i in range(len(tasks)) for j in range(n)]
        turns = self.sample(prompts, n, max_tokens=max_tokens, temperature=temperature, seed=seed)
        done = [c for g in turns for c in g]
        for turn in range(1, max_turns + 1):
            more = []
            for (i, j), c in zip(live, done, strict=True):
                e = episodes[i][j]
                stopped = c.reason == "stop"
                e.add(c.ids + ([end] if stopped else []), model=True)
                e.text, e.reason, e.turns = c.text, c.reason, turn
                seen = env.observe(tasks[i], c.ids) if stopped and turn < max_turns else None
                if seen:
                    e.add(seen, model=False)
                    more.append((i, j))
            room = {k: context - len(prompts[k[0]]) - len(episodes[k[0]][k[1]].ids) for k in more}
            live = [k for k in more if room[k] > 0]
            if not live:
                break
            # One request per live episode; each its own seed (a pure function of ``seed``).
            budget = min(max_tokens, *(room[k] for k in live))
            conts = self.sample(
                [prompts[i] + episodes[i][j].ids for i, j in live],
                1,
                max_tokens=budget,
                temperature=temperature,
                seed=seed * 7919 + turn,
            )
            done = [g[0] for g in conts]
        return prompts, episodes

    def close(self) -> None:
        self.engine.shutdown(drain=False, timeout=5.0)


# ----------------------------------------------------------------------------- rewards


def task_reward(task: Any, completion: str) -> float:
    """Verifiable reward of one completion: exact answer, or (kind ``code``) tests pass.

    A ``code`` task carries its tests (doctest text) in ``answer``.
    """

    if getattr(task, "kind", "") == "code":
        return 1.0 if code_passes(completion, task.answer) else 0.0
    return verify(task, completion)


def load_rl_tasks(spec: str, *, split: str = "train", n: int = 2000, seed: int = 0) -> list[Any]:
    """Tasks for ``--task``: ``arithmetic`` (default tasks) or a verifiable JSONL path.

    The JSONL holds ``{"prompt", "answer", "kind"?}`` per line; ``kind: "code"`` means
    ``answer`` is doctest text that the completion's code must pass.
    """

    if spec == "arithmetic":
        return arithmetic_tasks(n if split == "train" else min(n, 2500), seed=seed, split=split)
    if not Path(spec).is_file():
        raise GenforgeError(
            f"--task {spec!r} is neither 'arithmetic' nor an existing JSONL file of "
            '{"prompt", "answer"} lines'
        )
    return load_verifiable_jsonl(spec)


def reward_model_fn(model_dir: str | Path, device: str = "cpu") -> RewardFn:
    """A reward function ``(task, completion) -> float`` scored by a `genforge rm` model dir."""

    scorer = RewardScorer.from_model_dir(model_dir, device=device)

    def reward(task: Any, completion: str) -> float:
        return float(scorer.score([task.prompt], [completion])[0])

    return reward


# ----------------------------------------------------------------------------- config


@dataclass
class RLConfig:
    """Settings of ``genforge rl`` (any field can be set as key=value)."""

    model: str = ""  # the SFT model dir to start from (also the frozen reference)
    task: str = "arithmetic"  # 'arithmetic' or a verifiable JSONL file
    out: str = ""  # model dir to write
    overwrite: bool = False  # replace an existing model dir at OUT
    resume: bool = False  # continue the run's checkpoint (an interrupted run, or OUT/run's)
    algo: str = "grpo"  # grpo | ppo
    group: int = 8  # completions per prompt
    # 64 x 8 samples per step: with 16 prompts the gradient of a 1M-parameter model is mostly
    # noise, and Adam turns noise into full-size steps that drift it off its SFT skill.
    prompts_per_step: int = 64  # prompts per rollout
    inner_steps: int = 1  # optimizer steps per rollout batch (ratio != 1 from the 2nd on)
    max_steps: int | None = None  # optimizer steps; None = until time_budget
    time_budget: float | None = 120.0  # seconds of training (evals before/after excluded)
    # 3e-4 and up wrecked held-out accuracy within 25 steps (arithmetic, 1M model); 1e-4
    # with the weight average below gained steadily (docs/post-training.md).
    lr: float = 1e-4
    warmup_steps: int = 5  # Adam's first steps are full-size: ramp them in
    weight_decay: float = 0.0
    # The written policy is an exponential moving average of the iterates (0 = the last
    # one): greedy answers of a small model flip in bulk from one noisy step to the next,
    # and the average keeps the direction the steps share.
    ema: float = 0.9
    clip_eps: float = 0.2
    kl_coef: float = 0.0  # beta on the k3 KL to the reference; 0 drops the reference
    # Rollout sampling temperature (log-probs are taken at it too). Below 1 the samples sit
    # nearer the greedy answer that is scored, and more of them are right to learn from.
    temperature: float = 0.6
    max_new_tokens: int = 16  # per model turn
    # Tools the rollouts may call (comma list, e.g. "calculator"): each called tool really
    # runs and its result is appended before the next turn. The library takes the tools as
    # ``run_rl(env=...)`` (genforge.agent.training.ToolEnv); `genforge rl` builds it.
    tools: str = ""
    max_turns: int = 3  # model turns per episode with tools (a call, the answer, one spare)
    adv_eps: float = 1e-4
    skip_uniform_groups: bool = True  # groups with equal rewards carry no signal: drop them
    # PPO only
    vf_coef: float = 0.5
    gamma: float = 1.0
    lam: float = 0.95
    value_lr_scale: float = 10.0  # the fresh value head learns faster than the policy
    reward_model: str | None = None  # PPO's RLHF path: a `genforge rm` model dir
    # evaluation
    eval_tasks: int = 200  # held-out (test split) tasks scored greedily before and after
    eval_every: int = 0  # steps between held-out scores in run/metrics.jsonl (0 = none)
    train_tasks: int = 4000  # arithmetic: about as many add as sub (sub has ~4,000 in all)
    seed: int = 0
    device: str = "cpu"
    log_every: int = 10  # steps between logged rows (each also redraws run/loss.png)

    def validate(self) -> None:
        if not self.model:
            raise GenforgeError("set --model to the SFT model dir to start from")
        if not self.out:
            raise GenforgeError("set --out to the model dir to write")
        if self.algo not in ALGOS:
            raise GenforgeError(f"--algo must be one of {list(ALGOS)}, got {self.algo!r}")
        for name in (
            "group",
            "prompts_per_step",
            "inner_steps",
            "max_new_tokens",
            "max_turns",
            "log_every",
        ):
            if getattr(self, name) < 1:
                raise GenforgeError(f"{name} must be >= 1, got {getattr(self, name)}")
        if self.algo == "grpo" and self.group < 2:
            raise GenforgeError("GRPO needs --group >= 2: advantages compare a prompt's samples")
        if not self.temperature > 0:
            raise GenforgeError(
                f"temperature must be > 0 (rollouts must be sampled), got {self.temperature}"
            )
        if self.eval_every < 0 or self.eval_every % self.log_every:
            raise GenforgeError(
                f"eval_every must be 0 or a multiple of log_every ({self.log_every}), "
                f"got {self.eval_every}"
            )
        if not 0 <= self.ema < 1:
            raise GenforgeError(f"ema must be in [0, 1) (0 = the last iterate), got {self.ema}")
        if not 0 < self.clip_eps < 1:
            raise GenforgeError(f"clip_eps must be in (0, 1), got {self.clip_eps}")
        if self.kl_coef < 0:
            raise GenforgeError(f"kl_coef must be >= 0, got {self.kl_coef}")
        if self.max_steps is None and self.time_budget is None:
            raise GenforgeError("set --max-steps or --time-budget so the run knows when to stop")
        if self.reward_model and self.algo != "ppo":
            raise GenforgeError("--reward-model is the PPO (RLHF) path; add --algo ppo")


# ----------------------------------------------------------------------------- the batch


def collate(
    prompts: list[list[int]],
    completions: list[list[int]],
    pad_id: int,
    completion_masks: list[list[int]] | None = None,
) -> tuple[torch.Tensor, torch.Tensor]:
    """Right-padded ids (B, T) and a completion mask (B, T-1) over target positions.

    ``completion_masks`` (one 0/1 per completion token) leaves the 0 tokens out of the mask:
    the tool results inside a multi-turn episode.
    """
    lengths = [len(p) + len(c) for p, c in zip(prompts, completions, strict=True)]
    T = max(lengths)
    ids = torch.full((len(prompts), T), pad_id, dtype=torch.long)
    mask = torch.zeros(len(prompts), T - 1)
    for i, (p, c) in enumerate(zip(prompts, completions, strict=True)):
        ids[i, : len(p) + len(c)] = torch.tensor(p + c, dtype=torch.long)
        # Target position t scores token t+1: the completion occupies targets len(p)-1 ...
        if completion_masks is None:
            mask[i, len(p) - 1 : len(p) + len(c) - 1] = 1.0
        else:
            if len(completion_masks[i]) != len(c):
                raise ValueError(
                    f"completion {i}: {len(c)} tokens, {len(completion_masks[i])} mask"
                )
            mask[i, len(p) - 1 : len(p) + len(c) - 1] = torch.tensor(completion_masks[i])
    return ids, mask


class RLBatchSource:
    """Rollouts as a :class:`genforge.train.loop.BatchSource`: each batch is reused
    ``inner_steps`` times, then the engine is synced to the policy and a new one sampled."""

    def __init__(
        self,
        policy: nn.Module,
        reference: nn.Module | None,
        tokenizer: Any,
        tasks: list[Any],
        cfg: RLConfig,
        rollout: RolloutEngine,
        reward_fn: RewardFn = task_reward,
        env: RolloutEnv | None = None,
    ) -> None:
        self.policy, self.reference, self.tok = policy, reference, tokenizer
        self.tasks, self.cfg, self.rollout = tasks, cfg, rollout
        self.reward_fn = reward_fn
        self.env = env or ChatEnv(tokenizer)
        self.rng = random.Random(cfg.seed)
        self.rollouts = 0
        self.uses = 0
        self.batch: dict[str, torch.Tensor] | None = None
        self.device = next(policy.parameters()).device

    def next_batch(self) -> dict[str, torch.Tensor]:
        if self.batch is None or self.uses >= self.cfg.inner_steps:
            self.batch = self._new_batch()
            self.uses = 0
        self.uses += 1
        return self.batch

    def _pick(self) -> list[Any]:
        """The next rollout's tasks: the only draw from ``self.rng``, so a resumed source
        replays ``rollouts`` picks to reach the same state."""
        return self.rng.sample(self.tasks, min(self.cfg.prompts_per_step, len(self.tasks)))

    @torch.no_grad()
    def _new_batch(self) -> dict[str, torch.Tensor]:
        cfg = self.cfg
        picked = self._pick()
        self.rollout.sync(self.policy)
        prompts, groups = self.rollout.sample_episodes(
            picked,
            cfg.group,
            self.env,
            max_tokens=cfg.max_new_tokens,
            max_turns=cfg.max_turns,
            temperature=cfg.temperature,
            seed=cfg.seed * 7919 + self.rollouts,
        )
        self.rollouts += 1
        rewards = torch.tensor(
            [[self.reward_fn(t, c.text) for c in g] for t, g in zip(picked, groups, strict=True)]
        )  # (P, G)
        lengths = [len(c.ids) for g in groups for c in g]
        # What the rollout showed: the loss passes these on to the loop's train rows.
        figures = {
            "reward_mean": rewards.mean().item(),
            "accuracy": (rewards >= 1.0).float().mean().item(),
            "completion_tokens": sum(lengths) / len(lengths),
            "turns": sum(c.turns for g in groups for c in g) / len(lengths),
        }
        keep = list(range(len(picked)))
        if cfg.algo == "grpo" and cfg.skip_uniform_groups:
            informative = [i for i in keep if rewards[i].std(unbiased=False) > 0]
            figures["informative_groups"] = len(informative) / len(keep)
            keep = informative or keep
        seq_prompts, seq_comps, seq_masks, seq_rewards = [], [], [], []
        adv_rows = group_advantages(rewards, cfg.adv_eps)
        seq_adv = []
        for i in keep:
            for j, c in enumerate(groups[i]):
                # A turn that stopped on its own ends with <|end|>: the policy chose that
                # token too, so it is trained (and rewarded) like the others. Tool results
                # between turns are context, masked out of the loss.
                seq_prompts.append(prompts[i])
                seq_comps.append(c.ids)
                seq_masks.append(c.mask)
                seq_rewards.append(float(rewards[i, j]))
                seq_adv.append(float(adv_rows[i, j]))
        pad = getattr(self.tok, "pad_id", None) or 0
        ids, mask = collate(seq_prompts, seq_comps, pad, seq_masks)
        ids, mask = ids.to(self.device), mask.to(self.device)
        batch = {"ids": ids, "mask": mask, "rollout_figures": figures}
        if cfg.algo == "ppo" or cfg.inner_steps > 1:
            out = self.policy(ids)
            batch["old_logp"] = tempered_logprobs(out[0], ids, cfg.temperature)
        # else: GRPO's one optimizer step per rollout meets the policy still at the rollout
        # weights, so the loss takes its own detached log-probs as the old ones (ratio 1):
        # the same gradient without a forward pass here (~15% of a step).
        if self.reference is not None and cfg.kl_coef > 0:
            batch["ref_logp"] = sequence_logprobs(self.reference, ids, cfg.temperature)
        if cfg.algo == "grpo":
            batch["adv"] = torch.tensor(seq_adv, device=self.device)
        else:
            values = out[1][:, :-1]  # value before each target token
            token_rewards = torch.zeros_like(mask)
            last = mask.cumsum(1).argmax(1)  # index of the last completion target
            token_rewards[torch.arange(len(seq_rewards)), last] = torch.tensor(
                seq_rewards, device=self.device
            )
            if "ref_logp" in batch:
                # The RLHF form: the KL penalty is part of the per-token reward.
                token_rewards -= cfg.kl_coef * (batch["old_logp"] - batch["ref_logp"]) * mask
            adv, returns = gae(token_rewards, values, mask, gamma=cfg.gamma, lam=cfg.lam)
            m = mask > 0
            adv = (adv - adv[m].mean()) / (adv[m].std() + 1e-6) * mask
            batch.update(adv=adv, returns=returns, old_values=values)
        return batch

    def state_dict(self) -> dict[str, Any]:
        return {"rollouts": self.rollouts}

    def load_state_dict(self, state: dict[str, Any]) -> None:
        self.rollouts = int(state["rollouts"])
        self.rng = random.Random(self.cfg.seed)
        for _ in range(self.rollouts):
            self._pick()
        self.batch = None


def make_loss_fn(
    cfg: RLConfig,
) -> Callable[[nn.Module, dict], tuple[torch.Tensor, dict[str, Any]]]:
    """The loop's ``loss_fn``: clipped policy loss (+ k3 KL for GRPO, + value loss for PPO),
    with its parts and the batch's rollout figures for the loop's train rows."""

    def loss_fn(model: nn.Module, batch: dict[str, Any]) -> tuple[torch.Tensor, dict[str, Any]]:
        out = model(batch["ids"])
        logp = tempered_logprobs(out[0], batch["ids"], cfg.temperature)
        mask = batch["mask"]
        old_logp = batch["old_logp"] if "old_logp" in batch else logp.detach()
        loss, clip_frac = clipped_policy_loss(logp, old_logp, batch["adv"], mask, cfg.clip_eps)
        figures = dict(batch.get("rollout_figures", {}))
        figures.update(clip_frac=clip_frac.detach(), policy_loss=loss.detach())
        if "ref_logp" in batch:
            kl = masked_mean(k3_kl(logp, batch["ref_logp"]), mask)
            figures["kl"] = kl.detach()
            if cfg.algo == "grpo":
                loss = loss + cfg.kl_coef * kl
        if cfg.algo == "ppo":
            values = out[1][:, :-1]
            old, ret = batch["old_values"], batch["returns"]
            clipped_v = old + torch.clamp(values - old, -cfg.clip_eps, cfg.clip_eps)
            v_loss = 0.5 * masked_mean(
                torch.maximum((values - ret) ** 2, (clipped_v - ret) ** 2), mask
            )
            figures["value_loss"] = v_loss.detach()
            loss = loss + cfg.vf_coef * v_loss
        return loss, figures

    return loss_fn


# ----------------------------------------------------------------------------- evaluation


def evaluate_tasks(
    model: nn.Module,
    tokenizer: Any,
    tasks: list[Any],
    *,
    max_new_tokens: int = 16,
    reward_fn: RewardFn = task_reward,
    rollout: RolloutEngine | None = None,
    env: RolloutEnv | None = None,
    max_turns: int = 1,
) -> dict[str, float]:
    """Greedy exact-match on ``tasks``: ``{"accuracy", "n", "clean_end"}`` (fractions).

    ``clean_end`` is the share of answers that closed with ``<|end|>`` within the budget.
    With a tool ``env`` each task is a greedy episode of up to ``max_turns`` turns.
    """
    own = rollout is None
    engine = rollout or RolloutEngine(model, tokenizer, max_batch_size=min(64, len(tasks)))
    try:
        if not own:
            engine.sync(model)
        _, outs = engine.sample_episodes(
            tasks,
            1,
            env or ChatEnv(tokenizer),
            max_tokens=max_new_tokens,
            max_turns=max_turns,
            temperature=0.0,
        )
    finally:
        if own:
            engine.close()
    scores = [reward_fn(t, o[0].text) for t, o in zip(tasks, outs, strict=True)]
    return {
        "accuracy": sum(s >= 1.0 for s in scores) / len(scores),
        "n": len(scores),
        "clean_end": sum(o[0].reason == "stop" for o in outs) / len(outs),
    }


# ----------------------------------------------------------------------------- the run


def run_rl(
    cfg: RLConfig,
    *,
    log: Callable[[str], None] | None = None,
    make_env: Callable[[Any], RolloutEnv] | None = None,
) -> dict[str, Any]:
    """Train ``cfg.model`` with GRPO or PPO on verifiable tasks; write ``cfg.out``.

    ``make_env(tokenizer)`` makes rollouts multi-turn episodes (``cfg.tools`` names its
    tools and needs one); the held-out score is then the same greedy tool-using episode.

    Writes the model dir, ``OUT/run/metrics.jsonl`` (loss rows and, every ``log_every``
    steps, reward_mean / accuracy / kl / clip_frac rows) and ``OUT/rl_metrics.json`` with the
    held-out greedy accuracy before and after. Returns that JSON's dict.
    """
    cfg.validate()
    _check_env(cfg, make_env)
    out = Path(cfg.out)
    run_dir = prepare_run_dir(
        out, None, stage="rl", settings=_jsonable(cfg), resume=cfg.resume, overwrite=cfg.overwrite
    )
    say = log or (lambda _m: None)
    torch.manual_seed(cfg.seed)
    gpt, tok, reference = _rl_models(cfg)
    env = make_env(tok) if make_env is not None else None
    device = next(gpt.parameters()).device
    train_tasks, eval_tasks = _rl_tasks(cfg)
    reward_fn: RewardFn = task_reward
    if cfg.reward_model:
        reward_fn = reward_model_fn(cfg.reward_model, cfg.device)

    policy: nn.Module = PolicyWithValue(gpt).to(device) if cfg.algo == "ppo" else gpt
    batch_size = cfg.prompts_per_step * cfg.group
    rollout = RolloutEngine(policy, tok, max_batch_size=max(batch_size, min(64, cfg.eval_tasks)))
    t0 = time.perf_counter()
    try:
        score = partial(
            evaluate_tasks,
            tokenizer=tok,
            tasks=eval_tasks,
            max_new_tokens=cfg.max_new_tokens,
            rollout=rollout,
            env=env,
            max_turns=cfg.max_turns,
        )
        before = score(gpt)
        say(f"held-out accuracy before: {before['accuracy']:.3f} ({before['n']} tasks)")
        source = RLBatchSource(policy, reference, tok, train_tasks, cfg, rollout, reward_fn, env)
        optimizer = _rl_optimizer(cfg, gpt, policy)
        average = WeightAverage(gpt, cfg.ema) if cfg.ema > 0 else None
        if average is not None:
            average.update()  # the average starts from the start weights: iterates 0..k
        steps = 0  # the loop's step, as on_step last saw it

        def on_step(step: int, _m: nn.Module) -> None:
            nonlocal steps
            steps = step
            if average is not None:
                average.update()

        def eval_fn(_m: nn.Module) -> dict[str, float]:
            if not (cfg.eval_every and steps % cfg.eval_every == 0):
                return {}
            last = score(gpt)["accuracy"]
            averaged = score(average.model)["accuracy"] if average is not None else last
            return {"heldout_accuracy_last_iterate": last, "heldout_accuracy": averaged}

        loop_cfg = _rl_loop_config(cfg)
        result = train_loop(
            policy,
            optimizer,
            source,
            loop_cfg,
            device=device,
            loss_fn=make_loss_fn(cfg),
            eval_fn=eval_fn,
            on_step=on_step,
            run_dir=run_dir,
            resume=cfg.resume,
            run_state={"rl": _jsonable(cfg)},
            extra_state={"ema": average} if average is not None else None,
        )
        last = score(gpt)
        after = last
        if average is not None:
            gpt = average.model
            after = score(gpt)
        say(f"held-out accuracy after: {after['accuracy']:.3f} (last: {last['accuracy']:.3f})")
    finally:
        rollout.close()
    summary = {
        "algo": cfg.algo,
        "task": cfg.task,
        "steps": result.step,
        "rollouts": source.rollouts,
        "train_seconds": round(result.elapsed, 2),
        "wall_seconds": round(time.perf_counter() - t0, 2),
        "heldout_accuracy_before": before["accuracy"],
        "heldout_accuracy_after": after["accuracy"],
        "heldout_accuracy_last_iterate": last["accuracy"],
        "ema": cfg.ema,
        "heldout_gain_points": round(100 * (after["accuracy"] - before["accuracy"]), 2),
        "heldout_clean_end_after": after["clean_end"],
        "heldout_tasks": after["n"],
        "final_train_loss": result.train_loss,
        "last_logged": result.eval,
    }
    extra = {"genforge_rl": {k: v for k, v in summary.items() if k != "last_logged"}}
    extra["genforge_rl"]["base_model"] = str(cfg.model)  # for `genforge lineage`

    def write(path: Path) -> None:
        if cfg.algo == "ppo":
            atomic_save_tensors(path / "value_head.safetensors", policy.value_head.state_dict())
        atomic_write_json(path / "rl_metrics.json", summary)

    publish_model_dir(
        out, gpt, tok, run_dir=run_dir, write=write, card=_card(cfg, summary), extra_config=extra
    )
    return summary


def _check_env(cfg: RLConfig, make_env: Callable[[Any], RolloutEnv] | None) -> None:
    if bool(cfg.tools) != (make_env is not None):
        raise GenforgeError(
            "tools need a tool environment and an environment needs its tools named: run "
            "`genforge rl --tools calculator`, or pass run_rl(cfg, make_env=...) with "
            "cfg.tools set to its tools"
        )


def _rl_models(cfg: RLConfig) -> tuple[GPT, Any, GPT | None]:
    """The policy's GPT (trainable), its tokenizer, and the frozen KL reference (only
    when ``kl_coef`` > 0), all from ``cfg.model``."""
    loaded = load_model_dir(cfg.model, device=cfg.device, require_float="rl")
    gpt = loaded.model
    gpt.train()
    for p in gpt.parameters():
        p.requires_grad_(True)
    reference = None
    if cfg.kl_coef > 0:
        reference = load_model_dir(cfg.model, device=cfg.device).model.eval()
        for p in reference.parameters():
            p.requires_grad_(False)
    return gpt, loaded.tokenizer, reference


def _rl_loop_config(cfg: RLConfig) -> LoopConfig:
    """A constant LR after warm-up; the run dir is work space (no timed checkpoints)."""
    return LoopConfig(
        max_steps=cfg.max_steps,
        time_budget=cfg.time_budget,
        schedule="constant",
        warmup_steps=cfg.warmup_steps,
        log_every=cfg.log_every,
        eval_every=cfg.eval_every,
        checkpoint_every=0,
        checkpoint_every_s=None,
        grad_clip=1.0,
        progress=False,
    )


def _rl_tasks(cfg: RLConfig) -> tuple[list[Any], list[Any]]:
    """(train tasks, held-out tasks): the test split for arithmetic; for a user file, whose
    tasks have no split of their own, every fifth task is held out."""
    train_tasks = load_rl_tasks(cfg.task, split="train", n=cfg.train_tasks, seed=cfg.seed)
    if cfg.task == "arithmetic":
        return train_tasks, load_rl_tasks("arithmetic", split="test", n=cfg.eval_tasks)
    eval_tasks = train_tasks[::5][: cfg.eval_tasks]
    return [t for i, t in enumerate(train_tasks) if i % 5] or train_tasks, eval_tasks


def _rl_optimizer(cfg: RLConfig, gpt: nn.Module, policy: nn.Module) -> Any:
    """AdamW on the policy; PPO's value head in a group of its own (its LR scaled)."""
    optimizer = build_optimizer(
        gpt, OptimizerConfig(name="adamw", lr=cfg.lr, weight_decay=cfg.weight_decay)
    )
    if cfg.algo == "ppo":
        value_lr = cfg.lr * cfg.value_lr_scale
        optimizer.add_param_group(
            {"params": list(policy.value_head.parameters()), "lr": value_lr, "weight_decay": 0.0}
        )
    return optimizer


def _jsonable(cfg: RLConfig) -> dict[str, Any]:
    import dataclasses

    return json.loads(json.dumps(dataclasses.asdict(cfg), default=str))


def _card(cfg: RLConfig, s: dict[str, Any]) -> str:
    return (
        f"# RL-tuned model ({cfg.algo.upper()})\n\n"
        f"Started from `{cfg.model}`; task `{cfg.task}`; group {cfg.group}, "
        f"{cfg.prompts_per_step} prompts per rollout, {cfg.inner_steps} steps per rollout, "
        f"lr {cfg.lr}, clip {cfg.clip_eps}, KL coefficient {cfg.kl_coef}, temperature "
        f"{cfg.temperature}; weights: EMA {cfg.ema} of the iterates (0 = the last).\n\n"
        f"Held-out greedy exact-match: {s['heldout_accuracy_before']:.3f} -> "
        f"{s['heldout_accuracy_after']:.3f} on {s['heldout_tasks']} tasks "
        f"(last iterate {s['heldout_accuracy_last_iterate']:.3f}; "
        f"{s['steps']} steps, {s['train_seconds']} s).\n"
    )


__all__ = [
    "ALGOS",
    "ChatEnv",
    "Completion",
    "Episode",
    "PolicyWithValue",
    "RLBatchSource",
    "RLConfig",
    "RolloutEngine",
    "RolloutEnv",
    "clipped_policy_loss",
    "collate",
    "evaluate_tasks",
    "gae",
    "group_advantages",
    "k3_kl",
    "load_rl_tasks",
    "make_loss_fn",
    "masked_mean",
    "run_rl",
    "sequence_logprobs",
    "task_reward",
    "tempered_logprobs",
    "token_logprobs",
]
