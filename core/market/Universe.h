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

} // namespace Tessera
