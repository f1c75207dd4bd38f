#pragma once

#include <QList>
#include <QString>

#include "core/market/Symbol.h"

namespace Tessera {

/** A named list of symbols (NIFTY 500, S&P 500, a user's watch list) with where it came from. */
struct Universe
{
    QString name;
    QString source; ///< file the list was imported from, or "bundled:<name>"
    QList<Symbol> members;
};

/** What changed when a universe was (re-)imported: the symbol-master refresh report. */
struct UniverseDiff
{
    QStringList added;
    QStringList removed;
    int unchanged = 0;
};

/**
 * What universe names are compared by: lower case, letters and digits only, so "nifty500",
 * "NIFTY500" and "NIFTY 500" name the same universe, and "sp500" the stored "S&P 500" (the bundled
 * ids are the keys of the bundled titles). Two names with the same key are the same universe.
 */
QString universeKey(const QString& name);

} // namespace Tessera
