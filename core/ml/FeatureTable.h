#pragma once

#include <cstdint>
#include <vector>

#include <QDate>
#include <QString>
#include <QStringList>

namespace Tessera {
class BarSeries;
}
namespace Tessera::Features {
class FeatureMatrix;
}

namespace Tessera::Ml {

/**
 * What the trainer and the predictor read for one symbol: named feature columns, the schema hash they
 * belong to, one row per bar with its date and adjusted close (the targets' prices), row-major values
 * (NaN = missing) and a per-row completeness flag. A plain struct so tests can plant features of their
 * own; fromFeatureMatrix() adapts the feature engine's matrix. Value type, no thread affinity.
 */
struct FeatureTable
{
    QStringList names;
    QString schemaHash;
    int schemaVersion = 0;
    std::vector<std::int64_t> days; ///< Julian day numbers, ascending
    std::vector<double> close;      ///< adjusted close per row (targets: total-return log returns)
    std::vector<double> rawClose;   ///< the close as traded (predicted prices); empty = same as close
    std::vector<double> values;     ///< rows × columns, row-major
    std::vector<std::uint8_t> complete;

    int rows() const { return static_cast<int>(days.size()); }
    int columns() const { return static_cast<int>(names.size()); }
    const double* row(int r) const
    {
        return values.data() + static_cast<size_t>(r) * static_cast<size_t>(columns());
    }
    QDate date(int r) const { return QDate::fromJulianDay(days[static_cast<size_t>(r)]); }
    double priceAt(int r) const
    {
        return rawClose.empty() ? close[static_cast<size_t>(r)] : rawClose[static_cast<size_t>(r)];
    }

    /** The rows dated on or before asOf (all rows when asOf is invalid). */
    FeatureTable truncated(const QDate& asOf) const;
    /** Index of the last row whose features are complete, or -1. */
    int lastCompleteRow() const;
};

/**
 * Adapts the feature engine's matrix; `adjusted` is the series it was built from and `raw` the stored
 * bars (same rows) whose close prices predictions are quoted against.
 */
FeatureTable
fromFeatureMatrix(const Features::FeatureMatrix& matrix, const BarSeries& adjusted, const BarSeries& raw);

/**
 * The current feature schema's table for stored bars: bars.adjusted() → feature matrix → table. Pure
 * and thread-safe; the bars must be sorted and unique (as BarRepository returns them).
 */
FeatureTable buildFeatureTable(const BarSeries& bars);

/** The hash of the feature schema the current build computes (models with another hash are unusable). */
QString currentSchemaHash();

} // namespace Tessera::Ml
