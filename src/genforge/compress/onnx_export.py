"""ONNX export: the genforge GPT as a decoder graph with KV-cache inputs and outputs that
onnxruntime (and any ONNX runtime) runs, plus a small greedy runner over it.

The graph is ``GPT.forward`` itself, traced by ``torch.onnx.export`` (the ``torch.export``
based exporter, which needs the ``onnx`` and ``onnxscript`` packages). What changes is the
cache: the engine's slot pool writes keys in place at each row's length, which a graph
with value-semantics inputs cannot express, so the export passes a cache object with the
same interface (``begin`` / ``update`` / ``advance``) that concatenates each layer's past
keys and values with the new ones and hands the results out as outputs. One model
definition; only the cache's storage differs.

Graph signature (names in ``genforge_onnx.json``):

* inputs ``input_ids`` int64 (batch, seq) and, per layer i, ``past_key_i`` /
  ``past_value_i`` float32 (batch, n_kv_head, past, head_dim) — ``past`` may be 0 (the
  prompt's prefill);
* outputs ``logits`` float32 (batch, seq, vocab) and ``present_key_i`` /
  ``present_value_i`` (batch, n_kv_head, past + seq, head_dim).

Every row of a batch sits at the same length (the graph's positions are
``past .. past+seq-1``): a batch of prompts of different lengths is run one row at a time
or left-padded by the caller.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import torch
from torch import nn

from genforge.errors import GenforgeError
from genforge.io import atomic_write_json, read_json
from genforge.modeldir import atomic_dir, load_model_dir

ONNX_FILE = "model.onnx"
ONNX_META = "genforge_onnx.json"


class _ConcatCache:
    """The KV-cache interface ``GPT.forward`` calls, over explicit past tensors: each
    layer's keys/values are ``cat(past, new)`` along positions, collected in ``present``."""

    def __init__(self, past: tuple[torch.Tensor, ...], max_len: int) -> None:
        self.past = past
        self.present: list[torch.Tensor] = []
        self.max_len = max_len  # rotary tables are sized to the context once, at export

    def begin(self, batch_size: int, new_tokens: int) -> tuple[torch.Tensor, torch.Tensor]:
        P = self.past[0].size(2)
        dev = self.past[0].device
        pos = (P + torch.arange(new_tokens, device=dev)).expand(batch_size, new_tokens)
        # Always an explicit mask: which of SDPA's causal shortcuts applies depends on
        # whether past is empty, a shape the graph must leave open.
        k_pos = torch.arange(P + new_tokens, device=dev)
        mask = (k_pos <= pos.unsqueeze(-1)).unsqueeze(1)  # (B, 1, T, P+T)
        return pos, mask

    def update(self, layer: int, k: torch.Tensor, v: torch.Tensor):
        K = torch.cat([self.past[2 * layer], k], dim=2)  # (B, nkv, P+T, hs)
        V = torch.cat([self.past[2 * layer + 1], v], dim=2)
        self.present += [K, V]
        return K, V

    def advance(self, n: int) -> None:
        """Nothing to count: the lengths are the tensors' own."""


class _DecoderGraph(nn.Module):
    """``(input_ids, past...) -> (logits, present...)``: what the exporter traces."""

    def __init__(self, model: nn.Module) -> None:
        super().__init__()
        self.model = model

    def forward(self, input_ids: torch.Tensor, *past: torch.Tensor):
        cache = _ConcatCache(past, self.model.config.block_size)
        logits, _ = self.model(input_ids, kv_cache=cache)
        return (logits, *cache.present)


def cache_names(n_layer: int, prefix: str) -> list[str]:
    """``prefix_key_0, prefix_value_0, ...`` for ``n_layer`` layers (the graph's order)."""
    return [f"{prefix}_{kind}_{i}" for i in range(n_layer) for kind in ("key", "value")]


