"""Drift monitoring: the statistics against scipy/sklearn, calibrated false alarms (with
document effects: the document bootstrap), persistence, the server's monitor (sampled
features, Prometheus gauges, no text by default) and the HTML report in Chromium."""

from __future__ import annotations

import json
import random
import shutil
import sysconfig
from pathlib import Path

import httpx
import numpy as np
import pytest
from scipy.stats import entropy, ks_2samp
from sklearn.metrics.pairwise import rbf_kernel

from genforge.cli import main
from genforge.errors import GenforgeError
from genforge.eval.drift import (
    PROFILE_FILE,
    Features,
    Profile,
    calibrate,
    ks_statistic,
    mmd2_rbf,
    psi,
)
from genforge.ops.monitor import replay
from genforge.serve import ServeSettings, build_engine, start_server_thread
from genforge.serve.monitor import DriftMonitor

CHROMIUM = Path("/usr/bin/chromium")


def test_statistics_match_reference_libraries():
    rng = np.random.default_rng(0)
    a, b = rng.normal(0, 1, 300), rng.normal(0.3, 1.2, 170)
    assert ks_statistic(a, b) == pytest.approx(ks_2samp(a, b).statistic, abs=1e-12)
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


def _synthetic(
    rng: random.Random, n: int, shift: float = 0.0, docs: int = 0
) -> tuple[list[Features], list[int]]:
    """Requests whose length, tokens and embedding all move with ``shift``. With ``docs``,
    requests come from that many documents, each with its own offset of the embedding and
    token mix (as prompts cut from one source file share its identifiers)."""
    offsets = [[rng.gauss(0, 0.35) for _ in range(8)] for _ in range(max(docs, 1))]
    idents = [rng.randrange(256) for _ in range(max(docs, 1))]
    out, groups = [], []
    for _ in range(n):
        doc = rng.randrange(docs) if docs else 0
        off = offsets[doc] if docs else [0.0] * 8
        length = max(2, int(rng.lognormvariate(4 + shift, 0.5)))
        ids = [int(rng.expovariate(0.05 / (1 + 3 * shift))) % 256 for _ in range(length)]
        ids += [idents[doc]] * (length // 4 if docs else 0)  # the document's identifier
        emb = np.array([rng.gauss(shift + o, 1) for o in off])
        counts: dict[int, int] = {}
        for t in ids:
            counts[t] = counts.get(t, 0) + 1
        out.append(Features(length, counts, (emb / np.linalg.norm(emb)).tolist()))
        groups.append(doc)
    return out, groups


def _window_rate(profile: Profile, fresh: list[Features], rng: random.Random, n: int) -> float:
    return sum(bool(profile.over(profile.scores(rng.sample(fresh, 40)))) for _ in range(n)) / n


def test_calibrated_thresholds_false_alarms_and_detection():
    rng = random.Random(0)
    ref, _ = _synthetic(rng, 400)
    cal, _ = _synthetic(rng, 600)
    profile = calibrate(ref, cal, window=40, alpha=0.01, n_embd=8, draws=1000)
    fresh, _ = _synthetic(rng, 2000)  # new no-shift traffic
    assert _window_rate(profile, fresh, rng, 400) <= 0.03  # 1% by design; room for noise
    stream = fresh[:100] + _synthetic(rng, 200, shift=0.6)[0]
    first = next(
        end for end in range(101, 301) if profile.over(profile.scores(stream[end - 40 : end]))
    )
    assert first - 100 <= 20  # over a threshold within 20 shifted requests


@pytest.mark.slow  # about a minute: eight calibrations
def test_document_bootstrap_holds_the_rate_on_unseen_documents():
    """Traffic from documents the profile never saw, 20 reference and 20 calibration
    documents: thresholds from windows of one fixed pool of calibration prompts alarm far
    above alpha (how far depends on the draw of documents: 0.5% to 49% over these seeds);
    resampling the calibration documents brings the mean rate down to about alpha."""
    flat_rates, grouped_rates = [], []
    for seed in (3, 8, 11, 21):
        rng = random.Random(seed)
        ref, _ = _synthetic(rng, 500, docs=20)
        cal, groups = _synthetic(rng, 800, docs=20)
        fresh, _ = _synthetic(rng, 1500, docs=300)
        flat = calibrate(ref, cal, window=40, n_embd=8, draws=1000)
        grouped = calibrate(ref, cal, window=40, n_embd=8, draws=1000, groups=groups)
        assert grouped.calibration["documents"] == 20
        flat_rates.append(_window_rate(flat, fresh, random.Random(4), 400))
        grouped_rates.append(_window_rate(grouped, fresh, random.Random(4), 400))
    assert np.mean(grouped_rates) <= 0.03, grouped_rates
    assert np.mean(flat_rates) >= 3 * np.mean(grouped_rates), (flat_rates, grouped_rates)


def test_alarm_needs_persistence():
    rng = random.Random(5)
    ref, _ = _synthetic(rng, 300)
    cal, _ = _synthetic(rng, 400)
    profile = calibrate(ref, cal, window=20, n_embd=8, draws=300, every=5, persist=(2, 3))
    assert not profile.alarm([False, True, False]) and profile.alarm([True, False, True])
    assert not profile.alarm([True, True, False, False])  # only the last 3 count
    stream = _synthetic(rng, 60)[0] + _synthetic(rng, 60, shift=0.8)[0]
    rows = replay(profile, stream)
    assert [r["request"] for r in rows[:3]] == [20, 25, 30]  # every 5 once the window is full
    first_over = next(i for i, r in enumerate(rows) if r["over"])
    first_alarm = next(i for i, r in enumerate(rows) if r["alarm"])
    assert rows[first_alarm]["request"] > 60 and first_alarm >= first_over + 1
    assert sum(r["over"] != [] for r in rows[first_alarm - 2 : first_alarm + 1]) >= 2
    with pytest.raises(GenforgeError, match="k of m"):
        calibrate(ref, cal, window=20, n_embd=8, draws=10, persist=(3, 2))


def test_profile_of_an_older_version_is_refused(tmp_path):
    rng = random.Random(6)
    profile = calibrate(
        _synthetic(rng, 60)[0], _synthetic(rng, 60)[0], window=10, n_embd=8, draws=200
    )
    profile.save(tmp_path)
    d = json.loads((tmp_path / PROFILE_FILE).read_text())
    d["thresholds"]["js_tokens"] = d["thresholds"].pop("xent_tokens")
    d.pop("version")
    (tmp_path / PROFILE_FILE).write_text(json.dumps(d))
    with pytest.raises(GenforgeError, match=r"older genforge.*build it again"):
        Profile.load(tmp_path)


def test_token_cross_entropy_matches_scipy():
    rng = random.Random(7)
    profile = calibrate(
        _synthetic(rng, 60)[0], _synthetic(rng, 60)[0], window=10, n_embd=8, draws=200
    )
    counts = np.random.default_rng(0).integers(0, 5, size=(3, 256)).astype(float)
    q = np.array(profile.token_dist) + 0.5
    want = [entropy(c) + entropy(c, q) for c in counts]  # H(p, q) = H(p) + KL(p || q)
    assert profile.request_xent(counts) == pytest.approx(want, rel=1e-9)


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
    for stat in ("psi_prompt_len", "ks_prompt_len", "xent_tokens", "mmd_embedding"):
        assert f'genforge_drift_score{{stat="{stat}"}}' in metrics
        assert f'genforge_drift_threshold{{stat="{stat}"}}' in metrics
    assert "genforge_drift_alarm" in metrics and "genforge_drift_over_threshold" in metrics
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
    # The torn last line is skipped; windows of 5 scored every 10 requests: at 5, 15, 25.
    assert summary["requests"] == 30 and summary["windows"] == 3
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
