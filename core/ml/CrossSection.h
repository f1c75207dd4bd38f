#pragma once

#include <cstdint>
#include <functional>
#include <limits>
#include <vector>

#include <QByteArray>
#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include "core/common/Result.h"
#include "core/market/BarSeries.h"

namespace Tessera::Ml {

/** How each feature and label is made comparable across symbols on one day. */
enum class XsTransform
{
    Rank,   ///< average rank scaled to [0, 1]: (r − 1)/(n − 1); one symbol → 0.5 (default)
    ZScore, ///< (x − mean)/sd with the sample sd, clipped to ±3; sd = 0 → 0
    None    ///< raw values (for comparing R² with the peer, whose targets are raw)
};

/** The learner of both cross-sectional models (XGBoost C API, tree_method hist, threads = cores). */
enum class XsLearner
{
    RandomForest, ///< XGBoost RF mode: one round of num_parallel_tree trees, row/column subsampling, eta 1
    Gbm           ///< gradient boosting: shallow trees, small eta, a fixed number of rounds
};

QString toString(XsTransform t);
QString toString(XsLearner l);
[[nodiscard]] Result<XsTransform> parseXsTransform(const QString& text);
[[nodiscard]] Result<XsLearner> parseXsLearner(const QString& text);

/**
 * Everything a cross-sectional run depends on (stored with each model as JSON). Defaults follow the
 * seed-003 ML section and the peer ../shared/bench/peer/train_cross_section.py where they apply.
 */
struct XsSettings
{
    int featureDays = 365; ///< trading days (dates of the pooled calendar) of features up to the as-of date
    int horizon = 10;      ///< label length in trading days: close t+1 → close t+1+horizon
    XsTransform transform = XsTransform::Rank;
    int folds = 5;                     ///< walk-forward folds over the labelled dates
    double initialTrainFraction = 0.5; ///< share of the labelled dates before the first test block
    int embargo = 10;                  ///< extra dates dropped between a fold's training and its test block
    int minSymbolsPerDay = 5;          ///< a date with fewer labelled symbols is not scored or tested
    XsLearner learner = XsLearner::RandomForest;
    bool useFundamentals = true; ///< append the stored fundamentals (point in time) as feature columns
    // RF mode (the seed's forest: 100 trees, depth 10, leaves of at least 10 rows).
    int rfTrees = 100;
    int rfMaxDepth = 10;
    double rfMinChildWeight = 10; ///< squared error: the hessian is 1 per row, so this is rows per leaf
    double rfSubsample = 0.632;   ///< rows per tree, without replacement (≈ a bootstrap's distinct rows)
    double rfColsampleByNode = 0.8;
    // GBM mode.
    int gbmRounds = 200;
    int gbmMaxDepth = 4;
    double gbmEta = 0.05;
    double gbmSubsample = 0.8;
    double gbmColsample = 0.8;
    double gbmMinChildWeight = 50;
    int maxBin = 128;
    // Statistics and outputs.
    double gate = 2.0;               ///< out-of-sample rank-IC Newey–West t below this = "unvalidated"
    int neweyWestLag = -1;           ///< < 0: the horizon (overlapping labels share horizon − 1 returns)
    double costNotional = 1'000'000; ///< order size (currency units) whose slippage costs the spread
    double impactK = 0.1;            ///< the slippage model's impact coefficient (tiles/Slippage.h)
    int threads = 0;                 ///< XGBoost threads; 0 = QThread::idealThreadCount()
    quint64 seed = 7;

