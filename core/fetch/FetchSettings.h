#pragma once

#include <QDate>
#include <QHash>
#include <QList>
#include <QStringList>

#include "core/common/Result.h"
#include "core/config/Parameter.h"
#include "core/store/Database.h"

namespace Tessera::Fetch {

/**
 * The network fetch settings, declared once (STYLE.md §5): database settings key, default, range,
 * CLI option and help. The CLI options of `fetch`, validation, the settings page and the README table
 * are built from this list. Per-provider settings carry the provider in their key and scope
 * ("fetch/yahoo/rate"); the others apply to every network provider. The provider of the last
 * successful load is remembered separately, under "fetch/provider".
 */
const QList<Config::Parameter>& fetchParameters();

/** Settings text by key, as stored in the database or given as a run's overrides. */
using SettingValues = QHash<QString, QString>;

/** Bytes of a "fetch/maxResponseMB" value (1 MB = 1024 × 1024 bytes), rounded. */
qint64 megabytesToBytes(double megabytes);

/** Ids of the providers that fetch over the network (and so have settings in the table). */
QStringList networkProviderIds();

/** How a network provider talks to its server during one run. */
struct NetworkOptions
{
    QString baseUrl; ///< scheme://host[:port][/prefix] without a trailing slash
    int maxConcurrent = 8;
    double requestsPerSecond = 2.0;
    double timeoutSeconds = 20.0;  ///< seconds without any data before a request is abandoned
    double deadlineSeconds = 60.0; ///< seconds a request may take in all before it is abandoned
    qint64 maxResponseBytes = 20LL * 1024 * 1024; ///< larger answers are abandoned, not retried
    int retries = 4;
    double backoffSeconds = 1.0;                 ///< first retry delay; doubles on each retry
    QString historyRange = QStringLiteral("2y"); ///< reach of a first fetch; "max" = all there is
    int overlapDays = 5; ///< incremental fetch: calendar days re-read before the last stored bar
    QString interval = QStringLiteral("1h"); ///< Binance: "1h" or "1d" bars
    int weightPerMinute = 6000;              ///< Binance: the request weight the server allows per minute
};

/**
 * The options of provider ("yahoo", "stooq"): the declared defaults, overridden by stored settings,
 * overridden by a run's overrides. Text that fails validation is an InvalidInput error naming the key.
 */
[[nodiscard]] Result<NetworkOptions>
resolveNetworkOptions(const QString& provider, const SettingValues& stored, const SettingValues& overrides);

/** The declared fetch settings stored in db (undeclared keys are not read). */
[[nodiscard]] Result<SettingValues> storedFetchSettings(const Store::Database& db);

/**
 * The settings key a CLI option sets for provider (--rate with yahoo → "fetch/yahoo/rate"), or empty
 * when the option does not apply to it.
 */
QString settingForOption(const QString& cliOption, const QString& provider);

/** First day of a history range ending on today ("2y" → the same day two years earlier); invalid for "max".
 */
QDate historyStart(const QString& range, const QDate& today);

} // namespace Tessera::Fetch
