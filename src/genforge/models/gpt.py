"""The genforge GPT: a decoder-only Transformer language model, all of it in this file.

Two families are config fields of one model, not copies:

* ``arch="llama"`` — token embedding, rotary positions (half-rotation layout), RMSNorm
  pre-norm, grouped-query causal attention without biases, SwiGLU MLP, final RMSNorm,
  LM head (optionally tied to the embedding).
* ``arch="gpt2"`` — token + learned position embeddings, LayerNorm pre-norm, attention and
  MLP with biases, GELU (tanh approximation), LM head tied to the embedding.

Parameter names are chosen so export to Hugging Face ``LlamaForCausalLM`` and
``GPT2LMHeadModel`` is a rename (plus a transpose for GPT-2's Conv1D), see compress/export.py.
"""

from __future__ import annotations

import dataclasses
import math
from dataclasses import dataclass
from typing import Any, Literal

import torch
import torch.nn.functional as F
from torch import nn

from genforge.config import resolve_config
from genforge.errors import GenforgeError
from genforge.nn.attention import CausalSelfAttention
from genforge.nn.kv_cache import SlotBatch
from genforge.nn.mlp import GeluMLP, SwiGLU
from genforge.nn.norms import RMSNorm
from genforge.nn.rope import ROPE_SCALING, RotaryEmbedding

IGNORE_INDEX = -100

# Upper bounds GPTConfig.validate enforces (see there); each is far above any real model.
MAX_SIZES = {
    "vocab_size": 1 << 24,
    "n_layer": 1 << 10,
    "n_head": 1 << 12,
    "n_embd": 1 << 16,
    "block_size": 1 << 24,
    "mlp_hidden": 1 << 18,
}


