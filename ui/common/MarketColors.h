#pragma once

#include <QColor>
#include <QString>
#include <QStringList>

namespace Tessera::Ui::MarketColors {

/**
 * The colours of rising and falling prices in every chart, tile and table (Settings ▸ Appearance ▸
 * Chart colours). Stored in the user's settings, like the theme.
 */
enum class Scheme
{
    GreenUp,   // teal green up, red down: the usual trading-terminal colours (default)
    RedUp,     // red up, green down: the convention of China, Japan, Korea and Taiwan
    BlueOrange // blue up, orange down: told apart with red-green colour blindness
};

/** "green-up", "red-up", "blue-orange": the settings value and the --chart-colors argument. */
QString schemeName(Scheme scheme);
QStringList schemeNames();
/** The scheme named name (case-insensitive); false when the name is not one of schemeNames(). */
bool schemeFromName(const QString& name, Scheme* scheme);

Scheme storedScheme();
void storeScheme(Scheme scheme);

/** Makes scheme the one up() and down() answer with; charts drawn from then on use it. */
void applyScheme(Scheme scheme);
Scheme currentScheme();

/** Rising price (close above open, or a positive change). */
QColor up();
/** Falling price (close at or below open, or a negative change). */
QColor down();
/** The pair of scheme, for a preview of a scheme that is not applied. */
QColor up(Scheme scheme);
QColor down(Scheme scheme);

} // namespace Tessera::Ui::MarketColors
