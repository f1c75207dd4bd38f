#include "core/fetch/providers/YahooChartParser.h"

#include <algorithm>
#include <cmath>
#include <optional>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

namespace Tessera::Fetch {
namespace {

/**
 * Exchange-local time of UTC instants. Offsets come from the IANA zone, looked up once per stretch
 * between two DST transitions instead of once per row (a zone lookup costs microseconds, and a long
 * daily history has thousands of rows).
 */
class ExchangeClock
{
public:
    ExchangeClock(const QString& zoneName, int fallbackOffset)
        : m_zone(zoneName.toUtf8())
        , m_offset(fallbackOffset)
    {}

    QDateTime local(qint64 secs)
    {
        if (m_zone.isValid() && (secs < m_validFrom || secs >= m_validUntil)) {
            const QDateTime utc = QDateTime::fromSecsSinceEpoch(secs, Qt::UTC);
            m_offset = m_zone.offsetFromUtc(utc);
            const QTimeZone::OffsetData before = m_zone.previousTransition(utc.addSecs(1));
            const QTimeZone::OffsetData after = m_zone.nextTransition(utc);
            m_validFrom =
                before.atUtc.isValid() ? before.atUtc.toSecsSinceEpoch() : std::numeric_limits<qint64>::min();
            m_validUntil =
                after.atUtc.isValid() ? after.atUtc.toSecsSinceEpoch() : std::numeric_limits<qint64>::max();
        }
        return QDateTime::fromSecsSinceEpoch(secs, Qt::OffsetFromUTC, m_offset);
    }

private:
    QTimeZone m_zone;
    int m_offset;
    qint64 m_validFrom = std::numeric_limits<qint64>::max();
    qint64 m_validUntil = std::numeric_limits<qint64>::min();
};

/**
 * Unix seconds of 0001-01-01T00:00:00Z and 9999-12-31T23:59:59Z. A timestamp outside them is no bar's
 * date, and converting a double beyond qint64 (Yahoo's ±1e300) to an integer is undefined behaviour:
 * the range is checked on the double, before any conversion.
 */
constexpr double kMinTimestamp = -62135596800.0;
constexpr double kMaxTimestamp = 253402300799.0;

/** Largest UTC offset any zone has had (±14 h), with room: a larger gmtoffset is not an offset. */
constexpr int kMaxGmtOffset = 18 * 3600;

/** Seconds since the epoch of a JSON timestamp, or nothing for null, text, NaN or out-of-range values. */
std::optional<qint64> timestampOf(const QJsonValue& v)
{
    if (!v.isDouble()) {
        return std::nullopt;
    }
    const double secs = v.toDouble();
    if (!(secs >= kMinTimestamp && secs <= kMaxTimestamp)) { // also false for NaN
        return std::nullopt;
    }
    return static_cast<qint64>(secs);
}

/** A number field of an event object; missing, null or text values are kMissing (for the gate to refuse). */
double eventNumber(const QJsonObject& e, const char* key)
{
    const QJsonValue v = e.value(QLatin1String(key));
    return v.isDouble() ? v.toDouble() : kMissing;
}

double number(const QJsonArray& values, qsizetype i)
{
    if (i >= values.size()) {
        return kMissing;
    }
    const QJsonValue v = values.at(i);
    return v.isDouble() ? v.toDouble() : kMissing;
}

QJsonObject chartObject(const QByteArray& body, QJsonParseError* error)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body, error);
    return doc.object().value(QStringLiteral("chart")).toObject();
}

} // namespace

std::optional<YahooChartError> yahooChartError(const QByteArray& body)
{
    QJsonParseError parseError{};
    const QJsonObject chart = chartObject(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return std::nullopt;
    }
    const QJsonObject error = chart.value(QStringLiteral("error")).toObject();
    if (error.isEmpty()) {
        return std::nullopt;
    }
    return YahooChartError{error.value(QStringLiteral("code")).toString(),
                           error.value(QStringLiteral("description")).toString()};
}

