"""Hand-written RNN/LSTM/GRU against torch.nn with copied weights: outputs and gradients."""

import pytest
import torch
from torch import nn

from genforge.errors import GenforgeError
from genforge.models.rnn import GRU, LSTM, RNN, GRUCell, LSTMCell, RNNCell

TOL = 1e-5


pytestmark = pytest.mark.usefixtures("one_thread")


def _grads(module: nn.Module) -> dict[str, torch.Tensor]:
    return {n: p.grad.clone() for n, p in module.named_parameters()}


def _assert_close(a: torch.Tensor, b: torch.Tensor) -> None:
    assert a.shape == b.shape
    assert torch.allclose(a, b, atol=TOL, rtol=0), float((a - b).abs().max())


CELLS = [
    (RNNCell, nn.RNNCell, {"nonlinearity": "tanh"}),
    (RNNCell, nn.RNNCell, {"nonlinearity": "relu"}),
    (LSTMCell, nn.LSTMCell, {}),
    (GRUCell, nn.GRUCell, {}),
]


@pytest.mark.parametrize(("ours_cls", "ref_cls", "kw"), CELLS)
@pytest.mark.parametrize("bias", [True, False])
def test_cell_matches_torch_outputs_and_gradients(ours_cls, ref_cls, kw, bias):
    torch.manual_seed(0)
    ref = ref_cls(5, 7, bias=bias, **kw)
    ours = ours_cls(5, 7, bias=bias, **kw)
    ours.load_state_dict(ref.state_dict())  # same names and shapes: copies directly
    x = torch.randn(4, 5)
    x_ref, x_ours = x.clone().requires_grad_(), x.clone().requires_grad_()
    h = torch.randn(4, 7)
    if ours_cls is LSTMCell:
        c = torch.randn(4, 7)
        out_ref = torch.cat(ref(x_ref, (h, c)), -1)
        out_ours = torch.cat(ours(x_ours, (h, c)), -1)
    else:
        out_ref, out_ours = ref(x_ref, h), ours(x_ours, h)
    _assert_close(out_ours, out_ref)
    weight = torch.randn_like(out_ref)  # a generic upstream gradient, not all-ones
    (out_ref * weight).sum().backward()
    (out_ours * weight).sum().backward()
    _assert_close(x_ours.grad, x_ref.grad)
    g_ref, g_ours = _grads(ref), _grads(ours)
    assert g_ref.keys() == g_ours.keys()
    for name in g_ref:
        _assert_close(g_ours[name], g_ref[name])


def test_cell_zero_initial_state_matches_torch():
    torch.manual_seed(1)
    ref, ours = nn.GRUCell(3, 4), GRUCell(3, 4)
    ours.load_state_dict(ref.state_dict())
    x = torch.randn(2, 3)
    _assert_close(ours(x), ref(x))


STACKS = [
    (RNN, nn.RNN, {"nonlinearity": "tanh"}),
    (RNN, nn.RNN, {"nonlinearity": "relu"}),
    (LSTM, nn.LSTM, {}),
    (GRU, nn.GRU, {}),
]


@pytest.mark.parametrize(("ours_cls", "ref_cls", "kw"), STACKS)
@pytest.mark.parametrize(
    ("num_layers", "batch_first", "bias", "bidirectional"),
    [
        (1, False, True, False),
        (3, True, True, False),
        (2, True, False, False),
        (2, False, True, True),
    ],
)
def test_stack_matches_torch_outputs_and_gradients(
    ours_cls, ref_cls, kw, num_layers, batch_first, bias, bidirectional
):
    torch.manual_seed(2)
    size = dict(input_size=6, hidden_size=8, num_layers=num_layers, bias=bias)
    ref = ref_cls(batch_first=batch_first, bidirectional=bidirectional, **size, **kw)
    ours = ours_cls(batch_first=batch_first, bidirectional=bidirectional, **size, **kw)
    assert list(ours.state_dict()) == list(ref.state_dict())  # same names, same order
    ours.load_state_dict(ref.state_dict())
    batch, steps = 3, 9
    x = torch.randn(batch, steps, 6) if batch_first else torch.randn(steps, batch, 6)
    states = num_layers * (2 if bidirectional else 1)
    h0 = torch.randn(states, batch, 8)
    x_ref, x_ours = x.clone().requires_grad_(), x.clone().requires_grad_()
    h_ref, h_ours = h0.clone().requires_grad_(), h0.clone().requires_grad_()
    if ours_cls is LSTM:
        c0 = torch.randn(states, batch, 8)
        y_ref, (hn_ref, cn_ref) = ref(x_ref, (h_ref, c0))
        y_ours, (hn_ours, cn_ours) = ours(x_ours, (h_ours, c0))
        _assert_close(cn_ours, cn_ref)
        extra_ref, extra_ours = cn_ref.sum(), cn_ours.sum()
    else:
        y_ref, hn_ref = ref(x_ref, h_ref)
        y_ours, hn_ours = ours(x_ours, h_ours)
        extra_ref = extra_ours = 0.0
    _assert_close(y_ours, y_ref)
    _assert_close(hn_ours, hn_ref)
    w_y, w_h = torch.randn_like(y_ref), torch.randn_like(hn_ref)
    ((y_ref * w_y).sum() + (hn_ref * w_h).sum() + extra_ref).backward()
    ((y_ours * w_y).sum() + (hn_ours * w_h).sum() + extra_ours).backward()
    _assert_close(x_ours.grad, x_ref.grad)
    _assert_close(h_ours.grad, h_ref.grad)
    g_ref, g_ours = _grads(ref), _grads(ours)
    assert g_ref.keys() == g_ours.keys()
    for name in g_ref:
        _assert_close(g_ours[name], g_ref[name])


