"""Training checkpoints without pickle: safetensors for tensors, JSON for everything else.

Layout of ``RUN_DIR/checkpoint/``:

- ``model.safetensors`` — the (unwrapped) model's weights; tied weights stored once.
- ``optimizer.safetensors`` — every tensor of ``optimizer.state_dict()``, keyed by its path.
- ``extra.safetensors`` — only when the run has extra state (``train_loop(extra_state=...)``, e.g.
  RL's weight average): the tensors of each object's ``state_dict()``.
- ``state.json`` — the optimizer state's structure (with tensors replaced by references),
  the loop's counters and RNG states, the data loader's position, the resolved config, and
  the sha256 and byte size of both tensor files.

A run whose model is split over ranks (``parallel=fsdp|tp|fsdp+tp|pp``, train/parallel.py) writes
``dcp/`` instead of the two tensor files: torch.distributed.checkpoint (DCP) files, each rank
writing its own shards in parallel, keyed by parameter name and global shape, so a resume with
any number of processes (one included) reads back the slices it needs. ``state.json`` then has
``"sharded": true`` and lists every DCP file with its sha256. Every rank must see the run dir
(a shared filesystem across nodes).

A checkpoint is first written complete into a temp folder beside it, each file fsynced; the
old checkpoint is renamed to ``checkpoint.prev``, the new one renamed into place, then the old
one removed. A crash at any point leaves either the new or the old checkpoint readable, and
``load_checkpoint`` falls back to ``checkpoint.prev`` when only that one exists.
"""

from __future__ import annotations

import base64
import os
import random
import shutil
import tempfile
from pathlib import Path
from typing import Any

import numpy as np
import torch
from safetensors import SafetensorError
from safetensors.torch import load_file, save_file

from genforge.errors import GenforgeError
from genforge.io import _fsync_dir, atomic_write_json, read_json, sha256_file
from genforge.modeldir import RUN_DIR, check_out_dir, clear_run_dir, work_run_dir
from genforge.train.parallel import is_sharded

CHECKPOINT = "checkpoint"
PREVIOUS = "checkpoint.prev"
FORMAT_VERSION = 1


# ---------------------------------------------------------------------------- RNG states


def rng_state() -> dict[str, Any]:
    """JSON-able RNG states of python, numpy, torch (CPU) and every CUDA device."""
    version, internal, gauss = random.getstate()
    # The legacy global generator is what third-party code draws from, so it is saved too.
    kind, keys, pos, has_gauss, cached = np.random.get_state()  # noqa: NPY002
    state: dict[str, Any] = {
        "python": [version, list(internal), gauss],
        "numpy": [kind, keys.tolist(), int(pos), int(has_gauss), float(cached)],
        "torch": base64.b64encode(torch.get_rng_state().numpy().tobytes()).decode(),
    }
    if torch.cuda.is_available():
        state["cuda"] = [
            base64.b64encode(s.numpy().tobytes()).decode() for s in torch.cuda.get_rng_state_all()
        ]
    return state


def set_rng_state(state: dict[str, Any]) -> None:
    """Restore what ``rng_state`` returned."""
    version, internal, gauss = state["python"]
    random.setstate((version, tuple(internal), gauss))
    kind, keys, pos, has_gauss, cached = state["numpy"]
    keys = np.asarray(keys, dtype=np.uint32)
    np.random.set_state((kind, keys, pos, has_gauss, cached))  # noqa: NPY002
    torch.set_rng_state(_bytes_tensor(state["torch"]))
    if "cuda" in state and torch.cuda.is_available():
        saved = [_bytes_tensor(s) for s in state["cuda"]]
        if len(saved) == torch.cuda.device_count():
            torch.cuda.set_rng_state_all(saved)


def _bytes_tensor(b64: str) -> torch.Tensor:
    return torch.frombuffer(bytearray(base64.b64decode(b64)), dtype=torch.uint8).clone()


# ---------------------------------------------------------- optimizer state <-> tensors


