"""The hand-written sets the guard trains on since v8, and the sets that stay held out."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from genforge.errors import GenforgeError
from genforge.safety.guard_handwritten import (
    TRAINING_SETS,
    handwritten_examples,
    handwritten_set,
)

ROOT = Path(__file__).resolve().parents[2]


def _held_out_sets() -> dict[int, tuple[list[str], list[str]]]:
    """The held-out sets: every ``benchmarks/guard_independentN_data.py``."""
    sets = {}
    for path in sorted((ROOT / "benchmarks").glob("guard_independent*_data.py")):
        spec = importlib.util.spec_from_file_location(path.stem, path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        sets[int(path.stem.removeprefix("guard_independent").removesuffix("_data"))] = (
            module.ATTACKS,
            module.BENIGN,
        )
    return sets


def test_every_training_set_is_labelled_by_set_and_can_be_left_out():
    examples = handwritten_examples()
    sizes = {n: sum(len(part) for part in handwritten_set(n)) for n in TRAINING_SETS}
    assert len(examples) == sum(sizes.values()) > 1000
    for n in TRAINING_SETS:
        attacks, benign = handwritten_set(n)
        assert attacks and benign
        fams = {e.family: e.label for e in examples if e.text in set(attacks) | set(benign)}
        assert fams.get(f"handwritten{n}_attack") == 1
        assert fams.get(f"handwritten{n}_benign") == 0
    rest = handwritten_examples(without=[7, 3])
    assert len(rest) == len(examples) - sizes[7] - sizes[3]
    assert not {e.family for e in rest} & {
        f"handwritten{n}_{k}" for n in (3, 7) for k in ("attack", "benign")
    }


def test_unknown_sets_fail_before_any_training():
    from genforge.safety.guard_train import default_guard

    with pytest.raises(GenforgeError, match="no hand-written training set 55"):
        handwritten_examples(without=[55])
    with pytest.raises(GenforgeError, match="no hand-written training set 99"):
        default_guard(without=99)


def test_the_held_out_sets_are_not_training_data():
    """The sets under benchmarks/ measure the guard; none of their texts may reach training."""
    from genforge.safety.guard_corpus import build_corpus

    held_out = _held_out_sets()
    assert 55 in held_out and not {16, 27, 32, 33, 38, 43, 49} & set(held_out)
    training = {e.text for e in handwritten_examples()} | {e.text for e in build_corpus(60, 0)}
    for n, (attacks, benign) in held_out.items():
        assert len(attacks) > 100 and len(benign) > 100
        assert n not in TRAINING_SETS
        assert not training & (set(attacks) | set(benign))
