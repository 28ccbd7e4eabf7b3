"""The model dir: the one artifact every stage reads and writes.

Layout (all written atomically as a whole directory)::

    config.json             model_type "genforge-gpt", genforge_version, GPTConfig fields, extras
    model.safetensors       weights; a tied LM head is stored once, as the embedding
    tokenizer.json          + tokenizer_config.json, special_tokens_map.json (transformers-loadable)
    generation_config.json  bos/eos ids and default sampling settings (Hugging Face field names)
    card.md                 what the model is, how it was made

Loading never executes code (JSON + safetensors only) and turns every way a dir can be
broken into a GenforgeError that names the file and the fix.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import os
import shutil
import tempfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import torch
from safetensors import SafetensorError, safe_open
from safetensors.torch import load_file, save_file

from genforge import __version__
from genforge.errors import GenforgeError
from genforge.io import (
    atomic_save_tensors,
    atomic_write_json,
    atomic_write_text,
    read_json,
    sha256_file,
)
from genforge.models.encoder import Encoder
from genforge.models.gpt import GPT, GPTConfig
from genforge.models.vlm import VLM, VLMConfig
from genforge.nn.device import resolve_device
from genforge.nn.quant import GROUP_SIZES, QUANT_LINEARS, empty_quantized_linear
from genforge.tokenizer import Tokenizer, stop_ids

__all__ = [
    "MODEL_TYPE",
    "LoadedModel",
    "atomic_dir",
    "check_out_dir",
    "clear_run_dir",
    "load_model_dir",
    "parse_dtype",
    "publish_model_dir",
    "read_model_config",
    "resolve_device",
    "save_model_dir",
    "work_run_dir",
]

MODEL_TYPE = "genforge-gpt"
ENCODER_TYPE = "genforge-encoder"  # the bidirectional MLM encoder (models/encoder.py)
VLM_TYPE = "genforge-vlm"  # ViT + projector + GPT (models/vlm.py)
CONFIG_FILE = "config.json"
WEIGHTS_FILE = "model.safetensors"
TOKENIZER_FILE = "tokenizer.json"
GENERATION_FILE = "generation_config.json"
CARD_FILE = "card.md"

DEFAULT_SAMPLING = {"temperature": 0.8, "top_k": 50, "top_p": 0.95, "max_new_tokens": 256}

DTYPES = {
    "float32": torch.float32,
    "fp32": torch.float32,
    "bfloat16": torch.bfloat16,
    "bf16": torch.bfloat16,
    "float16": torch.float16,
    "fp16": torch.float16,
}


def parse_dtype(dtype: str | torch.dtype | None) -> torch.dtype | None:
    """``"bfloat16"``/``"bf16"``/``torch.bfloat16``/... -> torch dtype; None stays None."""
    if dtype is None or isinstance(dtype, torch.dtype):
        return dtype
    key = str(dtype).lower().removeprefix("torch.")
    if key not in DTYPES:
        raise GenforgeError(f"unknown dtype {dtype!r}; use float32, bfloat16 or float16")
    return DTYPES[key]


@contextlib.contextmanager
def atomic_dir(target: str | os.PathLike, *, replaceable: Any = None) -> Iterator[Path]:
    """Yield an empty temp dir next to ``target``; on success it replaces ``target``.

    An existing ``target`` is replaced only if it is empty or ``replaceable(target)`` is
    true, so a typo cannot wipe an unrelated folder. The swap is two renames (old aside,
    new in); a crash in between leaves the old dir intact under a hidden sibling name.
    """
    target = Path(target)
    if target.exists():
        if not target.is_dir():
            raise GenforgeError(f"{target} exists and is not a directory; choose another --out")
        if any(target.iterdir()) and not (replaceable and replaceable(target)):
            raise GenforgeError(
                f"{target} already exists and does not look like an output of this command; "
                "refusing to replace it — choose a new --out or delete it yourself"
            )
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent))
    try:
        yield tmp
        old = None
        if target.exists():
            old = Path(
                tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".old", dir=target.parent)
            )
            os.replace(target, old / "dir")
        os.replace(tmp, target)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)


def is_model_dir(path: str | os.PathLike) -> bool:
    """True when ``path`` holds a config.json with model_type genforge-gpt."""
    try:
        with open(Path(path) / CONFIG_FILE, encoding="utf-8") as f:
            return json.load(f).get("model_type") == MODEL_TYPE
    except (OSError, ValueError, AttributeError):
        return False


def unwrap(model: torch.nn.Module) -> GPT:
    """The model inside ``torch.compile`` and/or DistributedDataParallel wrappers (or itself).

    Only those wrappers are opened: a model of our own may well hold a child called
    ``module``."""
    while True:
        if isinstance(getattr(model, "_orig_mod", None), torch.nn.Module):
            model = model._orig_mod  # torch.compile
        elif isinstance(model, torch.nn.parallel.DistributedDataParallel | torch.nn.DataParallel):
            model = model.module
        else:
            return model


def _saved_state(model: GPT) -> dict[str, torch.Tensor]:
    model = unwrap(model)
    state = model.state_dict()
    if model.config.tie_embeddings:
        # A tied head is the embedding matrix; safetensors refuses shared storage anyway.
        state.pop("lm_head.weight", None)
    return state


def weights_to_save(model: GPT) -> dict[str, torch.Tensor]:
    """The model's state dict on the CPU with a tied LM head left out (it is the embedding)."""
    return {k: v.detach().contiguous().cpu() for k, v in _saved_state(model).items()}


