"""Key/value cache for incremental decoding.

Attention at step t needs the keys and values of every earlier position; recomputing them
costs O(T) per new token. The cache keeps them in preallocated tensors, one pair per layer,
so each decoding step only projects the new token.
"""

from __future__ import annotations

import torch

from genforge.errors import GenforgeError


class KVCache:
    """Preallocated K/V tensors of shape (B, n_kv_head, max_len, head_dim) for each layer.

    ``length`` is the number of positions already stored (the same for every sequence in
    the batch). A model call with a cache writes the new chunk at ``length .. length+T-1``
    in every layer, then calls ``advance(T)``.
    """

    def __init__(
        self,
        n_layer: int,
        batch_size: int,
        n_kv_head: int,
        max_len: int,
        head_dim: int,
        *,
        device: torch.device | str = "cpu",
        dtype: torch.dtype = torch.float32,
    ) -> None:
        if max_len < 1 or batch_size < 1:
            raise GenforgeError(
                f"KV cache needs max_len >= 1 and batch_size >= 1, got {max_len}, {batch_size}"
            )
        shape = (batch_size, n_kv_head, max_len, head_dim)
        self.k = [torch.zeros(shape, device=device, dtype=dtype) for _ in range(n_layer)]
        self.v = [torch.zeros(shape, device=device, dtype=dtype) for _ in range(n_layer)]
        self.max_len = max_len
        self.batch_size = batch_size
        self.length = 0

    @classmethod
    def for_model(
        cls, model: torch.nn.Module, batch_size: int = 1, max_len: int | None = None
    ) -> KVCache:
        """A cache sized for ``model`` (a GPT): ``max_len`` defaults to its block_size."""
        cfg = model.config
        max_len = cfg.block_size if max_len is None else max_len
        if max_len > cfg.block_size:
            raise GenforgeError(
                f"KV cache max_len {max_len} exceeds the model's block_size {cfg.block_size}; "
                "the model has no position information beyond its context"
            )
        param = next(model.parameters())
        return cls(
            cfg.n_layer,
            batch_size,
            cfg.kv_head_count,
            max_len,
            cfg.head_dim,
            device=param.device,
            dtype=param.dtype,
        )

    @property
    def remaining(self) -> int:
        """Positions still free."""
        return self.max_len - self.length

    def check_room(self, batch_size: int, new_tokens: int) -> None:
        """Raise GenforgeError unless ``new_tokens`` more positions fit for this batch size."""
        if batch_size != self.batch_size:
            raise GenforgeError(
                f"KV cache was made for batch size {self.batch_size}, got a batch of {batch_size}"
            )
        if self.length + new_tokens > self.max_len:
            raise GenforgeError(
                f"KV cache is full: {self.length} cached + {new_tokens} new tokens exceeds "
                f"max_len {self.max_len}; start a new cache or shorten the prompt"
            )

    def update(
        self, layer: int, k: torch.Tensor, v: torch.Tensor
    ) -> tuple[torch.Tensor, torch.Tensor]:
        """Store ``k``/``v`` (B, n_kv_head, T, hs) after the cached positions of ``layer``.

        Returns views of all keys and values so far, each (B, n_kv_head, length+T, hs).
        ``length`` itself moves only in ``advance`` so every layer writes at the same place.
        """
        end = self.length + k.size(2)
        self.k[layer][:, :, self.length : end] = k
        self.v[layer][:, :, self.length : end] = v
        return self.k[layer][:, :, :end], self.v[layer][:, :, :end]

    def advance(self, n: int) -> None:
        """Mark ``n`` more positions as stored (called once per model call)."""
        self.length += n

    def reset(self) -> None:
        """Forget every cached position (the memory is kept for reuse)."""
        self.length = 0


