#!/usr/bin/env bash
# Fuzzes the YAML bank parser and the GIFT, Aiken, CSV and JSON importers with libFuzzer, each
# for a bounded time, starting from the committed seeds in Fuzz/Corpus/<target>.
#
# A run fails on a crash, a hang (an input taking over 10 s), running out of memory (2 GB), or a
# broken rule: a diagnostic without a location inside the input, content rejected without a
# diagnostic, or an accepted question that is not a valid question (Fuzz/Sources/mmprep-fuzz).
# Rules that the importers still break are printed as `finding:` lines instead of failing.
# Usage: scripts/reliability/fuzz.sh [seconds for bank-yaml] [seconds per importer]
set -euo pipefail
cd "$(dirname "$0")/../.."
YAML_SECONDS=${1:-60}
IMPORT_SECONDS=${2:-20}
passed=0
failed=0
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Its own package and scratch folder: the main build never links libFuzzer.
began=$(date +%s)
if ! (cd Fuzz && swift build -c release --scratch-path ../.build-fuzz >"$work/build.log" 2>&1); then
    tail -n 30 "$work/build.log" >&2
    echo "fuzz: FAILED: the fuzz targets did not build"
    echo "fuzz: 0 passed, 1 failed"
    exit 1
fi
BIN=.build-fuzz/release/mmprep-fuzz
echo "fuzz: built in $(( $(date +%s) - began )) s"

targets=(bank-yaml)
if [ -d Sources/QuestionBank/Import ]; then
    targets+=(gift aiken csv json)
else
    echo "fuzz: no importers in Sources/QuestionBank/Import; only the bank parser is fuzzed"
fi

printf '%-10s %8s %12s %9s %6s %8s  %s\n' target seconds executions exec/s cov corpus result
for target in "${targets[@]}"; do
    seconds=$IMPORT_SECONDS
    [ "$target" = bank-yaml ] && seconds=$YAML_SECONDS
    mkdir -p "$work/$target/corpus"
    set +e
    # Swift's own crash reporter must stay out of the way, or libFuzzer never sees the crash.
    SWIFT_BACKTRACE=enable=no timeout $((seconds + 120)) "$BIN" "$target" \
        -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
        -artifact_prefix="$work/$target/" "$work/$target/corpus" "Fuzz/Corpus/$target" >"$work/$target.log" 2>&1
    status=$?
    set -e
    executions=$(grep -oE 'stat::number_of_executed_units: *[0-9]+' "$work/$target.log" | grep -oE '[0-9]+$' || echo 0)
    speed=$(grep -oE 'stat::average_exec_per_sec: *[0-9]+' "$work/$target.log" | grep -oE '[0-9]+$' || echo 0)
    cov=$(grep -oE 'cov: [0-9]+' "$work/$target.log" | tail -n 1 | grep -oE '[0-9]+' || echo 0)
    corpus=$(ls "$work/$target/corpus" | wc -l)
    if [ "$status" -eq 0 ]; then
        result=ok
        passed=$((passed + 1))
    else
        result="FAILED (status $status)"
        failed=$((failed + 1))
    fi
    printf '%-10s %8s %12s %9s %6s %8s  %s\n' "$target" "$seconds" "$executions" "$speed" "$cov" "$corpus" "$result"
    grep -E '^finding:' "$work/$target.log" | cut -c1-400 || true
    if [ "$status" -ne 0 ]; then
        grep -E 'Fatal error|ERROR: libFuzzer|SUMMARY|^--- input|^"' "$work/$target.log" | head -n 12 >&2 || true
        for artifact in "$work/$target"/crash-* "$work/$target"/timeout-* "$work/$target"/oom-*; do
            [ -f "$artifact" ] && echo "fuzz: $target: input that failed (base64): $(base64 -w0 "$artifact")" >&2
        done
    fi
done
echo "fuzz: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