def _default_card(model: GPT, tokenizer: Any) -> str:
    cfg = model.config
    rows = "\n".join(f"| {k} | {v} |" for k, v in cfg.to_dict().items())
    return (
        f"# genforge GPT ({cfg.arch})\n\n"
        f"- parameters: {model.num_params():,} "
        f"({model.num_params(exclude_embeddings=True):,} without embeddings)\n"
        f"- context: {cfg.block_size} tokens; vocabulary: {cfg.vocab_size}\n"
        f"- tokenizer sha256: {getattr(tokenizer, 'sha256', 'unknown')}\n"
        f"- genforge version: {__version__}\n\n"
        "## Config\n\n| field | value |\n|---|---|\n"
        f"{rows}\n"
    )


def save_model_dir(
    out_dir: str | os.PathLike,
    model: GPT,
    tokenizer: Any,
    *,
    card: str | None = None,
    generation_config: dict[str, Any] | None = None,
    extra_config: dict[str, Any] | None = None,
) -> Path:
    """Write a complete model dir for ``model`` + ``tokenizer`` at ``out_dir``; return it.

    The dir is built in a temp sibling and renamed into place, replacing an existing model
    dir (but refusing to replace any other non-empty folder). ``extra_config`` keys are
    added to config.json (they may not shadow GPTConfig fields); ``generation_config``
    overrides the default sampling settings; ``card`` is the card.md text (a summary of the
    config is written when it is None).
    """
    model = unwrap(model)
    cfg = model.config
    if tokenizer.vocab_size > cfg.vocab_size:
        raise GenforgeError(
            f"tokenizer has {tokenizer.vocab_size} ids but the model's vocab_size is "
            f"{cfg.vocab_size}; build the model with vocab_size >= the tokenizer's"
        )
    extra = dict(extra_config or {})
    clash = sorted(set(extra) & ({f.name for f in dataclasses.fields(GPTConfig)} | {"model_type"}))
    if clash:
        raise GenforgeError(f"extra_config may not override model config fields {clash}")
    config = {"model_type": MODEL_TYPE, "genforge_version": __version__, **cfg.to_dict(), **extra}
    gen = {
        "bos_token_id": tokenizer.bos_id,
        "eos_token_id": stop_ids(tokenizer),
        "pad_token_id": getattr(tokenizer, "pad_id", None),
        "do_sample": True,
        **DEFAULT_SAMPLING,
        **(generation_config or {}),
    }
    out = Path(out_dir)
    with atomic_dir(out, replaceable=is_model_dir) as tmp:
        weights = weights_to_save(model)
        # Integer tensors (quantized codes) get a checksum: damage to them shows no NaN.
        crcs = {
            CRC_PREFIX + k: str(tensor_crc(v))
            for k, v in weights.items()
            if not v.is_floating_point()
        }
        save_file(weights, str(tmp / WEIGHTS_FILE), metadata={"format": "pt", **crcs})
        tokenizer.save(tmp, model_max_length=cfg.block_size)
        atomic_write_json(tmp / GENERATION_FILE, gen)
        atomic_write_text(
            tmp / CARD_FILE, card if card is not None else _default_card(model, tokenizer)
        )
        # config.json last: its presence marks a finished dir.
        atomic_write_json(tmp / CONFIG_FILE, config)
    return out


def extra_fields(config: dict[str, Any]) -> dict[str, Any]:
    """The keys of a config.json that are not model fields: what a stage deriving a new
    model dir from a loaded one (quantize, prune) carries over as ``extra_config``."""
    fields = {f.name for f in dataclasses.fields(GPTConfig)} | {"model_type", "genforge_version"}
    return {k: v for k, v in config.items() if k not in fields}


