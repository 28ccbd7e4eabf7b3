"""Compression and export: turning a genforge model dir into other formats."""

from genforge.compress.export import export_hf, hf_config, hf_state_dict

__all__ = ["export_hf", "hf_config", "hf_state_dict"]
