"""Drift monitoring: the statistics against scipy/sklearn, calibrated false alarms, the
server's monitor (sampled features, Prometheus gauges, no text by default) and the HTML
report in Chromium."""

from __future__ import annotations

import json
import random
import shutil
import sysconfig
from pathlib import Path

import httpx
import numpy as np
import pytest
from scipy.spatial.distance import jensenshannon
from scipy.stats import ks_2samp
from sklearn.metrics.pairwise import rbf_kernel

from genforge.cli import main
from genforge.eval.drift import (
    Features,
    Profile,
    calibrate,
    js_divergence,
    ks_statistic,
    mmd2_rbf,
    psi,
)
from genforge.serve import ServeSettings, build_engine, start_server_thread
from genforge.serve.monitor import DriftMonitor

CHROMIUM = Path("/usr/bin/chromium")


def test_statistics_match_reference_libraries():
    rng = np.random.default_rng(0)
    a, b = rng.normal(0, 1, 300), rng.normal(0.3, 1.2, 170)
    assert ks_statistic(a, b) == pytest.approx(ks_2samp(a, b).statistic, abs=1e-12)
    p, q = rng.random(40), rng.random(40)
    assert js_divergence(p, q) == pytest.approx(jensenshannon(p, q, base=2) ** 2, rel=1e-9)
    x, y = rng.normal(size=(30, 5)), rng.normal(0.5, 1, size=(25, 5))
    kxx, kyy, kxy = rbf_kernel(x, gamma=0.3), rbf_kernel(y, gamma=0.3), rbf_kernel(x, y, gamma=0.3)
    unbiased = (kxx.sum() - 30) / (30 * 29) + (kyy.sum() - 25) / (25 * 24) - 2 * kxy.mean()
    assert mmd2_rbf(x, y, 0.3) == pytest.approx(unbiased, rel=1e-9)
    assert psi(a, a) == pytest.approx(0.0, abs=1e-12)
    # Half the mass moved from the lower half of the bins to the upper: PSI by hand.
    ref = np.arange(100.0)
    cur = np.concatenate([np.arange(50.0, 100.0), np.arange(50.0, 100.0)])
    expected = 5 * (0.0001 - 0.1) * np.log(0.0001 / 0.1) + 5 * (0.2 - 0.1) * np.log(2)
    assert psi(ref, cur) == pytest.approx(expected, rel=1e-9)


def _synthetic(rng: random.Random, n: int, shift: float = 0.0) -> list[Features]:
    """Requests whose length, tokens and embedding all move with ``shift``."""
    out = []
    for _ in range(n):
        length = max(2, int(rng.lognormvariate(4 + shift, 0.5)))
        ids = [int(rng.expovariate(0.05 / (1 + 3 * shift))) % 256 for _ in range(length)]
        emb = np.array([rng.gauss(shift, 1) for _ in range(8)])
        counts: dict[int, int] = {}
        for t in ids:
            counts[t] = counts.get(t, 0) + 1
        out.append(Features(length, counts, (emb / np.linalg.norm(emb)).tolist()))
    return out


def test_calibrated_thresholds_false_alarms_and_detection():
    rng = random.Random(0)
    profile = calibrate(
        _synthetic(rng, 400), _synthetic(rng, 600), window=40, alpha=0.01, n_embd=8, draws=600
    )
    fresh = _synthetic(rng, 2000)  # new no-shift traffic
    windows = [rng.sample(fresh, 40) for _ in range(300)]
    rate = sum(bool(profile.alarms(profile.scores(w))) for w in windows) / len(windows)
    assert rate <= 0.03  # 1% by design; 3% leaves room for 300 windows' sampling noise
    stream = fresh[:100] + _synthetic(rng, 200, shift=0.6)
    first = next(
        end for end in range(101, 301) if profile.alarms(profile.scores(stream[end - 40 : end]))
    )
    assert first - 100 <= 20  # flagged within 20 shifted requests