    int nwLag() const { return neweyWestLag >= 0 ? neweyWestLag : horizon; }
    QJsonObject toJson() const;
};

/** One symbol's input: its stored bars and, optionally, extra feature columns (e.g. fundamentals). */
struct XsSymbolInput
{
    BarSeries bars;            ///< stored bars (raw close + adjusted close), ascending
    std::vector<double> extra; ///< bars.size() × extraNames rows, row-major, NaN = missing; may be empty
};

/**
 * The technical feature columns, all scale-free so they compare across symbols (the seed-003 list with
 * price-unit columns turned into ratios to the close):
 *   rsi_14           RSI 14 (Wilder), 0..100
 *   ema_diff         (EMA12 − EMA26)/C  (the seed's ema_diff; equal to MACD/C, so macd itself is left out)
 *   macd_signal      signal line (EMA9 of MACD)/C;   macd_hist  (MACD − signal)/C
 *   sma_ratio        SMA50/SMA200
 *   price_vs_sma20   C/SMA20 − 1;  price_vs_sma50  C/SMA50 − 1;  price_vs_sma200  C/SMA200 − 1
 *   price_vs_ema12   C/EMA12 − 1;  price_vs_ema26  C/EMA26 − 1
 *   atr_pct          100·ATR14/C (never atr_14 in price units: it carries the adjustment factor)
 *   bb_pctb, bb_width  Bollinger 20/2 %b and (upper − lower)/middle
 *   vol_20           sample sd of the last 20 daily log returns
 *   log_traded_value ln(C · mean volume of 30 days): size/liquidity (the seed's volume)
 * All from the adjusted bars (indicators from core/features). A row needs every technical column.
 */
const QStringList& xsTechnicalFeatureNames();

/**
 * The pooled rows of a selection: for the last `featureDays` dates (of the union of the symbols' dates)
 * up to the as-of date, one row per (date, symbol with a bar that day and every technical feature),
 * ordered by date then symbol. Features and labels are transformed per date across symbols; the raw
 * labels are kept for the statistics (rank IC, deciles). Extra columns (fundamentals, appended later)
 * may be NaN: XGBoost treats NaN as missing. Labels, for row t of a symbol's own bars A (adjusted):
 *   price  A[t+1+h]/A[t+1] − 1                         (no same-close trading: entry at the next close)
 *   risk   max over t+1 ≤ i ≤ j ≤ t+1+h of 1 − A[j]/A[i]  (max drawdown of that path, ≥ 0)
 * and exist only when bar t+1+h is on or before the as-of date. Value type.
 */
struct XsPanel
{
    QStringList tickers;             ///< symbol index → ticker
    QStringList featureNames;        ///< technical + extra
    std::vector<std::int64_t> dates; ///< Julian days of the window, ascending
    std::vector<int> dateOf;         ///< row → index into dates
    std::vector<int> symbolOf;       ///< row → index into tickers
    std::vector<int> labelEnd;       ///< row → date index of its label's last bar, -1 without a label
    std::vector<double> x;           ///< rows × features, transformed per date
    std::vector<double> rawX;        ///< rows × features before the transform (baselines)
    std::vector<double> yPrice;      ///< transformed labels (NaN without a label)
    std::vector<double> yRisk;
    std::vector<double> rawPrice; ///< raw labels (fractions)
    std::vector<double> rawRisk;
    std::vector<double> close;        ///< close as traded on the row's date (price targets)
    std::vector<double> costFraction; ///< round-trip-half (one-way) slippage of costNotional, fraction
    std::vector<int> dateBegin;       ///< date index → first row of that date (size dates + 1)

