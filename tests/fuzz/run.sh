#!/usr/bin/env bash
# libFuzzer runs over every parser of outside input (issue 14, README "Fuzzing"): builds the `fuzz` preset
# (clang-14; tessera_core and the harnesses with coverage + AddressSanitizer + UndefinedBehaviorSanitizer)
# and runs each harness in turn over a copy of its seed corpus, taken in place from tests/data,
# resources/universes and tests/fuzz/seeds.
#
#   bash tests/fuzz/run.sh 600                  # 10 minutes in all, shared fairly by the harnesses
#   bash tests/fuzz/run.sh 120 FuzzYahooChart   # one harness
#   FUZZ_KEEP=1 bash tests/fuzz/run.sh 600      # keep the grown corpora too (for a longer run later)
#
# One line per harness: executions, executions per second, new corpus inputs, and crashes (ASan/UBSan
# reports, broken invariants, timeouts over 10 s, more than 2 GB of memory) with the folder holding their
# inputs. Reproduce one with `build/fuzz/tests/fuzz/HARNESS CRASH-FILE`. Exit status 1 if any harness
# found something (or failed to run). Time left over by a harness that stops early goes to the next.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$here"

total="${1:-600}"
if ! [[ "$total" =~ ^[0-9]+$ ]] || ((total < 1)); then
    echo "usage: bash tests/fuzz/run.sh SECONDS [HARNESS ...]" >&2
    exit 2
fi
shift || true
all=(FuzzCsvBars FuzzUniverseFile FuzzYahooChart FuzzStooqCsv FuzzHolidays FuzzSchedule)
if (($#)); then
    harnesses=("$@")
else
    harnesses=("${all[@]}")
fi

# Seeds (files or folders, read in place), -max_len and dictionary per harness. max_len: a few KB of
# rows shows every CSV layout; Yahoo answers need more to stay whole JSON (seeds above it are cut,
# which is a test of its own: a body cut short).
seeds_of() {
    case "$1" in
        FuzzCsvBars) echo tests/data/csv tests/data/golden tests/data/peer_pipeline tests/data/stooq ;;
        FuzzUniverseFile) echo resources/universes tests/fuzz/seeds/universe ;;
        FuzzYahooChart) echo tests/data/yahoo ;;
        FuzzStooqCsv) echo tests/data/stooq tests/fuzz/seeds/stooq tests/data/csv/malformed ;;
        FuzzHolidays) echo tests/data/holidays tests/fuzz/seeds/holidays ;;
        FuzzSchedule) echo tests/fuzz/seeds/schedule ;;
        *) return 1 ;;
    esac
}
max_len_of() {
    case "$1" in
        FuzzCsvBars | FuzzStooqCsv) echo 16384 ;;
        FuzzUniverseFile) echo 8192 ;;
        FuzzYahooChart) echo 65536 ;;
        FuzzHolidays) echo 4096 ;;
        FuzzSchedule) echo 1024 ;;
    esac
}
dict_of() {
    case "$1" in
        FuzzCsvBars | FuzzStooqCsv) echo tests/fuzz/dict/csv.dict ;;
        FuzzUniverseFile) echo tests/fuzz/dict/universe.dict ;;
        FuzzYahooChart) echo tests/fuzz/dict/json.dict ;;
        FuzzHolidays) echo tests/fuzz/dict/holidays.dict ;;
        FuzzSchedule) echo tests/fuzz/dict/schedule.dict ;;
    esac
}
for h in "${harnesses[@]}"; do
    seeds_of "$h" >/dev/null || { echo "unknown harness '$h' (known: ${all[*]})" >&2; exit 2; }
done

launcher=()
if command -v ccache >/dev/null; then
    launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi
cmake --preset fuzz "${launcher[@]}" >/dev/null
cmake --build --preset fuzz

export LANG=C.UTF-8 LC_ALL=C.UTF-8
# detect_leaks=0: Qt keeps process-lifetime caches (time zones, regular expressions) that LeakSanitizer
# would report on every input. UBSan is compiled recoverable (so a suppression can silence Qt's inline
# header code) and made fatal here, so any report in our code is a crash with its input saved.
export ASAN_OPTIONS="detect_leaks=0:abort_on_error=0:detect_stack_use_after_return=1:strict_string_checks=1"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1:report_error_type=1:suppressions=$here/tests/sanitizers/ubsan.supp"
if symbolizer="$(command -v llvm-symbolizer-14)"; then
    export ASAN_SYMBOLIZER_PATH="$symbolizer"
fi

work="$(mktemp -d "${TMPDIR:-/tmp}/tessera-fuzz.XXXXXX")"
status=0
left="$total"
remaining=${#harnesses[@]}
summary=()
for h in "${harnesses[@]}"; do
    budget=$((left / remaining))
    ((budget >= 1)) || budget=1
    dir="$work/$h"
    mkdir -p "$dir/corpus" "$dir/crashes"
    # The copy is named by content (libFuzzer's own convention), which also drops duplicate seeds.
    read -r -a seed_paths <<<"$(seeds_of "$h")"
    while IFS= read -r -d '' f; do
        cp "$f" "$dir/corpus/$(sha1sum "$f" | cut -c1-40)"
    done < <(find "${seed_paths[@]}" -type f ! -name '*.md' ! -name '.gitattributes' -print0)
    seeded=$(find "$dir/corpus" -type f | wc -l)

    started=$SECONDS
    set +e
    "build/fuzz/tests/fuzz/$h" "$dir/corpus" \
        -max_total_time="$budget" -max_len="$(max_len_of "$h")" -dict="$(dict_of "$h")" \
        -timeout=10 -rss_limit_mb=2048 -detect_leaks=0 -print_final_stats=1 \
        -artifact_prefix="$dir/crashes/" >"$dir/log" 2>&1
    rc=$?
    set -e
    left=$((left - (SECONDS - started)))
    remaining=$((remaining - 1))

    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$dir/log" | tail -1)
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$dir/log" | tail -1)
    added=$(sed -n 's/^stat::new_units_added: *//p' "$dir/log" | tail -1)
    crashes=$(find "$dir/crashes" -type f | wc -l)
    line=$(printf '%-17s %9s execs %6s exec/s %5s new inputs (%d seeds)  crashes: %d  crash files: %s/' \
        "$h" "${execs:-?}" "${rate:-?}" "${added:-?}" "$seeded" "$crashes" "$dir/crashes")
    if ((rc != 0 || crashes > 0)); then
        status=1
        line+="  (exit $rc; log: $dir/log)"
        # What libFuzzer and the sanitizers said, for the report.
        grep -E -m 12 'ERROR: |runtime error|fuzz invariant broken|deadly signal|Test unit written|SUMMARY' \
            "$dir/log" | sed 's/^/    /' >&2 || true
    fi
    summary+=("$line")
    echo "$line"
    if [[ -z "${FUZZ_KEEP:-}" ]]; then
        rm -rf "$dir/corpus"
    fi
done

echo
echo "== fuzz summary ($total s; logs in $work) =="
printf '%s\n' "${summary[@]}"
exit "$status"