def flatten_state(obj: Any, tensors: dict[str, torch.Tensor], path: str = "s") -> Any:
    """Replace every tensor in a nested state by ``{"tensor": key}``, collecting it.

    Dicts become ``{"dict": [[key, value], ...]}`` so integer keys (torch's optimizer
    ``state`` is keyed by parameter index) survive the trip through JSON.
    """
    if isinstance(obj, torch.Tensor):
        tensors[path] = obj.detach().contiguous().clone()
        return {"tensor": path}
    if isinstance(obj, dict):
        return {"dict": [[k, flatten_state(v, tensors, f"{path}.{k}")] for k, v in obj.items()]}
    if isinstance(obj, list | tuple):
        kind = "list" if isinstance(obj, list) else "tuple"
        return {kind: [flatten_state(v, tensors, f"{path}.{i}") for i, v in enumerate(obj)]}
    if obj is None or isinstance(obj, bool | int | float | str):
        return {"value": obj}
    raise TypeError(f"cannot store a {type(obj).__name__} in a checkpoint")


def unflatten_state(desc: Any, tensors: dict[str, torch.Tensor]) -> Any:
    """Inverse of ``flatten_state``."""
    if "tensor" in desc:
        return tensors[desc["tensor"]]
    if "dict" in desc:
        return {k: unflatten_state(v, tensors) for k, v in desc["dict"]}
    if "list" in desc:
        return [unflatten_state(v, tensors) for v in desc["list"]]
    if "tuple" in desc:
        return tuple(unflatten_state(v, tensors) for v in desc["tuple"])
    return desc["value"]


def _model_tensors(model: torch.nn.Module) -> dict[str, torch.Tensor]:
    # Tied weights share storage; safetensors refuses aliases, so keep each tensor once
    # under its first name and let load_state_dict(strict=False) re-tie via the module.
    seen: set[int] = set()
    out: dict[str, torch.Tensor] = {}
    for name, t in model.state_dict().items():
        key = t.data_ptr() if t.numel() else id(t)
        if key in seen:
            continue
        seen.add(key)
        out[name] = t.detach().contiguous()
    return out


# ------------------------------------------------------------------------ save / load


def save_checkpoint(
    run_dir: str | os.PathLike,
    model: torch.nn.Module,
    optimizer: Any,
    state: dict[str, Any],
    extra: dict[str, Any] | None = None,
) -> Path:
    """Write ``RUN_DIR/checkpoint`` atomically; ``state`` must be JSON-able.

    ``model`` must be the unwrapped module (not DDP / compiled). ``extra`` (nested dicts and
    lists of tensors and JSON values) comes back as ``load_checkpoint(...)["extra"]``.
    Returns the checkpoint path.
    """
    run_dir = Path(run_dir)
    run_dir.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=".checkpoint.", dir=run_dir))
    try:
        opt_tensors: dict[str, torch.Tensor] = {}
        structure = flatten_state(optimizer.state_dict(), opt_tensors)
        files = {
            "model.safetensors": _model_tensors(model),
            "optimizer.safetensors": opt_tensors,
        }
        extra_tensors: dict[str, torch.Tensor] = {}
        extra_structure = flatten_state(extra, extra_tensors, "x") if extra else None
        if extra:
            files["extra.safetensors"] = extra_tensors
        hashes = {}
        for fname, tensors in files.items():
            save_file({k: v.cpu() for k, v in tensors.items()}, str(tmp / fname))
            _fsync_file(tmp / fname)
            hashes[fname] = {
                "sha256": sha256_file(tmp / fname),
                "bytes": (tmp / fname).stat().st_size,
            }
        doc = {
            "format": FORMAT_VERSION,
            "files": hashes,
            "optimizer_structure": structure,
            "extra_structure": extra_structure,
            "rng": rng_state(),
            **state,
        }
        return _commit(run_dir, tmp, doc)
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)


def _commit(run_dir: Path, tmp: Path, doc: dict[str, Any]) -> Path:
    """Write ``state.json`` into the complete ``tmp`` folder, then swap it into place."""
    atomic_write_json(tmp / "state.json", doc)
    _fsync_dir(tmp)
    final, prev = run_dir / CHECKPOINT, run_dir / PREVIOUS
    if final.exists():
        if prev.exists():
            shutil.rmtree(prev)
        os.replace(final, prev)
    os.replace(tmp, final)
    _fsync_dir(run_dir)
    if prev.exists():
        shutil.rmtree(prev)
    return final


