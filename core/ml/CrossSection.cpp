#include "core/ml/CrossSection.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <exception>
#include <mutex>
#include <numeric>
#include <optional>

#include <QJsonArray>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#include "core/features/IndicatorFrame.h"
#include "core/ml/Metrics.h"
#include "core/ml/models/PooledBooster.h"
#include "core/tiles/Slippage.h"

namespace Tessera::Ml {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

QJsonValue jsonNumber(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null);
}

/** Technical columns of one symbol, per bar (rows × kTech), from its adjusted bars. */
constexpr int kTech = 15;

void technicalRow(const Features::IndicatorFrame& f,
                  const std::vector<double>& close,
                  const std::vector<double>& rawClose,
                  size_t i,
                  double* out)
{
    using Features::Column;
    const auto v = [&](Column c) {
        return f[c][i];
    };
    const double c = close[i];
    const double sma20 = v(Column::Sma20);
    const double sma50 = v(Column::Sma50);
    const double sma200 = v(Column::Sma200);
    const double ema12 = v(Column::Ema12);
    const double ema26 = v(Column::Ema26);
    out[0] = v(Column::Rsi14);
    out[1] = (ema12 - ema26) / c;
    out[2] = v(Column::MacdSignal) / c;
    out[3] = v(Column::MacdHist) / c;
    out[4] = sma50 / sma200;
    out[5] = c / sma20 - 1;
    out[6] = c / sma50 - 1;
    out[7] = c / sma200 - 1;
    out[8] = c / ema12 - 1;
    out[9] = c / ema26 - 1;
    out[10] = v(Column::AtrPct);
    out[11] = v(Column::BbPctB);
    out[12] = v(Column::BbWidth);
    out[13] = v(Column::Vol20);
    const double traded = rawClose[i] * v(Column::AvgVolume30);
    out[14] = traded > 0 ? std::log(traded) : kNaN;
    for (int k = 0; k < kTech; ++k) {
        if (!std::isfinite(out[k])) {
            out[k] = kNaN; // ±∞ from a zero denominator is missing, not a value
        }
    }
}

/** Rank (1-based, ties averaged) of each value among the finite ones of v; NaN stays NaN. */
void percentiles(const std::vector<double>& v, std::vector<double>& pct, std::vector<int>& decile)
{
    const int n = static_cast<int>(v.size());
    const std::vector<double> r = averageRanks(v.data(), n);
    pct.assign(static_cast<size_t>(n), 0.5);
    decile.assign(static_cast<size_t>(n), 0);
    for (int i = 0; i < n; ++i) {
        const double rank = r[static_cast<size_t>(i)];
        pct[static_cast<size_t>(i)] = n > 1 ? (rank - 1) / (n - 1) : 0.5;
        decile[static_cast<size_t>(i)] = std::min(9, static_cast<int>(std::floor(10.0 * (rank - 1) / n)));
    }
}

double r2Of(const std::vector<double>& y, const std::vector<double>& p)
{
    if (y.size() < 2) {
        return kNaN;
    }
    const double mean = std::accumulate(y.begin(), y.end(), 0.0) / static_cast<double>(y.size());
    double sse = 0;
    double sst = 0;
    for (size_t i = 0; i < y.size(); ++i) {
        sse += (y[i] - p[i]) * (y[i] - p[i]);
        sst += (y[i] - mean) * (y[i] - mean);
    }
    return sst > 0 ? 1 - sse / sst : kNaN;
}

PooledBooster::Params boosterParams(const XsSettings& s)
{
    PooledBooster::Params p;
    p.forest = s.learner == XsLearner::RandomForest;
    p.maxBin = s.maxBin;
    p.seed = s.seed;
    p.threads = s.threads > 0 ? s.threads : std::max(1, QThread::idealThreadCount());
    if (p.forest) {
        p.trees = s.rfTrees;
        p.maxDepth = s.rfMaxDepth;
        p.minChildWeight = s.rfMinChildWeight;
        p.subsample = s.rfSubsample;
        p.colsampleByNode = s.rfColsampleByNode;
        p.colsampleByTree = 1.0;
        p.lambda = 0; // a forest's leaf is the plain mean of its rows
    } else {
        p.rounds = s.gbmRounds;
        p.maxDepth = s.gbmMaxDepth;
        p.eta = s.gbmEta;
        p.subsample = s.gbmSubsample;
        p.colsampleByNode = 1.0;
        p.colsampleByTree = s.gbmColsample;
        p.minChildWeight = s.gbmMinChildWeight;
        p.lambda = 1;
    }
    return p;
}

/** Rows → contiguous float features and labels for XGBoost. */
void gather(const XsPanel& panel,
            const std::vector<double>& y,
            const std::vector<int>& rows,
            std::vector<float>& xf,
            std::vector<float>& yf)
{
    const size_t cols = static_cast<size_t>(panel.columns());
    xf.resize(rows.size() * cols);
    yf.resize(rows.size());
    for (size_t i = 0; i < rows.size(); ++i) {
        const double* src = panel.row(rows[i]);
        for (size_t c = 0; c < cols; ++c) {
            xf[i * cols + c] = static_cast<float>(src[c]);
        }
        yf[i] = static_cast<float>(y[static_cast<size_t>(rows[i])]);
    }
}

