"""Compression and interchange: quantizing a model (``quant``), and turning a genforge model
dir into other formats and back (``export``, ``hf_import``)."""

from genforge.compress.export import export_hf, hf_config, hf_state_dict

__all__ = ["export_hf", "hf_config", "hf_state_dict"]
