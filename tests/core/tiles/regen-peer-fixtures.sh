#!/bin/sh
# Regenerates the reference peer's fixtures (issue 18: both verdict formulas) with the peer in ../shared:
#   tests/data/peer_pipeline      the peer's three documents (default formula, directional) for the five
#                                 committed CSVs, and its verdict under --verdict seed (<T>_verdict_seed.json)
#   tests/data/peer_verdicts      the peer's verdicts under both formulas on the 50-symbol synthetic market
#                                 that TestPeerPipeline generates (synthetic_verdicts.json)
#   tests/core/tiles/regen-peer-fixtures.sh BUILD_DIR
# Needs Debian's python3-numpy and python3-pandas (the system interpreter, not a pyenv shim).
set -eu
build=${1:?usage: regen-peer-fixtures.sh BUILD_DIR}
here=$(cd "$(dirname "$0")" && pwd)
data=$(cd "$here/../../data" && pwd)
shared=$(cd "$here/../../../../shared" && pwd)
python=/usr/bin/python3
peer="$shared/bench/peer/pipeline.py"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# 1. The committed subset: the same CSVs, the peer's current output.
mkdir -p "$work/subset"
cp "$data"/peer_pipeline/*.csv "$work/subset/"
"$python" "$peer" "$work/subset" --out "$work/subset-directional" --workers 1 | tail -1
"$python" "$peer" "$work/subset" --out "$work/subset-seed" --workers 1 --verdict seed | tail -1
for csv in "$work"/subset/*.csv; do
    t=$(basename "$csv" .csv)
    cp "$work/subset-directional/$t.json" "$work/subset-directional/${t}_slippage.json" \
        "$work/subset-directional/${t}_monte_slippage.json" "$data/peer_pipeline/"
done
"$python" - "$work/subset-seed" "$data/peer_pipeline" <<'EOF'
import json, os, sys
src, dst = sys.argv[1], sys.argv[2]
for name in sorted(os.listdir(src)):
    if name.endswith(".json") and not name.endswith("_slippage.json"):
        verdict = json.load(open(os.path.join(src, name)))["verdict"]
        with open(os.path.join(dst, name[:-5] + "_verdict_seed.json"), "w") as fh:
            json.dump(verdict, fh, allow_nan=False)
EOF

# 2. The synthetic market of the agreement test, written by the test itself.
TESSERA_WRITE_SYNTHETIC_MARKET="$work/market" "$build/tests/core/tiles/TestPeerPipeline" writeSyntheticMarket \
    >/dev/null
for formula in directional seed; do
    "$python" "$peer" "$work/market" --out "$work/$formula" --workers 1 --verdict "$formula" | tail -2
done
mkdir -p "$data/peer_verdicts"
"$python" - "$work" "$data/peer_verdicts/synthetic_verdicts.json" <<'EOF'
import json, os, sys
work, out = sys.argv[1], sys.argv[2]
tickers = [t.strip() for t in open(os.path.join(work, "market", "tickers.txt")) if t.strip()]
doc = {"generator": json.load(open(os.path.join(work, "market", "generator.json"))),
       "peer": "shared/bench/peer/pipeline.py --verdict FORMULA --workers 1 (main.verdict of each ticker)",
       "verdicts": {}}
for formula in ("directional", "seed"):
    per = {}
    for t in tickers:
        v = json.load(open(os.path.join(work, formula, t + ".json")))["verdict"]
        assert v["formula"] == formula
        per[t] = {"direction": v["direction"], "score": v["score"], **v["components"]}
    doc["verdicts"][formula] = per
with open(out, "w") as fh:
    json.dump(doc, fh, indent=1, sort_keys=True, allow_nan=False)
    fh.write("\n")
EOF
echo "regenerated $data/peer_pipeline and $data/peer_verdicts"
