"""SFT: packed rows equal separate runs, the loss mask, the batch source, and short runs."""

from __future__ import annotations

import json
import sysconfig
from pathlib import Path

import pytest
import torch

from genforge.cli import main as cli_main
from genforge.errors import GenforgeError
from genforge.modeldir import load_model_dir, save_model_dir
from genforge.models.gpt import GPT, config_from_preset, lm_loss, segment_positions
from genforge.tokenizer import train_tokenizer
from genforge.tune import tasks
from genforge.tune.data import encode_sft
from genforge.tune.sft import (
    SFTBatches,
    SFTConfig,
    chat_figures,
    clean_end_of_turn,
    example_arrays,
    masked_loss,
    parses_as_python,
    run_sft,
    sft_loss_fn,
)


@pytest.fixture(scope="module")
def tok():
    root = Path(sysconfig.get_paths()["stdlib"])
    texts = [(root / n).read_text(encoding="utf-8") for n in ("textwrap.py", "string.py")]
    texts.append(" ".join(f"What is {a} + {b}? {a + b}" for a in range(30) for b in range(30)))
    return train_tokenizer(texts, vocab_size=500)


@pytest.fixture(scope="module")
def base_dir(tmp_path_factory, tok) -> Path:
    torch.manual_seed(0)
    cfg = config_from_preset("tiny", vocab_size=tok.vocab_size, block_size=128)
    out = tmp_path_factory.mktemp("sft") / "base"
    return save_model_dir(out, GPT(cfg), tok)


def _tiny(arch: str) -> GPT:
    torch.manual_seed(1)
    extra = {"n_kv_head": None} if arch == "gpt2" else {}
    return GPT(config_from_preset("tiny", vocab_size=300, block_size=64, arch=arch, **extra)).eval()


@pytest.mark.parametrize("arch", ["llama", "gpt2"])
def test_packed_row_equals_each_sequence_alone(arch):
    model = _tiny(arch)
    g = torch.Generator().manual_seed(0)
    parts = [torch.randint(0, 300, (1, n), generator=g) for n in (11, 7, 1, 9)]
    row = torch.cat(parts, 1)
    seg = torch.cat([torch.full((1, p.size(1)), i) for i, p in enumerate(parts)], 1)
    with torch.no_grad():
        packed, _ = model(row, segment_ids=seg)
        alone = torch.cat([model(p)[0] for p in parts], 1)
        plain, _ = model(row)
    assert torch.allclose(packed, alone, atol=1e-5, rtol=0)
    # Without segment ids the later sequences see the earlier ones: the test can fail.
    assert (plain - alone).abs().max() > 1e-2
    # Two rows with different layouts in one batch.
    seg2 = torch.tensor([[0] * 18 + [1] * 10])
    with torch.no_grad():
        both, _ = model(torch.cat([row, row]), segment_ids=torch.cat([seg, seg2]))
        second = torch.cat([model(row[:, :18])[0], model(row[:, 18:])[0]], 1)
    assert torch.allclose(both[0], alone[0], atol=1e-5, rtol=0)
    assert torch.allclose(both[1], second[0], atol=1e-5, rtol=0)


def test_segment_positions_and_bad_input():
    seg = torch.tensor([[0, 0, 0, 1, 1, 2, 2, 2, 2], [5, 5, 5, 5, 5, 5, 7, 7, 7]])
    pos = segment_positions(seg)
    assert pos.tolist() == [[0, 1, 2, 0, 1, 0, 1, 2, 3], [0, 1, 2, 3, 4, 5, 0, 1, 2]]
    model = _tiny("llama")
    with pytest.raises(GenforgeError, match="segment_ids shape"):
        model(torch.zeros(1, 5, dtype=torch.long), segment_ids=torch.zeros(1, 4, dtype=torch.long))


def test_example_arrays_shift_and_mask(tok):
    conv = [{"role": "user", "content": "hi"}, {"role": "assistant", "content": "yo"}]
    ids, mask = encode_sft(tok, conv)
    x, y = example_arrays(ids, mask)
    assert x == ids and len(y) == len(ids) and y[-1] == -100
    trained = [t for t in y if t != -100]
    assert trained == [*tok.encode("yo"), tok.end_id]
    # The position that predicts the first answer token is the <|assistant|> token.
    first = next(j for j, t in enumerate(y) if t != -100)
    assert x[first] == tok.token_to_id("<|assistant|>")


def _examples(tok, n=40):
    convs = [
        [{"role": "user", "content": t.prompt}, {"role": "assistant", "content": t.answer}]
        for t in tasks.arithmetic_tasks(n, seed=5)
    ]
    return [encode_sft(tok, c) for c in convs]


