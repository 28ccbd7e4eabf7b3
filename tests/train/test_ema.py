"""The weight average shared by the diffusion/GAN samplers and the RL policy."""

from __future__ import annotations

import pytest
import torch
from torch import nn

from genforge.train.ema import WeightAverage


def test_weight_average_matches_the_closed_form_and_leaves_the_source_alone():
    model = nn.Linear(1, 1, bias=False)
    with torch.no_grad():
        model.weight.fill_(0.0)
    avg = WeightAverage(model, decay=0.5)
    assert not any(p.requires_grad for p in avg.model.parameters())
    want = 0.0
    for n, w in enumerate([1.0, 2.0, 4.0, 8.0], start=1):
        with torch.no_grad():
            model.weight.fill_(w)
        avg.update()
        d = min(0.5, (1 + n) / (10 + n))  # the warm-up, then the decay
        want = d * want + (1 - d) * w
        assert avg.model.weight.item() == pytest.approx(want)
    assert model.weight.item() == 8.0 and avg.updates == 4
