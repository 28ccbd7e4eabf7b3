"""Batches of next-token training windows from token shards: seeded, DDP-aware, resumable.

Sampling is without replacement inside an epoch. Each epoch ``e`` takes a permutation of
candidate window starts from ``numpy.random.default_rng([seed, e])``; all ranks compute the
same permutation and walk it together, one *global batch* (``batch_size * world_size``
rows) per step, rank ``r`` taking rows ``[r * batch_size, (r + 1) * batch_size)`` of it.
So ranks never share a window within an epoch, and the ranks of a step together see exactly
the rows a single process with the global batch size would see.

The only state is how many global rows were consumed: a small JSON-able dict that makes a
resumed loader produce exactly the batches the uninterrupted one would have.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any, Literal

import numpy as np
import torch

from genforge.data.shards import TokenShards, open_shards
from genforge.errors import GenforgeError

IGNORE_INDEX = -100
_STATE_FORMAT = 1


def _as_shards(shards: TokenShards | str | os.PathLike) -> TokenShards:
    return shards if isinstance(shards, TokenShards) else open_shards(shards)


def _positive(name: str, value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int | np.integer) or value < 1:
        raise GenforgeError(f"{name} must be a positive integer, got {value!r}")
    return int(value)


class TokenLoader:
    """Draws ``(inputs, targets)`` batches of shape ``(batch_size, seq_len)`` (int64).

    ``mode="random"``: each epoch cuts the stream into back-to-back windows of ``seq_len + 1``
    tokens at a random offset and shuffles them. ``mode="bos_aligned"``: every row starts at
    a document's first token (its BOS) and runs on into the following documents to fill
    the row. Every document starting at least ``seq_len + 1`` tokens before the end of the
    stream is a candidate; text beyond a document's first ``seq_len`` tokens is never
    trained on in this mode, so prefer "random" for corpora of long documents.
    """

    def __init__(
        self,
        shards: TokenShards | str | os.PathLike,
        *,
        batch_size: int,
        seq_len: int,
        seed: int = 0,
        rank: int = 0,
        world_size: int = 1,
        mode: Literal["random", "bos_aligned"] = "random",
    ) -> None:
        self.batch_size = _positive("batch_size", batch_size)
        self.seq_len = _positive("seq_len", seq_len)
        self.world_size = _positive("world_size", world_size)
        if isinstance(rank, bool) or not isinstance(rank, int) or not 0 <= rank < world_size:
            raise GenforgeError(f"rank must be in [0, {world_size}), got {rank!r}")
        if isinstance(seed, bool) or not isinstance(seed, int) or seed < 0:
            raise GenforgeError(f"seed must be a non-negative integer, got {seed!r}")
        if mode not in ("random", "bos_aligned"):
            raise GenforgeError(f"mode must be 'random' or 'bos_aligned', got {mode!r}")
        self.shards = _as_shards(shards)
        self.rank = rank
        self.seed = seed
        self.mode = mode
        self.rows_consumed = 0  # global rows, all ranks together
        self.batches_drawn = 0  # by this loader
        window = self.seq_len + 1
        n_tok = self.shards.num_tokens
        if n_tok < window:
            raise GenforgeError(
                f"shards hold {n_tok} tokens, fewer than seq_len + 1 = {window}; "
                "use a shorter seq_len (seq_len=N) or more data"
            )
        if mode == "random":
            self._num_windows = max(1, (n_tok - window + 1) // window)
            self._max_offset = min(window - 1, n_tok - self._num_windows * window)
            self._candidates: np.ndarray | None = None
        else:
            starts = np.asarray(self.shards.doc_starts, dtype=np.int64)
            self._candidates = starts[starts + window <= n_tok]
            if len(self._candidates) == 0:
                raise GenforgeError(
                    f"no document starts at least seq_len + 1 = {window} tokens before the "
                    "end of the shards; use a shorter seq_len (seq_len=N), more data, or "
                    "mode=random"
                )
            self._num_windows = len(self._candidates)
        self._cache: tuple[int, np.ndarray] | None = None

    @property
    def windows_per_epoch(self) -> int:
        return self._num_windows

    @property
    def epoch(self) -> float:
        """Epochs consumed so far (fractional), counting all ranks' rows."""
        return self.rows_consumed / self._num_windows

    def _epoch_starts(self, epoch: int) -> np.ndarray:
        if self._cache is not None and self._cache[0] == epoch:
            return self._cache[1]
        rng = np.random.default_rng([self.seed, epoch])
        if self._candidates is None:
            offset = int(rng.integers(0, self._max_offset + 1))
            order = rng.permutation(self._num_windows)
            starts = offset + order.astype(np.int64) * (self.seq_len + 1)
        else:
            starts = self._candidates[rng.permutation(self._num_windows)]
        self._cache = (epoch, starts)
        return starts

    def _positions(self, first_row: int, count: int) -> np.ndarray:
        out = np.empty(count, dtype=np.int64)
        done = 0
        while done < count:
            epoch, within = divmod(first_row + done, self._num_windows)
            take = min(count - done, self._num_windows - within)
            out[done : done + take] = self._epoch_starts(epoch)[within : within + take]
            done += take
        return out

    def next_positions(self) -> np.ndarray:
        """Stream offsets of the rows of the next batch (without consuming it)."""
        return self._positions(self.rows_consumed + self.rank * self.batch_size, self.batch_size)

    def next_batch(self) -> tuple[torch.Tensor, torch.Tensor]:
        """Next ``(x, y)``, both int64 ``(batch_size, seq_len)``; ``y`` is ``x`` shifted by one."""
        positions = self.next_positions()
        window = self.seq_len + 1
        rows = np.empty((self.batch_size, window), dtype=np.int64)
        for i, p in enumerate(positions):
            rows[i] = self.shards.tokens(int(p), window)
        self.rows_consumed += self.batch_size * self.world_size
        self.batches_drawn += 1
        x = torch.from_numpy(np.ascontiguousarray(rows[:, :-1]))
        y = torch.from_numpy(np.ascontiguousarray(rows[:, 1:]))
        return x, y

    def __iter__(self) -> Iterator[tuple[torch.Tensor, torch.Tensor]]:
        while True:
            yield self.next_batch()

    def state_dict(self) -> dict[str, Any]:
        """JSON-serialisable position; pass to :meth:`load_state_dict` to resume exactly."""
        return {
            "format": _STATE_FORMAT,
            "mode": self.mode,
            "seed": self.seed,
            "seq_len": self.seq_len,
            "batch_size": self.batch_size,
            "world_size": self.world_size,
            "rank": self.rank,
            "num_tokens": self.shards.num_tokens,
            "tokenizer_sha256": self.shards.tokenizer_sha256,
            "rows_consumed": self.rows_consumed,
            "batches_drawn": self.batches_drawn,
        }

    def load_state_dict(self, state: dict[str, Any]) -> None:
        """Resume from :meth:`state_dict` output (any rank's; they are equal but for rank).

        The data, mode and seq_len must match; the seed is taken from the state. A changed
        batch size or world size is allowed and continues after the rows already consumed.
        """
        if not isinstance(state, dict) or state.get("format") != _STATE_FORMAT:
            raise GenforgeError("loader state is not a genforge TokenLoader state_dict")
        for key, mine in (
            ("mode", self.mode),
            ("seq_len", self.seq_len),
            ("num_tokens", self.shards.num_tokens),
            ("tokenizer_sha256", self.shards.tokenizer_sha256),
        ):
            if state.get(key) != mine:
                raise GenforgeError(
                    f"loader state has {key}={state.get(key)!r} but this loader has {mine!r}; "
                    "resume with the same shards, mode and seq_len"
                )
        self.seed = int(state["seed"])
        self.rows_consumed = int(state["rows_consumed"])
        self.batches_drawn = int(state.get("batches_drawn", 0))
        self._cache = None