def _fsync_file(path: Path) -> None:
    with open(path, "rb+") as f:
        os.fsync(f.fileno())


def find_checkpoint(run_dir: str | os.PathLike) -> Path | None:
    """The checkpoint folder to resume from, or None when the run has none."""
    run_dir = Path(run_dir)
    for name in (CHECKPOINT, PREVIOUS):
        if (run_dir / name / "state.json").is_file():
            return run_dir / name
    return None


# Settings a resumed run may change: its limits, where and how it runs, what it reports.
RESUME_MAY_CHANGE = frozenset(
    {
        "out",
        "run_dir",
        "time_budget",
        "max_steps",
        "epochs",
        "overwrite",
        "resume",
        "device",
        "threads",
        "progress",
        "log_every",
        "eval_every",
        "eval_prompts",
        "eval_max_tokens",
        "compare_base",
        "sample_eval",
        "sample_max_tokens",
    }
)


def prepare_run_dir(
    out: str | os.PathLike,
    run_dir: str | os.PathLike | None,
    *,
    stage: str,
    settings: dict[str, Any],
    resume: bool,
    overwrite: bool,
) -> Path:
    """The run dir of a stage that writes model dir ``out``, after the cheap checks on
    ``out`` and the resume target (before any work).

    Without an explicit ``run_dir`` the run trains in the hidden sibling ``.OUT.run`` (OUT is
    replaced as a whole at the end); an interrupted run's checkpoint waits there for
    ``--resume``. A finished run resumes from ``OUT/run`` (with raised limits); publishing
    moves it back into the new OUT. ``settings`` is what the checkpoint's run state holds
    under ``stage`` (see :func:`check_resume_settings`). A fresh start clears the run dir;
    over a checkpoint only with ``overwrite``.
    """
    out = Path(out)
    hidden = run_dir is None
    run = work_run_dir(out) if hidden else Path(run_dir)
    if resume and hidden and find_checkpoint(run) is None:
        if find_checkpoint(out / RUN_DIR) is not None:
            run = out / RUN_DIR
    check_out_dir(out, run_dir=run, overwrite=overwrite, resume=resume)
    if resume:
        check_resume_settings(run, stage, settings)
    elif hidden:
        shutil.rmtree(run, ignore_errors=True)  # a crashed run's leftovers, never the user's
    else:
        clear_run_dir(run)
    return run


def check_resume_settings(
    run_dir: str | os.PathLike,
    stage: str,
    now: dict[str, Any],
    may_change: frozenset[str] = RESUME_MAY_CHANGE,
) -> None:
    """Refuse, before any work, a resume whose settings would make it another run.

    ``now`` is this run's config (``stage``'s section of the checkpoint's run state, as
    ``train_loop(run_state={stage: ...})`` saved it); keys in ``may_change`` (limits,
    device, logging) may differ, any other difference is named with the run's value.
    """
    ckpt = find_checkpoint(run_dir)
    saved = read_json(ckpt / "state.json", "checkpoint state") if ckpt else {}
    was = (saved.get("run") or {}).get(stage)
    if not isinstance(was, dict):
        return
    changed = [k for k in sorted(now) if k not in may_change and k in was and was[k] != now[k]]
    if changed:
        diffs = ", ".join(f"{k}={now[k]!r} (the run used {was[k]!r})" for k in changed[:5])
        raise GenforgeError(
            f"--resume: {diffs} would change the run it continues; resume with its settings, "
            "or start afresh with --overwrite"
        )


