#include "core/screens/Picks.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include <QHash>
#include <QLocale>

#include "core/screens/FieldCatalog.h"

namespace Tessera::Screens {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

QString fmt(double v, int decimals = 2)
{
    return QLocale::c().toString(v, 'f', decimals);
}

/** Short labels for the fields reasons mention most; others use their key. */
QString label(const QString& key)
{
    static const QHash<QString, QString> labels = {
        {QStringLiteral("close"), QStringLiteral("close")},
        {QStringLiteral("sma_20"), QStringLiteral("SMA 20")},
        {QStringLiteral("sma_50"), QStringLiteral("SMA 50")},
        {QStringLiteral("sma_200"), QStringLiteral("SMA 200")},
        {QStringLiteral("ema_12"), QStringLiteral("EMA 12")},
        {QStringLiteral("ema_26"), QStringLiteral("EMA 26")},
        {QStringLiteral("macd"), QStringLiteral("MACD")},
        {QStringLiteral("signal_line"), QStringLiteral("its signal")},
        {QStringLiteral("rsi_14"), QStringLiteral("RSI")},
        {QStringLiteral("return_5d"), QStringLiteral("5-day return")},
        {QStringLiteral("return_20d"), QStringLiteral("20-day return")},
        {QStringLiteral("return_60d"), QStringLiteral("60-day return")},
        {QStringLiteral("return_120d"), QStringLiteral("120-day return")},
        {QStringLiteral("return_250d"), QStringLiteral("1-year return")},
        {QStringLiteral("pe_ratio"), QStringLiteral("P/E")},
        {QStringLiteral("pb_ratio"), QStringLiteral("P/B")},
        {QStringLiteral("peg_ratio"), QStringLiteral("PEG")},
        {QStringLiteral("roe"), QStringLiteral("ROE")},
        {QStringLiteral("debt_to_equity"), QStringLiteral("debt/equity")},
        {QStringLiteral("dividend_yield"), QStringLiteral("dividend yield")},
        {QStringLiteral("earnings_growth"), QStringLiteral("earnings growth")},
        {QStringLiteral("revenue_growth"), QStringLiteral("revenue growth")},
        {QStringLiteral("ml_prediction_score"), QStringLiteral("ML score")},
        {QStringLiteral("high_52w"), QStringLiteral("52-week high")},
        {QStringLiteral("low_52w"), QStringLiteral("52-week low")},
        {QStringLiteral("bollinger_upper"), QStringLiteral("upper Bollinger band")},
        {QStringLiteral("bollinger_lower"), QStringLiteral("lower Bollinger band")},
    };
    return labels.value(key, key);
}

QString valueText(const QString& key, double v)
{
    const FieldInfo* f = FieldCatalog::instance().find(key);
    if (f && f->unit == QStringLiteral("percent")) {
        return (v > 0 ? QStringLiteral("+") : QString()) + fmt(v, 1) + QStringLiteral(" %");
    }
    if (std::abs(v) >= 1000) {
        return fmt(v, 0);
    }
    return fmt(v, std::abs(v) >= 10 ? 1 : 2);
}

double median(std::vector<double> v)
{
    if (v.empty()) {
        return kNaN;
    }
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2.0;
}

void conditionPhrases(
    const Node& n, const ScreenData& d, qsizetype row, QStringList& out, QSet<QString>& said)
{
    if (!n.isCondition()) {
        if (n.kind != Node::Kind::Not) { // a negated condition reads backwards; leave it out
            for (const Node& c : n.children) {
                conditionPhrases(c, d, row, out, said);
            }
        }
        return;
    }
    if ((n.kind == Node::Kind::Compare || n.kind == Node::Kind::Cross) && n.rhs.kind == Operand::Kind::Field
        && d.numbers.contains(n.field) && d.numbers.contains(n.rhs.field)) {
        const QString key = n.field + QLatin1Char('|') + n.rhs.field;
        if (said.contains(key)) {
            return;
        }
        said.insert(key);
        const double a = d.valueOf(n.field, row);
        const double b = d.valueOf(n.rhs.field, row);
        const FieldInfo* fa = FieldCatalog::instance().find(n.field);
        const FieldInfo* fb = FieldCatalog::instance().find(n.rhs.field);
        if (std::isnan(a) || std::isnan(b)) {
            return;
        }
        const QString side = a >= b ? QStringLiteral("above") : QStringLiteral("below");
        if (n.kind == Node::Kind::Cross) {
            out << QStringLiteral("%1 crossed %2 %3").arg(label(n.field), side, label(n.rhs.field));
        } else if (fa && fb && fa->unit == QStringLiteral("price") && fb->unit == QStringLiteral("price")
                   && b > 0 && n.field == QStringLiteral("close")) {
            out << QStringLiteral("%1 %2 % %3 %4")
                       .arg(label(n.field), fmt(std::abs(a / b - 1) * 100, 1), side, label(n.rhs.field));
        } else {
            out << QStringLiteral("%1 %2 %3").arg(label(n.field), side, label(n.rhs.field));
        }
    }
}

} // namespace

