#!/usr/bin/env bash
# Tessera benchmark harness (../shared/BENCHMARKS.md). Times Tessera's commands — and the Python peer's
# where a workload has one — on freshly generated data, alternating runs, and prints one line per
# workload with medians and peak RSS. Not part of ctest: speed is measured here, never asserted in tests.
#
#   tests/bench/run-benchmarks.sh [--pairs N] [--build DIR] [WORKLOAD ...]
#
# Workloads: demo (load the 50-symbol offline demo into an empty database),
#            csv503 (load a gen_market.py 503x500 CSV folder).
# Later issues add W1..W6 here.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
shared="$(cd "$here/.." && pwd)/shared"
build="$here/build/release"
pairs=3
workloads=()
while [ $# -gt 0 ]; do
    case "$1" in
        --pairs) pairs="$2"; shift 2 ;;
        --build) build="$2"; shift 2 ;;
        *) workloads+=("$1"); shift ;;
    esac
done
[ ${#workloads[@]} -gt 0 ] || workloads=(demo csv503)
cli="$build/app/tessera-cli"
[ -x "$cli" ] || { echo "bench: build first (bash packaging/setup.sh build); no $cli" >&2; exit 2; }
command -v /usr/bin/time >/dev/null || { echo "bench: needs GNU time (apt-get install time)" >&2; exit 2; }
work="$(mktemp -d /tmp/tessera-bench.XXXXXX)"
trap 'rm -rf "$work"' EXIT
echo "bench: load $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores; $pairs runs per workload"

# time_cmd OUTVAR_PREFIX CMD...: runs CMD under GNU time; sets ${prefix}_s and ${prefix}_mb.
time_cmd() {
    local prefix="$1"; shift
    /usr/bin/time -f "%e %M" -o "$work/time.txt" "$@" >"$work/out.txt" 2>"$work/err.txt" || {
        echo "bench: command failed: $*" >&2; cat "$work/err.txt" >&2; return 1; }
    read -r secs kb <"$work/time.txt"
    printf -v "${prefix}_s" '%s' "$secs"
    printf -v "${prefix}_mb" '%s' "$((kb / 1024))"
}

median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

bench_demo() {
    local times=() mems=()
    for i in $(seq "$pairs"); do
        rm -f "$work/demo.sqlite"*
        time_cmd run "$cli" --db "$work/demo.sqlite" fetch --provider synthetic
        times+=("$run_s"); mems+=("$run_mb")
    done
    local bars
    bars=$("$cli" --db "$work/demo.sqlite" --json status | awk -F': ' '/"barCount"/ {gsub(",","",$2); print $2}')
    echo "demo load 50 symbols ($bars bars): tessera $(median "${times[@]}") s (peak $(median "${mems[@]}") MB) [$pairs runs, medians; target < 2 s]"
}

bench_csv503() {
    [ -f "$shared/bench/gen_market.py" ] || { echo "csv503: skipped (no ../shared/bench)"; return; }
    /usr/bin/python3 "$shared/bench/gen_market.py" --symbols 503 --days 500 --seed 1 --out "$work/m503" >/dev/null
    local times=() mems=()
    for i in $(seq "$pairs"); do
        rm -f "$work/csv.sqlite"*
        time_cmd run "$cli" --db "$work/csv.sqlite" --max-workers 2 fetch --provider "csv:$work/m503"
        times+=("$run_s"); mems+=("$run_mb")
    done
    echo "csv503 load 503x500 CSV folder: tessera $(median "${times[@]}") s (peak $(median "${mems[@]}") MB) [$pairs runs, medians]"
}

for w in "${workloads[@]}"; do
    case "$w" in
        demo) bench_demo ;;
        csv503) bench_csv503 ;;
        *) echo "bench: unknown workload $w (demo, csv503)" >&2; exit 2 ;;
    esac
done
