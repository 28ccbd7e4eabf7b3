"""LoRA and QLoRA figures vs full fine-tuning, on the default SFT tasks, one run.

Starting point: the base model that benchmarks/pt_sft.py pretrains on the standard library
(recipes/demo.yaml, cached under ``$GENFORGE_CACHE/post_training``), or ``--base DIR``.
Three fine-tunings of that base on the default instruction tasks (train split, packed,
loss on assistant tokens), the same steps, batches and seed for each:

* full fine-tuning (AdamW, lr 1e-3, the SFT default);
* LoRA (r=2, alpha=4 on the q and v slices of the fused qkv and the MLP; lr 1e-2);
* QLoRA (the same adapters over a base stored in NF4 with double quantization).

Reported: share of parameters trainable (target < 2%); held-out assistant-token loss
(target: LoRA within 10% of full); peak training memory — stored weights plus the peak of
tensor allocations over two steps from a fresh optimizer, measured with the torch profiler
(CPU allocator, ``profile_memory=True``) — and the median step time, one thread; stored
bytes of the base weights fp32 / bf16 / NF4 (target: >= 3x smaller than both), and the
NF4 base's logit error against the float base on held-out conversations.

    .venv/bin/python benchmarks/pt_lora.py [--budget 120] [--base DIR] [--steps N]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path
from typing import Any

LORA_SPEC = "2,4,0,q,v,mlp"  # 1.49% of the small preset trainable
LR = {"full": 1e-3, "lora": 1e-2, "qlora": 1e-2}  # LoRA wants ~10x the full-FT rate
BATCH, SEQ = 8, 256
TRAINABLE_TARGET = 2.0  # percent
QUALITY_TARGET = 1.10  # LoRA held-out loss <= 1.10 x full fine-tuning's
MEMORY_TARGET = 3.0  # NF4 base at least 3x smaller than fp32 and bf16


def _row(method: str, figure: str, value: Any, baseline: Any, target: Any, met: Any) -> dict:
    return {"method": method, "figure": figure, "value": value, "baseline": baseline,
            "target": target, "met": met}  # fmt: skip


def base_model_dir(budget_s: float) -> Path:
    """The shared post-training base (pretrained and cached by benchmarks/pt_sft.py)."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from pt_sft import base_model_dir as shared_base

    return shared_base(budget_s)


def _data(tok: Any, seq: int):
    from genforge.tune.data import encode_sft
    from genforge.tune.sft import SFTBatches
    from genforge.tune.tasks import instruction_examples

    train = [encode_sft(tok, c, max_tokens=seq) for c in instruction_examples("train")]
    train = [e for e in train if sum(e[1][1:]) > 0]
    test = [encode_sft(tok, c, max_tokens=seq) for c in instruction_examples("test")][:256]
    batches = SFTBatches(train, batch_size=BATCH, seq_len=seq, pad_id=tok.pad_id, seed=0)
    val_src = SFTBatches(test, batch_size=BATCH, seq_len=seq, pad_id=tok.pad_id, seed=1)
    return batches, [val_src.next_batch() for _ in range(8)]


def _model(base: Path, mode: str):
    """The base loaded in float32, prepared for ``mode`` (full, lora or qlora)."""
    import torch

    from genforge.compress.quant import quantize_base_nf4
    from genforge.modeldir import load_model_dir
    from genforge.tune.lora import apply_lora

    loaded = load_model_dir(base, device="cpu", dtype=torch.float32)
    model = loaded.model
    if mode == "qlora":
        quantize_base_nf4(model, double_quant=True)
    if mode != "full":
        torch.manual_seed(0)
        apply_lora(model, LORA_SPEC)
    return model, loaded.tokenizer


def _optimizer(model: Any, mode: str):
    from genforge.train.optim import OptimizerConfig, build_optimizer

    return build_optimizer(model, OptimizerConfig(name="adamw", lr=LR[mode], weight_decay=0.0))


