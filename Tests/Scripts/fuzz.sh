#!/usr/bin/env bash
# Runs every libFuzzer target of claimline-fuzz for SECONDS each, JOBS at a
# time, with seed corpora from the fixtures and the pipeline's own output,
# and prints one line per target: executions, coverage, findings.
#   usage: fuzz.sh FUZZER SECONDS JOBS WORKDIR
set -uo pipefail
fuzzer=$1; seconds=$2; jobs=$3; work=$4
# FUZZ_TARGETS picks some (`make fuzz FUZZ_TARGETS="html text"`).
targets=(${FUZZ_TARGETS:-html text numbers ingest normalize segment extract claim})
mkdir -p "$work"

seed() {  # seed TARGET DIR
  local t=$1 dir=$2 n=0 kept
  mkdir -p "$dir"
  kept=$(ls -A "$dir")
  # Inputs written for rules the fixtures do not exercise (transcripts,
  # signed quotations), added to a corpus kept from earlier runs too.
  if [ -d "Tests/Scripts/fuzz-seeds/$t" ]; then cp -n "Tests/Scripts/fuzz-seeds/$t"/* "$dir/"; fi
  [ -n "$kept" ] && return
  case $t in
    html) cp fixtures/articles/*.html "$dir/" ;;
    text|numbers) cp fixtures/articles/*.txt "$dir/" ;;
    *) local file=out/$t.jsonl; [ "$t" = claim ] && file=out/claims.jsonl
       while IFS= read -r line; do n=$((n + 1)); printf '%s' "$line" > "$dir/$n.json"; done < "$file" ;;
  esac
}

run_one() {  # run_one TARGET
  local t=$1
  seed "$t" "$work/corpus/$t"
  mkdir -p "$work/findings/$t"
  CLAIMLINE_FUZZ=$t "$fuzzer" -max_total_time="$seconds" -max_len=262144 -timeout=20 -rss_limit_mb=4096 \
    -print_final_stats=1 -artifact_prefix="$work/findings/$t/" "$work/corpus/$t" > "$work/$t.log" 2>&1
  local status=$?
  local runs cov ft
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$work/$t.log" | grep -o '[0-9]*$')
  cov=$(grep -o 'cov: [0-9]*' "$work/$t.log" | tail -1 | grep -o '[0-9]*')
  ft=$(grep -o 'ft: [0-9]*' "$work/$t.log" | tail -1 | grep -o '[0-9]*')
  local found; found=$(ls "$work/findings/$t" | wc -l)
  printf '%-10s %8ss %12s %8s %8s %9s %s\n' "$t" "$seconds" "${runs:-?}" "${cov:-?}" "${ft:-?}" "$found" \
    "$([ $status -eq 0 ] && echo ok || echo "exit $status: see $work/$t.log")"
}

printf '%-10s %9s %12s %8s %8s %9s %s\n' target time executions cov ft findings status
export -f seed run_one; export fuzzer seconds work
printf '%s\n' "${targets[@]}" | xargs -P "$jobs" -I{} bash -c 'run_one {}'