@pytest.fixture(scope="module")
def profiled_model(tmp_path_factory, model_factory):
    """A tiny model dir with a drift profile from stdlib code (window of 5 requests)."""
    model = model_factory(5)
    texts = tmp_path_factory.mktemp("code")
    root = Path(sysconfig.get_paths()["stdlib"])
    for name in ("textwrap.py", "string.py", "shlex.py", "fnmatch.py", "glob.py", "bisect.py"):
        shutil.copy(root / name, texts / name)
    assert (
        main(
            [
                "monitor",
                "profile",
                "--model",
                str(model),
                "--data",
                str(texts),
                "--window",
                "5",
                "--max-prompts",
                "120",
                "--device",
                "cpu",
            ]
        )
        == 0
    )
    return model


def test_server_monitor_exports_gauges_and_logs_no_text(profiled_model, tmp_path):
    settings = ServeSettings(host="127.0.0.1", port=0, model_name="m", shutdown_timeout=5.0)
    running = start_server_thread(build_engine(profiled_model, settings, device="cpu"), settings)
    log = tmp_path / "monitor.jsonl"
    monitor = DriftMonitor(
        Profile.load(profiled_model), running.metrics.registry, log_path=log, every=1
    )
    running.app.state.ctx.monitor = monitor
    try:
        prose = ["The quick brown fox jumps over the lazy dog near the river bank. " * 3] * 4
        code = ["def add(a, b):\n    return a + b\n", "import os\nprint(os.getcwd())\n"] * 3
        for prompt in code + prose:
            r = httpx.post(
                f"{running.base_url}/v1/completions",
                json={"model": "m", "prompt": prompt, "max_tokens": 4, "temperature": 0},
                timeout=60,
            )
            assert r.status_code == 200, r.text
        monitor.flush()
        metrics = httpx.get(f"{running.base_url}/metrics").text
    finally:
        running.stop()
        monitor.close()
    assert "genforge_monitor_sampled_total 10.0" in metrics
    for stat in ("psi_prompt_len", "ks_prompt_len", "js_tokens", "mmd_embedding"):
        assert f'genforge_drift_score{{stat="{stat}"}}' in metrics
        assert f'genforge_drift_threshold{{stat="{stat}"}}' in metrics
    assert "genforge_drift_alarm" in metrics
    rows = [json.loads(line) for line in log.read_text().splitlines()]
    assert len(rows) == 10 and all("text" not in r for r in rows)
    assert {r["finish_reason"] for r in rows} <= {"stop", "length"}
    assert all(len(r["embedding"]) == 16 and r["prompt_tokens"] > 0 for r in rows)


@pytest.mark.skipif(not CHROMIUM.exists(), reason=f"{CHROMIUM} is missing (make browser)")
def test_monitor_report_renders_in_chromium(profiled_model, tmp_path, capsys):
    sync_api = pytest.importorskip("playwright.sync_api")
    profile = Profile.load(profiled_model)
    rng = random.Random(1)
    feats = [
        Features(
            prompt_tokens=rng.choice(profile.prompt_lens),
            token_buckets={rng.randrange(256): 3},
            embedding=rng.choice(profile.embeddings),
            output_tokens=rng.randint(1, 30),
            latency_s=rng.random(),
            finish_reason=rng.choice(["stop", "length"]),
        )
        for _ in range(30)
    ]
    log = tmp_path / "monitor.jsonl"
    log.write_text("".join(json.dumps(f.to_json()) + "\n" for f in feats) + '{"prompt_tok')
    out = tmp_path / "report.html"
    assert (
        main(
            [
                "monitor",
                "report",
                "--log",
                str(log),
                "--model",
                str(profiled_model),
                "--out",
                str(out),
                "--json",
            ]
        )
        == 0
    )
    summary = json.loads(capsys.readouterr().out)
    assert summary["requests"] == 30 and summary["windows"] == 26  # torn last line skipped
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=["--no-sandbox"])
        try:
            page = browser.new_page()
            errors: list[str] = []
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.goto(out.as_uri())
            assert "sampled requests" in page.inner_text("#status")
            widths = page.eval_on_selector_all("img", "els => els.map(e => e.naturalWidth)")
            assert len(widths) == 2 and all(w > 500 for w in widths)
            assert page.locator("table tr").count() == 5
            assert not errors
        finally:
            browser.close()