def test_packed_batch_loss_equals_per_conversation_loss(tok):
    model = _tiny("llama")
    model = GPT(config_from_preset("tiny", vocab_size=tok.vocab_size, block_size=64)).eval()
    exs = _examples(tok, 12)
    src = SFTBatches(exs, batch_size=2, seq_len=64, pad_id=tok.pad_id, pack=True, seed=0)
    batch = src.next_batch()
    assert batch["input_ids"].shape == (2, 64)
    n_rows_examples = int(batch["segment_ids"][:, :-1].max(dim=1).values.sum())
    assert n_rows_examples >= 3  # several conversations were packed per row
    total, count = 0.0, 0
    order = src._permutation(0)
    for k in order[: src.cursor]:
        x, y = example_arrays(*exs[k])
        n = sum(t != -100 for t in y)
        with torch.no_grad():
            logits, _ = model(torch.tensor([x]))
        total += float(lm_loss(logits, torch.tensor([y]))) * n
        count += n
    with torch.no_grad():
        packed = float(sft_loss_fn(model, batch))
    assert count == int((batch["targets"] != -100).sum())
    assert abs(packed - total / count) < 1e-5


def test_batches_cover_every_example_and_resume(tok):
    exs = _examples(tok, 30)
    src = SFTBatches(exs, batch_size=3, seq_len=64, pad_id=tok.pad_id, pack=True, seed=2)
    for _ in range(3):
        src.next_batch()
    state = json.loads(json.dumps(src.state_dict()))
    want = [src.next_batch() for _ in range(4)]
    again = SFTBatches(exs, batch_size=3, seq_len=64, pad_id=tok.pad_id, pack=True, seed=2)
    again.load_state_dict(state)
    for a, b in zip(want, (again.next_batch() for _ in range(4))):
        assert all(torch.equal(a[k], b[k]) for k in a)
    # One epoch unpacked visits every example exactly once.
    flat = SFTBatches(exs, batch_size=5, seq_len=64, pad_id=tok.pad_id, pack=False, seed=2)
    seen = []
    for _ in range(6):
        b = flat.next_batch()
        assert "segment_ids" not in b
        for row in b["input_ids"].tolist():
            seen.append(tuple(t for t in row if t != tok.pad_id))
    assert sorted(seen) == sorted(tuple(e[0]) for e in exs)


def test_clean_end_of_turn_and_parse_rules(tok):
    ids = tok.encode("hello")
    assert clean_end_of_turn(ids, "stop", tok)
    assert not clean_end_of_turn(ids, "length", tok)
    assert not clean_end_of_turn([], "stop", tok)  # stopping at once is not an answer
    assert not clean_end_of_turn(tok.encode("  \n"), "stop", tok)
    assert not clean_end_of_turn([*ids, tok.token_to_id("<|user|>")], "stop", tok)
    assert not clean_end_of_turn([*ids, tok.eos_id], "stop", tok)
    assert parses_as_python("def f(x):\n    return x + 1")
    assert not parses_as_python("def f(x)\n    return x")
    assert not parses_as_python("  ")


def test_short_sft_learns_the_template(tmp_path, tok, base_dir):
    """A random tiny model, 60 steps on arithmetic chats: held-out loss falls and answers end
    with a clean <|end|> far more often than before."""
    rows = [
        {
            "messages": [
                {"role": "user", "content": t.prompt},
                {"role": "assistant", "content": t.answer},
            ]
        }
        for t in tasks.arithmetic_tasks(300, seed=1)
    ]
    data = tmp_path / "chat.jsonl"
    data.write_text("".join(json.dumps(r) + "\n" for r in rows))
    cfg = SFTConfig(
        model=str(base_dir), out=str(tmp_path / "chat"), data=str(data), max_steps=60,
        batch_size=8, lr=3e-3, eval_prompts=12, eval_max_tokens=12, progress=False,
        device="cpu", threads=1,
    )  # fmt: skip
    s = run_sft(cfg)
    assert s["data"]["examples"] == 285  # 5% (15) held out
    assert s["sft"]["val_loss"] < s["base"]["val_loss"] - 1.0
    assert s["base"]["template_rate"] <= 0.25
    assert s["sft"]["template_rate"] >= 0.9
    out = Path(s["out"])
    saved = json.loads((out / "sft_metrics.json").read_text())
    assert saved["sft"]["template_rate"] == s["sft"]["template_rate"]
    assert (out / "run" / "metrics.jsonl").is_file()
    loaded = load_model_dir(out)
    # The written weights are the trained ones: the same held-out figures come back.
    convs = [json.loads(line)["messages"] for line in data.read_text().splitlines()[:12]]
    figs = chat_figures(loaded.model, loaded.tokenizer, convs, [], max_tokens=12)
    assert figs["template_rate"] >= 0.9


