#!/usr/bin/python3
"""Hourly crypto market for the crypto-incr / crypto-full benchmarks (issue 21).

Resamples the 20 shared Binance pairs (../shared/data/ohlcv/intraday/crypto_binance_usdt) into N pairs:
pair k takes the hourly log returns of shared pair k % 20 plus fresh Gaussian noise (sd = 30 % of that
pair's return sd, seed = --seed + k), rebuilt from the pair's first close; high/low keep the source bar's
relative range, volume is scaled by a per-pair factor. Times are moved so that the last bar opens
--end-offset hours before the current UTC hour (so predictions made on it are fresh); --hours bars per
pair (the source repeats when longer). Writes DIR/PAIRk_1h.csv in the shared layout
(date,open,high,low,close,volume,ticker). --append N instead adds the next N hours to existing files.
"""
import argparse
import csv
import datetime as dt
import math
import os
import random
import sys


def read_pair(path):
    rows = []
    with open(path, newline="") as f:
        for r in csv.DictReader(f):
            rows.append((float(r["open"]), float(r["high"]), float(r["low"]), float(r["close"]), float(r["volume"])))
    return rows


def bars(source, k, seed, n):
    rng = random.Random(seed + k)
    closes = [r[3] for r in source]
    rets = [math.log(closes[i] / closes[i - 1]) for i in range(1, len(closes))]
    sd = (sum(x * x for x in rets) / len(rets)) ** 0.5
    vol_factor = 0.5 + rng.random()
    price = closes[0] * (0.5 + rng.random())
    out = []
    for i in range(n):
        o, h, l, c, v = source[i % len(source)]
        r = rets[i % len(rets)] + rng.gauss(0.0, 0.3 * sd)
        new = price * math.exp(r)
        up = max(h / max(o, c), 1.0)
        down = min(l / min(o, c), 1.0)
        out.append((price, max(price, new) * up, min(price, new) * down, new, v * vol_factor))
        price = new
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", required=True)
    ap.add_argument("--pairs", type=int, default=100)
    ap.add_argument("--hours", type=int, default=4400)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--end-offset", type=int, default=7, help="hours before the current hour of the last open")
    ap.add_argument("--append", type=int, default=0, help="add this many hours to the files in --out")
    ap.add_argument("--out", required=True)
    a = ap.parse_args()
    names = sorted(f for f in os.listdir(a.shared) if f.endswith("_1h.csv"))
    if len(names) < 20:
        sys.exit("gen_crypto: expected the 20 shared pairs in %s" % a.shared)
    sources = [read_pair(os.path.join(a.shared, f)) for f in names]
    now = dt.datetime.now(dt.timezone.utc).replace(minute=0, second=0, microsecond=0, tzinfo=None)
    os.makedirs(a.out, exist_ok=True)
    total = a.hours + a.append
    last_open = now - dt.timedelta(hours=a.end_offset) + dt.timedelta(hours=a.append)
    first_open = last_open - dt.timedelta(hours=total - 1)
    for k in range(a.pairs):
        ticker = "P%03dUSDT" % k
        series = bars(sources[k % 20], k, a.seed, total)
        path = os.path.join(a.out, ticker + "_1h.csv")
        rows = range(a.hours, total) if a.append else range(total)
        with open(path, "a" if a.append else "w", newline="") as f:
            if not a.append:
                f.write("date,open,high,low,close,volume,ticker\n")
            for i in rows:
                t = first_open + dt.timedelta(hours=i)
                o, h, l, c, v = series[i]
                f.write("%s,%.8f,%.8f,%.8f,%.8f,%.8f,%s\n" % (t.strftime("%Y-%m-%d %H:%M:%S"), o, h, l, c, v, ticker))


if __name__ == "__main__":
    main()
