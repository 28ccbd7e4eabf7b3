"""Run every benchmark one after another and print each one's JSON line(s).

Each script measures our figure and its peer's in the same run; this machine is noisy, so
run `make bench` on an otherwise idle machine and compare ratios, not absolute times.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).parent
SCRIPTS = [
    "scratch_matmul.py",
    "scratch_vs_sklearn.py",
    "scratch_probability_figures.py",
    "engine_throughput.py",
    "serve_load.py",
    "pretrain_vs_nanogpt.py",
    "lm_ladder.py",
    "image_models.py",
    "post_training.py",
    "digit_tokens.py",
]


def main() -> int:
    failed = []
    for name in SCRIPTS:
        print(f"# {name}", flush=True)
        if subprocess.run([sys.executable, str(HERE / name)]).returncode != 0:
            failed.append(name)
    if failed:
        print(f"failed: {', '.join(failed)}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
