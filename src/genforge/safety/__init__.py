"""Safety and governance: PII evaluation, watermarking, the prompt-injection guard.

The PII scrubber itself lives in ``genforge.data.pii`` (the data pipeline, a lower layer,
runs it); this package holds what sits above the engine and the data stage.
"""
