"""Shared by the agent tests: a backend replaying scripted turns, and a tiny GPT SFT-ed on
tool-use conversations."""

from __future__ import annotations

import random

import torch

from genforge.models.gpt import GPT, config_from_preset
from genforge.tune.data import encode_sft


def sft_tiny(tok, convs: list[list[dict]], steps: int, block_size: int = 256) -> dict:
    """State dict of a tiny GPT trained ``steps`` steps (plain masked CE, batch 8, one
    thread) on ``convs``; rebuild it with ``config_from_preset("tiny", ...)``."""
    before = torch.get_num_threads()
    torch.set_num_threads(1)
    try:
        torch.manual_seed(0)
        model = GPT(config_from_preset("tiny", vocab_size=tok.vocab_size, block_size=block_size))
        opt = torch.optim.AdamW(model.parameters(), lr=3e-3)
        rng = random.Random(0)
        for _ in range(steps):
            rows = [encode_sft(tok, c) for c in rng.sample(convs, 8)]
            T = max(len(i) for i, _ in rows)
            x = torch.zeros(len(rows), T, dtype=torch.long)
            y = torch.full((len(rows), T), -100, dtype=torch.long)
            for r, (ids, mask) in enumerate(rows):
                x[r, : len(ids)] = torch.tensor(ids)
                tgt = [t if m else -100 for t, m in zip(ids[1:], mask[1:], strict=True)]
                y[r, : len(tgt)] = torch.tensor(tgt)
            _, loss = model(x, y)
            opt.zero_grad()
            loss.backward()
            opt.step()
        return {k: v.clone() for k, v in model.state_dict().items()}
    finally:
        torch.set_num_threads(before)


class Scripted:
    """A backend that replays turns and records what it was sent."""

    def __init__(self, turns):
        self.turns = list(turns)
        self.seen = []

    def complete(self, messages, tools, tool_choice, max_tokens):
        self.seen.append(([dict(m) for m in messages], [t.name for t in tools], tool_choice))
        return self.turns.pop(0)

    def close(self):
        pass
