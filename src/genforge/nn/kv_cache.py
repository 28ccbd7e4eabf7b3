"""Key/value cache for incremental decoding: one pool of per-request slots.

Attention at step t needs the keys and values of every earlier position; recomputing them
costs O(T) per new token. The cache keeps them in preallocated tensors, one pair per layer,
so each decoding step only projects the new token. One cache type serves every case: a
single sequence is a pool of one slot.

The model's side of the interface (``GPT.forward(..., kv_cache=pool.rows(lo, hi))``):
``begin(B, T)`` gives each row's positions and the attention mask for this call,
``update(layer, k, v)`` stores a layer's new keys/values and returns all of them, and
``advance(T)`` ends the call.
"""

from __future__ import annotations

import os

import torch

from genforge.errors import GenforgeError


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
        cls,
        model: torch.nn.Module,
        n_slots: int,
        max_len: int | None = None,
        max_bytes: int | None = None,
    ) -> SlotKVCache:
        """A pool sized for ``model`` (a GPT): ``max_len`` positions per slot (default its
        block_size), fewer when ``max_bytes`` (default: ``default_kv_bytes``) cannot hold
        that many for ``n_slots`` slots. A config's block_size alone must never decide how
        much memory is taken: a 1e8-token context would ask for hundreds of GB."""
        cfg = model.config
        max_len = cfg.block_size if max_len is None else max_len
        if max_len > cfg.block_size:
            raise GenforgeError(
                f"KV cache max_len {max_len} exceeds the model's block_size {cfg.block_size}; "
                "the model has no position information beyond its context"
            )
        param = next(model.parameters())
        budget = default_kv_bytes(param.device) if max_bytes is None else int(max_bytes)
        per_position = n_slots * 2 * cfg.n_layer * cfg.kv_head_count * cfg.head_dim
        per_position *= param.element_size()
        if budget // per_position < 1:
            raise GenforgeError(
                f"a KV cache budget of {budget} bytes cannot hold one position for {n_slots} "
                f"slots ({per_position} bytes); lower the batch size or raise the budget"
            )
        max_len = min(max_len, budget // per_position)
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
    ``kv_cache`` for one model call: every row continues after its own cached length."""

    def __init__(self, pool: SlotKVCache, lo: int, hi: int) -> None:
        self.pool = pool
        self.lo, self.hi = lo, hi
        self.batch_size = hi - lo
        self._t = 0
        self._end = 0
        self._b_idx: torch.Tensor | None = None
        self._pos: torch.Tensor | None = None

    @property
    def max_len(self) -> int:
        """Positions each slot holds: every cached position is below this."""
        return self.pool.max_len

    def begin(self, batch_size: int, new_tokens: int) -> tuple[torch.Tensor, torch.Tensor | None]:
        """Start a model call of ``new_tokens`` per row: (positions, mask).

        ``positions`` (B, T) are the absolute positions of the new tokens of each row;
        ``mask`` (B, 1, T, Tk), True where a query may look (Tk being the longest row's new
        length), or None when the rows are in step and the plain causal rule after cached
        positions applies (which takes SDPA's fast paths). Raises GenforgeError unless the
        batch matches the slots and every row has room.
        """
        if batch_size != self.batch_size:
            raise GenforgeError(
                f"slot batch covers {self.batch_size} slots, got a batch of {batch_size}"
            )
        lengths = self.pool.lengths[self.lo : self.hi]
        T = new_tokens
        if max(lengths) + T > self.pool.max_len:
            raise GenforgeError(
                f"KV cache is full: {max(lengths)} cached + {T} new tokens exceeds "
                f"max_len {self.pool.max_len}"
            )
        dev = self.pool.device
        start = torch.tensor(lengths, device=dev).unsqueeze(1)  # (B, 1)
        pos = start + torch.arange(T, device=dev)  # (B, T)
        self._t = T
        self._end = max(lengths) + T
        self._pos = pos
        self._b_idx = torch.arange(self.batch_size, device=dev).unsqueeze(1)  # (B, 1)
        mask = None
        if len(set(lengths)) > 1:
            k_pos = torch.arange(self._end, device=dev)  # (Tk,)
            mask = (k_pos <= pos.unsqueeze(-1)).unsqueeze(1)  # (B, 1, T, Tk)
        return pos, mask

    def update(
        self, layer: int, k: torch.Tensor, v: torch.Tensor
    ) -> tuple[torch.Tensor, torch.Tensor]:
        """Store ``k``/``v`` (B, n_kv_head, T, hs) at each row's positions; return views of
        keys and values (B, n_kv_head, Tk, hs) for attention (masked by ``begin``'s mask)."""
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


def default_kv_bytes(device: torch.device | str) -> int:
    """The KV cache memory a pool may take by default: half the free memory of a GPU, a
    quarter of the RAM on a CPU (where the weights and everything else live too)."""
    device = torch.device(device)
    if device.type == "cuda":
        free, _ = torch.cuda.mem_get_info(device)
        return int(free) // 2
    try:
        ram = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    except (ValueError, OSError, AttributeError):  # not POSIX: assume a 16 GB machine
        ram = 16 << 30
    return int(ram) // 4
