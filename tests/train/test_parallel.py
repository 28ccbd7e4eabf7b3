"""parallel=fsdp|tp|fsdp+tp and activation checkpointing (train/parallel.py).

The slow tests run a real 2-process torchrun (gloo on CPU) against one process. Every run
trains the tiny preset for a few steps on the same rows: two ranks of fsdp read 4 rows each
(the global batch of 8), two ranks of tp read the same 8 rows, one process reads 8 rows. A
constant LR keeps a run that stops at step 3 and resumes to step 6 on the same schedule as
one that runs straight to step 6.
"""

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import torch

from genforge.cli import main
from genforge.modeldir import load_model_dir
from genforge.train.metrics import read_metrics

BIN = Path(sys.executable).parent
FLAGS = ["--preset", "tiny", "--no-progress", "--json"]
OVERRIDES = [
    "seq_len=32",
    "vocab_size=300",
    "log_every=1",
    "eval_tokens=2000",
    "optimizer=adamw",
    "schedule=constant",
    "warmup=0",
    "eval_points=1",
]
# Sums split over ranks round differently from one sum: agreement is close, not bitwise.
LOSS_TOL = 1e-4

# Real multi-process runs: ~15-30 s each on 2 loaded cores.
multiprocess = pytest.mark.slow


def _env(cache: Path) -> dict[str, str]:
    return {**os.environ, "GENFORGE_CACHE": str(cache), "OMP_NUM_THREADS": "1"}


def _torchrun_args(data: Path, out: Path, flags: str) -> list[str]:
    launch = [str(BIN / "torchrun"), "--standalone", "--nproc_per_node", "2"]
    return [*launch, str(BIN / "genforge"), *_pretrain_args(data, out, flags)]


def _pretrain_args(data: Path, out: Path, flags: str) -> list[str]:
    return ["pretrain", "--data", str(data), "--out", str(out), *FLAGS, *OVERRIDES, *flags.split()]


def torchrun(data: Path, out: Path, cache: Path, flags: str) -> dict:
    """``flags`` (space-separated) after a 2-rank ``genforge pretrain``; rank 0's summary."""
    proc = subprocess.run(
        _torchrun_args(data, out, flags),
        env=_env(cache),
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("{")]
    assert len(lines) == 1  # only rank 0 reports
    return json.loads(lines[0])


def one_process(data: Path, out: Path, cache: Path, monkeypatch, capsys, flags: str) -> dict:
    monkeypatch.setenv("GENFORGE_CACHE", str(cache))
    assert main(_pretrain_args(data, out, flags)) == 0
    return json.loads(capsys.readouterr().out.strip().splitlines()[-1])


def losses(out: Path) -> dict[int, float]:
    return {
        r["step"]: r["loss"] for r in read_metrics(out / "run" / "metrics.jsonl") if "loss" in r
    }


@pytest.fixture(scope="module")
def cache(tmp_path_factory) -> Path:
    """One data cache for the module: the tokenizer and shards are built once."""
    return tmp_path_factory.mktemp("cache")


@pytest.fixture(scope="module")
def reference(raw_text_dir, tmp_path_factory, cache):
    """One plain process, 6 steps of 8 rows: what every layout must reproduce."""
    tmp = tmp_path_factory.mktemp("reference")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("GENFORGE_CACHE", str(cache))
        args = ["pretrain", "--data", str(raw_text_dir), "--out", str(tmp / "one")]
        assert main([*args, *FLAGS, *OVERRIDES, "--max-steps", "6", "batch_size=8"]) == 0
    return {"losses": losses(tmp / "one"), "model": load_model_dir(tmp / "one")}


def _same_training(out: Path, reference: dict) -> None:
    got = losses(out)
    assert sorted(got) == sorted(reference["losses"]) == list(range(1, 7))
    for step, loss in reference["losses"].items():
        assert got[step] == pytest.approx(loss, abs=LOSS_TOL), step
    # The published model dir is the ordinary one, with the same weights.
    import torch

    mine, ref = load_model_dir(out).model.state_dict(), reference["model"].model.state_dict()
    assert mine.keys() == ref.keys()
    for name, tensor in ref.items():
        torch.testing.assert_close(mine[name], tensor, atol=2e-4, rtol=0, msg=name)


@multiprocess
def test_fsdp_and_tp_on_a_2d_mesh_train_as_one_process(raw_text_dir, tmp_path, reference, cache):
    out = tmp_path / "2d"
    # dp 2 × tp 1: both layouts applied, the rows split as under fsdp
    flags = "--max-steps 6 parallel=fsdp+tp tp_size=1 batch_size=4 activation_checkpointing=true"
    summary = torchrun(raw_text_dir, out, cache, flags)
    assert summary["world_size"] == 2 and summary["tokens"] == 6 * 8 * 32
    digests = summary["first_batch_digests"]
    assert digests[0] != digests[1]  # data-parallel ranks read different rows
    assert (out / "run" / "checkpoint" / "dcp").is_dir()
    _same_training(out, reference)


