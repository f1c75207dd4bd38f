// libFuzzer harness: bar CSV files (Fetch::parseBarsCsvData, README "CSV import rules") and the
// ticker-from-file-name rules (Fetch::tickerFromFileName). Seeds: tests/data/csv, tests/data/golden.
#include <cmath>
#include <cstddef>
#include <cstdint>

#include <QFileInfo>

#include "core/fetch/providers/CsvBarFile.h"

#include "tests/fuzz/FuzzSupport.h"

using namespace Tessera;

namespace {

/**
 * File names that take each ticker-from-file-name rule (and a few that give no ticker at all). An input
 * without a "\n#name=" trailer is read under the one its length picks, so the corpus meets all of them.
 */
const char* const kNames[] = {
    "yahoofinance-SPY-20200901-20210113.csv", // 1. mplfinance
    "M&M_2020-10-01_to_2025-09-30.csv",       // 2. Upstox export
    "S%26P500_2020-10-01_to_2025-09-30.csv",  // 2. a URL-encoded name: '%2' is no arg() marker
    "4063-T-1d-bad-stock-split.csv",          // 3. yfinance, exchange suffix
    "CALM-1d-no-bad-divs.csv",                // 3. yfinance, no suffix
    "nvda-1999-2014.txt",                     // 4. backtrader
    "aapl_us_d.csv",                          // 5. Stooq
    "GOOG_backtesting.py.csv",                // 6. before the first '_'
    "niftyindex",                             // 6. whole stem, no extension
    "data/SPY.CSV",                           // a folder in front
    ".csv",                                   // empty stem: no ticker
    "_x.csv",                                 // empty text before '_'
    "-1d-.csv",                               // interval token with nothing before it
    "yahoofinance--20200901-20210113.csv",    // empty SYM
};

bool finiteNonNegativeOrMissing(double v)
{
    return isMissing(v) || (std::isfinite(v) && v >= 0);
}

void checkSymbol(const Fetch::CsvSymbolBars& s, const QString& file)
{
    const QString who = file + QStringLiteral(" ") + s.ticker;
    FUZZ_CHECK(!s.ticker.isEmpty(), who);
    FUZZ_CHECK(s.series.ticker() == s.ticker, who);
    // Every data row is a kept bar, a skipped null row or a repeated date.
    FUZZ_CHECK(s.rows == s.series.size() + s.nullRows + s.duplicateDates, who);
    const auto& days = s.series.days();
    for (qsizetype i = 0; i < s.series.size(); ++i) {
        const Bar b = s.series.at(i);
        FUZZ_CHECK(b.date.isValid(), who);
        FUZZ_CHECK(i == 0 || days[size_t(i - 1)] < days[size_t(i)],
                   who + QStringLiteral(": dates not ascending"));
        FUZZ_CHECK(!isMissing(b.close), who + QStringLiteral(": bar without close"));
        for (double v : {b.open, b.high, b.low, b.close, b.adjClose, b.volume}) {
            FUZZ_CHECK(finiteNonNegativeOrMissing(v), who + QStringLiteral(": value %1").arg(v));
        }
        FUZZ_CHECK(isMissing(b.high) || isMissing(b.low) || b.high >= b.low,
                   who + QStringLiteral(": high < low"));
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    QByteArray csv = Fuzz::bytes(data, size);
    QString name = Fuzz::takeNameTrailer(csv);
    if (name.isNull()) {
        name = QString::fromLatin1(kNames[size % std::size(kNames)]);
    }
    // Every fifth input also meets a small line cap, the path that refuses overlong lines.
    const qint64 maxLine = size % 5 == 0 ? 64 : Fetch::kMaxBarCsvLineBytes;

    const QString ticker = Fetch::tickerFromFileName(name);
    FUZZ_CHECK(ticker == ticker.trimmed(), ticker);

    const auto parsed = Fetch::parseBarsCsvData(csv, name, maxLine);
    const QString file = QFileInfo(name).fileName();
    if (!parsed) {
        FUZZ_CHECK(parsed.error().code == ErrorCode::InvalidInput, parsed.error().message);
        FUZZ_CHECK_ERROR(parsed.error(), file + u':');
        return 0;
    }
    FUZZ_CHECK(parsed->file == file, parsed->file);
    FUZZ_CHECK(!parsed->symbols.isEmpty(), file);
    for (const QString& w : parsed->warnings) {
        FUZZ_CHECK(w.startsWith(file + u':'), w);
    }
    for (const Fetch::CsvSymbolBars& s : parsed->symbols) {
        checkSymbol(s, file);
        if (!parsed->symbolFromColumn) {
            FUZZ_CHECK(parsed->symbols.size() == 1, file);
        }
    }
    return 0;
}