def source_record(model_dir: str | Path, key: str = "source_model") -> dict[str, str | None]:
    """What a stage records about a model dir it started from, for ``genforge lineage``:
    ``{key: absolute path, key_weights_sha256, key_tokenizer_sha256}`` (None for a file
    that is missing). The hashes let lineage tell a parent that was overwritten since."""
    path = Path(model_dir).expanduser().resolve()
    out: dict[str, str | None] = {key: str(path)}
    for what, name in (("weights", WEIGHTS_FILE), ("tokenizer", TOKENIZER_FILE)):
        f = path / name
        out[f"{key}_{what}_sha256"] = sha256_file(f) if f.is_file() else None
    return out


@dataclass
class LoadedModel:
    """What ``load_model_dir`` returns; ``model`` is in eval mode on the requested device."""

    model: GPT
    tokenizer: Any
    config: dict[str, Any]  # the whole config.json (model fields and extras)
    generation_config: dict[str, Any]
    card_path: Path | None
    path: Path


def read_model_config(path: str | os.PathLike) -> tuple[GPTConfig, dict[str, Any]]:
    """Parse ``path/config.json`` into a GPTConfig and the full JSON dict."""
    path = Path(path)
    if not path.exists():
        raise GenforgeError(f"model dir not found: {path}; train one with `genforge pretrain`")
    if not path.is_dir():
        raise GenforgeError(f"{path} is not a directory; --model takes a model dir")
    raw = read_json(path / CONFIG_FILE, what="model config")
    if not isinstance(raw, dict):
        raise GenforgeError(f"{path / CONFIG_FILE} must hold a JSON object")
    model_type = raw.get("model_type")
    if model_type == VLM_TYPE:
        raise GenforgeError(
            f"{path} is a vision-language model dir ({VLM_TYPE}), not a text model: ask it "
            f"with `genforge vlm ask --model {path} --image IMAGE.png QUESTION` or serve it "
            "with `genforge serve`"
        )
    if model_type != MODEL_TYPE:
        hint = (
            " (a Hugging Face export? load it with transformers, or pass the genforge dir "
            "it was exported from)"
            if model_type
            else ""
        )
        raise GenforgeError(
            f"{path / CONFIG_FILE} is not a genforge model config: model_type is "
            f"{model_type!r}, expected {MODEL_TYPE!r}{hint}"
        )
    fields = {f.name for f in dataclasses.fields(GPTConfig)}
    try:
        cfg = GPTConfig.from_dict({k: v for k, v in raw.items() if k in fields})
    except GenforgeError as e:
        raise GenforgeError(f"{path / CONFIG_FILE}: {e}") from e
    return cfg, raw


# safetensors dtype names a model dir may hold (anything else is refused before reading).
_FLOAT_DTYPES = {"F32": torch.float32, "BF16": torch.bfloat16, "F16": torch.float16}
# Quantized layers also hold integer codes and zero points.
_DTYPE_NAMES = {**_FLOAT_DTYPES, "I8": torch.int8, "U8": torch.uint8}
CRC_PREFIX = "crc32:"  # safetensors metadata key prefix: checksum of a quantized tensor
# Every weight is checked at load, in chunks of this many elements so the check needs a few
# MB of scratch memory however large a tensor is. A sample would be cheaper but misses a
# single NaN, and one NaN weight turns every logit downstream of it into NaN.
CHECK_CHUNK = 1 << 22
# No trained model has weights near this (they are O(1), norms at most O(100)); a value past
# it overflows float32 activations within a layer or two, so it marks a damaged file.
MAX_ABS_WEIGHT = 1e6


def build_model(cfg: GPTConfig, quantization: dict[str, Any] | None = None) -> GPT:
    """A GPT for ``cfg`` whose block linears are the quantized layers ``quantization`` (the
    config.json entry ``genforge quantize`` writes) names; on the current default device."""
    model = GPT(cfg)
    if quantization:
        fmt, group = quantization["format"], quantization.get("group_size")
        for b in range(len(model.blocks)):
            for suffix in quantization["modules"]:
                name = f"blocks.{b}.{suffix}"
                lin = model.get_submodule(name)
                q = empty_quantized_linear(
                    fmt, lin.in_features, lin.out_features, lin.bias is not None, group
                )
                parent, _, leaf = name.rpartition(".")
                setattr(model.get_submodule(parent), leaf, q)
    return model