# Steps 1-3 run on two ranks, 4-6 in one process: both halves must match one process.
@multiprocess
@pytest.mark.parametrize(
    ("strategy", "flags"),
    [
        ("fsdp", "batch_size=4 activation_checkpointing=true"),
        ("pp", "batch_size=8 pp_schedule=gpipe pp_microbatches=4 activation_checkpointing=true"),
    ],
)
def test_saved_by_two_ranks_resumes_in_one_process(
    strategy, flags, raw_text_dir, tmp_path, reference, cache, monkeypatch, capsys
):
    out = tmp_path / strategy
    first = torchrun(raw_text_dir, out, cache, f"--max-steps 3 parallel={strategy} {flags}")
    assert first["world_size"] == 2 and first["tokens"] == 3 * 8 * 32
    digests = first["first_batch_digests"]
    # pipeline stages read the same rows; data-parallel ranks read different ones
    assert (digests[0] == digests[1]) == (strategy == "pp")
    resumed = f"--max-steps 6 --resume parallel={strategy} batch_size=8"
    summary = one_process(raw_text_dir, out, cache, monkeypatch, capsys, resumed)
    assert summary["steps"] == 6 and summary["world_size"] == 1
    _same_training(out, reference)


@multiprocess
def test_tp_saved_by_one_process_resumes_on_two_ranks(
    raw_text_dir, tmp_path, reference, cache, monkeypatch, capsys
):
    out = tmp_path / "tp"
    one_process(
        raw_text_dir, out, cache, monkeypatch, capsys, "--max-steps 3 parallel=tp batch_size=8"
    )
    # the heads saved whole are read back split over two ranks
    summary = torchrun(raw_text_dir, out, cache, "--max-steps 6 --resume parallel=tp batch_size=8")
    assert summary["steps"] == 6
    _same_training(out, reference)


