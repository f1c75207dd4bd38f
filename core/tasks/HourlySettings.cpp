#include "core/tasks/HourlySettings.h"

#include <algorithm>

#include "core/store/SettingsRepository.h"

namespace Tessera::Tasks {

const QList<Config::Parameter>& hourlyParameters()
{
    using Config::ParameterType;
    static const QList<Config::Parameter> table = {
        {QStringLiteral("market/dayBoundaryHour"),
         ParameterType::Integer,
         QStringLiteral("0"),
         0,
         23,
         QStringLiteral("h UTC"),
         QStringLiteral(
             "Hour (UTC) at which a daily bar derived from hourly bars of a 24/7 market begins; 0 = UTC "
             "midnight, as the exchanges' daily candles."),
         {},
         {}},
        {QStringLiteral("train/hourly/horizons"),
         ParameterType::RealList,
         QStringLiteral("1,6,24"),
         1,
         720,
         QStringLiteral("h"),
         QStringLiteral("Hours ahead the hourly models forecast (train --resolution hourly)."),
         {},
         {}},
        {QStringLiteral("train/hourly/fullWindowDays"),
         ParameterType::Integer,
         QStringLiteral("182"),
         7,
         3650,
         QStringLiteral("days"),
         QStringLiteral("Days of hourly bars a full hourly retrain uses (the latest ones)."),
         {},
         {}},
        {QStringLiteral("train/hourly/rfEngine"),
         ParameterType::Choice,
         QStringLiteral("xgboost"),
         0,
         0,
         {},
         QStringLiteral(
             "Library that builds the hourly random forests: xgboost (its random-forest mode, fast on "
             "thousands of hourly rows) or dlib (as the daily models)."),
         {},
         {},
         {QStringLiteral("xgboost"), QStringLiteral("dlib")}},
        {QStringLiteral("train/hourly/rfTrees"),
         ParameterType::Integer,
         QStringLiteral("50"),
         10,
         2000,
         QStringLiteral("trees"),
         QStringLiteral(
             "Trees of an hourly random forest (XGBoost's forest mode costs more than linearly in trees: "
             "on 4,400 hours 20 trees took 1.4 s, 50 4.6 s, 100 14.5 s per pair and 3 horizons)."),
         {},
         {}},
        {QStringLiteral("predictions/hourly/ttlHours"),
         ParameterType::Integer,
         QStringLiteral("6"),
         1,
         720,
         QStringLiteral("h"),
         QStringLiteral("Hours an hourly prediction stays valid after its as-of hour."),
         {},
         {}},
    };
    return table;
}

Result<QString> hourlySetting(const Store::Database& db, const QString& key)
{
    const Config::Parameter* p = Config::findParameter(hourlyParameters(), key);
    if (!p) {
        return fail(Error::invalidInput(QStringLiteral("unknown setting %1").arg(key)));
    }
    auto stored = Store::SettingsRepository(db).value(key);
    if (!stored) {
        return fail(stored.error());
    }
    if (stored->isEmpty()) {
        return p->defaultValue;
    }
    auto valid = Config::validate(*p, *stored);
    return valid ? *valid : p->defaultValue;
}

Result<int> dayBoundaryHour(const Store::Database& db)
{
    auto text = hourlySetting(db, QStringLiteral("market/dayBoundaryHour"));
    if (!text) {
        return fail(text.error());
    }
    return text->toInt();
}

Result<std::vector<int>> parseHourHorizons(const QString& text)
{
    std::vector<int> out;
    for (const QString& item : text.split(u',', Qt::SkipEmptyParts)) {
        QString t = item.trimmed().toLower();
        if (t.endsWith(u'h')) {
            t.chop(1);
        }
        bool ok = false;
        const int h = t.toInt(&ok);
        if (!ok || h < 1 || h > 720) {
            return fail(Error::invalidInput(
                QStringLiteral("horizon '%1' is not a number of hours from 1 to 720").arg(item.trimmed())));
        }
        out.push_back(h);
    }
    if (out.empty()) {
        return fail(Error::invalidInput(QStringLiteral("no horizon given (hours, e.g. 1,6,24)")));
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

} // namespace Tessera::Tasks
