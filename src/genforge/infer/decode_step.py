"""A lean one-token decode step for :class:`~genforge.models.gpt.GPT` over a slot KV pool.

At the sizes genforge serves on a CPU (the demo model: 6 layers of width 192) a decode step
does about 3 MFLOP of matmul work per token; beyond reading the weights, what it costs is
the number of tensor calls and the Python around them. ``GPT.forward`` is written for every
case (training, prefill of T tokens, dropout, per-row masks) and dispatches 296 ops for one
new token of the demo model; this step dispatches 181. :class:`DecodeStep` computes the same
function for the one case the engine hits on every step — one new token per row, eval
mode — with plain tensor calls on the model's own parameters (the only copy is a CPU
layout of the LM head that follows in-place updates, so training or loading weights in
place is seen at once):

* 2-D activations ``(B, C)``: no (B, T, ...) views or transposes; a (B, nh, 1, hs) query is
  a view of the projection output;
* norms as one fused call with the gain (``F.rms_norm`` / ``F.layer_norm``);
* rotary angles read from a table by position; ``rotate_half`` as one ``flip`` of the two
  halves with the sign folded into the sine table, then one ``addcmul``;
* residual adds folded into the output projections (``addmm``);
* no attention mask when the batch has one row, or every row sits at the same length.

Quantized linear layers (int8, int4, NF4 from ``genforge.nn.quant``) are covered through
the float matrix their own forward multiplies by (``float_weight``: int8/int4 share the
layer's cached copy; NF4, which dequantizes in every forward, is dequantized once here), so
a quantized model decodes at the float model's speed with the same numbers as its forward.

The model is only read, never changed. :func:`decode_step_for` returns ``None`` for models
this step does not cover exactly (training mode, the explicit ``math`` attention, modules
replaced by other subclasses such as LoRA layers, quantized layers set to ATen's low-bit
kernels, hooks), and the engine then calls the model itself.
"""

from __future__ import annotations

import inspect
import time
import types
import weakref
from collections.abc import Callable

import torch
import torch.nn.functional as F
from torch import nn

from genforge.errors import GenforgeError
from genforge.models.gpt import GPT, Block
from genforge.nn.attention import _SDPA_GQA, CausalSelfAttention
from genforge.nn.kv_cache import SlotKVCache
from genforge.nn.mlp import GeluMLP, SwiGLU
from genforge.nn.norms import RMSNorm
from genforge.nn.quant import QUANT_LINEARS
from genforge.nn.rope import RotaryEmbedding

# Module types whose forward DecodeStep reproduces (quantized linears through their float
# matrix); anything else (a LoRA Linear subclass, a custom norm) has its own forward and
# sends the engine to the model.
_KNOWN = (
    GPT,
    Block,
    CausalSelfAttention,
    RotaryEmbedding,
    RMSNorm,
    SwiGLU,
    GeluMLP,
    nn.Linear,
    nn.Embedding,
    nn.LayerNorm,
    nn.Dropout,
    nn.ModuleList,
    *QUANT_LINEARS,
)

# The (in, out) CPU copies of the matmul weights (see DecodeStep._build) double their memory;
# above this many bytes of weights the step reads the model's own (out, in) layout instead.
CPU_COPY_BUDGET = 1 << 30


def _compile_one_row(step: DecodeStep, args: tuple) -> Callable:
    """``DecodeStep._static_rows`` compiled for ``(step, *args)`` (ids, pos, ks, vs) and
    called on them once; returned as a plain function of the same arguments that skips
    dynamo's frame hook and guards where this torch allows, else the guarded function."""
    fn = type(step)._static_rows
    compiled = torch.compile(fn, fullgraph=True, dynamic=False, options={"cpp_wrapper": True})
    with torch.inference_mode():
        compiled(step, *args)  # builds the graph (its KV writes are repeated by the caller)
    step.compiled_kind = "torch.compile"
    try:
        # Dynamo runs a compiled frame as its transformed bytecode, which calls the graph
        # through a global it installed; that bytecode, run as a function of its own, is
        # the graph without the per-call hook. The entry is the one whose guards accept
        # these arguments, exactly as dynamo would pick it.
        from torch._dynamo.eval_frame import _debug_get_cache_entry_list

        names = list(inspect.signature(fn).parameters)
        f_locals = dict(zip(names, (step, *args)))
        for entry in _debug_get_cache_entry_list(fn.__code__):
            if entry.guard_manager.check(f_locals):
                step.compiled_kind = "torch.compile, called without guards"
                return types.FunctionType(entry.code, dict(fn.__globals__), fn.__name__)
    except Exception:  # a private API: any failure keeps the guarded call
        pass
    return compiled


