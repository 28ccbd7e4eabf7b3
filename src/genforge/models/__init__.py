"""Model definitions. ``gpt`` is the one decoder LM every stage trains, tunes, serves, exports."""

from genforge.models.gpt import GPT, PRESETS, GPTConfig, config_from_preset

__all__ = ["GPT", "PRESETS", "GPTConfig", "config_from_preset"]
