"""Position-wise feed-forward blocks."""

from __future__ import annotations

import torch
import torch.nn.functional as F
from torch import nn


class SwiGLU(nn.Module):
    """Gated MLP of Llama (Shazeer 2020): ``down(silu(gate(x)) * up(x))``, no biases.

    Names follow Hugging Face Llama (gate_proj, up_proj, down_proj) so export is a copy.
    """

    def __init__(self, dim: int, hidden: int, bias: bool = False) -> None:
        super().__init__()
        self.gate_proj = nn.Linear(dim, hidden, bias=bias)
        self.up_proj = nn.Linear(dim, hidden, bias=bias)
        self.down_proj = nn.Linear(hidden, dim, bias=bias)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.down_proj(F.silu(self.gate_proj(x)) * self.up_proj(x))


class GeluMLP(nn.Module):
    """GPT-2 MLP: ``proj(gelu_tanh(fc(x)))`` with biases.

    GPT-2 was trained with the tanh approximation of GELU (HF's ``gelu_new``); using the exact
    erf form would change logits after export by ~1e-3, so the approximation is kept.
    """

    def __init__(self, dim: int, hidden: int, bias: bool = True) -> None:
        super().__init__()
        self.fc = nn.Linear(dim, hidden, bias=bias)
        self.proj = nn.Linear(hidden, dim, bias=bias)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.proj(F.gelu(self.fc(x), approximate="tanh"))
