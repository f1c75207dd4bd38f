#!/usr/bin/python3
"""Regenerates the indicator golden files in this folder from the reference implementation.

    /usr/bin/python3 tests/data/golden/make_goldens.py [PEER_DIR]

PEER_DIR defaults to ../shared/bench/peer beside the checkout. Needs Debian's python3-pandas (the
system /usr/bin/python3). See README.md for what each file is and how TestIndicatorGoldens uses it.
"""
import csv
import math
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(os.path.dirname(HERE)))
PEER = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(REPO), "shared", "bench", "peer")
REAL = os.path.join(REPO, "tests", "data", "csv", "real")

# fixture name -> (file under tests/data/csv/real, date column, open, high, low, close, adj close or None, volume)
REAL_FIXTURES = {
    "JIOFIN": ("JIOFIN_2020-10-01_to_2025-09-30.csv", "timestamp", "open", "high", "low", "close", None, "volume"),
    "CALM": ("CALM-1d-no-bad-divs.csv", "Datetime", "Open", "High", "Low", "Close", "Adj Close", "Volume"),
    "SPY": ("yahoofinance-SPY-20200901-20210113.csv", "Date", "Open", "High", "Low", "Close", "Adj Close", "Volume"),
}


def fmt(x, digits):
    if x is None or (isinstance(x, float) and math.isnan(x)):
        return ""
    return repr(float(x)) if digits == 17 else "%.*g" % (digits, x)


def adjusted_rows(spec):
    """The adjusted view exactly as BarSeries::adjusted() computes it: factor = adj/close, O,H,L,C x factor."""
    path, dcol, ocol, hcol, lcol, ccol, acol, vcol = spec
    with open(os.path.join(REAL, path), newline="") as fh:
        rows = list(csv.DictReader(fh))
    out = {}
    for r in rows:
        c = float(r[ccol])
        a = float(r[acol]) if acol else float("nan")
        factor = 1.0 if (math.isnan(a) or math.isnan(c) or c == 0.0) else a / c
        out[r[dcol][:10]] = (float(r[ocol]) * factor, float(r[hcol]) * factor, float(r[lcol]) * factor,
                             c * factor, float(r[vcol]))
    return [(d,) + out[d] for d in sorted(out)]


def handmade(name):
    """Small series: flat, too short for most windows, and with missing values (gaps)."""
    rows = []
    if name == "flat":
        for i in range(40):
            rows.append((day(i), 100.0, 100.0, 100.0, 100.0, 1000.0))
    elif name == "short":
        for i in range(10):
            c = 50.0 + i * 0.5 - (i % 3) * 0.75
            rows.append((day(i), c - 0.2, c + 0.6, c - 0.7, c, 500.0 + 40 * i))
    elif name == "gaps":
        prev = 100.0
        for i in range(80):
            c = round(100 + 10 * math.sin(i / 5.0) + 0.3 * i, 2)
            h = c + 1 + (i % 3) * 0.5
            l = c - 1 - (i % 4) * 0.25
            o, v = prev, 1000.0 + ((i * 37) % 200) * 10
            prev = c
            if i == 25:
                c = float("nan")      # a missing close
            if i in (33, 34):
                h = l = float("nan")  # missing high and low
            if i == 47:
                v = float("nan")      # a missing volume
            rows.append((day(i), o, h, l, c, v))
    return rows


def day(i):
    """The i-th business day from 2024-01-01 (a Monday)."""
    import datetime
    d = datetime.date(2024, 1, 1)
    n = 0
    while n < i:
        d += datetime.timedelta(days=1)
        if d.weekday() < 5:
            n += 1
    return d.isoformat()


def write_input(name, rows):
    path = os.path.join(HERE, name + ".input.csv")
    with open(path, "w", newline="") as fh:
        fh.write("Date,Open,High,Low,Close,Volume\n")
        for r in rows:
            fh.write(",".join([r[0]] + [fmt(x, 17) for x in r[1:]]) + "\n")
    return path


def write_frame(path, dates, frame, digits=10):
    with open(path, "w", newline="") as fh:
        fh.write(",".join(["Date"] + list(frame.columns)) + "\n")
        for d, row in zip(dates, frame.itertuples(index=False)):
            cells = [d]
            for x in row:
                x = float(x)
                cells.append("NA" if math.isnan(x) else ("inf" if x == math.inf else
                                                         ("-inf" if x == -math.inf else fmt(x, digits))))
            fh.write(",".join(cells) + "\n")


def main():
    sys.path.insert(0, PEER)
    import numpy as np
    import pandas as pd
    import pipeline
    import ta
    import train_per_stock

    inputs = {}
    for name, spec in REAL_FIXTURES.items():
        inputs[name] = write_input(name, adjusted_rows(spec))
    for name in ("flat", "short", "gaps"):
        inputs[name] = write_input(name, handmade(name))
    for name, path in inputs.items():
        # What `ta.py IN.csv OUT.csv` writes (all_reference_columns), plus the columns Tessera adds,
        # computed with the same module's functions.
        df = pd.read_csv(path, float_precision="round_trip").sort_values("Date").reset_index(drop=True)
        cols = ta.all_reference_columns(df).drop(columns=["bb_upper_sample", "bb_lower_sample"])
        c, v = df["Close"].to_numpy(float), df["Volume"].to_numpy(float)
        lr = ta.log_returns(c)
        for n in (5, 10, 20, 50, 200):
            cols["ema_%d" % n] = ta.ema(c, n)
        cols["vol_5"] = ta.rolling_sd(lr, 5, 1)
        cols["hv_252"] = ta.rolling_sd(lr, 252, 1) * np.sqrt(252.0)
        cols["avg_volume_30"] = ta.sma(v, 30)
        cols["bb_width"] = (cols["bb_upper"] - cols["bb_lower"]) / cols["bb_middle"]
        dates = cols.pop("Date").tolist()
        write_frame(os.path.join(HERE, name + ".ta.csv"), dates, cols)
        df["Date"] = pd.to_datetime(df["Date"])
        write_frame(os.path.join(HERE, name + ".micro.csv"), dates, pipeline.compute_features(df))
        if name in ("CALM", "gaps"):
            feats, _ = train_per_stock.build_features(df)
            keep = slice(len(feats) - 260, None) if name == "CALM" else slice(None)
            write_frame(os.path.join(HERE, name + ".features.csv"), dates[keep], feats.astype(float)[keep])
    print("goldens written to", HERE)


if __name__ == "__main__":
    main()
