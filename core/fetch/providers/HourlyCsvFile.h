#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include "core/common/Result.h"
#include "core/market/HourlySeries.h"

namespace Tessera::Fetch {

/** Everything read from one hourly CSV file: one series per symbol (several for a long file). */
struct HourlyCsvResult
{
    QString file;
    QList<HourlySeries> symbols; ///< ascending, unique open times
    bool symbolFromColumn = false;
    QStringList warnings;
};

/**
 * Reads 60-minute OHLCV bars from CSV text (issue 21). Layouts: a time column named date, datetime,
 * timestamp, time, open time / open_time or an unnamed first column; open, high, low, close and
 * optionally volume (any case, '_', '-', ' ' ignored); optionally a ticker / symbol / pair column
 * (otherwise the ticker comes from the file name: "BTCUSDT_1h.csv" → BTCUSDT). Times are either
 *  - text "YYYY-MM-DD HH:MM[:SS[.fff]]" (or with 'T'), optionally with "Z" or a UTC offset ("+05:30",
 *    "+0530"): an offset is applied; a naive time is UTC (Binance exports, the shared crypto files);
 *  - epoch numbers: seconds, or milliseconds when the value is above 10^11 (Binance's klines).
 * Each time is the bar's OPEN. Delimiter ',', ';' or tab; CRLF or LF; a UTF-8 byte-order mark.
 *
 * Refused with "FILE:LINE: reason": a malformed number or time, a wrong field count, and a file whose
 * bars are less than an hour apart ("FILE: bars are 15 minutes apart; Tessera stores 60-minute bars").
 * Rows whose prices are all empty or "null" are skipped and counted in a warning. Pure, thread-safe.
 */
[[nodiscard]] Result<HourlyCsvResult> parseHourlyCsvData(const QByteArray& data, const QString& name);

/** parseHourlyCsvData on a file (read whole, up to the bar CSV size cap). */
[[nodiscard]] Result<HourlyCsvResult> parseHourlyCsvFile(const QString& path);

/**
 * Whether path holds intraday bars: its first data rows have times of day, or epoch times less than a
 * day apart. Reads the first few KB only; false for anything it cannot read (the daily reader then
 * reports why). Thread-safe.
 */
bool isIntradayCsv(const QString& path);

/** Parses one time cell as above into epoch seconds; false when it is not a time. */
bool parseHourlyTime(QByteArrayView cell, qint64& epochSeconds);

} // namespace Tessera::Fetch
