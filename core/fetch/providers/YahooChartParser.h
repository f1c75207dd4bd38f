#pragma once

#include <limits>
#include <optional>

#include <QByteArray>
#include <QDateTime>
#include <QList>

#include "core/common/Result.h"
#include "core/market/BarSeries.h"
#include "core/market/CorporateAction.h"

namespace Tessera::Fetch {

/** The fields of a Yahoo chart answer's `meta` that Tessera uses. */
struct YahooChartMeta
{
    QString symbol;
    QString currency;         ///< as Yahoo spells it: "USD", "GBp" (pence), "INR"
    QString exchangeName;     ///< short code: "NMS", "NSI"
    QString fullExchangeName; ///< "NasdaqGS"; empty in older answers
    QString instrumentType;   ///< "EQUITY", "ETF", "CURRENCY", ...
    QString longName;
    QString shortName;
    QString exchangeTimezoneName; ///< IANA zone: "America/New_York"
    int gmtOffsetSeconds = 0;     ///< the zone's offset when the answer was made (DST-blind fallback)
    QString dataGranularity;      ///< "1d", "60m", "1m", ...
};

/** One row of a chart: the bar's start instant, its exchange-local time, and the values (kMissing = null). */
struct YahooChartRow
{
    qint64 timestamp = 0; ///< seconds since the epoch (UTC)
    QDateTime local;      ///< the same instant in the exchange's time zone
    double open = kMissing;
    double high = kMissing;
    double low = kMissing;
    double close = kMissing;
    double adjClose = kMissing; ///< daily answers with includeAdjustedClose only
    double volume = kMissing;
};

/** A parsed chart answer (chart.result[0]). */
struct YahooChart
{
    YahooChartMeta meta;
    QList<YahooChartRow> rows; ///< ascending; rows without a close and rows at/after period2 dropped
    QList<Dividend> dividends; ///< ascending by exchange-local ex-date
    QList<Split> splits;
    qsizetype nullRows = 0; ///< rows dropped because their close (usually every value) was null
    qsizetype lateRows = 0; ///< rows dropped because they start at or after period2
    /** Rows dropped because their timestamp was null, not a number or outside years 1..9999. */
    qsizetype badTimestamps = 0;
    qsizetype badEvents = 0; ///< dividends and splits dropped for the same reason
};

/**
 * Parses the body of a chart answer with HTTP status 200: `chart.result[0]` with its timestamps,
 * `indicators.quote[0]` arrays, `indicators.adjclose[0].adjclose` and `events.dividends/splits`.
 * Timestamps become exchange-local times through meta.exchangeTimezoneName (QTimeZone), or the fixed
 * meta.gmtoffset when the zone is unknown; a null or out-of-range timestamp (checked before any
 * conversion to an integer) drops its row or event and is counted, never dated 1970. Values are kept
 * as sent (kMissing for null): judging them is the validation gate's work. Rows at or after period2 (seconds)
 * are dropped: Yahoo may append the session in progress. An answer without timestamps is an empty chart, not
 * an error. Errors (InvalidInput, one line for the user): invalid JSON, a body cut short, `chart.error`, or
 * no `chart.result`. Pure function, thread-safe.
 */
[[nodiscard]] Result<YahooChart> parseYahooChart(const QByteArray& body,
                                                 qint64 period2 = std::numeric_limits<qint64>::max());

/**
 * Daily bars of a chart, dated by the exchange-local day. When a day appears twice (Yahoo's duplicated
 * last bar of a live session) the later row wins; *duplicates counts those dropped.
 */
BarSeries yahooDailyBars(const YahooChart& chart, const QString& ticker, qsizetype* duplicates = nullptr);

/** `chart.error` of an error answer ({"chart":{"result":null,"error":{code, description}}}), if any. */
struct YahooChartError
{
    QString code;        ///< "Not Found", "Bad Request", "Unprocessable Entity"
    QString description; ///< "No data found, symbol may be delisted"
};
std::optional<YahooChartError> yahooChartError(const QByteArray& body);

} // namespace Tessera::Fetch