def expected_shapes(
    cfg: GPTConfig, quantization: dict[str, Any] | None = None
) -> dict[str, tuple[tuple[int, ...], torch.dtype | None]]:
    """Every saved tensor's name, shape and dtype (None: any float) for ``cfg``, without
    building all of its layers.

    One block is built on the meta device (no memory) and its names repeated for each
    layer, so a config.json that claims 100,000 layers costs nothing to check. Quantized
    layers' codes, scales and zero points have one exact dtype; other weights any float.
    """
    with torch.device("meta"):
        one = build_model(dataclasses.replace(cfg, n_layer=1), quantization)
    exact = {
        f"{name}.{b}"
        for name, mod in one.named_modules()
        if isinstance(mod, QUANT_LINEARS)
        for b, _ in mod.named_buffers(recurse=False)
    }
    shapes: dict[str, tuple[tuple[int, ...], torch.dtype | None]] = {}
    for name, t in _saved_state(one).items():
        spec = (tuple(t.shape), t.dtype if name in exact else None)
        if name.startswith("blocks.0."):
            rest = name.removeprefix("blocks.0.")
            for i in range(cfg.n_layer):
                shapes[f"blocks.{i}.{rest}"] = spec
        else:
            shapes[name] = spec
    return shapes


def _within(chunk: torch.Tensor) -> bool:
    """All of ``chunk`` in [-MAX_ABS_WEIGHT, MAX_ABS_WEIGHT] (False for NaN)."""
    lo, hi = torch.aminmax(chunk)
    return bool(lo >= -MAX_ABS_WEIGHT and hi <= MAX_ABS_WEIGHT)


def _read_weights(
    file: Path, expected: dict[str, tuple[tuple[int, ...], torch.dtype | None]]
) -> dict[str, torch.Tensor]:
    """Tensors from ``file``, checked against ``expected`` (``expected_shapes``: names,
    shapes and dtypes from the header, before any tensor is read), for NaN, inf and absurd
    values, and, for quantized codes, against the checksums written beside them."""
    if not file.is_file():
        raise GenforgeError(f"weights not found: {file}; the model dir is incomplete")
    fix = "the file is damaged; re-save or re-export the model dir"
    try:
        with safe_open(str(file), framework="pt") as f:
            names = set(f.keys())
            metadata = f.metadata() or {}
            missing = sorted(set(expected) - names)
            unexpected = sorted(names - set(expected))
            if missing or unexpected:
                raise GenforgeError(
                    f"{file} does not match config.json: missing tensors {missing[:5]}, "
                    f"unexpected tensors {unexpected[:5]}; config.json and the weights come "
                    "from different models"
                )
            dtypes = set()
            for name in sorted(names):
                piece = f.get_slice(name)
                shape, (want, want_dtype) = tuple(piece.get_shape()), expected[name]
                if shape != want:
                    raise GenforgeError(
                        f"{file}: tensor {name} has shape {list(shape)} but config.json "
                        f"implies {list(want)}; config.json and the weights do not match"
                    )
                dtype = piece.get_dtype()
                if want_dtype is not None:
                    if _DTYPE_NAMES.get(dtype) != want_dtype:
                        raise GenforgeError(
                            f"{file}: quantized tensor {name} has dtype {dtype}, expected "
                            f"{want_dtype}; {fix}"
                        )
                    continue
                if dtype not in _FLOAT_DTYPES:
                    raise GenforgeError(
                        f"{file}: tensor {name} has dtype {dtype}, expected floats "
                        f"({', '.join(_FLOAT_DTYPES)})"
                    )
                dtypes.add(dtype)
            if len(dtypes) > 1:
                raise GenforgeError(
                    f"{file} mixes dtypes {sorted(dtypes)}; a model dir stores one dtype"
                )
            tensors = {name: f.get_tensor(name) for name in sorted(names)}
    except GenforgeError:
        raise
    except (SafetensorError, OSError, ValueError, RuntimeError) as e:
        raise GenforgeError(f"cannot read {file}: {e}; {fix}") from e
    _check_quantized(file, tensors, expected, metadata)
    for name, t in tensors.items():
        if not t.is_floating_point():
            continue
        # aminmax propagates NaN, so one pass catches NaN, inf and absurd magnitudes; it
        # reads each chunk once without abs()'s copy (2x faster: a 124M model loads ~1 s
        # sooner on a CPU, benchmarks/cold_start.py).
        if not all(_within(c) for c in t.reshape(-1).split(CHECK_CHUNK)):
            raise GenforgeError(
                f"{file}: tensor {name} holds NaN, infinite or absurdly large (> "
                f"{MAX_ABS_WEIGHT:g}) values; the checkpoint is damaged or training diverged - "
                "use an earlier checkpoint"
            )
    return tensors


