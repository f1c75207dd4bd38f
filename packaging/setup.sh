#!/usr/bin/env bash
# Tessera set-up on Debian 12: installs every build/runtime/test dependency (idempotent; as root or
# through sudo), configures and builds, then runs the GUI or the test suite.
#
#   bash packaging/setup.sh run      # set up, build, launch the GUI (offers the offline demo on first run)
#   bash packaging/setup.sh test     # set up, build, run the whole test suite (what CI runs)
#   bash packaging/setup.sh build    # set up and build only
#   bash packaging/setup.sh deps     # install the Debian packages only
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
action="${1:-build}"
shift || true

# Build: compiler, CMake, Qt 6 (Widgets, Charts + libqt6opengl6-dev, whose Qt6OpenGLConfig.cmake the
# Charts config requires but no package depends on, Sql+SQLite plugin, Network, Concurrent, Test,
# Linguist), SQLite, Eigen, dlib, XGBoost (+ its CLI package, whose CMake config needs /usr/bin/xgboost),
# spdlog, tl::expected. Tests and packaging checks: Xvfb, desktop-file-validate, appstreamcli,
# clang-format. QtKeychain (broker secrets in the system keychain; gnome-keyring + dbus-daemon let the
# tests run a real keychain under dbus-run-session). QtSvg (qt6-svg-dev) writes File ▸ Export chart as SVG. Runtime: the SVG icon plugin, a font for offscreen rendering and Noto for Devanagari (Hindi).
packages=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev libqt6opengl6-dev qt6-charts-dev libqt6sql6-sqlite qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libqt6svg6 qt6-svg-dev qt6-qpa-plugins libgl-dev
    libsqlite3-dev libeigen3-dev libdlib-dev libblas-dev liblapack-dev libxgboost-dev xgboost
    libspdlog-dev libfmt-dev libexpected-dev
    qtkeychain-qt6-dev gnome-keyring dbus-daemon
    xvfb xauth desktop-file-utils appstream clang-format fonts-dejavu-core fonts-noto-core
)

install_deps() {
    local missing=()
    for p in "${packages[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    if [ ${#missing[@]} -eq 0 ]; then
        echo "setup: all ${#packages[@]} Debian packages already installed"
        return
    fi
    echo "setup: installing ${missing[*]}"
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || { echo "setup: run as root or install sudo" >&2; exit 2; }
        sudo="sudo"
    fi
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

preset="${TESSERA_PRESET:-release}"
if [ "${CI:-}" = "true" ] && [ -z "${TESSERA_PRESET:-}" ]; then
    preset="ci" # same as release plus -Werror
fi

build() {
    cmake --preset "$preset" >/dev/null
    cmake --build --preset "$preset" -j "$(nproc)"
}

case "$action" in
    deps)
        install_deps
        ;;
    build)
        install_deps
        build
        ;;
    run)
        install_deps
        build
        exec "build/$preset/app/tessera" "$@"
        ;;
    test)
        install_deps
        build
        # GUI tests run offscreen (set per test); the whole suite runs under Xvfb as well so the
        # screenshot smoke test sees a real X server.
        export LANG=C.UTF-8 LC_ALL=C.UTF-8
        xvfb-run -a -s "-screen 0 1400x900x24" ctest --preset "$preset" -j 2 "$@"
        ;;
    *)
        echo "usage: bash packaging/setup.sh run|test|build|deps" >&2
        exit 2
        ;;
esac
