#pragma once

#include <optional>

#include <QDateTime>
#include <QList>

#include "core/common/Result.h"
#include "core/market/Universe.h"
#include "core/store/Database.h"

namespace Tessera::Store {

/** A stored universe with counts, for `universe list` and the GUI's universe picker. */
struct UniverseInfo
{
    QString name;
    QString source;
    QDateTime importedAt;
    int memberCount = 0;
    int withBars = 0; ///< members that have at least one stored bar
    qint64 barCount = 0;
    QDate firstDate;
    QDate lastDate;
};

/** Universes and their membership. Works on the calling thread's connection. */
class UniverseRepository
{
public:
    explicit UniverseRepository(const Database& db)
        : m_db(db)
    {}

    /**
     * Stores the universe in one transaction: upserts every member symbol (names, sectors, ...),
     * replaces the membership and reports which tickers were added or removed compared with the
     * stored list of the same name (the symbol-master refresh report). Removed symbols keep their bars.
     * Names match by universeKey(): importing "nifty 50" replaces a stored "NIFTY 50", keeping its name.
     */
    [[nodiscard]] Result<UniverseDiff> import(const Universe& universe);

    /**
     * Changes the membership of the stored universe `name` in one transaction: adds `add` (a symbol not
     * stored yet is created with its fields; a stored one keeps its own) and drops `remove`. Symbols and
     * their bars are never deleted: a dropped member stays in the database, out of this universe. Tickers
     * already in (or already out of) the universe are left as they are and do not count in the diff.
     * NotFound when no universe has that name.
     */
    [[nodiscard]] Result<UniverseDiff>
    amend(const QString& name, const QList<Symbol>& add, const QStringList& remove);

    [[nodiscard]] Result<QList<UniverseInfo>> list();
    [[nodiscard]] Result<QStringList> members(const QString& name);
    [[nodiscard]] Result<bool> exists(const QString& name);

    /**
     * The stored name of the universe name stands for: the exact name, else the one with the same
     * universeKey() ("nifty50" finds "NIFTY 50"); nullopt when none. Several stored names with that key
     * (only possible in files written before names were compared this way) are an InvalidInput error
     * listing them.
     */
    [[nodiscard]] Result<std::optional<QString>> storedName(const QString& name);

    /** The names of all stored universes, sorted. */
    [[nodiscard]] Result<QStringList> names();

    /** Tickers that belong to at least one universe, sorted. */
    [[nodiscard]] Result<QStringList> tickersInAnyUniverse();

private:
    const Database& m_db;
};

} // namespace Tessera::Store
