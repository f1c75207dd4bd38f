#include "core/features/FeatureMatrix.h"

#include <cmath>

#include <QCryptographicHash>

#include "core/features/Microstructure.h"

namespace Tessera::Features {
namespace {

/** The schema's column names in order (version 1); see FeatureMatrix.h for the formulas. */
const char* const kNamesV1[] = {
    "close_sma_5",
    "close_ema_5",
    "close_sma_10",
    "close_ema_10",
    "close_sma_20",
    "close_ema_20",
    "close_sma_50",
    "close_ema_50",
    "close_sma_200",
    "close_ema_200",
    "rsi_14",
    "macd",
    "macd_signal",
    "macd_hist",
    "stoch_fastk",
    "stoch_k",
    "stoch_d",
    "atr_14",
    "atr_pct",
    "bb_pctb",
    "bb_width",
    "vol_5",
    "vol_20",
    "vol_ratio_5_20",
    "ret_1d",
    "ret_2d",
    "ret_3d",
    "ret_5d",
    "ret_10d",
    "ret_lag_1",
    "ret_lag_2",
    "ret_lag_3",
    "ret_lag_4",
    "ret_lag_5",
    "volume_sma5",
    "volume_sma20",
    "volume_sma5_sma20",
    "obv_z",
    "mfi_14",
    "cci_20",
    "willr_14",
    "adx_14",
    "plus_di",
    "minus_di",
    "roc_10",
    "mom_10",
    "cmf_20",
    "hl_ratio",
    "oc_ratio",
    "gap",
    "dist_high_20",
    "dist_low_20",
    "sma5_sma20",
    "day_of_week",
    "month",
};

FeatureSchema makeSchema()
{
    FeatureSchema s;
    s.version = 1;
    for (const char* name : kNamesV1) {
        s.names << QString::fromLatin1(name);
    }
    s.hash = QString::fromLatin1(
        QCryptographicHash::hash(s.names.join(u',').toUtf8(), QCryptographicHash::Sha1).toHex());
    return s;
}

} // namespace

const FeatureSchema& featureSchema()
{
    static const FeatureSchema schema = makeSchema();
    return schema;
}

int FeatureMatrix::completeRows() const
{
    int n = 0;
    for (std::uint8_t c : m_complete) {
        n += c;
    }
    return n;
}

FeatureMatrix buildFeatureMatrix(const BarSeries& adjusted, const IndicatorFrame& f)
{
    const FeatureSchema& schema = featureSchema();
    const auto& o = adjusted.open();
    const auto& h = adjusted.high();
    const auto& l = adjusted.low();
    const auto& c = adjusted.close();
    const auto& v = adjusted.volume();
    const size_t n = c.size();
    const size_t cols = static_cast<size_t>(schema.columnCount());

    // Columns the frame does not hold.
    const Series volumeSma5 = rollingMean(v, 5);
    const Series volumeSma20 = rollingMean(v, 20);
    const Series obvMean = rollingMean(f[Column::Obv], 20);
    const Series obvSd = rollingStd(f[Column::Obv], 20, 1);
    const Series high20 = rollingMax(h, 20);
    const Series low20 = rollingMin(l, 20);

    FeatureMatrix m;
    m.m_columns = static_cast<int>(cols);
    m.m_version = schema.version;
    m.m_hash = schema.hash;
    m.m_days = adjusted.days();
    m.m_values.assign(n * cols, nan());
    m.m_complete.assign(n, 0);

    const Column smaCols[] = {Column::Sma5, Column::Sma10, Column::Sma20, Column::Sma50, Column::Sma200};
    const Column emaCols[] = {Column::Ema5, Column::Ema10, Column::Ema20, Column::Ema50, Column::Ema200};
    const int retLags[] = {1, 2, 3, 5, 10};
    const auto& r = f[Column::Returns];
    for (size_t t = 0; t < n; ++t) {
        double* row = m.m_values.data() + t * cols;
        size_t k = 0;
        const double ct = c[t];
        for (size_t p = 0; p < 5; ++p) {
            row[k++] = ct / f[smaCols[p]][t] - 1;
            row[k++] = ct / f[emaCols[p]][t] - 1;
        }
        row[k++] = f[Column::Rsi14][t];
        row[k++] = f[Column::Macd][t] / ct;
        row[k++] = f[Column::MacdSignal][t] / ct;
        row[k++] = f[Column::MacdHist][t] / ct;
        row[k++] = f[Column::StochFastK][t];
        row[k++] = f[Column::StochK][t];
        row[k++] = f[Column::StochD][t];
        row[k++] = f[Column::Atr14][t];
        row[k++] = 100 * f[Column::Atr14][t] / ct;
        row[k++] = f[Column::BbPctB][t];
        row[k++] = f[Column::BbWidth][t];
        row[k++] = f[Column::Vol5][t];
        row[k++] = f[Column::Vol20][t];
        row[k++] = f[Column::Vol5][t] / f[Column::Vol20][t];
        for (int lag : retLags) {
            row[k++] = t >= static_cast<size_t>(lag) ? ct / c[t - static_cast<size_t>(lag)] - 1 : nan();
        }
        for (size_t lag = 1; lag <= 5; ++lag) {
            row[k++] = t >= lag ? r[t - lag] : nan();
        }
        row[k++] = v[t] / volumeSma5[t];
        row[k++] = v[t] / volumeSma20[t];
        row[k++] = volumeSma5[t] / volumeSma20[t];
        row[k++] = (f[Column::Obv][t] - obvMean[t]) / obvSd[t];
        row[k++] = f[Column::Mfi14][t];
        row[k++] = f[Column::Cci20][t];
        row[k++] = f[Column::WillR14][t];
        row[k++] = f[Column::Adx14][t];
        row[k++] = f[Column::PlusDi14][t];
        row[k++] = f[Column::MinusDi14][t];
        row[k++] = f[Column::Roc10][t];
        row[k++] = f[Column::Mom10][t] / ct;
        row[k++] = f[Column::Cmf20][t];
        row[k++] = (h[t] - l[t]) / ct;
        row[k++] = (ct - o[t]) / o[t];
        row[k++] = t >= 1 ? o[t] / c[t - 1] - 1 : nan();
        row[k++] = ct / high20[t] - 1;
        row[k++] = ct / low20[t] - 1;
        row[k++] = f[Column::Sma5][t] / f[Column::Sma20][t] - 1;
        const QDate d = QDate::fromJulianDay(m.m_days[t]);
        row[k++] = weekdayOf(m.m_days[t]);
        row[k++] = d.month();
        Q_ASSERT(k == cols);
        bool complete = true;
        for (size_t j = 0; j < cols; ++j) {
            if (!std::isfinite(row[j])) {
                row[j] = nan(); // ±∞ from a zero denominator is missing, as in the peer
                complete = false;
            }
        }
        m.m_complete[t] = complete ? 1 : 0;
    }
    return m;
}

FeatureMatrix buildFeatureMatrix(const BarSeries& adjusted)
{
    return buildFeatureMatrix(adjusted, computeIndicators(adjusted));
}

} // namespace Tessera::Features
