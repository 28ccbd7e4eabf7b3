"""Quality per wall-clock second: `genforge pretrain` vs nanoGPT's documented CPU recipe.

Both sides train on the same held-in Python standard-library files and are scored with the
same bits-per-byte evaluator on the same held-out files, on this machine, in one run.

Peer: nanoGPT's README "CPU" recipe for character-level training (4 layers, 4 heads, 128
wide, context 64, batch 12, 2,000 iterations, lr 1e-3 -> 1e-4 cosine, 100 warmup, AdamW
beta2 0.99, weight decay 0.1, clip 1.0, no dropout, no bias, eval every 250 iterations on
20 batches), re-implemented here on our GPT-2-style model with bytes as characters.
Ours: the whole `genforge pretrain --data TRAIN --out DIR --time-budget 84` command,
including the data pipeline and tokenizer training (fresh cache), timed from the outside.
The budget covers everything from the command's start to the saved model dir except the
interpreter's start-up and exit (about 1.7 s on an idle machine), so the whole command stays
under 90 s.

Prints one JSON line: {"ours": {...}, "peer": {...}, "bpb_ratio": ..., "time_ratio": ...}.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import os
import shutil
import subprocess
import sys
import sysconfig
import tempfile
import time
from pathlib import Path

import numpy as np
import torch

from genforge.eval.bpb import bits_per_byte
from genforge.models.gpt import GPT, GPTConfig

BOS = 256  # byte-level vocabulary: 256 bytes + a document separator


def split_stdlib(root: Path, val_every: int = 20) -> tuple[Path, Path]:
    """Copy stdlib .py files into root/train and root/val; a file's path hash decides."""
    stdlib = Path(sysconfig.get_paths()["stdlib"])
    skip = {"site-packages", "__pycache__", "test", "tests", "idle_test"}
    train, val = root / "train", root / "val"
    for path in sorted(stdlib.rglob("*.py")):
        rel = path.relative_to(stdlib)
        if skip.intersection(rel.parts):
            continue
        try:
            data = path.read_bytes()
            data.decode("utf-8")
        except (OSError, UnicodeDecodeError):
            continue
        h = int(hashlib.sha256(str(rel).encode()).hexdigest(), 16)
        dest = (val if h % val_every == 0 else train) / str(rel).replace(os.sep, "__")
        dest.parent.mkdir(parents=True, exist_ok=True)
        dest.write_bytes(data)
    return train, val


def read_dir(d: Path) -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(d.iterdir())]


def run_ours(train: Path, val: Path, out: Path, budget: float, extra: list[str]) -> dict:
    exe = Path(sys.executable).parent / "genforge"
    env = {**os.environ, "GENFORGE_CACHE": str(out.parent / "cache")}
    cmd = [str(exe), "pretrain", "--data", str(train), "--out", str(out)]
    cmd += ["--time-budget", str(budget), *extra]
    t0 = time.perf_counter()
    subprocess.run(cmd, check=True, env=env, stdout=subprocess.DEVNULL)
    wall = time.perf_counter() - t0
    res = subprocess.run(
        [str(exe), "eval", "bpb", "--model", str(out), "--data", str(val), "--json"],
        check=True,
        capture_output=True,
        text=True,
    )
    ev = json.loads(res.stdout.strip().splitlines()[-1])
    config = json.loads((out / "config.json").read_text())
    return {"command": " ".join(cmd[1:]), "wall_s": wall, "bpb": ev["bpb"], "config": config}