    int rows() const { return static_cast<int>(dateOf.size()); }
    int columns() const { return static_cast<int>(featureNames.size()); }
    int dateCount() const { return static_cast<int>(dates.size()); }
    bool hasLabel(int r) const { return labelEnd[static_cast<size_t>(r)] >= 0; }
    const double* row(int r) const
    {
        return x.data() + static_cast<size_t>(r) * static_cast<size_t>(columns());
    }
    QDate asOf() const { return dates.empty() ? QDate() : QDate::fromJulianDay(dates.back()); }
};

/**
 * Builds the panel from every symbol's bars truncated to asOf (invalid = all bars): nothing after asOf
 * is read, so changing later bars changes nothing here. InvalidInput when no row is left.
 */
[[nodiscard]] Result<XsPanel> buildXsPanel(const std::vector<XsSymbolInput>& symbols,
                                           const QStringList& extraNames,
                                           const XsSettings& settings,
                                           const QDate& asOf = {});

/**
 * Per-day transform of one column: `values[r]` for rows grouped by date (rows [begin[d], begin[d+1]) are
 * date d). NaN stays NaN and is left out of the day's ranks and moments. Rank ties share their average
 * rank. Pure; the building block of buildXsPanel (and hand-checked in tests).
 */
std::vector<double>
transformPerDay(const std::vector<double>& values, const std::vector<int>& begin, XsTransform t);

/** Average ranks (1-based) of n values; ties share the mean of their positions. */
std::vector<double> averageRanks(const double* v, int n);

/**
 * One walk-forward fold in date indexes: test dates [testBegin, testEnd); a row may train when its
 * label's last date is before trainLimit = testBegin − embargo. That purges every training label that
 * reaches into the test block (label length h + 1 bars from the row's date) and then keeps `embargo`
 * more dates apart, against serial correlation of the features across the boundary.
 */
struct XsFold
{
    int index = 0;
    int trainLimit = 0;
    int testBegin = 0;
    int testEnd = 0;
};

/**
 * `k` expanding folds over the labelled dates [0, labelledDates): the first
 * round(initialTrainFraction · labelledDates) dates only train; the rest are cut into k equal test blocks
 * (the last absorbs the remainder). InvalidInput when a block would hold fewer than 2 dates or the first
 * fold's training would end before date 1.
 */
[[nodiscard]] Result<std::vector<XsFold>>
xsFolds(int labelledDates, int k, double initialTrainFraction, int embargo);

/**
 * The rows that may train a fold: those with a finite label in `y` whose label ends before
 * fold.trainLimit (so none reaches into the embargo or the test block), ascending.
 */
std::vector<int> xsTrainRows(const XsPanel& panel, const XsFold& fold, const std::vector<double>& y);

/** Daily rank-IC statistics over a series of days (chronological). */
struct IcStats
{
    static constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
    int days = 0;
    double mean = kNaN;
    double sd = kNaN;   ///< sample sd (n − 1)
    double icir = kNaN; ///< mean/sd, per day (not annualised)
    double t = kNaN;    ///< Newey–West t of the mean
    int lag = 0;
    QJsonObject toJson() const;
};

/**
 * t statistic of the mean of x with a Newey–West (Bartlett kernel) standard error of lag L:
 *   γ_l = (1/T) Σ_{t=l}^{T−1} (x_t − x̄)(x_{t−l} − x̄),   S = γ_0 + 2 Σ_{l=1}^{L} (1 − l/(L + 1)) γ_l,
 *   t = x̄ / √(S / T).
 * NaN for T < 2, L ≥ T or S ≤ 0. With L = 0 it is the mean over its (population-variance) standard error.
 */
double neweyWestT(const std::vector<double>& x, int lag);

/** Mean, sample sd, ICIR and the Newey–West t of a daily IC series. */
IcStats icStats(const std::vector<double>& ic, int lag);

/** Out-of-sample results of one model (price or risk), per fold and pooled over the folds. */
struct XsFoldReport
{
    int index = 0;
    QDate trainTo; ///< last date whose label could train
    QDate testFrom;
    QDate testTo;
    int trainRows = 0;
    int testRows = 0;
    IcStats ic;
    double r2 = IcStats::kNaN;
    double spread = IcStats::kNaN;
    QJsonObject toJson() const;
};

struct XsModelReport
{
    QString target;                   ///< "price" or "risk"
    IcStats ic;                       ///< daily rank IC (prediction vs raw label) over every test date
    IcStats baselineIc;               ///< the naive baseline's daily rank IC on the same dates
    QString baseline;                 ///< which raw feature the baseline ranks by (price_vs_sma50 / atr_pct)
    double r2 = IcStats::kNaN;        ///< pooled test R² in the label's space (transformed)
    double deciles[10] = {};          ///< mean raw label per prediction decile (0 = lowest), mean over dates
    double spread = IcStats::kNaN;    ///< top − bottom decile, mean over test dates (10-day, fraction)
    double spreadNet = IcStats::kNaN; ///< spread − costs of rebalancing both legs every horizon
    double turnover = IcStats::kNaN;  ///< mean share of a leg replaced per holding period (both legs)
    double costPerPeriod = IcStats::kNaN;
    bool validated = false; ///< ic.t ≥ gate
    std::vector<XsFoldReport> folds;
    std::vector<std::int64_t> icDays; ///< the daily rank-IC series (Julian days)
    std::vector<double> icSeries;
    int trainRows = 0;  ///< rows of the final fit
    QByteArray payload; ///< the final model (XGBoost UBJ)
    QJsonObject params;
    QJsonObject toJson(bool withSeries) const;
};

/** One symbol's output on the as-of date. */
struct XsScore
{
    QString ticker;
    QDate asOf;
    double close = 0;           ///< as traded
    double predictionScore = 0; ///< percentile of the predicted return among the day's symbols, 0..1
    double predictedReturn = 0; ///< over the horizon, fraction (see trainCrossSection)
    double priceTarget = 0;     ///< close × (1 + predictedReturn)
    double confidence = 0;      ///< skill × |2·score − 1| (see trainCrossSection); not a probability
    double riskScore = 0;       ///< percentile of the predicted drawdown, 0..1, lower = safer
    double predictedDrawdown = 0;
};

struct XsResult
{
    XsModelReport price;
    XsModelReport risk;
    std::vector<XsScore> scores;
    int symbols = 0;
    int rows = 0;
    QDate asOf;
    QDate dataFrom;
    XsSettings settings;
    QStringList featureNames;
};

/** Progress of trainCrossSection: (finished fits, planned fits, what finished); return false to cancel. */
using XsProgress = std::function<bool(int done, int total, const QString& what)>;

/**
 * Trains and evaluates the price and risk models on a panel:
 *  1. walk-forward folds by date (xsFolds, purge = the label's reach, embargo), one fit per fold and
 *     target, out-of-sample predictions of every test date;
 *  2. statistics on those predictions: daily rank IC (Spearman of prediction and raw label over the
 *     day's symbols) with mean, sd, ICIR and a Newey–West t (lag settings.nwLag()), decile means of
 *     the raw label, the top − bottom decile spread before and after costs (both legs rebalanced every
 *     `horizon` dates; cost = 2 × turnover × the mean one-way slippage of the leg's names for
 *     costNotional), turnover, and R²;
 *  3. a final fit on every labelled row, applied to the as-of date's rows:
 *       predictionScore = percentile of the predicted return; riskScore = percentile of the predicted
 *       drawdown; predictedReturn / predictedDrawdown = the raw prediction with transform None, else
 *       the out-of-sample mean raw label of the prediction's decile (a calibration measured on the
 *       folds, never on the training rows); priceTarget = close × (1 + predictedReturn);
 *       confidence = clamp(t_price / (2·gate), 0, 1) × |2·score − 1|: zero for a model without
 *       out-of-sample skill or a score in the middle, one only for an extreme score of a model whose
 *       t is twice the gate. A ranking strength, not a probability.
 * Synchronous for the caller; the 2 × (folds + 1) fits run side by side on settings.threads pool
 * threads (one XGBoost thread each), and `progress` is called from those threads (serialised). Errors: too
 * few dates for the folds, library failures, "cancelled".
 */
[[nodiscard]] Result<XsResult>
trainCrossSection(const XsPanel& panel, const XsSettings& settings, const XsProgress& progress = {});

/**
 * Scores the dates [firstDate, lastDate] (indexes into panel.dates, clamped) with a trained result's
 * final models (its payloads), each date exactly as trainCrossSection scores its as-of date: the
 * percentiles are taken among that date's rows only, the calibration and the confidence are the
 * model's. The panel must have the model's feature columns (same settings and extra names). A row of
 * a date depends only on the bars up to that date and on that date's other rows, so a panel built as
 * of a later day scores an earlier date as a panel built as of that date would: this is how a
 * walk-forward scores the days after a model's training as-of date (Tasks::walkForwardXs). Errors:
 * other columns, a payload the library cannot read.
 */
[[nodiscard]] Result<std::vector<XsScore>>
scoreCrossSection(const XsResult& model, const XsPanel& panel, int firstDate, int lastDate);

/** `asOf` plus `tradingDays` weekdays (Saturday and Sunday skipped): when an as-of score expires. */
QDate addWeekdays(const QDate& asOf, int tradingDays);

} // namespace Tessera::Ml
