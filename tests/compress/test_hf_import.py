"""Hugging Face import: randomly initialised transformers checkpoints of each supported config
load as genforge model dirs that compute the same logits; unsupported features are refused
by name; imported models fine-tune, align and serve."""

from __future__ import annotations

import copy
import json
import urllib.request
from pathlib import Path

import pytest
import torch
from safetensors.torch import load_file, save_file

from genforge.cli import main as cli_main
from genforge.compress.export import export_hf
from genforge.compress.hf_import import import_hf
from genforge.errors import GenforgeError
from genforge.infer.generate import generate
from genforge.modeldir import load_model_dir, save_model_dir
from genforge.models.gpt import GPT, GPTConfig
from genforge.tokenizer import SPECIAL_TOKENS, train_tokenizer

transformers = pytest.importorskip("transformers")
from tokenizers import Tokenizer as RustTokenizer  # noqa: E402
from tokenizers import decoders, models, pre_tokenizers, trainers  # noqa: E402

TEXT = [
    "The quick brown fox jumps over the lazy dog. " * 20,
    "def add(a, b):\n    return a + b\n" * 20,
    "Hello world, this is a small corpus for a checkpoint's own tokenizer.\n" * 10,
]

LLAMA = dict(
    hidden_size=32,
    intermediate_size=72,
    num_hidden_layers=2,
    num_attention_heads=4,
    max_position_embeddings=64,
    rms_norm_eps=1e-6,
)
# Llama 3.1's scaling shrunk to this context: with head_dim 8 the four frequencies fall in
# the kept, blended and divided bands.
LLAMA3_ROPE = {
    "rope_type": "llama3",
    "factor": 4.0,
    "low_freq_factor": 1.0,
    "high_freq_factor": 4.0,
    "original_max_position_embeddings": 16,
}
GPT2 = dict(n_embd=32, n_layer=2, n_head=4, n_positions=64)

CONFIGS = {
    "llama-gqa-untied": ("llama", dict(LLAMA, num_key_value_heads=2, tie_word_embeddings=False)),
    "llama-mha-tied-theta": (
        "llama",
        dict(LLAMA, num_key_value_heads=4, tie_word_embeddings=True, rope_theta=500000.0),
    ),
    "llama-rope-llama3": (
        "llama",
        dict(LLAMA, num_key_value_heads=2, rope_scaling=LLAMA3_ROPE),
    ),
    "llama-rope-linear": (
        "llama",
        dict(LLAMA, num_key_value_heads=2, rope_scaling={"rope_type": "linear", "factor": 4.0}),
    ),
    "mistral-gqa": ("mistral", dict(LLAMA, num_key_value_heads=1, sliding_window=None)),
    "gpt2-tied": ("gpt2", dict(GPT2, tie_word_embeddings=True)),
    "gpt2-untied": ("gpt2", dict(GPT2, tie_word_embeddings=False)),
}
CLASSES = {
    "llama": ("LlamaConfig", "LlamaForCausalLM"),
    "mistral": ("MistralConfig", "MistralForCausalLM"),
    "gpt2": ("GPT2Config", "GPT2LMHeadModel"),
}


def foreign_tokenizer(kind: str):
    """A byte-level BPE with the checkpoint family's own special tokens (not genforge's)."""
    specials = ["<|endoftext|>"] if kind == "gpt2" else ["<s>", "</s>"]
    rust = RustTokenizer(models.BPE())
    rust.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    rust.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(
        vocab_size=320,
        special_tokens=specials,
        initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),
    )
    rust.train_from_iterator(TEXT, trainer=trainer)
    if kind == "gpt2":
        names = dict(bos_token="<|endoftext|>", eos_token="<|endoftext|>")
    else:
        names = dict(bos_token="<s>", eos_token="</s>")
    return transformers.PreTrainedTokenizerFast(tokenizer_object=rust, **names)


