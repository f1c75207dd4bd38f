#include "core/fetch/providers/StooqProvider.h"

#include <QHash>
#include <QRegularExpression>

#include "core/fetch/providers/CsvBarFile.h"

namespace Tessera::Fetch {
namespace {

QString stooqDay(const QDate& date)
{
    return date.toString(QStringLiteral("yyyyMMdd"));
}

/** The <title> of an HTML page, to say which page Stooq sent instead of data. */
QString htmlTitle(const QByteArray& body)
{
    static const QRegularExpression title(QStringLiteral("<title[^>]*>([^<]*)</title>"),
                                          QRegularExpression::CaseInsensitiveOption);
    const auto match = title.match(QString::fromUtf8(body.left(4096)));
    return match.hasMatch() ? match.captured(1).simplified() : QString();
}

} // namespace

Result<QString> stooqSymbol(const QString& ticker)
{
    const QString t = ticker.trimmed();
    if (t.isEmpty()) {
        return fail(Error::invalidInput(QStringLiteral("empty ticker")));
    }
    const QString upper = t.toUpper();
    if (upper.endsWith(u".NS") || upper.endsWith(u".BO")) {
        return fail(Error::notFound(
            QStringLiteral("Stooq has no daily data for Indian listings (%1): use --provider yahoo").arg(t)));
    }
    if (upper.endsWith(u"=X")) {
        return upper.chopped(2).toLower();
    }
    if (upper.startsWith(u'^')) {
        static const QHash<QString, QString> indexes = {{QStringLiteral("^GSPC"), QStringLiteral("^spx")},
                                                        {QStringLiteral("^SPX"), QStringLiteral("^spx")},
                                                        {QStringLiteral("^NDX"), QStringLiteral("^ndx")},
                                                        {QStringLiteral("^DJI"), QStringLiteral("^dji")}};
        return indexes.value(upper, t.toLower());
    }
    static const QHash<QString, QString> suffixes = {{QStringLiteral("L"), QStringLiteral("uk")},
                                                     {QStringLiteral("DE"), QStringLiteral("de")},
                                                     {QStringLiteral("F"), QStringLiteral("de")},
                                                     {QStringLiteral("T"), QStringLiteral("jp")},
                                                     {QStringLiteral("HK"), QStringLiteral("hk")},
                                                     {QStringLiteral("US"), QStringLiteral("us")},
                                                     {QStringLiteral("UK"), QStringLiteral("uk")},
                                                     {QStringLiteral("JP"), QStringLiteral("jp")},
                                                     {QStringLiteral("HU"), QStringLiteral("hu")},
                                                     {QStringLiteral("PL"), QStringLiteral("pl")}};
    const qsizetype dot = t.lastIndexOf(u'.');
    if (dot <= 0) {
        return t.toLower() + QStringLiteral(".us");
    }
    const QString suffix = upper.mid(dot + 1);
    return t.left(dot).toLower() + u'.' + suffixes.value(suffix, suffix.toLower());
}

Result<StooqCsv> parseStooqCsv(const QByteArray& raw, const QString& symbol)
{
    const QByteArray body = raw.trimmed();
    if (body.compare("No data", Qt::CaseInsensitive) == 0) {
        return fail(Error::notFound(
            QStringLiteral("no data at Stooq for %1 (unknown symbol or nothing in the range)").arg(symbol)));
    }
    if (body.contains("Exceeded the daily hits limit")) {
        return fail(Error::io(QStringLiteral("Stooq: exceeded the daily hits limit — try again tomorrow")));
    }
    if (body.startsWith('<') || body.left(512).toLower().contains("<html")) {
        const QString title = htmlTitle(body);
        return fail(Error::io(
            QStringLiteral("Stooq sent an HTML page instead of CSV for %1%2")
                .arg(symbol, title.isEmpty() ? QString() : QStringLiteral(" (\"%1\")").arg(title))));
    }
    auto parsed = parseBarsCsvData(raw, symbol + QStringLiteral(".csv"));
    if (!parsed) {
        return fail(parsed.error());
    }
    if (parsed->symbols.isEmpty() || parsed->symbols.front().series.isEmpty()) {
        return fail(Error::notFound(QStringLiteral("Stooq returned no bars for %1").arg(symbol)));
    }
    return StooqCsv{parsed->symbols.front().series, parsed->warnings};
}

StooqProvider::StooqProvider(NetworkOptions options, QDateTime now)
    : NetworkProvider(std::move(options), std::move(now))
{}

Result<QUrl> StooqProvider::urlFor(const FetchUnit& unit, const Window& window) const
{
    auto symbol = stooqSymbol(unit.ticker);
    if (!symbol) {
        return fail(symbol.error());
    }
    QString url = options().baseUrl + QStringLiteral("/q/d/l/?s=")
                  + QString::fromLatin1(QUrl::toPercentEncoding(*symbol)) + QStringLiteral("&i=d");
    if (window.from.isValid()) {
        url += QStringLiteral("&d1=") + stooqDay(window.from);
    }
    // d2 is inclusive: end on the last full UTC day before the run started.
    url += QStringLiteral("&d2=") + stooqDay(window.until.toUTC().date());
    return QUrl(url);
}

Result<FetchedBars>
StooqProvider::parse(const FetchUnit& unit, const Window& window, const HttpResponse& response) const
{
    const QString symbol = stooqSymbol(unit.ticker).value_or(unit.ticker);
    if (response.status == 429) {
        return fail(Error::io(QStringLiteral("rate limited by Stooq — try later or lower the request rate")));
    }
    if (response.status != 200) {
        return fail(Error::io(
            QStringLiteral("HTTP %1 from Stooq for %2 after %3 attempt(s)")
                .arg(QString::number(response.status), symbol, QString::number(response.attempts))));
    }
    FetchedBars out;
    out.ticker = unit.ticker;
    out.meta = unit.meta;
    out.meta.ticker = unit.ticker;
    out.replacesHistory = !window.incremental;
    out.series.setTicker(unit.ticker);
    auto parsed = parseStooqCsv(response.body, symbol);
    if (!parsed) {
        // Stooq says "No data" for an unknown symbol and for an empty date range alike; after stored
        // bars it is the latter (nothing new since the last update).
        if (parsed.error().code == ErrorCode::NotFound && window.incremental) {
            return out;
        }
        return fail(parsed.error());
    }
    out.series = parsed->series;
    out.series.setTicker(unit.ticker);
    out.warnings = parsed->warnings;
    return out;
}

} // namespace Tessera::Fetch
