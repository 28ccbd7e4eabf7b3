"""Shared fixtures for the from-scratch tests."""

import pytest
import torch


@pytest.fixture
def torch_float64_default():
    """Compare against torch in float64; restore the default so other tests see float32.

    Modules that compare with torch opt in with
    ``pytestmark = pytest.mark.usefixtures("torch_float64_default")``.
    """
    before = torch.get_default_dtype()
    torch.set_default_dtype(torch.float64)
    yield
    torch.set_default_dtype(before)
