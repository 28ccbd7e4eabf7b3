"""Recurrent cells and layers written out by hand: Elman RNN, LSTM and GRU.

Parameter names, shapes and gate order are PyTorch's, so ``state_dict``s copy both ways
between these modules and ``torch.nn.RNN/LSTM/GRU`` (and the ``*Cell`` variants):

- cell: ``weight_ih`` (G*H, I), ``weight_hh`` (G*H, H), ``bias_ih`` (G*H), ``bias_hh`` (G*H)
- layer stack: the same four per layer, suffixed ``_l{k}`` (``_l{k}_reverse`` for the
  backward direction of a bidirectional stack)
- gates G: RNN 1; LSTM 4 in order (input, forget, cell candidate, output); GRU 3 in order
  (reset, update, candidate).

Only ``torch`` tensor algebra is used (matmul, sigmoid, tanh); no cuDNN/``torch.nn.RNN``
kernels. The input projection of a whole sequence is one matmul per layer, hoisted out of
the time loop, because only the hidden-to-hidden product depends on the previous step.
"""

from __future__ import annotations

import math
from typing import Literal

import torch
from torch import nn

from genforge.errors import GenforgeError

Mode = Literal["rnn_tanh", "rnn_relu", "lstm", "gru"]
GATES = {"rnn_tanh": 1, "rnn_relu": 1, "lstm": 4, "gru": 3}


def _uniform_init(params: list[nn.Parameter], hidden_size: int) -> None:
    # PyTorch's default for recurrent weights and biases: U(-1/sqrt(H), 1/sqrt(H)).
    bound = 1.0 / math.sqrt(hidden_size)
    for p in params:
        nn.init.uniform_(p, -bound, bound)


def rnn_step(
    gi: torch.Tensor,
    h: torch.Tensor,
    w_hh: torch.Tensor,
    b_hh: torch.Tensor | None,
    nonlinearity: str = "tanh",
) -> torch.Tensor:
    """One Elman step: ``act(gi + h W_hh^T + b_hh)``; ``gi`` is the input projection (B, H)."""
    pre = gi + h @ w_hh.T
    if b_hh is not None:
        pre = pre + b_hh
    return torch.tanh(pre) if nonlinearity == "tanh" else torch.relu(pre)


def lstm_step(
    gi: torch.Tensor,
    h: torch.Tensor,
    c: torch.Tensor,
    w_hh: torch.Tensor,
    b_hh: torch.Tensor | None,
) -> tuple[torch.Tensor, torch.Tensor]:
    """One LSTM step from the input projection ``gi`` (B, 4H); returns (h', c'), each (B, H)."""
    gates = gi + h @ w_hh.T
    if b_hh is not None:
        gates = gates + b_hh
    i, f, g, o = gates.chunk(4, dim=-1)
    c_next = torch.sigmoid(f) * c + torch.sigmoid(i) * torch.tanh(g)
    h_next = torch.sigmoid(o) * torch.tanh(c_next)
    return h_next, c_next


def gru_step(
    gi: torch.Tensor, h: torch.Tensor, w_hh: torch.Tensor, b_hh: torch.Tensor | None
) -> torch.Tensor:
    """One GRU step from the input projection ``gi`` (B, 3H); returns h' (B, H).

    The reset gate multiplies the hidden projection *including* its bias (PyTorch's and
    cuDNN's formulation), not the hidden state before projection as in Cho et al. (2014).
    """
    gh = h @ w_hh.T
    if b_hh is not None:
        gh = gh + b_hh
    i_r, i_z, i_n = gi.chunk(3, dim=-1)
    h_r, h_z, h_n = gh.chunk(3, dim=-1)
    r = torch.sigmoid(i_r + h_r)
    z = torch.sigmoid(i_z + h_z)
    n = torch.tanh(i_n + r * h_n)
    return (1.0 - z) * n + z * h


def _input_projection(
    x: torch.Tensor, w_ih: torch.Tensor, b_ih: torch.Tensor | None
) -> torch.Tensor:
    out = x @ w_ih.T
    return out + b_ih if b_ih is not None else out


