#!/usr/bin/env bash
# Model CI: train a small model, evaluate it, register it as staging, and promote it to
# production only if it passes the gates against the version in production now.
#
# Exit status: 0 promoted; 1 the gate refused (the candidate stays registered as staging,
# the failing metric is named on stderr); 2 a bad input; anything else a failed step.
#
# Settings (environment):
#   GENFORGE_REGISTRY  registry folder (shared between runs, e.g. a mounted volume)   [$WORK/registry]
#   WORK               scratch folder for the model and the report                   [mktemp -d]
#   MODEL_NAME         registered name                                               [tiny-ci]
#   DATA               training text (a dataset dir, folder, glob, .jsonl or stdlib)  [stdlib]
#   TIME_BUDGET        seconds of pretraining                                        [120]
#   PRETRAIN_ARGS      extra `genforge pretrain` arguments (e.g. "--max-steps 50 seq_len=64")
#   SUITE              evaluation suite: default or a YAML file                      [default]
#   GATES              gate file                                                      [ci/gates.yaml]
#   GENFORGE           the genforge command                                           [genforge]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
GENFORGE=${GENFORGE:-genforge}
WORK=${WORK:-$(mktemp -d)}
export GENFORGE_REGISTRY=${GENFORGE_REGISTRY:-$WORK/registry}
MODEL_NAME=${MODEL_NAME:-tiny-ci}
DATA=${DATA:-stdlib}
TIME_BUDGET=${TIME_BUDGET:-120}
SUITE=${SUITE:-default}
GATES=${GATES:-$here/gates.yaml}
REVISION=${GITHUB_SHA:-$(git -C "$here" rev-parse --short HEAD 2>/dev/null || echo local)}

mkdir -p "$WORK"
echo "== train (${TIME_BUDGET}s budget) -> $WORK/model" >&2
# shellcheck disable=SC2086  # PRETRAIN_ARGS is a list of arguments on purpose
$GENFORGE pretrain --data "$DATA" --out "$WORK/model" --overwrite --preset tiny \
    --time-budget "$TIME_BUDGET" --no-progress ${PRETRAIN_ARGS:-}

echo "== evaluate (suite: $SUITE)" >&2
$GENFORGE eval suite --model "$WORK/model" --suite "$SUITE" --json > "$WORK/report.json.tmp"
mv "$WORK/report.json.tmp" "$WORK/report.json"

echo "== register $MODEL_NAME in $GENFORGE_REGISTRY (alias staging)" >&2
$GENFORGE registry add "$WORK/model" --name "$MODEL_NAME" --eval "$WORK/report.json" \
    --alias staging --tag "revision=$REVISION" --json

echo "== gate and promote $MODEL_NAME@staging -> production" >&2
$GENFORGE registry promote "$MODEL_NAME@staging" --gate "$GATES" \
    --note "ci revision $REVISION" --json
