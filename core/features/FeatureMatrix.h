#pragma once

#include <cstdint>
#include <vector>

#include <QDate>
#include <QString>
#include <QStringList>

#include "core/features/IndicatorFrame.h"
#include "core/market/BarSeries.h"

namespace Tessera::Features {

/**
 * The ML feature schema: ordered column names and a version. The hash identifies the exact column
 * list and order; it is stored with every model, and a model is only ever fed a matrix whose schema
 * hash equals its own. Changing a name, the order or a formula means a new version (and a new hash
 * when names change).
 */
struct FeatureSchema
{
    int version = 0;
    QStringList names;
    QString hash; ///< SHA-1 (hex) of the UTF-8 names joined by ','

    int columnCount() const { return static_cast<int>(names.size()); }
    int indexOf(const QString& name) const { return static_cast<int>(names.indexOf(name)); }
};

/**
 * The current schema (version 1, 55 columns): the features of the peer ../shared/bench/peer/
 * train_per_stock.py (build_features), same names, same order, same formulas, so models and
 * benchmarks compare like with like. Scale-free where the peer is (ratios to the close), with three
 * exceptions kept from the peer: atr_14 (price units), day_of_week and month.
 *
 *  close_sma_N, close_ema_N   C / MA(N) − 1 for N = 5, 10, 20, 50, 200 (interleaved sma, ema)
 *  rsi_14                     RSI 14 (0..100)
 *  macd, macd_signal, macd_hist  MACD 12/26/9 lines divided by C
 *  stoch_fastk, stoch_k, stoch_d  Stochastic 14/3/3 (percent)
 *  atr_14, atr_pct            ATR 14 (price), 100·ATR/C
 *  bb_pctb, bb_width          Bollinger 20/2 %b and (upper − lower)/middle
 *  vol_5, vol_20, vol_ratio_5_20  sample sd of 5 and 20 log returns, and their ratio
 *  ret_Kd                     C[t]/C[t−K] − 1 for K = 1, 2, 3, 5, 10
 *  ret_lag_K                  the simple daily return K bars ago, K = 1..5
 *  volume_sma5, volume_sma20, volume_sma5_sma20  V/SMA5(V), V/SMA20(V), SMA5(V)/SMA20(V)
 *  obv_z                      (OBV − mean20 OBV)/sd20 OBV (sample sd)
 *  mfi_14, cci_20, willr_14, adx_14, plus_di, minus_di, roc_10  as the indicators
 *  mom_10                     (C[t] − C[t−10]) / C
 *  cmf_20                     Chaikin money flow 20
 *  hl_ratio, oc_ratio, gap    (H−L)/C, (C−O)/O, O/C[t−1] − 1
 *  dist_high_20, dist_low_20  C / max20(H) − 1, C / min20(L) − 1
 *  sma5_sma20                 SMA5/SMA20 − 1
 *  day_of_week, month         Monday = 0; 1..12
 *
 * ±∞ (a zero denominator) becomes NaN.
 */
const FeatureSchema& featureSchema();

/**
 * A symbol's feature matrix: one row per bar (row-major, rows × columns doubles, the layout dlib and
 * XGBoost take), NaN for a missing value. Rows are never dropped: `complete(r)` says whether every
 * feature of row r is present (the early rows lack the 200-bar warm-up). Targets are not part of it.
 */
class FeatureMatrix
{
public:
    int rows() const { return static_cast<int>(m_days.size()); }
    int columns() const { return m_columns; }
    int schemaVersion() const { return m_version; }
    const QString& schemaHash() const { return m_hash; }

    const std::vector<qint64>& days() const { return m_days; }
    QDate date(int row) const { return QDate::fromJulianDay(m_days[static_cast<size_t>(row)]); }
    double at(int row, int column) const
    {
        return m_values[static_cast<size_t>(row) * static_cast<size_t>(m_columns)
                        + static_cast<size_t>(column)];
    }
    const double* row(int r) const
    {
        return m_values.data() + static_cast<size_t>(r) * static_cast<size_t>(m_columns);
    }
    const std::vector<double>& values() const { return m_values; }
    bool complete(int row) const { return m_complete[static_cast<size_t>(row)] != 0; }
    int completeRows() const;

private:
    friend FeatureMatrix buildFeatureMatrix(const BarSeries& adjusted, const IndicatorFrame& frame);
    int m_columns = 0;
    int m_version = 0;
    QString m_hash;
    std::vector<qint64> m_days;
    std::vector<double> m_values;
    std::vector<std::uint8_t> m_complete;
};

/** Builds the matrix of the current schema from an adjusted series and its indicator frame. */
FeatureMatrix buildFeatureMatrix(const BarSeries& adjusted, const IndicatorFrame& frame);

/** Same, computing the frame first (one call per symbol). */
FeatureMatrix buildFeatureMatrix(const BarSeries& adjusted);

} // namespace Tessera::Features
