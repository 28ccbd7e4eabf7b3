"""Training speed on one GPU: genforge's training step vs a nanoGPT-recipe peer, in one run.

Run on the GPU machine from the repository root (about 5-6 minutes on one H200):

    PYTHONPATH=src python benchmarks/gpu/train_speed.py --out-json train_speed.json

and on a CPU at a toy size (what `make test` checks):

    PYTHONPATH=src python benchmarks/gpu/train_speed.py --toy --data SOME_TEXT_DIR

Four figures, all on the same data (the Python standard library tokenized by genforge's own
BPE at vocab 32768, cached under $GENFORGE_CACHE) and the same held-out evaluator:

1. ``ours``: ``genforge pretrain``'s library path (run_pretrain: the one training loop) on
   the GPT-2 124M shape (12 x 768, T 1024), bf16 autocast, torch.compile, fused AdamW, at the
   micro-batch the memory estimator fills the GPU with; ``peer``: a GPT-2 written here the
   way nanoGPT's model.py builds it (LayerNorm, fused c_attn, SDPA causal, GELU MLP, tied
   head), trained with nanoGPT's recipe (fused AdamW, betas 0.9/0.95, wd 0.1 on matrices,
   micro-batch 12, compile, bf16 autocast) for the same seconds. Steady-state tokens/s and
   MFU (datasheet bf16 peak) for both, and the wall time each needs to reach the peer's
   final validation loss (compile and evals included for both).
2. ``peer_same_batch``: the peer's tokens/s at our micro-batch (isolates the batch choice).
3. ``memory``: the estimator's predicted peak (train/estimate.py) vs the measured
   ``torch.cuda.max_memory_allocated`` of an eager bf16 step at micro-batch 8.
4. ``auto_size``: the README's ``genforge pretrain --data stdlib --out m --time-budget B``
   (default B = 60 s here to fit the script's time; the docs' command uses 90), with the
   chosen model, its MFU and its held-out bits per byte.

Prints one JSON line (and writes it to --out-json).
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import tempfile
import time
from pathlib import Path

import torch
import torch.nn.functional as F
from torch import nn

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from _output import print_result
from genforge.data.loader import TokenLoader
from genforge.models.gpt import GPT, config_from_preset
from genforge.train.estimate import (
    estimate_training,
    max_micro_batch,
    measure_peak_memory,
)
from genforge.train.metrics import gpu_peak_flops
from genforge.train.prepare import prepare_data
from genforge.train.pretrain import PretrainConfig, make_eval_fn, run_pretrain

# ---------------------------------------------------------------- the peer (nanoGPT-style)


class PeerAttention(nn.Module):
    def __init__(self, c: int, h: int) -> None:
        super().__init__()
        self.h = h
        self.c_attn = nn.Linear(c, 3 * c)
        self.c_proj = nn.Linear(c, c)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        B, T, C = x.shape
        q, k, v = self.c_attn(x).split(C, dim=2)
        q, k, v = (t.view(B, T, self.h, C // self.h).transpose(1, 2) for t in (q, k, v))
        y = F.scaled_dot_product_attention(q, k, v, is_causal=True)  # (B, h, T, hs)
        return self.c_proj(y.transpose(1, 2).contiguous().view(B, T, C))


class PeerBlock(nn.Module):
    def __init__(self, c: int, h: int) -> None:
        super().__init__()
        self.ln_1 = nn.LayerNorm(c)
        self.attn = PeerAttention(c, h)
        self.ln_2 = nn.LayerNorm(c)
        self.c_fc = nn.Linear(c, 4 * c)
        self.c_proj = nn.Linear(4 * c, c)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        x = x + self.attn(self.ln_1(x))
        return x + self.c_proj(F.gelu(self.c_fc(self.ln_2(x)), approximate="tanh"))


class PeerGPT(nn.Module):
    """GPT-2 as nanoGPT's model.py builds it; ``forward(idx, targets) -> (logits, loss)``."""

    def __init__(self, vocab: int, block: int, layers: int, heads: int, width: int) -> None:
        super().__init__()
        self.wte = nn.Embedding(vocab, width)
        self.wpe = nn.Embedding(block, width)
        self.blocks = nn.ModuleList(PeerBlock(width, heads) for _ in range(layers))
        self.ln_f = nn.LayerNorm(width)
        self.lm_head = nn.Linear(width, vocab, bias=False)
        self.lm_head.weight = self.wte.weight
        for name, p in self.named_parameters():
            if p.ndim == 2:
                std = 0.02 / math.sqrt(2 * layers) if name.endswith("c_proj.weight") else 0.02
                nn.init.normal_(p, 0.0, std)
            elif name.endswith("bias"):
                nn.init.zeros_(p)

    def forward(self, idx: torch.Tensor, targets: torch.Tensor | None = None):
        T = idx.size(1)
        x = self.wte(idx) + self.wpe(torch.arange(T, device=idx.device))
        for block in self.blocks:
            x = block(x)
        logits = self.lm_head(self.ln_f(x))
        if targets is None:
            return logits, None
        loss = F.cross_entropy(logits.view(-1, logits.size(-1)).float(), targets.reshape(-1))
        return logits, loss