@dataclass
class GPTConfig:
    """Shape and variant of a GPT. Every field is JSON-safe and saved in config.json."""

    vocab_size: int = 256  # tokenizer vocabulary (embedding rows, logits width)
    n_layer: int = 2  # transformer blocks
    n_head: int = 4  # query heads per block
    n_kv_head: int | None = None  # key/value heads (grouped-query attention); None -> n_head
    n_embd: int = 64  # residual stream width; head_dim = n_embd // n_head unless head_size
    block_size: int = 128  # maximum context length in tokens
    mlp_hidden: int | None = None  # None -> 8/3·n_embd rounded up to 64 (llama), 4·n_embd (gpt2)
    # Width of one attention head; None -> n_embd // n_head. Set when heads were removed
    # (genforge prune --method heads): the heads left keep their width, so
    # n_head·head_size < n_embd.
    head_size: int | None = None
    arch: Literal["llama", "gpt2"] = "llama"
    tie_embeddings: bool = True  # LM head shares the token embedding matrix
    rope_theta: float = 10000.0  # rotary base (llama only)
    # Context-extension RoPE scaling (llama only): None, or {"type": "linear"|"llama3",
    # "factor": ..., + llama3's low_freq_factor, high_freq_factor,
    # original_max_position_embeddings}, Hugging Face's names (nn/rope.py).
    rope_scaling: dict[str, Any] | None = None
    norm_eps: float = 1e-5  # RMSNorm / LayerNorm epsilon
    dropout: float = 0.0  # on embeddings, attention probabilities and residual branches
    attn_impl: Literal["sdpa", "math"] = "sdpa"  # fused kernel, or the explicit formula

    @property
    def kv_head_count(self) -> int:
        """Key/value heads after resolving ``n_kv_head=None``."""
        return self.n_head if self.n_kv_head is None else self.n_kv_head

    @property
    def head_dim(self) -> int:
        """Width of one attention head (``head_size``, or n_embd // n_head)."""
        return self.n_embd // self.n_head if self.head_size is None else self.head_size

    @property
    def ffn_dim(self) -> int:
        """MLP hidden width after resolving ``mlp_hidden=None``."""
        if self.mlp_hidden is not None:
            return self.mlp_hidden
        if self.arch == "gpt2":
            return 4 * self.n_embd
        # SwiGLU has three matrices instead of two; 2/3 of 4·C keeps the parameter count of
        # a 4·C GELU MLP, rounded up to a multiple of 64 for efficient matmul tiles.
        return 64 * math.ceil(8 * self.n_embd / 3 / 64)

    def validate(self) -> GPTConfig:
        """Raise GenforgeError naming the first inconsistent field; return self."""

        def need(ok: bool, msg: str) -> None:
            if not ok:
                raise GenforgeError(f"invalid model config: {msg}")

        for name in ("vocab_size", "n_layer", "n_head", "n_embd", "block_size"):
            value = getattr(self, name)
            need(
                isinstance(value, int) and not isinstance(value, bool) and value > 0,
                f"{name} must be a positive integer, got {value!r}",
            )
            # Far past any real model, so a typo or a hostile config.json fails here rather
            # than after minutes and gigabytes of building layers or caches.
            need(
                value <= MAX_SIZES[name],
                f"{name} is {value}, more than the {MAX_SIZES[name]} genforge supports",
            )
        need(self.arch in ("llama", "gpt2"), f"arch must be 'llama' or 'gpt2', got {self.arch!r}")
        need(
            self.attn_impl in ("sdpa", "math"),
            f"attn_impl must be 'sdpa' or 'math', got {self.attn_impl!r}",
        )
        if self.head_size is None:
            need(
                self.n_embd % self.n_head == 0,
                f"n_embd ({self.n_embd}) must be divisible by n_head ({self.n_head}), or set "
                "head_size",
            )
        else:
            need(
                isinstance(self.head_size, int)
                and not isinstance(self.head_size, bool)
                and 0 < self.head_size <= self.n_embd,
                f"head_size must be a positive integer up to n_embd or null, got "
                f"{self.head_size!r}",
            )
        kv = self.kv_head_count
        need(
            isinstance(kv, int) and kv > 0 and self.n_head % kv == 0,
            f"n_head ({self.n_head}) must be a multiple of n_kv_head ({self.n_kv_head})",
        )
        if self.arch == "gpt2":
            need(
                kv == self.n_head,
                f"arch gpt2 has no grouped-query attention: set n_kv_head to null or "
                f"{self.n_head}, got {self.n_kv_head}",
            )
            need(
                self.rope_scaling is None,
                "arch gpt2 has learned positions, not RoPE: set rope_scaling to null",
            )
        else:
            need(
                self.head_dim % 2 == 0,
                f"rotary embedding needs an even head dim, n_embd/n_head = {self.head_dim}",
            )
            # theta <= 1 makes the rotary frequencies grow instead of decay (theta^-x
            # overflows float32 for a tiny theta); real models use 1e4 .. 1e7.
            need(
                math.isfinite(self.rope_theta) and 1 < self.rope_theta <= 1e12,
                f"rope_theta must be in (1, 1e12], got {self.rope_theta}",
            )
            _check_rope_scaling(self.rope_scaling, need)
        need(
            self.mlp_hidden is None
            or (
                isinstance(self.mlp_hidden, int) and 0 < self.mlp_hidden <= MAX_SIZES["mlp_hidden"]
            ),
            f"mlp_hidden must be a positive integer up to {MAX_SIZES['mlp_hidden']} or null, "
            f"got {self.mlp_hidden!r}",
        )
        # An epsilon of 1 or more swamps the variance it is added to: the norm outputs ~0.
        need(
            math.isfinite(self.norm_eps) and 0 < self.norm_eps < 1,
            f"norm_eps must be in (0, 1), got {self.norm_eps}",
        )
        need(0.0 <= self.dropout < 1.0, f"dropout must be in [0, 1), got {self.dropout}")
        return self

    def to_dict(self) -> dict[str, Any]:
        """JSON-safe dict of every field (``None`` kept, so a round trip is exact)."""
        return dataclasses.asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> GPTConfig:
        """Build and validate a config; unknown keys or badly typed values raise GenforgeError."""
        if not isinstance(data, dict):
            raise GenforgeError(f"model config must be a JSON object, got {type(data).__name__}")
        return resolve_config(cls, overrides=dict(data))


