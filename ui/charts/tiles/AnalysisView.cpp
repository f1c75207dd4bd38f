#include "ui/charts/tiles/AnalysisView.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonValue>

namespace Tessera::Ui {
namespace {

constexpr double NaN = std::numeric_limits<double>::quiet_NaN();

QString tr(const char* text)
{
    return QCoreApplication::translate("AnalysisView", text);
}

/** Reads the documents of one ticker; the first problem is kept and names the ticker and key. */
class Reader
{
public:
    explicit Reader(QString ticker)
        : m_ticker(std::move(ticker))
    {}

    const std::optional<Error>& error() const { return m_error; }

    QJsonObject object(const QJsonObject& parent, const QString& key, const QString& path)
    {
        const QJsonValue v = parent.value(key);
        if (!v.isObject()) {
            missing(path + u'.' + key, QStringLiteral("an object"));
            return {};
        }
        return v.toObject();
    }

    QJsonArray array(const QJsonObject& parent, const QString& key, const QString& path)
    {
        const QJsonValue v = parent.value(key);
        if (!v.isArray()) {
            missing(path + u'.' + key, QStringLiteral("an array"));
            return {};
        }
        return v.toArray();
    }

    /** A required number; JSON null reads as NaN (the peer writes null for non-finite values). */
    double number(const QJsonObject& parent, const QString& key, const QString& path)
    {
        const QJsonValue v = parent.value(key);
        if (v.isNull()) {
            return NaN;
        }
        if (!v.isDouble()) {
            missing(path + u'.' + key, QStringLiteral("a number"));
            return NaN;
        }
        return v.toDouble();
    }

    QList<double> numbers(const QJsonObject& parent, const QString& key, const QString& path)
    {
        QList<double> out;
        const QJsonArray a = array(parent, key, path);
        out.reserve(a.size());
        for (const QJsonValue& v : a) {
            out.append(v.isDouble() ? v.toDouble() : NaN);
        }
        return out;
    }

    void fail(const QString& message)
    {
        if (!m_error) {
            m_error = Error::invalidInput(QStringLiteral("analysis of %1: %2").arg(m_ticker, message));
        }
    }

private:
    void missing(const QString& path, const QString& what)
    {
        fail(QStringLiteral("%1 is missing or not %2").arg(path, what));
    }

