#!/usr/bin/env bash
# Kills `claimline run` at random points and resumes it, TRIALS times; each
# trial must end with the same claims.jsonl, byte for byte, as a run that
# was never interrupted.
#   usage: kill-and-resume.sh CLAIMLINE INPUT [TRIALS]
set -euo pipefail
bin=$1; input=$2; trials=${3:-20}
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT

start=$(date +%s.%N)
"$bin" run "$input" -q -o "$work/reference.jsonl"
duration=$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN { printf "%.3f", b - a }')
echo "uninterrupted run: ${duration}s, $(wc -l < "$work/reference.jsonl") claims"

RANDOM=42
for trial in $(seq 1 "$trials"); do
  out="$work/claims-$trial.jsonl"
  kills=0 resume=""
  # Up to three kills per trial, each at a random point of the remaining run.
  while [ $kills -lt 3 ]; do
    "$bin" run "$input" -q -o "$out" $resume & pid=$!
    sleep "$(awk -v d="$duration" -v r=$RANDOM 'BEGIN { printf "%.3f", d * r / 32768 }')"
    if kill -9 $pid 2>/dev/null; then kills=$((kills + 1)); fi
    wait $pid 2>/dev/null || true
    resume=--resume
    [ -f "$out" ] && break
  done
  [ -f "$out" ] || "$bin" run "$input" -q -o "$out" --resume
  if cmp -s "$out" "$work/reference.jsonl"; then
    echo "trial $trial: killed $kills time(s), resumed, same bytes"
  else
    echo "trial $trial: killed $kills time(s): claims differ from the uninterrupted run" >&2
    exit 1
  fi
done
echo "kill-and-resume: $trials trials, all equal to the uninterrupted run"