def iter_sequential(
    shards: TokenShards | str | os.PathLike,
    seq_len: int,
    batch_size: int,
    *,
    rank: int = 0,
    world_size: int = 1,
) -> Iterator[tuple[torch.Tensor, torch.Tensor]]:
    """Walk the whole stream once for evaluation: every token after the first is a target
    exactly once (across all ranks).

    Window ``i`` has inputs ``tokens[i*seq_len : (i+1)*seq_len]`` and targets shifted by
    one; window ``i`` belongs to rank ``i % world_size``. The last window is padded: inputs
    with 0 and targets with -100 (``IGNORE_INDEX``, which ``F.cross_entropy`` skips). The
    last batch may have fewer rows. Shapes: int64 ``(rows <= batch_size, seq_len)``.
    """
    seq_len = _positive("seq_len", seq_len)
    batch_size = _positive("batch_size", batch_size)
    world_size = _positive("world_size", world_size)
    if not 0 <= rank < world_size:
        raise GenforgeError(f"rank must be in [0, {world_size}), got {rank!r}")
    sh = _as_shards(shards)
    n_targets = sh.num_tokens - 1
    n_windows = -(-n_targets // seq_len)
    mine = range(rank, n_windows, world_size)
    for b in range(0, len(mine), batch_size):
        idx = mine[b : b + batch_size]
        x = np.zeros((len(idx), seq_len), dtype=np.int64)
        y = np.full((len(idx), seq_len), IGNORE_INDEX, dtype=np.int64)
        for row, i in enumerate(idx):
            start = i * seq_len
            n = min(seq_len, n_targets - start)
            toks = sh.tokens(start, n + 1)
            x[row, :n] = toks[:n]
            y[row, :n] = toks[1:]
        yield torch.from_numpy(x), torch.from_numpy(y)


__all__ = ["IGNORE_INDEX", "TokenLoader", "iter_sequential"]