def test_sft_config_errors(tmp_path, base_dir):
    with pytest.raises(GenforgeError, match="model is required"):
        run_sft(SFTConfig(out="x", max_steps=1))
    with pytest.raises(GenforgeError, match="--time-budget SECONDS, --max-steps N or epochs=N"):
        run_sft(SFTConfig(model=str(base_dir), out=str(tmp_path / "o")))
    with pytest.raises(GenforgeError, match="differ"):
        run_sft(SFTConfig(model=str(base_dir), out=str(base_dir), max_steps=1))
    with pytest.raises(GenforgeError, match="not found"):
        run_sft(
            SFTConfig(model=str(base_dir), out=str(tmp_path / "o"), data="nope.jsonl", max_steps=1)
        )


def test_cli_errors(tmp_path, capsys):
    assert cli_main(["sft", "--out", str(tmp_path / "m"), "--max-steps", "1"]) == 2
    assert "model is required" in capsys.readouterr().err
    with pytest.raises(GenforgeError, match="format must be auto or one of"):
        run_sft(SFTConfig(model="m", out="o", max_steps=1, format="csv"))
    assert cli_main(["sft", "tasks"]) == 2
    assert "--out" in capsys.readouterr().err


@pytest.mark.slow
def test_cli_tasks(tmp_path, capsys):
    assert cli_main(["sft", "tasks", "--out", str(tmp_path / "t"), "--json"]) == 0
    paths = json.loads(capsys.readouterr().out)
    assert Path(paths["chat_train"]).is_file() and Path(paths["verifiable_test"]).is_file()


@pytest.mark.slow
def test_cli_sft_default_tasks_masked_loss_and_nopack(tmp_path, base_dir, capsys):
    out = tmp_path / "chat"
    rc = cli_main(["sft", "--model", str(base_dir), "--data", "default", "--out", str(out),
                   "--max-steps", "25", "--no-pack", "--no-progress", "--json",
                   "--set", "eval_prompts=4", "--set", "eval_max_tokens=8",
                   "--set", "seq_len=128", "--set", "lr=3e-3", "--set", "threads=1"])  # fmt: skip
    assert rc == 0
    s = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert s["pack"] is False and s["steps"] == 25
    assert s["sft"]["val_loss"] < s["base"]["val_loss"]
    assert s["sft"]["parse_rate"] is not None and s["base"]["parse_rate"] is not None
    assert s["data"]["source"] == "default"
    loaded = load_model_dir(out)
    held = tasks.instruction_examples("test")[:16]
    src = SFTBatches(
        [encode_sft(loaded.tokenizer, c, max_tokens=128) for c in held],
        batch_size=4, seq_len=128, pad_id=loaded.tokenizer.pad_id,
    )  # fmt: skip
    batch = [src.next_batch()]
    cpu = torch.device("cpu")
    # The written model, reloaded, beats the base on held-out assistant tokens.
    assert masked_loss(loaded.model, batch, cpu) < masked_loss(
        load_model_dir(base_dir).model, batch, cpu
    )


def test_sft_with_lora_saves_adapter_and_merged_weights(tmp_path, tok, base_dir):
    from genforge.tune.lora import load_adapter, merge_lora

    rows = [
        {"messages": [{"role": "user", "content": t.prompt},
                      {"role": "assistant", "content": t.answer}]}
        for t in tasks.arithmetic_tasks(120, seed=2)
    ]  # fmt: skip
    data = tmp_path / "chat.jsonl"
    data.write_text("".join(json.dumps(r) + "\n" for r in rows))
    cfg = SFTConfig(
        model=str(base_dir), out=str(tmp_path / "chat"), data=str(data), max_steps=20,
        lora="8,16,0,all", lr=1e-2, eval_prompts=0, compare_base=True, progress=False,
        device="cpu", threads=1,
    )  # fmt: skip
    s = run_sft(cfg)
    assert 0 < s["lora_trainable"]["percent"] < 50
    assert s["sft"]["val_loss"] < s["base"]["val_loss"] - 0.25
    adapter = Path(s["adapter"])
    assert adapter.is_dir()
    # The merged model dir equals base + the saved adapter, merged again.
    merged = load_model_dir(s["out"]).model
    rebuilt = merge_lora(load_adapter(load_model_dir(base_dir).model, adapter))
    x = torch.randint(0, tok.vocab_size, (2, 24))
    with torch.no_grad():
        assert torch.allclose(merged(x)[0], rebuilt(x)[0], atol=1e-5)
        assert not torch.allclose(merged(x)[0], load_model_dir(base_dir).model(x)[0], atol=1e-3)