def measure_steps(base: Path, mode: str, steps: int) -> dict[str, float]:
    """Peak memory of training steps (torch profiler, CPU allocator) and median step time.

    ``peak_mb``: stored weights plus the peak of tensor allocations over two training steps
    from a fresh optimizer (activations, gradients, optimizer state); ``step_s``: median of
    ``steps`` further unprofiled steps, one thread.
    """
    import torch
    from torch.profiler import ProfilerActivity, profile

    from genforge.compress.quant import weight_bytes
    from genforge.tune.sft import sft_loss_fn

    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    try:
        model, tok = _model(base, mode)
        batches, _ = _data(tok, min(SEQ, model.config.block_size))
        opt = _optimizer(model, mode)
        model.train()

        def step() -> None:
            loss = sft_loss_fn(model, batches.next_batch())
            loss.backward()
            opt.step()
            opt.zero_grad(set_to_none=True)

        with profile(activities=[ProfilerActivity.CPU], profile_memory=True) as prof:
            step()
            step()
        # Each allocation or free is charged to the innermost op: in time order, their
        # running sum is the live memory the steps added.
        events = sorted((e.time_range.start, e.self_cpu_memory_usage)
                        for e in prof.events() if e.self_cpu_memory_usage)  # fmt: skip
        live = peak = 0
        for _, delta in events:
            live += delta
            peak = max(peak, live)
        times = []
        for _ in range(steps):
            t0 = time.perf_counter()
            step()
            times.append(time.perf_counter() - t0)
    finally:
        torch.set_num_threads(threads)
    stored = weight_bytes(model)["total"]
    return {"peak_mb": (stored + peak) / 2**20, "train_mb": peak / 2**20,
            "weights_mb": stored / 2**20, "step_s": statistics.median(times)}  # fmt: skip


