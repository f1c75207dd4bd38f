#pragma once

#include <QColor>

namespace Tessera::Ui::MarketColors {

/** Rising price (close above open, or a positive change): the usual trading-terminal teal green. */
inline QColor up()
{
    return QColor(0x26, 0xa6, 0x9a);
}

/** Falling price (close at or below open, or a negative change). */
inline QColor down()
{
    return QColor(0xef, 0x53, 0x50);
}

} // namespace Tessera::Ui::MarketColors
