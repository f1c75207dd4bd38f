#include "core/features/Studies.h"

#include <algorithm>
#include <cmath>

#include <QLocale>
#include <QStringList>

#include "core/features/Momentum.h"
#include "core/features/Trend.h"
#include "core/features/Volatility.h"
#include "core/features/Volume.h"

namespace Tessera::Features {
namespace {

using P = StudyPlacement;
using S = LineStyle;

StudyParam period(double value, double max = 500)
{
    return {"period", "Period", value, 1, max, true};
}

const std::vector<StudyInfo>& catalog()
{
    // Defaults are the IndicatorFrame's (IndicatorFrame.cpp), so a default study draws the stored values.
    static const std::vector<StudyInfo> table = {
        {"sma",
         "SMA",
         "Simple moving average",
         P::Overlay,
         true,
         {period(20)},
         {{"", S::Line}},
         {},
         {},
         {},
         "price"},
        {"ema",
         "EMA",
         "Exponential moving average (ratio 2/(n+1), seeded with the SMA)",
         P::Overlay,
         true,
         {period(20)},
         {{"", S::Line}},
         {},
         {},
         {},
         "price"},
        {"bb",
         "Bollinger bands",
         "SMA ± multiplier × population standard deviation",
         P::Overlay,
         true,
         {period(20), {"multiplier", "Multiplier", 2.0, 0.1, 10.0, false}},
         {{"Upper", S::BandEdge}, {"Middle", S::Line}, {"Lower", S::BandEdge}},
         {},
         {},
         {},
         "price"},
        {"vwap",
         "VWAP",
         "Rolling volume-weighted average close over n bars",
         P::Overlay,
         false,
         {period(20)},
         {{"", S::Line}},
         {},
         {},
         {},
         "price"},
        {"rsi",
         "RSI",
         "Relative strength index (Wilder)",
         P::Pane,
         true,
         {period(14)},
         {{"", S::Line}},
         {30.0, 70.0},
         0.0,
         100.0,
         "index"},
        {"macd",
         "MACD",
         "EMA(fast) − EMA(slow), its EMA(signal) and the difference",
         P::Pane,
         true,
         {{"fast", "Fast", 12, 1, 500, true},
          {"slow", "Slow", 26, 1, 500, true},
          {"signal", "Signal", 9, 1, 500, true}},
         {{"MACD", S::Line}, {"Signal", S::Line}, {"Hist", S::Histogram}},
         {0.0},
         {},
         {},
         "price"},
        {"stoch",
         "Stochastic",
         "Slow stochastic: %K = SMA of the fast %K, %D = SMA of %K",
         P::Pane,
         false,
         {period(14),
          {"smoothK", "%K smoothing", 3, 1, 100, true},
          {"smoothD", "%D smoothing", 3, 1, 100, true}},
         {{"%K", S::Line}, {"%D", S::Line}},
         {20.0, 80.0},
         0.0,
         100.0,
         "index"},
        {"willr",
         "Williams %R",
         "−100 · (highest high − close) / (highest high − lowest low)",
         P::Pane,
         false,
         {period(14)},
         {{"", S::Line}},
         {-80.0, -20.0},
         -100.0,
         0.0,
         "index"},
        {"cci",
         "CCI",
         "Commodity channel index: (TP − SMA(TP)) / (0.015 · mean deviation)",
         P::Pane,
         false,
         {period(20)},
         {{"", S::Line}},
         {-100.0, 100.0},
         {},
         {},
         "index"},
        {"roc",
         "ROC",
         "Rate of change over n bars, in percent",
         P::Pane,
         true,
         {period(10)},
         {{"", S::Line}},
         {0.0},
         {},
         {},
         "percent"},
        {"mom",
         "Momentum",
         "Close − close n bars ago, in price units",
         P::Pane,
         true,
         {period(10)},
         {{"", S::Line}},
         {0.0},
         {},
         {},
         "price"},
        {"adx",
         "ADX",
         "Average directional index with +DI and −DI (Wilder)",
         P::Pane,
         false,
         {period(14)},
         {{"ADX", S::Line}, {"+DI", S::Line}, {"−DI", S::Line}},
         {25.0},
         {},
         {},
         "index"},
        {"atr",
         "ATR",
         "Average true range (Wilder), in price units",
         P::Pane,
         false,
         {period(14)},
         {{"", S::Line}},
         {},
         {},
         {},
         "price"},
        {"atrp",
         "ATR %",
         "Average true range as a percentage of the close",
         P::Pane,
         false,
         {period(14)},
         {{"", S::Line}},
         {},
         {},
         {},
         "percent"},
        {"bbpctb",
         "Bollinger %B",
         "(close − lower) / (upper − lower)",
         P::Pane,
         true,
         {period(20), {"multiplier", "Multiplier", 2.0, 0.1, 10.0, false}},
         {{"", S::Line}},
         {0.0, 1.0},
         {},
         {},
         "ratio"},
        {"bbwidth",
         "Bollinger width",
         "(upper − lower) / middle",
         P::Pane,
         true,
         {period(20), {"multiplier", "Multiplier", 2.0, 0.1, 10.0, false}},
         {{"", S::Line}},
         {},
         {},
         {},
         "ratio"},
        {"vol",
         "Volatility",
         "Sample standard deviation of n daily log returns, in percent (not annualised)",
         P::Pane,
         false,
         {period(20)},
         {{"", S::Line}},
         {},
         {},
         {},
         "percent"},
        {"hv",
         "Historical volatility",
         "Annualised: σ of n log returns × √252, in percent",
         P::Pane,
         false,
         {period(252, 1000)},
         {{"", S::Line}},
         {},
         {},
         {},
         "percent"},
        {"obv", "OBV", "On-balance volume", P::Pane, false, {}, {{"", S::Line}}, {}, {}, {}, "shares"},
        {"mfi",
         "MFI",
         "Money flow index",
         P::Pane,
         false,
         {period(14)},
         {{"", S::Line}},
         {20.0, 80.0},
         0.0,
         100.0,
         "index"},
        {"cmf",
         "CMF",
         "Chaikin money flow: Σ(CLV · volume) / Σ volume",
         P::Pane,
         false,
         {period(20)},
         {{"", S::Line}},
         {0.0},
         {},
         {},
         "ratio"},
        {"avgvol",
         "Average volume",
         "Mean volume of the last n bars",
         P::Pane,
         false,
         {period(30)},
         {{"", S::Line}},
         {},
         {},
         {},
         "shares"},
    };
    return table;
}

Series scaled(Series values, double factor)
{
    for (double& v : values) {
        v *= factor;
    }
    return values;
}

} // namespace

QString priceSourceKey(PriceSource source)
{
    switch (source) {
    case PriceSource::Close:
        return QStringLiteral("close");
    case PriceSource::Open:
        return QStringLiteral("open");
    case PriceSource::High:
        return QStringLiteral("high");
    case PriceSource::Low:
        return QStringLiteral("low");
    case PriceSource::Hl2:
        return QStringLiteral("hl2");
    case PriceSource::Hlc3:
        return QStringLiteral("hlc3");
    case PriceSource::Ohlc4:
        return QStringLiteral("ohlc4");
    }
    return QStringLiteral("close");
}

std::optional<PriceSource> priceSourceFromKey(QStringView key)
{
    for (int i = 0; i <= static_cast<int>(PriceSource::Ohlc4); ++i) {
        const auto source = static_cast<PriceSource>(i);
        if (key.compare(priceSourceKey(source), Qt::CaseInsensitive) == 0) {
            return source;
        }
    }
    return std::nullopt;
}

Series priceSource(const BarSeries& bars, PriceSource source)
{
    const auto& o = bars.open();
    const auto& h = bars.high();
    const auto& l = bars.low();
    const auto& c = bars.close();
    switch (source) {
    case PriceSource::Close:
        return c;
    case PriceSource::Open:
        return o;
    case PriceSource::High:
        return h;
    case PriceSource::Low:
        return l;
    default:
        break;
    }
    Series out(c.size());
    for (size_t i = 0; i < c.size(); ++i) {
        // NaN propagates: a bar missing an input has no source value.
        out[i] = source == PriceSource::Hl2    ? (h[i] + l[i]) / 2.0
                 : source == PriceSource::Hlc3 ? (h[i] + l[i] + c[i]) / 3.0
                                               : (o[i] + h[i] + l[i] + c[i]) / 4.0;
    }
    return out;
}

std::span<const StudyInfo> studyCatalog()
{
    return catalog();
}

const StudyInfo* studyInfo(QStringView key)
{
    for (const StudyInfo& info : catalog()) {
        if (key.compare(QLatin1String(info.key), Qt::CaseInsensitive) == 0) {
            return &info;
        }
    }
    return nullptr;
}

std::optional<StudySpec> defaultStudy(QStringView key)
{
    const StudyInfo* info = studyInfo(key);
    if (!info) {
        return std::nullopt;
    }
    StudySpec spec;
    spec.key = QString::fromLatin1(info->key);
    for (const StudyParam& p : info->params) {
        spec.params.push_back(p.value);
    }
    return spec;
}

std::optional<StudySpec> parseStudy(QStringView text, QString* error)
{
    auto failWith = [error](const QString& message) -> std::optional<StudySpec> {
        if (error) {
            *error = message;
        }
        return std::nullopt;
    };
    const QList<QStringView> tokens = text.trimmed().split(u':');
    const QStringView key = tokens.value(0).trimmed();
    std::optional<StudySpec> spec = defaultStudy(key);
    if (!spec) {
        return failWith(QStringLiteral("unknown indicator '%1'").arg(key));
    }
    const StudyInfo* info = studyInfo(key);
    size_t next = 0;
    for (qsizetype t = 1; t < tokens.size(); ++t) {
        const QStringView token = tokens[t].trimmed();
        if (const auto source = priceSourceFromKey(token)) {
            if (!info->hasSource) {
                return failWith(QStringLiteral("%1 takes no price source").arg(key));
            }
            spec->source = *source;
            continue;
        }
        bool ok = false;
        const double value = token.toDouble(&ok);
        if (!ok || !std::isfinite(value) || next >= info->params.size()) {
            return failWith(QStringLiteral("'%1' in '%2': %3 takes %4 number(s)")
                                .arg(token, text, key)
                                .arg(info->params.size()));
        }
        const StudyParam& p = info->params[next];
        double v = std::clamp(value, p.min, p.max);
        if (p.integer) {
            v = std::round(v);
        }
        spec->params[next++] = v;
    }
    return spec;
}

QString studyText(const StudySpec& spec)
{
    QStringList parts{spec.key};
    for (double p : spec.params) {
        parts << QString::number(p, 'g', 10);
    }
    if (spec.source != PriceSource::Close) {
        parts << priceSourceKey(spec.source);
    }
    return parts.join(u':');
}

QString studyTitle(const StudySpec& spec)
{
    const StudyInfo* info = studyInfo(spec.key);
    QString title = info ? QString::fromUtf8(info->label) : spec.key;
    QStringList values;
    for (double p : spec.params) {
        values << QLocale().toString(p, 'g', 10);
    }
    if (!values.isEmpty()) {
        title += u' ' + values.join(QStringLiteral(", "));
    }
    if (spec.source != PriceSource::Close) {
        title += u' ' + priceSourceKey(spec.source);
    }
    return title;
}

StudyValues computeStudy(const StudySpec& spec, const BarSeries& bars)
{
    StudyValues out;
    const StudyInfo* info = studyInfo(spec.key);
    if (!info || spec.params.size() != info->params.size()) {
        return out;
    }
    auto n = [&spec](size_t i) {
        return static_cast<int>(spec.params[i]);
    };
    const auto& h = bars.high();
    const auto& l = bars.low();
    const auto& c = bars.close();
    const auto& v = bars.volume();
    const Series src = info->hasSource ? priceSource(bars, spec.source) : Series();
    const QString key = spec.key;
    auto& lines = out.lines;
    if (key == u"sma") {
        lines = {sma(src, n(0))};
    } else if (key == u"ema") {
        lines = {exponentialMovingAverage(src, n(0))};
    } else if (key == u"bb") {
        Bollinger b = bollinger(src, n(0), spec.params[1]);
        lines = {std::move(b.upper), std::move(b.middle), std::move(b.lower)};
    } else if (key == u"vwap") {
        lines = {vwap(c, v, n(0))};
    } else if (key == u"rsi") {
        lines = {rsi(src, n(0))};
    } else if (key == u"macd") {
        Macd m = macd(src, n(0), n(1), n(2));
        lines = {std::move(m.macd), std::move(m.signal), std::move(m.histogram)};
    } else if (key == u"stoch") {
        Stochastic s = stochastic(h, l, c, n(0), n(1), n(2));
        lines = {std::move(s.slowK), std::move(s.slowD)};
    } else if (key == u"willr") {
        lines = {williamsR(h, l, c, n(0))};
    } else if (key == u"cci") {
        lines = {cci(h, l, c, n(0))};
    } else if (key == u"roc") {
        lines = {scaled(roc(src, n(0)), 100.0)};
    } else if (key == u"mom") {
        lines = {momentum(src, n(0))};
    } else if (key == u"adx") {
        Adx a = adx(h, l, trueRange(h, l, c), n(0));
        lines = {std::move(a.adx), std::move(a.plusDi), std::move(a.minusDi)};
    } else if (key == u"atr") {
        lines = {atr(trueRange(h, l, c), n(0))};
    } else if (key == u"atrp") {
        lines = {atrPercent(atr(trueRange(h, l, c), n(0)), c)};
    } else if (key == u"bbpctb") {
        lines = {bollinger(src, n(0), spec.params[1]).pctB};
    } else if (key == u"bbwidth") {
        lines = {bollinger(src, n(0), spec.params[1]).width};
    } else if (key == u"vol") {
        lines = {scaled(rollingVolatility(logReturns(c), n(0)), 100.0)};
    } else if (key == u"hv") {
        lines = {scaled(historicalVolatility(logReturns(c), n(0)), 100.0)};
    } else if (key == u"obv") {
        lines = {obv(c, v)};
    } else if (key == u"mfi") {
        lines = {mfi(h, l, c, v, n(0))};
    } else if (key == u"cmf") {
        lines = {chaikinMoneyFlow(h, l, c, v, n(0))};
    } else if (key == u"avgvol") {
        lines = {averageVolume(v, n(0))};
    }
    return out;
}

} // namespace Tessera::Features
