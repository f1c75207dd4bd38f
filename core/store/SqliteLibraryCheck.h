#pragma once

#include <QSqlDatabase>

#include "core/common/Result.h"

namespace Tessera::Store {

/**
 * One SQLite library per process. Tessera opens its connections through Qt's QSQLITE driver and then
 * uses the raw sqlite3 handle the driver hands out with the sqlite3_* functions it is linked with.
 * That is only sound when the driver runs on that same library: Qt's official Windows and macOS
 * builds bundle their own SQLite, and two copies in one process do not see each other's POSIX locks
 * (closing any descriptor drops them all), which is one of the documented ways to corrupt a
 * database ("How To Corrupt An SQLite Database File", §2.2.1).
 *
 * How it is checked, through documented interfaces only: registerLinkedLibraryMarker() installs an
 * auto-extension (sqlite3_auto_extension) in the linked library that gives every connection this
 * library opens an SQL function, tessera_linked_sqlite(). verifyDriverLibrary() runs that function
 * through the Qt connection, with Qt's own query API: it exists only if the driver's library is the
 * linked one. No raw call touches a driver handle before this check has passed.
 *
 * Thread-safe.
 */

/** Installs the marker (a second call does nothing). Call before the first connection opens. */
void registerLinkedLibraryMarker();

/**
 * Verifies that connection (open, from the QSQLITE driver) runs on the linked SQLite library. The
 * error names both libraries' versions and source ids and says what to install.
 */
[[nodiscard]] Result<void> verifyDriverLibrary(const QSqlDatabase& connection);

} // namespace Tessera::Store