class SlotKVCache:
    """A pool of per-request KV slots for continuous batching.

    Each layer holds K and V tensors of shape (n_slots, n_kv_head, max_len, head_dim) and
    each slot has its own length, so requests at different positions share one decode
    batch. A model call works on a contiguous range of slots through :meth:`rows`, which
    returns the :class:`SlotBatch` to pass as ``kv_cache``. Positions at or past a slot's
    length hold stale data from earlier occupants; the causal mask by absolute position
    hides them, so freeing a slot is just setting its length to 0.
    """

    def __init__(
        self,
        n_layer: int,
        n_slots: int,
        n_kv_head: int,
        max_len: int,
        head_dim: int,
        *,
        device: torch.device | str = "cpu",
        dtype: torch.dtype = torch.float32,
    ) -> None:
        if max_len < 1 or n_slots < 1:
            raise GenforgeError(
                f"KV pool needs max_len >= 1 and n_slots >= 1, got {max_len}, {n_slots}"
            )
        shape = (n_slots, n_kv_head, max_len, head_dim)
        self.k = [torch.zeros(shape, device=device, dtype=dtype) for _ in range(n_layer)]
        self.v = [torch.zeros(shape, device=device, dtype=dtype) for _ in range(n_layer)]
        self.n_slots = n_slots
        self.max_len = max_len
        self.device = torch.device(device)
        self.lengths = [0] * n_slots  # Python ints: no device sync to read them

    @classmethod
    def for_model(
        cls, model: torch.nn.Module, n_slots: int, max_len: int | None = None
    ) -> SlotKVCache:
        """A pool sized for ``model`` (a GPT); ``max_len`` defaults to its block_size."""
        cfg = model.config
        max_len = cfg.block_size if max_len is None else min(max_len, cfg.block_size)
        param = next(model.parameters())
        return cls(
            cfg.n_layer,
            n_slots,
            cfg.kv_head_count,
            max_len,
            cfg.head_dim,
            device=param.device,
            dtype=param.dtype,
        )

    def bytes_per_token(self) -> int:
        """Memory one cached position of one slot takes across all layers (K and V)."""
        k = self.k[0]
        return 2 * len(self.k) * k.size(1) * k.size(3) * k.element_size()

    def rows(self, lo: int, hi: int) -> SlotBatch:
        """A cache view over slots ``lo .. hi-1`` for one model call."""
        if not 0 <= lo < hi <= self.n_slots:
            raise GenforgeError(f"slot range {lo}..{hi} is outside the pool of {self.n_slots}")
        return SlotBatch(self, lo, hi)

    def move(self, src: int, dst: int) -> None:
        """Copy slot ``src`` (its cached positions and length) into slot ``dst``."""
        n = self.lengths[src]
        if n:
            for k, v in zip(self.k, self.v):
                k[dst, :, :n] = k[src, :, :n]
                v[dst, :, :n] = v[src, :, :n]
        self.lengths[dst] = n

    def rewind(self, slot: int, length: int) -> None:
        """Keep only the first ``length`` cached positions of ``slot`` (the rest, e.g. rejected
        speculative tokens, become stale and are overwritten by the next tokens)."""
        if not 0 <= length <= self.lengths[slot]:
            raise GenforgeError(
                f"cannot rewind slot {slot} to {length}: it holds {self.lengths[slot]} positions"
            )
        self.lengths[slot] = length

    def free(self, slot: int) -> None:
        """Forget slot ``slot`` (its memory is reused by the next occupant)."""
        self.lengths[slot] = 0


class SlotBatch:
    """A contiguous range of :class:`SlotKVCache` slots, passed to ``GPT.forward`` as its
    ``kv_cache``: every row continues after its own cached length."""

    def __init__(self, pool: SlotKVCache, lo: int, hi: int) -> None:
        self.pool = pool
        self.lo, self.hi = lo, hi
        self.batch_size = hi - lo
        self.attn_mask: torch.Tensor | None = None
        self._t = 0
        self._end = 0
        self._b_idx: torch.Tensor | None = None
        self._pos: torch.Tensor | None = None

    def check_room(self, batch_size: int, new_tokens: int) -> None:
        """Raise GenforgeError unless every row has room for ``new_tokens`` more positions."""
        if batch_size != self.batch_size:
            raise GenforgeError(
                f"slot batch covers {self.batch_size} slots, got a batch of {batch_size}"
            )
        longest = max(self.pool.lengths[self.lo : self.hi])
        if longest + new_tokens > self.pool.max_len:
            raise GenforgeError(
                f"KV slot is full: {longest} cached + {new_tokens} new tokens exceeds "
                f"max_len {self.pool.max_len}"
            )

    def positions(self, new_tokens: int) -> torch.Tensor:
        """Absolute positions (B, T) of the next ``new_tokens`` tokens of each row.

        Also prepares the attention mask (B, 1, T, Tk) that lets a query see exactly the
        keys at or before its own position, Tk being the longest row's new length.
        """
        lengths = self.pool.lengths[self.lo : self.hi]
        dev = self.pool.device
        T = new_tokens
        start = torch.tensor(lengths, device=dev).unsqueeze(1)  # (B, 1)
        pos = start + torch.arange(T, device=dev)  # (B, T)
        self._t = T
        self._end = max(lengths) + T
        self._pos = pos
        self._b_idx = torch.arange(self.batch_size, device=dev).unsqueeze(1)  # (B, 1)
        if len(set(lengths)) == 1:
            # Rows in step: the plain causal rule for a chunk after cached positions applies
            # (and a single new token sees every key), which takes SDPA's fast paths.
            self.attn_mask = None
        else:
            k_pos = torch.arange(self._end, device=dev)  # (Tk,)
            self.attn_mask = (k_pos <= pos.unsqueeze(-1)).unsqueeze(1)  # (B, 1, T, Tk)
        return pos

    def update(
        self, layer: int, k: torch.Tensor, v: torch.Tensor
    ) -> tuple[torch.Tensor, torch.Tensor]:
        """Store ``k``/``v`` (B, n_kv_head, T, hs) at each row's positions; return views of
        keys and values (B, n_kv_head, Tk, hs) for attention (masked by ``attn_mask``)."""
        K = self.pool.k[layer][self.lo : self.hi]
        V = self.pool.v[layer][self.lo : self.hi]
        if self.batch_size == 1:
            s = self.pool.lengths[self.lo]
            K[0, :, s : s + self._t] = k[0]
            V[0, :, s : s + self._t] = v[0]
        else:
            K[self._b_idx, :, self._pos] = k.transpose(1, 2)  # (B, T, nkv, hs)
            V[self._b_idx, :, self._pos] = v.transpose(1, 2)
        return K[:, :, : self._end], V[:, :, : self._end]

    def advance(self, n: int) -> None:
        """Mark ``n`` more positions stored in every row (called once per model call)."""
        lengths = self.pool.lengths
        for i in range(self.lo, self.hi):
            lengths[i] += n
