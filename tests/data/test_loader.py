"""TokenLoader: correct windows, determinism, DDP-rank disjointness, exact resume."""

from __future__ import annotations

import json
import sysconfig
from pathlib import Path

import numpy as np
import pytest
import torch

from genforge.data.loader import IGNORE_INDEX, TokenLoader, iter_sequential
from genforge.data.shards import TokenShards, open_shards, write_shards
from genforge.errors import GenforgeError
from genforge.tokenizer import train_tokenizer

STDLIB = Path(sysconfig.get_paths()["stdlib"])
SEQ = 32


@pytest.fixture(scope="module")
def shards(tmp_path_factory: pytest.TempPathFactory) -> TokenShards:
    texts = [f.read_text(errors="replace") for f in sorted(STDLIB.glob("*.py"))[:10]]
    # Documents of 20..400 characters: many BOS positions, some shorter than a row.
    docs = [t[i : i + 20 + (i * 7) % 380] for t in texts for i in range(0, len(t), 400)]
    tok = train_tokenizer(docs, 400)
    d = tmp_path_factory.mktemp("loader") / "sh"
    # Small shards so rows regularly straddle shard files.
    write_shards(tok, docs, d, shard_tokens=3000)
    return open_shards(d)


@pytest.fixture(scope="module")
def flat(shards: TokenShards) -> np.ndarray:
    return shards.tokens(0, shards.num_tokens).astype(np.int64)


def _take(loader: TokenLoader, n: int) -> list[tuple[torch.Tensor, torch.Tensor]]:
    return [loader.next_batch() for _ in range(n)]


def _same(a: list, b: list) -> bool:
    return len(a) == len(b) and all(
        torch.equal(x1, x2) and torch.equal(y1, y2) for (x1, y1), (x2, y2) in zip(a, b)
    )


@pytest.mark.parametrize("mode", ["random", "bos_aligned"])
def test_batches_are_stream_windows(shards: TokenShards, flat: np.ndarray, mode: str) -> None:
    loader = TokenLoader(shards, batch_size=6, seq_len=SEQ, seed=3, mode=mode)
    for _ in range(5):
        pos = loader.next_positions()
        x, y = loader.next_batch()
        assert x.shape == y.shape == (6, SEQ) and x.dtype == y.dtype == torch.int64
        for row, p in enumerate(pos):
            np.testing.assert_array_equal(x[row].numpy(), flat[p : p + SEQ])
            np.testing.assert_array_equal(y[row].numpy(), flat[p + 1 : p + SEQ + 1])


def test_bos_aligned_rows_start_at_documents(shards: TokenShards) -> None:
    loader = TokenLoader(shards, batch_size=16, seq_len=SEQ, mode="bos_aligned")
    starts = set(shards.doc_starts.tolist())
    for _ in range(4):
        pos = loader.next_positions()
        x, _ = loader.next_batch()
        assert (x[:, 0] == shards.bos_id).all()
        assert set(pos.tolist()) <= starts
        # Short documents are packed: the row runs on into the next document's BOS.
    assert any((row[1:] == shards.bos_id).any() for row in x)


