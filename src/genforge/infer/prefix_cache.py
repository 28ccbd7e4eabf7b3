"""Prefix caching: prompt prefixes already computed are copied into a new slot, not recomputed.

n samples of one prompt (``Engine.sample_n``, GRPO groups), a system prompt shared by every
chat, and a conversation whose next turn repeats the whole history all prefill the same
tokens again. The cache keeps the keys/values of full ``block``-token blocks of prompts
it has seen, in a store of its own, and a new request whose prompt starts with cached
blocks gets their rows copied into its slot; only the rest of the prompt goes through the
model.

Why copies and not shared pages: the engine's decode step attends over each slot as one
contiguous run of positions (no gather, no block table: see ``nn/kv_cache.py``), which is
what keeps the CPU step lean. Copying a 512-token prefix of the demo model is 12 tensor
copies of 1.5 MB in all, ~100x cheaper than computing it; paged blocks shared
copy-on-write would save that copy and the store's memory but put a gather (or a paged
attention kernel) into every decode step of every request. The store being separate also
means sharers never hold references into it: a request that is cancelled or finishes frees
only its own slot, and an entry is freed exactly once, by eviction.

Entries are keyed exactly (no hash collisions): a block's key is ``(parent's row, its
tokens)``, so a key names the whole prefix. The store is bounded (``max_tokens``) and
evicts least-recently-used blocks, a block only once no cached block continues it (a
parent is always touched after its children, so it is always the more recent). Every
entry is dropped when the model's weights change (an RL step, ``copy_weights_from``): the
cache checks a version of the weights before each lookup.
"""

from __future__ import annotations

import collections

import torch

from genforge.errors import GenforgeError
from genforge.nn.kv_cache import SlotKVCache

# Tokens per cached block: prefixes are shared in whole blocks. Small enough that a system
# prompt or a chat history loses at most 15 tokens to the boundary, large enough that a
# lookup of a few thousand tokens is a few hundred dict probes.
PREFIX_BLOCK = 16