def test_qlora_sft_trains_adapters_on_a_4bit_base(tmp_path, tok, base_dir):
    rows = [
        {"messages": [{"role": "user", "content": t.prompt},
                      {"role": "assistant", "content": t.answer}]}
        for t in tasks.arithmetic_tasks(120, seed=3)
    ]  # fmt: skip
    data = tmp_path / "chat.jsonl"
    data.write_text("".join(json.dumps(r) + "\n" for r in rows))
    cfg = SFTConfig(
        model=str(base_dir), out=str(tmp_path / "q"), data=str(data), max_steps=20,
        lora="8,16,0,all", qlora=True, lr=1e-2, eval_prompts=0, compare_base=True,
        progress=False, device="cpu", threads=1,
    )  # fmt: skip
    s = run_sft(cfg)
    assert s["qlora"] is True
    assert s["sft"]["val_loss"] < s["base"]["val_loss"] - 0.25
    # The saved model is a plain full-precision model dir (adapters merged, base dequantized).
    merged = load_model_dir(s["out"]).model
    assert all(p.dtype == torch.float32 for p in merged.parameters())


def test_qlora_without_lora_is_refused(tmp_path, base_dir):
    cfg = SFTConfig(model=str(base_dir), out=str(tmp_path / "q"), max_steps=1, qlora=True)
    with pytest.raises(GenforgeError, match="qlora needs LoRA"):
        cfg.validate()


def _small_chat_file(path, n=20):
    rows = [
        {
            "messages": [
                {"role": "user", "content": f"Say hello to {name}."},
                {"role": "assistant", "content": f"Hello, {name}!"},
            ]
        }
        for name in [f"friend {i}" for i in range(n)]
    ]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return path


def test_small_data_epochs_warning_heldout_size_and_overwrite(tmp_path, base_dir):
    data = _small_chat_file(tmp_path / "chat.jsonl")
    said = []
    base = dict(
        model=str(base_dir),
        data=str(data),
        batch_size=4,
        eval_prompts=2,
        eval_max_tokens=4,
        compare_base=False,
        progress=False,
        device="cpu",
        threads=1,
    )
    s = run_sft(SFTConfig(out=str(tmp_path / "a"), epochs=2, **base), say=said.append)
    # 19 train conversations (one held out), packed: the step count is 2 passes' worth
    assert 1.5 <= s["epochs"] <= 2.5 and s["steps"] >= 2
    assert s["held_out_conversations"] == 1 and s["held_out_too_small"] is True
    assert any("held out: 1 conversations — too few" in m for m in said), said
    assert "parse_rate" not in s["sft"]  # no code prompts in this data: not a figure here
    assert not any("warning: the data is small" in m for m in said)
    # a step limit far past the data: the run says so, with the epoch count
    said.clear()
    s = run_sft(SFTConfig(out=str(tmp_path / "b"), max_steps=60, **base), say=said.append)
    warning = [m for m in said if "warning: the data is small" in m]
    assert len(warning) == 1 and "epochs=" in warning[0] and s["epochs"] > 10
    # the trained model is not replaced silently
    with pytest.raises(GenforgeError, match="--overwrite"):
        run_sft(SFTConfig(out=str(tmp_path / "b"), max_steps=1, **base))
    s = run_sft(SFTConfig(out=str(tmp_path / "b"), max_steps=1, overwrite=True, **base))
    assert s["steps"] == 1 and (tmp_path / "b" / "run" / "metrics.jsonl").is_file()


# `genforge sft` with each step slowed down, so that a signal lands mid-run.
SLOW_SFT = """
import sys, time
import genforge.tune.sft as sft

fast = sft.sft_loss_fn
sft.sft_loss_fn = lambda model, batch: (time.sleep(0.05), fast(model, batch))[1]
from genforge.cli import main

sys.exit(main(sys.argv[1:]))
"""


def _train_losses(run_dir: Path) -> dict[int, float]:
    rows = []
    for line in (run_dir / "metrics.jsonl").read_text().splitlines():
        try:
            rows.append(json.loads(line))
        except ValueError:  # a line still being written
            pass
    return {r["step"]: r["loss"] for r in rows if "loss" in r}


