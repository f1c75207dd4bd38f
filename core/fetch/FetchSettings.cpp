#include "core/fetch/FetchSettings.h"

#include <algorithm>
#include <cmath>

#include "core/store/SettingsRepository.h"

namespace Tessera::Fetch {

using Config::Parameter;
using Config::ParameterType;

const QList<Parameter>& fetchParameters()
{
    // Yahoo's limits are unpublished; 2 requests/s with 8 in flight stays clear of its 429s. Stooq
    // counts daily hits, so it gets a gentler default.
    static const QList<Parameter> table = {
        {QStringLiteral("fetch/yahoo/baseUrl"),
         ParameterType::Url,
         QStringLiteral("https://query1.finance.yahoo.com"),
         0,
         0,
         {},
         QStringLiteral("Server of the Yahoo chart API (point it at a mirror, a proxy or a test server)."),
         QStringLiteral("base-url"),
         QStringLiteral("yahoo")},
        {QStringLiteral("fetch/stooq/baseUrl"),
         ParameterType::Url,
         QStringLiteral("https://stooq.com"),
         0,
         0,
         {},
         QStringLiteral("Server of the Stooq CSV download."),
         QStringLiteral("base-url"),
         QStringLiteral("stooq")},
        {QStringLiteral("fetch/binance/baseUrl"),
         ParameterType::Url,
         QStringLiteral("https://api.binance.com"),
         0,
         0,
         {},
         QStringLiteral("Server of the Binance spot API (klines)."),
         QStringLiteral("base-url"),
         QStringLiteral("binance")},
        {QStringLiteral("fetch/binance/rate"),
         ParameterType::Real,
         QStringLiteral("10"),
         0.1,
         100,
         QStringLiteral("requests/s"),
         QStringLiteral(
             "Requests started per second at most (token bucket); also kept under the weight limit."),
         QStringLiteral("rate"),
         QStringLiteral("binance")},
        {QStringLiteral("fetch/binance/weightPerMinute"),
         ParameterType::Integer,
         QStringLiteral("6000"),
         10,
         100000,
         QStringLiteral("weight/min"),
         QStringLiteral(
             "Binance's request-weight limit per minute (klines weigh 2); requests are spaced to use "
             "at most 90 % of it."),
         {},
         QStringLiteral("binance")},
        {QStringLiteral("fetch/binance/interval"),
         ParameterType::Choice,
         QStringLiteral("1h"),
         0,
         0,
         {},
         QStringLiteral("Bars fetched from Binance: 1h (stored as hourly bars) or 1d (daily bars)."),
         QStringLiteral("interval"),
         QStringLiteral("binance"),
         {QStringLiteral("1h"), QStringLiteral("1d")}},
        {QStringLiteral("fetch/yahoo/rate"),
         ParameterType::Real,
         QStringLiteral("2"),
         0.1,
         100,
         QStringLiteral("requests/s"),
         QStringLiteral("Requests started per second at most (token bucket)."),
         QStringLiteral("rate"),
         QStringLiteral("yahoo")},
        {QStringLiteral("fetch/stooq/rate"),
         ParameterType::Real,
         QStringLiteral("1"),
         0.1,
         100,
         QStringLiteral("requests/s"),
         QStringLiteral("Requests started per second at most (token bucket)."),
         QStringLiteral("rate"),
         QStringLiteral("stooq")},
        {QStringLiteral("fetch/maxConcurrent"),
         ParameterType::Integer,
         QStringLiteral("8"),
         1,
         32,
         QStringLiteral("requests"),
         QStringLiteral("Requests in flight at once at most."),
         QStringLiteral("max-concurrent"),
         {}},
        {QStringLiteral("fetch/timeoutSeconds"),
         ParameterType::Real,
         QStringLiteral("20"),
         0.1,
         300,
         QStringLiteral("s"),
         QStringLiteral("A request that receives nothing for this long is abandoned and retried."),
         QStringLiteral("timeout"),
         {}},
        {QStringLiteral("fetch/deadlineSeconds"),
         ParameterType::Real,
         QStringLiteral("60"),
         0.1,
         3600,
         QStringLiteral("s"),
         QStringLiteral("A request not answered in full within this long is abandoned and retried, however "
                        "steadily data trickles in."),
         {},
         {}},
        {QStringLiteral("fetch/maxResponseMB"),
         ParameterType::Real,
         QStringLiteral("20"),
         0.001,
         1024,
         QStringLiteral("MB"),
         QStringLiteral("An answer larger than this is abandoned as soon as its size shows, and not retried "
                        "(two years of daily bars are about 50 KB, a century a few MB)."),
         {},
         {}},
        {QStringLiteral("fetch/retries"),
         ParameterType::Integer,
         QStringLiteral("4"),
         0,
         10,
         {},
         QStringLiteral("Retries after a 429, a 5xx, a timeout or a connection error."),
         {},
         {}},
        {QStringLiteral("fetch/backoffSeconds"),
         ParameterType::Real,
         QStringLiteral("1"),
         0.01,
         60,
         QStringLiteral("s"),
         QStringLiteral("Delay before the first retry; doubled on each retry, with jitter, and never "
                        "shorter than the server's Retry-After."),
         {},
         {}},
        {QStringLiteral("fetch/historyRange"),
         ParameterType::HistoryRange,
         QStringLiteral("2y"),
         0,
         0,
         {},
         QStringLiteral("How far back the first fetch of a symbol reaches."),
         QStringLiteral("range"),
         {}},
        {QStringLiteral("fetch/overlapDays"),
         ParameterType::Integer,
         QStringLiteral("5"),
         0,
         60,
         QStringLiteral("days"),
         QStringLiteral("An update re-reads this many calendar days before the last stored bar, to catch "
                        "revisions, splits and new adjustments."),
         {},
         {}},
    };
    return table;
}

qint64 megabytesToBytes(double megabytes)
{
    return static_cast<qint64>(std::llround(megabytes * 1024.0 * 1024.0));
}

QStringList networkProviderIds()
{
    return {QStringLiteral("yahoo"), QStringLiteral("stooq"), QStringLiteral("binance")};
}

QString settingForOption(const QString& cliOption, const QString& provider)
{
    for (const Parameter& p : fetchParameters()) {
        if (p.cliOption == cliOption && (p.scope.isEmpty() || p.scope == provider)) {
            return p.key;
        }
    }
    return {};
}

Result<NetworkOptions>
resolveNetworkOptions(const QString& provider, const SettingValues& stored, const SettingValues& overrides)
{
    if (!networkProviderIds().contains(provider)) {
        return fail(Error::invalidInput(QStringLiteral("'%1' is not a network provider").arg(provider)));
    }
    QHash<QString, QString> values; // setting name without area and provider ("rate") -> valid text
    for (const Parameter& p : fetchParameters()) {
        if (!p.scope.isEmpty() && p.scope != provider) {
            continue;
        }
        QString text = p.defaultValue;
        for (const SettingValues* source : {&stored, &overrides}) {
            const auto it = source->constFind(p.key);
            if (it != source->cend()) {
                auto valid = Config::validate(p, *it);
                if (!valid) {
                    return fail(valid.error());
                }
                text = *valid;
            }
        }
        values.insert(p.key.section(u'/', -1), text);
    }
    NetworkOptions o;
    o.baseUrl = values.value(QStringLiteral("baseUrl"));
    o.requestsPerSecond = values.value(QStringLiteral("rate")).toDouble();
    o.maxConcurrent = values.value(QStringLiteral("maxConcurrent")).toInt();
    o.timeoutSeconds = values.value(QStringLiteral("timeoutSeconds")).toDouble();
    o.deadlineSeconds = values.value(QStringLiteral("deadlineSeconds")).toDouble();
    o.maxResponseBytes = megabytesToBytes(values.value(QStringLiteral("maxResponseMB")).toDouble());
    o.retries = values.value(QStringLiteral("retries")).toInt();
    o.backoffSeconds = values.value(QStringLiteral("backoffSeconds")).toDouble();
    o.historyRange = values.value(QStringLiteral("historyRange"));
    o.overlapDays = values.value(QStringLiteral("overlapDays")).toInt();
    if (provider == u"binance") {
        o.interval = values.value(QStringLiteral("interval"));
        o.weightPerMinute = values.value(QStringLiteral("weightPerMinute")).toInt();
    }
    return o;
}

Result<SettingValues> storedFetchSettings(const Store::Database& db)
{
    Store::SettingsRepository settings(db);
    SettingValues out;
    for (const Parameter& p : fetchParameters()) {
        auto v = settings.value(p.key);
        if (!v) {
            return fail(v.error());
        }
        if (!v->isEmpty()) {
            out.insert(p.key, *v);
        }
    }
    return out;
}

QDate historyStart(const QString& range, const QDate& today)
{
    if (range == u"max") {
        return {};
    }
    const auto unitAt = std::find_if(range.cbegin(), range.cend(), [](QChar c) { return !c.isDigit(); });
    const int count = range.left(static_cast<qsizetype>(unitAt - range.cbegin())).toInt();
    const QStringView unit = QStringView(range).mid(unitAt - range.cbegin());
    if (unit == u"d") {
        return today.addDays(-count);
    }
    if (unit == u"wk") {
        return today.addDays(-7 * count);
    }
    if (unit == u"mo") {
        return today.addMonths(-count);
    }
    return today.addYears(-count);
}

} // namespace Tessera::Fetch