def load_checkpoint(
    run_dir: str | os.PathLike,
    model: torch.nn.Module,
    optimizer: Any | None = None,
    *,
    restore_rng: bool = True,
) -> dict[str, Any]:
    """Load weights (and optimizer state, RNG states) in place; return the saved state
    (with ``"extra"`` when the run saved extra state).

    Verifies every tensor file's size and sha256 and every tensor's shape before touching
    ``model``; any mismatch raises GenforgeError naming the file and what to do.
    """
    ckpt = find_checkpoint(run_dir)
    if ckpt is None:
        raise GenforgeError(
            f"no checkpoint to resume from in {run_dir}; start without --resume, "
            "or point at the run dir you want to continue"
        )
    doc = read_json(ckpt / "state.json", "checkpoint state")
    if doc.get("format") != FORMAT_VERSION or "files" not in doc:
        raise GenforgeError(f"{ckpt / 'state.json'} is not a genforge checkpoint state file")
    advice = _verify_files(ckpt, doc)
    if bool(doc.get("sharded")) != is_sharded(model):
        raise GenforgeError(
            f"the checkpoint in {ckpt} was written "
            + ("sharded (parallel=fsdp, tp, fsdp+tp or pp)" if doc.get("sharded") else "whole")
            + " but this run's model is "
            + ("sharded" if is_sharded(model) else "whole (parallel=ddp)")
            + "; resume with the run's own parallel= setting (any number of processes)"
        )
    if doc.get("sharded"):
        _load_sharded(ckpt, model, optimizer, advice)
        if restore_rng:
            set_rng_state(doc["rng"])
        return doc
    try:
        weights = load_file(str(ckpt / "model.safetensors"))
        opt_tensors = load_file(str(ckpt / "optimizer.safetensors"))
        if doc.get("extra_structure") is not None:
            doc["extra"] = unflatten_state(
                doc["extra_structure"], load_file(str(ckpt / "extra.safetensors"))
            )
    except (SafetensorError, OSError) as e:
        raise GenforgeError(f"cannot read checkpoint in {ckpt} ({e}); {advice}") from e
    expected = model.state_dict()
    for name, t in weights.items():
        if name not in expected:
            raise GenforgeError(
                f"checkpoint {ckpt} has weight {name!r} this model lacks: it was saved by a "
                "different model configuration; resume with the same config"
            )
        if tuple(expected[name].shape) != tuple(t.shape):
            raise GenforgeError(
                f"checkpoint weight {name!r} has shape {tuple(t.shape)} but the model expects "
                f"{tuple(expected[name].shape)}; resume with the same model config"
            )
    missing = [n for n in expected if n not in weights and not _is_alias(model, n, weights)]
    if missing:
        raise GenforgeError(
            f"checkpoint {ckpt} lacks weights {missing[:5]}; resume with the same model config"
        )
    model.load_state_dict(weights, strict=False)
    if optimizer is not None:
        opt_state = unflatten_state(doc["optimizer_structure"], opt_tensors)
        try:
            optimizer.load_state_dict(opt_state)
        except (ValueError, KeyError) as e:
            raise GenforgeError(
                f"optimizer state in {ckpt} does not fit this run ({e}); resume with the "
                "same optimizer and model settings"
            ) from e
    if restore_rng:
        set_rng_state(doc["rng"])
    return doc


def _verify_files(ckpt: Path, doc: dict[str, Any]) -> str:
    """Check every listed file's size and sha256; return the advice for other failures."""
    advice = f"delete {ckpt} to start over, or resume from an earlier copy of the run directory"
    for fname, meta in doc["files"].items():
        path = ckpt / fname
        if not path.is_file():
            raise GenforgeError(f"checkpoint file {path} is missing; {advice}")
        if path.stat().st_size != meta["bytes"]:
            raise GenforgeError(
                f"checkpoint file {path} is truncated ({path.stat().st_size} bytes, "
                f"expected {meta['bytes']}); {advice}"
            )
        if sha256_file(path) != meta["sha256"]:
            raise GenforgeError(f"checkpoint file {path} is corrupted (sha256 differs); {advice}")
    return advice


# ------------------------------------------------------------- sharded (DCP) checkpoints

SHARDED_DIR = "dcp"
# Optimizer state keyed by parameter name throughout (param_groups too): pipeline stages
# hold different parameters, and DCP keeps one copy of any key that several ranks share.
_SHARDED_TMP = ".checkpoint.sharded.tmp"


def _dcp_options():
    from torch.distributed.checkpoint.state_dict import StateDictOptions

    return StateDictOptions(flatten_optimizer_state_dict=True)