/** Out-of-sample statistics of one target from its test predictions (NaN = not a test row). */
void evaluate(const XsPanel& panel,
              const XsSettings& settings,
              const std::vector<double>& pred,
              const std::vector<double>& y,
              const std::vector<double>& raw,
              int baselineColumn,
              const std::vector<XsFold>& folds,
              XsModelReport& report)
{
    const int h = settings.horizon;
    const int cols = panel.columns();
    std::vector<double> baseline;
    std::vector<double> decileSum(10, 0.0);
    std::vector<int> decileDays(10, 0);
    std::vector<std::vector<int>> tops;
    std::vector<std::vector<int>> bottoms;
    std::vector<double> topCost;
    std::vector<double> bottomCost;
    std::vector<double> spreads;
    std::vector<double> allY;
    std::vector<double> allP;
    for (const XsFold& fold : folds) {
        XsFoldReport fr;
        fr.index = fold.index;
        fr.testFrom = QDate::fromJulianDay(panel.dates[static_cast<size_t>(fold.testBegin)]);
        fr.testTo = QDate::fromJulianDay(panel.dates[static_cast<size_t>(fold.testEnd - 1)]);
        fr.trainTo = fold.trainLimit > 0
                         ? QDate::fromJulianDay(panel.dates[static_cast<size_t>(fold.trainLimit - 1)])
                         : QDate();
        std::vector<double> foldIc;
        std::vector<double> foldY;
        std::vector<double> foldP;
        std::vector<double> foldSpread;
        for (int d = fold.testBegin; d < fold.testEnd; ++d) {
            std::vector<double> p;
            std::vector<double> r;
            std::vector<double> b;
            std::vector<int> sym;
            std::vector<double> cost;
            for (int row = panel.dateBegin[static_cast<size_t>(d)];
                 row < panel.dateBegin[static_cast<size_t>(d) + 1];
                 ++row) {
                const size_t i = static_cast<size_t>(row);
                if (!std::isfinite(pred[i]) || !std::isfinite(raw[i])) {
                    continue;
                }
                p.push_back(pred[i]);
                r.push_back(raw[i]);
                b.push_back(panel.rawX[i * static_cast<size_t>(cols) + static_cast<size_t>(baselineColumn)]);
                sym.push_back(panel.symbolOf[i]);
                cost.push_back(panel.costFraction[i]);
                foldY.push_back(y[i]);
                foldP.push_back(pred[i]);
            }
            const int n = static_cast<int>(p.size());
            if (n < std::max(3, settings.minSymbolsPerDay)) {
                continue;
            }
            const double ic = spearman(p.data(), r.data(), n);
            if (!std::isfinite(ic)) {
                continue;
            }
            foldIc.push_back(ic);
            report.icDays.push_back(panel.dates[static_cast<size_t>(d)]);
            report.icSeries.push_back(ic);
            baseline.push_back(spearman(b.data(), r.data(), n));

            std::vector<double> pct;
            std::vector<int> dec;
            percentiles(p, pct, dec);
            double sum[10] = {};
            int count[10] = {};
            std::vector<int> top;
            std::vector<int> bottom;
            double tc = 0;
            double bc = 0;
            for (int i = 0; i < n; ++i) {
                const int k = dec[static_cast<size_t>(i)];
                sum[k] += r[static_cast<size_t>(i)];
                ++count[k];
                if (k == 9) {
                    top.push_back(sym[static_cast<size_t>(i)]);
                    tc += cost[static_cast<size_t>(i)];
                } else if (k == 0) {
                    bottom.push_back(sym[static_cast<size_t>(i)]);
                    bc += cost[static_cast<size_t>(i)];
                }
            }
            for (int k = 0; k < 10; ++k) {
                if (count[k] > 0) {
                    decileSum[static_cast<size_t>(k)] += sum[k] / count[k];
                    ++decileDays[static_cast<size_t>(k)];
                }
            }
            if (count[9] > 0 && count[0] > 0) {
                const double s = sum[9] / count[9] - sum[0] / count[0];
                spreads.push_back(s);
                foldSpread.push_back(s);
                std::sort(top.begin(), top.end());
                std::sort(bottom.begin(), bottom.end());
                tops.push_back(std::move(top));
                bottoms.push_back(std::move(bottom));
                topCost.push_back(tc / count[9]);
                bottomCost.push_back(bc / count[0]);
            }
        }
        fr.testRows = static_cast<int>(foldY.size());
        fr.ic = icStats(foldIc, settings.nwLag());
        fr.r2 = r2Of(foldY, foldP);
        fr.spread = foldSpread.empty() ? kNaN
                                       : std::accumulate(foldSpread.begin(), foldSpread.end(), 0.0)
                                             / static_cast<double>(foldSpread.size());
        allY.insert(allY.end(), foldY.begin(), foldY.end());
        allP.insert(allP.end(), foldP.begin(), foldP.end());
        report.folds.push_back(fr);
    }
    report.ic = icStats(report.icSeries, settings.nwLag());
    report.baselineIc = icStats(baseline, settings.nwLag());
    report.r2 = r2Of(allY, allP);
    for (int k = 0; k < 10; ++k) {
        report.deciles[k] = decileDays[static_cast<size_t>(k)] > 0
                                ? decileSum[static_cast<size_t>(k)] / decileDays[static_cast<size_t>(k)]
                                : kNaN;
    }
    // Turnover and costs: the legs formed on a test date are compared with those formed `h` test dates
    // earlier (the previous rebalance of a portfolio held for the horizon); the first h formations are
    // bought from cash (turnover 1). Replacing a share u of a leg trades 2u of it (sell and buy), each
    // trade paying the one-way slippage of the names.
    const auto replaced = [](const std::vector<int>& now, const std::vector<int>& before) {
        std::vector<int> common;
        std::set_intersection(
            now.begin(), now.end(), before.begin(), before.end(), std::back_inserter(common));
        return now.empty() ? 0.0 : 1.0 - static_cast<double>(common.size()) / static_cast<double>(now.size());
    };
    double turnover = 0;
    double cost = 0;
    const size_t formations = spreads.size();
    for (size_t j = 0; j < formations; ++j) {
        const double ut =
            j >= static_cast<size_t>(h) ? replaced(tops[j], tops[j - static_cast<size_t>(h)]) : 1.0;
        const double ub =
            j >= static_cast<size_t>(h) ? replaced(bottoms[j], bottoms[j - static_cast<size_t>(h)]) : 1.0;
        turnover += (ut + ub) / 2;
        cost += 2 * ut * topCost[j] + 2 * ub * bottomCost[j];
    }
    if (formations > 0) {
        report.spread =
            std::accumulate(spreads.begin(), spreads.end(), 0.0) / static_cast<double>(formations);
        report.turnover = turnover / static_cast<double>(formations);
        report.costPerPeriod = cost / static_cast<double>(formations);
        report.spreadNet = report.spread - report.costPerPeriod;
    }
    report.validated = std::isfinite(report.ic.t) && report.ic.t >= settings.gate;
}

