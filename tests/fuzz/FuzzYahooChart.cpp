// libFuzzer harness: Yahoo chart answers (Fetch::parseYahooChart, yahooChartError, yahooDailyBars), the
// JSON a network load trusts least. Only the public functions are called, so the harness builds against
// any version of the parser. Seeds: tests/data/yahoo (the largest truncated to -max_len).
#include <algorithm>
#include <cstddef>
#include <cstdint>

#include "core/fetch/providers/YahooChartParser.h"

#include "tests/fuzz/FuzzSupport.h"

using namespace Tessera;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray body = Fuzz::bytes(data, size);
    // Two inputs in three run with a period2 (2021-01-04 00:00 UTC, the seeds' end), the rest without.
    const qint64 period2 = size % 3 == 0 ? std::numeric_limits<qint64>::max() : qint64(1609718400);

    if (const auto error = Fetch::yahooChartError(body)) {
        const auto parsed = Fetch::parseYahooChart(body, period2);
        FUZZ_CHECK(!parsed, QStringLiteral("chart.error but parsed"));
    }
    const auto chart = Fetch::parseYahooChart(body, period2);
    if (!chart) {
        FUZZ_CHECK(chart.error().code == ErrorCode::InvalidInput, chart.error().message);
        FUZZ_CHECK(!chart.error().message.isEmpty(), QStringLiteral("empty error message"));
        return 0;
    }
    FUZZ_CHECK(chart->nullRows >= 0 && chart->lateRows >= 0, QStringLiteral("negative counts"));
    for (const Fetch::YahooChartRow& row : chart->rows) {
        FUZZ_CHECK(row.timestamp < period2, QString::number(row.timestamp));
        FUZZ_CHECK(!isMissing(row.close), QString::number(row.timestamp));
    }
    const auto byDate = [](const auto& a, const auto& b) {
        return a.date < b.date;
    };
    FUZZ_CHECK(std::is_sorted(chart->dividends.begin(), chart->dividends.end(), byDate),
               QStringLiteral("dividends"));
    FUZZ_CHECK(std::is_sorted(chart->splits.begin(), chart->splits.end(), byDate), QStringLiteral("splits"));

    qsizetype duplicates = -1;
    const BarSeries bars = Fetch::yahooDailyBars(*chart, QStringLiteral("FUZZ"), &duplicates);
    FUZZ_CHECK(bars.ticker() == QStringLiteral("FUZZ"), bars.ticker());
    FUZZ_CHECK(duplicates >= 0 && bars.size() + duplicates == chart->rows.size(),
               QStringLiteral("%1 bars + %2 duplicates != %3 rows")
                   .arg(bars.size())
                   .arg(duplicates)
                   .arg(chart->rows.size()));
    const auto& days = bars.days();
    for (size_t i = 1; i < days.size(); ++i) {
        FUZZ_CHECK(days[i - 1] < days[i], QStringLiteral("daily bars not ascending"));
    }
    for (qsizetype i = 0; i < bars.size(); ++i) {
        // A bar without a day would be stored under no date at all.
        FUZZ_CHECK(bars.date(i).isValid(),
                   QStringLiteral("bar %1 of %2 has no valid date").arg(i).arg(bars.size()));
    }
    return 0;
}
