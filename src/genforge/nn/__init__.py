"""Building blocks shared by the models: norms, rotary embeddings, attention, MLPs, KV cache."""

from genforge.nn.attention import CausalSelfAttention, causal_attention
from genforge.nn.device import resolve_device
from genforge.nn.kv_cache import SlotKVCache
from genforge.nn.mlp import GeluMLP, SwiGLU
from genforge.nn.norms import RMSNorm
from genforge.nn.rope import RotaryEmbedding, apply_rotary, rotate_half

__all__ = [
    "CausalSelfAttention",
    "GeluMLP",
    "RMSNorm",
    "RotaryEmbedding",
    "SlotKVCache",
    "SwiGLU",
    "apply_rotary",
    "causal_attention",
    "resolve_device",
    "rotate_half",
]