/**
 * The scores of one date's rows from the final models' predictions (price, risk) of those rows, as
 * trainCrossSection defines them; `model` supplies the settings, the price model's t and both models'
 * out-of-sample decile means.
 */
std::vector<XsScore> scoresOf(const XsPanel& panel,
                              const std::vector<int>& rows,
                              const std::vector<double>& pricePred,
                              const std::vector<double>& riskPred,
                              const XsResult& model,
                              const QDate& asOf)
{
    std::vector<double> pricePct;
    std::vector<double> riskPct;
    std::vector<int> priceDec;
    std::vector<int> riskDec;
    percentiles(pricePred, pricePct, priceDec);
    percentiles(riskPred, riskPct, riskDec);
    const XsSettings& settings = model.settings;
    const double skill = std::isfinite(model.price.ic.t) && settings.gate > 0
                             ? std::clamp(model.price.ic.t / (2 * settings.gate), 0.0, 1.0)
                             : 0.0;
    const bool raw = settings.transform == XsTransform::None;
    std::vector<XsScore> out;
    for (size_t i = 0; i < rows.size(); ++i) {
        const size_t r = static_cast<size_t>(rows[i]);
        XsScore s;
        s.ticker = panel.tickers[panel.symbolOf[r]];
        s.asOf = asOf;
        s.close = panel.close[r];
        s.predictionScore = pricePct[i];
        s.riskScore = riskPct[i];
        s.predictedReturn = raw ? pricePred[i] : model.price.deciles[priceDec[i]];
        s.predictedDrawdown = raw ? riskPred[i] : model.risk.deciles[riskDec[i]];
        s.priceTarget = std::isfinite(s.predictedReturn) ? s.close * (1 + s.predictedReturn) : kNaN;
        s.confidence = skill * std::fabs(2 * s.predictionScore - 1);
        out.push_back(s);
    }
    return out;
}

} // namespace

QString toString(XsTransform t)
{
    switch (t) {
    case XsTransform::Rank:
        return QStringLiteral("rank");
    case XsTransform::ZScore:
        return QStringLiteral("zscore");
    case XsTransform::None:
        return QStringLiteral("none");
    }
    return {};
}

QString toString(XsLearner l)
{
    return l == XsLearner::RandomForest ? QStringLiteral("rf") : QStringLiteral("gbm");
}

Result<XsTransform> parseXsTransform(const QString& text)
{
    const QString t = text.trimmed().toLower();
    if (t == u"rank") {
        return XsTransform::Rank;
    }
    if (t == u"zscore" || t == u"z") {
        return XsTransform::ZScore;
    }
    if (t == u"none" || t == u"raw") {
        return XsTransform::None;
    }
    return tl::unexpected(Error::invalidInput(
        QStringLiteral("unknown cross-sectional transform '%1' (rank, zscore or none)").arg(text)));
}

Result<XsLearner> parseXsLearner(const QString& text)
{
    const QString t = text.trimmed().toLower();
    if (t == u"rf") {
        return XsLearner::RandomForest;
    }
    if (t == u"gbm") {
        return XsLearner::Gbm;
    }
    return tl::unexpected(
        Error::invalidInput(QStringLiteral("unknown cross-sectional learner '%1' (rf or gbm)").arg(text)));
}

QJsonObject XsSettings::toJson() const
{
    return QJsonObject{{QStringLiteral("featureDays"), featureDays},
                       {QStringLiteral("horizon"), horizon},
                       {QStringLiteral("transform"), toString(transform)},
                       {QStringLiteral("folds"), folds},
                       {QStringLiteral("initialTrainFraction"), initialTrainFraction},
                       {QStringLiteral("purge"), horizon + 1},
                       {QStringLiteral("embargo"), embargo},
                       {QStringLiteral("minSymbolsPerDay"), minSymbolsPerDay},
                       {QStringLiteral("learner"), toString(learner)},
                       {QStringLiteral("gate"), gate},
                       {QStringLiteral("neweyWestLag"), nwLag()},
                       {QStringLiteral("costNotional"), costNotional},
                       {QStringLiteral("impactK"), impactK}};
}

const QStringList& xsTechnicalFeatureNames()
{
    static const QStringList names = {QStringLiteral("rsi_14"),
                                      QStringLiteral("ema_diff"),
                                      QStringLiteral("macd_signal"),
                                      QStringLiteral("macd_hist"),
                                      QStringLiteral("sma_ratio"),
                                      QStringLiteral("price_vs_sma20"),
                                      QStringLiteral("price_vs_sma50"),
                                      QStringLiteral("price_vs_sma200"),
                                      QStringLiteral("price_vs_ema12"),
                                      QStringLiteral("price_vs_ema26"),
                                      QStringLiteral("atr_pct"),
                                      QStringLiteral("bb_pctb"),
                                      QStringLiteral("bb_width"),
                                      QStringLiteral("vol_20"),
                                      QStringLiteral("log_traded_value")};
    Q_ASSERT(names.size() == kTech);
    return names;
}

