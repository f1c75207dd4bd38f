#pragma once

#include <optional>

#include <QString>
#include <QStringView>

namespace Tessera::Ui {

/**
 * The studies a candle chart can show: moving-average and Bollinger overlays drawn over the candles,
 * and one indicator pane under the volume pane. Keys are stable lower-case words stored in QSettings
 * (Settings::chartOverlays, Settings::chartIndicatorPane) and used by tests; never translate them.
 */

enum class PriceOverlay
{
    Ma5,      ///< SMA 5 of the adjusted close
    Ma20,     ///< SMA 20
    Ma50,     ///< SMA 50
    Bollinger ///< Bollinger 20/2: upper, middle (= SMA 20), lower
};
inline constexpr int kPriceOverlayCount = 4;

enum class IndicatorPane
{
    None,
    Rsi,        ///< RSI 14 (Wilder), fixed 0–100 axis, guides at 30 and 70
    Macd,       ///< MACD 12/26/9 in price units: line, signal, histogram
    Stochastic, ///< slow %K 14/3 and %D 3, fixed 0–100 axis, guides at 20 and 80
    Atr         ///< ATR 14 (Wilder), price units
};
inline constexpr int kIndicatorPaneCount = 5;

/** "ma5", "ma20", "ma50", "bollinger". */
QString overlayKey(PriceOverlay overlay);
std::optional<PriceOverlay> overlayFromKey(QStringView key);

/** "none", "rsi", "macd", "stochastic", "atr". */
QString indicatorPaneKey(IndicatorPane pane);
/** The pane of key; an unknown key (an old or hand-edited setting) is None. */
IndicatorPane indicatorPaneFromKey(QStringView key);

} // namespace Tessera::Ui
