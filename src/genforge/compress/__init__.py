"""Compression and export: quantizing a model (``quant``) and turning a genforge model dir
into other formats (``export``)."""

from genforge.compress.export import export_hf, hf_config, hf_state_dict

__all__ = ["export_hf", "hf_config", "hf_state_dict"]
