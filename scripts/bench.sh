#!/usr/bin/env bash
# The performance benchmark (method and results: docs/BENCHMARKS.md).
# Builds mmprep and mmprep-bench in release mode, generates its large inputs once under
# .build-bench/ (10,000- and 100,000-question bank sets, 100,000- and 1,000,000-answer histories;
# about 0.5 GB, reused by later runs) and prints every figure as the median of its repeats,
# with the target it is held to. The tables are also written to .build-bench/results.md.
#
# Usage: scripts/bench.sh [--quick] [--repeats N] [--only load,store,screen,startup,scaling]
#   --quick  a smoke run (1,000 questions, 10,000 answers, 3 repeats) that shows it still works
set -euo pipefail
cd "$(dirname "$0")/.."
scratch=${MMPREP_BENCH_SCRATCH:-.build}
# The same build as the documented install: release, with Swift's runtime linked in.
for product in mmprep mmprep-bench; do
    swift build -c release --static-swift-stdlib --scratch-path "$scratch" --product "$product" >&2
done
bin=$(swift build -c release --static-swift-stdlib --scratch-path "$scratch" --show-bin-path)
mkdir -p .build-bench
exec "$bin/mmprep-bench" --mmprep "$bin/mmprep" --work .build-bench --markdown .build-bench/results.md "$@"