class PrefixCache:
    """A bounded store of prompt-prefix KV blocks for one :class:`SlotKVCache` pool.

    ``lookup(prompt)`` gives the store rows of the longest run of cached full blocks that
    starts the prompt (never the whole prompt: its last token must go through the model to
    give the next-token logits); ``load(rows, pool, slot)`` copies them into an empty slot;
    ``insert(prompt, n, pool, slot)`` stores the full blocks among a slot's first ``n``
    positions.
    """

    def __init__(self, pool: SlotKVCache, max_tokens: int, block: int = PREFIX_BLOCK) -> None:
        if block < 1 or max_tokens < block:
            raise GenforgeError(
                f"a prefix cache needs block >= 1 and max_tokens >= block, got block {block}, "
                f"max_tokens {max_tokens}; pass prefix_cache_tokens=0 to turn it off"
            )
        k0 = pool.k[0]
        self.block = block
        self.n_rows = max_tokens // block
        shape = (self.n_rows, k0.size(1), block, k0.size(3))  # (rows, n_kv_head, block, hs)
        self.k = [torch.zeros(shape, dtype=k0.dtype, device=k0.device) for _ in pool.k]
        self.v = [torch.zeros(shape, dtype=k0.dtype, device=k0.device) for _ in pool.k]
        # key (parent row or -1, block tokens) -> row; insertion order = least recent first.
        self._index: collections.OrderedDict[tuple[int, tuple[int, ...]], int] = (
            collections.OrderedDict()
        )
        self._key_of: dict[int, tuple[int, tuple[int, ...]]] = {}
        self._children = [0] * self.n_rows
        self._free = list(range(self.n_rows - 1, -1, -1))
        self._version: object = None
        self.queries = 0  # prompts looked up
        self.hits = 0  # prompts that found at least one cached block
        self.tokens_saved = 0  # prompt tokens copied instead of computed
        self.evictions = 0

    @property
    def cached_tokens(self) -> int:
        return len(self._index) * self.block

    @property
    def capacity_tokens(self) -> int:
        return self.n_rows * self.block

    def check_version(self, version: object) -> None:
        """Drop every entry when ``version`` (of the model's weights) changed."""
        if version != self._version:
            self.clear()
            self._version = version

    def clear(self) -> None:
        self._index.clear()
        self._key_of.clear()
        self._children = [0] * self.n_rows
        self._free = list(range(self.n_rows - 1, -1, -1))

    # ------------------------------------------------------------------ lookup and load
    def lookup(self, prompt: list[int]) -> list[int]:
        """Store rows of the cached blocks that start ``prompt`` (in order), most recently
        used from now on; counted in the hit statistics."""
        rows: list[int] = []
        parent = -1
        B = self.block
        for j in range((len(prompt) - 1) // B):
            row = self._index.get((parent, tuple(prompt[j * B : (j + 1) * B])))
            if row is None:
                break
            rows.append(row)
            parent = row
        self._touch(rows)
        self.queries += 1
        if rows:
            self.hits += 1
            self.tokens_saved += len(rows) * B
        return rows

    def count_copy(self, tokens: int) -> None:
        """Count a prompt copied whole from a running request's slot (the engine's
        identical-prompt path) as a hit."""
        self.queries += 1
        self.hits += 1
        self.tokens_saved += tokens

    def load(self, rows: list[int], pool: SlotKVCache, slot: int) -> int:
        """Copy the blocks ``rows`` into positions 0.. of the empty ``slot``; its length."""
        if not rows:
            return 0
        n = len(rows) * self.block
        idx = torch.tensor(rows, device=self.k[0].device)
        for store, dst in ((self.k, pool.k), (self.v, pool.v)):
            for s, d in zip(store, dst):
                # (m, nkv, B, hs) -> (nkv, m·B, hs): the blocks one after another.
                d[slot, :, :n] = s[idx].transpose(0, 1).reshape(d.size(1), n, d.size(3))
        pool.lengths[slot] = n
        return n

    # ------------------------------------------------------------------ insert
    def insert(self, tokens: list[int], n: int, pool: SlotKVCache, slot: int) -> None:
        """Store the full blocks among the first ``n`` cached positions of ``slot``, whose
        tokens are ``tokens[:n]``; blocks already cached are only marked recently used."""
        B = self.block
        chain: list[int] = []
        new: list[tuple[int, int]] = []  # (block number, row) to copy
        parent = -1
        for j in range(min(n, len(tokens)) // B):
            key = (parent, tuple(tokens[j * B : (j + 1) * B]))
            row = self._index.get(key)
            if row is None:
                row = self._allocate(protect=parent)
                if row is None:
                    break  # the store holds nothing but this prompt's own chain
                self._index[key] = row
                self._key_of[row] = key
                if parent >= 0:
                    self._children[parent] += 1
                new.append((j, row))
            chain.append(row)
            parent = row
        self._touch(chain)
        if not new:
            return
        # New blocks are a contiguous run (a missing block's children cannot be cached).
        j0 = new[0][0]
        m = len(new)
        idx = torch.tensor([r for _, r in new], device=self.k[0].device)
        for store, src in ((self.k, pool.k), (self.v, pool.v)):
            for s, p in zip(store, src):
                run = p[slot, :, j0 * B : (j0 + m) * B]  # (nkv, m·B, hs)
                s[idx] = run.reshape(run.size(0), m, B, run.size(2)).transpose(0, 1)

    def _touch(self, chain: list[int]) -> None:
        # Leaf first, root last: a parent is always more recent than its children, so the
        # least recent block never has a cached continuation.
        for row in reversed(chain):
            self._index.move_to_end(self._key_of[row])

    def _allocate(self, protect: int) -> int | None:
        if self._free:
            return self._free.pop()
        for key, row in self._index.items():  # least recent first
            if self._children[row] == 0 and row != protect:
                del self._index[key]
                del self._key_of[row]
                if key[0] >= 0:
                    self._children[key[0]] -= 1
                self.evictions += 1
                return row
        return None

    def stats(self) -> dict[str, float]:
        return {
            "prefix_cache_queries": self.queries,
            "prefix_cache_hits": self.hits,
            "prefix_cache_hit_rate": self.hits / self.queries if self.queries else 0.0,
            "prefix_cache_tokens_saved": self.tokens_saved,
            "prefix_cache_tokens": self.cached_tokens,
            "prefix_cache_capacity_tokens": self.capacity_tokens,
            "prefix_cache_evictions": self.evictions,
        }