def hf_checkpoint(root: Path, name: str, **save_kw):
    """A random transformers model of config ``name`` saved with its tokenizer in ``root``."""
    kind, fields = CONFIGS[name]
    fields = copy.deepcopy(fields)  # transformers writes into a rope_scaling dict it is given
    fast = foreign_tokenizer(kind)
    config_cls, model_cls = (getattr(transformers, c) for c in CLASSES[kind])
    ids = dict(bos_token_id=fast.bos_token_id, eos_token_id=fast.eos_token_id)
    config = config_cls(vocab_size=len(fast) + 3, **ids, **fields)  # padded, as many are
    torch.manual_seed(0)
    hf = model_cls(config).eval()
    with torch.no_grad():
        # Larger weights and non-trivial norm gains so every tensor's mapping matters.
        for p in hf.parameters():
            if p.ndim == 1:
                p.add_(0.2 * torch.randn_like(p))
            else:
                p.normal_(0.0, 0.2)
    src = root / name
    hf.save_pretrained(src, **save_kw)
    fast.save_pretrained(src)
    return hf, fast, src


@pytest.mark.parametrize("name", list(CONFIGS))
def test_imported_logits_and_greedy_match_transformers(tmp_path, name):
    hf, fast, src = hf_checkpoint(tmp_path, name)
    report = import_hf(src, tmp_path / "gf")
    loaded = load_model_dir(tmp_path / "gf")
    model, tok = loaded.model, loaded.tokenizer
    vocab = hf.config.vocab_size
    assert report.config.arch == ("gpt2" if name.startswith("gpt2") else "llama")
    assert model.config.tie_embeddings == hf.config.tie_word_embeddings
    # The checkpoint's own specials stand for genforge's; chat tokens are new ids.
    assert tok.bos_id == fast.bos_token_id and tok.eos_id == fast.eos_token_id
    assert "<|user|>" in report.added_tokens and "<|bos|>" not in report.added_tokens
    assert min(tok.token_to_id(t) for t in report.added_tokens) >= len(fast)
    torch.manual_seed(1)
    idx = torch.randint(0, vocab, (2, 40))
    with torch.no_grad():
        theirs = hf(idx).logits
        ours = model(idx)[0]
    assert ours.shape[-1] >= vocab
    torch.testing.assert_close(ours[..., :vocab], theirs, atol=1e-4, rtol=1e-4)

    text = "def add(a, b):"
    assert tok.encode(text) == fast.encode(text, add_special_tokens=False)
    prompt = tok.encode(text, add_bos=True)
    assert prompt[0] == fast.bos_token_id
    new = generate(model, prompt, max_new_tokens=16, temperature=0)
    with torch.no_grad():
        # An explicit mask: GPT-2's BOS is also its eos/pad, which generate would mask out.
        ref = hf.generate(
            torch.tensor([prompt]),
            attention_mask=torch.ones(1, len(prompt), dtype=torch.long),
            max_new_tokens=16,
            do_sample=False,
            eos_token_id=None,
            pad_token_id=fast.eos_token_id,
        )
    assert ref[0, len(prompt) :].tolist() == new


def test_sharded_bfloat16_checkpoint_keeps_its_dtype(tmp_path):
    hf, _, src = hf_checkpoint(tmp_path, "llama-gqa-untied", max_shard_size="20KB")
    assert (src / "model.safetensors.index.json").is_file()
    hf_bf16 = hf.to(torch.bfloat16)
    hf_bf16.save_pretrained(src, max_shard_size="20KB")
    report = import_hf(src, tmp_path / "gf")
    assert report.dtype == "bfloat16"
    model = load_model_dir(tmp_path / "gf").model
    assert model.wte.weight.dtype == torch.bfloat16
    assert torch.equal(model.wte.weight[: hf.config.vocab_size], hf_bf16.model.embed_tokens.weight)
    as_f32 = import_hf(src, tmp_path / "gf32", dtype="float32")
    assert as_f32.dtype == "float32"