def _check_rope_scaling(scaling: Any, need: Any) -> None:
    if scaling is None:
        return
    need(isinstance(scaling, dict), f"rope_scaling must be an object or null, got {scaling!r}")
    kind = scaling.get("type")
    need(
        kind in ROPE_SCALING,
        f"rope_scaling type must be one of {list(ROPE_SCALING)}, got {kind!r}",
    )
    for key in ("factor", *ROPE_SCALING[kind]):
        value = scaling.get(key)
        need(
            isinstance(value, int | float) and not isinstance(value, bool) and value > 0,
            f"rope_scaling {kind} needs a positive number {key}, got {value!r}",
        )
    if kind == "llama3":
        need(
            scaling["high_freq_factor"] > scaling["low_freq_factor"],
            "rope_scaling llama3 needs high_freq_factor > low_freq_factor",
        )


# Sizes from a CPU unit-test model to GPT-2 small. Parameter counts in docs/model.md.
PRESETS: dict[str, dict[str, Any]] = {
    # ~0.1M parameters with a 512-token vocabulary: unit tests and smoke runs on a CPU.
    "tiny": dict(n_layer=2, n_head=4, n_kv_head=2, n_embd=64, block_size=128),
    # ~0.8M non-embedding parameters: a few minutes of CPU training shows learning.
    "small": dict(n_layer=4, n_head=4, n_kv_head=2, n_embd=128, block_size=256),
    # a few M parameters: the `make demo` model, trains in minutes on 2 CPU cores.
    "demo": dict(n_layer=6, n_head=6, n_kv_head=2, n_embd=192, block_size=256),
    # ~24M non-embedding parameters: a single consumer GPU for an hour or so.
    "medium": dict(n_layer=8, n_head=8, n_kv_head=4, n_embd=512, block_size=512),
    # GPT-2 small exactly: 124,439,808 parameters with vocab 50257 and block 1024.
    "gpt2-124m": dict(
        arch="gpt2", n_layer=12, n_head=12, n_embd=768, block_size=1024, tie_embeddings=True
    ),
    # GPT-2 medium: 354,823,168 parameters with vocab 50257 and block 1024.
    "gpt2-350m": dict(
        arch="gpt2", n_layer=24, n_head=16, n_embd=1024, block_size=1024, tie_embeddings=True
    ),
    # A Llama-style model the size of GPT-2 small (~124M with a 50257 vocabulary, tied).
    "llama-124m": dict(
        arch="llama",
        n_layer=12,
        n_head=12,
        n_kv_head=12,
        n_embd=768,
        block_size=1024,
        tie_embeddings=True,
    ),
}


def config_from_preset(name: str, vocab_size: int, **overrides: Any) -> GPTConfig:
    """A validated GPTConfig from ``PRESETS[name]`` with ``vocab_size`` and field overrides."""
    if name not in PRESETS:
        raise GenforgeError(f"unknown model preset {name!r}; choose one of {sorted(PRESETS)}")
    values = {**PRESETS[name], "vocab_size": vocab_size, **overrides}
    return GPTConfig.from_dict(values)


class Block(nn.Module):
    """One pre-norm transformer block: ``x + attn(norm(x))``, then ``x + mlp(norm(x))``."""

    def __init__(self, cfg: GPTConfig) -> None:
        super().__init__()
        llama = cfg.arch == "llama"
        self.ln_1 = _norm(cfg)
        self.attn = CausalSelfAttention(
            cfg.n_embd,
            cfg.n_head,
            cfg.kv_head_count,
            head_dim=cfg.head_dim,
            bias=not llama,
            impl=cfg.attn_impl,
            dropout=cfg.dropout,
        )
        self.ln_2 = _norm(cfg)
        self.mlp = SwiGLU(cfg.n_embd, cfg.ffn_dim) if llama else GeluMLP(cfg.n_embd, cfg.ffn_dim)
        self.drop = nn.Dropout(cfg.dropout)

    def forward(
        self,
        x: torch.Tensor,
        rope: tuple[torch.Tensor, torch.Tensor] | None,
        kv_cache: SlotBatch | None,
        layer: int,
        attn_mask: torch.Tensor | None = None,
    ) -> torch.Tensor:
        a = self.attn(self.ln_1(x), rope=rope, kv_cache=kv_cache, layer=layer, attn_mask=attn_mask)
        # Dropout is skipped outright when it cannot act: at decode time every module call
        # is overhead on a (B, 1) step.
        active = self.training and self.drop.p > 0
        x = x + (self.drop(a) if active else a)
        m = self.mlp(self.ln_2(x))
        x = x + (self.drop(m) if active else m)
        return x  # (B, T, C)


