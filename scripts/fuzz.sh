#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the libFuzzer programs in build-fuzz (clang, ASan + UBSan) and runs
# each for N seconds (default 30) on a copy of its seed corpus, so the
# repository is never modified. Exits non-zero when any target finds a crash;
# the crashing input is kept in build-fuzz/fuzz-out/<target>/.
#
#   scripts/fuzz.sh [seconds-per-target]
#
# CASTNET_FUZZ_BUILD picks another build folder, CASTNET_FUZZ_JOBS the
# number of compile jobs.
set -euo pipefail

seconds="${1:-30}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${CASTNET_FUZZ_BUILD:-$root/build-fuzz}"
jobs="${CASTNET_FUZZ_JOBS:-2}"

CC=clang CXX=clang++ cmake -S "$root" -B "$build" -G Ninja \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCASTNET_FUZZ=ON \
    -DCASTNET_BUILD_GUI=OFF \
    -DCASTNET_BUILD_TESTS=OFF \
    -DCASTNET_BUILD_BENCHMARKS=OFF
cmake --build "$build" -j"$jobs" --target csv_fuzz campaign_json_fuzz workspace_open_fuzz

# target:corpus directory under tests/fuzz/corpus
targets=(csv_fuzz:csv campaign_json_fuzz:json workspace_open_fuzz:workspace)

export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"

failed=()
for entry in "${targets[@]}"; do
    target="${entry%%:*}"
    seeds="$root/tests/fuzz/corpus/${entry#*:}"
    out="$build/fuzz-out/$target"
    rm -rf "$out"
    mkdir -p "$out/corpus" "$out/artifacts"
    cp -r "$seeds/." "$out/corpus/"

    echo "== $target: ${seconds}s on $(ls "$out/corpus" | wc -l) seeds"
    if ! "$build/tests/fuzz/$target" "$out/corpus" \
        -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -artifact_prefix="$out/artifacts/" -print_final_stats=1 \
        2>"$out/log.txt"; then
        failed+=("$target")
    fi
    grep -E '^#[0-9]+[[:space:]]+(INITED|DONE)|stat::number_of_executed_units|stat::average_exec_per_sec|stat::peak_rss_mb' \
        "$out/log.txt" || true
    if ls "$out/artifacts/"* >/dev/null 2>&1; then
        echo "   found: $(ls "$out/artifacts/")"
        [[ " ${failed[*]} " == *" $target "* ]] || failed+=("$target")
    fi
done

if ((${#failed[@]})); then
    echo "fuzzing found problems in: ${failed[*]} (logs and inputs in $build/fuzz-out/)" >&2
    exit 1
fi
echo "no crash found"