def test_random_mode_epoch_is_a_permutation(shards: TokenShards) -> None:
    loader = TokenLoader(shards, batch_size=7, seq_len=SEQ, seed=1)
    n = loader.windows_per_epoch
    assert n == (shards.num_tokens - SEQ) // (SEQ + 1)
    seen = []
    while len(seen) < n:
        seen += loader.next_positions().tolist()
        loader.next_batch()
    epoch0 = np.array(seen[:n])
    # One random offset, then non-overlapping windows, each exactly once.
    offset = epoch0.min()
    assert 0 <= offset <= SEQ
    assert sorted(((epoch0 - offset) // (SEQ + 1)).tolist()) == list(range(n))
    assert ((epoch0 - offset) % (SEQ + 1) == 0).all()
    assert (epoch0 + SEQ + 1 <= shards.num_tokens).all()
    assert loader.epoch >= 1.0


def test_deterministic_given_seed(shards: TokenShards) -> None:
    a = _take(TokenLoader(shards, batch_size=4, seq_len=SEQ, seed=7), 5)
    b = _take(TokenLoader(shards, batch_size=4, seq_len=SEQ, seed=7), 5)
    c = _take(TokenLoader(shards, batch_size=4, seq_len=SEQ, seed=8), 5)
    assert _same(a, b)
    assert not _same(a, c)


@pytest.mark.parametrize("mode", ["random", "bos_aligned"])
def test_ddp_ranks_are_disjoint_and_cover_the_global_batch(shards: TokenShards, mode: str) -> None:
    world, bs, steps = 3, 4, 5
    ranks = [
        TokenLoader(shards, batch_size=bs, seq_len=SEQ, seed=5, rank=r, world_size=world, mode=mode)
        for r in range(world)
    ]
    single = TokenLoader(shards, batch_size=bs * world, seq_len=SEQ, seed=5, mode=mode)
    assert world * bs * steps < single.windows_per_epoch  # stay inside one epoch
    positions: list[set[int]] = [set() for _ in range(world)]
    for _ in range(steps):
        xs = []
        for r, loader in enumerate(ranks):
            positions[r] |= set(loader.next_positions().tolist())
            xs.append(loader.next_batch()[0])
        # The ranks of one step together hold exactly the single-process global batch.
        assert torch.equal(torch.cat(xs), single.next_batch()[0])
    for r in range(world):
        assert len(positions[r]) == bs * steps
        for q in range(r + 1, world):
            assert positions[r].isdisjoint(positions[q])


@pytest.mark.parametrize("mode", ["random", "bos_aligned"])
def test_exact_resume_across_epochs(shards: TokenShards, mode: str) -> None:
    kw = {"batch_size": 16, "seq_len": SEQ, "seed": 11, "mode": mode}
    full = TokenLoader(shards, **kw)
    epoch_batches = full.windows_per_epoch // 16 + 2  # the resumed part crosses an epoch
    reference = _take(full, 2 * epoch_batches)
    first = TokenLoader(shards, **kw)
    _take(first, epoch_batches)
    state = json.loads(json.dumps(first.state_dict()))  # must survive JSON
    assert state["rows_consumed"] == 16 * epoch_batches
    resumed = TokenLoader(shards, **{**kw, "seed": 999})  # the seed comes from the state
    resumed.load_state_dict(state)
    assert _same(_take(resumed, epoch_batches), reference[epoch_batches:])


def test_resume_with_new_world_size_continues_the_stream(shards: TokenShards) -> None:
    one = TokenLoader(shards, batch_size=8, seq_len=SEQ, seed=2)
    _take(one, 3)
    state = one.state_dict()
    expected = one.next_batch()[0]
    halves = []
    for r in range(2):
        loader = TokenLoader(shards, batch_size=4, seq_len=SEQ, rank=r, world_size=2)
        loader.load_state_dict(state)
        halves.append(loader.next_batch()[0])
    assert torch.equal(torch.cat(halves), expected)


def test_bad_arguments(shards: TokenShards, tmp_path: Path) -> None:
    with pytest.raises(GenforgeError, match="rank must be in"):
        TokenLoader(shards, batch_size=2, seq_len=8, rank=2, world_size=2)
    with pytest.raises(GenforgeError, match="batch_size must be a positive"):
        TokenLoader(shards, batch_size=0, seq_len=8)
    with pytest.raises(GenforgeError, match="mode must be"):
        TokenLoader(shards, batch_size=2, seq_len=8, mode="shuffle")  # type: ignore[arg-type]
    with pytest.raises(GenforgeError, match="fewer than seq_len"):
        TokenLoader(shards, batch_size=2, seq_len=shards.num_tokens)
    with pytest.raises(GenforgeError, match="holds no token shards"):
        TokenLoader(tmp_path, batch_size=2, seq_len=8)
    loader = TokenLoader(shards, batch_size=2, seq_len=8)
    with pytest.raises(GenforgeError, match="seq_len=8 but this loader has 16"):
        TokenLoader(shards, batch_size=2, seq_len=16).load_state_dict(loader.state_dict())
    with pytest.raises(GenforgeError, match="not a genforge TokenLoader"):
        loader.load_state_dict({"rows": 3})


def test_loader_opens_a_path(shards: TokenShards) -> None:
    a = TokenLoader(shards.directory, batch_size=2, seq_len=SEQ, seed=4).next_batch()
    b = TokenLoader(shards, batch_size=2, seq_len=SEQ, seed=4).next_batch()
    assert torch.equal(a[0], b[0]) and torch.equal(a[1], b[1])


@pytest.mark.parametrize("world_size", [1, 2])
def test_iter_sequential_predicts_every_token_once(
    shards: TokenShards, flat: np.ndarray, world_size: int
) -> None:
    seq = 50  # does not divide the stream: the last window is padded
    assert (shards.num_tokens - 1) % seq != 0
    windows: dict[int, tuple[torch.Tensor, torch.Tensor]] = {}
    for rank in range(world_size):
        k = 0
        for x, y in iter_sequential(shards, seq, 7, rank=rank, world_size=world_size):
            assert x.shape == y.shape and x.shape[0] <= 7 and x.shape[1] == seq
            for xr, yr in zip(x, y):
                windows[rank + k * world_size] = (xr, yr)  # window i is on rank i % world
                k += 1
    assert sorted(windows) == list(range(len(windows)))
    targets = []
    for i in range(len(windows)):
        xr, yr = windows[i]
        valid = yr != IGNORE_INDEX
        n = int(valid.sum())
        assert valid[:n].all() and (n == seq or i == len(windows) - 1)  # pad only at the end
        np.testing.assert_array_equal(xr[:n].numpy(), flat[i * seq : i * seq + n])
        targets += yr[:n].tolist()
    assert targets == flat[1:].tolist()
