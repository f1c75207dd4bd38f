#include "core/ml/XsFundamentals.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace Tessera::Ml {
namespace {

using Fundamentals::Field;

/** The columns in xsFundamentalFeatureNames() order; market cap is logged. */
constexpr Field kFields[] = {Field::MarketCap,
                             Field::PeRatio,
                             Field::PbRatio,
                             Field::Roe,
                             Field::Beta,
                             Field::DebtToEquity,
                             Field::RevenueGrowth,
                             Field::EarningsGrowth,
                             Field::OperatingMargin,
                             Field::NetMargin};

double columnValue(const Fundamentals::Record& r, Field f)
{
    const double v = r.value(f);
    if (f == Field::MarketCap) {
        return std::isfinite(v) && v > 0 ? std::log(v) : std::numeric_limits<double>::quiet_NaN();
    }
    return v;
}

} // namespace

const QStringList& xsFundamentalFeatureNames()
{
    static const QStringList names = {QStringLiteral("log_market_cap"),
                                      QStringLiteral("pe_ratio"),
                                      QStringLiteral("pb_ratio"),
                                      QStringLiteral("roe"),
                                      QStringLiteral("beta"),
                                      QStringLiteral("debt_to_equity"),
                                      QStringLiteral("revenue_growth"),
                                      QStringLiteral("earnings_growth"),
                                      QStringLiteral("operating_margin"),
                                      QStringLiteral("net_margin")};
    return names;
}

std::vector<double> pointInTimeFundamentals(const BarSeries& bars, QList<Fundamentals::Record> history)
{
    constexpr size_t columns = std::size(kFields);
    std::vector<double> out(static_cast<size_t>(bars.size()) * columns,
                            std::numeric_limits<double>::quiet_NaN());
    std::sort(history.begin(), history.end(), [](const auto& a, const auto& b) { return a.asOf < b.asOf; });
    qsizetype next = 0; // the first record not yet in effect
    const Fundamentals::Record* current = nullptr;
    for (qsizetype i = 0; i < bars.size(); ++i) {
        const QDate day = bars.date(i);
        while (next < history.size() && history.at(next).asOf <= day) {
            current = &history.at(next);
            ++next;
        }
        if (current == nullptr) {
            continue;
        }
        double* row = out.data() + static_cast<size_t>(i) * columns;
        for (size_t c = 0; c < columns; ++c) {
            row[c] = columnValue(*current, kFields[c]);
        }
    }
    return out;
}

} // namespace Tessera::Ml