def _optimizer_list(optimizer: Any) -> list[torch.optim.Optimizer]:
    """The torch optimizers inside ``optimizer`` (an OptimizerSet holds several)."""
    inner = getattr(optimizer, "optimizers", None)
    return list(inner.values()) if isinstance(inner, dict) else [optimizer]


def save_sharded_checkpoint(
    run_dir: str | os.PathLike, model: torch.nn.Module, optimizer: Any, state: dict[str, Any]
) -> Path | None:
    """Collective: every rank writes its shards of the model and optimizer with DCP; rank 0
    then records the files' hashes and ``state`` and swaps the folder in (atomic as
    :func:`save_checkpoint`). Returns the checkpoint path on rank 0, None elsewhere."""
    import torch.distributed as dist
    import torch.distributed.checkpoint as dcp
    from torch.distributed.checkpoint.state_dict import get_state_dict

    run_dir = Path(run_dir)
    tmp = run_dir / _SHARDED_TMP
    main = dist.get_rank() == 0
    if main:  # one fixed name every rank can find; a crashed save's leftovers go first
        shutil.rmtree(tmp, ignore_errors=True)
        tmp.mkdir(parents=True)
    dist.barrier()
    try:
        model_sd, optim_sd = get_state_dict(
            model, _optimizer_list(optimizer), options=_dcp_options()
        )
        dcp.save({"model": model_sd, "optim": optim_sd}, checkpoint_id=tmp / SHARDED_DIR)
        dist.barrier()  # every rank's files are complete before rank 0 hashes and commits
        final = None
        if main:
            files = {}
            for path in sorted((tmp / SHARDED_DIR).iterdir()):
                _fsync_file(path)
                files[f"{SHARDED_DIR}/{path.name}"] = {
                    "sha256": sha256_file(path),
                    "bytes": path.stat().st_size,
                }
            _fsync_dir(tmp / SHARDED_DIR)
            doc = {"format": FORMAT_VERSION, "sharded": True, "files": files, "rng": rng_state()}
            final = _commit(run_dir, tmp, {**doc, **state})
        dist.barrier()  # nobody starts the next step (or exits) before the commit
        return final
    finally:
        if main and tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)


def _load_sharded(ckpt: Path, model: torch.nn.Module, optimizer: Any, advice: str) -> None:
    """Read a DCP checkpoint into a sharded model (and optimizer), whatever the number of
    processes that wrote it: DCP reads each rank's slices of every global tensor."""
    import torch.distributed.checkpoint as dcp
    from torch.distributed.checkpoint.api import CheckpointException
    from torch.distributed.checkpoint.state_dict import get_state_dict, set_state_dict

    optimizers = _optimizer_list(optimizer) if optimizer is not None else []
    model_sd, optim_sd = get_state_dict(model, optimizers, options=_dcp_options())
    state = {"model": model_sd, "optim": optim_sd} if optimizers else {"model": model_sd}
    try:
        dcp.load(state, checkpoint_id=ckpt / SHARDED_DIR)
    except (CheckpointException, RuntimeError, ValueError, KeyError) as e:
        # DCP gathers every rank's failure into one CheckpointException (a BaseException);
        # its last line names the first missing or mismatched tensor.
        detail = str(e).strip().splitlines()[-1][:300]
        raise GenforgeError(
            f"cannot read the sharded checkpoint in {ckpt}: it does not fit this model, "
            f"optimizer or parallel= layout ({detail}); resume with the run's own settings "
            f"(any number of processes), or {advice}"
        ) from e
    if optimizers:
        set_state_dict(
            model,
            optimizers,
            model_state_dict=model_sd,
            optim_state_dict=optim_sd,
            options=_dcp_options(),
        )
    else:
        from torch.distributed.checkpoint.state_dict import set_model_state_dict

        set_model_state_dict(model, model_sd)


def _is_alias(model: torch.nn.Module, name: str, weights: dict[str, torch.Tensor]) -> bool:
    """True when ``name`` shares storage with a tensor that was saved (a tied weight)."""
    sd = model.state_dict()
    ptr = sd[name].data_ptr()
    return any(sd[other].data_ptr() == ptr for other in weights if other in sd)
