#include "core/ml/HourlyFeatures.h"

#include <QCryptographicHash>

#include "core/features/FeatureMatrix.h"

namespace Tessera::Ml {
namespace {

QStringList hourlyNames()
{
    QStringList names = Features::featureSchema().names;
    const qsizetype month = names.indexOf(QStringLiteral("month"));
    if (month >= 0) {
        names[month] = QStringLiteral("hour_of_day");
    }
    return names;
}

} // namespace

QString hourlySchemaHash()
{
    static const QString hash = QString::fromLatin1(
        QCryptographicHash::hash(hourlyNames().join(u',').toUtf8(), QCryptographicHash::Sha1).toHex());
    return hash;
}

HourlyTable buildHourlyFeatureTable(const HourlySeries& bars)
{
    HourlyTable out;
    // The feature engine walks bars by index; its only calendar columns are weekday and month, taken from
    // each row's (UTC) day. Crypto has no adjustments, so the series is its own adjusted view.
    const BarSeries indexSeries = bars.asIndexSeries();
    out.table = buildFeatureTable(indexSeries);
    out.table.names = hourlyNames();
    out.table.schemaHash = hourlySchemaHash();
    out.times = bars.times();
    const int month = static_cast<int>(Features::featureSchema().names.indexOf(QStringLiteral("month")));
    if (month >= 0) {
        const size_t columns = static_cast<size_t>(out.table.columns());
        for (size_t r = 0; r < out.times.size(); ++r) {
            const qint64 t = out.times[r];
            const qint64 secondOfDay = ((t % 86400) + 86400) % 86400;
            out.table.values[r * columns + static_cast<size_t>(month)] =
                static_cast<double>(secondOfDay / 3600);
        }
    }
    return out;
}

FeatureTable tableRows(const FeatureTable& table, int from, int to)
{
    const auto f = static_cast<std::ptrdiff_t>(std::clamp(from, 0, table.rows()));
    const auto t = static_cast<std::ptrdiff_t>(std::clamp(to, static_cast<int>(f), table.rows()));
    const auto cols = static_cast<std::ptrdiff_t>(table.columns());
    FeatureTable out;
    out.names = table.names;
    out.schemaHash = table.schemaHash;
    out.schemaVersion = table.schemaVersion;
    out.days.assign(table.days.begin() + f, table.days.begin() + t);
    out.close.assign(table.close.begin() + f, table.close.begin() + t);
    if (!table.rawClose.empty()) {
        out.rawClose.assign(table.rawClose.begin() + f, table.rawClose.begin() + t);
    }
    out.values.assign(table.values.begin() + f * cols, table.values.begin() + t * cols);
    out.complete.assign(table.complete.begin() + f, table.complete.begin() + t);
    return out;
}

} // namespace Tessera::Ml