def train_peer(args, shape, prepared, device, batch: int, seconds: float, evaluate: bool):
    """nanoGPT's recipe for ``seconds`` of wall time (compile and evals included); returns
    steady-state tokens/s, the eval curve and the final val loss."""
    torch.manual_seed(0)
    model = PeerGPT(shape.vocab_size, shape.block_size, shape.n_layer, shape.n_head, shape.n_embd)
    model = model.to(device)
    decay = [p for p in model.parameters() if p.ndim >= 2]
    other = [p for p in model.parameters() if p.ndim < 2]
    groups = [{"params": decay, "weight_decay": 0.1}, {"params": other, "weight_decay": 0.0}]
    fused = {"fused": True} if device.type == "cuda" else {}
    opt = torch.optim.AdamW(groups, lr=args.lr, betas=(0.9, 0.95), **fused)
    net = torch.compile(model) if args.compile else model
    loader = TokenLoader(prepared.train_dir, batch_size=batch, seq_len=shape.block_size, seed=0)
    eval_fn = make_eval_fn(
        prepared.val_dir,
        seq_len=shape.block_size,
        batch_size=8,
        max_tokens=args.eval_tokens,
        device=device,
    )
    amp = torch.bfloat16 if device.type == "cuda" else torch.float32
    curve, marks = [], []
    step, t0 = 0, time.perf_counter()
    last_eval = 0.0
    while True:
        elapsed = time.perf_counter() - t0
        if elapsed >= seconds:
            break
        lr = _lr(args.lr, step, elapsed / seconds)
        for g in opt.param_groups:
            g["lr"] = lr
        x, y = loader.next_batch()
        if device.type == "cuda":  # nanoGPT pins its batches too
            x, y = x.pin_memory(), y.pin_memory()
        x, y = x.to(device, non_blocking=True), y.to(device, non_blocking=True)
        with torch.autocast(device.type, dtype=amp, enabled=amp != torch.float32):
            _, loss = net(x, y)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        opt.step()
        opt.zero_grad(set_to_none=True)
        step += 1
        if step % 10 == 0:
            float(loss)  # one host sync per 10 steps, as nanoGPT's log_interval does
            marks.append((time.perf_counter() - t0, step * batch * shape.block_size))
        if evaluate and time.perf_counter() - t0 - last_eval >= args.eval_every:
            curve.append(_eval_point(model, eval_fn, amp, device, t0))
            last_eval = curve[-1]["elapsed"]
    final = _eval_point(model, eval_fn, amp, device, t0) if evaluate else None
    if final:
        curve.append(final)
    return {
        "micro_batch": batch,
        "steps": step,
        "tokens_per_s": steady_rate(marks),
        "val_loss": final["val_loss"] if final else None,
        "curve": curve,
    }


def _lr(peak: float, step: int, progress: float, warmup: int = 20) -> float:
    # The pretrain default shape for both sides: linear warmup, cosine to 0.1x by the end.
    if step < warmup:
        return peak * (step + 1) / warmup
    return peak * (0.1 + 0.9 * 0.5 * (1 + math.cos(math.pi * min(progress, 1.0))))