bool Pick::hasMl() const
{
    return std::isfinite(mlPredictionScore);
}

QStringList pickSnapshotFields()
{
    return {QStringLiteral("close"),
            QStringLiteral("market_cap"),
            QStringLiteral("market_cap_category"),
            QStringLiteral("rsi_14"),
            QStringLiteral("macd"),
            QStringLiteral("sma_50"),
            QStringLiteral("sma_200"),
            QStringLiteral("atr_14"),
            QStringLiteral("pe_ratio"),
            QStringLiteral("pb_ratio"),
            QStringLiteral("roe"),
            QStringLiteral("eps"),
            QStringLiteral("beta"),
            QStringLiteral("revenue_growth"),
            QStringLiteral("earnings_growth"),
            QStringLiteral("operating_margin"),
            QStringLiteral("ml_prediction_score"),
            QStringLiteral("ml_price_target"),
            QStringLiteral("ml_confidence"),
            QStringLiteral("ml_risk_score"),
            QStringLiteral("ml_validated"),
            QStringLiteral("verdict"),
            QStringLiteral("verdict_confidence")};
}

QString recommend(const Pick& p, const QString& verdict, double verdictStrength)
{
    const bool down = verdict.compare(QStringLiteral("DOWN"), Qt::CaseInsensitive) == 0;
    const bool hasRisk = std::isfinite(p.mlRiskScore);
    if ((hasRisk && p.mlRiskScore > 0.8) || (down && std::isfinite(verdictStrength) && verdictStrength >= 0.5)
        || (p.hasMl() && p.mlValidated && p.mlPredictionScore < 0.3)) {
        return QStringLiteral("AVOID");
    }
    if (p.selectionScore >= 0.6 && !down && (!p.hasMl() || p.mlPredictionScore >= 0.5)
        && (!hasRisk || p.mlRiskScore <= 0.6)) {
        return QStringLiteral("BUY");
    }
    return QStringLiteral("WATCH");
}