def _norm(cfg: GPTConfig) -> nn.Module:
    if cfg.arch == "llama":
        return RMSNorm(cfg.n_embd, eps=cfg.norm_eps)
    return nn.LayerNorm(cfg.n_embd, eps=cfg.norm_eps)


# Output projections of each residual branch; GPT-2 scales their init by 1/sqrt(2·n_layer)
# so the residual stream's variance does not grow with depth.
_RESIDUAL_PROJECTIONS = ("attn.proj.weight", "mlp.proj.weight", "mlp.down_proj.weight")


class TransformerTrunk(nn.Module):
    """Token embeddings -> positions -> blocks -> final norm: what the decoder LM and the
    bidirectional encoder (``models/encoder.py``) share; each adds its own head.

    A base class rather than a submodule because the trunk's parameter names (``wte``,
    ``wpe``, ``blocks.N...``, ``ln_f``) are the model dir's and the Hugging Face export's
    format: they must sit at the top of both models' state dicts. Subclasses add their
    head, then call :meth:`reset_parameters` once, so the init draws in construction order.
    """

    def __init__(self, config: GPTConfig) -> None:
        super().__init__()
        config.validate()
        self.config = config
        self.wte = nn.Embedding(config.vocab_size, config.n_embd)
        if config.arch == "gpt2":
            self.wpe = nn.Embedding(config.block_size, config.n_embd)
            self.rope = None
        else:
            self.wpe = None
            self.rope = RotaryEmbedding(
                config.head_dim, config.block_size, config.rope_theta, config.rope_scaling
            )
        self.drop = nn.Dropout(config.dropout)
        self.blocks = nn.ModuleList(Block(config) for _ in range(config.n_layer))
        self.ln_f = _norm(config)

    @torch.no_grad()
    def reset_parameters(self) -> None:
        """GPT-2 init: weights ~ N(0, 0.02), residual projections N(0, 0.02/sqrt(2·n_layer)),
        biases 0, norm gains 1 (heads included, whatever their names)."""
        residual_std = 0.02 / math.sqrt(2 * self.config.n_layer)
        for name, p in self.named_parameters():
            if p.ndim == 1:
                # Biases start at zero; norm gains (weight of a norm) at one.
                if name.endswith("bias"):
                    p.zero_()
                else:
                    p.fill_(1.0)
            elif name.endswith(_RESIDUAL_PROJECTIONS):
                nn.init.normal_(p, mean=0.0, std=residual_std)
            else:
                nn.init.normal_(p, mean=0.0, std=0.02)

    def trunk(
        self,
        x: torch.Tensor,
        *,
        positions: torch.Tensor | None = None,
        attn_mask: torch.Tensor | None = None,
        kv_cache: SlotBatch | None = None,
        blocks: int | None = None,
    ) -> torch.Tensor:
        """Final-norm hidden states (B, T, C) of input embeddings ``x`` (B, T, C).

        Every row sits at positions ``0 .. T-1``, or at its own ``positions`` (B, T) (packed
        rows, cached decoding). ``attn_mask`` (B, 1, T, Tk) bool, True where a query may look,
        replaces the causal rule. Taking embeddings rather than ids lets a caller put other
        vectors (an image prefix) in front of the tokens. ``blocks`` = k < n_layer returns the
        k-th block's output before any final norm (a vision tower's penultimate features).
        """
        T = x.size(1)
        if T > self.config.block_size:
            raise GenforgeError(
                f"sequence of {T} tokens exceeds the model's block_size "
                f"{self.config.block_size}; shorten the input"
            )
        if self.wpe is not None:
            if positions is None:
                x = x + self.wpe(torch.arange(T, device=x.device))  # (B, T, C)
            else:
                x = x + self.wpe(positions)  # (B, T, C)
        x = self.drop(x)
        rope = None
        if self.rope is not None:
            if positions is None:
                rope = self.rope(0, T, x.device)  # each (T, hs)
            else:
                # Positions stay below the cache's length (or T when packed): a bound known
                # on the host, so sizing the table needs no device sync.
                limit = kv_cache.max_len if kv_cache is not None else T
                rope = self.rope.at(positions, limit)  # each (B, 1, T, hs)
        for layer, block in enumerate(self.blocks[:blocks]):
            x = block(x, rope, kv_cache, layer, attn_mask=attn_mask)  # (B, T, C)
        if blocks is not None and blocks < len(self.blocks):
            return x  # an intermediate layer: no final norm
        return self.ln_f(x)  # (B, T, C)


