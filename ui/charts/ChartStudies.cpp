#include "ui/charts/ChartStudies.h"

namespace Tessera::Ui {

QString overlayKey(PriceOverlay overlay)
{
    switch (overlay) {
    case PriceOverlay::Ma5:
        return QStringLiteral("ma5");
    case PriceOverlay::Ma20:
        return QStringLiteral("ma20");
    case PriceOverlay::Ma50:
        return QStringLiteral("ma50");
    case PriceOverlay::Bollinger:
        return QStringLiteral("bollinger");
    }
    return {};
}

std::optional<PriceOverlay> overlayFromKey(QStringView key)
{
    for (int i = 0; i < kPriceOverlayCount; ++i) {
        const auto overlay = static_cast<PriceOverlay>(i);
        if (key == overlayKey(overlay)) {
            return overlay;
        }
    }
    return std::nullopt;
}

QString indicatorPaneKey(IndicatorPane pane)
{
    switch (pane) {
    case IndicatorPane::None:
        return QStringLiteral("none");
    case IndicatorPane::Rsi:
        return QStringLiteral("rsi");
    case IndicatorPane::Macd:
        return QStringLiteral("macd");
    case IndicatorPane::Stochastic:
        return QStringLiteral("stochastic");
    case IndicatorPane::Atr:
        return QStringLiteral("atr");
    }
    return QStringLiteral("none");
}

IndicatorPane indicatorPaneFromKey(QStringView key)
{
    for (int i = 0; i < kIndicatorPaneCount; ++i) {
        const auto pane = static_cast<IndicatorPane>(i);
        if (key == indicatorPaneKey(pane)) {
            return pane;
        }
    }
    return IndicatorPane::None;
}

} // namespace Tessera::Ui
