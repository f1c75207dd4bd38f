#include "core/fetch/providers/BinanceProvider.h"

#include <algorithm>
#include <cmath>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

#include "core/common/Log.h"
#include "core/fetch/http/RetryPolicy.h"

namespace Tessera::Fetch {
namespace {

constexpr qint64 kHourMs = 3600LL * 1000;
constexpr qint64 kDayMs = 24 * kHourMs;
/** Share of the weight limit the provider plans to use: headroom for other clients on the same IP. */
constexpr double kWeightShare = 0.9;

/** A kline field as a number: Binance sends prices and volumes as strings, times as numbers. */
bool number(const QJsonValue& v, double& out)
{
    if (v.isDouble()) {
        out = v.toDouble();
        return true;
    }
    bool ok = false;
    out = v.toString().toDouble(&ok);
    return ok;
}

} // namespace

Result<QList<Kline>> parseKlines(const QByteArray& body)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        return fail(Error::invalidInput(QStringLiteral("Binance's answer is not valid JSON (%1 at byte %2; "
                                                       "truncated?); stored history kept")
                                            .arg(error.errorString())
                                            .arg(error.offset)));
    }
    if (!doc.isArray()) {
        return fail(Error::invalidInput(
            QStringLiteral("Binance's answer is not a list of klines; stored history kept")));
    }
    QList<Kline> out;
    const QJsonArray rows = doc.array();
    out.reserve(rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QJsonArray r = rows.at(i).toArray();
        Kline k;
        double openTime = 0;
        double closeTime = 0;
        if (r.size() < 7 || !number(r.at(0), openTime) || !number(r.at(1), k.open) || !number(r.at(2), k.high)
            || !number(r.at(3), k.low) || !number(r.at(4), k.close) || !number(r.at(5), k.volume)
            || !number(r.at(6), closeTime)) {
            return fail(Error::invalidInput(
                QStringLiteral(
                    "Binance's kline %1 is not [openTime, open, high, low, close, volume, closeTime, "
                    "...]; stored history kept")
                    .arg(i + 1)));
        }
        k.openTimeMs = static_cast<qint64>(openTime);
        k.closeTimeMs = static_cast<qint64>(closeTime);
        out.append(k);
    }
    return out;
}

BinanceProvider::BinanceProvider(NetworkOptions options, QDateTime now)
    : NetworkProvider(
        [](NetworkOptions o) {
            o.requestsPerSecond = effectiveRate(o);
            return o;
        }(std::move(options)),
        std::move(now))
    , m_hourly(this->options().interval != u"1d")
{}

double BinanceProvider::effectiveRate(const NetworkOptions& options)
{
    const double byWeight = kWeightShare * options.weightPerMinute / 60.0 / kKlinesWeight;
    return std::min(options.requestsPerSecond, byWeight);
}

QString BinanceProvider::exchangeSymbol(const QString& ticker)
{
    QString s = ticker.trimmed().toUpper();
    s.remove(u'-');
    s.remove(u'/');
    return s;
}

Result<QList<FetchUnit>> BinanceProvider::plan(const QStringList& selection)
{
    auto units = NetworkProvider::plan(selection);
    if (!units) {
        return units;
    }
    for (FetchUnit& u : *units) {
        u.interval = m_hourly ? BarInterval::Hour : BarInterval::Day;
    }
    return units;
}

qint64 BinanceProvider::intervalMs() const
{
    return m_hourly ? kHourMs : kDayMs;
}

qint64 BinanceProvider::startMs(const FetchUnit& unit) const
{
    if (m_hourly && unit.storedLastHour > 0) {
        return unit.storedLastHour * 1000; // the last stored hour again: it may have been stored open
    }
    const Window w = windowFor(unit);
    if (!m_hourly && w.incremental) {
        return w.from.startOfDay(Qt::UTC).toMSecsSinceEpoch();
    }
    const QDate from = historyStart(options().historyRange, now().toUTC().date());
    // "max": Binance opened in July 2017; asking from 2017 gets a pair's whole history.
    const QDate start = from.isValid() ? from : QDate(2017, 1, 1);
    return start.startOfDay(Qt::UTC).toMSecsSinceEpoch();
}

QUrl BinanceProvider::pageUrl(const QString& ticker, qint64 start) const
{
    QUrl url(options().baseUrl + QStringLiteral("/api/v3/klines"));
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("symbol"), exchangeSymbol(ticker));
    q.addQueryItem(QStringLiteral("interval"), m_hourly ? QStringLiteral("1h") : QStringLiteral("1d"));
    q.addQueryItem(QStringLiteral("startTime"), QString::number(start));
    q.addQueryItem(QStringLiteral("endTime"), QString::number(now().toMSecsSinceEpoch() - 1));
    q.addQueryItem(QStringLiteral("limit"), QString::number(kPageLimit));
    url.setQuery(q);
    return url;
}

Result<QUrl> BinanceProvider::urlFor(const FetchUnit& unit, const Window&) const
{
    if (exchangeSymbol(unit.ticker).isEmpty()) {
        return fail(Error::invalidInput(QStringLiteral("empty ticker")));
    }
    return pageUrl(unit.ticker, startMs(unit));
}