class GPT(TransformerTrunk):
    """Decoder-only Transformer LM. ``forward(idx[B,T]) -> (logits[B,T,V], loss | None)``."""

    def __init__(self, config: GPTConfig) -> None:
        super().__init__(config)
        self.lm_head = nn.Linear(config.n_embd, config.vocab_size, bias=False)
        if config.tie_embeddings:
            self.lm_head.weight = self.wte.weight
        self.reset_parameters()

    def forward(
        self,
        idx: torch.Tensor,
        targets: torch.Tensor | None = None,
        *,
        kv_cache: SlotBatch | None = None,
        segment_ids: torch.Tensor | None = None,
    ) -> tuple[torch.Tensor, torch.Tensor | None]:
        """Logits (B, T, V) for token ids ``idx`` (B, T), and the loss when ``targets`` is given.

        ``targets`` (B, T) are next-token ids; positions equal to -100 are ignored, and the
        loss is the float32 mean cross-entropy over the rest (0 when every target is ignored).
        With ``kv_cache`` (slots of a :class:`~genforge.nn.kv_cache.SlotKVCache`), row b of
        ``idx`` continues after slot b's cached positions (a prefill when the slot is empty,
        then typically one token per call) and the cache is extended; rows may sit at
        different lengths (continuous batching).
        ``segment_ids`` (B, T) ints mark packed sequences (see :meth:`hidden_states`).
        """
        x = self.hidden_states(idx, kv_cache=kv_cache, segment_ids=segment_ids)
        logits = self.lm_head(x)  # (B, T, V)
        if targets is None:
            return logits, None
        return logits, lm_loss(logits, targets)

    def hidden_states(
        self,
        idx: torch.Tensor,
        *,
        kv_cache: SlotBatch | None = None,
        segment_ids: torch.Tensor | None = None,
    ) -> torch.Tensor:
        """Final-norm hidden states (B, T, C) of ``idx`` (B, T): the input of the LM head.

        ``segment_ids`` (B, T) ints, constant along each of several sequences packed into one
        row (equal ids must be contiguous): attention stays inside a segment and positions
        restart at 0 at each segment start, so every packed sequence sees exactly what it
        would see alone. Not combinable with ``kv_cache``.
        """
        B, T = idx.shape
        positions: torch.Tensor | None = None
        mask: torch.Tensor | None = None
        if segment_ids is not None:
            if kv_cache is not None:
                raise GenforgeError("segment_ids (packed rows) cannot be used with a kv_cache")
            if segment_ids.shape != idx.shape:
                raise GenforgeError(
                    f"segment_ids shape {tuple(segment_ids.shape)} must equal idx shape {(B, T)}"
                )
            positions = segment_positions(segment_ids)  # (B, T)
            same = segment_ids.unsqueeze(2) == segment_ids.unsqueeze(1)  # (B, T, T)
            causal = torch.ones(T, T, dtype=torch.bool, device=idx.device).tril()
            mask = (same & causal).unsqueeze(1)  # (B, 1, T, T): True where a query may look
        elif kv_cache is not None:
            # (B, T) each row at its own length; the mask when rows are not in step. The
            # cache is never longer than block_size, so its room check covers the context.
            positions, mask = kv_cache.begin(B, T)
        x = self.trunk(self.wte(idx), positions=positions, attn_mask=mask, kv_cache=kv_cache)
        if kv_cache is not None:
            kv_cache.advance(T)
        return x

    @torch.no_grad()
    def zero_init_outputs(self) -> None:
        """Zero each residual branch's output projection, and the LM head when untied.

        Every block then starts as the identity and the untied head predicts uniformly, as in
        the modded-nanogpt speedruns. Training still reaches every weight: a projection's
        gradient is its input times the upstream gradient, non-zero behind a tied head at
        once and behind an untied one after the head's first update. Measured on the CPU
        pretraining benchmark: 0.018 lower held-out bits per byte at equal steps
        (docs/pretrain.md).
        """
        for name, p in self.named_parameters():
            if name.endswith(_RESIDUAL_PROJECTIONS):
                p.zero_()
        if not self.config.tie_embeddings:
            self.lm_head.weight.zero_()

    def num_params(self, exclude_embeddings: bool = False) -> int:
        """Parameter count, each shared tensor once.

        ``exclude_embeddings`` leaves out the token and position embedding tables (lookups,
        not matmuls); an untied LM head is a matmul and stays counted.
        """
        n = sum(p.numel() for p in self.parameters())
        if exclude_embeddings:
            n -= self.wte.weight.numel()
            if self.wpe is not None:
                n -= self.wpe.weight.numel()
        return n

    def flops_per_token(self, seq_len: int) -> float:
        """Training FLOPs per token (forward + backward) at context ``seq_len``, for MFU.

        ``6·N`` for the matmuls, where N counts every weight used in a matmul (non-embedding
        parameters plus the LM head, tied or not), plus ``12·n_layer·n_embd·seq_len`` for
        the attention scores and weighted sum (the PaLM appendix B estimate, which counts the
        full T×T product and ignores the causal half).
        """
        cfg = self.config
        matmul_params = self.num_params(exclude_embeddings=True)
        if cfg.tie_embeddings:
            matmul_params += self.lm_head.weight.numel()
        return 6.0 * matmul_params + 12.0 * cfg.n_layer * cfg.n_embd * seq_len