@multiprocess
def test_a_killed_rank_fails_the_job_cleanly(raw_text_dir, tmp_path, cache):
    out = tmp_path / "killed"
    proc = subprocess.Popen(
        _torchrun_args(raw_text_dir, out, "--max-steps 100000 parallel=fsdp"),
        env=_env(cache),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        metrics = out / "run" / "metrics.jsonl"
        deadline = time.monotonic() + 120
        while not (metrics.is_file() and '"loss"' in metrics.read_text()):
            assert proc.poll() is None and time.monotonic() < deadline, "training never started"
            time.sleep(0.2)
        os.kill(_worker_pid(proc.pid, rank=1), signal.SIGKILL)
        stdout, stderr = proc.communicate(timeout=120)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode != 0
    assert "rank 1" in stderr or "local_rank: 1" in stderr, stderr[-2000:]
    assert not (out / "config.json").exists()  # no model dir was published
    assert not [ln for ln in stdout.splitlines() if ln.startswith("{")]
    leftovers = [p.name for p in (out / "run").iterdir() if p.name.startswith(".checkpoint")]
    assert leftovers == []


def _worker_pid(parent: int, rank: int) -> int:
    """The pid of the torchrun worker with ``RANK=rank`` among ``parent``'s children."""
    children = Path(f"/proc/{parent}/task/{parent}/children").read_text().split()
    for pid in children:
        environ = Path(f"/proc/{pid}/environ").read_bytes().split(b"\0")
        if f"RANK={rank}".encode() in environ:
            return int(pid)
    raise AssertionError(f"no worker with RANK={rank} among {children}")


# ----------------------------------------------------------------- in one process, fast


@pytest.fixture
def one_rank_group():
    """A one-rank gloo group, as a sharded run without torchrun makes for itself."""
    import torch.distributed as dist

    from genforge.train.parallel import init_single_process_group

    init_single_process_group(torch.device("cpu"))
    yield
    dist.destroy_process_group()


def _tiny(arch: str = "llama"):
    from genforge.models.gpt import GPT, config_from_preset

    torch.manual_seed(0)
    if arch == "gpt2":
        return GPT(config_from_preset("tiny", 300, arch="gpt2", n_kv_head=None, block_size=32))
    return GPT(config_from_preset("tiny", 300, block_size=32))


def _batch():
    g = torch.Generator().manual_seed(1)
    x = torch.randint(0, 300, (3, 33), generator=g)
    return x[:, :-1], x[:, 1:]


def test_activation_checkpointing_keeps_loss_and_gradients_and_saves_memory():
    from genforge.train.parallel import apply_activation_checkpointing

    x, y = _batch()
    plain, ckpt = _tiny(), _tiny()
    apply_activation_checkpointing(ckpt)
    saved = {}
    for name, model in (("plain", plain), ("ckpt", ckpt)):
        sizes = []

        def pack(t, sizes=sizes):
            sizes.append(t.numel() * t.element_size())
            return t

        with torch.autograd.graph.saved_tensors_hooks(pack, lambda t: t):
            _, loss = model(x, y)
        saved[name] = sum(sizes)
        loss.backward()
    torch.testing.assert_close(ckpt(x, y)[1], plain(x, y)[1])
    for (name, p), q in zip(plain.named_parameters(), ckpt.parameters(), strict=True):
        torch.testing.assert_close(q.grad, p.grad, msg=name)
    # Only block inputs are kept for backward: much less than every block's internals.
    assert saved["ckpt"] < 0.5 * saved["plain"], saved
    with torch.no_grad():  # evals and decoding run the blocks plainly
        torch.testing.assert_close(ckpt(x)[0], plain(x)[0])
    assert ckpt.state_dict().keys() == plain.state_dict().keys()


@pytest.mark.parametrize("arch", ["llama", "gpt2"])
def test_tensor_parallel_layout_computes_the_same_model(arch, one_rank_group):
    from genforge.train.distributed import DistInfo
    from genforge.train.parallel import ParallelConfig, canonical_state_dict, parallelize

    x, y = _batch()
    plain, tp = _tiny(arch), _tiny(arch)
    tp, layout = parallelize(
        tp, ParallelConfig("tp"), DistInfo(), torch.device("cpu"), torch.float32
    )
    assert layout.tp_size == 1 and layout.dp_size == 1
    assert "blocks.0.attn.qkv.q.weight" in tp.state_dict()  # split by heads
    torch.testing.assert_close(tp(x, y)[1], plain(x, y)[1])
    joined = canonical_state_dict(tp)
    assert joined.keys() == plain.state_dict().keys()
    for name, tensor in plain.state_dict().items():
        torch.testing.assert_close(joined[name], tensor, msg=name)


def test_bad_layouts_are_refused_with_the_fix():
    from genforge.errors import GenforgeError
    from genforge.train.distributed import DistInfo
    from genforge.train.parallel import ParallelConfig, check_tp_shapes, parallelize

    with pytest.raises(GenforgeError, match="parallel must be one of ddp, fsdp, tp, fsdp"):
        ParallelConfig("zero3").validate()
    with pytest.raises(GenforgeError, match="cpu_offload=true needs parallel=fsdp"):
        ParallelConfig("tp", cpu_offload=True).validate()
    with pytest.raises(GenforgeError, match="drop cpu_offload or run on CUDA"):
        parallelize(
            _tiny(),
            ParallelConfig("fsdp", cpu_offload=True),
            DistInfo(),
            torch.device("cpu"),
            torch.float32,
        )
    # the tiny preset has 2 key/value heads: they cannot split over 4 ranks
    with pytest.raises(GenforgeError, match="n_kv_head divisible by 4, got 2"):
        check_tp_shapes(_tiny().config, 4)
    check_tp_shapes(_tiny().config, 2)


def test_resume_with_another_layout_names_the_setting(
    raw_text_dir, tmp_path, cache, monkeypatch, capsys
):
    monkeypatch.setenv("GENFORGE_CACHE", str(cache))
    out = str(tmp_path / "m")
    base = ["pretrain", "--data", str(raw_text_dir), "--out", out, *FLAGS, *OVERRIDES]
    assert main([*base, "--max-steps", "2", "batch_size=2"]) == 0
    code = main([*base, "--max-steps", "4", "batch_size=2", "--resume", "parallel=fsdp"])
    assert code == 2
    assert "written whole but this run's model is sharded" in capsys.readouterr().err


def test_gpu_smoke_script_runs_at_toy_size_on_the_cpu():
    root = Path(__file__).resolve().parents[2]
    proc = subprocess.run(
        [sys.executable, str(root / "benchmarks/gpu/parallel_smoke.py"), "--toy"],
        env={**os.environ, "PYTHONPATH": str(root / "src"), "OMP_NUM_THREADS": "1"},
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    assert set(result["ways"]) == {"plain", "plain+ac", "fsdp", "fsdp+ac"}
    for name, way in result["ways"].items():
        assert way["max_loss_diff_vs_plain"] < 1e-4, name  # every layout trains the same model
    assert result["checkpointing_memory_ratio"] < 0.5
