#include "core/fundamentals/FundamentalsDerivation.h"

#include <algorithm>
#include <map>

#include <QSet>

#include "core/market/Market.h"

namespace Tessera::Fundamentals {

namespace {

void deriveIfMissing(Record& r, Field f, bool inputsOk, double value)
{
    if (!r.has(f) && inputsOk && std::isfinite(value)) {
        r.set(f, value);
        r.derived.insert(f);
    }
}

QString usBand(double marketCap)
{
    if (marketCap >= 200e9) {
        return QStringLiteral("mega");
    }
    if (marketCap >= 10e9) {
        return QStringLiteral("large");
    }
    if (marketCap >= 2e9) {
        return QStringLiteral("mid");
    }
    if (marketCap >= 300e6) {
        return QStringLiteral("small");
    }
    return QStringLiteral("micro");
}

} // namespace

void deriveValues(Record& r)
{
    const double price = r.value(Field::Price);
    const bool priced = r.has(Field::Price) && price > 0;
    deriveIfMissing(r,
                    Field::PbRatio,
                    priced && r.has(Field::BookValue) && r.value(Field::BookValue) > 0,
                    price / r.value(Field::BookValue));
    deriveIfMissing(r,
                    Field::BookValue,
                    priced && r.has(Field::PbRatio) && r.value(Field::PbRatio) > 0,
                    price / r.value(Field::PbRatio));
    deriveIfMissing(r,
                    Field::PeRatio,
                    priced && r.has(Field::Eps) && r.value(Field::Eps) > 0,
                    price / r.value(Field::Eps));
    deriveIfMissing(r,
                    Field::PegRatio,
                    r.has(Field::PeRatio) && r.value(Field::PeRatio) > 0 && r.has(Field::EarningsGrowth)
                        && r.value(Field::EarningsGrowth) > 0,
                    r.value(Field::PeRatio) / r.value(Field::EarningsGrowth));
}

QString capRuleOf(const QString& ticker, const QString& homeMarket)
{
    const Market m = marketOfTicker(ticker);
    const QString id = m.id.isEmpty() ? homeMarket.toUpper() : m.id;
    if (id == QStringLiteral("NSE") || id == QStringLiteral("BSE")) {
        return QStringLiteral("nse");
    }
    if (m.id.isEmpty() || id == QStringLiteral("US")) {
        return QStringLiteral("us");
    }
    return {};
}

void deriveCapCategories(QList<Record>& records, const QString& homeMarket)
{
    // SEBI ranks: per (exchange, as-of date), every record with a market cap by size, largest first (a
    // category given by the source keeps its place in the ranking but is not replaced).
    std::map<std::pair<QString, qint64>, std::vector<qsizetype>> ranked;
    QSet<qsizetype> sourced;
    for (qsizetype i = 0; i < records.size(); ++i) {
        Record& r = records[i];
        if (!r.capCategory.isEmpty() && !r.capCategoryDerived) {
            sourced.insert(i);
        } else {
            r.capCategory.clear();
            r.capCategoryDerived = false;
        }
        if (!r.has(Field::MarketCap) || r.value(Field::MarketCap) <= 0) {
            continue;
        }
        const QString rule = capRuleOf(r.ticker, homeMarket);
        if (rule == QStringLiteral("us") && !sourced.contains(i)) {
            r.capCategory = usBand(r.value(Field::MarketCap));
            r.capCategoryDerived = true;
        } else if (rule == QStringLiteral("nse")) {
            ranked[{rule, r.asOf.toJulianDay()}].push_back(i);
        }
    }
    for (auto& [key, indices] : ranked) {
        std::stable_sort(indices.begin(), indices.end(), [&records](qsizetype a, qsizetype b) {
            return records[a].value(Field::MarketCap) > records[b].value(Field::MarketCap);
        });
        for (size_t rank = 0; rank < indices.size(); ++rank) {
            if (sourced.contains(indices[rank])) {
                continue;
            }
            Record& r = records[indices[rank]];
            r.capCategory = rank < 100   ? QStringLiteral("large")
                            : rank < 250 ? QStringLiteral("mid")
                                         : QStringLiteral("small");
            r.capCategoryDerived = true;
        }
    }
}

} // namespace Tessera::Fundamentals