def quantization_of(path: Path, raw: dict[str, Any]) -> dict[str, Any] | None:
    """The checked ``quantization`` entry of a model dir's config.json (None: float weights)."""
    quant = raw.get("quantization")
    if quant is None:
        return None
    where = f"{path / CONFIG_FILE}: quantization"
    if not isinstance(quant, dict) or quant.get("format") not in ("int8", "int4", "nf4"):
        raise GenforgeError(f"{where} must be an object with format int8, int4 or nf4")
    modules = quant.get("modules")
    if not isinstance(modules, list) or not all(isinstance(m, str) for m in modules):
        raise GenforgeError(f"{where}.modules must be a list of layer names inside a block")
    if quant["format"] == "int4" and quant.get("group_size") not in GROUP_SIZES:
        raise GenforgeError(f"{where}.group_size must be one of {list(GROUP_SIZES)}")
    with torch.device("meta"):
        block = GPT(GPTConfig(n_layer=1, n_head=1, n_embd=8, arch="llama")).blocks[0]
        gpt2 = GPT(GPTConfig(n_layer=1, n_head=1, n_embd=8, arch="gpt2")).blocks[0]
    known = {n for b in (block, gpt2) for n, m in b.named_modules() if type(m) is torch.nn.Linear}
    unknown = sorted(set(modules) - known)
    if unknown:
        raise GenforgeError(f"{where}.modules names no linear layer of a block: {unknown}")
    return {"method": quant["format"], **quant}


def _check_quantized(
    file: Path,
    tensors: dict[str, torch.Tensor],
    expected: dict[str, tuple[tuple[int, ...], torch.dtype | None]],
    metadata: dict[str, str],
) -> None:
    """Quantized codes carry no NaN to betray damage: each must match the CRC32 written
    beside it at save time; scales must be positive and int4 zero points within 0..15."""
    for name, (_, want) in expected.items():
        if want is None:
            continue
        t = tensors[name]
        if not t.is_floating_point():
            crc = metadata.get(CRC_PREFIX + name)
            if crc is None or int(crc) != tensor_crc(t):
                raise GenforgeError(
                    f"{file}: quantized tensor {name} does not match its checksum (or has "
                    "none); the file is damaged - quantize the float model again"
                )
        elif name.endswith((".scales", ".absmax")) and not bool((t > 0).all()):
            raise GenforgeError(f"{file}: {name} holds non-positive scales; the file is damaged")
        if name.endswith(".zeros") and t.numel() and int(t.max()) > 15:
            raise GenforgeError(f"{file}: {name} holds int4 zero points above 15; it is damaged")


def tensor_crc(t: torch.Tensor) -> int:
    """CRC32 of a tensor's bytes (what a quantized dir records per integer tensor)."""
    return zlib.crc32(t.detach().cpu().contiguous().view(torch.uint8).numpy().tobytes())


def load_model_dir(
    path: str | os.PathLike,
    *,
    device: str | torch.device = "cpu",
    dtype: str | torch.dtype | None = None,
    require_float: str | None = None,
) -> LoadedModel:
    """Load a model dir written by ``save_model_dir``: model (eval mode), tokenizer, configs.

    ``device`` may be ``"auto"``; ``dtype`` None keeps the stored dtype (of the float
    weights: a quantized dir's codes keep theirs). A stage that changes or re-derives the
    weights (training, export, quantizing again) names itself in ``require_float`` and a
    quantized dir is refused with that name. Every broken input
    (missing dir or file, foreign config, corrupted/truncated/mismatched weights) raises a
    GenforgeError naming the file.
    """
    path = Path(path)
    cfg, raw = read_model_config(path)
    quant = quantization_of(path, raw)
    if quant and require_float:
        raise GenforgeError(
            f"{path} is a quantized model dir ({quant['method']}); {require_float} needs "
            "float weights: pass the float model dir it was quantized from"
        )
    dev = resolve_device(device) if isinstance(device, str) else device
    want_dtype = parse_dtype(dtype)
    # The weights are checked against the config before the model is built, so a config
    # that lies about its size fails in milliseconds.
    expected = expected_shapes(cfg, quant)
    tensors = _read_weights(path / WEIGHTS_FILE, expected)
    # Built on the meta device: no time spent on a random init that is overwritten anyway.
    with torch.device("meta"):
        model = build_model(cfg, quant)
    floats = [v.dtype for v in tensors.values() if v.is_floating_point()]
    target = want_dtype or (floats[0] if floats else torch.float32)
    exact = {k for k, (_, want) in expected.items() if want is not None}
    model.load_state_dict(
        {k: v.to(device=dev, dtype=None if k in exact else target) for k, v in tensors.items()},
        strict=False,
        assign=True,
    )
    if cfg.tie_embeddings:
        model.lm_head.weight = model.wte.weight
    model.eval()
    assert not any(p.is_meta for p in model.parameters()), "a weight was not loaded"
    tokenizer = Tokenizer.load(path)
    if tokenizer.vocab_size > cfg.vocab_size:
        raise GenforgeError(
            f"{path}: tokenizer has {tokenizer.vocab_size} ids but the model only "
            f"{cfg.vocab_size}; the tokenizer files belong to another model"
        )
    gen_file = path / GENERATION_FILE
    gen = read_json(gen_file, what="generation config") if gen_file.exists() else {}
    card = path / CARD_FILE
    return LoadedModel(
        model=model,
        tokenizer=tokenizer,
        config=raw,
        generation_config=gen,
        card_path=card if card.is_file() else None,
        path=path,
    )