@pytest.mark.parametrize("arch", ["llama", "gpt2", "llama3-rope"])
def test_export_then_import_round_trip_is_exact(tmp_path, arch):
    scaling = None
    if arch == "llama3-rope":
        arch = "llama"
        scaling = {"type": "llama3", **{k: v for k, v in LLAMA3_ROPE.items() if k != "rope_type"}}
    tok = train_tokenizer(TEXT, vocab_size=300)
    torch.manual_seed(0)
    cfg = GPTConfig(
        vocab_size=tok.vocab_size,
        n_layer=2,
        n_head=4,
        n_kv_head=2 if arch == "llama" else None,
        n_embd=32,
        block_size=48,
        arch=arch,
        tie_embeddings=arch == "gpt2",
        mlp_hidden=96,
        rope_theta=5000.0 if arch == "llama" else 10000.0,
        rope_scaling=scaling,
    )
    model = GPT(cfg).eval()
    src = save_model_dir(tmp_path / "model", model, tok)
    export_hf(src, tmp_path / "hf")
    report = import_hf(tmp_path / "hf", tmp_path / "back")
    assert report.added_tokens == [] and report.aliases == {}
    assert report.chat_template == "genforge"
    back = load_model_dir(tmp_path / "back")
    assert back.model.config.to_dict() == cfg.to_dict()
    idx = torch.randint(0, tok.vocab_size, (2, 48))
    with torch.no_grad():
        assert torch.equal(back.model(idx)[0], model(idx)[0])
    msgs = [{"role": "user", "content": "hi"}]
    assert back.tokenizer.encode_chat(msgs) == tok.encode_chat(msgs)


def _edit_config(src: Path, **changes) -> None:
    config = json.loads((src / "config.json").read_text())
    config.update(changes)
    (src / "config.json").write_text(json.dumps(config))


@pytest.mark.parametrize(
    ("name", "changes", "message"),
    [
        (
            "llama-gqa-untied",
            {"rope_parameters": {"rope_type": "yarn", "factor": 4.0, "rope_theta": 1e4}},
            "rope scaling type 'yarn'",
        ),
        (
            "llama-gqa-untied",
            {"rope_scaling": {"type": "dynamic", "factor": 2.0}, "rope_parameters": None},
            "rope scaling type 'dynamic'",
        ),
        ("llama-gqa-untied", {"attention_bias": True}, "attention_bias"),
        ("llama-gqa-untied", {"hidden_act": "gelu"}, "hidden_act 'gelu'"),
        ("llama-gqa-untied", {"head_dim": 16}, "head_dim 16"),
        ("mistral-gqa", {"sliding_window": 16}, "sliding_window 16"),
        (
            "llama-gqa-untied",
            {"model_type": "qwen2", "architectures": ["Qwen2ForCausalLM"]},
            "model_type 'qwen2'",
        ),
        ("gpt2-tied", {"activation_function": "relu"}, "activation_function 'relu'"),
        ("gpt2-tied", {"scale_attn_by_inverse_layer_idx": True}, "scale_attn_by_inverse"),
        ("llama-gqa-untied", {"tie_word_embeddings": True}, "tied/untied head mismatch"),
        ("llama-mha-tied-theta", {"tie_word_embeddings": False}, "tied/untied head mismatch"),
    ],
)
def test_unsupported_features_are_named(tmp_path, name, changes, message):
    _, _, src = hf_checkpoint(tmp_path, name)
    _edit_config(src, **changes)
    with pytest.raises(GenforgeError, match=message):
        import_hf(src, tmp_path / "gf")
    assert not (tmp_path / "gf").exists()