std::vector<double> averageRanks(const double* v, int n)
{
    std::vector<int> order(static_cast<size_t>(std::max(n, 0)));
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [v](int a, int b) { return v[a] < v[b]; });
    std::vector<double> r(static_cast<size_t>(std::max(n, 0)));
    int i = 0;
    while (i < n) {
        int j = i;
        while (j + 1 < n && v[order[static_cast<size_t>(j) + 1]] == v[order[static_cast<size_t>(i)]]) {
            ++j;
        }
        const double rank = (i + j) / 2.0 + 1.0; // positions i..j share the mean of ranks i+1..j+1
        for (int k = i; k <= j; ++k) {
            r[static_cast<size_t>(order[static_cast<size_t>(k)])] = rank;
        }
        i = j + 1;
    }
    return r;
}

std::vector<double>
transformPerDay(const std::vector<double>& values, const std::vector<int>& begin, XsTransform t)
{
    std::vector<double> out(values.size(), kNaN);
    if (t == XsTransform::None) {
        return values;
    }
    std::vector<double> v;
    std::vector<int> at;
    for (size_t d = 0; d + 1 < begin.size(); ++d) {
        v.clear();
        at.clear();
        for (int r = begin[d]; r < begin[d + 1]; ++r) {
            if (std::isfinite(values[static_cast<size_t>(r)])) {
                v.push_back(values[static_cast<size_t>(r)]);
                at.push_back(r);
            }
        }
        const int n = static_cast<int>(v.size());
        if (n == 0) {
            continue;
        }
        if (t == XsTransform::Rank) {
            const std::vector<double> r = averageRanks(v.data(), n);
            for (int i = 0; i < n; ++i) {
                out[static_cast<size_t>(at[static_cast<size_t>(i)])] =
                    n > 1 ? (r[static_cast<size_t>(i)] - 1) / (n - 1) : 0.5;
            }
        } else {
            const double mean = std::accumulate(v.begin(), v.end(), 0.0) / n;
            double ss = 0;
            for (double x : v) {
                ss += (x - mean) * (x - mean);
            }
            const double sd = n > 1 ? std::sqrt(ss / (n - 1)) : 0.0;
            for (int i = 0; i < n; ++i) {
                const double z = sd > 0 ? (v[static_cast<size_t>(i)] - mean) / sd : 0.0;
                out[static_cast<size_t>(at[static_cast<size_t>(i)])] = std::clamp(z, -3.0, 3.0);
            }
        }
    }
    return out;
}