class DecodeStep:
    """One new token per row through ``model``, reading and extending a :class:`SlotKVCache`.

    ``step(tokens, pool, lo, hi)`` takes the ids (``hi - lo`` ints, a list or a (B,) long
    tensor) to append to
    slots ``lo .. hi-1``, writes their keys/values at each slot's own length, advances those
    lengths by one and returns the logits (B, V) — the same numbers as
    ``model(ids[:, None], kv_cache=pool.rows(lo, hi))[0][:, -1]`` up to float rounding.
    """

    def __init__(self, model: GPT) -> None:
        cfg = model.config
        self.llama = cfg.arch == "llama"
        self.n_head, self.n_kv, self.hs = cfg.n_head, cfg.kv_head_count, cfg.head_dim
        self.C = cfg.n_embd
        self.eps = cfg.norm_eps
        self.vocab_size = cfg.vocab_size
        self._params = [p for p in model.parameters()]
        # Quantized codes and scales: the float matrices built from them are copies, so an
        # in-place change (load_state_dict) must rebuild, not only a replaced tensor.
        self._qbufs = [
            b for m in model.modules() if isinstance(m, QUANT_LINEARS) for b in m.buffers()
        ]
        self._ptrs = self._pointers()
        # No reference to the module itself: the per-model cache maps model -> DecodeStep
        # weakly, and a strong one here would keep every model alive.
        self._build(model)

    # ------------------------------------------------------------------ setup
    def _pointers(self) -> tuple[int, ...]:
        return (
            *(p.data_ptr() for p in self._params),
            *(x for b in self._qbufs for x in (b.data_ptr(), b._version)),
        )

    def fresh(self) -> bool:
        """False once any parameter was replaced (``model.to(...)``, a new ``.data``) or a
        quantized layer's codes changed; in-place updates of float parameters (optimizer
        steps, ``load_state_dict``) are seen without a rebuild."""
        return self._pointers() == self._ptrs

    def _build(self, m: GPT) -> None:
        dev = m.wte.weight.device
        self.device = dev
        self.wte = m.wte.weight
        dtype = self.wte.dtype

        # Every matmul reads its weight as (in, out). On a CPU a float layer's is a
        # contiguous copy: MKL multiplies 4-64 rows by a row-major (in, out) matrix
        # 1.3-2.5x faster than by the transposed (out, in) weight, and one row as fast
        # (docs/inference.md). The copies follow in-place updates (see _refresh). A
        # quantized layer's float matrix is kept in that layout by the layer itself on a
        # CPU (nn/quant.py), so no copy doubles what quantizing saved.
        copy = dev.type == "cpu" and _matmul_bytes(m) <= CPU_COPY_BUDGET
        self._copies: list[tuple[torch.Tensor, torch.Tensor]] = []

        def t(linear: nn.Module) -> torch.Tensor:  # (in, out)
            if type(linear) is not nn.Linear:
                return linear.float_weight(dtype).t()
            if not copy:
                return linear.weight.t()
            with torch.inference_mode(False), torch.no_grad():
                out = linear.weight.detach().t().contiguous()
            self._copies.append((linear.weight, out))
            return out

        self.wpe = None if m.wpe is None else m.wpe.weight
        self._rope = m.rope if self.llama else None
        self.cos = self.sin = None  # built by _cover for the positions a pool can hold
        self.layers = []
        for block in m.blocks:
            attn, mlp = block.attn, block.mlp
            layer = {
                "n1": _norm_args(block.ln_1),
                "n2": _norm_args(block.ln_2),
                "qkv": t(attn.qkv),
                "qkv_b": attn.qkv.bias,
                "proj": t(attn.proj),
                "proj_b": attn.proj.bias,
            }
            if isinstance(mlp, SwiGLU):
                layer["gate"] = t(mlp.gate_proj)
                layer["up"] = t(mlp.up_proj)
                layer["down"] = t(mlp.down_proj)
            else:
                layer["fc"], layer["fc_b"] = t(mlp.fc), mlp.fc.bias
                layer["mlp_proj"] = t(mlp.proj)
                layer["mlp_proj_b"] = mlp.proj.bias
            self.layers.append(layer)
        self.nf = _norm_args(m.ln_f)
        self.head = t(m.lm_head)
        self.grouped_attention = dev.type == "cpu"
        self._versions = [src._version for src, _ in self._copies]
        self._b_idx: dict[int, torch.Tensor] = {}
        self._compiled: tuple | None = None  # (key, graph): see _one_row_graph
        # How the one-row graph is called (see _compile_one_row), once built.
        self.compiled_kind: str | None = None
        self._slot0: tuple | None = None
        # Static-shape steps per batch bucket (CUDA graphs on a GPU) for the latest pool.
        self._runs: dict[int, tuple[torch.Tensor, Callable]] = {}
        self._runs_pool: SlotKVCache | None = None
        self._graph_mem = None
        self.capture_seconds = 0.0

    def copy_bytes(self) -> int:
        """Memory held by the (in, out) CPU weight copies (0 when the step reads the
        model's own weights)."""
        return sum(dst.numel() * dst.element_size() for _, dst in self._copies)

    def _refresh(self) -> None:
        """Re-copy each (in, out) CPU copy whose source changed in place (an optimizer
        step, ``load_state_dict``) into the same tensor, so a compiled graph reading it
        stays valid. One version read per weight: microseconds a step."""
        for i, (src, dst) in enumerate(self._copies):
            version = src._version
            if version != self._versions[i]:
                with torch.no_grad():
                    dst.copy_(src.detach().t())
                self._versions[i] = version

    # ------------------------------------------------------------------ the step
    def _norm(self, x: torch.Tensor, args: tuple) -> torch.Tensor:
        kind, weight, bias = args
        if kind == "rms":
            if x.dtype == torch.float32:
                return F.rms_norm(x, (self.C,), weight, self.eps)
            # Statistics in float32, gain in the model dtype: RMSNorm's (and HF's) order.
            return weight * F.rms_norm(x.float(), (self.C,), eps=self.eps).to(x.dtype)
        return F.layer_norm(x, (self.C,), weight, bias, self.eps)

    def _cover(self, n: int) -> None:
        """Rotary tables for positions 0 .. n-1 (n: a pool's max_len, known on the host)."""
        if self._rope is None or (self.cos is not None and self.cos.size(0) >= n):
            return
        cos, sin = self._rope.tables(self.device, n)
        # flip(halves) turns [x1, x2] into [x2, x1]; rotate_half wants [-x2, x1], so the
        # minus goes into the first half of the sine table once, not into every step.
        sign = torch.ones(self.hs, device=self.device)
        sign[: self.hs // 2] = -1.0
        self.cos, self.sin = cos, sin * sign  # (>= n, hs) float32

    @torch.inference_mode()
    def step(
        self, tokens: list[int] | torch.Tensor, pool: SlotKVCache, lo: int, hi: int
    ) -> torch.Tensor:
        """Logits (B, V) for one new token per slot ``lo .. hi-1``; see the class docstring."""
        B = hi - lo
        if len(tokens) != B:
            raise GenforgeError(f"decode step got {len(tokens)} tokens for {B} slots")
        lengths = pool.lengths[lo:hi]
        top = max(lengths)
        if top >= pool.max_len:
            raise GenforgeError(
                f"KV slot is full: {top} cached + 1 new token exceeds max_len {pool.max_len}"
            )
        self._cover(pool.max_len)
        self._refresh()
        dev = self.device
        nh, nkv, hs = self.n_head, self.n_kv, self.hs
        n_qk = (nh + nkv) * hs
        end = top + 1
        ids = tokens if isinstance(tokens, torch.Tensor) else torch.tensor(tokens, device=dev)
        x = F.embedding(ids, self.wte)  # (B, C)
        same = B == 1 or min(lengths) == top
        mask = pos = b_idx = None
        if same:
            p = top
            if self.wpe is not None:
                x = x + self.wpe[p]
            if self.llama:
                cos, sin = self.cos[p], self.sin[p]  # (hs,)
        else:
            pos = torch.tensor(lengths, device=dev)  # (B,)
            b_idx = self._b_idx.get(B)
            if b_idx is None:
                b_idx = self._b_idx[B] = torch.arange(B, device=dev)
            if self.wpe is not None:
                x = x + F.embedding(pos, self.wpe)
            if self.llama:
                cos = self.cos[pos].unsqueeze(1)  # (B, 1, hs)
                sin = self.sin[pos].unsqueeze(1)
            # Row b may see keys 0..pos[b]; slots past a row's length hold stale keys.
            mask = (torch.arange(end, device=dev) <= pos.unsqueeze(1)).view(B, 1, 1, end)
        gqa = {"enable_gqa": True} if nkv != nh and _SDPA_GQA else {}
        # On a CPU, from 3 rows on, attention of one query per row written out beats the
        # flash kernel (see _attend_grouped); elsewhere SDPA.
        grouped = self.grouped_attention and B > 2
        hide = None if mask is None or not grouped else ~mask
        for i, layer in enumerate(self.layers):
            h = self._norm(x, layer["n1"])
            o = _linear(h, layer["qkv"], layer["qkv_b"])  # (B, (nh + 2·nkv)·hs)
            qk = o[:, :n_qk].view(B, nh + nkv, hs)
            v = o[:, n_qk:].view(B, nkv, hs)
            if self.llama:
                half = qk.view(B, nh + nkv, 2, hs // 2).flip(2).view(B, nh + nkv, hs)
                if qk.dtype == torch.float32:
                    qk = torch.addcmul(qk * cos, half, sin)
                else:
                    # The rotation runs in float32, as apply_rotary does.
                    qk = torch.addcmul(qk.float() * cos, half.float(), sin).to(o.dtype)
            q, k = qk[:, :nh], qk[:, nh:]  # (B, nh, hs), (B, nkv, hs)
            K, V = pool.k[i], pool.v[i]
            if same:
                K[lo:hi, :, p] = k
                V[lo:hi, :, p] = v
            else:
                K[b_idx + lo, :, pos] = k
                V[b_idx + lo, :, pos] = v
            Ks, Vs = K[lo:hi, :, :end], V[lo:hi, :, :end]
            if grouped:
                y = self._attend_grouped(q, Ks, Vs, hide)
            elif gqa or nkv == nh:
                y = F.scaled_dot_product_attention(q.unsqueeze(2), Ks, Vs, attn_mask=mask, **gqa)
            else:  # torch < 2.5: SDPA needs one kv head per query head
                g = nh // nkv
                y = F.scaled_dot_product_attention(
                    q.unsqueeze(2),
                    Ks.repeat_interleave(g, dim=1),
                    Vs.repeat_interleave(g, dim=1),
                    attn_mask=mask,
                )
            y = y.reshape(B, nh * hs)  # (B, nh, 1, hs) -> (B, C)
            x = torch.addmm(x, y, layer["proj"])
            if layer["proj_b"] is not None:
                x = x + layer["proj_b"]
            h = self._norm(x, layer["n2"])
            if self.llama:
                a = F.silu(torch.mm(h, layer["gate"])) * torch.mm(h, layer["up"])
                x = torch.addmm(x, a, layer["down"])
            else:
                a = F.gelu(_linear(h, layer["fc"], layer["fc_b"]), approximate="tanh")
                x = torch.addmm(x, a, layer["mlp_proj"])
                if layer["mlp_proj_b"] is not None:
                    x = x + layer["mlp_proj_b"]
        lens = pool.lengths
        for j in range(lo, hi):
            lens[j] += 1
        h = self._norm(x, self.nf)
        return torch.mm(h, self.head)  # (B, V)

    # ------------------------------------------------------------------ compiled, one row
    def step_compiled(self, token: int, pool: SlotKVCache) -> torch.Tensor:
        """``step([token], pool, 0, 1)`` through a ``torch.compile``-d graph (inductor, C++
        wrapper): logits (1, V) for slot 0, which is where a lone stream always runs.

        Shapes are static — attention spans the slot's whole ``max_len`` under a position
        mask — so one graph serves every position; it is built on the first call (~10 s on
        2 CPU cores, see :meth:`warm_up`) and rebuilt only for a pool of another shape.
        """
        p = pool.lengths[0]
        if p >= pool.max_len:
            raise GenforgeError(
                f"KV slot is full: {p} cached + 1 new token exceeds max_len {pool.max_len}"
            )
        self._cover(pool.max_len)
        views = self._slot0
        if views is None or views[0] is not pool:
            # Slot-0 views of the pool's K/V (the compiled graph's inputs); only the latest
            # pool is held, so pools of finished generate() calls are not kept alive.
            views = self._slot0 = (pool, [k[0:1] for k in pool.k], [v[0:1] for v in pool.v])
        self._refresh()
        dev = self.device
        args = (torch.tensor([token], device=dev), torch.tensor([p], device=dev), *views[1:])
        with torch.inference_mode():
            logits = self._one_row_graph(pool.max_len, args)(self, *args)
        pool.lengths[0] = p + 1
        return logits

    def _one_row_graph(self, max_len: int, args: tuple) -> Callable:
        """The compiled one-row step for pools of ``max_len`` positions, called as
        ``graph(self, ids, pos, ks, vs)``; built on first use.

        The graph is called without dynamo's frame hook and guard checks on the step's
        ~60 input tensors where torch allows (:func:`_compile_one_row`): they cost ~15% of
        a CPU token (docs/inference.md). The key does the guards' work instead: the graph
        depends on shapes only, fixed by ``max_len`` and the rotary table's length
        (``_cover`` replaces the table when a longer pool arrives); weights are refreshed
        in place (``_refresh``), never replaced, and the slot-0 views of any pool of that
        length share their strides.
        """
        key = (max_len, None if self.cos is None else tuple(self.cos.shape))
        compiled = self._compiled
        if compiled is None or compiled[0] != key:
            compiled = self._compiled = (key, _compile_one_row(self, args))
        return compiled[1]

    def prepare(self, max_len: int) -> None:
        """Build the shared tables (rotary up to ``max_len``, fresh weight copies) now, so a
        :meth:`warm_up` in another thread only reads what eager steps also read."""
        self._cover(max_len)
        self._refresh()

    def warm_up(self, max_len: int) -> None:
        """Compile :meth:`step_compiled` now, on a scratch one-slot pool of ``max_len``
        positions (the graph depends only on shapes), so no request waits for it."""
        self.prepare(max_len)
        scratch = SlotKVCache(
            len(self.layers),
            1,
            self.n_kv,
            max_len,
            self.hs,
            device=self.device,
            dtype=self.wte.dtype,
        )
        self.step_compiled(0, scratch)
        self._slot0 = None

    # ------------------------------------------------------------------ static shapes
    def step_bucketed(self, tokens: list[int], pool: SlotKVCache, n: int) -> torch.Tensor:
        """``step(tokens, pool, 0, n)`` through the static-shape step of the smallest batch
        bucket (:func:`batch_buckets`) holding ``n`` rows: a replayed CUDA graph on a GPU,
        the same function run eagerly elsewhere (so its padding is tested on a CPU).

        Padding rows are slots ``n ..``, which no running request owns (the one being
        prefilled, if any, sits at slot ``n``): they write at position ``max_len - 1``,
        which none of them has cached yet (a slot that full has finished), so their
        writes are stale positions, overwritten before any read. The logits returned are
        a view of the graph's output buffer, valid until the next step.
        """
        L = pool.max_len
        lengths = pool.lengths[:n]
        if max(lengths) >= L:
            raise GenforgeError(
                f"KV slot is full: {max(lengths)} cached + 1 new token exceeds max_len {L}"
            )
        self._cover(L)
        self._refresh()
        if self._runs_pool is not pool:
            self._runs, self._runs_pool = {}, pool
        bucket = next(b for b in batch_buckets(pool.n_slots) if b >= n)
        run = self._runs.get(bucket)
        if run is None:
            t0 = time.perf_counter()
            run = self._runs[bucket] = self._static_runner(pool, bucket)
            self.capture_seconds += time.perf_counter() - t0
        inputs, replay = run
        pad = bucket - n
        host = torch.tensor([list(tokens) + [0] * pad, lengths + [L - 1] * pad])  # (2, bucket)
        inputs.copy_(host)
        out = replay()
        for j in range(n):
            pool.lengths[j] += 1
        return out[:n]

    def _static_runner(self, pool: SlotKVCache, B: int) -> tuple[torch.Tensor, Callable]:
        """(input buffer (2, B): ids and positions, a callable running the step on it)."""
        inputs = torch.zeros(2, B, dtype=torch.long, device=self.device)
        inputs[1] = pool.max_len - 1
        ks, vs = [k[:B] for k in pool.k], [v[:B] for v in pool.v]

        def body() -> torch.Tensor:
            return self._static_rows(inputs[0], inputs[1], ks, vs)

        if self.device.type != "cuda":
            return inputs, body
        # Warm up on a side stream (lazy inits, cuBLAS workspaces), then capture; every
        # bucket's graph shares one memory pool.
        if self._graph_mem is None:
            self._graph_mem = torch.cuda.graph_pool_handle()
        stream = torch.cuda.Stream(self.device)
        stream.wait_stream(torch.cuda.current_stream(self.device))
        with torch.cuda.stream(stream):
            for _ in range(2):
                body()
        torch.cuda.current_stream(self.device).wait_stream(stream)
        graph = torch.cuda.CUDAGraph()
        # thread_local: callers submitting requests from other threads may touch the GPU
        # while the engine thread captures.
        with torch.cuda.graph(graph, pool=self._graph_mem, capture_error_mode="thread_local"):
            out = body()

        def replay() -> torch.Tensor:
            graph.replay()
            return out

        return inputs, replay

    def _static_rows(
        self, ids: torch.Tensor, pos: torch.Tensor, ks: list[torch.Tensor], vs: list[torch.Tensor]
    ) -> torch.Tensor:
        """Logits (B, V) for tokens ``ids`` (B,) at positions ``pos`` (B,) of the KV views
        ``ks``/``vs`` (B, n_kv_head, L, hs), written in place. Every shape is fixed by B and
        L (attention spans all L positions under a per-row position mask), so one
        compiled graph or captured CUDA graph serves every step of a batch size."""
        B = ids.size(0)
        nh, nkv, hs = self.n_head, self.n_kv, self.hs
        n_qk = (nh + nkv) * hs
        L = ks[0].size(2)
        x = F.embedding(ids, self.wte)  # (B, C)
        if self.wpe is not None:
            x = x + F.embedding(pos, self.wpe)
        # One row (the compiled CPU single stream) keeps index_select / index_copy_: inductor
        # compiles them to a faster step than the general gather and scatter (measured
        # 3.1 vs 4.6 ms per token on the demo preset).
        one = B == 1
        if self.llama:
            if one:
                cos, sin = self.cos.index_select(0, pos), self.sin.index_select(0, pos)
            else:
                cos, sin = self.cos[pos].unsqueeze(1), self.sin[pos].unsqueeze(1)  # (B, 1, hs)
        mask = (torch.arange(L, device=ids.device) <= pos.unsqueeze(1)).view(B, 1, 1, L)
        # Each row's new K/V goes to its own position: a scatter along the position axis
        # (a plain kernel, safe inside a CUDA graph).
        at = pos.view(B, 1, 1, 1).expand(B, nkv, 1, hs)
        gqa = {"enable_gqa": True} if nkv != nh else {}
        # One row on a CPU: attention written out (see _attend_grouped), masked once here.
        hide = ~mask if one and self.device.type == "cpu" else None
        for i, layer in enumerate(self.layers):
            h = self._norm(x, layer["n1"])
            o = _linear(h, layer["qkv"], layer["qkv_b"])
            qk = o[:, :n_qk].view(B, nh + nkv, hs)
            v = o[:, n_qk:].view(B, nkv, hs)
            if self.llama:
                half = qk.view(B, nh + nkv, 2, hs // 2).flip(2).view(B, nh + nkv, hs)
                qk = (qk.float() * cos + half.float() * sin).to(o.dtype)
            q, k = qk[:, :nh], qk[:, nh:]
            if one:
                ks[i].index_copy_(2, pos, k.unsqueeze(2))
                vs[i].index_copy_(2, pos, v.unsqueeze(2))
            else:
                ks[i].scatter_(2, at, k.unsqueeze(2))
                vs[i].scatter_(2, at, v.unsqueeze(2))
            if hide is not None:
                y = self._attend_grouped(q, ks[i], vs[i], hide)
            else:
                y = F.scaled_dot_product_attention(
                    q.unsqueeze(2), ks[i], vs[i], attn_mask=mask, **gqa
                )
            x = x + _linear(y.reshape(B, nh * hs), layer["proj"], layer["proj_b"])
            h = self._norm(x, layer["n2"])
            if self.llama:
                a = F.silu(h @ layer["gate"]) * (h @ layer["up"])
                x = x + a @ layer["down"]
            else:
                a = F.gelu(_linear(h, layer["fc"], layer["fc_b"]), approximate="tanh")
                x = x + _linear(a, layer["mlp_proj"], layer["mlp_proj_b"])
        return self._norm(x, self.nf) @ self.head  # (B, V)

    def _attend_grouped(
        self, q: torch.Tensor, K: torch.Tensor, V: torch.Tensor, hide: torch.Tensor | None
    ) -> torch.Tensor:
        """Attention of one query per row written out (scores, mask, softmax, weighted sum)
        -> (B, nkv, g, hs); query head h reads kv head h // g, as SDPA's ``enable_gqa``
        does. The CPU flash-attention kernel's set-up is sized for long queries: in the
        compiled one-row step, where inductor fuses this, it took ~50 us a layer (the step
        1.25 -> 1.13 ms on the demo preset); in an eager step of 16 rows at ~110 cached
        positions this runs in ~0.6x the kernel's time (docs/inference.md).
        q (B, nh, hs), K/V (B, nkv, L, hs), hide None or (B, 1, 1, L) bool: True where a
        row must not look."""
        B, nkv, hs = q.size(0), self.n_kv, self.hs
        qg = q.reshape(B, nkv, self.n_head // nkv, hs)
        s = torch.matmul(qg, K.transpose(-1, -2)).mul_(hs**-0.5)  # (B, nkv, g, L)
        if hide is not None:
            s = s.masked_fill_(hide, float("-inf"))
        return torch.matmul(torch.softmax(s.float(), dim=-1).to(V.dtype), V)


def _linear(x: torch.Tensor, w_in_out: torch.Tensor, bias: torch.Tensor | None) -> torch.Tensor:
    return x @ w_in_out if bias is None else torch.addmm(bias, x, w_in_out)


def batch_buckets(n_slots: int) -> list[int]:
    """Batch sizes that get their own static-shape step: powers of two below ``n_slots``,
    then ``n_slots`` (a step of n rows runs in the smallest bucket >= n)."""
    out, b = [], 1
    while b < n_slots:
        out.append(b)
        b *= 2
    return [*out, n_slots]


def _matmul_bytes(model: GPT) -> int:
    """Bytes of the float linear weights (the ones the decode step would copy)."""
    return sum(
        mod.weight.numel() * mod.weight.element_size()
        for mod in model.modules()
        if type(mod) is nn.Linear
    )


def _norm_args(norm: nn.Module) -> tuple:
    if isinstance(norm, RMSNorm):
        return ("rms", norm.weight, None)
    return ("layer", norm.weight, norm.bias)


def _covered(model: torch.nn.Module) -> bool:
    """True when ``DecodeStep`` computes exactly what ``model`` does in eval mode."""
    if type(model) is not GPT or model.training or model.config.attn_impl != "sdpa":
        return False
    for mod in model.modules():
        if type(mod) not in _KNOWN or mod._forward_hooks or mod._forward_pre_hooks:
            return False
        if getattr(mod, "use_kernel", False):  # ATen low-bit matmul: other rounding
            return False
    return True


_CACHE: weakref.WeakKeyDictionary[torch.nn.Module, DecodeStep] = weakref.WeakKeyDictionary()


def decode_step_for(model: torch.nn.Module) -> DecodeStep | None:
    """The model's :class:`DecodeStep` (built once per model, rebuilt when its parameters
    were replaced), or ``None`` when the model is not a plain eval-mode GPT."""
    if not _covered(model):
        return None
    step = _CACHE.get(model)
    if step is None or not step.fresh():
        step = _CACHE[model] = DecodeStep(model)  # type: ignore[arg-type]
    return step
