#!/usr/bin/env bash
# The GPU figures in one call (issues 13 and 15): each script under its own time limit, its
# JSON and log written to $OUT (default gpu-results/). Run from the repository root on a
# CUDA machine with torch and transformers installed:  bash benchmarks/gpu/run_all.sh
set -u
OUT="${OUT:-gpu-results}"
mkdir -p "$OUT"
export PYTHONPATH=src
nvidia-smi --query-gpu=name,memory.total,driver_version --format=csv > "$OUT/gpu.txt" 2>&1
python -c "import torch, transformers; print(torch.__version__, transformers.__version__)" >> "$OUT/gpu.txt" 2>&1
run() {  # name, seconds, command...
  local name=$1 limit=$2; shift 2
  local t0=$SECONDS
  timeout "$limit" "$@" > "$OUT/$name.log" 2>&1
  echo "$name: exit $? after $((SECONDS - t0)) s" | tee -a "$OUT/summary.txt"
}
run engine 170 python benchmarks/gpu/engine.py --repeats 2 --out "$OUT/engine.json"
run train_speed 300 python benchmarks/gpu/train_speed.py --seconds 45 --pretrain-budget 90 \
  --out-json "$OUT/train_speed.json"
run parallel_smoke 90 python benchmarks/gpu/parallel_smoke.py
