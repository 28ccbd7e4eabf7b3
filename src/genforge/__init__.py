"""genforge: build your own generative AI model end to end."""

__version__ = "0.1.0"