Result<XsPanel> buildXsPanel(const std::vector<XsSymbolInput>& symbols,
                             const QStringList& extraNames,
                             const XsSettings& settings,
                             const QDate& asOf)
{
    const int extras = static_cast<int>(extraNames.size());
    const int cols = kTech + extras;
    const int h = settings.horizon;
    const qint64 limit = asOf.isValid() ? asOf.toJulianDay() : std::numeric_limits<qint64>::max();

    // Per symbol: the bars up to asOf, their features, labels and costs.
    struct PerSymbol
    {
        QString ticker;
        std::vector<qint64> days;
        std::vector<double> feat; // bars × cols
        std::vector<double> price;
        std::vector<double> risk;
        std::vector<qint64> labelEndDay;
        std::vector<double> close;
        std::vector<double> cost;
    };
    std::vector<PerSymbol> per;
    per.reserve(symbols.size());
    std::vector<qint64> allDays;
    for (const XsSymbolInput& in : symbols) {
        const auto& days = in.bars.days();
        const qsizetype n = std::upper_bound(days.begin(), days.end(), limit) - days.begin();
        if (n < 2) {
            continue;
        }
        const BarSeries raw = in.bars.slice(0, n);
        const BarSeries adj = raw.adjusted();
        const Features::IndicatorFrame frame = Features::computeIndicators(adj);
        PerSymbol p;
        p.ticker = in.bars.ticker();
        p.days = raw.days();
        const size_t bars = static_cast<size_t>(n);
        p.feat.assign(bars * static_cast<size_t>(cols), kNaN);
        p.price.assign(bars, kNaN);
        p.risk.assign(bars, kNaN);
        p.labelEndDay.assign(bars, -1);
        p.close = raw.close();
        p.cost.assign(bars, kNaN);
        const std::vector<double>& a = adj.close();
        const std::vector<double>& vol = raw.volume();
        double volSum = 0;
        for (size_t i = 0; i < bars; ++i) {
            double* row = p.feat.data() + i * static_cast<size_t>(cols);
            technicalRow(frame, a, raw.close(), i, row);
            if (extras > 0
                && in.extra.size() >= static_cast<size_t>(in.bars.size()) * static_cast<size_t>(extras)) {
                std::copy_n(in.extra.data() + i * static_cast<size_t>(extras), extras, row + kTech);
            }
            // Labels: entry at the next close, exit h bars later; drawdown of that path.
            const size_t entry = i + 1;
            const size_t exit = i + 1 + static_cast<size_t>(h);
            if (exit < bars && a[entry] > 0 && a[exit] > 0) {
                p.price[i] = a[exit] / a[entry] - 1;
                double peak = a[entry];
                double dd = 0;
                for (size_t j = entry; j <= exit; ++j) {
                    peak = std::max(peak, a[j]);
                    dd = std::max(dd, 1 - a[j] / peak);
                }
                p.risk[i] = dd;
                p.labelEndDay[i] = p.days[exit];
            }
            // One-way slippage of costNotional (tiles/Slippage.h): ADV = mean volume of the last 20
            // bars, daily vol = vol_20, spread = clamp(k·vol, 2 bp, 5 %) as the analysis tiles do.
            volSum += vol[i];
            if (i >= 20) {
                volSum -= vol[i - 20];
            }
            const double adv = volSum / static_cast<double>(std::min<size_t>(i + 1, 20));
            const double dvol = frame[Features::Column::Vol20][i];
            if (std::isfinite(dvol) && p.close[i] > 0) {
                const Tiles::SlippageModel m{p.close[i],
                                             adv > 0 ? adv : 1.0,
                                             dvol,
                                             std::clamp(settings.impactK * dvol, 2e-4, 5e-2),
                                             settings.impactK};
                p.cost[i] = m.cost(settings.costNotional).costBps / 1e4;
            }
        }
        allDays.insert(allDays.end(), p.days.begin(), p.days.end());
        per.push_back(std::move(p));
    }
    std::sort(allDays.begin(), allDays.end());
    allDays.erase(std::unique(allDays.begin(), allDays.end()), allDays.end());
    if (allDays.empty()) {
        return tl::unexpected(Error::invalidInput(QStringLiteral("no bars on or before the as-of date")));
    }
    const size_t windowStart = allDays.size() > static_cast<size_t>(std::max(1, settings.featureDays))
                                   ? allDays.size() - static_cast<size_t>(std::max(1, settings.featureDays))
                                   : 0;

    XsPanel panel;
    panel.featureNames = xsTechnicalFeatureNames() + extraNames;
    panel.dates.assign(allDays.begin() + static_cast<std::ptrdiff_t>(windowStart), allDays.end());
    const auto dateIndex = [&](qint64 day) {
        return static_cast<int>(std::lower_bound(panel.dates.begin(), panel.dates.end(), day)
                                - panel.dates.begin());
    };
    // Bucket the usable rows by date, symbols in input order within a date.
    std::vector<std::vector<std::pair<int, int>>> byDate(panel.dates.size());
    for (size_t s = 0; s < per.size(); ++s) {
        const PerSymbol& p = per[s];
        panel.tickers << p.ticker;
        for (size_t i = 0; i < p.days.size(); ++i) {
            if (p.days[i] < panel.dates.front()) {
                continue;
            }
            const double* row = p.feat.data() + i * static_cast<size_t>(cols);
            if (!std::all_of(row, row + kTech, [](double v) { return std::isfinite(v); })) {
                continue;
            }
            byDate[static_cast<size_t>(dateIndex(p.days[i]))].emplace_back(static_cast<int>(s),
                                                                           static_cast<int>(i));
        }
    }
    // Leading dates without a usable row (the indicators' warm-up) are dropped, so that the folds cut
    // the dates that hold data.
    size_t firstDate = 0;
    while (firstDate < byDate.size() && byDate[firstDate].empty()) {
        ++firstDate;
    }
    if (firstDate == byDate.size()) {
        return tl::unexpected(Error::invalidInput(QStringLiteral(
            "no row has every technical feature (the 200-bar moving average needs 200 bars per symbol)")));
    }
    byDate.erase(byDate.begin(), byDate.begin() + static_cast<std::ptrdiff_t>(firstDate));
    panel.dates.erase(panel.dates.begin(), panel.dates.begin() + static_cast<std::ptrdiff_t>(firstDate));
    panel.dateBegin.push_back(0);
    for (size_t d = 0; d < byDate.size(); ++d) {
        for (const auto& [s, i] : byDate[d]) {
            const PerSymbol& p = per[static_cast<size_t>(s)];
            const size_t bi = static_cast<size_t>(i);
            panel.dateOf.push_back(static_cast<int>(d));
            panel.symbolOf.push_back(s);
            panel.labelEnd.push_back(p.labelEndDay[bi] >= 0 ? dateIndex(p.labelEndDay[bi]) : -1);
            const double* row = p.feat.data() + bi * static_cast<size_t>(cols);
            panel.rawX.insert(panel.rawX.end(), row, row + cols);
            panel.rawPrice.push_back(p.price[bi]);
            panel.rawRisk.push_back(p.risk[bi]);
            panel.close.push_back(p.close[bi]);
            panel.costFraction.push_back(p.cost[bi]);
        }
        panel.dateBegin.push_back(panel.rows());
    }
    if (panel.rows() == 0) {
        return tl::unexpected(Error::invalidInput(QStringLiteral(
            "no row has every technical feature (the 200-bar moving average needs 200 bars per symbol)")));
    }
    // Per-day transform of each column and of the labels.
    panel.x.assign(panel.rawX.size(), kNaN);
    std::vector<double> column(static_cast<size_t>(panel.rows()));
    for (int c = 0; c < cols; ++c) {
        for (int r = 0; r < panel.rows(); ++r) {
            column[static_cast<size_t>(r)] =
                panel.rawX[static_cast<size_t>(r) * static_cast<size_t>(cols) + static_cast<size_t>(c)];
        }
        const std::vector<double> t = transformPerDay(column, panel.dateBegin, settings.transform);
        for (int r = 0; r < panel.rows(); ++r) {
            panel.x[static_cast<size_t>(r) * static_cast<size_t>(cols) + static_cast<size_t>(c)] =
                t[static_cast<size_t>(r)];
        }
    }
    panel.yPrice = transformPerDay(panel.rawPrice, panel.dateBegin, settings.transform);
    panel.yRisk = transformPerDay(panel.rawRisk, panel.dateBegin, settings.transform);
    return panel;
}

