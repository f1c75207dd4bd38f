#include "core/fundamentals/Fundamentals.h"

#include <cmath>

#include <QObject>

#include "core/common/CsvText.h"

namespace Tessera::Fundamentals {

const std::array<FieldInfo, kFieldCount>& fields()
{
    static const std::array<FieldInfo, kFieldCount> list = {{
        {Field::Price, "current_price", "Price", Unit::Currency},
        {Field::MarketCap, "market_cap", "Market cap", Unit::Currency},
        {Field::Volume, "volume", "Volume", Unit::Shares},
        {Field::AvgVolume30d, "avg_volume_30d", "Avg volume (30 d)", Unit::Shares},
        {Field::PeRatio, "pe_ratio", "P/E", Unit::Ratio},
        {Field::PbRatio, "pb_ratio", "P/B", Unit::Ratio},
        {Field::Roe, "roe", "ROE", Unit::Percent},
        {Field::Eps, "eps", "EPS", Unit::Currency},
        {Field::Beta, "beta", "Beta", Unit::Ratio},
        {Field::DebtToEquity, "debt_to_equity", "Debt/equity", Unit::Ratio},
        {Field::RevenueGrowth, "revenue_growth", "Revenue growth", Unit::Percent},
        {Field::EarningsGrowth, "earnings_growth", "Earnings growth", Unit::Percent},
        {Field::OperatingMargin, "operating_margin", "Operating margin", Unit::Percent},
        {Field::NetMargin, "net_margin", "Net margin", Unit::Percent},
        {Field::ProfitMargin, "profit_margin", "Profit margin", Unit::Percent},
        {Field::BookValue, "book_value", "Book value / share", Unit::Currency},
        {Field::PegRatio, "peg_ratio", "PEG", Unit::Ratio},
        {Field::Roa, "roa", "ROA", Unit::Percent},
        {Field::CurrentRatio, "current_ratio", "Current ratio", Unit::Ratio},
        {Field::QuickRatio, "quick_ratio", "Quick ratio", Unit::Ratio},
        {Field::Volatility1y, "historical_volatility_1y", "Volatility (1 y)", Unit::Percent},
        {Field::DividendYield, "dividend_yield", "Dividend yield", Unit::Percent},
    }};
    return list;
}

const FieldInfo& info(Field field)
{
    return fields()[static_cast<size_t>(field)];
}

bool fieldFromKey(const QString& name, Field* field)
{
    const QString wanted = Csv::normalizeHeader(name);
    // Names other tools use for the same value.
    static const QList<QPair<QString, Field>> aliases = {
        {QStringLiteral("price"), Field::Price},
        {QStringLiteral("pe"), Field::PeRatio},
        {QStringLiteral("pb"), Field::PbRatio},
        {QStringLiteral("peg"), Field::PegRatio},
        {QStringLiteral("volatility1y"), Field::Volatility1y},
        {QStringLiteral("bookvaluepershare"), Field::BookValue}};
    for (const FieldInfo& f : fields()) {
        if (Csv::normalizeHeader(QString::fromLatin1(f.key)) == wanted) {
            *field = f.field;
            return true;
        }
    }
    for (const auto& [alias, f] : aliases) {
        if (alias == wanted) {
            *field = f;
            return true;
        }
    }
    return false;
}

QString formatValue(double v, Unit unit)
{
    if (isMissing(v)) {
        return QStringLiteral("—");
    }
    switch (unit) {
    case Unit::Percent:
        return QStringLiteral("%1 %").arg(v, 0, 'f', 2);
    case Unit::Shares:
    case Unit::Currency:
        if (std::abs(v) >= 1e12) {
            return QStringLiteral("%1 tn").arg(v / 1e12, 0, 'f', 2);
        }
        if (std::abs(v) >= 1e9) {
            return QStringLiteral("%1 bn").arg(v / 1e9, 0, 'f', 2);
        }
        if (std::abs(v) >= 1e6) {
            return QStringLiteral("%1 m").arg(v / 1e6, 0, 'f', 2);
        }
        return QString::number(v, 'f', 2);
    case Unit::Ratio:
        return QString::number(v, 'f', 2);
    }
    return QString::number(v);
}

QString capCategoryLabel(const QString& category)
{
    if (category == QStringLiteral("mega")) {
        return QObject::tr("Mega cap");
    }
    if (category == QStringLiteral("large")) {
        return QObject::tr("Large cap");
    }
    if (category == QStringLiteral("mid")) {
        return QObject::tr("Mid cap");
    }
    if (category == QStringLiteral("small")) {
        return QObject::tr("Small cap");
    }
    if (category == QStringLiteral("micro")) {
        return QObject::tr("Micro cap");
    }
    return category;
}

bool Record::isEmpty() const
{
    for (double v : values) {
        if (!isMissing(v)) {
            return false;
        }
    }
    return sector.isEmpty() && industry.isEmpty() && capCategory.isEmpty();
}

} // namespace Tessera::Fundamentals
