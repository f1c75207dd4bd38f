#include "core/features/IndicatorFrame.h"

#include <algorithm>
#include <cstring>

#include "core/features/Microstructure.h"
#include "core/features/Momentum.h"
#include "core/features/Trend.h"
#include "core/features/Volatility.h"
#include "core/features/Volume.h"

namespace Tessera::Features {
namespace {

using F = Family;
using D = Display;

// The declarative indicator table (STYLE §5): one entry per column. The README's indicator list, the
// GUI's indicator menus and the features-table layout are all read from it.
// clang-format off
constexpr ColumnInfo kCatalog[] = {
    {Column::Sma5, "sma_5", F::Trend, D::PriceOverlay, "SMA 5", "price",
     "mean of the last 5 closes"},
    {Column::Sma10, "sma_10", F::Trend, D::PriceOverlay, "SMA 10", "price",
     "mean of the last 10 closes"},
    {Column::Sma20, "sma_20", F::Trend, D::PriceOverlay, "SMA 20", "price",
     "mean of the last 20 closes"},
    {Column::Sma50, "sma_50", F::Trend, D::PriceOverlay, "SMA 50", "price",
     "mean of the last 50 closes"},
    {Column::Sma200, "sma_200", F::Trend, D::PriceOverlay, "SMA 200", "price",
     "mean of the last 200 closes"},
    {Column::Ema5, "ema_5", F::Trend, D::PriceOverlay, "EMA 5", "price",
     "EMA, ratio 2/(n+1), seeded with the SMA of the first n closes (TTR)"},
    {Column::Ema10, "ema_10", F::Trend, D::PriceOverlay, "EMA 10", "price",
     "as EMA 5 with n = 10"},
    {Column::Ema12, "ema_12", F::Trend, D::PriceOverlay, "EMA 12", "price",
     "as EMA 5 with n = 12"},
    {Column::Ema20, "ema_20", F::Trend, D::PriceOverlay, "EMA 20", "price",
     "as EMA 5 with n = 20"},
    {Column::Ema26, "ema_26", F::Trend, D::PriceOverlay, "EMA 26", "price",
     "as EMA 5 with n = 26"},
    {Column::Ema50, "ema_50", F::Trend, D::PriceOverlay, "EMA 50", "price",
     "as EMA 5 with n = 50"},
    {Column::Ema200, "ema_200", F::Trend, D::PriceOverlay, "EMA 200", "price",
     "as EMA 5 with n = 200"},
    {Column::Macd, "macd", F::Trend, D::Pane, "MACD", "price",
     "EMA 12 − EMA 26 (price units)"},
    {Column::MacdSignal, "macd_signal", F::Trend, D::Pane, "MACD signal", "price",
     "EMA 9 of MACD, seeded with the SMA of its first 9 values"},
    {Column::MacdHist, "macd_hist", F::Trend, D::Pane, "MACD histogram", "price",
     "MACD − signal"},
    {Column::PlusDi14, "plus_di_14", F::Trend, D::Pane, "+DI 14", "index",
     "100 · wilderSum(+DM)/wilderSum(TR) (Wilder, TTR seeds)"},
    {Column::MinusDi14, "minus_di_14", F::Trend, D::Pane, "-DI 14", "index",
     "100 · wilderSum(−DM)/wilderSum(TR)"},
    {Column::Dx14, "dx_14", F::Trend, D::None, "DX 14", "index",
     "100 · |+DI − −DI| / (+DI + −DI)"},
    {Column::Adx14, "adx_14", F::Trend, D::Pane, "ADX 14", "index",
     "Wilder EMA (1/14) of DX, seeded with the mean of its first 14 values"},
    {Column::Rsi14, "rsi_14", F::Momentum, D::Pane, "RSI 14", "index",
     "100 · W(U)/(W(U)+W(D)), W = Wilder EMA 1/14 seeded with the SMA; U, D = up/down moves"},
    {Column::StochFastK, "stoch_fastk_14", F::Momentum, D::Pane, "Stochastic fast %K", "percent",
     "100 · (C − LL14)/(HH14 − LL14); 50 when HH = LL"},
    {Column::StochK, "stoch_k", F::Momentum, D::Pane, "Stochastic %K (slow)", "percent",
     "SMA 3 of fast %K (= fast %D)"},
    {Column::StochD, "stoch_d", F::Momentum, D::Pane, "Stochastic %D (slow)", "percent",
     "SMA 3 of slow %K"},
    {Column::WillR14, "willr_14", F::Momentum, D::Pane, "Williams %R 14", "percent",
     "−100 · (HH14 − C)/(HH14 − LL14); −50 when HH = LL"},
    {Column::Cci20, "cci_20", F::Momentum, D::Pane, "CCI 20", "index",
     "(TP − SMA20(TP)) / (0.015 · mean |TP − SMA20(TP)|), TP = (H+L+C)/3"},
    {Column::Roc10, "roc_10", F::Momentum, D::Pane, "ROC 10", "fraction",
     "C[t]/C[t−10] − 1"},
    {Column::Mom10, "mom_10", F::Momentum, D::Pane, "Momentum 10", "price",
     "C[t] − C[t−10]"},
    {Column::TrueRange, "tr", F::Volatility, D::None, "True range", "price",
     "max(H, C[t−1]) − min(L, C[t−1]); missing on the first bar"},
    {Column::Atr14, "atr_14", F::Volatility, D::Pane, "ATR 14", "price",
     "Wilder EMA (1/14) of TR, seeded with the mean of its first 14 values"},
    {Column::AtrPct, "atr_pct", F::Volatility, D::Pane, "ATR %", "percent",
     "100 · ATR 14 / C"},
    {Column::BbLower, "bb_lower", F::Volatility, D::PriceOverlay, "Bollinger lower", "price",
     "SMA20 − 2σ, σ = population sd of 20 closes"},
    {Column::BbMiddle, "bb_middle", F::Volatility, D::PriceOverlay, "Bollinger middle", "price",
     "SMA 20"},
    {Column::BbUpper, "bb_upper", F::Volatility, D::PriceOverlay, "Bollinger upper", "price",
     "SMA20 + 2σ"},
    {Column::BbPctB, "bb_pctb", F::Volatility, D::Pane, "Bollinger %b", "fraction",
     "(C − lower)/(upper − lower)"},
    {Column::BbWidth, "bb_width", F::Volatility, D::Pane, "Bollinger width", "fraction",
     "(upper − lower)/middle"},
    {Column::LogReturn, "log_ret", F::Volatility, D::None, "Log return", "fraction",
     "ln C[t] − ln C[t−1]"},
    {Column::Vol5, "vol_5", F::Volatility, D::Pane, "Volatility 5", "fraction",
     "sample sd of 5 log returns (daily)"},
    {Column::Vol20, "vol_20", F::Volatility, D::Pane, "Volatility 20", "fraction",
     "sample sd of 20 log returns (daily); seed 002's volatility"},
    {Column::Hv252, "hv_252", F::Volatility, D::Pane, "Historical volatility 1y", "fraction",
     "sample sd of 252 log returns × √252 (annualised)"},
    {Column::Obv, "obv", F::Volume, D::Pane, "OBV", "shares",
     "running ± volume by close direction; unchanged when |Δ ln C| < √ε"},
    {Column::Mfi14, "mfi_14", F::Volume, D::Pane, "MFI 14", "index",
     "100 − 100/(1 + Σ14 pos flow / Σ14 neg flow), flow = TP·V; 100 if no neg flow, 50 if none"},
    {Column::Cmf20, "cmf_20", F::Volume, D::Pane, "Chaikin money flow 20", "fraction",
     "Σ20(CLV·V)/Σ20 V, CLV = ((C−L) − (H−C))/(H−L), 0 when H = L"},
    {Column::Vwap20, "vwap_20", F::Volume, D::PriceOverlay, "VWAP 20", "price",
     "Σ20(C·V)/Σ20 V"},
    {Column::AvgVolume30, "avg_volume_30", F::Volume, D::Pane, "Average volume 30", "shares",
     "mean volume of the last 30 bars"},
    {Column::Returns, "returns", F::Microstructure, D::None, "Return", "fraction",
     "C[t]/C[t−1] − 1 (missing closes carried forward)"},
    {Column::Amihud20, "amihud_20", F::Microstructure, D::Pane, "Amihud illiquidity", "ratio",
     "mean over 20 bars (15 present) of |r|/(C·V)"},
    {Column::KyleLambda20, "kyle_lambda_20", F::Microstructure, D::Pane, "Kyle's lambda", "ratio",
     "OLS slope of r on sign(r)·C·V over 20 bars"},
    {Column::Fragmentation20, "fragmentation_20", F::Microstructure, D::Pane, "Fragmentation", "ratio",
     "hl / mean20(hl), hl = (H−L)/C (proxy)"},
    {Column::VolumeZ20, "volume_z_20", F::Microstructure, D::Pane, "Volume z-score", "ratio",
     "(V − mean20 V)/sd20 V (sample sd)"},
    {Column::CoordinatedFlow20, "coordinated_flow_20", F::Microstructure, D::Pane, "Coordinated flow",
     "fraction",
     "mean20(sign(C−O)·V)/mean20 V"},
    {Column::HlRatio, "hl_ratio", F::Microstructure, D::None, "High-low/close", "fraction",
     "(H − L)/C"},
    {Column::Weekday, "weekday", F::Microstructure, D::None, "Weekday", "day",
     "Monday = 0 … Friday = 4 (time of day for daily bars)"},
};
// clang-format on
static_assert(std::size(kCatalog) == static_cast<size_t>(kColumnCount), "one catalog line per column");

constexpr bool catalogInColumnOrder()
{
    for (int i = 0; i < kColumnCount; ++i) {
        if (static_cast<int>(kCatalog[i].column) != i) {
            return false;
        }
    }
    return true;
}
static_assert(catalogInColumnOrder(), "the catalog lists the columns in enum order");

} // namespace

std::span<const ColumnInfo> indicatorCatalog()
{
    return kCatalog;
}

const ColumnInfo& columnInfo(Column c)
{
    return kCatalog[static_cast<size_t>(c)];
}

std::optional<Column> columnByKey(QStringView key)
{
    for (const ColumnInfo& info : kCatalog) {
        if (key == QLatin1String(info.key)) {
            return info.column;
        }
    }
    return std::nullopt;
}

const char* familyName(Family f)
{
    switch (f) {
    case Family::Trend:
        return "trend";
    case Family::Momentum:
        return "momentum";
    case Family::Volatility:
        return "volatility";
    case Family::Volume:
        return "volume";
    case Family::Microstructure:
        return "microstructure";
    }
    return "";
}

IndicatorFrame IndicatorFrame::slice(qsizetype from, qsizetype to) const
{
    IndicatorFrame out;
    from = std::clamp<qsizetype>(from, 0, size());
    to = std::clamp<qsizetype>(to, from, size());
    out.m_days.assign(m_days.begin() + from, m_days.begin() + to);
    for (size_t c = 0; c < m_columns.size(); ++c) {
        out.m_columns[c].assign(m_columns[c].begin() + from, m_columns[c].begin() + to);
    }
    return out;
}

IndicatorFrame computeIndicators(const BarSeries& adjusted)
{
    IndicatorFrame f;
    const auto& h = adjusted.high();
    const auto& l = adjusted.low();
    const auto& c = adjusted.close();
    const auto& v = adjusted.volume();
    f.days() = adjusted.days();

    // Trend
    const int smaPeriods[] = {5, 10, 20, 50, 200};
    const Column smaColumns[] = {Column::Sma5, Column::Sma10, Column::Sma20, Column::Sma50, Column::Sma200};
    for (size_t i = 0; i < std::size(smaPeriods); ++i) {
        f.column(smaColumns[i]) = sma(c, smaPeriods[i]);
    }
    const int emaPeriods[] = {5, 10, 12, 20, 26, 50, 200};
    const Column emaColumns[] = {Column::Ema5,
                                 Column::Ema10,
                                 Column::Ema12,
                                 Column::Ema20,
                                 Column::Ema26,
                                 Column::Ema50,
                                 Column::Ema200};
    for (size_t i = 0; i < std::size(emaPeriods); ++i) {
        f.column(emaColumns[i]) = ema(c, emaPeriods[i]);
    }
    Macd m = macd(c);
    f.column(Column::Macd) = std::move(m.macd);
    f.column(Column::MacdSignal) = std::move(m.signal);
    f.column(Column::MacdHist) = std::move(m.histogram);

    // Volatility first: ADX shares the true range.
    f.column(Column::TrueRange) = trueRange(h, l, c);
    Adx a = adx(h, l, f[Column::TrueRange]);
    f.column(Column::PlusDi14) = std::move(a.plusDi);
    f.column(Column::MinusDi14) = std::move(a.minusDi);
    f.column(Column::Dx14) = std::move(a.dx);
    f.column(Column::Adx14) = std::move(a.adx);
    f.column(Column::Atr14) = atr(f[Column::TrueRange]);
    f.column(Column::AtrPct) = atrPercent(f[Column::Atr14], c);
    Bollinger b = bollinger(c);
    f.column(Column::BbLower) = std::move(b.lower);
    f.column(Column::BbMiddle) = std::move(b.middle);
    f.column(Column::BbUpper) = std::move(b.upper);
    f.column(Column::BbPctB) = std::move(b.pctB);
    f.column(Column::BbWidth) = std::move(b.width);
    f.column(Column::LogReturn) = logReturns(c);
    f.column(Column::Vol5) = rollingVolatility(f[Column::LogReturn], 5);
    f.column(Column::Hv252) = historicalVolatility(f[Column::LogReturn]);

    // Momentum
    f.column(Column::Rsi14) = rsi(c);
    Stochastic s = stochastic(h, l, c);
    f.column(Column::StochFastK) = std::move(s.fastK);
    f.column(Column::StochK) = std::move(s.slowK);
    f.column(Column::StochD) = std::move(s.slowD);
    f.column(Column::WillR14) = williamsR(h, l, c);
    f.column(Column::Cci20) = cci(h, l, c);
    f.column(Column::Roc10) = roc(c);
    f.column(Column::Mom10) = momentum(c);

    // Volume
    f.column(Column::Obv) = obv(c, v);
    f.column(Column::Mfi14) = mfi(h, l, c, v);
    f.column(Column::Cmf20) = chaikinMoneyFlow(h, l, c, v);
    f.column(Column::Vwap20) = vwap(c, v);
    f.column(Column::AvgVolume30) = averageVolume(v);

    // Microstructure
    Microstructure ms = microstructure(adjusted, &f[Column::LogReturn]);
    f.column(Column::Vol20) = std::move(ms.volatility);
    f.column(Column::Returns) = std::move(ms.returns);
    f.column(Column::Amihud20) = std::move(ms.amihud);
    f.column(Column::KyleLambda20) = std::move(ms.kyleLambda);
    f.column(Column::Fragmentation20) = std::move(ms.fragmentation);
    f.column(Column::VolumeZ20) = std::move(ms.volumeZ);
    f.column(Column::CoordinatedFlow20) = std::move(ms.coordinatedFlow);
    f.column(Column::HlRatio) = std::move(ms.hlRatio);
    f.column(Column::Weekday) = std::move(ms.weekday);
    return f;
}

} // namespace Tessera::Features