def export_onnx(model_dir: str | os.PathLike, out_dir: str | os.PathLike) -> Path:
    """Write ``out_dir`` holding ``model.onnx`` (float32 decoder with KV cache; its weights
    in ``model.onnx.data`` beside it, ONNX external data), ``tokenizer.json``,
    ``generation_config.json`` and ``genforge_onnx.json`` (the graph's inputs, outputs and
    shapes) for the genforge model dir ``model_dir``; return it.

    Written atomically; an earlier ONNX export at ``out_dir`` may be replaced.
    """
    try:
        import onnx  # noqa: F401  (the exporter's own imports, checked up front)
        import onnxscript  # noqa: F401
    except ImportError as e:
        raise GenforgeError(
            "ONNX export needs the onnx and onnxscript packages: pip install 'genforge[onnx]'"
        ) from e
    from torch.export import Dim

    src, out = Path(model_dir), Path(out_dir)
    if out.resolve() == src.resolve():
        raise GenforgeError("--out must differ from --model: export writes a new directory")
    loaded = load_model_dir(src, device="cpu", dtype="float32", require_float="export")
    model, cfg = loaded.model.eval(), loaded.model.config
    nkv, hs, L = cfg.kv_head_count, cfg.head_dim, cfg.n_layer
    # Example sizes away from 0 and 1, which torch.export would specialize on.
    B, P, T = 2, 3, 5
    ids = torch.zeros(B, T, dtype=torch.long)
    past = tuple(torch.zeros(B, nkv, P, hs) for _ in range(2 * L))
    batch = Dim("batch", min=1, max=1 << 16)
    seq = Dim("seq", min=1, max=cfg.block_size)
    past_len = Dim("past", min=0, max=cfg.block_size - 1)
    shapes = ({0: batch, 1: seq}, tuple({0: batch, 2: past_len} for _ in past))
    inputs = ["input_ids", *cache_names(L, "past")]
    outputs = ["logits", *cache_names(L, "present")]
    meta = {
        "format": "genforge-onnx-decoder",
        "inputs": inputs,
        "outputs": outputs,
        "n_layer": L,
        "n_kv_head": nkv,
        "head_dim": hs,
        "vocab_size": cfg.vocab_size,
        "block_size": cfg.block_size,
        "arch": cfg.arch,
        "source": str(src.resolve()),
    }
    with atomic_dir(out, replaceable=_is_onnx_export) as tmp, _quiet_exporter():
        with torch.no_grad():
            torch.onnx.export(
                _DecoderGraph(model).eval(),
                (ids, *past),
                str(tmp / ONNX_FILE),
                dynamo=True,
                dynamic_shapes=shapes,
                input_names=inputs,
                output_names=outputs,
                optimize=True,
                verbose=False,
            )
        for name in ("tokenizer.json", "generation_config.json"):
            if (src / name).is_file():
                shutil.copy2(src / name, tmp / name)
        atomic_write_json(tmp / ONNX_META, meta)
    return out


@contextlib.contextmanager
def _quiet_exporter() -> Iterator[None]:
    """Silence the exporter's notes that are not about this model (torchvision ops it skips,
    how it renamed the dynamic axes), so the command's output stays its own."""
    log = logging.getLogger("torch.onnx")
    level = log.level
    log.setLevel(logging.ERROR)
    try:
        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", message=".*axis name", category=UserWarning)
            warnings.filterwarnings("ignore", category=FutureWarning)  # torch's own internals
            yield
    finally:
        log.setLevel(level)


def _is_onnx_export(path: Path) -> bool:
    try:
        return read_json(path / ONNX_META).get("format") == "genforge-onnx-decoder"
    except (GenforgeError, AttributeError):
        return False


class OnnxDecoder:
    """An ONNX export run by onnxruntime (CPU): logits with a KV cache, greedy decoding."""

    def __init__(self, export_dir: str | os.PathLike, *, threads: int | None = None) -> None:
        try:
            import onnxruntime as ort
        except ImportError as e:
            raise GenforgeError(
                "running an ONNX export needs onnxruntime: pip install 'genforge[onnx]'"
            ) from e
        from genforge.tokenizer import Tokenizer

        path = Path(export_dir)
        if not _is_onnx_export(path):
            raise GenforgeError(f"{path} is not a genforge ONNX export (no {ONNX_META})")
        self.meta = read_json(path / ONNX_META)
        opts = ort.SessionOptions()
        if threads:
            opts.intra_op_num_threads = threads
            opts.inter_op_num_threads = 1
        self.session = ort.InferenceSession(
            str(path / ONNX_FILE), opts, providers=["CPUExecutionProvider"]
        )
        self.tokenizer = Tokenizer.load(path / "tokenizer.json")

    def empty_cache(self, batch: int = 1) -> list[Any]:
        import numpy as np

        m = self.meta
        shape = (batch, m["n_kv_head"], 0, m["head_dim"])
        return [np.zeros(shape, dtype=np.float32) for _ in range(2 * m["n_layer"])]

    def forward(self, ids: Any, past: list[Any] | None = None) -> tuple[Any, list[Any]]:
        """Logits (B, T, V) of int64 ids (B, T) after ``past`` (None: empty), and the new cache."""
        import numpy as np

        ids = np.asarray(ids, dtype=np.int64)
        past = self.empty_cache(ids.shape[0]) if past is None else past
        feed = dict(zip(self.meta["inputs"], [ids, *past], strict=True))
        logits, *present = self.session.run(None, feed)
        return logits, present

    def greedy(self, ids: list[int], max_new_tokens: int, stop: set[int] = frozenset()):
        """Greedy continuation of ``ids`` (up to ``max_new_tokens`` ids, ending at a ``stop``
        id, which is not returned), one cached step per token."""
        room = self.meta["block_size"] - len(ids)
        logits, past = self.forward([ids])
        out: list[int] = []
        for _ in range(min(max_new_tokens, room)):
            nxt = int(logits[0, -1].argmax())
            if nxt in stop:
                break
            out.append(nxt)
            if len(out) == room:
                break
            logits, past = self.forward([[nxt]], past)
        return out
