"""Shared test set-up: every test runs offline and deterministic."""

import os
import sys

import pytest

# Tests must never reach a model hub; transformers and huggingface_hub honour these.
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_teardown(item):
    """Fail loudly if a test leaks a changed torch default dtype into the rest of the suite."""
    yield  # fixtures are finalized first
    torch = sys.modules.get("torch")
    if torch is not None and torch.get_default_dtype() != torch.float32:
        torch.set_default_dtype(torch.float32)
        raise AssertionError(f"{item.nodeid} left torch's default dtype changed")
