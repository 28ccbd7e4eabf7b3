"""Drift profiles and the drift report (``genforge monitor profile|report``).

``make_profile`` profiles held-out text for a model dir and stores ``drift_profile.json``
in it (:mod:`genforge.eval.drift`). ``write_report`` replays a monitor log (the JSONL the
server writes with ``--monitor-log``) through the same windowed statistics the server
exports and writes one self-contained HTML page (plots embedded as PNG data URIs).
"""

from __future__ import annotations

import base64
import html
import io
import json
import os
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np

from genforge.errors import GenforgeError
from genforge.eval.bpb import read_eval_texts
from genforge.eval.drift import STATS, Features, Profile, build_profile
from genforge.infer.engine import Engine
from genforge.io import atomic_write_text
from genforge.modeldir import load_model_dir, resolve_device


def make_profile(
    model_dir: str | os.PathLike,
    data: str,
    *,
    window: int = 50,
    alpha: float = 0.01,
    max_prompts: int = 2000,
    device: str = "auto",
) -> tuple[Profile, Path]:
    """Profile ``data`` (held-out text: a dataset dir's val split, files, a glob) for the
    model at ``model_dir`` and save it there."""
    loaded = load_model_dir(model_dir, device=resolve_device(device))
    engine = Engine(loaded.model, loaded.tokenizer, max_batch_size=1, max_queue=1)
    profile = build_profile(
        engine,
        read_eval_texts(data),
        window=window,
        alpha=alpha,
        max_prompts=max_prompts,
        source=str(data),
    )
    return profile, profile.save(model_dir)


def read_log(path: str | os.PathLike) -> list[Features]:
    p = Path(path)
    if not p.is_file():
        raise GenforgeError(f"monitor log not found: {p} (start the server with --monitor-log)")
    out = []
    lines = p.read_text(encoding="utf-8").splitlines()
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            out.append(Features.from_json(json.loads(line)))
        except (ValueError, TypeError) as e:
            if n == len(lines):
                break  # a torn last line: the server was writing it
            raise GenforgeError(f"{p}:{n} is not a monitor log line ({e})") from None
    return out


def replay(profile: Profile, feats: list[Features]) -> list[dict[str, Any]]:
    """Score the log as the server does: the last ``profile.window`` requests, every
    ``profile.every``; each row has the scores, ``over`` (statistics over their thresholds)
    and ``alarm`` (the persistent alarm after that window)."""
    w = profile.window
    rows: list[dict[str, Any]] = []
    history: list[bool] = []
    for end in range(w, len(feats) + 1, profile.every):
        scores = profile.scores(feats[end - w : end])
        over = profile.over(scores)
        history.append(bool(over))
        rows.append({"request": end, **scores, "over": over, "alarm": profile.alarm(history)})
    return rows


def _png(fig: Any) -> str:
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=90)
    return "data:image/png;base64," + base64.b64encode(buf.getvalue()).decode()


def _figures(
    profile: Profile, feats: list[Features], rows: list[dict[str, Any]]
) -> list[tuple[str, str]]:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    figs = []
    fig, axes = plt.subplots(2, 2, figsize=(11, 6.5))
    for ax, stat in zip(axes.flat, STATS, strict=True):
        ax.plot([r["request"] for r in rows], [r[stat] for r in rows], ".-", linewidth=1.2)
        ax.axhline(profile.thresholds[stat], color="tab:red", linestyle="--", label="threshold")
        ax.set_title(stat)
        ax.set_xlabel("request")
        ax.grid(alpha=0.3)
        ax.legend(fontsize=8)
    fig.tight_layout()
    figs.append(
        (f"Drift statistics over the request stream (window of {profile.window})", _png(fig))
    )
    plt.close(fig)

    fig, axes = plt.subplots(1, 3, figsize=(13, 3.6))
    recent = feats[-profile.window :]
    bins = np.linspace(0, max(max(profile.prompt_lens), max(f.prompt_tokens for f in feats)), 30)
    axes[0].hist(profile.prompt_lens, bins=bins, density=True, alpha=0.5, label="reference")
    axes[0].hist(
        [f.prompt_tokens for f in recent], bins=bins, density=True, alpha=0.5, label="last window"
    )
    axes[0].set_title("prompt length (tokens)")
    axes[0].legend(fontsize=8)
    outs = [f.output_tokens for f in feats if f.output_tokens is not None]
    lat = [f.latency_s for f in feats if f.latency_s is not None]
    axes[1].plot(outs, ".", markersize=3)
    axes[1].set_title("output tokens per request")
    axes[2].plot(lat, ".", markersize=3, color="tab:green")
    axes[2].set_title("latency (s) per request")
    for ax in axes[1:]:
        ax.set_xlabel("request")
    fig.tight_layout()
    figs.append(("Request features", _png(fig)))
    plt.close(fig)
    return figs


def write_report(
    profile: Profile,
    feats: list[Features],
    out: str | os.PathLike,
    *,
    title: str = "genforge drift report",
) -> dict[str, Any]:
    """Write the HTML report; return its summary (requests, windows, alarms, first alarm)."""
    if len(feats) < profile.window:
        raise GenforgeError(
            f"the log holds {len(feats)} requests, fewer than the profile's window of "
            f"{profile.window}; serve more traffic first"
        )
    rows = replay(profile, feats)
    alarms = [r for r in rows if r["alarm"]]
    reasons = Counter(f.finish_reason for f in feats)
    summary = {
        "requests": len(feats),
        "windows": len(rows),
        "over_threshold_windows": sum(bool(r["over"]) for r in rows),
        "alarm_windows": len(alarms),
        "first_alarm_request": alarms[0]["request"] if alarms else None,
        "last": {s: rows[-1][s] for s in STATS},
        "thresholds": profile.thresholds,
        "finish_reasons": dict(reasons),
    }
    figs = _figures(profile, feats, rows)
    status = "DRIFT" if rows[-1]["alarm"] else "no drift"
    table = "".join(
        f"<tr><td>{s}</td><td>{rows[-1][s]:.4g}</td><td>{profile.thresholds[s]:.4g}</td>"
        f"<td>{'over' if rows[-1][s] > profile.thresholds[s] else 'ok'}</td></tr>"
        for s in STATS
    )
    body = "".join(
        f'<figure><img alt="{html.escape(cap)}" src="{src}"><figcaption>{html.escape(cap)}'
        "</figcaption></figure>"
        for cap, src in figs
    )
    page = f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(title)}</title>
<style>body{{font-family:system-ui,sans-serif;max-width:1100px;margin:2em auto;padding:0 1em}}
table{{border-collapse:collapse}}td,th{{border:1px solid #ccc;padding:4px 10px}}
img{{max-width:100%}}.DRIFT{{color:#b00}}</style></head>
<body><h1>{html.escape(title)}</h1>
<p id="status" class="{status.split()[0]}">Last window: <b>{status}</b>.
{len(feats)} sampled requests, {len(rows)} windows scored (one every {profile.every}
requests), {summary["over_threshold_windows"]} over a threshold, {len(alarms)} in alarm
({profile.persist[0]} of the last {profile.persist[1]} over; first at request
{summary["first_alarm_request"]}). Reference: {html.escape(profile.source)}
({len(profile.prompt_lens)} prompts; thresholds for a {profile.alpha:.0%} chance per
no-shift window of any statistic over its threshold).
Finish reasons: {html.escape(json.dumps(dict(reasons)))}.</p>
<table><tr><th>statistic</th><th>last window</th><th>threshold</th><th></th></tr>{table}</table>
{body}
</body></html>
"""
    atomic_write_text(out, page)
    return summary
