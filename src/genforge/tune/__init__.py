"""Post-training: turn a pretrained base model dir into an assistant and align it.

One module per method (``sft``, ``lora``, ``reward``, ``dpo``, ``rl``, ``distill``), all on
the shared GPT, training loop, generation engine and model dir. ``data`` holds the file
formats and their encodings; ``tasks`` the embedded default tasks with held-out splits.
Submodules are imported on use so that loading one method does not pull in the others.
"""
