"""The one CPU-thread helper and the one wrapper-unwrapping helper."""

import pytest
import torch

from genforge.errors import GenforgeError
from genforge.modeldir import unwrap
from genforge.nn.device import cpu_threads, pick_cpu_threads


def test_cpu_threads_restores_the_callers_count_whatever_the_block_set():
    before = torch.get_num_threads()
    with cpu_threads(1) as n:
        assert n == 1 and torch.get_num_threads() == 1
    assert torch.get_num_threads() == before
    with cpu_threads():
        torch.set_num_threads(1)  # e.g. a pick inside the stage
    assert torch.get_num_threads() == before
    with pytest.raises(RuntimeError), cpu_threads(1):
        raise RuntimeError("the stage failed")
    assert torch.get_num_threads() == before
    with pytest.raises(GenforgeError, match="threads must be >= 1"), cpu_threads(0):
        pass


def test_pick_cpu_threads_measures_one_against_all_and_keeps_the_faster():
    every = torch.get_num_threads()
    calls = []

    def seconds() -> float:
        calls.append(torch.get_num_threads())
        return 1.0 if torch.get_num_threads() == 1 else 2.0  # one thread "wins"

    with cpu_threads():
        best, timings = pick_cpu_threads(None, torch.device("cpu"), seconds)
        if every > 1:
            assert best == 1 and torch.get_num_threads() == 1
            assert sorted(calls) == [1, every] and set(timings) == {1, every}
        else:
            assert best == 1 and not calls
        assert pick_cpu_threads(1, torch.device("cpu"), seconds)[0] == 1
        assert pick_cpu_threads(None, torch.device("meta"), seconds) == (
            torch.get_num_threads(),
            {},
        )


class _HasModuleChild(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.module = torch.nn.Linear(2, 2)


def test_unwrap_opens_only_real_wrappers():
    own = _HasModuleChild()
    assert unwrap(own) is own  # a child called `module` is not a wrapper
    inner = torch.nn.Linear(2, 2)
    assert unwrap(torch.nn.DataParallel(inner)) is inner
    compiled = torch.compile(inner)
    assert unwrap(compiled) is inner
