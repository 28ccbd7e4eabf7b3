"""llama.cpp runs genforge's GGUF export (llama and gpt2 architectures): same tokens, same
logits, same greedy text.

Needs ``llama-cpp-python`` (it compiles llama.cpp from source; not in the test extra):
skipped without it.
"""

from __future__ import annotations

import numpy as np
import pytest
import torch

from genforge.compress.gguf_export import export_gguf
from genforge.infer.generate import generate
from genforge.modeldir import save_model_dir
from genforge.models.gpt import GPT, GPTConfig
from genforge.tokenizer import train_tokenizer

llama_cpp = pytest.importorskip("llama_cpp")
pytestmark = pytest.mark.slow

TEXT = [
    "The quick brown fox jumps over the lazy dog. " * 30,
    "def add(a, b):\n    return a + b\n" * 30,
]


@pytest.mark.parametrize("arch", ["llama", "gpt2"])
def test_llamacpp_matches_genforge_at_f32(tmp_path, arch):
    tok = train_tokenizer(TEXT, vocab_size=300)
    torch.manual_seed(0)
    kw = dict(n_kv_head=2, tie_embeddings=False, rope_theta=10000.0) if arch == "llama" else {}
    cfg = GPTConfig(
        vocab_size=tok.vocab_size, n_layer=2, n_head=4, n_embd=64, block_size=128, arch=arch, **kw
    )
    model = GPT(cfg).eval()
    with torch.no_grad():
        for p in model.parameters():  # larger weights, non-trivial norm gains
            if p.ndim == 2:
                p.mul_(4)
            else:
                p.add_(0.1 * torch.randn_like(p))
    save_model_dir(tmp_path / "m", model, tok)
    path = export_gguf(tmp_path / "m", tmp_path / "m.gguf", dtype="f32")
    llm = llama_cpp.Llama(model_path=str(path), n_ctx=128, logits_all=True, verbose=False)
    prompt = "def add(a, b):\n    return"
    ids = tok.encode(prompt, add_bos=True)
    assert llm.tokenize(prompt.encode(), add_bos=True, special=False) == ids
    llm.eval(ids)
    theirs = np.asarray(llm.scores[: len(ids)])
    with torch.no_grad():
        ours = model(torch.tensor([ids]))[0][0].numpy()
    assert np.abs(theirs - ours).max() < 1e-3 * max(1.0, np.abs(ours).max())
    want = generate(model, ids, max_new_tokens=12, temperature=0.0)
    llm.reset()
    got = []
    seq = list(ids)
    for _ in range(len(want)):
        llm.reset()
        llm.eval(seq)
        nxt = int(np.argmax(llm.scores[len(seq) - 1]))
        got.append(nxt)
        seq.append(nxt)
    assert got == want
