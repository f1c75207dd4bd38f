#!/bin/bash
# Pictures of the GUI to look at as a user would, in the light and the dark theme:
#   bash tests/shots.sh [BUILD_DIR] [OUT_DIR]        (default build/release, /tmp/tessera-shots)
# Each GUI test saves what it shows (TESSERA_TEST_SHOTS, tests/support/Shots.h) and the main window's
# views are rendered by `tessera --screenshot` from the offline demo market at 1600×1000. Needs xvfb-run.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${1:-$root/build/release}"
out="${2:-/tmp/tessera-shots}"
gui="$build/app/tessera"
[ -x "$gui" ] || { echo "no $gui: build first (cmake --build --preset release)" >&2; exit 2; }
db="$(mktemp -d)/demo.sqlite"
"$build/app/tessera-cli" --db "$db" fetch --provider synthetic >/dev/null
"$build/app/tessera-cli" --db "$db" pipeline >/dev/null
symbol="$("$build/app/tessera-cli" --db "$db" --json status --all | python3 -c 'import json,sys; print(json.load(sys.stdin)["symbols"][0]["ticker"])' 2>/dev/null || true)"
for theme in light dark; do
    mkdir -p "$out/$theme"
    for test in TestDialogs TestExportUi TestModelsUi TestSymbolDashboard TestMainWindow; do
        if [ -x "$build/tests/ui/$test" ]; then
            TESSERA_TEST_SHOTS="$out/$theme" TESSERA_TEST_THEME="$theme" QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 \
                "$build/tests/ui/$test" >/dev/null 2>&1 || echo "warning: $test failed while taking pictures" >&2
        fi
    done
    for view in chart dashboard operations scheduler status log predictions models; do
        xvfb-run -a -s "-screen 0 1600x1000x24" "$gui" --db "$db" --theme "$theme" \
            --screenshot "$out/$theme/view-$view.png" --screenshot-view "$view" ${symbol:+--symbol "$symbol"} \
            >/dev/null 2>&1 || echo "warning: view $view failed" >&2
    done
done
ls "$out"/light "$out"/dark