def run_peer(train: Path, val: Path, iters: int, seed: int = 1337) -> dict:
    """nanoGPT's CPU recipe, bytes as characters, timed end to end (data prep included)."""
    t0 = time.perf_counter()
    torch.manual_seed(seed)
    chunks = []
    for text in read_dir(train):
        chunks.append(np.array([BOS], dtype=np.int64))
        chunks.append(np.frombuffer(text.encode("utf-8"), dtype=np.uint8).astype(np.int64))
    data = torch.from_numpy(np.concatenate(chunks))
    n_holdout = len(data) // 10  # nanoGPT holds out 10% of the stream for its own eval
    train_data, eval_data = data[:-n_holdout], data[-n_holdout:]
    block, batch = 64, 12
    cfg_kwargs = dict(
        vocab_size=BOS + 1,
        n_layer=4,
        n_head=4,
        n_embd=128,
        block_size=block,
        arch="gpt2",
        tie_embeddings=True,
        dropout=0.0,
    )
    if "bias" in GPTConfig.__dataclass_fields__:
        cfg_kwargs["bias"] = False
    model = GPT(GPTConfig(**cfg_kwargs))
    decay = [p for p in model.parameters() if p.dim() >= 2]
    no_decay = [p for p in model.parameters() if p.dim() < 2]
    opt = torch.optim.AdamW(
        [{"params": decay, "weight_decay": 0.1}, {"params": no_decay, "weight_decay": 0.0}],
        lr=1e-3,
        betas=(0.9, 0.99),
    )
    gen = torch.Generator().manual_seed(seed)

    def get_batch(src: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        ix = torch.randint(len(src) - block - 1, (batch,), generator=gen)
        x = torch.stack([src[i : i + block] for i in ix])
        y = torch.stack([src[i + 1 : i + 1 + block] for i in ix])
        return x, y

    def lr_at(it: int) -> float:
        if it < 100:
            return 1e-3 * (it + 1) / 101
        ratio = min(1.0, (it - 100) / (iters - 100))
        return 1e-4 + 0.5 * (1 + math.cos(math.pi * ratio)) * (1e-3 - 1e-4)

    for it in range(iters + 1):
        if it % 250 == 0:  # nanoGPT's periodic estimate_loss (20 batches each split)
            model.eval()
            with torch.no_grad():
                for src in (train_data, eval_data):
                    for _ in range(20):
                        model(*get_batch(src))
            model.train()
        if it == iters:
            break
        for g in opt.param_groups:
            g["lr"] = lr_at(it)
        _, loss = model(*get_batch(train_data))
        opt.zero_grad(set_to_none=True)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        opt.step()
    wall = time.perf_counter() - t0
    result = bits_per_byte(
        model,
        lambda s: list(s.encode("utf-8")),
        read_dir(val),
        seq_len=block,
        bos_id=BOS,
        batch_size=64,
    )
    return {"recipe": "nanoGPT CPU char-level", "iters": iters, "wall_s": wall, "bpb": result.bpb}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--budget", type=float, default=84.0, help="our --time-budget (84)")
    ap.add_argument("--peer-iters", type=int, default=2000, help="peer iterations (2000)")
    ap.add_argument("--skip-peer", action="store_true", help="only run ours")
    ap.add_argument("--keep", default=None, help="keep the work dir here")
    ap.add_argument("extra", nargs="*", help="extra key=value overrides for our pretrain")
    args = ap.parse_args()
    work = Path(args.keep or tempfile.mkdtemp(prefix="gf-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    train, val = split_stdlib(work / "data")
    n_train, n_val = len(list(train.iterdir())), len(list(val.iterdir()))
    ours = run_ours(train, val, work / "model", args.budget, args.extra)
    peer = None if args.skip_peer else run_peer(train, val, args.peer_iters)
    out = {
        "benchmark": "pretrain_vs_nanogpt",
        "train_files": n_train,
        "val_files": n_val,
        "threads": torch.get_num_threads(),
        "ours": {k: v for k, v in ours.items() if k != "config"},
        "ours_model": {
            k: ours["config"].get(k)
            for k in ("n_layer", "n_head", "n_embd", "vocab_size", "block_size", "arch")
        },
        "peer": peer,
    }
    if peer:
        out["bpb_ours_minus_peer"] = ours["bpb"] - peer["bpb"]
        out["wall_ratio_ours_over_peer"] = ours["wall_s"] / peer["wall_s"]
    print(json.dumps(out))
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
