"""Recurrent language models: an Elman RNN and an LSTM over bytes or BPE tokens.

The middle rungs of the language-model ladder. They use ``torch.nn.RNN`` / ``torch.nn.LSTM``
(fused kernels; the hand-written cells live elsewhere) behind the same interface as the GPT:
``forward(idx[B,T], targets=None) -> (logits[B,T,V], loss | None)``, so the one training loop
(``causal_lm_loss``) and the shared bits-per-byte evaluator take them unchanged.

A model dir holds ``config.json`` (``model_type: genforge-rnnlm``) and ``model.safetensors``,
plus ``tokenizer.json`` when the model reads BPE tokens.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Literal

import torch
import torch.nn.functional as F
from torch import nn

from genforge.errors import GenforgeError
from genforge.io import atomic_save_tensors, atomic_write_json, read_json

MODEL_TYPE = "genforge-rnnlm"
CONFIG_FILE = "config.json"
WEIGHTS_FILE = "model.safetensors"


@dataclass
class RNNLMConfig:
    """Shape of a recurrent LM; ``cell`` picks ``nn.RNN`` (tanh) or ``nn.LSTM``."""

    vocab_size: int = 257
    cell: Literal["rnn", "lstm"] = "lstm"
    n_embd: int = 128  # token embedding width
    hidden: int = 256  # recurrent state width
    n_layer: int = 1
    dropout: float = 0.0
    tie_embeddings: bool = False  # needs n_embd == hidden

    def validate(self) -> RNNLMConfig:
        if self.cell not in ("rnn", "lstm"):
            raise GenforgeError(f"cell must be 'rnn' or 'lstm', got {self.cell!r}")
        for name in ("vocab_size", "n_embd", "hidden", "n_layer"):
            if getattr(self, name) < 1:
                raise GenforgeError(f"{name} must be >= 1, got {getattr(self, name)}")
        if not 0.0 <= self.dropout < 1.0:
            raise GenforgeError(f"dropout must be in [0, 1), got {self.dropout}")
        if self.tie_embeddings and self.n_embd != self.hidden:
            raise GenforgeError("tie_embeddings needs n_embd == hidden; set one to the other")
        return self


class RNNLM(nn.Module):
    """Embedding -> ``nn.RNN``/``nn.LSTM`` (batch first) -> linear head over the vocabulary."""

    def __init__(self, config: RNNLMConfig) -> None:
        super().__init__()
        self.config = config.validate()
        self.wte = nn.Embedding(config.vocab_size, config.n_embd)
        rnn_cls = nn.LSTM if config.cell == "lstm" else nn.RNN
        self.rnn = rnn_cls(
            config.n_embd,
            config.hidden,
            num_layers=config.n_layer,
            batch_first=True,
            dropout=config.dropout if config.n_layer > 1 else 0.0,
        )
        self.drop = nn.Dropout(config.dropout)
        self.lm_head = nn.Linear(config.hidden, config.vocab_size, bias=False)
        if config.tie_embeddings:
            self.lm_head.weight = self.wte.weight
        self.reset_parameters()

    @torch.no_grad()
    def reset_parameters(self) -> None:
        """Unit-variance embeddings (a 0.02-scale input would barely move the recurrent
        state, and learning starts slowly), a small head, torch's uniform recurrent weights,
        and an LSTM forget-gate bias of 1 so early gradients flow through time
        (Jozefowicz et al., 2015). A tied head takes the embedding scaled to 1/sqrt(n_embd)."""
        if self.config.tie_embeddings:
            nn.init.normal_(self.wte.weight, std=self.config.n_embd**-0.5)
        else:
            nn.init.normal_(self.wte.weight, std=1.0)
            nn.init.normal_(self.lm_head.weight, std=0.02)
        if self.config.cell == "lstm":
            h = self.config.hidden
            for name, p in self.rnn.named_parameters():
                if name.startswith("bias_ih"):
                    p[h : 2 * h].fill_(1.0)  # gate order i, f, g, o

    def forward(
        self,
        idx: torch.Tensor,
        targets: torch.Tensor | None = None,
        state: Any = None,
        *,
        return_state: bool = False,
    ):
        """Logits (B, T, V) for ids ``idx`` (B, T) and the mean next-token cross-entropy when
        ``targets`` (B, T; -100 ignored) is given. ``state`` continues from an earlier call;
        with ``return_state`` the new state is returned third."""
        x = self.drop(self.wte(idx))  # (B, T, E)
        h, new_state = self.rnn(x, state)  # (B, T, H)
        logits = self.lm_head(self.drop(h))  # (B, T, V)
        loss = None
        if targets is not None:
            loss = F.cross_entropy(
                logits.float().reshape(-1, logits.size(-1)), targets.reshape(-1), ignore_index=-100
            )
        if return_state:
            return logits, loss, new_state
        return logits, loss

    def num_params(self) -> int:
        """Trainable parameters (a tied head counted once)."""
        return sum(p.numel() for p in self.parameters())

    @torch.no_grad()
    def generate(
        self, prompt: list[int], max_new_tokens: int, *, temperature: float = 1.0, seed: int = 0
    ) -> list[int]:
        """Sample ``max_new_tokens`` ids after ``prompt`` (non-empty), carrying the state."""
        if not prompt:
            raise GenforgeError("generate needs a non-empty prompt (start with the BOS id)")
        gen = torch.Generator().manual_seed(seed)
        device = self.wte.weight.device
        was_training = self.training
        self.eval()
        logits, _, state = self(torch.tensor([prompt], device=device), return_state=True)
        out: list[int] = []
        for _ in range(max_new_tokens):
            probs = torch.softmax(logits[0, -1].float().cpu() / max(temperature, 1e-6), -1)
            nxt = int(torch.multinomial(probs, 1, generator=gen))
            out.append(nxt)
            logits, _, state = self(
                torch.tensor([[nxt]], device=device), state=state, return_state=True
            )
        self.train(was_training)
        return out


def save_rnnlm(model: RNNLM, out: str | Path, *, tokenizer: Any = None, extra: dict | None = None):
    """Write ``config.json`` + ``model.safetensors`` (+ ``tokenizer.json``) into ``out``."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    state = dict(model.state_dict())
    if model.config.tie_embeddings:
        state.pop("lm_head.weight", None)  # safetensors refuses shared storage
    atomic_save_tensors(out / WEIGHTS_FILE, state)
    if tokenizer is not None:
        tokenizer.save(out)
    atomic_write_json(
        out / CONFIG_FILE,
        {
            "model_type": MODEL_TYPE,
            **asdict(model.config),
            **({"genforge": extra} if extra else {}),
        },
    )
    return out


