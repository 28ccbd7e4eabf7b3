"""The CPU matmul peak behind MFU: cached, and raised when a later measurement beats it."""

from __future__ import annotations

import json

from genforge.train import metrics


def test_refresh_keeps_the_larger_peak_and_plain_reads_use_the_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("GENFORGE_CACHE", str(tmp_path))
    measured = iter([1e9, 5e9, 2e9])
    monkeypatch.setattr(metrics, "measure_cpu_matmul_flops", lambda: next(measured))
    assert metrics.cpu_peak_flops() == 1e9  # first use measures (a busy machine: low)
    assert metrics.cpu_peak_flops() == 1e9  # then the cache answers
    assert metrics.cpu_peak_flops(refresh=True) == 5e9  # a quieter measurement raises it
    assert metrics.cpu_peak_flops(refresh=True) == 5e9  # a busier one never lowers it
    table = json.loads((tmp_path / "cpu_peak_flops.json").read_text())
    assert list(table.values()) == [5e9]
