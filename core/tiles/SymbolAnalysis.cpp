#include "core/tiles/SymbolAnalysis.h"

#include <algorithm>
#include <cmath>

#include "core/tiles/NumpyCompat.h"
#include "core/tiles/TileJson.h"

namespace Tessera::Tiles {
namespace {

/** Checks every price-axis tile value against the window's range (Validation.h). */
void validatePriceTiles(RangeValidator& v, const AnalysisParts& parts)
{
    const SymbolInputs& in = parts.in;
    const VolumeProfile& p = parts.profile;
    const QString profile = QStringLiteral("volume_profile");
    for (std::size_t b = 0; b + 1 < p.edges.size(); ++b) {
        v.check(profile, QStringLiteral("price_low"), p.edges[b]);
        v.check(profile, QStringLiteral("price_high"), p.edges[b + 1]);
    }
    v.check(profile, QStringLiteral("poc_price"), p.pocPrice());
    v.check(profile, QStringLiteral("value_area_low"), p.valueAreaLow());
    v.check(profile, QStringLiteral("value_area_high"), p.valueAreaHigh());

    const BarSeries& bars = in.bars;
    for (std::size_t i = in.from; i < in.count; ++i) {
        const QString& date = parts.dates[static_cast<qsizetype>(i - in.from)];
        v.check(QStringLiteral("candles"), QStringLiteral("open"), bars.open()[i], date);
        v.check(QStringLiteral("candles"), QStringLiteral("high"), bars.high()[i], date);
        v.check(QStringLiteral("candles"), QStringLiteral("low"), bars.low()[i], date);
        v.check(QStringLiteral("candles"), QStringLiteral("close"), bars.close()[i], date);
        v.check(QStringLiteral("bollinger"), QStringLiteral("middle"), in.bollinger.middle[i], date);
        v.check(QStringLiteral("bollinger"), QStringLiteral("upper"), in.bollinger.upper[i], date);
        v.check(QStringLiteral("bollinger"), QStringLiteral("lower"), in.bollinger.lower[i], date);
        v.check(QStringLiteral("moving_averages"), QStringLiteral("ma5"), in.ma5[i], date);
        v.check(QStringLiteral("moving_averages"), QStringLiteral("ma20"), in.ma20[i], date);
        v.check(QStringLiteral("moving_averages"), QStringLiteral("ma50"), in.ma50[i], date);
    }
    // Jumps between closes over every bar a tile reads: the window and the MA50's 49 bars before it.
    const std::vector<double>& close = bars.close();
    for (std::size_t i = std::max<std::size_t>(in.from, 50) - 49; i < in.count; ++i) {
        v.checkJump(close[i - 1], close[i], bars.date(static_cast<qsizetype>(i)));
    }
    const QString book = QStringLiteral("order_book");
    v.check(book, QStringLiteral("mid"), parts.book.mid);
    for (const OrderBook::Level& l : parts.book.bids) {
        v.check(book, QStringLiteral("bid price"), l.price);
    }
    for (const OrderBook::Level& l : parts.book.asks) {
        v.check(book, QStringLiteral("ask price"), l.price);
    }
}

/** The finite Amihud values among the last 250 bars (the verdict's liquidity percentile). */
std::vector<double> amihudTail(const Features::Series& amihud)
{
    const std::size_t from = amihud.size() - std::min<std::size_t>(250, amihud.size());
    std::vector<double> out;
    out.reserve(amihud.size() - from);
    for (std::size_t i = from; i < amihud.size(); ++i) {
        if (std::isfinite(amihud[i])) {
            out.push_back(amihud[i]);
        }
    }
    return out;
}

} // namespace

Result<SymbolAnalysis>
analyseSymbol(const QString& ticker, const BarSeries& adjusted, const AnalysisSettings& settings)
{
    return analyseSymbol(ticker, adjusted, settings, HourlySeries());
}

Result<SymbolAnalysis> analyseSymbol(const QString& ticker,
                                     const BarSeries& adjusted,
                                     const AnalysisSettings& settings,
                                     const HourlySeries& hourly)
{
    if (adjusted.size() < kMinimumAnalysisBars) {
        return fail(Error::invalidInput(QStringLiteral("%1: %2 bars; the analysis needs at least %3")
                                            .arg(ticker)
                                            .arg(adjusted.size())
                                            .arg(kMinimumAnalysisBars)));
    }
    const SymbolInputs in = prepareInputs(adjusted, settings);
    const std::size_t from = in.from;
    const std::size_t to = in.count;

    double low = adjusted.low()[from];
    double high = adjusted.high()[from];
    for (std::size_t i = from; i < to; ++i) {
        low = std::min(low, adjusted.low()[i]);
        high = std::max(high, adjusted.high()[i]);
    }
    RangeValidator validation(low, high, settings.validationFactor);

    const std::vector<double> notionals(settings.notionals.begin(), settings.notionals.end());
    const SlippageModel model{in.price, in.adv, in.vol, in.spreadFrac, settings.impactK};
    AnalysisParts parts{
        in,
        settings,
        {},
        volumeProfile(adjusted.high(), adjusted.low(), adjusted.close(), adjusted.volume(), from, to),
        syntheticOrderBook(in.price, in.spreadFrac, in.adv, in.flowTilt),
        absorptionFlow(adjusted.volume(), in.clv, from, to),
        activityHeatmap(adjusted.days(), adjusted.volume(), from, to),
        returnsHistogram(in.features.returns, from, to),
        slippageSamples(model),
        slippageSizes(model, notionals),
        {},
        crc32(ticker.toUtf8()),
        {},
        dataQuality(adjusted, from, settings),
        validation,
        {}};
    if (!hourly.isEmpty()) {
        const MarketSession session = sessionOf(marketOfTicker(ticker));
        // The hours of the same window as the daily tiles: from the first day of the window on.
        const qint64 windowStart =
            adjusted.date(static_cast<qsizetype>(from)).startOfDay(Qt::UTC).toSecsSinceEpoch();
        parts.hourlyHeatmap = hourlyHeatmap(hourly, windowStart, session);
        addHourlyCoverage(
            parts.quality, hourly, session.isAroundTheClock() && marketOfTicker(ticker).tradesEveryDay);
    }
    parts.dates.reserve(static_cast<qsizetype>(to - from));
    for (std::size_t i = from; i < to; ++i) {
        parts.dates.append(adjusted.date(static_cast<qsizetype>(i)).toString(Qt::ISODate));
    }
    parts.monte = monteCarloSlippage(model, notionals, settings.monteCarloSimulations, parts.seed);

    const Features::Series& c = adjusted.close();
    VerdictInputs vin;
    vin.ret20 = to > 20 ? c[to - 1] / c[to - 21] - 1 : 0.0;
    vin.vol = in.vol;
    vin.flowTilt = in.flowTilt;
    vin.imbalance = parts.flow.imbalance;
    vin.amihudTail = amihudTail(in.features.amihud);
    vin.costBps = parts.sizes.size() > 1 ? parts.sizes[1].costBps : Features::nan();
    parts.verdict = verdict(vin, settings);

    validatePriceTiles(validation, parts);

    SymbolAnalysis out;
    out.ticker = ticker;
    AnalysisSummary& s = out.summary;
    s.asOf = adjusted.lastDate();
    s.lastPrice = c[to - 1];
    s.change = c[to - 1] - c[to - 2];
    s.valid = validation.valid();
    s.validationErrors = validation.messages();
    s.direction = s.valid ? parts.verdict.direction : QStringLiteral("WITHHELD");
    s.score = parts.verdict.score;
    s.confidence = parts.verdict.confidence;
    s.momentum = parts.verdict.momentum;
    s.flow = parts.verdict.flow;
    s.liquidity = parts.verdict.liquidity;
    s.cost = parts.verdict.cost;
    s.formula = verdictFormulaName(parts.verdict.formula);
    s.qualityGrade = parts.quality.grade;
    s.qualityReasons = parts.quality.reasons;
    out.main = mainJson(ticker, parts);
    out.slippage = slippageJson(ticker, parts);
    out.monte = monteJson(ticker, parts);
    return out;
}

} // namespace Tessera::Tiles
