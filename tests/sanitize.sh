#!/usr/bin/env bash
# Sanitizer runs (STYLE.md §12, issue 14): the engine's tests under AddressSanitizer + UndefinedBehavior-
# Sanitizer, and the tasks/store tests under ThreadSanitizer. Not part of CI (two more builds of the
# engine do not fit CI's 30 minutes on two cores); run before resolving store or task work.
#
#   bash tests/sanitize.sh asan   # build/asan: every `core` and `integration` test, ASan + UBSan
#   bash tests/sanitize.sh tsan   # build/tsan: the store and task tests, TSan
#   bash tests/sanitize.sh        # both
#
# Any report fails the run (halt_on_error); the summary line per suite is printed at the end.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
which=("${@:-asan tsan}")
read -r -a which <<<"${which[*]}"
export LANG=C.UTF-8 LC_ALL=C.UTF-8 QT_QPA_PLATFORM=offscreen

run_asan() {
    cmake --preset asan >/dev/null
    cmake --build --preset asan -j "$(nproc)"
    # detect_leaks=0: Qt, fontconfig and dlib keep process-lifetime allocations that LeakSanitizer lists
    # as leaks; memory errors and undefined behaviour are what this run is for.
    ASAN_OPTIONS="detect_leaks=0:verify_asan_link_order=0:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1" \
    UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1:suppressions=$here/tests/sanitizers/ubsan.supp" \
        ctest --test-dir build/asan -L 'core|integration' -j 2 --output-on-failure --timeout 900
}

run_tsan() {
    local tests=(TestStore TestTransaction TestStoreFaults TestTaskRunner TestPipelineTask TestIndicatorStore
        TestScheduler TestExportTask TestTrainTask TestStorageFaultsCli TestKillResume)
    cmake --preset tsan >/dev/null
    # Only what the run uses (the suites, the CLI they drive, the disk-full shim): the rest of the tree
    # would double the build time for nothing.
    cmake --build --preset tsan -j "$(nproc)" --target "${tests[@]}" tessera-cli tessera_test_diskfull
    local pattern
    pattern="$(IFS='|'; echo "${tests[*]}")"
    TSAN_OPTIONS="halt_on_error=1:second_deadlock_stack=1:suppressions=$here/tests/sanitizers/tsan.supp" \
        ctest --test-dir build/tsan -R "^(${pattern})\$" \
        -j 1 --output-on-failure --timeout 1800
}

for w in "${which[@]}"; do
    case "$w" in
        asan) run_asan ;;
        tsan) run_tsan ;;
        *) echo "usage: bash tests/sanitize.sh [asan] [tsan]" >&2; exit 2 ;;
    esac
done