# ------------------------------------------------------------------ publishing a trained model
# Every training stage checks its --out before any work (check_out_dir) and, when training is
# done, publishes the model dir together with its run dir in one swap (publish_model_dir).

RUN_DIR = "run"
RUN_FILES = ("metrics.jsonl", "loss.png", "checkpoint", "checkpoint.prev")


def work_run_dir(out: str | os.PathLike) -> Path:
    """The hidden sibling ``.OUT.run`` a stage trains in when OUT is replaced as a whole at
    the end; :func:`publish_model_dir` moves it to ``OUT/run``."""
    out = Path(out)
    return out.parent / f".{out.name}.run"


def check_out_dir(
    out: str | os.PathLike,
    *,
    run_dir: str | os.PathLike | None = None,
    overwrite: bool = False,
    resume: bool | None = None,
) -> None:
    """Refuse, before any work, an ``out`` this run must not write.

    ``resume`` is None for stages that cannot resume, else whether this run resumes (then
    ``run_dir`` must hold a checkpoint). A non-empty ``out`` is replaced only with
    ``overwrite`` and only when it is a genforge model dir (or just an earlier run's log);
    a folder of anything else is never replaced. A checkpoint in ``run_dir`` counts as
    work too: starting afresh over it needs ``overwrite``.
    """
    out = Path(out)
    run = Path(run_dir) if run_dir is not None else None
    if out.exists() and not out.is_dir():
        raise GenforgeError(f"--out {out} exists and is not a directory; choose another --out")
    checkpoint = run is not None and (run / "checkpoint").is_dir()
    if resume:
        if not checkpoint:
            raise GenforgeError(
                f"--resume: no checkpoint to resume from in {run}/checkpoint (no earlier run "
                f"wrote one there); drop --resume to start a new run in {out}"
            )
        return
    others = []
    if out.is_dir():
        others = [p.name for p in out.iterdir() if run is None or p.resolve() != run.resolve()]
    if others and not _is_genforge_output(out):
        raise GenforgeError(
            f"--out {out} is a non-empty folder that is not a genforge model dir (it holds "
            f"{sorted(others)[:3]}); choose a new --out or empty it yourself"
        )
    if overwrite or not (others or checkpoint):
        return
    what = "a trained model" if others else "an unfinished run"
    if resume is None:
        how = "pass --overwrite to replace it (this command cannot --resume)"
    else:
        how = "pass --resume to continue its run, or --overwrite to replace it"
    raise GenforgeError(f"--out {out} already holds {what}; {how}, or choose a new --out")


def _is_genforge_output(path: Path) -> bool:
    """A model dir of any genforge kind (decoder, encoder, image model): config.json says so."""
    try:
        with open(path / CONFIG_FILE, encoding="utf-8") as f:
            return str(json.load(f).get("model_type", "")).startswith("genforge")
    except (OSError, ValueError, AttributeError):
        return False


def clear_run_dir(run_dir: str | os.PathLike) -> None:
    """Remove an earlier run's log, plot and checkpoints from ``run_dir`` (a fresh start)."""
    for name in RUN_FILES:
        p = Path(run_dir) / name
        shutil.rmtree(p) if p.is_dir() else p.unlink(missing_ok=True)


