#!/usr/bin/env bash
# Builds the .deb from build/release and checks it as a user's machine would see it: sizes, lintian, then
# install with apt (dependencies resolved), the menu entry, both programs starting (the GUI under Xvfb,
# a screenshot taken), and a clean removal. Changes the system: run as root on a test machine or in CI's,
# never on a workstation you care about.
#
#   bash packaging/test-package.sh            # build/release must be built (bash packaging/setup.sh build)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${1:-$here/build/release}"
[ "$(id -u)" -eq 0 ] || { echo "test-package: run as root (it installs and removes the package)" >&2; exit 2; }
[ -x "$build/app/tessera" ] || { echo "test-package: build first; no $build/app/tessera" >&2; exit 2; }
work="$(mktemp -d /tmp/tessera-package.XXXXXX)"
trap 'rm -rf "$work"' EXIT

echo "== cpack"
(cd "$build" && rm -f tessera_*.deb tessera-dbgsym_*.ddeb && cpack -G DEB >"$work/cpack.log" 2>&1) ||
    { cat "$work/cpack.log"; exit 1; }
deb="$(ls "$build"/tessera_*.deb)"
echo "package: $(basename "$deb") $(du -h "$deb" | cut -f1)"
ls "$build"/tessera-dbgsym_*.ddeb >/dev/null 2>&1 &&
    echo "debug symbols: $(basename "$build"/tessera-dbgsym_*.ddeb) $(du -h "$build"/tessera-dbgsym_*.ddeb | cut -f1)"
dpkg-deb -c "$deb" | awk '$6 ~ /bin\// {printf "  %s %.1f MB\n", $6, $3 / 1048576}'

echo "== lintian"
if command -v lintian >/dev/null; then
    # packaging/lintian-expected.txt lists the lines that are expected (each explained there); any other
    # tag fails this script.
    lintian --tag-display-limit 0 "$deb" >"$work/lintian.txt" 2>&1 || true
    grep -v -E -f "$here/packaging/lintian-expected.txt" "$work/lintian.txt" >"$work/unexpected.txt" || true
    echo "$(wc -l <"$work/lintian.txt") tag line(s); $(wc -l <"$work/unexpected.txt") not explained"
    cat "$work/lintian.txt"
    [ ! -s "$work/unexpected.txt" ] || { echo "test-package: lintian tags not explained:"; cat "$work/unexpected.txt"; exit 1; }
else
    echo "lintian not installed (apt-get install lintian): skipped"
fi

echo "== install"
apt-get install -y -qq "$deb" >"$work/install.log" 2>&1 || { cat "$work/install.log"; exit 1; }
dpkg -s tessera | grep -E '^(Version|Depends|Installed-Size)'
test -f /usr/share/applications/io.github.tessera.Tessera.desktop && echo "menu entry: /usr/share/applications/io.github.tessera.Tessera.desktop"
/usr/bin/tessera-cli --version
/usr/bin/tessera --version
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_DATA_HOME="$work/home/.local/share"
mkdir -p "$HOME"
/usr/bin/tessera-cli --db "$work/t.sqlite" fetch --provider synthetic >/dev/null
xvfb-run -a -s "-screen 0 1600x1000x24" /usr/bin/tessera --db "$work/t.sqlite" --screenshot "$work/start.png" >/dev/null 2>&1
test -s "$work/start.png" && echo "GUI started and drew its window ($(du -h "$work/start.png" | cut -f1) screenshot)"

echo "== remove"
apt-get remove -y -qq --purge tessera >"$work/remove.log" 2>&1 || { cat "$work/remove.log"; exit 1; }
left="$(ls /usr/bin/tessera /usr/bin/tessera-cli /usr/share/applications/io.github.tessera.Tessera.desktop 2>/dev/null || true)"
[ -z "$left" ] || { echo "test-package: left behind: $left"; exit 1; }
echo "removed cleanly"