def _eval_point(model, eval_fn, amp, device, t0) -> dict:
    model.eval()
    with torch.no_grad(), torch.autocast(device.type, dtype=amp, enabled=amp != torch.float32):
        figures = eval_fn(model)
    model.train()
    return {"elapsed": round(time.perf_counter() - t0, 3), "val_loss": figures["val_loss"]}


def steady_rate(marks: list[tuple[float, int]]) -> float | None:
    """Tokens/s between the first mark after the first 30% of the run and the last mark:
    compile and warm-up left out."""
    if len(marks) < 3:
        return None
    t_end = marks[-1][0]
    start = next((m for m in marks if m[0] >= 0.3 * t_end), marks[0])
    if start is marks[-1]:
        start = marks[0]
    return (marks[-1][1] - start[1]) / max(marks[-1][0] - start[0], 1e-9)


# ---------------------------------------------------------------- genforge's side


def train_ours(args, prepared_data: str, batch: int, seconds: float, out: Path) -> dict:
    cfg = PretrainConfig(
        data=prepared_data,
        out=str(out),
        vocab_size=args.vocab,
        preset="gpt2-124m",
        n_layer=args.layers,
        n_head=args.heads,
        n_embd=args.width,
        seq_len=args.seq_len,
        batch_size=batch,
        optimizer="adamw",
        lr=args.lr,
        time_budget=seconds,  # the whole call; the data is already prepared and cached
        compile=args.compile,
        eval_every_s=args.eval_every,
        eval_tokens=args.eval_tokens,
        checkpoint_every_s=None,
        threads=1 if args.toy else None,  # a toy run skips the CPU thread probe
        progress=False,
        overwrite=True,
    )
    summary = run_pretrain(cfg, log=lambda m: None)
    rows = [json.loads(line) for line in (out / "run" / "metrics.jsonl").read_text().splitlines()]
    train_rows = [r for r in rows if "tokens_per_s" in r]
    marks = [(r["elapsed"], r["tokens"]) for r in train_rows]
    curve = [{"elapsed": r["elapsed"], "val_loss": r["val_loss"]} for r in rows if "val_loss" in r]
    return {
        "micro_batch": batch,
        "steps": summary["steps"],
        "tokens_per_s": steady_rate(marks),
        "val_loss": summary["val_loss"],
        "curve": curve,
    }


def time_to_loss(curve: list[dict], target: float) -> float | None:
    return next((p["elapsed"] for p in curve if p["val_loss"] <= target), None)


# ---------------------------------------------------------------- the script


