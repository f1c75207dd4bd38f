#!/bin/sh
# Compares Tessera's analysis with the reference peer on a whole generated market (acceptance 1 of
# issue 6) and prints the largest relative difference per JSON field.
#   tests/core/tiles/compare-peer.sh BUILD_DIR [SYMBOLS] [SEED] [FORMULA]
# FORMULA is the peer's --verdict (directional, its default, or seed); Tessera follows the formula each
# peer document names.
# Needs ../shared (gen_market.py, peer/pipeline.py) and Debian's python3-numpy and python3-pandas.
set -eu
build=${1:?usage: compare-peer.sh BUILD_DIR [SYMBOLS] [SEED] [FORMULA]}
symbols=${2:-50}
seed=${3:-7}
formula=${4:-directional}
here=$(cd "$(dirname "$0")" && pwd)
shared=$(cd "$here/../../../../shared" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# The system interpreter: numpy and pandas come from Debian packages, not a pyenv shim.
python=/usr/bin/python3
"$python" "$shared/bench/gen_market.py" --symbols "$symbols" --days 500 --seed "$seed" --out "$work/data" >/dev/null
"$python" "$shared/bench/peer/pipeline.py" "$work/data" --out "$work/peer" --workers 1 --verdict "$formula" | tail -1
TESSERA_PEER_DATA="$work/data" TESSERA_PEER_OUT="$work/peer" \
    "$build/tests/core/tiles/TestPeerPipeline" wholeFolder