QList<Pick> buildPicks(const QString& strategy,
                       const Expression& expression,
                       const QList<RankTerm>& ranking,
                       const ScreenResult& result,
                       const ScreenData& d)
{
    // Sector medians of P/E over the whole selection, for "P/E 18 vs sector median 24".
    QHash<QString, std::vector<double>> sectorPe;
    if (d.numbers.contains(QStringLiteral("pe_ratio"))) {
        for (qsizetype i = 0; i < d.size(); ++i) {
            const double pe = d.valueOf(QStringLiteral("pe_ratio"), i);
            const QString sector = d.textOf(QStringLiteral("sector"), i);
            if (std::isfinite(pe) && pe > 0 && !sector.isEmpty()) {
                sectorPe[sector].push_back(pe);
            }
        }
    }
    QList<Pick> out;
    for (int i = 0; i < result.rows.size(); ++i) {
        const ScreenRow& r = result.rows[i];
        const qsizetype row = r.row;
        auto v = [&](const char* key) {
            return d.valueOf(QLatin1String(key), row);
        };
        Pick p;
        p.date = result.asOf;
        p.symbol = r.ticker;
        p.symbolId = d.symbolIds.empty() ? 0 : d.symbolIds[static_cast<size_t>(row)];
        p.stockName = d.names.value(row);
        p.strategy = strategy;
        p.rank = i + 1;
        p.selectionScore = std::isfinite(r.score) ? r.score : 0.0;
        p.currentPrice = v("close");
        p.marketCap = v("market_cap");
        p.mlPredictionScore = v("ml_prediction_score");
        p.mlPriceTarget = v("ml_price_target");
        p.mlConfidence = v("ml_confidence");
        p.mlRiskScore = v("ml_risk_score");
        p.mlValidated = v("ml_validated") == 1.0;
        p.rsi14 = v("rsi_14");
        p.macd = v("macd");
        p.sma50 = v("sma_50");
        p.sma200 = v("sma_200");
        p.peRatio = v("pe_ratio");
        p.pbRatio = v("pb_ratio");
        p.roe = v("roe");
        p.eps = v("eps");
        p.beta = v("beta");
        p.revenueGrowth = v("revenue_growth");
        p.earningsGrowth = v("earnings_growth");
        p.operatingMargin = v("operating_margin");
        p.sector = d.textOf(QStringLiteral("sector"), row);
        p.marketCapCategory = d.textOf(QStringLiteral("market_cap_category"), row);

        const double atr = v("atr_14");
        const bool mlTarget = p.mlValidated && std::isfinite(p.mlPriceTarget);
        p.targetPrice = mlTarget ? p.mlPriceTarget : (std::isfinite(atr) ? p.currentPrice + 2 * atr : kNaN);
        p.stopLoss = std::isfinite(atr) ? p.currentPrice - 2 * atr : kNaN;
        p.recommendation = recommend(p, d.textOf(QStringLiteral("verdict"), row), v("verdict_confidence"));

        // The reason: strongest ranking fields, the field-against-field conditions, RSI, P/E, ML.
        QStringList parts;
        QList<RankTerm> strongest = ranking;
        std::stable_sort(strongest.begin(), strongest.end(), [&](const RankTerm& a, const RankTerm& b) {
            return r.percentiles.value(a.field, -1) > r.percentiles.value(b.field, -1);
        });
        QSet<QString> mentioned;
        for (const RankTerm& t : std::as_const(strongest)) {
            const double pct = r.percentiles.value(t.field, kNaN);
            if (parts.size() >= 2 || !(pct >= 0.5) || t.field == QStringLiteral("ml_prediction_score")) {
                continue;
            }
            const int top = std::max(1, static_cast<int>(std::lround((1.0 - pct) * 100)));
            parts << QStringLiteral("%1 %2 (top %3 %)")
                         .arg(label(t.field), valueText(t.field, d.valueOf(t.field, row)))
                         .arg(top);
            mentioned.insert(t.field);
        }
        QSet<QString> said;
        conditionPhrases(expression.root, d, row, parts, said);
        if (std::isfinite(p.rsi14) && !mentioned.contains(QStringLiteral("rsi_14"))) {
            const double prev = d.previousOf(QStringLiteral("rsi_14"), row);
            parts << (std::isfinite(prev)
                          ? QStringLiteral("RSI %1 and %2")
                                .arg(fmt(p.rsi14, 0),
                                     p.rsi14 >= prev ? QStringLiteral("rising") : QStringLiteral("falling"))
                          : QStringLiteral("RSI %1").arg(fmt(p.rsi14, 0)));
        }
        if (std::isfinite(p.peRatio) && p.peRatio > 0 && !mentioned.contains(QStringLiteral("pe_ratio"))) {
            const auto it = sectorPe.constFind(p.sector);
            if (it != sectorPe.cend() && it->size() >= 3) {
                parts << QStringLiteral("P/E %1 vs sector median %2")
                             .arg(fmt(p.peRatio, 1), fmt(median(*it), 1));
            } else {
                parts << QStringLiteral("P/E %1").arg(fmt(p.peRatio, 1));
            }
        }
        if (p.hasMl()) {
            parts << QStringLiteral("ML score %1%2")
                         .arg(fmt(p.mlPredictionScore, 2),
                              p.mlValidated ? QString() : QStringLiteral(" (unvalidated)"));
        }
        p.reason = parts.join(QStringLiteral("; "));
        out << p;
    }
    return out;
}

QStringList suggestedColumns()
{
    return {QStringLiteral("date"),
            QStringLiteral("symbol"),
            QStringLiteral("stock_name"),
            QStringLiteral("current_price"),
            QStringLiteral("market_cap"),
            QStringLiteral("strategy"),
            QStringLiteral("selection_score"),
            QStringLiteral("rank"),
            QStringLiteral("ml_prediction_score"),
            QStringLiteral("ml_price_target"),
            QStringLiteral("ml_confidence"),
            QStringLiteral("ml_risk_score"),
            QStringLiteral("rsi_14"),
            QStringLiteral("macd"),
            QStringLiteral("sma_50"),
            QStringLiteral("sma_200"),
            QStringLiteral("pe_ratio"),
            QStringLiteral("pb_ratio"),
            QStringLiteral("roe"),
            QStringLiteral("eps"),
            QStringLiteral("beta"),
            QStringLiteral("revenue_growth"),
            QStringLiteral("earnings_growth"),
            QStringLiteral("operating_margin"),
            QStringLiteral("target_price"),
            QStringLiteral("stop_loss"),
            QStringLiteral("recommendation"),
            QStringLiteral("reason"),
            QStringLiteral("sector"),
            QStringLiteral("market_cap_category"),
            QStringLiteral("created_at")};
}

} // namespace Tessera::Screens