class _CellBase(nn.Module):
    gates = 1

    def __init__(self, input_size: int, hidden_size: int, bias: bool = True) -> None:
        super().__init__()
        if input_size < 1 or hidden_size < 1:
            raise GenforgeError(
                f"input_size and hidden_size must be >= 1, got {input_size}, {hidden_size}"
            )
        self.input_size, self.hidden_size, self.bias = input_size, hidden_size, bias
        g = self.gates * hidden_size
        self.weight_ih = nn.Parameter(torch.empty(g, input_size))
        self.weight_hh = nn.Parameter(torch.empty(g, hidden_size))
        if bias:
            self.bias_ih = nn.Parameter(torch.empty(g))
            self.bias_hh = nn.Parameter(torch.empty(g))
        else:
            self.register_parameter("bias_ih", None)
            self.register_parameter("bias_hh", None)
        _uniform_init([p for p in self.parameters()], hidden_size)

    def _zeros(self, x: torch.Tensor) -> torch.Tensor:
        return x.new_zeros(*x.shape[:-1], self.hidden_size)

    def _check(self, x: torch.Tensor) -> None:
        if x.shape[-1] != self.input_size:
            raise GenforgeError(
                f"input has {x.shape[-1]} features but the cell expects {self.input_size}"
            )


class RNNCell(_CellBase):
    """Elman cell: h' = act(x W_ih^T + b_ih + h W_hh^T + b_hh); x (B, I), h (B, H)."""

    gates = 1

    def __init__(
        self,
        input_size: int,
        hidden_size: int,
        bias: bool = True,
        nonlinearity: Literal["tanh", "relu"] = "tanh",
    ) -> None:
        if nonlinearity not in ("tanh", "relu"):
            raise GenforgeError(f"nonlinearity must be 'tanh' or 'relu', got {nonlinearity!r}")
        super().__init__(input_size, hidden_size, bias)
        self.nonlinearity = nonlinearity

    def forward(self, x: torch.Tensor, h: torch.Tensor | None = None) -> torch.Tensor:
        """x (B, I) or (I,), h like x but H wide (zeros if None) -> h' (B, H)."""
        self._check(x)
        h = self._zeros(x) if h is None else h
        gi = _input_projection(x, self.weight_ih, self.bias_ih)
        return rnn_step(gi, h, self.weight_hh, self.bias_hh, self.nonlinearity)


class LSTMCell(_CellBase):
    """LSTM cell (gates i, f, g, o): returns (h', c') for x (B, I) and state (h, c) (B, H)."""

    gates = 4

    def forward(
        self, x: torch.Tensor, state: tuple[torch.Tensor, torch.Tensor] | None = None
    ) -> tuple[torch.Tensor, torch.Tensor]:
        """x (B, I), state (h, c) each (B, H), zeros if None -> (h', c')."""
        self._check(x)
        h, c = (self._zeros(x), self._zeros(x)) if state is None else state
        gi = _input_projection(x, self.weight_ih, self.bias_ih)
        return lstm_step(gi, h, c, self.weight_hh, self.bias_hh)


class GRUCell(_CellBase):
    """GRU cell (gates r, z, n): h' = (1 - z) * n + z * h for x (B, I), h (B, H)."""

    gates = 3

    def forward(self, x: torch.Tensor, h: torch.Tensor | None = None) -> torch.Tensor:
        """x (B, I), h (B, H) (zeros if None) -> h' (B, H)."""
        self._check(x)
        h = self._zeros(x) if h is None else h
        gi = _input_projection(x, self.weight_ih, self.bias_ih)
        return gru_step(gi, h, self.weight_hh, self.bias_hh)