def publish_model_dir(
    out: str | os.PathLike,
    model: GPT,
    tokenizer: Any,
    *,
    run_dir: str | os.PathLike | None = None,
    extras: tuple[str | os.PathLike, ...] = (),
    write: Callable[[Path], None] | None = None,
    **save_kwargs: Any,
) -> Path:
    """Publish a trained model as ``out``: the model dir (``save_model_dir``'s files and
    ``save_kwargs``), whatever ``write(dir)`` adds to it (metrics, heads), ``run_dir``
    moved in (as ``OUT/run``, or under its own name when it already lives inside ``out``)
    and ``extras`` (files or folders) moved in by name.

    Built in a hidden staging sibling, then swapped in with two renames (old aside, new
    in): a crash leaves either the old ``out`` or the new one, never half of each, and the
    run dir is moved back if the swap fails.
    """
    out = Path(out)
    run = Path(run_dir) if run_dir is not None else None
    out.parent.mkdir(parents=True, exist_ok=True)
    staging_root = Path(tempfile.mkdtemp(prefix=f".{out.name}.", suffix=".new", dir=out.parent))
    staging = staging_root / "model"
    old = staging_root / "old"
    moved: list[tuple[Path, Path]] = []
    try:
        save_model_dir(staging, model, tokenizer, **save_kwargs)
        if write is not None:
            write(staging)
        if run is not None and run.exists():
            inside = run.resolve().parent == out.resolve()
            moved.append((run, staging / (run.name if inside else RUN_DIR)))
        moved += [(Path(e), staging / Path(e).name) for e in extras if Path(e).exists()]
        for src, dst in moved:
            os.replace(src, dst)
        if out.exists():
            os.replace(out, old)
        os.replace(staging, out)
        moved = []
    finally:
        if old.exists() and not out.exists():  # the swap failed: put everything back
            os.replace(old, out)
        for src, dst in moved:
            if dst.exists() and not src.exists():
                os.replace(dst, src)
        shutil.rmtree(staging_root, ignore_errors=True)
    return out


# ----------------------------------------------------------------------------- encoder dirs


