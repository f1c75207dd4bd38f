#pragma once

#include <QString>

#include "core/common/Result.h"

namespace Tessera::Ui::Autostart {

/**
 * "Start at login" on Linux desktops: an XDG autostart entry, io.github.tessera.Tessera.desktop in
 * $XDG_CONFIG_HOME/autostart (QStandardPaths::GenericConfigLocation, so tests can use test mode).
 * The entry is packaging/linux/tessera-autostart.desktop (embedded) with Exec pointing at the running
 * executable when it is not the one found in PATH, and --tray so Tessera starts in the tray.
 * The file itself is the setting: there is no separate QSettings key to drift out of sync.
 */

/** Where the entry lives (it may not exist). */
QString entryPath();

/** Whether the entry exists and is not disabled (Hidden=true or X-GNOME-Autostart-enabled=false). */
bool isEnabled();

/** Writes (on) or removes (off) the entry. The error names the file. */
[[nodiscard]] Result<void> setEnabled(bool on);

/** The entry's text for executable (exposed for tests). */
QString entryText(const QString& executable);

} // namespace Tessera::Ui::Autostart