class RecurrentStack(nn.Module):
    """Multi-layer recurrent network over whole sequences, PyTorch's parameter layout.

    Input (T, B, I), or (B, T, I) with ``batch_first``; unbatched (T, I) also works.
    Returns (output, h_n) — (output, (h_n, c_n)) for LSTM — where output holds the top
    layer's hidden state at every step, (T, B, D*H) or (B, T, D*H), and h_n/c_n are
    (num_layers*D, B, H), D = 2 if ``bidirectional`` else 1, ordered layer by layer with
    the forward direction first. A bidirectional layer runs a second, independent set of
    weights (``*_reverse``) over the reversed sequence and concatenates both outputs.
    Dropout (training only) applies to each layer's output except the last, as in PyTorch.
    """

    def __init__(
        self,
        mode: Mode,
        input_size: int,
        hidden_size: int,
        num_layers: int = 1,
        bias: bool = True,
        batch_first: bool = False,
        dropout: float = 0.0,
        bidirectional: bool = False,
    ) -> None:
        super().__init__()
        if mode not in GATES:
            raise GenforgeError(f"mode must be one of {sorted(GATES)}, got {mode!r}")
        if input_size < 1 or hidden_size < 1 or num_layers < 1:
            raise GenforgeError(
                "input_size, hidden_size and num_layers must be >= 1, got "
                f"{input_size}, {hidden_size}, {num_layers}"
            )
        if not 0.0 <= dropout < 1.0:
            raise GenforgeError(f"dropout must be in [0, 1), got {dropout}")
        self.mode, self.input_size, self.hidden_size = mode, input_size, hidden_size
        self.num_layers, self.bias, self.batch_first = num_layers, bias, batch_first
        self.dropout, self.bidirectional = dropout, bidirectional
        self.directions = 2 if bidirectional else 1
        g = GATES[mode] * hidden_size
        # Registration order is PyTorch's (layer, then direction, then ih/hh weights and
        # biases) so state_dict keys line up one to one, in order too.
        for k in range(num_layers):
            width = input_size if k == 0 else hidden_size * self.directions
            for suffix in self._suffixes(k):
                self.register_parameter(f"weight_ih{suffix}", nn.Parameter(torch.empty(g, width)))
                self.register_parameter(
                    f"weight_hh{suffix}", nn.Parameter(torch.empty(g, hidden_size))
                )
                if bias:
                    self.register_parameter(f"bias_ih{suffix}", nn.Parameter(torch.empty(g)))
                    self.register_parameter(f"bias_hh{suffix}", nn.Parameter(torch.empty(g)))
        _uniform_init(list(self.parameters()), hidden_size)

    def _suffixes(self, k: int) -> list[str]:
        return [f"_l{k}", f"_l{k}_reverse"][: self.directions]

    def _params(
        self, suffix: str
    ) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor | None, torch.Tensor | None]:
        return (
            getattr(self, f"weight_ih{suffix}"),
            getattr(self, f"weight_hh{suffix}"),
            getattr(self, f"bias_ih{suffix}", None),
            getattr(self, f"bias_hh{suffix}", None),
        )

    def _run_direction(
        self,
        layer_in: torch.Tensor,
        suffix: str,
        h: torch.Tensor,
        c: torch.Tensor | None,
        reverse: bool,
    ) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor | None]:
        """One direction of one layer over (T, B, width) -> (outputs (T, B, H), h_T, c_T)."""
        w_ih, w_hh, b_ih, b_hh = self._params(suffix)
        gi = _input_projection(layer_in, w_ih, b_ih)  # (T, B, G*H) in one matmul
        steps = layer_in.shape[0]
        outs: list[torch.Tensor] = []
        for t in range(steps - 1, -1, -1) if reverse else range(steps):
            if self.mode == "lstm":
                h, c = lstm_step(gi[t], h, c, w_hh, b_hh)
            elif self.mode == "gru":
                h = gru_step(gi[t], h, w_hh, b_hh)
            else:
                h = rnn_step(gi[t], h, w_hh, b_hh, self.mode.removeprefix("rnn_"))
            outs.append(h)
        if reverse:
            outs.reverse()  # output[t] is the state after reading x[t:], aligned with x[t]
        if not outs:
            return layer_in.new_zeros(0, layer_in.shape[1], self.hidden_size), h, c
        return torch.stack(outs), h, c

    def forward(self, x: torch.Tensor, hx=None):
        """Run the stack over a sequence; see the class docstring for shapes."""
        unbatched = x.dim() == 2
        if unbatched:
            x = x.unsqueeze(1)  # (T, 1, I)
        elif x.dim() != 3:
            raise GenforgeError(f"input must be 2-D or 3-D, got shape {tuple(x.shape)}")
        elif self.batch_first:
            x = x.transpose(0, 1)
        if x.shape[-1] != self.input_size:
            raise GenforgeError(
                f"input has {x.shape[-1]} features but the layer expects {self.input_size}"
            )
        h0, c0 = self._initial_state(x, hx, unbatched, x.shape[1])
        h_last, c_last = [], []
        layer_in = x
        for k in range(self.num_layers):
            outputs = []
            for d, suffix in enumerate(self._suffixes(k)):
                idx = k * self.directions + d
                out, h, c = self._run_direction(
                    layer_in, suffix, h0[idx], c0[idx] if c0 is not None else None, d == 1
                )
                outputs.append(out)
                h_last.append(h)
                if c is not None:
                    c_last.append(c)
            layer_out = outputs[0] if len(outputs) == 1 else torch.cat(outputs, dim=-1)
            if self.dropout > 0 and self.training and k < self.num_layers - 1:
                layer_out = nn.functional.dropout(layer_out, self.dropout, training=True)
            layer_in = layer_out
        output = layer_in
        h_n = torch.stack(h_last)
        c_n = torch.stack(c_last) if c_last else None
        if unbatched:
            output, h_n = output.squeeze(1), h_n.squeeze(1)
            c_n = c_n.squeeze(1) if c_n is not None else None
        elif self.batch_first:
            output = output.transpose(0, 1)
        return (output, (h_n, c_n)) if self.mode == "lstm" else (output, h_n)

    def _initial_state(self, x: torch.Tensor, hx, unbatched: bool, batch: int):
        shape = (self.num_layers * self.directions, batch, self.hidden_size)
        zeros = x.new_zeros(shape)
        if hx is None:
            return zeros, (zeros if self.mode == "lstm" else None)
        if self.mode == "lstm":
            if not isinstance(hx, tuple | list) or len(hx) != 2:
                raise GenforgeError("an LSTM's initial state must be a tuple (h_0, c_0)")
            h0, c0 = hx
        else:
            h0, c0 = hx, None
        states = [h0] if c0 is None else [h0, c0]
        fixed = []
        for s in states:
            s = s.unsqueeze(1) if unbatched else s
            if tuple(s.shape) != shape:
                raise GenforgeError(
                    f"initial state must be shaped {shape} (num_layers * directions, batch, "
                    f"hidden); got {tuple(s.shape)}"
                )
            fixed.append(s)
        return fixed[0], (fixed[1] if len(fixed) > 1 else None)