def segment_positions(segment_ids: torch.Tensor) -> torch.Tensor:
    """Position of each token inside its segment: (B, T) ids -> (B, T) long, 0 at each start.

    A segment starts wherever the id differs from the previous token's (and at index 0).
    """
    B, T = segment_ids.shape
    index = torch.arange(T, device=segment_ids.device).expand(B, T)
    starts = torch.ones_like(segment_ids, dtype=torch.bool)
    starts[:, 1:] = segment_ids[:, 1:] != segment_ids[:, :-1]
    # The latest start at or before each token is a running max of start indices.
    start_index = torch.where(starts, index, torch.zeros_like(index)).cummax(dim=1).values
    return index - start_index


def token_logprobs(logits: torch.Tensor, ids: torch.Tensor) -> torch.Tensor:
    """Log-probability of each next token: logits (B, T, V), ids (B, T) -> (B, T-1) float32.

    Entry t scores ``ids[:, t+1]`` under the logits at t; what post-training methods sum
    over completion tokens (DPO, reward baselines) or compare between policies (RL ratios).
    """
    logp = F.log_softmax(logits[:, :-1].float(), dim=-1)
    return logp.gather(-1, ids[:, 1:, None]).squeeze(-1)


def lm_loss(logits: torch.Tensor, targets: torch.Tensor) -> torch.Tensor:
    """Mean float32 cross-entropy of logits (B, T, V) against targets (B, T), skipping -100."""
    flat = logits.reshape(-1, logits.size(-1)).float()
    tgt = targets.reshape(-1)
    total = F.cross_entropy(flat, tgt, ignore_index=IGNORE_INDEX, reduction="sum")
    # Dividing by the count ourselves (clamped to 1) keeps a batch whose targets are all
    # masked at loss 0 instead of the NaN that reduction="mean" gives.
    count = (tgt != IGNORE_INDEX).sum().clamp(min=1)
    return total / count