@pytest.mark.parametrize(("ours_cls", "ref_cls"), [(LSTM, nn.LSTM), (GRU, nn.GRU), (RNN, nn.RNN)])
def test_weights_copy_from_ours_to_torch_and_unbatched_input(ours_cls, ref_cls):
    torch.manual_seed(3)
    ours = ours_cls(4, 5, num_layers=2)
    ref = ref_cls(4, 5, num_layers=2)
    ref.load_state_dict(ours.state_dict())
    x = torch.randn(7, 4)  # unbatched (T, I)
    y_ours, state_ours = ours(x)
    y_ref, state_ref = ref(x)
    _assert_close(y_ours, y_ref)
    for a, b in zip(
        state_ours if isinstance(state_ours, tuple) else (state_ours,),
        state_ref if isinstance(state_ref, tuple) else (state_ref,),
    ):
        _assert_close(a, b)


def test_dropout_between_layers_only_in_training():
    torch.manual_seed(4)
    ref = nn.LSTM(4, 6, num_layers=2, dropout=0.5)
    ours = LSTM(4, 6, num_layers=2, dropout=0.5)
    ours.load_state_dict(ref.state_dict())
    x = torch.randn(5, 2, 4)
    ref.eval(), ours.eval()
    _assert_close(ours(x)[0], ref(x)[0])
    ours.train()
    assert not torch.allclose(ours(x)[0], ref(x)[0], atol=1e-3)


def test_default_init_matches_torch_distribution():
    ours = LSTM(10, 64)
    bound = 1 / 64**0.5
    for p in ours.parameters():
        assert p.abs().max() <= bound
        assert p.std() > 0.5 * bound / 3**0.5  # uniform on [-b, b] has std b / sqrt(3)


def test_bad_input_is_a_clear_error():
    with pytest.raises(GenforgeError, match="features"):
        GRU(4, 5)(torch.randn(3, 2, 6))
    with pytest.raises(GenforgeError, match="initial state"):
        LSTM(4, 5)(torch.randn(3, 2, 4), torch.zeros(1, 2, 5))
    with pytest.raises(GenforgeError, match="shaped"):
        RNN(4, 5, num_layers=2)(torch.randn(3, 2, 4), torch.zeros(1, 2, 5))
    with pytest.raises(GenforgeError, match="nonlinearity"):
        RNNCell(3, 3, nonlinearity="sigmoid")


@pytest.mark.parametrize("cls", [LSTM, GRU])
def test_gated_layers_learn_to_remember_the_first_token(cls):
    """Recall the first of 8 random bits: needs memory across the whole sequence."""
    torch.manual_seed(0)
    net, head = cls(1, 16, batch_first=True), nn.Linear(16, 2)
    opt = torch.optim.Adam([*net.parameters(), *head.parameters()], lr=1e-2)
    for _ in range(200):
        bits = torch.randint(0, 2, (64, 8))
        out, _ = net(bits.float().unsqueeze(-1) * 2 - 1)
        loss = nn.functional.cross_entropy(head(out[:, -1]), bits[:, 0])
        opt.zero_grad()
        loss.backward()
        opt.step()
    bits = torch.randint(0, 2, (512, 8))
    with torch.no_grad():
        pred = head(net(bits.float().unsqueeze(-1) * 2 - 1)[0][:, -1]).argmax(-1)
    assert (pred == bits[:, 0]).float().mean() > 0.95
