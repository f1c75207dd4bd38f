#include "core/tiles/TileJson.h"

#include <cmath>

#include <QJsonArray>

#include "core/tiles/NumpyCompat.h"

namespace Tessera::Tiles {
namespace {

using Features::Series;

/** The peer's fnum: null for NaN/±∞, else the value, rounded to digits when digits ≥ 0. */
QJsonValue num(double x, int digits = -1)
{
    if (!std::isfinite(x)) {
        return QJsonValue(QJsonValue::Null);
    }
    return digits < 0 ? x : pyRound(x, digits);
}

/** The peer's finite_list over x[from, to). */
QJsonArray numbers(const Series& x, std::size_t from, std::size_t to, int digits = -1)
{
    QJsonArray out;
    for (std::size_t i = from; i < to; ++i) {
        out.append(num(x[i], digits));
    }
    return out;
}

QJsonArray numbers(const std::vector<double>& x, int digits = -1)
{
    return numbers(x, 0, x.size(), digits);
}

QJsonObject volumeProfileJson(const VolumeProfile& p)
{
    QJsonArray buckets;
    for (std::size_t b = 0; b < p.volumes.size(); ++b) {
        buckets.append(QJsonObject{{QStringLiteral("price_low"), num(p.edges[b], 4)},
                                   {QStringLiteral("price_high"), num(p.edges[b + 1], 4)},
                                   {QStringLiteral("volume"), num(p.volumes[b], 2)}});
    }
    return {{QStringLiteral("buckets"), buckets},
            {QStringLiteral("poc_price"), num(p.pocPrice(), 4)},
            {QStringLiteral("value_area_low"), num(p.valueAreaLow(), 4)},
            {QStringLiteral("value_area_high"), num(p.valueAreaHigh(), 4)},
            {QStringLiteral("value_area_volume_share"), num(p.areaVolumeShare, 4)}};
}

QJsonArray candlesJson(const AnalysisParts& parts)
{
    const BarSeries& b = parts.in.bars;
    QJsonArray out;
    for (std::size_t i = parts.in.from; i < parts.in.count; ++i) {
        const double volume = b.volume()[i];
        out.append(QJsonObject{
            {QStringLiteral("date"), parts.dates[static_cast<qsizetype>(i - parts.in.from)]},
            {QStringLiteral("open"), b.open()[i]},
            {QStringLiteral("high"), b.high()[i]},
            {QStringLiteral("low"), b.low()[i]},
            {QStringLiteral("close"), b.close()[i]},
            // Python's int(volume): truncation towards zero.
            {QStringLiteral("volume"),
             std::isfinite(volume) ? QJsonValue(static_cast<qint64>(volume)) : QJsonValue()},
        });
    }
    return out;
}

QJsonObject orderBookJson(const OrderBook& book)
{
    const auto side = [](const std::vector<OrderBook::Level>& levels) {
        QJsonArray out;
        for (const OrderBook::Level& l : levels) {
            out.append(QJsonObject{{QStringLiteral("price"), num(l.price, 4)},
                                   {QStringLiteral("size"), num(l.size, 0)}});
        }
        return out;
    };
    return {{QStringLiteral("mid"), num(book.mid, 4)},
            {QStringLiteral("spread_bps"), num(book.spreadBps, 3)},
            {QStringLiteral("bids"), side(book.bids)},
            {QStringLiteral("asks"), side(book.asks)},
            {QStringLiteral("synthetic"), true},
            {QStringLiteral("model"),
             QStringLiteral(
                 "synthetic: 10 levels a side at mid·(1 ∓ s/2 ∓ i·s/2), s = clip(0.1·vol, 2 bps, 500 bps); "
                 "size 0.2% of ADV20 growing 25% per level, tilted ±20% by the coordinated flow")}};
}

QJsonObject heatmapJson(const ActivityHeatmap& h)
{
    QJsonArray rows;
    for (const auto& row : h.meanVolume) {
        QJsonArray cells;
        for (double v : row) {
            cells.append(num(v, 0));
        }
        rows.append(cells);
    }
    QJsonArray months;
    for (int m = 1; m <= ActivityHeatmap::kMonths; ++m) {
        months.append(m);
    }
    return {{QStringLiteral("weekdays"),
             QJsonArray{QStringLiteral("Mon"),
                        QStringLiteral("Tue"),
                        QStringLiteral("Wed"),
                        QStringLiteral("Thu"),
                        QStringLiteral("Fri")}},
            {QStringLiteral("months"), months},
            {QStringLiteral("mean_volume"), rows},
            {QStringLiteral("layout"), QStringLiteral("weekday x month")}};
}

/** The hour × weekday layout (the view reads "hours" instead of "months"). */
QJsonObject hourlyHeatmapJson(const HourlyHeatmap& h)
{
    static const char* const names[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    QJsonArray weekdays;
    for (int d : h.weekdays) {
        weekdays.append(QLatin1String(names[d - 1]));
    }
    QJsonArray hours;
    for (int hour : h.hours) {
        hours.append(hour);
    }
    QJsonArray rows;
    for (const auto& row : h.meanVolume) {
        QJsonArray cells;
        for (double v : row) {
            cells.append(num(v, 0));
        }
        rows.append(cells);
    }
    return {{QStringLiteral("weekdays"), weekdays},
            {QStringLiteral("hours"), hours},
            {QStringLiteral("mean_volume"), rows},
            {QStringLiteral("layout"), QStringLiteral("weekday x hour")},
            {QStringLiteral("time_zone"), h.zone}};
}

QJsonObject histogramJson(const ReturnsHistogram& h)
{
    QJsonArray counts;
    for (std::int64_t c : h.counts) {
        counts.append(static_cast<qint64>(c));
    }
    return {{QStringLiteral("counts"), counts},
            {QStringLiteral("edges"), numbers(h.edges, 6)},
            {QStringLiteral("normal_fit"),
             QJsonObject{{QStringLiteral("mean"), num(h.mean, 8)},
                         {QStringLiteral("sd"), num(h.sd, 8)},
                         {QStringLiteral("expected_counts"), numbers(h.expectedCounts, 4)}}}};
}

QJsonArray samplesJson(const std::vector<SlippageCost>& samples)
{
    QJsonArray out;
    for (const SlippageCost& s : samples) {
        out.append(QJsonObject{{QStringLiteral("participation"), num(s.participation, 6)},
                               {QStringLiteral("notional"), num(s.notional, 2)},
                               {QStringLiteral("cost_bps"), num(s.costBps, 4)}});
    }
    return out;
}

QJsonObject tilesJson(const AnalysisParts& parts)
{
    const SymbolInputs& in = parts.in;
    const std::size_t from = in.from;
    const std::size_t to = in.count;
    const QJsonArray dates = QJsonArray::fromStringList(parts.dates);
    QJsonArray buy = numbers(parts.flow.buy, 0);
    QJsonArray sell = numbers(parts.flow.sell, 0);
    return {
        {QStringLiteral("volume_profile"), volumeProfileJson(parts.profile)},
        {QStringLiteral("candles"), candlesJson(parts)},
        {QStringLiteral("bollinger"),
         QJsonObject{{QStringLiteral("dates"), dates},
                     {QStringLiteral("middle"), numbers(in.bollinger.middle, from, to, 4)},
                     {QStringLiteral("upper"), numbers(in.bollinger.upper, from, to, 4)},
                     {QStringLiteral("lower"), numbers(in.bollinger.lower, from, to, 4)},
                     {QStringLiteral("close"), numbers(in.bars.close(), from, to, 4)}}},
        {QStringLiteral("order_book"), orderBookJson(parts.book)},
        {QStringLiteral("moving_averages"),
         QJsonObject{{QStringLiteral("dates"), dates},
                     {QStringLiteral("ma5"), numbers(in.ma5, from, to, 4)},
                     {QStringLiteral("ma20"), numbers(in.ma20, from, to, 4)},
                     {QStringLiteral("ma50"), numbers(in.ma50, from, to, 4)}}},
        {QStringLiteral("absorption_flow"),
         QJsonObject{{QStringLiteral("dates"), dates},
                     {QStringLiteral("buy_volume"), buy},
                     {QStringLiteral("sell_volume"), sell},
                     {QStringLiteral("buy_total"), num(parts.flow.buyTotal, 0)},
                     {QStringLiteral("sell_total"), num(parts.flow.sellTotal, 0)},
                     {QStringLiteral("imbalance"), num(parts.flow.imbalance, 6)}}},
        {QStringLiteral("activity_heatmap"),
         parts.hourlyHeatmap ? hourlyHeatmapJson(*parts.hourlyHeatmap) : heatmapJson(parts.heatmap)},
        {QStringLiteral("returns_histogram"), histogramJson(parts.histogram)},
        {QStringLiteral("slippage_samples"), samplesJson(parts.samples)},
    };
}

QJsonObject featuresJson(const Features::Microstructure& f)
{
    const auto last = [](const Series& s) {
        return num(s.back());
    };
    return {{QStringLiteral("amihud"), last(f.amihud)},
            {QStringLiteral("kyle_lambda"), last(f.kyleLambda)},
            {QStringLiteral("fragmentation"), last(f.fragmentation)},
            {QStringLiteral("volume_z"), last(f.volumeZ)},
            {QStringLiteral("volatility"), last(f.volatility)},
            {QStringLiteral("coordinated_flow"), last(f.coordinatedFlow)},
            {QStringLiteral("returns"), last(f.returns)},
            {QStringLiteral("hl_ratio"), last(f.hlRatio)},
            {QStringLiteral("time_of_day"), last(f.weekday)}};
}

QJsonObject verdictJson(const AnalysisParts& parts)
{
    const Verdict& v = parts.verdict;
    const AnalysisSettings& s = parts.settings;
    QJsonObject out{
        {QStringLiteral("score"), num(v.score, 6)},
        {QStringLiteral("direction"), parts.validation.valid() ? v.direction : QStringLiteral("WITHHELD")},
        {QStringLiteral("confidence"), num(v.confidence, 6)},
        {QStringLiteral("components"),
         QJsonObject{{QStringLiteral("momentum"), num(v.momentum, 6)},
                     {QStringLiteral("flow"), num(v.flow, 6)},
                     {QStringLiteral("liquidity"), num(v.liquidity, 6)},
                     {QStringLiteral("cost"), num(v.cost, 6)}}},
        {QStringLiteral("weights"),
         QJsonObject{{QStringLiteral("momentum"), s.weightMomentum},
                     {QStringLiteral("flow"), s.weightFlow},
                     {QStringLiteral("liquidity"), s.weightLiquidity},
                     {QStringLiteral("cost"), s.weightCost}}},
        {QStringLiteral("formula"), verdictFormulaName(v.formula)},
        {QStringLiteral("thresholds"),
         QJsonObject{{QStringLiteral("up"), s.upThreshold}, {QStringLiteral("down"), s.downThreshold}}},
    };
    if (!parts.validation.valid()) {
        out.insert(QStringLiteral("computed_direction"), v.direction);
        out.insert(QStringLiteral("withheld_reason"), parts.validation.messages().join(QStringLiteral("; ")));
    }
    return out;
}

QJsonObject qualityJson(const DataQuality& q)
{
    QJsonObject out{
        {QStringLiteral("grade"), q.grade},
        {QStringLiteral("bars"), static_cast<qint64>(q.bars)},
        {QStringLiteral("missing_business_days"), q.missingBusinessDays},
        {QStringLiteral("zero_volume_days"), q.zeroVolumeDays},
        {QStringLiteral("peer_grade"), q.peerGrade},
        {QStringLiteral("suspect_ticks"), q.suspectTicks},
        {QStringLiteral("first_suspect_date"),
         q.firstSuspectDate.isEmpty() ? QJsonValue() : q.firstSuspectDate},
        {QStringLiteral("scale_ratio"), num(q.scaleRatio, 4)},
        {QStringLiteral("stale_business_days"), q.staleBusinessDays < 0 ? QJsonValue() : q.staleBusinessDays},
        {QStringLiteral("reasons"), QJsonArray::fromStringList(q.reasons)}};
    if (q.hourlyBars > 0) {
        // Only with hourly bars, so the documents of daily-only symbols stay key for key the peer's.
        out.insert(QStringLiteral("hourly_bars"), q.hourlyBars);
        out.insert(QStringLiteral("missing_hours"), q.missingHours < 0 ? QJsonValue() : q.missingHours);
    }
    return out;
}

QJsonObject validationJson(const RangeValidator& v)
{
    return {{QStringLiteral("valid"), v.valid()},
            {QStringLiteral("reference_low"), v.low()},
            {QStringLiteral("reference_high"), v.high()},
            {QStringLiteral("tolerance_factor"), v.factor()},
            {QStringLiteral("errors"), v.errors()}};
}

QJsonValue asOf(const AnalysisParts& parts)
{
    return parts.dates.isEmpty() ? QJsonValue() : QJsonValue(parts.dates.back());
}

} // namespace

QJsonObject mainJson(const QString& ticker, const AnalysisParts& parts)
{
    const Series& c = parts.in.bars.close();
    return {{QStringLiteral("symbol"), ticker},
            {QStringLiteral("as_of"), asOf(parts)},
            {QStringLiteral("bars"), static_cast<qint64>(parts.in.count)},
            {QStringLiteral("last_price"), num(c.back())},
            {QStringLiteral("change"), num(c.size() > 1 ? c.back() - c[c.size() - 2] : Features::nan())},
            {QStringLiteral("features"), featuresJson(parts.in.features)},
            {QStringLiteral("verdict"), verdictJson(parts)},
            {QStringLiteral("data_quality"), qualityJson(parts.quality)},
            {QStringLiteral("tiles"), tilesJson(parts)},
            {QStringLiteral("validation"), validationJson(parts.validation)}};
}

QJsonObject slippageJson(const QString& ticker, const AnalysisParts& parts)
{
    const SymbolInputs& in = parts.in;
    QJsonArray sizes;
    for (const SlippageCost& s : parts.sizes) {
        sizes.append(QJsonObject{{QStringLiteral("notional"), num(s.notional)},
                                 {QStringLiteral("shares"), num(s.shares, 0)},
                                 {QStringLiteral("participation"), num(s.participation, 6)},
                                 {QStringLiteral("half_spread_bps"), num(s.halfSpreadBps, 4)},
                                 {QStringLiteral("impact_bps"), num(s.impactBps, 4)},
                                 {QStringLiteral("cost_bps"), num(s.costBps, 4)},
                                 {QStringLiteral("cost_value"), num(s.costValue(), 2)}});
    }
    return {{QStringLiteral("symbol"), ticker},
            {QStringLiteral("as_of"), asOf(parts)},
            {QStringLiteral("price"), num(in.price, 4)},
            {QStringLiteral("adv_shares"), num(in.adv, 0)},
            {QStringLiteral("adv_value"), num(in.adv * in.price, 0)},
            {QStringLiteral("daily_vol"), num(in.vol, 6)},
            {QStringLiteral("spread_bps"), num(in.spreadFrac * 1e4, 3)},
            {QStringLiteral("model"),
             QStringLiteral("cost_bps = half_spread_bps + 10000*%1*vol*sqrt(Q/ADV)")
                 .arg(QString::number(parts.settings.impactK, 'f', 2))},
            {QStringLiteral("sizes"), sizes}};
}

QJsonObject monteJson(const QString& ticker, const AnalysisParts& parts)
{
    QJsonArray sizes;
    for (const MonteCarloStats& s : parts.monte) {
        sizes.append(QJsonObject{{QStringLiteral("notional"), num(s.notional)},
                                 {QStringLiteral("mean_bps"), num(s.mean, 4)},
                                 {QStringLiteral("std_bps"), num(s.sd, 4)},
                                 {QStringLiteral("p05_bps"), num(s.p05, 4)},
                                 {QStringLiteral("p50_bps"), num(s.p50, 4)},
                                 {QStringLiteral("p95_bps"), num(s.p95, 4)}});
    }
    return {
        {QStringLiteral("symbol"), ticker},
        {QStringLiteral("as_of"), asOf(parts)},
        {QStringLiteral("simulations"), parts.settings.monteCarloSimulations},
        {QStringLiteral("rng_seed"), static_cast<qint64>(parts.seed)},
        {QStringLiteral("rng"),
         QStringLiteral("xoshiro256** seeded through splitmix64, Box-Muller normals (not numpy's PCG64)")},
        {QStringLiteral("draws"),
         QJsonObject{{QStringLiteral("vol"), QStringLiteral("lognormal(0,0.25)")},
                     {QStringLiteral("spread"), QStringLiteral("lognormal(0,0.35)")},
                     {QStringLiteral("adv"), QStringLiteral("lognormal(0,0.30)")}}},
        {QStringLiteral("sizes"), sizes}};
}

} // namespace Tessera::Tiles