class RNN(RecurrentStack):
    """Multi-layer Elman RNN (tanh or relu, optionally bidirectional); drop-in for ``nn.RNN``."""

    def __init__(
        self,
        input_size: int,
        hidden_size: int,
        num_layers: int = 1,
        nonlinearity: Literal["tanh", "relu"] = "tanh",
        bias: bool = True,
        batch_first: bool = False,
        dropout: float = 0.0,
        bidirectional: bool = False,
    ) -> None:
        if nonlinearity not in ("tanh", "relu"):
            raise GenforgeError(f"nonlinearity must be 'tanh' or 'relu', got {nonlinearity!r}")
        super().__init__(
            f"rnn_{nonlinearity}",
            input_size,
            hidden_size,
            num_layers,
            bias,
            batch_first,
            dropout,
            bidirectional,
        )


class LSTM(RecurrentStack):
    """Multi-layer (optionally bidirectional) LSTM; drop-in for ``torch.nn.LSTM`` (no proj_size)."""

    def __init__(
        self,
        input_size: int,
        hidden_size: int,
        num_layers: int = 1,
        bias: bool = True,
        batch_first: bool = False,
        dropout: float = 0.0,
        bidirectional: bool = False,
    ) -> None:
        super().__init__(
            "lstm", input_size, hidden_size, num_layers, bias, batch_first, dropout, bidirectional
        )


class GRU(RecurrentStack):
    """Multi-layer (optionally bidirectional) GRU; drop-in for ``torch.nn.GRU``."""

    def __init__(
        self,
        input_size: int,
        hidden_size: int,
        num_layers: int = 1,
        bias: bool = True,
        batch_first: bool = False,
        dropout: float = 0.0,
        bidirectional: bool = False,
    ) -> None:
        super().__init__(
            "gru", input_size, hidden_size, num_layers, bias, batch_first, dropout, bidirectional
        )
