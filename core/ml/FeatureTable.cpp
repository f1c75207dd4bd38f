#include "core/ml/FeatureTable.h"

#include <algorithm>

#include "core/features/FeatureMatrix.h"
#include "core/market/BarSeries.h"

namespace Tessera::Ml {

FeatureTable FeatureTable::truncated(const QDate& asOf) const
{
    if (!asOf.isValid()) {
        return *this;
    }
    const std::int64_t last = asOf.toJulianDay();
    const auto end = std::upper_bound(days.begin(), days.end(), last);
    const size_t n = static_cast<size_t>(end - days.begin());
    const size_t cols = static_cast<size_t>(columns());
    FeatureTable t;
    t.names = names;
    t.schemaHash = schemaHash;
    t.schemaVersion = schemaVersion;
    t.days.assign(days.begin(), days.begin() + static_cast<std::ptrdiff_t>(n));
    t.close.assign(close.begin(), close.begin() + static_cast<std::ptrdiff_t>(n));
    if (!rawClose.empty()) {
        t.rawClose.assign(rawClose.begin(), rawClose.begin() + static_cast<std::ptrdiff_t>(n));
    }
    t.values.assign(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(n * cols));
    t.complete.assign(complete.begin(), complete.begin() + static_cast<std::ptrdiff_t>(n));
    return t;
}

int FeatureTable::lastCompleteRow() const
{
    for (int r = rows() - 1; r >= 0; --r) {
        if (complete[static_cast<size_t>(r)] != 0) {
            return r;
        }
    }
    return -1;
}

FeatureTable
fromFeatureMatrix(const Features::FeatureMatrix& matrix, const BarSeries& adjusted, const BarSeries& raw)
{
    const Features::FeatureSchema& schema = Features::featureSchema();
    FeatureTable t;
    t.names = schema.names;
    t.schemaHash = matrix.schemaHash();
    t.schemaVersion = matrix.schemaVersion();
    t.days.assign(matrix.days().begin(), matrix.days().end());
    t.close = adjusted.close();
    if (raw.size() == adjusted.size()) {
        t.rawClose = raw.close();
    }
    t.values = matrix.values();
    t.complete.resize(static_cast<size_t>(matrix.rows()));
    for (int r = 0; r < matrix.rows(); ++r) {
        t.complete[static_cast<size_t>(r)] = matrix.complete(r) ? 1 : 0;
    }
    return t;
}

FeatureTable buildFeatureTable(const BarSeries& bars)
{
    const BarSeries adjusted = bars.adjusted();
    return fromFeatureMatrix(Features::buildFeatureMatrix(adjusted), adjusted, bars);
}

QString currentSchemaHash()
{
    return Features::featureSchema().hash;
}

} // namespace Tessera::Ml