Result<std::vector<XsFold>> xsFolds(int labelledDates, int k, double initialTrainFraction, int embargo)
{
    if (k < 1) {
        return tl::unexpected(
            Error::invalidInput(QStringLiteral("cross-sectional folds must be at least 1")));
    }
    const int initial =
        static_cast<int>(std::lround(std::clamp(initialTrainFraction, 0.0, 0.95) * labelledDates));
    const int testDates = labelledDates - initial;
    const int block = testDates / k;
    if (block < 2) {
        return tl::unexpected(Error::invalidInput(
            QStringLiteral("%1 labelled dates are too few for %2 folds (at least 2 test dates each)")
                .arg(labelledDates)
                .arg(k)));
    }
    std::vector<XsFold> folds;
    for (int i = 0; i < k; ++i) {
        XsFold f;
        f.index = i;
        f.testBegin = initial + i * block;
        f.testEnd = i + 1 == k ? labelledDates : f.testBegin + block;
        f.trainLimit = f.testBegin - std::max(0, embargo);
        if (f.trainLimit < 1) {
            return tl::unexpected(Error::invalidInput(
                QStringLiteral("fold %1 has no training dates before its purge and embargo").arg(i + 1)));
        }
        folds.push_back(f);
    }
    return folds;
}

std::vector<int> xsTrainRows(const XsPanel& panel, const XsFold& fold, const std::vector<double>& y)
{
    std::vector<int> rows;
    const int end = panel.dateBegin[static_cast<size_t>(std::clamp(fold.trainLimit, 0, panel.dateCount()))];
    for (int r = 0; r < end; ++r) {
        // Purge: the label must end before trainLimit, i.e. before the embargo and the test block.
        if (panel.hasLabel(r) && panel.labelEnd[static_cast<size_t>(r)] < fold.trainLimit
            && std::isfinite(y[static_cast<size_t>(r)])) {
            rows.push_back(r);
        }
    }
    return rows;
}

double neweyWestT(const std::vector<double>& x, int lag)
{
    const int n = static_cast<int>(x.size());
    if (n < 2 || lag < 0 || lag >= n) {
        return kNaN;
    }
    const double mean = std::accumulate(x.begin(), x.end(), 0.0) / n;
    const auto gamma = [&](int l) {
        double s = 0;
        for (int t = l; t < n; ++t) {
            s += (x[static_cast<size_t>(t)] - mean) * (x[static_cast<size_t>(t - l)] - mean);
        }
        return s / n;
    };
    double s = gamma(0);
    for (int l = 1; l <= lag; ++l) {
        s += 2.0 * (1.0 - static_cast<double>(l) / (lag + 1)) * gamma(l);
    }
    if (!(s > 0)) {
        return kNaN;
    }
    return mean / std::sqrt(s / n);
}

IcStats icStats(const std::vector<double>& ic, int lag)
{
    IcStats s;
    s.days = static_cast<int>(ic.size());
    s.lag = lag;
    if (ic.empty()) {
        return s;
    }
    s.mean = std::accumulate(ic.begin(), ic.end(), 0.0) / s.days;
    if (s.days > 1) {
        double ss = 0;
        for (double v : ic) {
            ss += (v - s.mean) * (v - s.mean);
        }
        s.sd = std::sqrt(ss / (s.days - 1));
        s.icir = s.sd > 0 ? s.mean / s.sd : kNaN;
    }
    s.t = neweyWestT(ic, lag);
    return s;
}

QJsonObject IcStats::toJson() const
{
    return QJsonObject{{QStringLiteral("days"), days},
                       {QStringLiteral("mean"), jsonNumber(mean)},
                       {QStringLiteral("sd"), jsonNumber(sd)},
                       {QStringLiteral("icir"), jsonNumber(icir)},
                       {QStringLiteral("t"), jsonNumber(t)},
                       {QStringLiteral("lag"), lag}};
}

QJsonObject XsFoldReport::toJson() const
{
    return QJsonObject{{QStringLiteral("fold"), index + 1},
                       {QStringLiteral("trainTo"), trainTo.toString(Qt::ISODate)},
                       {QStringLiteral("testFrom"), testFrom.toString(Qt::ISODate)},
                       {QStringLiteral("testTo"), testTo.toString(Qt::ISODate)},
                       {QStringLiteral("trainRows"), trainRows},
                       {QStringLiteral("testRows"), testRows},
                       {QStringLiteral("rank_ic_mean"), jsonNumber(ic.mean)},
                       {QStringLiteral("rank_ic_t"), jsonNumber(ic.t)},
                       {QStringLiteral("icir"), jsonNumber(ic.icir)},
                       {QStringLiteral("days"), ic.days},
                       {QStringLiteral("r2"), jsonNumber(r2)},
                       {QStringLiteral("decile_spread"), jsonNumber(spread)}};
}

