"""Training: the one loop, optimizers and schedules, checkpoints, distributed, telemetry.

- ``loop.train_loop`` — setup -> train -> cleanup with a pluggable ``loss_fn(model, batch)``;
- ``optim.build_optimizer`` — AdamW with parameter groups, or Muon + AdamW;
- ``schedule.lr_factor`` — warmup + cosine / WSD as a function of progress;
- ``checkpoint.save_checkpoint`` / ``load_checkpoint`` — atomic, pickle-free, verified;
- ``distributed`` — torchrun / DDP helpers; ``metrics`` — metrics JSONL, loss plot, MFU;
- ``parallel.parallelize`` — FSDP2, tensor / pipeline parallel, activation checkpointing;
- ``pretrain.run_pretrain`` — the ``genforge pretrain`` stage (data prep in ``prepare``).
"""