def parse_args(argv=None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--toy", action="store_true", help="CPU-sized shapes and seconds (tests)")
    p.add_argument("--data", default="stdlib", help="training text (stdlib)")
    p.add_argument("--seconds", type=float, help="seconds per side, compile included (70; toy 6)")
    p.add_argument("--pretrain-budget", type=float, help="auto-size run budget (60; toy 12)")
    p.add_argument("--peer-batch", type=int, help="peer micro-batch (nanoGPT's 12; toy 2)")
    p.add_argument("--skip-auto-size", action="store_true")
    p.add_argument("--out-json", help="also write the JSON line here")
    args = p.parse_args(argv)
    toy = args.toy
    args.layers, args.heads, args.width = (2, 2, 64) if toy else (12, 12, 768)
    args.vocab = 512 if toy else 32768
    args.seq_len = 64 if toy else 1024
    args.lr = 6e-4
    args.seconds = args.seconds or (6.0 if toy else 70.0)
    args.pretrain_budget = args.pretrain_budget or (12.0 if toy else 60.0)
    args.peer_batch = args.peer_batch or (2 if toy else 12)
    args.eval_every = 3.0 if toy else 5.0
    args.eval_tokens = 2048 if toy else 65536
    return args


def main(argv=None) -> dict:
    args = parse_args(argv)
    t_start = time.perf_counter()
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    args.compile = device.type == "cuda"
    result: dict = {"device": torch.cuda.get_device_name() if device.type == "cuda" else "cpu"}
    prep_cfg = PretrainConfig(data=args.data, out="-", vocab_size=args.vocab, max_steps=1)
    prepared = prepare_data(prep_cfg)
    shape = config_from_preset(
        "gpt2-124m",
        64 * math.ceil(prepared.vocab_size / 64),
        n_layer=args.layers,
        n_head=args.heads,
        n_embd=args.width,
        block_size=args.seq_len,
    )
    result["memory"] = memory_check(shape, device)
    if device.type == "cuda":
        torch.cuda.empty_cache()  # what the memory check cached is free for the run
    memory = torch.cuda.mem_get_info()[0] if device.type == "cuda" else 2**31
    ours_batch = max(1, min(64, max_micro_batch(shape, 0.7 * memory, dtype=_dtype(device))))
    if args.toy:
        ours_batch = 4
    with tempfile.TemporaryDirectory() as tmp:
        ours = train_ours(args, args.data, ours_batch, args.seconds, Path(tmp) / "ours")
        peer = train_peer(args, shape, prepared, device, args.peer_batch, args.seconds, True)
        same = train_peer(args, shape, prepared, device, ours_batch, args.seconds, False)
        if not args.skip_auto_size:
            result["auto_size"] = auto_size_run(args, Path(tmp) / "auto")
    peak = gpu_peak_flops(result["device"], True) if device.type == "cuda" else None
    with torch.device("meta"):
        fpt = GPT(shape).flops_per_token(args.seq_len)
    for side in (ours, peer, same):
        rate = side["tokens_per_s"]
        side["mfu"] = fpt * rate / peak if peak and rate else None
    result.update(ours=ours, peer=peer, peer_same_batch=same)
    result["speedup_vs_peer"] = _ratio(ours["tokens_per_s"], peer["tokens_per_s"])
    result["speedup_vs_peer_same_batch"] = _ratio(ours["tokens_per_s"], same["tokens_per_s"])
    target = peer["val_loss"]
    t_ours, t_peer = time_to_loss(ours["curve"], target), time_to_loss(peer["curve"], target)
    result["time_to_peer_final_loss"] = {"ours_s": t_ours, "peer_s": t_peer}
    result["time_ratio"] = _ratio(t_ours, t_peer)
    result["total_seconds"] = round(time.perf_counter() - t_start, 1)
    print_result(result, args.out_json)
    return result


def _ratio(a, b):
    return round(a / b, 3) if a and b else None


def _dtype(device: torch.device) -> str:
    return "bf16" if device.type == "cuda" else "fp32"


def memory_check(shape, device: torch.device) -> dict:
    """The estimator's peak vs the measured one, eager, micro-batch 8 (2 on a CPU)."""
    batch = 8 if device.type == "cuda" else 2
    measured = measure_peak_memory(shape, micro_batch=batch, device=device, dtype=_dtype(device))
    est = estimate_training(shape, micro_batch=batch, dtype=_dtype(device), gpu="H100")
    predicted = est.memory["ddp"].peak
    return {
        "micro_batch": batch,
        "measured_bytes": measured,
        "predicted_bytes": predicted,
        "ratio": round(predicted / measured, 4),
    }


def auto_size_run(args, out: Path) -> dict:
    """The README's auto-sized command at --pretrain-budget seconds, whole command timed."""
    t0 = time.perf_counter()
    cfg = PretrainConfig(
        data=args.data,
        out=str(out),
        time_budget=args.pretrain_budget,
        progress=False,
        threads=1 if args.toy else None,
    )
    summary = run_pretrain(cfg, log=lambda m: print(m, file=sys.stderr, flush=True))
    config = json.loads((out / "run" / "config.json").read_text())
    return {
        "command": f"genforge pretrain --data {args.data} --out m "
        f"--time-budget {args.pretrain_budget:g}",
        "wall_s": round(time.perf_counter() - t0, 1),
        "preset": summary["preset"],
        "params": summary["params"],
        "micro_batch": config["pretrain"]["batch_size"],
        "seq_len": config["pretrain"]["seq_len"],
        "tokens_per_s": summary["tokens_per_s"],
        "mfu": summary["mfu"],
        "val_bpb": summary["val_bpb"],
    }


if __name__ == "__main__":
    main()