QJsonObject XsModelReport::toJson(bool withSeries) const
{
    QJsonArray foldArray;
    for (const XsFoldReport& f : folds) {
        foldArray.append(f.toJson());
    }
    QJsonArray dec;
    for (double d : deciles) {
        dec.append(jsonNumber(d));
    }
    QJsonObject o{{QStringLiteral("target"), target},
                  {QStringLiteral("rank_ic_mean"), jsonNumber(ic.mean)},
                  {QStringLiteral("rank_ic_sd"), jsonNumber(ic.sd)},
                  {QStringLiteral("rank_ic_t"), jsonNumber(ic.t)},
                  {QStringLiteral("icir"), jsonNumber(ic.icir)},
                  {QStringLiteral("ic_days"), ic.days},
                  {QStringLiteral("newey_west_lag"), ic.lag},
                  {QStringLiteral("baseline"), baseline},
                  {QStringLiteral("baseline_rank_ic_mean"), jsonNumber(baselineIc.mean)},
                  {QStringLiteral("baseline_rank_ic_t"), jsonNumber(baselineIc.t)},
                  {QStringLiteral("r2"), jsonNumber(r2)},
                  {QStringLiteral("deciles"), dec},
                  {QStringLiteral("decile_spread"), jsonNumber(spread)},
                  {QStringLiteral("decile_spread_net"), jsonNumber(spreadNet)},
                  {QStringLiteral("turnover"), jsonNumber(turnover)},
                  {QStringLiteral("cost_per_period"), jsonNumber(costPerPeriod)},
                  {QStringLiteral("validated"), validated},
                  {QStringLiteral("train_rows"), trainRows},
                  {QStringLiteral("folds"), foldArray}};
    if (withSeries) {
        QJsonArray days;
        QJsonArray values;
        for (size_t i = 0; i < icDays.size(); ++i) {
            days.append(QDate::fromJulianDay(icDays[i]).toString(Qt::ISODate));
            values.append(jsonNumber(icSeries[i]));
        }
        o.insert(QStringLiteral("ic_series_days"), days);
        o.insert(QStringLiteral("ic_series"), values);
        o.insert(QStringLiteral("params"), params);
    }
    return o;
}

Result<XsResult>
trainCrossSection(const XsPanel& panel, const XsSettings& settings, const XsProgress& progress)
{
    XsResult result;
    result.settings = settings;
    result.asOf = panel.asOf();
    result.dataFrom = panel.dates.empty() ? QDate() : QDate::fromJulianDay(panel.dates.front());
    result.rows = panel.rows();
    result.featureNames = panel.featureNames;
    {
        std::vector<char> seen(static_cast<size_t>(panel.tickers.size()), 0);
        for (int s : panel.symbolOf) {
            seen[static_cast<size_t>(s)] = 1;
        }
        result.symbols = static_cast<int>(std::count(seen.begin(), seen.end(), 1));
    }
    // Labelled dates: the prefix up to the last date with a label.
    int labelled = 0;
    for (int r = 0; r < panel.rows(); ++r) {
        if (panel.hasLabel(r)) {
            labelled = std::max(labelled, panel.dateOf[static_cast<size_t>(r)] + 1);
        }
    }
    auto folds = xsFolds(labelled, settings.folds, settings.initialTrainFraction, settings.embargo);
    if (!folds) {
        return tl::unexpected(folds.error());
    }
    const int totalFits = 2 * (static_cast<int>(folds->size()) + 1);
    int fits = 0;
    const PooledBooster::Params params = boosterParams(settings);
    const int asOfDate = panel.dateCount() - 1;
    std::vector<int> scoreRows;
    for (int r = panel.dateBegin[static_cast<size_t>(asOfDate)];
         r < panel.dateBegin[static_cast<size_t>(asOfDate) + 1];
         ++r) {
        scoreRows.push_back(r);
    }
    // Every fit (each fold and the final fit of both targets) is independent: they run side by side on
    // `threads` pool threads with one XGBoost thread each. Why not one fit with nthread = cores: libgomp
    // spin-waits between parallel regions, and on this shared 2-core machine under load that made the
    // same fits 10-20x slower (measured: 48-68 s against 3.5-9 s with OMP_WAIT_POLICY=PASSIVE, which a
    // library cannot set after libgomp has started). Results do not depend on the order of the jobs.
    struct Job
    {
        int target = 0;
        int fold = -1; ///< -1: the final fit
    };
    std::vector<Job> jobs;
    for (int target = 0; target < 2; ++target) {
        for (size_t f = 0; f < folds->size(); ++f) {
            jobs.push_back({target, static_cast<int>(f)});
        }
        jobs.push_back({target, -1});
    }
    std::vector<double> pred[2] = {std::vector<double>(static_cast<size_t>(panel.rows()), kNaN),
                                   std::vector<double>(static_cast<size_t>(panel.rows()), kNaN)};
    std::vector<int> foldTrainRows[2] = {std::vector<int>(folds->size(), 0),
                                         std::vector<int>(folds->size(), 0)};
    std::vector<double> finalPred[2];
    QByteArray payload[2];
    int finalRows[2] = {0, 0};
    const QString targets[2] = {QStringLiteral("price"), QStringLiteral("risk")};
    PooledBooster::Params one = params;
    one.threads = 1;
    std::mutex
        mutex; // guards the outputs above (distinct rows per job, but vectors of vectors), progress, error
    std::optional<Error> failure;
    std::atomic<bool> stop{false};
    const auto runJob = [&](const Job& job) {
        if (stop.load()) {
            return;
        }
        const std::vector<double>& y = job.target == 0 ? panel.yPrice : panel.yRisk;
        std::vector<int> trainRows;
        std::vector<int> testRows;
        if (job.fold >= 0) {
            const XsFold& fold = (*folds)[static_cast<size_t>(job.fold)];
            trainRows = xsTrainRows(panel, fold, y);
            for (int r = panel.dateBegin[static_cast<size_t>(fold.testBegin)];
                 r < panel.dateBegin[static_cast<size_t>(fold.testEnd)];
                 ++r) {
                if (panel.hasLabel(r) && std::isfinite(y[static_cast<size_t>(r)])) {
                    testRows.push_back(r);
                }
            }
        } else {
            // The final model: every labelled row (all labels end on or before the as-of date).
            for (int r = 0; r < panel.rows(); ++r) {
                if (panel.hasLabel(r) && std::isfinite(y[static_cast<size_t>(r)])) {
                    trainRows.push_back(r);
                }
            }
            testRows = scoreRows;
        }
        QString what = job.fold >= 0 ? QStringLiteral("%1 model, fold %2 of %3")
                                           .arg(targets[job.target])
                                           .arg(job.fold + 1)
                                           .arg(folds->size())
                                     : QStringLiteral("%1 model, final fit").arg(targets[job.target]);
        if (trainRows.size() < 2 || testRows.empty()) {
            std::lock_guard lock(mutex);
            failure = Error::invalidInput(QStringLiteral("%1: %2 training and %3 test rows")
                                              .arg(what)
                                              .arg(trainRows.size())
                                              .arg(testRows.size()));
            stop = true;
            return;
        }
        try {
            std::vector<float> xf;
            std::vector<float> yf;
            PooledBooster model(one);
            gather(panel, y, trainRows, xf, yf);
            model.fit(xf.data(), yf.data(), static_cast<int>(trainRows.size()), panel.columns());
            gather(panel, y, testRows, xf, yf);
            std::vector<double> p = model.predict(xf.data(), static_cast<int>(testRows.size()));
            std::lock_guard lock(mutex);
            if (job.fold >= 0) {
                for (size_t i = 0; i < testRows.size(); ++i) {
                    pred[job.target][static_cast<size_t>(testRows[i])] = p[i];
                }
                foldTrainRows[job.target][static_cast<size_t>(job.fold)] = static_cast<int>(trainRows.size());
            } else {
                finalPred[job.target] = std::move(p);
                payload[job.target] = model.payload();
                finalRows[job.target] = static_cast<int>(trainRows.size());
            }
            ++fits;
            if (progress && !progress(fits, totalFits, what)) {
                failure = Error::cancelled();
                stop = true;
            }
        } catch (const std::exception& e) {
            std::lock_guard lock(mutex);
            failure = Error::internal(QStringLiteral("library error: %1").arg(QString::fromUtf8(e.what())));
            stop = true;
        }
    };
    {
        QThreadPool pool;
        pool.setMaxThreadCount(std::max(1, params.threads));
        QtConcurrent::blockingMap(&pool, jobs, runJob);
    }
    if (failure) {
        return tl::unexpected(*failure);
    }
    for (int target = 0; target < 2; ++target) {
        XsModelReport& report = target == 0 ? result.price : result.risk;
        report.target = targets[target];
        report.baseline = target == 0 ? QStringLiteral("price_vs_sma50") : QStringLiteral("atr_pct");
        const int baselineColumn = static_cast<int>(panel.featureNames.indexOf(report.baseline));
        evaluate(panel,
                 settings,
                 pred[target],
                 target == 0 ? panel.yPrice : panel.yRisk,
                 target == 0 ? panel.rawPrice : panel.rawRisk,
                 baselineColumn,
                 *folds,
                 report);
        for (size_t i = 0; i < report.folds.size(); ++i) {
            report.folds[i].trainRows = foldTrainRows[target][i];
        }
        report.trainRows = finalRows[target];
        report.payload = payload[target];
        report.params = params.toJson();
    }

    result.scores = scoresOf(panel, scoreRows, finalPred[0], finalPred[1], result, result.asOf);
    return result;
}