def test_bias_tensors_pickles_and_missing_files_are_refused(tmp_path):
    _, _, src = hf_checkpoint(tmp_path, "llama-gqa-untied")
    weights = load_file(src / "model.safetensors")
    weights["model.layers.0.self_attn.q_proj.bias"] = torch.zeros(32)
    save_file(weights, src / "model.safetensors")
    with pytest.raises(GenforgeError, match=r"no place for.*q_proj.bias.*bias terms"):
        import_hf(src, tmp_path / "gf")
    del weights["model.layers.0.self_attn.q_proj.bias"]
    weights["model.layers.1.mlp.up_proj.weight"] = torch.zeros(64, 32)
    save_file(weights, src / "model.safetensors")
    with pytest.raises(GenforgeError, match=r"blocks.1.mlp.up_proj.weight has shape \[64, 32\]"):
        import_hf(src, tmp_path / "gf")
    (src / "model.safetensors").rename(src / "pytorch_model.bin")
    with pytest.raises(GenforgeError, match=r"pickled weights.*executes code"):
        import_hf(src, tmp_path / "gf")
    (src / "tokenizer.json").unlink()
    with pytest.raises(GenforgeError, match=r"no tokenizer\.json"):
        import_hf(src, tmp_path / "gf")
    with pytest.raises(GenforgeError, match=r"no config\.json"):
        import_hf(tmp_path, tmp_path / "gf")


def test_imported_chat_template_is_recorded_not_used(tmp_path):
    _, fast, src = hf_checkpoint(tmp_path, "llama-gqa-untied")
    template = "{% for m in messages %}[{{ m['role'] }}] {{ m['content'] }}\n{% endfor %}"
    cfg_file = src / "tokenizer_config.json"
    data = json.loads(cfg_file.read_text())
    data["chat_template"] = template
    (src / "chat_template.jinja").unlink(missing_ok=True)
    cfg_file.write_text(json.dumps(data))
    report = import_hf(src, tmp_path / "gf")
    assert report.chat_template == "recorded"
    loaded = load_model_dir(tmp_path / "gf")
    assert loaded.config["imported_from"]["chat_template"] == template
    assert "not used" in loaded.card_path.read_text()
    ids = loaded.tokenizer.encode_chat([{"role": "user", "content": "hi"}])
    assert ids[0] == fast.bos_token_id and ids[1] == loaded.tokenizer.token_to_id("<|user|>")


def test_cli_import_json_and_error_exit(tmp_path, capsys):
    _, _, src = hf_checkpoint(tmp_path, "gpt2-tied")
    assert (
        cli_main(["import", "--from", "hf", str(src), "--out", str(tmp_path / "gf"), "--json"]) == 0
    )
    line = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert line["arch"] == "gpt2" and line["aliases"]["<|bos|>"] == "<|endoftext|>"
    assert set(line["added_tokens"]) == set(SPECIAL_TOKENS) - {"<|bos|>", "<|eos|>"}
    # an earlier import is replaced only with --overwrite; a folder of other files never
    again = ["import", "--from", "hf", str(src), "--out", str(tmp_path / "gf")]
    assert cli_main(again) == 2
    assert "pass --overwrite to replace it" in capsys.readouterr().err
    assert cli_main([*again, "--overwrite"]) == 0
    capsys.readouterr()
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "notes.txt").write_text("keep me")
    assert cli_main([*again[:-1], str(tmp_path / "mine"), "--overwrite"]) == 2
    assert "not a genforge model dir" in capsys.readouterr().err
    assert (tmp_path / "mine" / "notes.txt").read_text() == "keep me"
    _edit_config(src, hidden_act="x", model_type="falcon")
    assert cli_main(["import", "--from", "hf", str(src), "--out", str(tmp_path / "g2")]) == 2
    assert "model_type 'falcon'" in capsys.readouterr().err


