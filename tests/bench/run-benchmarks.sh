#!/usr/bin/env bash
# Builds PCS Studio in Release and runs the report, start-up and memory benchmarks, then the roster
# import benchmark (10,000 and 100,000 learners):
#   tests/bench/run-benchmarks.sh [WORKDIR]
# WORKDIR (default build/bench-data) keeps the 10,000-learner demo database between runs.
# CMakePresets.json has no Release preset with the tests (and so the benchmarks) enabled, hence
# the build/release tree configured here. Needs packaging/install-deps.sh (sqlite3, time, pdfinfo).
set -euo pipefail

source_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
build_dir="${PCS_BENCH_BUILD_DIR:-$source_dir/build/release}"
work_dir="${1:-$source_dir/build/bench-data}"

for tool in sqlite3 pdfinfo /usr/bin/time; do
  command -v "$tool" >/dev/null || echo "run-benchmarks: $tool is missing (run packaging/install-deps.sh); its figures are skipped" >&2
done

cmake -S "$source_dir" -B "$build_dir" -DCMAKE_BUILD_TYPE=Release -DPCS_BUILD_TESTS=ON >/dev/null
cmake --build "$build_dir" --target pcs-studio bench_reports bench_roster -j "$(nproc)"
"$build_dir/tests/bench/bench_reports" "$build_dir/app/pcs-studio" "$work_dir"
"$build_dir/tests/bench/bench_roster"
