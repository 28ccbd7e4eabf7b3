"""Device selection shared by training, generation and serving."""

from __future__ import annotations

import torch

from genforge.errors import GenforgeError


def resolve_device(name: str = "auto") -> torch.device:
    """Turn ``auto`` (CUDA, then Apple MPS, then CPU) or an explicit name into a device.

    An explicit device that is not available raises GenforgeError instead of failing later
    inside the first kernel launch.
    """
    name = (name or "auto").strip().lower()
    if name == "auto":
        if torch.cuda.is_available():
            return torch.device("cuda")
        mps = getattr(torch.backends, "mps", None)
        if mps is not None and mps.is_available():
            return torch.device("mps")
        return torch.device("cpu")
    try:
        device = torch.device(name)
    except RuntimeError as e:
        raise GenforgeError(f"unknown device {name!r}; use auto, cpu, cuda, cuda:N or mps") from e
    if device.type == "cuda":
        if not torch.cuda.is_available():
            raise GenforgeError("device cuda requested but CUDA is not available; use --device cpu")
        if device.index is not None and device.index >= torch.cuda.device_count():
            raise GenforgeError(
                f"device {name} requested but only {torch.cuda.device_count()} GPU(s) exist"
            )
    if device.type == "mps":
        mps = getattr(torch.backends, "mps", None)
        if mps is None or not mps.is_available():
            raise GenforgeError("device mps requested but MPS is not available; use --device cpu")
    return device
