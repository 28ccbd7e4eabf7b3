"""Shared test set-up: every test runs offline and deterministic."""

import os
import socket
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


@pytest.fixture
def free_port() -> int:
    """A TCP port free on 127.0.0.1 now, for a server a test starts as its own process."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def one_thread():
    """One torch thread for a whole test module (opt in with
    ``pytestmark = pytest.mark.usefixtures("one_thread")``).

    The tiny models in tests run fastest on one thread: on a busy 2-core machine two
    intra-op threads spin against each other (10x slower steps were measured), and engine
    threads add pools of their own. Module scope so module-scoped fixtures that train get
    it too; the previous count is restored afterwards.
    """
    import torch

    before = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(before)