Result<std::vector<XsScore>>
scoreCrossSection(const XsResult& model, const XsPanel& panel, int firstDate, int lastDate)
{
    if (panel.featureNames != model.featureNames) {
        return tl::unexpected(Error::invalidInput(
            QStringLiteral("the panel's feature columns (%1) are not the model's (%2)")
                .arg(panel.featureNames.join(QLatin1Char(',')), model.featureNames.join(QLatin1Char(',')))));
    }
    firstDate = std::max(firstDate, 0);
    lastDate = std::min(lastDate, panel.dateCount() - 1);
    std::vector<XsScore> out;
    if (firstDate > lastDate) {
        return out;
    }
    const int begin = panel.dateBegin[static_cast<size_t>(firstDate)];
    const int end = panel.dateBegin[static_cast<size_t>(lastDate) + 1];
    if (end <= begin) {
        return out;
    }
    std::vector<int> rows(static_cast<size_t>(end - begin));
    std::iota(rows.begin(), rows.end(), begin);
    std::vector<double> pred[2];
    try {
        std::vector<float> xf;
        std::vector<float> unused;
        gather(panel, panel.yPrice, rows, xf, unused);
        for (int target = 0; target < 2; ++target) {
            PooledBooster booster(PooledBooster::Params{});
            booster.load((target == 0 ? model.price : model.risk).payload, panel.columns());
            pred[target] = booster.predict(xf.data(), static_cast<int>(rows.size()));
        }
    } catch (const std::exception& e) {
        return tl::unexpected(
            Error::internal(QStringLiteral("library error: %1").arg(QString::fromUtf8(e.what()))));
    }
    // Each date's percentiles among that date's rows only.
    for (int d = firstDate; d <= lastDate; ++d) {
        const int from = panel.dateBegin[static_cast<size_t>(d)] - begin;
        const int to = panel.dateBegin[static_cast<size_t>(d) + 1] - begin;
        if (to <= from) {
            continue;
        }
        const std::vector<int> dateRows(rows.begin() + from, rows.begin() + to);
        const std::vector<double> price(pred[0].begin() + from, pred[0].begin() + to);
        const std::vector<double> risk(pred[1].begin() + from, pred[1].begin() + to);
        std::vector<XsScore> day = scoresOf(
            panel, dateRows, price, risk, model, QDate::fromJulianDay(panel.dates[static_cast<size_t>(d)]));
        out.insert(out.end(), day.begin(), day.end());
    }
    return out;
}

QDate addWeekdays(const QDate& asOf, int tradingDays)
{
    QDate d = asOf;
    int left = tradingDays;
    while (left > 0) {
        d = d.addDays(1);
        if (d.dayOfWeek() <= 5) {
            --left;
        }
    }
    return d;
}

} // namespace Tessera::Ml