@pytest.mark.parametrize("lora", [None, "4,8,0,q,v"])
def test_interrupted_sft_resumes_to_the_uninterrupted_model(tmp_path, base_dir, lora, capsys):
    """Issue 22 item 2: SIGINT mid-SFT saves a checkpoint and prints the command that
    continues it; that command, run as printed, publishes the model an uninterrupted run
    publishes (batch position, optimizer and LoRA adapters restored)."""
    import shlex
    import signal
    import subprocess
    import sys
    import time

    from genforge.modeldir import work_run_dir

    data = _small_chat_file(tmp_path / "chat.jsonl", n=40)
    out = tmp_path / "chat"
    argv = [
        "sft",
        "--model",
        str(base_dir),
        "--data",
        str(data),
        "--out",
        str(out),
        "--max-steps",
        "30",
        "--no-progress",
        "batch_size=2",
        "log_every=1",
        "lr=3e-3",
        "eval_prompts=0",
        "compare_base=false",
        "device=cpu",
        "threads=1",
    ]
    if lora:
        argv += ["--lora", lora]
    script = tmp_path / "slow_sft.py"
    script.write_text(SLOW_SFT)
    cmd = [sys.executable, str(script), *argv]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    work = work_run_dir(out)
    deadline = time.monotonic() + 120
    while not (work / "metrics.jsonl").is_file() or len(_train_losses(work)) < 5:
        assert proc.poll() is None and time.monotonic() < deadline, proc.communicate()
        time.sleep(0.05)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 130, err
    stopped = json.loads((work / "checkpoint" / "state.json").read_text())["step"]
    assert 5 <= stopped < 30
    assert not out.exists()  # nothing published before the run ends
    printed = [ln for ln in err.splitlines() if ln.startswith("continue with: ")]
    assert len(printed) == 1, err
    command = printed[0].removeprefix("continue with: ")
    assert command == "genforge " + shlex.join([*argv, "--resume"])

    # Neither a fresh start over the checkpoint nor a resume with other settings goes ahead.
    assert cli_main(argv) == 2
    assert "pass --resume to continue its run, or --overwrite" in capsys.readouterr().err
    changed = [*argv, "--resume"]
    changed[changed.index("lr=3e-3")] = "lr=1e-2"
    assert cli_main(changed) == 2
    assert "--resume: lr=0.01 (the run used 0.003)" in capsys.readouterr().err
    assert json.loads((work / "checkpoint" / "state.json").read_text())["step"] == stopped

    genforge = Path(sys.executable).parent / "genforge"
    resumed = subprocess.run(
        [str(genforge), *shlex.split(command)[1:]], capture_output=True, text=True, timeout=300
    )
    assert resumed.returncode == 0, resumed.stderr
    assert not work.exists() and (out / "run" / "checkpoint").is_dir()

    straight = tmp_path / "straight"
    assert cli_main([*argv[:6], str(straight), *argv[7:]]) == 0
    logged, expected = _train_losses(out / "run"), _train_losses(straight / "run")
    assert sorted(logged) == sorted(expected) == list(range(1, 31))
    for step in expected:
        assert logged[step] == pytest.approx(expected[step], abs=1e-6), step
    got, want = load_model_dir(out).model.state_dict(), load_model_dir(straight).model.state_dict()
    base = load_model_dir(base_dir).model.state_dict()
    assert got.keys() == want.keys()
    for name in want:
        assert torch.allclose(got[name], want[name], rtol=0, atol=1e-6), name
    assert any(not torch.allclose(got[n], base[n]) for n in base)  # it did train


def test_sft_resume_refusals_name_the_fix(tmp_path, base_dir, capsys):
    data = _small_chat_file(tmp_path / "chat.jsonl")
    argv = [
        "sft",
        "--model",
        str(base_dir),
        "--data",
        str(data),
        "--out",
        str(tmp_path / "m"),
        "--max-steps",
        "2",
        "--no-progress",
        "log_every=1",
        "eval_prompts=0",
        "compare_base=false",
        "device=cpu",
        "threads=1",
    ]
    assert cli_main([*argv, "--resume"]) == 2
    assert "no checkpoint to resume from" in capsys.readouterr().err
    assert cli_main(argv) == 0
    capsys.readouterr()
    # a finished run continues with a raised limit; at its own limit it says what to raise
    assert cli_main([*argv, "--resume"]) == 2
    assert "raise max_steps" in capsys.readouterr().err
    argv[argv.index("--max-steps") + 1] = "4"
    assert cli_main([*argv, "--resume", "--json"]) == 0
    summary = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert summary["steps"] == 4
    assert sorted(_train_losses(tmp_path / "m" / "run")) == [1, 2, 3, 4]
