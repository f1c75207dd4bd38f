#pragma once

#include <QString>
#include <QStringList>

namespace Tessera::Ui {

/**
 * The window's colours: follow the desktop (the style and palette Qt found at start-up), or Tessera's
 * own light or dark palette on the Fusion style. Charts and tiles pick their colours from the palette
 * (TileView::darkTheme), so they follow too. Stored in the user's settings (not the database): the
 * same database can be opened by several people.
 */
enum class Theme
{
    System,
    Light,
    Dark
};

/** "system", "light", "dark": the settings value and the --theme argument. */
QString themeName(Theme theme);
QStringList themeNames();
/** The theme named name (case-insensitive); false when the name is not one of themeNames(). */
bool themeFromName(const QString& name, Theme* theme);

/** The stored theme (Settings ▸ Appearance); System when none is stored. */
Theme storedTheme();
void storeTheme(Theme theme);

/**
 * Applies theme to the running application. Call once at start-up before any window exists (the first
 * call remembers the desktop's own style and palette for System); later calls restyle every widget, and
 * charts drawn from then on take the new colours.
 */
void applyTheme(Theme theme);

} // namespace Tessera::Ui
