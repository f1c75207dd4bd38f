#pragma once

#include <QString>

namespace Tessera::Paths {

/** The application data folder (QStandardPaths::AppDataLocation), created if missing. */
QString appDataDir();

/** Default database file: <appDataDir>/tessera.sqlite. */
QString defaultDatabasePath();

/** Default log folder: <appDataDir>/logs. */
QString defaultLogDir();

/**
 * Turns a ticker into a safe file-name stem: keeps letters, digits, '.', '-', '_', replaces anything
 * else (slashes, '&', '^', '=', spaces, '..') so a ticker never escapes the target folder.
 */
QString sanitizeForFileName(const QString& ticker);

} // namespace Tessera::Paths
