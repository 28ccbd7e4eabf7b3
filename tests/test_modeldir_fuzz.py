"""Hostile model dirs: every broken config.json or model.safetensors must end in one clear
GenforgeError within a few seconds and bounded memory, or load a model whose logits are
finite. Regression tests for issue 21's findings first, then a property-based fuzz over
mutated config fields and tensors."""

from __future__ import annotations

import json
import math
import re
import shutil
import struct
import sysconfig
import time
from pathlib import Path

import pytest
import torch
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from safetensors.torch import load_file, save_file

from genforge.errors import GenforgeError
from genforge.modeldir import load_model_dir, save_model_dir
from genforge.models.gpt import GPT, GPTConfig
from genforge.tokenizer import train_tokenizer

TIME_LIMIT_S = 5.0  # a clear error (or a model) within a few seconds ...
MEMORY_LIMIT_MB = 300  # ... and without more than this much extra peak memory

FUZZ = settings(
    max_examples=120,
    deadline=None,
    derandomize=True,  # the same examples every run: a failure here is reproducible
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@pytest.fixture(scope="module")
def base_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    text = (Path(sysconfig.get_paths()["stdlib"]) / "textwrap.py").read_text(encoding="utf-8")
    tok = train_tokenizer([text], vocab_size=300)
    torch.manual_seed(0)
    cfg = GPTConfig(vocab_size=tok.vocab_size, n_layer=2, n_head=4, n_embd=32, block_size=64)
    return save_model_dir(tmp_path_factory.mktemp("fuzz") / "base", GPT(cfg), tok)


def _peak_rss_mb() -> float | None:
    try:
        status = Path("/proc/self/status").read_text()
    except OSError:
        return None
    m = re.search(r"VmHWM:\s+(\d+) kB", status)
    return int(m.group(1)) / 1024 if m else None


def _reset_peak() -> bool:
    try:
        Path("/proc/self/clear_refs").write_text("5")  # Linux: reset VmHWM to the current RSS
        return True
    except OSError:
        return False


def load_guarded(path: Path) -> GenforgeError | None:
    """Load ``path``: return its GenforgeError, or None after checking the model's logits
    are finite; fail when either takes too long or too much memory."""
    measure = _reset_peak()
    before = _peak_rss_mb() if measure else None
    start = time.monotonic()
    error = None
    try:
        loaded = load_model_dir(path)
        with torch.no_grad():
            ids = torch.arange(min(8, loaded.model.config.block_size)).unsqueeze(0)
            ids = ids % loaded.model.config.vocab_size
            logits, _ = loaded.model(ids)
        assert torch.isfinite(logits).all(), "a model with non-finite logits loaded silently"
    except GenforgeError as e:
        error = e
    elapsed = time.monotonic() - start
    assert elapsed < TIME_LIMIT_S, f"took {elapsed:.1f} s"
    if before is not None:
        grew = (_peak_rss_mb() or 0) - before
        assert grew < MEMORY_LIMIT_MB, f"peak memory grew by {grew:.0f} MB"
    return error


def copy_with_config(base: Path, dest: Path, **changes: object) -> Path:
    shutil.rmtree(dest, ignore_errors=True)
    shutil.copytree(base, dest)
    config = json.loads((dest / "config.json").read_text())
    config.update(changes)
    (dest / "config.json").write_text(json.dumps(config))  # NaN/Infinity as JSON allows
    return dest


def copy_with_tensors(base: Path, dest: Path, tensors: dict[str, torch.Tensor]) -> Path:
    shutil.rmtree(dest, ignore_errors=True)
    shutil.copytree(base, dest)
    save_file({k: v.contiguous() for k, v in tensors.items()}, str(dest / "model.safetensors"))
    return dest


# ---- regression tests (issue 21, findings 2 and 3)


@pytest.mark.parametrize(
    ("field", "value", "words"),
    [
        ("n_layer", 100_000, "n_layer"),
        ("n_head", 2**40, "n_head"),
        ("n_embd", 2**40, "n_embd"),
        ("block_size", 1e8, "block_size"),
        ("norm_eps", math.inf, "norm_eps"),
        ("rope_theta", math.inf, "rope_theta"),
        ("rope_theta", 1e-300, "rope_theta"),
        ("n_layer", 1000, "missing tensors"),  # within the cap: caught by the header check
    ],
)
def test_configs_that_lie_fail_fast(base_dir, tmp_path, field, value, words):
    err = load_guarded(copy_with_config(base_dir, tmp_path / "m", **{field: value}))
    assert err is not None and words in str(err), err


@pytest.mark.parametrize("bad", [math.nan, math.inf, -math.inf, 1e38])
def test_non_finite_weights_are_refused(base_dir, tmp_path, bad):
    tensors = load_file(str(base_dir / "model.safetensors"))
    tensors["blocks.1.mlp.down_proj.weight"][3, 5] = bad  # one weight, deep in the model
    err = load_guarded(copy_with_tensors(base_dir, tmp_path / "m", tensors))
    assert err is not None and "NaN, infinite" in str(err)


def test_integer_and_mixed_dtypes_are_refused_before_reading(base_dir, tmp_path):
    tensors = load_file(str(base_dir / "model.safetensors"))
    ints = {k: v.to(torch.int32) for k, v in tensors.items()}
    err = load_guarded(copy_with_tensors(base_dir, tmp_path / "a", ints))
    assert err is not None and "expected floats" in str(err)
    mixed = dict(tensors, **{"ln_f.weight": tensors["ln_f.weight"].half()})
    err = load_guarded(copy_with_tensors(base_dir, tmp_path / "b", mixed))
    assert err is not None and "mixes dtypes" in str(err)


def test_the_untouched_dir_loads(base_dir):
    assert load_guarded(base_dir) is None


# ---- fuzz: config fields

_CONFIG_FIELDS = [
    "vocab_size",
    "n_layer",
    "n_head",
    "n_kv_head",
    "n_embd",
    "block_size",
    "mlp_hidden",
    "arch",
    "tie_embeddings",
    "rope_theta",
    "norm_eps",
    "dropout",
    "attn_impl",
    "model_type",
]

hostile_values = st.one_of(
    st.integers(min_value=-(2**70), max_value=2**70),
    st.sampled_from([0, 1, 2, 3, 31, 32, 33, 64, 2**31, 2**40, 2**63, -1]),
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from([1e-300, 1e-38, 1e300, 0.5, 1.0, 1e8, -0.0]),
    st.text(max_size=8),
    st.booleans(),
    st.none(),
    st.lists(st.integers(), max_size=3),
    st.dictionaries(st.text(max_size=3), st.integers(), max_size=2),
)


# Mostly one field at a time (with two or three, the first bad one usually hides the rest),
# sizes drawn often: a size that is valid on its own is what used to cost minutes and GBs.
sizes = st.one_of(
    st.sampled_from([100_000, 5000, 1000, 65, 2**24 + 1, 2**31, 2**40, 1e8]),
    st.integers(min_value=1, max_value=2**26),
)
config_changes = st.one_of(
    st.builds(
        lambda field, value: {field: value},
        st.sampled_from(["n_layer", "n_head", "n_kv_head", "n_embd", "block_size", "mlp_hidden"]),
        sizes,
    ),
    st.dictionaries(st.sampled_from(_CONFIG_FIELDS), hostile_values, min_size=1, max_size=3),
)


@FUZZ
@given(changes=config_changes)
def test_fuzz_config_fields(base_dir, tmp_path, changes):
    load_guarded(copy_with_config(base_dir, tmp_path / "m", **changes))


@pytest.mark.slow
@settings(FUZZ, max_examples=1200)
@given(changes=config_changes)
def test_fuzz_config_fields_long(base_dir, tmp_path, changes):
    load_guarded(copy_with_config(base_dir, tmp_path / "m", **changes))


# ---- fuzz: tensors and the file's bytes


@st.composite
def tensor_mutations(draw: st.DrawFn) -> tuple[str, object]:
    kind = draw(st.sampled_from(["value", "dtype", "shape", "drop", "extra", "truncate", "header"]))
    if kind == "value":
        return kind, (
            draw(st.integers(0, 10**9)),
            draw(st.sampled_from([math.nan, math.inf, -math.inf, 1e38, 0.0])),
        )
    if kind == "dtype":
        return kind, draw(
            st.sampled_from([torch.int8, torch.int64, torch.float64, torch.bool, torch.float16])
        )
    if kind == "shape":
        return kind, draw(st.sampled_from(["transpose", "drop_row", "add_row", "flatten"]))
    if kind in ("truncate", "header"):
        return kind, (draw(st.integers(0, 10**9)), draw(st.binary(min_size=1, max_size=8)))
    return kind, draw(st.integers(0, 10**9))


@FUZZ
@given(mutation=tensor_mutations(), which=st.integers(0, 10**9))
def test_fuzz_tensors(base_dir, tmp_path, mutation, which):
    mutate_and_load(base_dir, tmp_path, mutation, which)


@pytest.mark.slow
@settings(FUZZ, max_examples=1200)
@given(mutation=tensor_mutations(), which=st.integers(0, 10**9))
def test_fuzz_tensors_long(base_dir, tmp_path, mutation, which):
    mutate_and_load(base_dir, tmp_path, mutation, which)


def mutate_and_load(base_dir: Path, tmp_path: Path, mutation: tuple, which: int) -> None:
    """Apply one mutation to a copy of the weights (or of the file's bytes), then load."""
    kind, arg = mutation
    src = base_dir / "model.safetensors"
    tensors = load_file(str(src))
    name = sorted(tensors)[which % len(tensors)]
    t = tensors[name]
    dest = tmp_path / "m"
    if kind in ("truncate", "header"):
        raw = bytearray(src.read_bytes())
        at, junk = arg
        if kind == "truncate":
            raw = raw[: at % len(raw)]
        else:  # overwrite bytes inside the 8-byte length prefix or the JSON header
            header_len = struct.unpack("<Q", raw[:8])[0]
            pos = at % (8 + header_len)
            raw[pos : pos + len(junk)] = junk
        shutil.rmtree(dest, ignore_errors=True)
        shutil.copytree(base_dir, dest)
        (dest / "model.safetensors").write_bytes(bytes(raw))
        load_guarded(dest)
        return
    if kind == "value":
        index, value = arg
        t.view(-1)[index % t.numel()] = value
    elif kind == "dtype":
        tensors[name] = t.to(arg)
    elif kind == "shape":
        tensors[name] = {
            "transpose": lambda: t.t() if t.dim() == 2 else t.unsqueeze(0),
            "drop_row": lambda: t[:-1],
            "add_row": lambda: torch.cat([t, t[:1]]),
            "flatten": lambda: t.reshape(-1),
        }[arg]()
    elif kind == "drop":
        del tensors[name]
    elif kind == "extra":
        tensors[f"blocks.{arg % 100}.extra.weight"] = torch.zeros(3)
    err = load_guarded(copy_with_tensors(base_dir, dest, tensors))
    if kind == "value" and not abs(arg[1]) < 1e6:
        assert err is not None, "a non-finite or absurd weight loaded"