def load_rnnlm(path: str | Path, device: str | torch.device = "cpu") -> RNNLM:
    """Load a model dir written by :func:`save_rnnlm`."""
    from safetensors.torch import load_file

    path = Path(path)
    if not (path / CONFIG_FILE).is_file() or not (path / WEIGHTS_FILE).is_file():
        raise GenforgeError(f"{path} is not an RNN LM dir (needs {CONFIG_FILE}, {WEIGHTS_FILE})")
    meta = read_json(path / CONFIG_FILE, "RNN LM config")
    if meta.get("model_type") != MODEL_TYPE:
        raise GenforgeError(f"{path}/{CONFIG_FILE} is not a {MODEL_TYPE} config")
    fields = {k: meta[k] for k in RNNLMConfig.__dataclass_fields__ if k in meta}
    model = RNNLM(RNNLMConfig(**fields))
    state = load_file(str(path / WEIGHTS_FILE))
    missing, unexpected = model.load_state_dict(state, strict=False)
    allowed = {"lm_head.weight"} if model.config.tie_embeddings else set()
    if set(missing) - allowed or unexpected:
        raise GenforgeError(
            f"{path}/{WEIGHTS_FILE} does not match its config (missing {sorted(missing)}, "
            f"unexpected {sorted(unexpected)}); the model dir is damaged"
        )
    return model.to(device)


class ByteCodec:
    """UTF-8 bytes as token ids 0..255 with BOS = 256: the character-level tokenizer."""

    vocab_size = 257
    bos_id = 256

    def encode(self, text: str) -> list[int]:
        """The UTF-8 bytes of ``text``."""
        return list(text.encode("utf-8"))

    def decode(self, ids: list[int]) -> str:
        """Bytes back to text (BOS dropped, invalid UTF-8 replaced)."""
        return bytes(i for i in ids if i < 256).decode("utf-8", errors="replace")
