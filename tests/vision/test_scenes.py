"""Procedural scenes: determinism, exact captions/answers, and the compositional hold-out."""

import numpy as np
import pytest

from genforge.errors import GenforgeError
from genforge.vision import scenes as sc


def test_splits_are_deterministic_and_distinct():
    a = sc.make_split("test", 20, seed=3)
    b = sc.make_split("test", 20, seed=3)
    assert np.array_equal(a.images, b.images) and a.captions == b.captions
    assert a.images.shape == (20, 32, 32, 3) and a.images.dtype == np.uint8
    train = sc.make_split("train", 20, seed=3)
    assert train.captions != a.captions


def test_compositional_pairs_never_in_train_or_test():
    for split in ("train", "test"):
        s = sc.make_split(split, 400, seed=0, size=16)
        pairs = {(o.colour, o.shape) for scene in s.scenes for o in scene.objects}
        assert not pairs & sc.HELD_OUT_PAIRS
        assert {c for c, _ in pairs} == set(sc.COLOURS)
        assert {sh for _, sh in pairs} == set(sc.SHAPES)
    comp = sc.make_split("compositional", 100, seed=0, size=16)
    assert all((o.colour, o.shape) in sc.HELD_OUT_PAIRS for s in comp.scenes for o in s.objects)


def test_render_draws_each_object_in_its_cell_in_its_colour():
    scene = sc.Scene(
        (
            sc.SceneObject("square", "red", "large", 0, 0),
            sc.SceneObject("circle", "blue", "small", 2, 2),
        ),
        seed=1,
    )
    img = sc.render(scene, size=48, noise=0.0).astype(int)
    assert tuple(img[8, 8]) == sc.RGB["red"]  # centre of the top-left cell
    assert tuple(img[40, 40]) == sc.RGB["blue"]
    assert tuple(img[24, 24]) == sc.BACKGROUND  # empty middle cell
    expected = "a large red square at top left and a small blue circle at bottom right"
    assert sc.caption(scene) == expected


def test_questions_are_answered_by_the_scene_graph():
    scene = sc.Scene(
        (
            sc.SceneObject("circle", "red", "small", 0, 1),
            sc.SceneObject("circle", "green", "large", 1, 0),
            sc.SceneObject("cross", "green", "small", 1, 2),
        ),
        seed=0,
    )
    qas = {q.kind: q for q in sc.questions(scene, np.random.default_rng(0))}
    assert qas["colour"].question == "what colour is the cross?"
    assert qas["colour"].answer == "green"
    assert qas["shape"].question == "what shape is the red object?"
    assert qas["shape"].answer == "circle"
    assert qas["count"].answer == "3"
    rel = qas["relation"]
    for o in scene.objects:
        if f"where is the {o.colour} {o.shape} relative" in rel.question:
            a = o
    assert rel.answer in {"above", "below", "left of", "right of"}
    if a.row == 0:
        assert rel.answer == "above"
    assert qas["exists"].answer in {"yes", "no"}


def test_bad_arguments_name_the_problem():
    with pytest.raises(GenforgeError, match="unknown scene split"):
        sc.make_split("val", 3)
    with pytest.raises(GenforgeError, match="size >= 16"):
        sc.render(sc.sample_scene(np.random.default_rng(0)), size=8)


def test_grid_png(tmp_path):
    s = sc.make_split("train", 6, size=16)
    path = sc.save_grid(s.images, tmp_path / "g.png", columns=3)
    from PIL import Image

    assert Image.open(path).size == (3 * 18 * 2, 2 * 18 * 2)