Error binanceAnswerError(const HttpResponse& response, const QString& symbol, qint64* banEndMs)
{
    const double retryAfter = parseRetryAfter(response.retryAfter, QDateTime::currentDateTimeUtc());
    if (response.status == 418) {
        const qint64 seconds = retryAfter >= 0 ? static_cast<qint64>(std::ceil(retryAfter)) : 120;
        const qint64 until = QDateTime::currentMSecsSinceEpoch() + seconds * 1000;
        if (banEndMs) {
            *banEndMs = until;
        }
        return Error::io(QStringLiteral("banned by Binance for %1 s (HTTP 418: this IP went on after "
                                        "rate-limit warnings); stored history kept, try after %2 UTC")
                             .arg(seconds)
                             .arg(QDateTime::fromMSecsSinceEpoch(until, Qt::UTC)
                                      .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))));
    }
    if (response.status == 429) {
        return Error::io(
            QStringLiteral("rate limited by Binance (HTTP 429%1) after %2 attempt(s); stored history kept — "
                           "try later or lower fetch/binance/rate")
                .arg(retryAfter >= 0 ? QStringLiteral(", Retry-After %1 s").arg(retryAfter) : QString())
                .arg(response.attempts));
    }
    // Binance's error body: {"code":-1121,"msg":"Invalid symbol."}
    const QJsonObject error = QJsonDocument::fromJson(response.body).object();
    const int code = error.value(QStringLiteral("code")).toInt();
    const QString msg = error.value(QStringLiteral("msg")).toString();
    if (code == -1121 && !symbol.isEmpty()) {
        return Error::notFound(QStringLiteral("unknown symbol on Binance: %1 (%2 %3); stored history kept")
                                   .arg(BinanceProvider::exchangeSymbol(symbol))
                                   .arg(code)
                                   .arg(msg));
    }
    if (!msg.isEmpty()) {
        return Error::invalidInput(QStringLiteral("Binance refused the request (HTTP %1, %2 %3)")
                                       .arg(response.status)
                                       .arg(code)
                                       .arg(msg));
    }
    return Error::io(QStringLiteral("unexpected HTTP %1 from Binance after %2 attempt(s)")
                         .arg(response.status)
                         .arg(response.attempts));
}

Result<QList<Kline>> BinanceProvider::klinesOf(const QString& ticker, const HttpResponse& response) const
{
    if (response.status == 200) {
        return parseKlines(response.body);
    }
    qint64 until = 0;
    Error error = binanceAnswerError(response, ticker, &until);
    if (until > 0) {
        qint64 was = m_bannedUntilMs.load();
        while (was < until && !m_bannedUntilMs.compare_exchange_weak(was, until)) {
        }
    }
    return fail(std::move(error));
}

Result<FetchedBars>
BinanceProvider::parse(const FetchUnit& unit, const Window&, const HttpResponse& response) const
{
    auto klines = klinesOf(unit.ticker, response);
    if (!klines) {
        return fail(klines.error());
    }
    return barsOf(unit, *klines);
}

FetchedBars BinanceProvider::barsOf(const FetchUnit& unit, const QList<Kline>& klines) const
{
    FetchedBars out;
    out.ticker = unit.ticker;
    out.meta = unit.meta;
    out.meta.ticker = unit.ticker;
    out.meta.exchange = QStringLiteral("Binance");
    out.interval = m_hourly ? BarInterval::Hour : BarInterval::Day;
    out.hourly.setTicker(unit.ticker);
    out.series.setTicker(unit.ticker);
    const qint64 nowMs = now().toMSecsSinceEpoch();
    for (const Kline& k : klines) {
        if (k.openTimeMs + intervalMs() > nowMs) {
            continue; // still open at the run's start: a partial bar
        }
        if (m_hourly) {
            out.hourly.append(HourlyBar{k.openTimeMs / 1000, k.open, k.high, k.low, k.close, k.volume});
        } else {
            out.series.append(Bar{QDateTime::fromMSecsSinceEpoch(k.openTimeMs, Qt::UTC).date(),
                                  k.open,
                                  k.high,
                                  k.low,
                                  k.close,
                                  kMissing,
                                  k.volume});
        }
    }
    return out;
}

Result<FetchedBars> BinanceProvider::fetchUnit(const FetchUnit& unit, const CancelCheck& canceled)
{
    if (const qint64 until = m_bannedUntilMs.load(); until > QDateTime::currentMSecsSinceEpoch()) {
        return fail(
            Error::io(QStringLiteral("not asked: Binance banned this IP until %1 UTC (HTTP 418 earlier in "
                                     "this run); stored history kept")
                          .arg(QDateTime::fromMSecsSinceEpoch(until, Qt::UTC)
                                   .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")))));
    }
    const Window window = windowFor(unit);
    const bool update = m_hourly ? unit.storedLastHour > 0 : window.incremental;
    qint64 start = startMs(unit);
    FetchedBars all;
    int pages = 0;
    while (true) {
        auto response = request(pageUrl(unit.ticker, start), canceled);
        if (!response) {
            return fail(response.error());
        }
        auto klines = klinesOf(unit.ticker, *response);
        if (!klines) {
            return fail(klines.error());
        }
        FetchedBars page = barsOf(unit, *klines);
        if (pages++ == 0) {
            all = std::move(page);
        } else {
            for (qsizetype i = 0; i < page.hourly.size(); ++i) {
                all.hourly.append(page.hourly.at(i));
            }
            for (qsizetype i = 0; i < page.series.size(); ++i) {
                all.series.append(page.series.at(i));
            }
        }
        // A full page may have more behind it; a short one is the end of what exists up to now.
        if (klines->size() < kPageLimit) {
            break;
        }
        const qint64 next = klines->back().openTimeMs + intervalMs();
        if (next <= start || next >= now().toMSecsSinceEpoch()) {
            break;
        }
        start = next;
    }
    all.replacesHistory = !update;
    if (pages > 1) {
        spdlog::debug("binance: {}: {} pages", unit.ticker, pages);
    }
    if (!update && all.hourly.isEmpty() && all.series.isEmpty()) {
        return fail(Error::notFound(
            QStringLiteral("Binance returned no %1 bars for %2 in the requested range; stored history kept")
                .arg(intervalName(all.interval), unit.ticker)));
    }
    return all;
}

} // namespace Tessera::Fetch