def _finetune(base: Path, mode: str, steps: int) -> dict[str, Any]:
    import torch

    from genforge.train.loop import LoopConfig, train_loop
    from genforge.tune.lora import trainable_parameters
    from genforge.tune.sft import masked_loss, sft_loss_fn

    model, tok = _model(base, mode)
    batches, val = _data(tok, min(SEQ, model.config.block_size))
    counts = trainable_parameters(model)
    before = masked_loss(model, val, torch.device("cpu"))
    cfg = LoopConfig(max_steps=steps, warmup_steps=min(10, steps // 5), log_every=10,
                     progress=False, checkpoint_every_s=None)  # fmt: skip
    model.train()
    result = train_loop(model, _optimizer(model, mode), batches, cfg,
                        device=torch.device("cpu"), loss_fn=sft_loss_fn)  # fmt: skip
    model.eval()
    return {"val_loss": masked_loss(model, val, torch.device("cpu")), "base_val_loss": before,
            "trainable": counts, "seconds": result.elapsed}  # fmt: skip


def quant_figures(base: Path) -> dict[str, Any]:
    """Stored weight bytes (fp32, bf16, NF4, NF4+double quant) and the NF4 logit error."""
    import torch

    from genforge.compress.quant import quantize_base_nf4, weight_bytes
    from genforge.modeldir import load_model_dir

    model = load_model_dir(base, device="cpu", dtype=torch.float32).model.eval()
    _, val = _data(load_model_dir(base, device="cpu").tokenizer, min(SEQ, model.config.block_size))
    fp32 = weight_bytes(model)
    figs: dict[str, Any] = {"fp32": fp32}
    with torch.no_grad():
        ref = [model(b["input_ids"], segment_ids=b["segment_ids"])[0] for b in val[:4]]
        for dq in (False, True):
            q = load_model_dir(base, device="cpu", dtype=torch.float32).model.eval()
            quantize_base_nf4(q, double_quant=dq)
            out = [q(b["input_ids"], segment_ids=b["segment_ids"])[0] for b in val[:4]]
            num = sum(float((o - r).norm() ** 2) for o, r in zip(out, ref)) ** 0.5
            den = sum(float(r.norm() ** 2) for r in ref) ** 0.5
            agree = torch.cat([(o.argmax(-1) == r.argmax(-1)).flatten() for o, r in zip(out, ref)])
            figs["dq" if dq else "nf4"] = {
                **weight_bytes(q),
                "rel_logit_err": num / den,
                "max_abs_logit_err": max(float((o - r).abs().max()) for o, r in zip(out, ref)),
                "top1_agree": float(agree.float().mean()),
            }
    return figs


def run(budget_s: float, *, base: str | None = None, steps: int | None = None) -> list[dict]:
    """Full fine-tuning vs LoRA vs QLoRA on the same budget; return the figure rows."""
    base_dir = Path(base) if base else base_model_dir(budget_s)
    probe = measure_steps(base_dir, "full", 3)
    # The three runs share the budget; the full run's step time sets the common step count.
    steps = steps or max(20, int(budget_s / 3 / max(probe["step_s"], 1e-3) / 1.5))
    res = {m: _finetune(base_dir, m, steps) for m in ("full", "lora", "qlora")}
    mem = {m: measure_steps(base_dir, m, 5) for m in ("full", "lora", "qlora")}
    q = quant_figures(base_dir)
    full, lora, qlora = res["full"], res["lora"], res["qlora"]
    pct = lora["trainable"]["percent"]
    ratio = lora["val_loss"] / full["val_loss"]
    q_ratio = qlora["val_loss"] / full["val_loss"]
    fp32_lin, nf4_lin = q["fp32"]["linear"], q["dq"]["linear"]
    fp32_tot, nf4_tot = q["fp32"]["total"], q["dq"]["total"]
    return [
        _row("lora", f"trainable parameters (%), {LORA_SPEC}", round(pct, 3), 100.0,
             f"< {TRAINABLE_TARGET}", pct < TRAINABLE_TARGET),
        _row("lora", f"held-out assistant loss after {steps} steps (nats), vs full FT",
             round(lora["val_loss"], 4), round(full["val_loss"], 4),
             f"<= {QUALITY_TARGET} x full", ratio <= QUALITY_TARGET)
        | {"ratio": round(ratio, 4), "base_loss": round(full["base_val_loss"], 4)},
        _row("qlora", f"held-out assistant loss after {steps} steps (nats), vs full FT",
             round(qlora["val_loss"], 4), round(full["val_loss"], 4),
             f"<= {QUALITY_TARGET} x full", q_ratio <= QUALITY_TARGET)
        | {"ratio": round(q_ratio, 4)},
        _row("lora", "step time (s, median, 1 thread), vs full FT", round(mem["lora"]["step_s"], 4),
             round(mem["full"]["step_s"], 4), "report", None),
        _row("qlora", "step time (s, median, 1 thread), vs full FT",
             round(mem["qlora"]["step_s"], 4), round(mem["full"]["step_s"], 4), "report", None),
        _row("lora", "peak training memory (MiB: weights + peak allocations), vs full FT",
             round(mem["lora"]["peak_mb"], 1), round(mem["full"]["peak_mb"], 1), "report", None)
        | {"weights_mb": round(mem["lora"]["weights_mb"], 2),
           "full_weights_mb": round(mem["full"]["weights_mb"], 2)},
        _row("qlora", "peak training memory (MiB: weights + peak allocations), vs full FT",
             round(mem["qlora"]["peak_mb"], 1), round(mem["full"]["peak_mb"], 1), "report", None)
        | {"weights_mb": round(mem["qlora"]["weights_mb"], 2)},
        _row("qlora", "stored bytes of base linear weights, NF4+DQ vs fp32", nf4_lin, fp32_lin,
             f">= {MEMORY_TARGET}x smaller than fp32 and bf16",
             fp32_lin / nf4_lin >= MEMORY_TARGET and fp32_lin / 2 / nf4_lin >= MEMORY_TARGET)
        | {"x_vs_fp32": round(fp32_lin / nf4_lin, 2), "x_vs_bf16": round(fp32_lin / 2 / nf4_lin, 2),
           "nf4_no_dq": q["nf4"]["linear"]},
        _row("qlora", "stored bytes of whole base (embeddings stay float), NF4+DQ vs fp32",
             nf4_tot, fp32_tot, "report", None)
        | {"x_vs_fp32": round(fp32_tot / nf4_tot, 2),
           "x_vs_bf16": round(fp32_tot / 2 / nf4_tot, 2)},
        _row("qlora", "NF4 base logit error on held-out rows (relative L2)",
             round(q["dq"]["rel_logit_err"], 4), 0.0, "report", None)
        | {"max_abs": round(q["dq"]["max_abs_logit_err"], 4),
           "top1_agree": round(q["dq"]["top1_agree"], 4)},
    ]  # fmt: skip


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--budget", type=float, default=120.0, help="seconds for the three runs")
    ap.add_argument("--base", help="base model dir (default: the cached pt_sft base)")
    ap.add_argument("--steps", type=int, help="optimizer steps per run (default: from budget)")
    args = ap.parse_args()
    t0 = time.perf_counter()
    for row in run(args.budget, base=args.base, steps=args.steps):
        print(json.dumps(row, sort_keys=True, default=str))
    print(f"pt_lora: {time.perf_counter() - t0:.0f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
