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