Result<YahooChart> parseYahooChart(const QByteArray& body, qint64 period2)
{
    if (body.trimmed().isEmpty()) {
        return fail(Error::invalidInput(QStringLiteral("empty answer from Yahoo")));
    }
    QJsonParseError parseError{};
    const QJsonObject chart = chartObject(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // The parser stops at the end of a body cut short; anywhere else the JSON itself is wrong.
        if (parseError.offset >= body.trimmed().size() - 1) {
            return fail(Error::invalidInput(
                QStringLiteral("truncated answer from Yahoo: the JSON ends after %1 bytes")
                    .arg(body.size())));
        }
        return fail(Error::invalidInput(QStringLiteral("invalid JSON from Yahoo at byte %1: %2")
                                            .arg(parseError.offset)
                                            .arg(parseError.errorString())));
    }
    if (const auto error = yahooChartError(body)) {
        return fail(
            Error::invalidInput(QStringLiteral("Yahoo: %1 (%2)").arg(error->description, error->code)));
    }
    const QJsonArray results = chart.value(QStringLiteral("result")).toArray();
    if (results.isEmpty() || !results.first().isObject()) {
        return fail(Error::invalidInput(QStringLiteral("Yahoo's answer has no chart.result")));
    }
    const QJsonObject result = results.first().toObject();

    YahooChart out;
    const QJsonObject meta = result.value(QStringLiteral("meta")).toObject();
    const auto text = [&meta](const char* key) {
        return meta.value(QLatin1String(key)).toString();
    };
    out.meta.symbol = text("symbol");
    out.meta.currency = text("currency");
    out.meta.exchangeName = text("exchangeName");
    out.meta.fullExchangeName = text("fullExchangeName");
    out.meta.instrumentType = text("instrumentType");
    out.meta.longName = text("longName");
    out.meta.shortName = text("shortName");
    out.meta.exchangeTimezoneName = text("exchangeTimezoneName");
    // toInt() gives 0 for anything that is not a whole number in int range; the clamp drops the rest.
    out.meta.gmtOffsetSeconds = meta.value(QStringLiteral("gmtoffset")).toInt();
    if (std::abs(out.meta.gmtOffsetSeconds) > kMaxGmtOffset) {
        out.meta.gmtOffsetSeconds = 0;
    }
    out.meta.dataGranularity = text("dataGranularity");
    ExchangeClock clock(out.meta.exchangeTimezoneName, out.meta.gmtOffsetSeconds);

    const QJsonArray timestamps = result.value(QStringLiteral("timestamp")).toArray();
    const QJsonObject indicators = result.value(QStringLiteral("indicators")).toObject();
    const QJsonObject quote = indicators.value(QStringLiteral("quote")).toArray().at(0).toObject();
    const QJsonArray open = quote.value(QStringLiteral("open")).toArray();
    const QJsonArray high = quote.value(QStringLiteral("high")).toArray();
    const QJsonArray low = quote.value(QStringLiteral("low")).toArray();
    const QJsonArray close = quote.value(QStringLiteral("close")).toArray();
    const QJsonArray volume = quote.value(QStringLiteral("volume")).toArray();
    const QJsonArray adjClose = indicators.value(QStringLiteral("adjclose"))
                                    .toArray()
                                    .at(0)
                                    .toObject()
                                    .value(QStringLiteral("adjclose"))
                                    .toArray();
    out.rows.reserve(timestamps.size());
    for (qsizetype i = 0; i < timestamps.size(); ++i) {
        YahooChartRow row;
        const std::optional<qint64> timestamp = timestampOf(timestamps.at(i));
        if (!timestamp) {
            // A null timestamp used to read as 0, i.e. 1969-12-31 in New York: never guess a date.
            ++out.badTimestamps;
            continue;
        }
        row.timestamp = *timestamp;
        if (row.timestamp >= period2) {
            ++out.lateRows;
            continue;
        }
        row.close = number(close, i);
        if (isMissing(row.close)) {
            ++out.nullRows;
            continue;
        }
        row.open = number(open, i);
        row.high = number(high, i);
        row.low = number(low, i);
        row.adjClose = number(adjClose, i);
        row.volume = number(volume, i);
        row.local = clock.local(row.timestamp);
        out.rows.append(row);
    }

    const QJsonObject events = result.value(QStringLiteral("events")).toObject();
    // An event's date is its "date" field, else its key (both Unix seconds); one with neither readable
    // is dropped and counted rather than dated 1970.
    const auto eventDate = [&clock, &out, period2](const QJsonObject& e, const QString& key, QDate* date) {
        std::optional<qint64> secs;
        if (e.contains(QStringLiteral("date"))) {
            secs = timestampOf(e.value(QStringLiteral("date")));
        } else {
            bool ok = false;
            const double fromKey = key.toDouble(&ok);
            secs = ok ? timestampOf(QJsonValue(fromKey)) : std::nullopt;
        }
        if (!secs) {
            ++out.badEvents;
            return false;
        }
        if (*secs >= period2) {
            return false;
        }
        *date = clock.local(*secs).date();
        return true;
    };
    const QJsonObject dividends = events.value(QStringLiteral("dividends")).toObject();
    for (auto it = dividends.begin(); it != dividends.end(); ++it) {
        const QJsonObject e = it.value().toObject();
        Dividend d;
        if (eventDate(e, it.key(), &d.date)) {
            d.amount = eventNumber(e, "amount");
            out.dividends.append(d);
        }
    }
    const QJsonObject splits = events.value(QStringLiteral("splits")).toObject();
    for (auto it = splits.begin(); it != splits.end(); ++it) {
        const QJsonObject e = it.value().toObject();
        Split s;
        if (eventDate(e, it.key(), &s.date)) {
            s.numerator = eventNumber(e, "numerator");
            s.denominator = eventNumber(e, "denominator");
            out.splits.append(s);
        }
    }
    std::sort(out.dividends.begin(), out.dividends.end(), [](const Dividend& a, const Dividend& b) {
        return a.date < b.date;
    });
    std::sort(
        out.splits.begin(), out.splits.end(), [](const Split& a, const Split& b) { return a.date < b.date; });
    return out;
}

BarSeries yahooDailyBars(const YahooChart& chart, const QString& ticker, qsizetype* duplicates)
{
    BarSeries series(ticker);
    series.reserve(chart.rows.size());
    for (const YahooChartRow& row : chart.rows) {
        series.append(
            Bar{row.local.date(), row.open, row.high, row.low, row.close, row.adjClose, row.volume});
    }
    // Rows arrive in time order, so "keep the last occurrence" keeps the later row of a repeated day.
    const qsizetype dropped = series.sortAndDeduplicate();
    if (duplicates) {
        *duplicates = dropped;
    }
    return series;
}

} // namespace Tessera::Fetch