@pytest.fixture(scope="module")
def imported_dir(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("imported")
    _, _, src = hf_checkpoint(root, "llama-gqa-untied")
    import_hf(src, root / "gf", block_size=48)
    return root / "gf"


def test_sft_with_lora_then_serve_an_imported_model(tmp_path, imported_dir):
    from genforge.serve import ServeMetrics, ServeSettings, start_server_thread
    from genforge.serve.server import build_engine
    from genforge.tune.sft import SFTConfig, run_sft

    # ShareGPT records, the format most public chat sets ship in.
    rows = [
        {
            "conversations": [
                {"from": "human", "value": f"add {i} and {i}"},
                {"from": "gpt", "value": str(2 * i)},
            ]
        }
        for i in range(60)
    ]
    data = tmp_path / "chat.jsonl"
    data.write_text("".join(json.dumps(r) + "\n" for r in rows))
    s = run_sft(
        SFTConfig(
            model=str(imported_dir),
            out=str(tmp_path / "chat"),
            data=str(data),
            format="sharegpt",
            max_steps=15,
            batch_size=8,
            lr=1e-2,
            lora="4,8,0,all",
            eval_prompts=0,
            progress=False,
            device="cpu",
            threads=1,
        )
    )
    assert s["sft"]["val_loss"] < s["base"]["val_loss"]
    assert load_model_dir(s["out"]).tokenizer.bos_token == "<s>"  # aliases survive SFT

    settings = ServeSettings(host="127.0.0.1", port=0, shutdown_timeout=5.0, model_name="m")
    metrics = ServeMetrics()
    engine = build_engine(s["out"], settings, metrics=metrics, device="cpu")
    server = start_server_thread(engine, settings, metrics=metrics)
    try:
        body = {
            "model": "m",
            "messages": [{"role": "user", "content": "add 3 and 3"}],
            "max_tokens": 6,
            "temperature": 0,
        }
        req = urllib.request.Request(
            server.base_url + "/v1/chat/completions",
            data=json.dumps(body).encode(),
            headers={"Content-Type": "application/json"},
        )
        with urllib.request.urlopen(req, timeout=60) as resp:
            reply = json.loads(resp.read())
    finally:
        server.stop()
    assert reply["choices"][0]["finish_reason"] in ("stop", "length")
    assert 0 < reply["usage"]["completion_tokens"] <= 6


def test_dpo_on_an_imported_model(tmp_path, imported_dir):
    from genforge.tune.dpo import DPOConfig, run_dpo

    pairs = [
        {"prompt": [{"role": "user", "content": f"say {i}"}], "chosen": str(i), "rejected": "no"}
        for i in range(24)
    ]
    data = tmp_path / "pairs.jsonl"
    data.write_text("".join(json.dumps(p) + "\n" for p in pairs))
    s = run_dpo(
        DPOConfig(
            model=str(imported_dir),
            data=str(data),
            out=str(tmp_path / "dpo"),
            max_steps=4,
            time_budget=None,
            batch_size=4,
            lr=1e-3,
            progress=False,
            device="cpu",
        )
    )
    assert s["heldout_margin"] != 0  # the policy moved away from its reference
    assert load_model_dir(s["out"]).tokenizer.bos_token == "<s>"


def test_qlora_sft_on_an_imported_gpt2(tmp_path):
    """The 4-bit NF4 base of QLoRA works on imported weights too (GPT-2: biases, Conv1D)."""
    from genforge.tune.sft import SFTConfig, run_sft

    _, _, src = hf_checkpoint(tmp_path, "gpt2-untied")
    import_hf(src, tmp_path / "gf")
    rows = [
        {"instruction": f"add {i} and {i}", "output": str(2 * i)}  # Alpaca records
        for i in range(40)
    ]
    data = tmp_path / "alpaca.json"
    data.write_text(json.dumps(rows))
    s = run_sft(
        SFTConfig(
            model=str(tmp_path / "gf"),
            out=str(tmp_path / "q"),
            data=str(data),
            max_steps=10,
            batch_size=8,
            lr=1e-2,
            lora="4,8,0,all",
            qlora=True,
            eval_prompts=0,
            progress=False,
            device="cpu",
            threads=1,
        )
    )
    assert s["qlora"] is True and s["data"]["format"] == "alpaca"
    assert s["sft"]["val_loss"] < s["base"]["val_loss"]
    assert load_model_dir(s["out"]).tokenizer.bos_token == "<|endoftext|>"
