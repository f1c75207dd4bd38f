#!/usr/bin/env bash
# Tessera benchmark harness (../shared/BENCHMARKS.md). Times Tessera's commands — and the Python peer's
# where a workload has one — on freshly generated data, alternating runs, and prints one line per
# workload with medians and peak RSS. Not part of ctest: speed is measured here, never asserted in tests.
#
#   tests/bench/run-benchmarks.sh [--pairs N] [--build DIR] [WORKLOAD ...]
#
# Workloads: demo (load the 50-symbol offline demo into an empty database),
#            csv503 (load a gen_market.py 503x500 CSV folder),
#            w1 (the seed-002 pipeline over a 503x500 CSV folder with JSON output, against the Python peer),
#            w2 (load a 2,000x500 CSV folder and store technical_indicators, against the Python peer),
#            w3 (train 9 models per stock with 3-fold walk-forward on 20 stocks, against the Python peer),
#            w5 (fetch 2,000 symbols from the fake market server: 100 ms latency, 8 concurrent,
#                20 requests/s; bound 100 s; runs once, or W5_RUNS times, as it takes ~100 s and has no peer),
#            w5gui (the same fetch started in the real main window, offscreen, while a 10 ms timer on the
#                GUI thread measures how long the event loop is blocked: max and p99 stall).
#            floor (SQLite's time to store W1's and W2's rows with no computation at all: the lower
#                bound of those runs on this machine, printed beside the peer's time for the same size),
#            w1n (the nightly run: after W1, one new bar appended to every one of the 503 files and the
#                pipeline run again; Tessera updates its database, the peer reruns in full),
#            w6 (symbol switch: the dashboard of 50 symbols with stored analyses, selection to tiles drawn),
#            crypto (issue 21, seed 001; also crypto-full, crypto-incr, top20 — one sequence): 100 hourly pairs
#                resampled from the 20 shared ones (tests/bench/gen_crypto.py, CRYPTO_PAIRS/CRYPTO_HOURS),
#                loaded; crypto-full times `train --resolution hourly --mode full` (9 models per pair);
#                crypto-incr appends 6 hours to every file and times the load plus
#                `train --resolution hourly --mode incremental`; top20 times `predictions top --limit 20`
#                (its in-process query time and the whole command). Once each (CRYPTO_RUNS for more).
#            w4 (seed-003 cross-sectional price + risk forests over 2,000x400, against the Python peer; also
#                compares the out-of-sample R² of both).
#            w6chart (the candle chart with 5,200 daily bars and three panes, offscreen at 1600x1000: symbol
#                switch, pan/zoom frame and indicator parameter change, p50/p95; then the same with 4 charts).
#            screen, picks (issue 20: a 5-condition screen with a 3-field ranking, and the four strategies'
#                picks, over 2,000x500 stored through the pipeline with gen_market.py's fundamentals).
#            scores (issue 16: one night's calls of 2,000 symbols scored: the verdicts back-filled as of a day
#                30 bars before the end plus that day's picks of the four strategies, outcomes cleared
#                before each run; the in-process seconds of `scores update`).
#            backtest (issue 16: the momentum strategy replayed over 500 symbols x 5 years stored through the
#                pipeline, weekly rebalance, top 20).
# Later issues add the other W workloads here.
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
# Data generation (gen_market.py) and the peer need the system Python's numpy, pandas and scikit-learn.
needs_python=0
for w in "${workloads[@]}"; do
    case "$w" in demo|w6chart|W6chart) ;; *) needs_python=1 ;; esac
done
if [ "$needs_python" = 1 ] && ! /usr/bin/python3 -c 'import numpy, pandas, sklearn' 2>/dev/null; then
    echo "bench: /usr/bin/python3 lacks numpy/pandas/scikit-learn (apt-get install python3-numpy python3-pandas python3-sklearn)" >&2
    exit 2
fi
work="$(mktemp -d /tmp/tessera-bench.XXXXXX)"
trap 'rm -rf "$work"' EXIT
echo "bench: load $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores; $pairs runs per workload"

