#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>

#include "core/common/ReadLimits.h"
#include "core/common/Result.h"
#include "core/market/BarSeries.h"

namespace Tessera::Fetch {

/** One symbol's bars read from a CSV file, with counts for the import report. */
struct CsvSymbolBars
{
    QString ticker;
    BarSeries series;       ///< ascending, unique dates
    qsizetype rows = 0;     ///< data rows read for this symbol (before dropping null rows)
    qsizetype nullRows = 0; ///< rows skipped because every price was "null"/empty (Yahoo's missing days)
    qsizetype duplicateDates = 0; ///< rows that repeated a date (the later row was kept)
};

/** Everything read from one CSV file. */
struct CsvParseResult
{
    QString file;
    QList<CsvSymbolBars> symbols;  ///< one entry, or several for long multi-symbol files
    bool symbolFromColumn = false; ///< tickers came from a per-row symbol column
    QStringList warnings;          ///< "file:line: ..." notes that did not stop the import
    /** Set (and also in warnings) when the day/month order of the dates was assumed, not read from them. */
    QString dateOrderNote;
};

/** The longest line a bar CSV may have: a bar row is under 200 bytes, a wide header a few KB. */
inline constexpr qint64 kMaxBarCsvLineBytes = qint64(1) << 20;

/**
 * The default caps of parseBarsCsvFile: files up to 256 MB and lines up to 1 MB. A load holds 3 to 8
 * times the file at its peak (measured with `fetch --provider csv:FILE`: 270 MB for a 90 MB long file
 * of 8 columns, 594 MB for a 72 MB file of Symbol,Date,Close rows), so the cap keeps a load under
 * about 2 GB. Real files are far smaller: one symbol's 30 years of daily bars are ~0.5 MB, 500 days
 * of 2,500 symbols in one long file 90 MB.
 */
ReadLimits barCsvReadLimits();

/**
 * Reads daily OHLCV bars from a CSV file in any of the layouts Tessera accepts (see README "CSV
 * import rules"): Yahoo `Date,Open,High,Low,Close,Adj Close,Volume`, Stooq (no Adj Close, optional
 * Volume), yfinance `Datetime` with a time-zone suffix, NSE/Upstox `timestamp,open,...,oi`, quantmod
 * `SYM.Open`, an unnamed index column, long multi-symbol files with a Symbol/Ticker/Name/Stock/Code column,
 * CRLF or LF, with or without a final newline, ascending or descending dates, ISO, D/M/Y or M/D/Y dates,
 * ',', ';' or tab delimiters (from the header line; ';' and tab files may use a decimal comma), UTF-8
 * or UTF-16 with a byte-order mark.
 *
 * A malformed line (bad number, bad date, wrong field count, High < Low, negative value) fails the whole file
 * with an error naming the file and line, so nothing half-read is ever stored. A file larger than
 * limits.maxFileBytes is refused before it is read, naming the file and its size; a line longer than
 * limits.maxLineBytes fails the file with its line number. Rows whose prices are all
 * "null" or empty are skipped and counted. Pure function: no database, thread-safe.
 */
[[nodiscard]] Result<CsvParseResult> parseBarsCsvFile(const QString& path,
                                                      const ReadLimits& limits = barCsvReadLimits());

/**
 * Same as parseBarsCsvFile on in-memory data; name is used for tickers-from-file-name and messages.
 * A line longer than maxLineBytes fails the whole data ("NAME:LINE: line longer than 1 MB") before
 * anything is parsed, so no line is ever split into fields that could take many times its size.
 */
[[nodiscard]] Result<CsvParseResult>
parseBarsCsvData(const QByteArray& data, const QString& name, qint64 maxLineBytes = kMaxBarCsvLineBytes);

/**
 * The ticker a file name stands for when the file has no symbol column (the documented rule, README
 * "CSV import rules"): e.g. "ADANIENT_2020-10-01_to_2025-09-30.csv" -> "ADANIENT",
 * "yahoofinance-AAPL-20040819-20180120.csv" -> "AAPL", "nvda-1999-2014.txt" -> "NVDA",
 * "IBE-MC-1d-no-bad-divs.csv" -> "IBE.MC", "aapl_us_d.csv" -> "AAPL", "M&M_...csv" -> "M&M".
 */
QString tickerFromFileName(const QString& path);

/** Where a file's tickers come from, judged from its header line alone (for planning a folder). */
struct CsvFileTickers
{
    bool symbolColumn = false; ///< a per-row symbol column: only a full parse knows the tickers
    QString ticker;            ///< otherwise the one ticker: quantmod column prefix, else the file name
    /** No header cell names a date or a price (a tickers list, a fundamentals table): not bar data at all. */
    bool notPriceData = false;
};

/**
 * Reads only the header line of path. A file that cannot be read or has no usable header gets the
 * file-name ticker; parsing it later reports the actual error. Thread-safe.
 */
CsvFileTickers sniffCsvTickers(const QString& path);

} // namespace Tessera::Fetch