def save_encoder(
    model: Encoder, out: str | Path, tokenizer: Any, extra: dict | None = None
) -> Path:
    """Write ``config.json``, ``model.safetensors`` and ``tokenizer.json`` into ``out``."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    atomic_save_tensors(out / WEIGHTS_FILE, model.state_dict())
    tokenizer.save(out)
    atomic_write_json(
        out / CONFIG_FILE,
        {
            "model_type": ENCODER_TYPE,
            "mask_id": model.mask_id,
            **model.config.to_dict(),
            **({"genforge": extra} if extra else {}),
        },
    )
    return out


def load_encoder(path: str | Path, device: str | torch.device = "cpu") -> tuple[Encoder, Tokenizer]:
    """Load ``(encoder, tokenizer)`` from a dir written by :func:`save_encoder`."""
    path = Path(path)
    for name in (CONFIG_FILE, WEIGHTS_FILE, "tokenizer.json"):
        if not (path / name).is_file():
            raise GenforgeError(f"{path} is not an encoder dir: {name} is missing")
    meta = read_json(path / CONFIG_FILE, "encoder config")
    if meta.get("model_type") != ENCODER_TYPE:
        raise GenforgeError(f"{path}/{CONFIG_FILE} is not a {ENCODER_TYPE} config")
    fields = {k: v for k, v in meta.items() if k in GPTConfig.__dataclass_fields__}
    model = Encoder(GPTConfig.from_dict(fields), int(meta["mask_id"]))
    try:
        model.load_state_dict(load_file(str(path / WEIGHTS_FILE)))
    except RuntimeError as e:
        raise GenforgeError(f"{path}/{WEIGHTS_FILE} does not match its config: {e}") from None
    return model.to(device).eval(), Tokenizer.load(path / "tokenizer.json")


# ----------------------------------------------------------------------------- VLM dirs


def save_vlm(
    out: str | os.PathLike,
    vlm: VLM,
    tokenizer: Any,
    *,
    card: str | None = None,
    extra_config: dict[str, Any] | None = None,
) -> Path:
    """Write a VLM model dir: config.json (model_type genforge-vlm: ``vision``, ``projector``,
    ``lm`` configs and ``extra_config``), model.safetensors, tokenizer files,
    generation_config.json (greedy) and card.md; built aside and swapped in atomically."""
    vlm = unwrap(vlm)
    cfg = vlm.config
    if tokenizer.vocab_size > cfg.lm.vocab_size:
        raise GenforgeError(
            f"tokenizer has {tokenizer.vocab_size} ids but the LM's vocab_size is "
            f"{cfg.lm.vocab_size}; build the LM with vocab_size >= the tokenizer's"
        )
    extra = dict(extra_config or {})
    clash = sorted(set(extra) & {"model_type", "genforge_version", *cfg.to_dict()})
    if clash:
        raise GenforgeError(f"extra_config may not override VLM config fields {clash}")
    state = {k: v.detach().contiguous().cpu() for k, v in vlm.state_dict().items()}
    if cfg.lm.tie_embeddings:  # the head is the embedding matrix; stored once
        state.pop("lm.lm_head.weight", None)
    gen = {
        "bos_token_id": tokenizer.bos_id,
        "eos_token_id": stop_ids(tokenizer),
        "pad_token_id": tokenizer.pad_id,
        "do_sample": False,  # answers and captions are read for exactness: greedy
        "temperature": 0.0,
        "max_new_tokens": cfg.lm.block_size - cfg.image_positions,
    }
    tower = extra.get("vision_tower")
    text = card if card is not None else _default_vlm_card(vlm, tokenizer, tower)
    with atomic_dir(out, replaceable=_is_genforge_output) as tmp:
        save_file(state, str(tmp / WEIGHTS_FILE), metadata={"format": "pt"})
        tokenizer.save(tmp, model_max_length=cfg.lm.block_size - cfg.image_positions)
        atomic_write_json(tmp / GENERATION_FILE, gen)
        atomic_write_text(tmp / CARD_FILE, text)
        config = {"model_type": VLM_TYPE, "genforge_version": __version__, **cfg.to_dict()}
        atomic_write_json(tmp / CONFIG_FILE, {**config, **extra})  # last: marks a finished dir
    return Path(out)


def _default_vlm_card(vlm: VLM, tokenizer: Any, tower: dict[str, Any] | None = None) -> str:
    cfg = vlm.config
    v, lm = cfg.vision, cfg.lm
    source = "random init (no tower loaded)"
    if tower:
        kind, where, digest = tower.get("model_type"), tower.get("source"), tower.get("sha256")
        source = f"{kind} dir {where}, weights sha256 {digest}"
    return (
        "# genforge vision-language model\n\n"
        f"- parameters: {vlm.num_params():,}\n"
        f"- vision tower: ViT {v.image_size}x{v.image_size} px, patch {v.patch_size}, "
        f"{v.n_layer} layers x {v.n_embd}; {cfg.image_positions} image positions "
        f"(layer {cfg.vision_layer}, class token {'in' if cfg.vision_cls else 'out'})\n"
        f"- vision tower weights: {source}\n"
        f"- projector: {cfg.projector}\n"
        f"- LM: {lm.arch}, {lm.n_layer} layers x {lm.n_embd}, context {lm.block_size} "
        f"(image included), vocabulary {lm.vocab_size}\n"
        f"- tokenizer sha256: {getattr(tokenizer, 'sha256', 'unknown')}\n"
        f"- genforge version: {__version__}\n"
    )


def is_vlm_dir(path: str | os.PathLike) -> bool:
    """True when ``path`` holds a config.json with model_type genforge-vlm."""
    try:
        with open(Path(path) / CONFIG_FILE, encoding="utf-8") as f:
            return json.load(f).get("model_type") == VLM_TYPE
    except (OSError, ValueError, AttributeError):
        return False


def load_vlm(
    path: str | os.PathLike, *, device: str | torch.device = "cpu"
) -> tuple[VLM, Tokenizer]:
    """Load ``(vlm in eval mode, tokenizer)`` from a dir written by :func:`save_vlm`.

    A text model dir, a foreign or broken config, or weights that do not match it raise a
    GenforgeError naming the file and the fix.
    """
    path = Path(path)
    if not path.is_dir():
        raise GenforgeError(f"VLM model dir not found: {path}; train one with `genforge vlm train`")
    raw = read_json(path / CONFIG_FILE, what="model config")
    if not isinstance(raw, dict):
        raise GenforgeError(f"{path / CONFIG_FILE} must hold a JSON object")
    if raw.get("model_type") != VLM_TYPE:
        raise GenforgeError(
            f"{path} is not a vision-language model dir: model_type is "
            f"{raw.get('model_type')!r}, expected {VLM_TYPE!r}; train one with `genforge vlm "
            "train` (a text model dir goes in as its LM: `genforge vlm train --lm DIR`)"
        )
    try:
        cfg = VLMConfig.from_dict({k: raw[k] for k in VLMConfig.__dataclass_fields__ if k in raw})
    except GenforgeError as e:
        raise GenforgeError(f"{path / CONFIG_FILE}: {e}") from e
    with torch.device("meta"):
        vlm = VLM(cfg)
    skip = {"lm.lm_head.weight"} if cfg.lm.tie_embeddings else set()
    expected = {k: (tuple(v.shape), None) for k, v in vlm.state_dict().items() if k not in skip}
    tensors = _read_weights(path / WEIGHTS_FILE, expected)
    dev = resolve_device(device) if isinstance(device, str) else device
    vlm.load_state_dict({k: v.to(dev) for k, v in tensors.items()}, strict=False, assign=True)
    if cfg.lm.tie_embeddings:
        vlm.lm.lm_head.weight = vlm.lm.wte.weight
    vlm.eval()
    assert not any(p.is_meta for p in vlm.parameters()), "a weight was not loaded"
    tokenizer = Tokenizer.load(path)
    if tokenizer.vocab_size > cfg.lm.vocab_size:
        raise GenforgeError(
            f"{path}: tokenizer has {tokenizer.vocab_size} ids but the LM only "
            f"{cfg.lm.vocab_size}; the tokenizer files belong to another model"
        )
    return vlm, tokenizer