# time_cmd OUTVAR_PREFIX CMD...: runs CMD under GNU time; sets ${prefix}_s and ${prefix}_mb.
time_cmd() {
    local prefix="$1"; shift
    # Start from a quiet disk: without this, the kernel writes back the previous run's files (the
    # other contender's database, ~0.5-1 GB for W2) during this one, on the same two cores.
    sync
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

bench_w5() {
    local fake="$build/tests/integration/tessera-fake-market"
    [ -x "$fake" ] || { echo "w5: skipped (build the tessera-fake-market target; no $fake)"; return; }
    local n=2000 rate=20 latency=100
    seq -f "W%04g" 1 "$n" >"$work/w5-tickers.txt"
    "$fake" --latency-ms "$latency" >"$work/fake.out" 2>&1 &
    local fake_pid=$!
    local url=""
    for _ in $(seq 100); do
        url=$(sed -n 's/^listening on //p' "$work/fake.out")
        [ -n "$url" ] && break
        sleep 0.05
    done
    [ -n "$url" ] || { echo "w5: the fake server did not start" >&2; kill "$fake_pid"; return 1; }
    local times=() mems=()
    for i in $(seq "${W5_RUNS:-1}"); do
        rm -f "$work/w5.sqlite"*
        time_cmd run "$cli" --db "$work/w5.sqlite" --max-workers 2 fetch --provider yahoo --base-url "$url" \
            --max-concurrent 8 --rate "$rate" --tickers-file "$work/w5-tickers.txt"
        grep -q "$n done, 0 failed" "$work/out.txt" || { echo "w5: not every symbol was fetched:" >&2; tail -5 "$work/out.txt" >&2; }
        times+=("$run_s"); mems+=("$run_mb")
    done
    kill -TERM "$fake_pid"; wait "$fake_pid" || true
    local bound=$((n / rate)) secs
    secs=$(median "${times[@]}")
    echo "W5 fetch $n symbols: tessera $secs s (bound $bound s, $(awk -v s="$secs" -v b="$bound" 'BEGIN {printf "%+.1f%%", (s - b) * 100 / b}')) (peak $(median "${mems[@]}") MB) [${#times[@]} run(s); server: $(tail -1 "$work/fake.out")]"
}

# start_fake_market: starts tessera-fake-market (100 ms latency) in the background; sets fake_pid and url.
start_fake_market() {
    local fake="$build/tests/integration/tessera-fake-market"
    [ -x "$fake" ] || { echo "bench: build the tessera-fake-market target; no $fake" >&2; return 1; }
    "$fake" --latency-ms 100 >"$work/fake.out" 2>&1 &
    fake_pid=$!
    url=""
    for _ in $(seq 100); do
        url=$(sed -n 's/^listening on //p' "$work/fake.out")
        [ -n "$url" ] && return 0
        sleep 0.05
    done
    echo "bench: the fake server did not start" >&2; kill "$fake_pid"; return 1
}

# W5, GUI half (issue 4, acceptance 5): the same 2,000-symbol fetch, started from the main window's
# "Load / update data" (offscreen); tessera-bench-gui prints the fetch time and the event-loop stalls.
bench_w5gui() {
    local gui="$build/tests/ui/tessera-bench-gui"
    [ -x "$gui" ] || { echo "w5gui: skipped (build the tessera-bench-gui target; no $gui)"; return; }
    start_fake_market || return 1
    QT_QPA_PLATFORM=offscreen "$gui" --base-url "$url" --symbols 2000 --rate 20 --max-concurrent 8 \
        --max-workers 2 --interval-ms 10 || echo "w5gui: not every symbol was fetched" >&2
    kill -TERM "$fake_pid"; wait "$fake_pid" || true
    echo "  server: $(tail -1 "$work/fake.out")"
}

# W3 (BENCHMARKS.md): seed-000 training, 9 models per stock (rf, gbm, linear × 1D, 5D, 21D) with 3-fold
# walk-forward, on the first 20 stocks of gen_market.py --symbols 503 --days 500 --seed 1. Tessera's timed
# run includes loading the CSVs into a fresh database (the peer reads them itself); the peer is
# train_per_stock.py --workers 2 with fresh output. Alternating pairs; per stock = wall / 20. (time_cmd
# sets the globals secs and kb: this function keeps its own names apart.)
bench_w3() {
    [ -f "$shared/bench/peer/train_per_stock.py" ] || { echo "w3: skipped (no ../shared/bench)"; return; }
    local n=20 dir="$work/w3"
    mkdir -p "$dir"
    /usr/bin/python3 "$shared/bench/gen_market.py" --symbols 503 --days 500 --seed 1 --out "$work/w3-m503" >/dev/null
    head -n "$n" "$work/w3-m503/tickers.txt" >"$dir/tickers.txt"
    while read -r t; do cp "$work/w3-m503/$t.csv" "$dir/"; done <"$dir/tickers.txt"
    local ts=() tm=() ps=() pm=() stored=()
    for i in $(seq "$pairs"); do
        rm -f "$work/w3.sqlite"*
        time_cmd run sh -c "'$cli' --db '$work/w3.sqlite' --max-workers 2 fetch --provider 'csv:$dir' >/dev/null && '$cli' --db '$work/w3.sqlite' train --max-concurrent 2"
        grep -q "$n done, 0 failed" "$work/out.txt" || { echo "w3: not every symbol trained:" >&2; tail -5 "$work/out.txt" >&2; }
        ts+=("$(awk -v s="$run_s" -v n="$n" 'BEGIN {printf "%.3f", s / n}')"); tm+=("$run_mb")
        stored+=("$("$cli" --db "$work/w3.sqlite" --json models summary | awk -F': ' '/"storedKBPerSymbol"/ {gsub(",", "", $2); printf "%.0f", $2}')")
        rm -rf "$work/w3-peer"
        time_cmd run /usr/bin/python3 "$shared/bench/peer/train_per_stock.py" "$dir" --symbols "$n" --workers 2 --out "$work/w3-peer"
        ps+=("$(awk -v s="$run_s" -v n="$n" 'BEGIN {printf "%.3f", s / n}')"); pm+=("$run_mb")
    done
    local t p
    t=$(median "${ts[@]}"); p=$(median "${ps[@]}")
    echo "W3 train $n stocks: tessera $t s/stock (peak $(median "${tm[@]}") MB, $(median "${stored[@]}") KB stored/stock), peer $p s/stock (peak $(median "${pm[@]}") MB), ratio $(awk -v a="$p" -v b="$t" 'BEGIN {printf "%.1f", a / b}')x [$pairs pairs, medians]"
}

# W1 (BENCHMARKS.md): the seed-002 pipeline, 503 x 500 from a CSV folder: load, features, nine tiles,
# slippage + Monte Carlo 400, verdict, stored, JSON written. Tessera: one recorded run
# (`pipeline --provider csv:DIR --json-out OUT`: steps bars > indicators > analysis) into a fresh database
# and a fresh JSON folder; the peer: pipeline.py DIR --out OUT. Both with 2 workers, alternating; each run
# is checked to have written 3 JSON files per symbol plus summary.csv. The ratio is of the medians.
bench_w1() {
    [ -f "$shared/bench/peer/pipeline.py" ] || { echo "W1: skipped (no ../shared/bench)"; return; }
    local n=503 data="$work/m503"
    [ -d "$data" ] || /usr/bin/python3 "$shared/bench/gen_market.py" --symbols "$n" --days 500 --seed 1 --out "$data" >/dev/null
    local files=$((3 * n + 1)) t_times=() t_mems=() p_times=() p_mems=()
    for i in $(seq "$pairs"); do
        rm -rf "$work/w1.sqlite"* "$work/w1-json" "$work/w1-peer"
        time_cmd tess "$cli" --db "$work/w1.sqlite" --max-workers 2 pipeline --provider "csv:$data" --json-out "$work/w1-json"
        grep -q "$n done, 0 failed" "$work/out.txt" || { echo "W1: tessera did not finish $n symbols" >&2; cat "$work/out.txt" >&2; return 1; }
        [ "$(ls "$work/w1-json" | wc -l)" -eq "$files" ] || { echo "W1: tessera wrote $(ls "$work/w1-json" | wc -l) files, expected $files" >&2; return 1; }
        time_cmd peer /usr/bin/python3 "$shared/bench/peer/pipeline.py" "$data" --out "$work/w1-peer" --workers 2
        [ "$(ls "$work/w1-peer" | wc -l)" -eq "$files" ] || { echo "W1: the peer wrote $(ls "$work/w1-peer" | wc -l) files, expected $files" >&2; return 1; }
        t_times+=("$tess_s"); t_mems+=("$tess_mb"); p_times+=("$peer_s"); p_mems+=("$peer_mb")
        echo "W1 pair $i: tessera $tess_s s, peer $peer_s s" >&2
    done
    local tm pm
    tm=$(median "${t_times[@]}"); pm=$(median "${p_times[@]}")
    echo "W1 pipeline ${n}x500: tessera $tm s (peak $(median "${t_mems[@]}") MB), peer $pm s (peak $(median "${p_mems[@]}") MB), ratio $(awk -v p="$pm" -v t="$tm" 'BEGIN {printf "%.1f", p / t}')x [$pairs pairs, medians]"
}

# append_bar SRC DST: DST is a copy of the CSV folder SRC with one more bar in every file: the next
# weekday after its last date, opening at the last close and moving 0.3 % (what a nightly update adds).
append_bar() {
    /usr/bin/python3 - "$1" "$2" <<'PY'
import csv, datetime, os, shutil, sys
src, dst = sys.argv[1], sys.argv[2]
shutil.copytree(src, dst)
for name in os.listdir(dst):
    path = os.path.join(dst, name)
    if not name.endswith('.csv'):
        continue
    with open(path, newline='') as f:
        rows = list(csv.reader(f))
    header, last = rows[0], rows[-1]
    col = {h: i for i, h in enumerate(header)}
    if 'Date' not in col or 'Close' not in col or len(rows) < 2:
        continue  # fundamentals.csv and other files beside the bars
    day = datetime.date.fromisoformat(last[col['Date']]) + datetime.timedelta(days=1)
    while day.weekday() >= 5:
        day += datetime.timedelta(days=1)
    close = float(last[col['Close']])
    new = list(last)
    new[col['Date']] = day.isoformat()
    new[col['Open']] = '%.4f' % close
    new[col['Close']] = '%.4f' % (close * 1.003)
    new[col['High']] = '%.4f' % (close * 1.006)
    new[col['Low']] = '%.4f' % (close * 0.998)
    if 'Adj Close' in col:
        ratio = float(last[col['Adj Close']]) / close if close else 1.0
        new[col['Adj Close']] = '%.4f' % (close * 1.003 * ratio)
    with open(path, 'a', newline='') as f:
        csv.writer(f, lineterminator='\n').writerow(new)
PY
}

# W1n (BENCHMARKS.md): the nightly run. Set-up (not timed): W1 into a database and a JSON folder, then a
# copy of the CSV folder with one new bar per file. Timed: Tessera's same pipeline command on a copy of
# that database and JSON folder (it stores the new bar and recomputes what it changes), against the peer's
# full rerun of pipeline.py over the new folder. Each Tessera run is checked to have recomputed every
# symbol (503 done) and rewritten its JSON with the new last date.
bench_w1n() {
    [ -f "$shared/bench/peer/pipeline.py" ] || { echo "W1n: skipped (no ../shared/bench)"; return; }
    local n=503 data="$work/m503" next="$work/m503n"
    [ -d "$data" ] || /usr/bin/python3 "$shared/bench/gen_market.py" --symbols "$n" --days 500 --seed 1 --out "$data" >/dev/null
    rm -rf "$work/w1n-base"* "$next"
    "$cli" --db "$work/w1n-base.sqlite" --max-workers 2 pipeline --provider "csv:$data" --json-out "$work/w1n-base-json" >/dev/null
    append_bar "$data" "$next"
    local last
    last=$(tail -n 1 "$next/$(ls "$next" | grep -m1 '\.csv$')" | cut -d, -f1)
    local t_times=() t_mems=() p_times=() p_mems=()
    for i in $(seq "$pairs"); do
        rm -rf "$work/w1n.sqlite"* "$work/w1n-json" "$work/w1n-peer"
        cp "$work/w1n-base.sqlite" "$work/w1n.sqlite"
        cp -r "$work/w1n-base-json" "$work/w1n-json"
        time_cmd tess "$cli" --db "$work/w1n.sqlite" --max-workers 2 pipeline --provider "csv:$next" --json-out "$work/w1n-json"
        grep -q "$n done, 0 failed" "$work/out.txt" || { echo "W1n: tessera did not finish $n symbols" >&2; cat "$work/out.txt" >&2; return 1; }
        grep -q "$last" "$work/w1n-json/summary.csv" || { echo "W1n: summary.csv does not show the new bar $last" >&2; return 1; }
        time_cmd peer /usr/bin/python3 "$shared/bench/peer/pipeline.py" "$next" --out "$work/w1n-peer" --workers 2
        t_times+=("$tess_s"); t_mems+=("$tess_mb"); p_times+=("$peer_s"); p_mems+=("$peer_mb")
        echo "W1n pair $i: tessera $tess_s s, peer $peer_s s" >&2
    done
    local tm pm
    tm=$(median "${t_times[@]}"); pm=$(median "${p_times[@]}")
    echo "W1n nightly ${n}x500+1: tessera $tm s (peak $(median "${t_mems[@]}") MB), peer full rerun $pm s (peak $(median "${p_mems[@]}") MB), ratio $(awk -v p="$pm" -v t="$tm" 'BEGIN {printf "%.1f", p / t}')x [$pairs pairs, medians]"
}

# w2_rows DB TABLE...: fails unless every TABLE of DB holds the 2,000 x 500 rows of W2 (checked after the
# timed runs, with Python's sqlite3 as the peer needs Python anyway).
w2_rows() {
    local db="$1"; shift
    local t n
    for t in "$@"; do
        n=$(/usr/bin/python3 -c 'import sqlite3, sys; print(sqlite3.connect(sys.argv[1]).execute("SELECT COUNT(*) FROM " + sys.argv[2]).fetchone()[0])' "$db" "$t")
        [ "$n" = 1000000 ] || { echo "W2: $db holds $n rows in $t, not 1000000" >&2; return 1; }
    done
}

# W2 (BENCHMARKS.md): seed-003 indicators, 2,000 x 500 from a CSV folder: load the bars and store
# technical_indicators. Tessera does it as one recorded run (`indicators --provider csv:DIR`: steps
# bars > indicators, which also stores the feature chunks, ~150 MB the peer does not write); the peer is
# indicators.py. Both with 2 workers, a fresh database per run, alternating tessera/peer; the ratio is of
# the medians. After each pair both databases must hold all 1,000,000 bars and indicator rows.
bench_w2() {
    [ -f "$shared/bench/peer/indicators.py" ] || { echo "W2: skipped (no ../shared/bench)"; return; }
    local data="$work/m2000x500"
    [ -d "$data" ] || /usr/bin/python3 "$shared/bench/gen_market.py" --symbols 2000 --days 500 --seed 1 --out "$data" >/dev/null
    local t_times=() t_mems=() p_times=() p_mems=()
    for i in $(seq "$pairs"); do
        rm -f "$work/w2.sqlite"* "$work/w2-peer.sqlite"*
        time_cmd tess "$cli" --db "$work/w2.sqlite" --max-workers 2 indicators --provider "csv:$data"
        grep -q "2000 done, 0 failed" "$work/out.txt" || { echo "W2: tessera did not store 2000 symbols" >&2; cat "$work/out.txt" >&2; return 1; }
        time_cmd peer /usr/bin/python3 "$shared/bench/peer/indicators.py" "$data" --db "$work/w2-peer.sqlite" --workers 2
        # Both sides must have stored the same work: every bar and every technical_indicators row.
        w2_rows "$work/w2.sqlite" daily_bars technical_indicators
        w2_rows "$work/w2-peer.sqlite" historical_data technical_indicators
        t_times+=("$tess_s"); t_mems+=("$tess_mb"); p_times+=("$peer_s"); p_mems+=("$peer_mb")
        echo "W2 pair $i: tessera $tess_s s, peer $peer_s s" >&2
    done
    local tm pm
    tm=$(median "${t_times[@]}"); pm=$(median "${p_times[@]}")
    echo "W2 indicators 2000x500: tessera $tm s (peak $(median "${t_mems[@]}") MB), peer $pm s (peak $(median "${p_mems[@]}") MB), ratio $(awk -v p="$pm" -v t="$tm" 'BEGIN {printf "%.1f", p / t}')x [$pairs pairs, medians]"
}

# The store floor: tessera-store-floor writes W1's and W2's rows (bars, technical_indicators, feature
# chunks) with one writer, one transaction per symbol and nothing else; a run of that size cannot be
# faster than its writes, so peer time / floor is the best ratio any implementation with this stored
# content can reach here. Runs each size $pairs times and prints the medians.
bench_floor() {
    local floor="$build/tests/integration/tessera-store-floor"
    [ -x "$floor" ] || { echo "floor: skipped (build the tessera-store-floor target; no $floor)"; return; }
    local n b t f mode label
    for n in 503 2000; do
        for mode in "" --no-checkpoint; do
            local bars=() ind=() feat=()
            for i in $(seq "$pairs"); do
                read -r b t f < <("$floor" --db "$work/floor.sqlite" --symbols "$n" --days 500 --raw $mode)
                bars+=("$b"); ind+=("$t"); feat+=("$f")
            done
            label="SQLite writes alone, one writer"
            [ -z "$mode" ] || label="$label, WAL checkpoints left out (Tessera runs them beside the writer)"
            echo "store floor ${n}x500: bars $(median "${bars[@]}") s, + technical_indicators $(median "${ind[@]}") s, + feature chunks $(median "${feat[@]}") s [$pairs runs, medians; $label]"
        done
    done
    rm -f "$work/floor.sqlite"*
}

# W6 symbol switch: 50 gen_market.py symbols with their analysis documents (tessera-cli pipeline --json-out
# once that command exists, else the peer's pipeline.py: the same schema). `tessera --bench-switch N`
# selects each symbol in turn, offscreen, and times table selection -> dashboard drawn (read and parse on
# the read pool, nine tiles and the verdict card rebuilt, window repainted); it prints the W6 line.
bench_w6() {
    local gui="$build/app/tessera" n=50
    [ -x "$gui" ] || { echo "w6: skipped (no $gui)"; return; }
    [ -f "$shared/bench/gen_market.py" ] || { echo "w6: skipped (no ../shared/bench)"; return; }
    local data="$work/w6-m$n" json="$work/w6-json"
    /usr/bin/python3 "$shared/bench/gen_market.py" --symbols "$n" --days 500 --seed 1 --out "$data" >/dev/null
    "$cli" --db "$work/w6.sqlite" fetch --provider "csv:$data" >/dev/null 2>&1 || { echo "w6: loading $data failed" >&2; return 1; }
    if "$cli" --help 2>&1 | grep -q "^  pipeline"; then
        "$cli" --db "$work/w6.sqlite" pipeline --provider "csv:$data" --json-out "$json" >/dev/null
    else
        /usr/bin/python3 "$shared/bench/peer/pipeline.py" "$data" --out "$json" --workers 2 >/dev/null
    fi
    for i in $(seq "$pairs"); do
        QT_QPA_PLATFORM=offscreen "$gui" --db "$work/w6.sqlite" --analysis-dir "$json" --bench-switch "$n" 2>/dev/null \
            | grep '^W6' || { echo "w6: tessera --bench-switch failed" >&2; return 1; }
    done
}

# Seed 001 on hourly crypto (issue 21): full retrain, the 6-hourly incremental update and the top-20 query.
bench_crypto() {
    local src="$shared/data/ohlcv/intraday/crypto_binance_usdt"
    [ -d "$src" ] || { echo "crypto: skipped (no $src)"; return; }
    local n="${CRYPTO_PAIRS:-100}" hours="${CRYPTO_HOURS:-4400}" data="$work/crypto" db="$work/crypto.sqlite"
    local full=() fullmb=() load=() inc=() incmb=() q=() qwall=()
    for i in $(seq "${CRYPTO_RUNS:-1}"); do
        rm -rf "$data" "$db"*
        /usr/bin/python3 "$here/tests/bench/gen_crypto.py" --shared "$src" --pairs "$n" --hours "$hours" --out "$data"
        "$cli" --db "$db" --max-workers 2 fetch --provider "csv:$data" >/dev/null 2>&1
        time_cmd run "$cli" --db "$db" --max-workers 2 train --resolution hourly --mode full
        grep -q "$n done, 0 failed" "$work/out.txt" || { echo "crypto-full: not every pair trained:" >&2; grep "Run .* done" "$work/out.txt" >&2; }
        full+=("$run_s"); fullmb+=("$run_mb")
        /usr/bin/python3 "$here/tests/bench/gen_crypto.py" --shared "$src" --pairs "$n" --hours "$hours" --append 6 --out "$data"
        time_cmd ld "$cli" --db "$db" --max-workers 2 fetch --provider "csv:$data"
        time_cmd run "$cli" --db "$db" --max-workers 2 train --resolution hourly --mode incremental
        grep -q "$n done, 0 failed" "$work/out.txt" || { echo "crypto-incr: not every pair updated:" >&2; grep "Run .* done" "$work/out.txt" >&2; }
        load+=("$ld_s"); inc+=("$run_s"); incmb+=("$run_mb")
        for _ in 1 2 3 4 5; do
            time_cmd top "$cli" --db "$db" --json predictions top --limit 20
            q+=("$(awk -F': ' '/"queryMs"/ {gsub(",","",$2); print $2}' "$work/out.txt")"); qwall+=("$top_s")
        done
    done
    local l i2
    l=$(median "${load[@]}"); i2=$(median "${inc[@]}")
    echo "crypto-full hourly retrain ${n} pairs x ${hours} h x 9 models: tessera $(median "${full[@]}") s (peak $(median "${fullmb[@]}") MB) [${#full[@]} run(s); target < 600 s]"
    echo "crypto-incr ${n} pairs, 6 new hours each: load $l s + incremental train $i2 s = $(awk -v a="$l" -v b="$i2" 'BEGIN {printf "%.2f", a + b}') s (peak $(median "${incmb[@]}") MB) [${#inc[@]} run(s); target < 30 s]"
    echo "top20 predictions query over ${n} pairs: $(median "${q[@]}") ms in the store, $(median "${qwall[@]}") s for the whole tessera-cli process [${#q[@]} runs, medians; target < 50 ms]"
}

# W4 (BENCHMARKS.md): seed-003 cross-sectional price and risk forests over a gen_market.py 2,000 x 400 folder.
# Tessera's timed run: load the CSVs into a fresh database (`fetch --provider csv:DIR`) and `train-xs` with the
# peer's split: one walk-forward fold testing the last 20 % of the dates (purged and embargoed, which the peer
# is not), raw labels (--transform none) so R² means the same as the peer's, then the final refit on every row
# and the stored scores (the peer scores with its 80 % model). The peer: train_cross_section.py --workers 2.
# Alternating pairs; the ratio is of the medians; R² (out of sample, price / risk) of the last pair of each side.
bench_w4() {
    [ -f "$shared/bench/peer/train_cross_section.py" ] || { echo "W4: skipped (no ../shared/bench)"; return; }
    local data="$work/m2000x400"
    [ -d "$data" ] || /usr/bin/python3 "$shared/bench/gen_market.py" --symbols 2000 --days 400 --seed 1 --out "$data" >/dev/null
    local t_times=() t_mems=() p_times=() p_mems=() t_r2="" p_r2="" rows=""
    for i in $(seq "$pairs"); do
        rm -f "$work/w4.sqlite"*
        rm -rf "$work/w4-peer"
        time_cmd tess sh -c "'$cli' --db '$work/w4.sqlite' --max-workers 2 fetch --provider 'csv:$data' >/dev/null && '$cli' --db '$work/w4.sqlite' --json train-xs --transform none --folds 1 --initial-train 0.8"
        read -r t_r2 rows < <(/usr/bin/python3 -c 'import json, sys; d = json.load(open(sys.argv[1])); print("%.4f/%.4f %d" % (d["price"]["r2"], d["risk"]["r2"], d["rows"]))' "$work/out.txt") \
            || { echo "W4: tessera printed no model:" >&2; tail -5 "$work/out.txt" >&2; return 1; }
        time_cmd peer /usr/bin/python3 "$shared/bench/peer/train_cross_section.py" "$data" --workers 2 --out "$work/w4-peer"
        p_r2="$(awk '/target_return model/ {split($0, a, "R2 "); split(a[2], b, " "); pr = b[1]} /target_drawdown model/ {split($0, a, "R2 "); split(a[2], b, " "); dr = b[1]} END {printf "%s/%s", pr, dr}' "$work/out.txt")"
        t_times+=("$tess_s"); t_mems+=("$tess_mb"); p_times+=("$peer_s"); p_mems+=("$peer_mb")
        echo "W4 pair $i: tessera $tess_s s (R² $t_r2), peer $peer_s s (R² $p_r2)" >&2
    done
    local tm pm
    tm=$(median "${t_times[@]}"); pm=$(median "${p_times[@]}")
    echo "W4 cross-section 2000x400 ($rows rows): tessera $tm s incl. CSV load (peak $(median "${t_mems[@]}") MB, R² price/risk $t_r2), peer $pm s (peak $(median "${p_mems[@]}") MB, R² $p_r2), ratio $(awk -v p="$pm" -v t="$tm" 'BEGIN {printf "%.1f", p / t}')x [$pairs pairs, medians]"
}

# w6chart: tessera-bench-chart writes 8 synthetic symbols of 5,200 business days (20 years) into a fresh
# database, shows the chart with price, volume and RSI panes offscreen at 1600x1000 and times a symbol
# switch (bars read from SQLite, studies computed on the pool, every pane repainted), a pan or zoom frame,
# an RSI period change (recomputed on the pool and repainted) and a crosshair step (the mouse moved over
# the price pane). It prints one line per run.
bench_w6chart() {
    local bench="$build/tests/ui/tessera-bench-chart"
    [ -x "$bench" ] || { echo "w6chart: skipped (no $bench)"; return; }
    for charts in 1 4; do
        for i in $(seq "$pairs"); do
            QT_QPA_PLATFORM=offscreen "$bench" --charts "$charts" 2>/dev/null | grep '^w6chart' \
                || { echo "w6chart: tessera-bench-chart failed" >&2; return 1; }
        done
    done
}

# screen / picks (issue 20): gen_market.py 2,000x500 loaded through the pipeline (bars, indicators,
# verdicts) with its fundamentals.csv imported, then a 5-condition screen with a 3-field ranking
# (`screen run`) and the four strategies' picks (`picks generate`). Each line gives the whole command
# (process start, database open, migration check included) and the in-process time the command reports
# (screen: bulk load + evaluation; picks: the four strategies' load, evaluation, picks and upserts).
screen_db() {
    local data="$work/m2000x500"
    [ -d "$data" ] || /usr/bin/python3 "$shared/bench/gen_market.py" --symbols 2000 --days 500 --seed 1 --out "$data" >/dev/null
    if [ ! -f "$work/screen.sqlite" ]; then
        "$cli" --db "$work/screen.sqlite" --max-workers 2 pipeline --provider "csv:$data" >/dev/null 2>&1 || true
        "$cli" --db "$work/screen.sqlite" fundamentals import "$data/fundamentals.csv" --create >/dev/null
    fi
}
bench_screen() {
    [ -f "$shared/bench/gen_market.py" ] || { echo "screen: skipped (no ../shared/bench)"; return; }
    screen_db
    local expr="rsi_14 between 30 and 70 and close > sma_200 and pe_ratio < 30 and return_20d > 0 and avg_volume_20d > 100000"
    local rank="2*return_60d, -pe_ratio, roe"
    local times=() inproc=() mems=() matched=""
    for i in $(seq "$pairs"); do
        time_cmd run "$cli" --db "$work/screen.sqlite" --json screen run "$expr" --ranking "$rank"
        read -r ms matched < <(/usr/bin/python3 -c 'import json, sys; d = json.load(open(sys.argv[1])); print("%.1f %d/%d" % (d["load_ms"] + d["eval_ms"], d["matched"], d["selection_size"]))' "$work/out.txt")
        times+=("$run_s"); inproc+=("$ms"); mems+=("$run_mb")
    done
    echo "screen 5 conditions + 3-field ranking over 2000 symbols ($matched passed): tessera $(median "${inproc[@]}") ms in process, $(median "${times[@]}") s whole command (peak $(median "${mems[@]}") MB) [$pairs runs, medians; target < 200 ms]"
}
bench_picks() {
    [ -f "$shared/bench/gen_market.py" ] || { echo "picks: skipped (no ../shared/bench)"; return; }
    screen_db
    local times=() inproc=() mems=() picked=""
    for i in $(seq "$pairs"); do
        time_cmd run "$cli" --db "$work/screen.sqlite" --json picks generate
        read -r secs picked < <(/usr/bin/python3 -c 'import json, sys; d = json.load(open(sys.argv[1])); print("%.3f %s" % (sum(s["seconds"] for s in d["strategies"]), "/".join(str(s["picked"]) for s in d["strategies"])))' "$work/out.txt")
        times+=("$run_s"); inproc+=("$secs"); mems+=("$run_mb")
    done
    echo "picks 4 strategies over 2000 symbols (picked growth/value/balanced/momentum $picked): tessera $(median "${inproc[@]}") s in process, $(median "${times[@]}") s whole command (peak $(median "${mems[@]}") MB) [$pairs runs, medians; target < 1 s]"
}
bench_scores() {
    [ -f "$shared/bench/gen_market.py" ] || { echo "scores: skipped (no ../shared/bench)"; return; }
    screen_db
    local day
    day=$(/usr/bin/python3 -c 'import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); print(c.execute("SELECT DISTINCT date FROM daily_bars ORDER BY date DESC LIMIT 1 OFFSET 30").fetchone()[0])' "$work/screen.sqlite")
    "$cli" --db "$work/screen.sqlite" --max-workers 2 calls backfill --verdicts --each week --from "$day" --to "$day" >/dev/null 2>&1 || true
    "$cli" --db "$work/screen.sqlite" picks generate --date "$day" >/dev/null 2>&1 || true
    local times=() inproc=() mems=() scored=""
    for i in $(seq "$pairs"); do
        /usr/bin/python3 -c 'import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); c.execute("UPDATE calls SET scored_at = NULL"); c.commit()' "$work/screen.sqlite"
        time_cmd run "$cli" --db "$work/screen.sqlite" --json scores update
        read -r secs scored < <(/usr/bin/python3 -c 'import json, sys; d = json.load(open(sys.argv[1])); print("%.3f %d" % (d["seconds"], d["scored"]))' "$work/out.txt")
        times+=("$run_s"); inproc+=("$secs"); mems+=("$run_mb")
    done
    echo "scores one night's calls of 2000 symbols ($scored scored, as of $day): tessera $(median "${inproc[@]}") s in process, $(median "${times[@]}") s whole command (peak $(median "${mems[@]}") MB) [$pairs runs, medians; target < 1 s]"
}

# backtest (issue 16): gen_market.py 500x1510 from 2019-01-01 (5 years of rebalances after a year of look-back,
# all before today: the pipeline refuses bars dated in the future) loaded
# through the pipeline (bars + indicators), then the momentum strategy backtested weekly, top 20, hold 5,
# over the last 1,260 trading days (`backtest --no-save`). The line gives the whole command and the
# in-process load (one bulk statement per table) and replay times the command reports.
bench_backtest() {
    [ -f "$shared/bench/gen_market.py" ] || { echo "backtest: skipped (no ../shared/bench)"; return; }
    local data="$work/m500x1510"
    [ -d "$data" ] || /usr/bin/python3 "$shared/bench/gen_market.py" --symbols 500 --days 1510 --seed 1 --start 2019-01-01 --out "$data" >/dev/null
    if [ ! -f "$work/backtest.sqlite" ]; then
        "$cli" --db "$work/backtest.sqlite" --max-workers 2 pipeline --provider "csv:$data" >/dev/null 2>&1 || true
    fi
    local first last
    # The period: the last 1,260 bars of the first ticker (awk reads to the end: no SIGPIPE under pipefail).
    local csv
    csv="$data/$(awk 'NR == 1' "$data/tickers.txt").csv"
    last=$(awk -F, 'END {print $1}' "$csv")
    first=$(tail -n 1260 "$csv" | awk -F, 'NR == 1 {print $1}')
    local times=() load=() replay=() mems=() summary=""
    for i in $(seq "$pairs"); do
        time_cmd run "$cli" --db "$work/backtest.sqlite" --json backtest --screen momentum --from "$first" --to "$last" \
            --rebalance weekly --top 20 --hold 5 --no-save
        read -r l r summary < <(/usr/bin/python3 -c 'import json, sys; d = json.load(open(sys.argv[1])); print("%.3f %.3f %d/%d/%.1f%%" % (d["load_seconds"], d["replay_seconds"], d["rebalances"], d["trades"], 100 * d["cagr"]))' "$work/out.txt")
        times+=("$run_s"); load+=("$l"); replay+=("$r"); mems+=("$run_mb")
    done
    echo "backtest momentum 500 symbols x 1260 days $first..$last weekly top 20 (rebalances/trades/CAGR $summary): tessera $(median "${times[@]}") s whole command, load $(median "${load[@]}") s + replay $(median "${replay[@]}") s in process (peak $(median "${mems[@]}") MB) [$pairs runs, medians; target < 5 s]"
}

for w in "${workloads[@]}"; do
    case "$w" in
        backtest) bench_backtest ;;
        screen) bench_screen ;;
        scores) bench_scores ;;
        picks) bench_picks ;;
        demo) bench_demo ;;
        csv503) bench_csv503 ;;
        w1|W1) bench_w1 ;;
        w1n|W1n) bench_w1n ;;
        W2|w2) bench_w2 ;;
        w3|W3) bench_w3 ;;
        w4|W4) bench_w4 ;;
        w5|W5) bench_w5 ;;
        w5gui|W5gui) bench_w5gui ;;
        w6|W6) bench_w6 ;;
        w6chart|W6chart) bench_w6chart ;;
        floor) bench_floor ;;
        crypto|crypto-full|crypto-incr|top20) bench_crypto ;;
        *) echo "bench: unknown workload $w (demo, csv503, w1, w1n, w2, w3, w4, w5, w5gui, w6, w6chart, floor, crypto, screen, picks, scores, backtest)" >&2; exit 2 ;;
    esac
done
