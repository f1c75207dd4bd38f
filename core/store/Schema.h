#pragma once

#include <QList>
#include <QString>

namespace Tessera::Store {

/** One schema step: the statements that take user_version from version-1 to version. */
struct Migration
{
    int version;
    QString sql; ///< several statements separated by ';'
};

/**
 * All migrations in order. Append only: a shipped migration is never edited, a change is a new one.
 * Later issues add tables (runs, indicators, tiles, models, ...) here.
 */
const QList<Migration>& migrations();

} // namespace Tessera::Store
