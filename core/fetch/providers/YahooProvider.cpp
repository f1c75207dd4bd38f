#include "core/fetch/providers/YahooProvider.h"

#include "core/fetch/providers/YahooChartParser.h"

namespace Tessera::Fetch {
namespace {

/** period1 for "max": Yahoo's own clients ask from 1900 to get a symbol's whole history. */
constexpr qint64 kEarliestPeriod1 = -2208988800; // 1900-01-01T00:00:00Z

} // namespace

YahooProvider::YahooProvider(NetworkOptions options, QDateTime now)
    : NetworkProvider(std::move(options), std::move(now))
{}

QString YahooProvider::rateLimitedReason()
{
    return QStringLiteral("rate limited by Yahoo — try later or lower the request rate");
}

Result<QUrl> YahooProvider::urlFor(const FetchUnit& unit, const Window& window) const
{
    const qint64 period1 =
        window.from.isValid() ? window.from.startOfDay(Qt::UTC).toSecsSinceEpoch() : kEarliestPeriod1;
    // Concatenated, not arg()-formatted: an encoded ticker holds "%3D"-like sequences that a later
    // arg() would take for placeholders.
    const QString url = options().baseUrl + QStringLiteral("/v8/finance/chart/")
                        + QString::fromLatin1(QUrl::toPercentEncoding(unit.ticker))
                        + QStringLiteral("?period1=") + QString::number(period1) + QStringLiteral("&period2=")
                        + QString::number(window.until.toSecsSinceEpoch())
                        + QStringLiteral("&interval=1d&events=div,splits&includeAdjustedClose=true");
    return QUrl(url);
}

Result<FetchedBars>
YahooProvider::parse(const FetchUnit& unit, const Window& window, const HttpResponse& response) const
{
    if (response.status != 200) {
        const auto chartError = yahooChartError(response.body);
        if (response.status == 429) {
            return fail(Error::io(rateLimitedReason()));
        }
        if (response.status == 404) {
            return fail(Error::notFound(
                chartError
                    ? QStringLiteral("unknown or delisted symbol (Yahoo: %1)").arg(chartError->description)
                    : QStringLiteral("unknown or delisted symbol (HTTP 404)")));
        }
        if (chartError) {
            return fail(Error::invalidInput(QStringLiteral("Yahoo refused the request (HTTP %1): %2")
                                                .arg(response.status)
                                                .arg(chartError->description)));
        }
        if (response.status >= 500) {
            return fail(Error::io(QStringLiteral("Yahoo server error (HTTP %1) after %2 attempt(s)")
                                      .arg(response.status)
                                      .arg(response.attempts)));
        }
        return fail(Error::io(QStringLiteral("unexpected HTTP %1 from Yahoo").arg(response.status)));
    }
    if (response.body.trimmed().startsWith('<')) {
        // A captive portal, a consent page or an outage notice: say so rather than "invalid JSON", and
        // where a redirect led (a consent page lives on another host).
        const QString type = response.contentType.isEmpty() ? QStringLiteral("no content type")
                                                            : QString::fromLatin1(response.contentType);
        const bool moved = response.finalUrl.isValid() && response.finalUrl.host() != response.url.host();
        return fail(Error::io(
            QStringLiteral("Yahoo sent an HTML page instead of chart data (%1)")
                .arg(moved ? QStringLiteral("%1, after a redirect to %2").arg(type, response.finalUrl.host())
                           : type)));
    }
    auto chart = parseYahooChart(response.body, window.until.toSecsSinceEpoch());
    if (!chart) {
        return fail(chart.error());
    }
    if (chart->meta.symbol.isEmpty()) {
        // Without it nothing says the bars are the ticker's (the validation gate compares it).
        return fail(Error::invalidInput(
            QStringLiteral("Yahoo's answer for %1 names no symbol (meta.symbol); stored history kept")
                .arg(unit.ticker)));
    }
    FetchedBars out;
    out.ticker = unit.ticker;
    out.sourceSymbol = chart->meta.symbol;
    out.replacesHistory = !window.incremental;
    qsizetype duplicates = 0;
    out.series = yahooDailyBars(*chart, unit.ticker, &duplicates);
    if (out.series.isEmpty() && chart->badTimestamps > 0) {
        // Rows came, none with a usable date: not "nothing new", even for an update.
        return fail(Error::invalidInput(
            QStringLiteral("%1: no valid bars; stored history kept (%2 timestamp(s) null or out of range)")
                .arg(unit.ticker)
                .arg(chart->badTimestamps)));
    }
    if (out.series.isEmpty() && !window.incremental) {
        return fail(Error::notFound(
            QStringLiteral("Yahoo returned no bars for %1 in the requested range").arg(unit.ticker)));
    }
    out.meta = unit.meta;
    out.meta.ticker = unit.ticker;
    out.meta.currency = chart->meta.currency;
    out.meta.exchange =
        chart->meta.fullExchangeName.isEmpty() ? chart->meta.exchangeName : chart->meta.fullExchangeName;
    if (out.meta.name.isEmpty()) {
        out.meta.name = chart->meta.longName.isEmpty() ? chart->meta.shortName : chart->meta.longName;
    }
    out.dividends = chart->dividends;
    out.splits = chart->splits;
    if (chart->nullRows > 0) {
        out.warnings << QStringLiteral("skipped %1 bar(s) whose values are null").arg(chart->nullRows);
    }
    if (chart->badTimestamps > 0) {
        out.warnings << QStringLiteral("%1: skipped %2 bar(s) whose timestamp is null or out of range")
                            .arg(unit.ticker)
                            .arg(chart->badTimestamps);
    }
    if (chart->badEvents > 0) {
        out.warnings << QStringLiteral("%1: skipped %2 dividend(s) or split(s) without a usable date")
                            .arg(unit.ticker)
                            .arg(chart->badEvents);
    }
    if (duplicates > 0) {
        out.warnings
            << QStringLiteral("%1 day(s) came twice (live session); the later bar was kept").arg(duplicates);
    }
    return out;
}

} // namespace Tessera::Fetch