    QString m_ticker;
    std::optional<Error> m_error;
};

QString monthLabel(int month)
{
    static const char* names[] = {
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    return month >= 1 && month <= 12 ? QString::fromLatin1(names[month - 1]) : QString::number(month);
}

void parseVolumeProfile(Reader& r, const QJsonObject& tiles, AnalysisView& view)
{
    const QString path = QStringLiteral("tiles.volume_profile");
    const QJsonObject vp = r.object(tiles, QStringLiteral("volume_profile"), QStringLiteral("tiles"));
    for (const QJsonValue& b : r.array(vp, QStringLiteral("buckets"), path)) {
        const QJsonObject o = b.toObject();
        view.volumeProfile.buckets.append({r.number(o, QStringLiteral("price_low"), path),
                                           r.number(o, QStringLiteral("price_high"), path),
                                           r.number(o, QStringLiteral("volume"), path)});
    }
    view.volumeProfile.pocPrice = r.number(vp, QStringLiteral("poc_price"), path);
    view.volumeProfile.valueAreaLow = r.number(vp, QStringLiteral("value_area_low"), path);
    view.volumeProfile.valueAreaHigh = r.number(vp, QStringLiteral("value_area_high"), path);
    view.volumeProfile.valueAreaShare = r.number(vp, QStringLiteral("value_area_volume_share"), path);
}

void parseCandles(Reader& r, const QJsonObject& tiles, AnalysisView& view)
{
    const QString path = QStringLiteral("tiles.candles");
    for (const QJsonValue& c : r.array(tiles, QStringLiteral("candles"), QStringLiteral("tiles"))) {
        const QJsonObject o = c.toObject();
        CandleData candle;
        candle.date = QDate::fromString(o.value(QStringLiteral("date")).toString(), Qt::ISODate);
        candle.open = r.number(o, QStringLiteral("open"), path);
        candle.high = r.number(o, QStringLiteral("high"), path);
        candle.low = r.number(o, QStringLiteral("low"), path);
        candle.close = r.number(o, QStringLiteral("close"), path);
        candle.volume = r.number(o, QStringLiteral("volume"), path);
        if (!candle.date.isValid()) {
            r.fail(QStringLiteral("%1 has a candle without a valid date").arg(path));
        }
        view.candles.append(candle);
    }
}

void parseDatedTiles(Reader& r, const QJsonObject& tiles, AnalysisView& view)
{
    const QJsonObject bb = r.object(tiles, QStringLiteral("bollinger"), QStringLiteral("tiles"));
    const QString bbPath = QStringLiteral("tiles.bollinger");
    for (const QJsonValue& d : r.array(bb, QStringLiteral("dates"), bbPath)) {
        view.dates.append(QDate::fromString(d.toString(), Qt::ISODate));
    }
    view.bollinger.middle = r.numbers(bb, QStringLiteral("middle"), bbPath);
    view.bollinger.upper = r.numbers(bb, QStringLiteral("upper"), bbPath);
    view.bollinger.lower = r.numbers(bb, QStringLiteral("lower"), bbPath);
    view.bollinger.close = r.numbers(bb, QStringLiteral("close"), bbPath);

    const QJsonObject ma = r.object(tiles, QStringLiteral("moving_averages"), QStringLiteral("tiles"));
    const QString maPath = QStringLiteral("tiles.moving_averages");
    view.movingAverages.ma5 = r.numbers(ma, QStringLiteral("ma5"), maPath);
    view.movingAverages.ma20 = r.numbers(ma, QStringLiteral("ma20"), maPath);
    view.movingAverages.ma50 = r.numbers(ma, QStringLiteral("ma50"), maPath);

    const QJsonObject af = r.object(tiles, QStringLiteral("absorption_flow"), QStringLiteral("tiles"));
    const QString afPath = QStringLiteral("tiles.absorption_flow");
    view.absorption.buyVolume = r.numbers(af, QStringLiteral("buy_volume"), afPath);
    view.absorption.sellVolume = r.numbers(af, QStringLiteral("sell_volume"), afPath);
    view.absorption.buyTotal = r.number(af, QStringLiteral("buy_total"), afPath);
    view.absorption.sellTotal = r.number(af, QStringLiteral("sell_total"), afPath);
    view.absorption.imbalance = r.number(af, QStringLiteral("imbalance"), afPath);

    const qsizetype n = view.dates.size();
    for (const QList<double>* series : {&view.bollinger.middle,
                                        &view.bollinger.upper,
                                        &view.bollinger.lower,
                                        &view.bollinger.close,
                                        &view.movingAverages.ma5,
                                        &view.movingAverages.ma20,
                                        &view.movingAverages.ma50,
                                        &view.absorption.buyVolume,
                                        &view.absorption.sellVolume}) {
        if (series->size() != n) {
            r.fail(QStringLiteral("a dated tile has %1 values for %2 dates").arg(series->size()).arg(n));
        }
    }
}

void parseOrderBook(Reader& r, const QJsonObject& tiles, AnalysisView& view)
{
    const QString path = QStringLiteral("tiles.order_book");
    const QJsonObject ob = r.object(tiles, QStringLiteral("order_book"), QStringLiteral("tiles"));
    view.orderBook.mid = r.number(ob, QStringLiteral("mid"), path);
    view.orderBook.spreadBps = r.number(ob, QStringLiteral("spread_bps"), path);
    // The book is modelled, never observed: it stays "synthetic" unless a document says otherwise.
    view.orderBook.synthetic = ob.value(QStringLiteral("synthetic")).toBool(true);
    for (const auto& [key, side] : {std::pair{QStringLiteral("bids"), &view.orderBook.bids},
                                    std::pair{QStringLiteral("asks"), &view.orderBook.asks}}) {
        for (const QJsonValue& l : r.array(ob, key, path)) {
            const QJsonObject o = l.toObject();
            side->append(
                {r.number(o, QStringLiteral("price"), path), r.number(o, QStringLiteral("size"), path)});
        }
    }
}

void parseHeatmap(Reader& r, const QJsonObject& tiles, AnalysisView& view)
{
    const QString path = QStringLiteral("tiles.activity_heatmap");
    const QJsonObject hm = r.object(tiles, QStringLiteral("activity_heatmap"), QStringLiteral("tiles"));
    for (const QJsonValue& d : r.array(hm, QStringLiteral("weekdays"), path)) {
        view.heatmap.rowLabels.append(d.toString());
    }
    // Daily data: weekday x month; with 60-minute bars the engine writes weekday x hour instead.
    const bool hours = hm.contains(QStringLiteral("hours"));
    for (const QJsonValue& c :
         r.array(hm, hours ? QStringLiteral("hours") : QStringLiteral("months"), path)) {
        const int k = c.toInt();
        view.heatmap.columnLabels.append(hours ? QStringLiteral("%1:00").arg(k, 2, 10, QLatin1Char('0'))
                                               : monthLabel(k));
    }
    for (const QJsonValue& row : r.array(hm, QStringLiteral("mean_volume"), path)) {
        QList<double> values;
        for (const QJsonValue& v : row.toArray()) {
            values.append(v.isDouble() ? v.toDouble() : NaN);
        }
        if (values.size() != view.heatmap.columnLabels.size()) {
            r.fail(QStringLiteral("%1.mean_volume rows need %2 values")
                       .arg(path)
                       .arg(view.heatmap.columnLabels.size()));
        }
        view.heatmap.values.append(values);
    }
    if (view.heatmap.values.size() != view.heatmap.rowLabels.size()) {
        r.fail(QStringLiteral("%1.mean_volume needs one row per weekday").arg(path));
    }
}

void parseHistogram(Reader& r, const QJsonObject& tiles, AnalysisView& view)
{
    const QString path = QStringLiteral("tiles.returns_histogram");
    const QJsonObject rh = r.object(tiles, QStringLiteral("returns_histogram"), QStringLiteral("tiles"));
    ReturnsHistogramData& h = view.histogram;
    for (const QJsonValue& c : r.array(rh, QStringLiteral("counts"), path)) {
        h.counts.append(c.toInt());
    }
    h.edges = r.numbers(rh, QStringLiteral("edges"), path);
    if (h.edges.size() != h.counts.size() + 1) {
        r.fail(QStringLiteral("%1 needs one more edge than counts").arg(path));
        return;
    }
    // Tessera's engine stores the fitted normal; the peer does not. Fall back to the moments of the
    // binned returns (each return at its bin's middle), which is what the curve is drawn against.
    const QJsonObject normal = rh.value(QStringLiteral("normal")).toObject();
    if (normal.value(QStringLiteral("mean")).isDouble() && normal.value(QStringLiteral("sd")).isDouble()) {
        h.normalMean = normal.value(QStringLiteral("mean")).toDouble();
        h.normalSd = normal.value(QStringLiteral("sd")).toDouble();
        return;
    }
    const int n = h.sampleCount();
    if (n == 0) {
        return;
    }
    double sum = 0;
    for (qsizetype i = 0; i < h.counts.size(); ++i) {
        sum += h.counts[i] * (h.edges[i] + h.edges[i + 1]) / 2;
    }
    h.normalMean = sum / n;
    double squares = 0;
    for (qsizetype i = 0; i < h.counts.size(); ++i) {
        const double d = (h.edges[i] + h.edges[i + 1]) / 2 - h.normalMean;
        squares += h.counts[i] * d * d;
    }
    h.normalSd = std::sqrt(squares / n); // maximum-likelihood (population) sd, as a normal fit gives
}

void parseSlippage(Reader& r, const StoredAnalysis& stored, const QJsonObject& tiles, AnalysisView& view)
{
    const QString samplePath = QStringLiteral("tiles.slippage_samples");
    for (const QJsonValue& s : r.array(tiles, QStringLiteral("slippage_samples"), QStringLiteral("tiles"))) {
        const QJsonObject o = s.toObject();
        view.slippageSamples.append({r.number(o, QStringLiteral("participation"), samplePath),
                                     r.number(o, QStringLiteral("notional"), samplePath),
                                     r.number(o, QStringLiteral("cost_bps"), samplePath)});
    }
    const QJsonObject& slip = stored.analysis.slippage;
    const QString slipPath = QStringLiteral("slippage");
    view.slippageModel = slip.value(QStringLiteral("model")).toString();
    view.spreadBps = r.number(slip, QStringLiteral("spread_bps"), slipPath);
    for (const QJsonValue& s : r.array(slip, QStringLiteral("sizes"), slipPath)) {
        const QJsonObject o = s.toObject();
        SlippageSize size;
        size.notional = r.number(o, QStringLiteral("notional"), slipPath);
        size.participation = r.number(o, QStringLiteral("participation"), slipPath);
        size.halfSpreadBps = r.number(o, QStringLiteral("half_spread_bps"), slipPath);
        size.impactBps = r.number(o, QStringLiteral("impact_bps"), slipPath);
        size.costBps = r.number(o, QStringLiteral("cost_bps"), slipPath);
        size.costValue = r.number(o, QStringLiteral("cost_value"), slipPath);
        size.mcMean = size.mcSd = size.mcP05 = size.mcP50 = size.mcP95 = NaN;
        view.slippageSizes.append(size);
    }
    const QJsonObject& monte = stored.analysis.monte;
    const QString mcPath = QStringLiteral("monte");
    view.simulations = monte.value(QStringLiteral("simulations")).toInt();
    for (const QJsonValue& s : r.array(monte, QStringLiteral("sizes"), mcPath)) {
        const QJsonObject o = s.toObject();
        const double notional = r.number(o, QStringLiteral("notional"), mcPath);
        // Matched by notional, not position: the two documents are written separately.
        auto it =
            std::find_if(view.slippageSizes.begin(), view.slippageSizes.end(), [&](const SlippageSize& z) {
                return std::abs(z.notional - notional) <= 1e-9 * std::max(1.0, std::abs(notional));
            });
        if (it == view.slippageSizes.end()) {
            r.fail(QStringLiteral("monte size %1 has no deterministic size").arg(notional));
            continue;
        }
        it->mcMean = r.number(o, QStringLiteral("mean_bps"), mcPath);
        it->mcSd = r.number(o, QStringLiteral("std_bps"), mcPath);
        it->mcP05 = r.number(o, QStringLiteral("p05_bps"), mcPath);
        it->mcP50 = r.number(o, QStringLiteral("p50_bps"), mcPath);
        it->mcP95 = r.number(o, QStringLiteral("p95_bps"), mcPath);
    }
}

void parseFeatures(const QJsonObject& main, AnalysisView& view)
{
    // The peer's order (a QJsonObject iterates alphabetically); keys it does not know follow.
    static const QStringList order = {QStringLiteral("amihud"),
                                      QStringLiteral("kyle_lambda"),
                                      QStringLiteral("fragmentation"),
                                      QStringLiteral("volume_z"),
                                      QStringLiteral("volatility"),
                                      QStringLiteral("coordinated_flow"),
                                      QStringLiteral("returns"),
                                      QStringLiteral("hl_ratio"),
                                      QStringLiteral("time_of_day")};
    const QJsonObject features = main.value(QStringLiteral("features")).toObject();
    QStringList keys = order;
    for (auto it = features.begin(); it != features.end(); ++it) {
        if (!keys.contains(it.key())) {
            keys.append(it.key());
        }
    }
    for (const QString& key : std::as_const(keys)) {
        if (features.contains(key)) {
            const QJsonValue v = features.value(key);
            view.features.append({key, v.isDouble() ? v.toDouble() : NaN});
        }
    }
}

void parseVerdict(Reader& r, const StoredAnalysis& stored, AnalysisView& view)
{
    const QJsonObject& main = stored.analysis.main;
    const QJsonObject verdict = r.object(main, QStringLiteral("verdict"), QStringLiteral("main"));
    view.score = r.number(verdict, QStringLiteral("score"), QStringLiteral("verdict"));
    view.direction = verdict.value(QStringLiteral("direction")).toString();
    // Documents written before verdict.formula existed (Tessera's and the peer's) used the seed's sum.
    view.formula = verdict.value(QStringLiteral("formula")).toString(QStringLiteral("seed"));
    const QJsonObject thresholds = verdict.value(QStringLiteral("thresholds")).toObject();
    view.upThreshold = thresholds.value(QStringLiteral("up")).toDouble(view.upThreshold);
    view.downThreshold = thresholds.value(QStringLiteral("down")).toDouble(view.downThreshold);
    const QJsonObject components = r.object(verdict, QStringLiteral("components"), QStringLiteral("verdict"));
    const QJsonObject weights = verdict.value(QStringLiteral("weights")).toObject();
    for (const QString& key : {QStringLiteral("momentum"),
                               QStringLiteral("flow"),
                               QStringLiteral("liquidity"),
                               QStringLiteral("cost")}) {
        view.components.append({key,
                                r.number(components, key, QStringLiteral("verdict.components")),
                                weights.value(key).toDouble(NaN)});
    }

    const QJsonObject quality = r.object(main, QStringLiteral("data_quality"), QStringLiteral("main"));
    view.qualityGrade = quality.value(QStringLiteral("grade")).toString();
    for (const QJsonValue& reason : quality.value(QStringLiteral("reasons")).toArray()) {
        view.qualityReasons.append(reason.toString());
    }
    if (view.qualityReasons.isEmpty()) {
        view.qualityReasons = stored.analysis.summary.qualityReasons;
    }
    if (view.qualityReasons.isEmpty() && view.qualityGrade != QStringLiteral("A")) {
        // The peer stores only the counts; say which of them keep the grade below A.
        const int bars = quality.value(QStringLiteral("bars")).toInt();
        const int missingDays = quality.value(QStringLiteral("missing_business_days")).toInt();
        const int zeroVolume = quality.value(QStringLiteral("zero_volume_days")).toInt();
        if (bars < 250) {
            view.qualityReasons.append(tr("%1 bars (grade A needs 250)").arg(bars));
        }
        if (missingDays > 0) {
            view.qualityReasons.append(tr("%1 missing business days (%2 % of the bars)")
                                           .arg(missingDays)
                                           .arg(100.0 * missingDays / std::max(bars, 1), 0, 'f', 1));
        }
        if (zeroVolume > 0) {
            view.qualityReasons.append(tr("%1 zero-volume days").arg(zeroVolume));
        }
    }

    const QJsonObject validation = main.value(QStringLiteral("validation")).toObject();
    view.valid = validation.value(QStringLiteral("valid")).toBool(stored.analysis.summary.valid);
    for (const QJsonValue& e : validation.value(QStringLiteral("errors")).toArray()) {
        view.validationErrors.append(e.toString());
    }
    if (view.validationErrors.isEmpty()) {
        view.validationErrors = stored.analysis.summary.validationErrors;
    }
    if (!view.validationErrors.isEmpty()) {
        view.valid = false;
    }
    if (!view.valid) {
        view.direction = QStringLiteral("WITHHELD");
    }
}

} // namespace

int ReturnsHistogramData::sampleCount() const
{
    int n = 0;
    for (int c : counts) {
        n += c;
    }
    return n;
}

VerdictFormat::Display AnalysisView::verdictDisplay() const
{
    VerdictFormat::Display d;
    d.direction = direction;
    d.score = score;
    d.formula = formula;
    d.upThreshold = upThreshold;
    d.downThreshold = downThreshold;
    d.withheldReason = validationErrors.join(QStringLiteral("; "));
    for (const VerdictComponent& c : components) {
        const auto set = [&c](double& value, double& weight) {
            value = c.value;
            weight = c.weight;
        };
        if (c.key == QStringLiteral("momentum")) {
            set(d.momentum, d.weightMomentum);
        } else if (c.key == QStringLiteral("flow")) {
            set(d.flow, d.weightFlow);
        } else if (c.key == QStringLiteral("liquidity")) {
            set(d.liquidity, d.weightLiquidity);
        } else if (c.key == QStringLiteral("cost")) {
            set(d.cost, d.weightCost);
        }
    }
    return d;
}

std::pair<double, double> AnalysisView::priceRange() const
{
    double lo = std::numeric_limits<double>::infinity();
    double hi = -lo;
    for (const CandleData& c : candles) {
        lo = std::min(lo, c.low);
        hi = std::max(hi, c.high);
    }
    return {lo, hi};
}

Result<AnalysisView> parseAnalysisView(const StoredAnalysis& stored)
{
    const QJsonObject& main = stored.analysis.main;
    AnalysisView view;
    view.ticker = stored.analysis.ticker.isEmpty() ? main.value(QStringLiteral("symbol")).toString()
                                                   : stored.analysis.ticker;
    Reader r(view.ticker);
    if (main.isEmpty()) {
        return fail(Error::invalidInput(
            QStringLiteral("analysis of %1: the main document is empty").arg(view.ticker)));
    }
    view.updatedAt = stored.updatedAt;
    view.asOf = QDate::fromString(main.value(QStringLiteral("as_of")).toString(), Qt::ISODate);
    view.bars = main.value(QStringLiteral("bars")).toInt();
    const QJsonObject tiles = r.object(main, QStringLiteral("tiles"), QStringLiteral("main"));
    parseVolumeProfile(r, tiles, view);
    parseCandles(r, tiles, view);
    parseDatedTiles(r, tiles, view);
    parseOrderBook(r, tiles, view);
    parseHeatmap(r, tiles, view);
    parseHistogram(r, tiles, view);
    parseSlippage(r, stored, tiles, view);
    parseVerdict(r, stored, view);
    parseFeatures(main, view);
    if (r.error()) {
        return fail(*r.error());
    }
    if (view.candles.isEmpty()) {
        return fail(Error::invalidInput(QStringLiteral("analysis of %1: no candles").arg(view.ticker)));
    }
    view.lastPrice = view.candles.last().close;
    view.change = NaN;
    view.changePercent = NaN;
    if (view.candles.size() > 1) {
        const double previous = view.candles[view.candles.size() - 2].close;
        view.change = view.lastPrice - previous;
        view.changePercent = previous != 0 ? 100.0 * view.change / previous : NaN;
    }
    return view;
}

} // namespace Tessera::Ui
