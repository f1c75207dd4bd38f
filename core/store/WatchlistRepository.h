#pragma once

#include <optional>

#include <QList>
#include <QStringList>

#include "core/common/Result.h"
#include "core/store/Database.h"

namespace Tessera::Store {

/** A watchlist and its tickers in the user's order (the order they were added). */
struct Watchlist
{
    QString name;
    QStringList tickers;
};

/**
 * The user's watchlists (issue 17): named lists of stored symbols, kept in the order they were added.
 * Names are unique ignoring case ("Banks" and "banks" are one list) and keep the spelling they were
 * created with. Members are stored symbols only: callers resolve what the user typed first
 * (SymbolRepository::lookup) and refuse unknown tickers; a ticker that is not a stored symbol is a
 * NotFound error here. Writes run in one transaction each. Works on the calling thread's connection.
 */
class WatchlistRepository
{
public:
    explicit WatchlistRepository(const Database& db)
        : m_db(db)
    {}

    /** Every watchlist with its tickers, lists sorted by name (ignoring case). */
    [[nodiscard]] Result<QList<Watchlist>> all();

    /** The names of the watchlists, sorted ignoring case. */
    [[nodiscard]] Result<QStringList> names();

    /** The stored spelling of the list called name in any case, or nullopt. */
    [[nodiscard]] Result<std::optional<QString>> storedName(const QString& name);

    /** Creates an empty list; InvalidInput when the name is blank or a list of that name (any case) exists.
     */
    [[nodiscard]] Result<void> create(const QString& name);

    /**
     * Appends tickers to the list (after its last member, in the given order), creating the list when
     * createMissing; tickers already on it stay where they are. Returns how many were added.
     * NotFound when the list does not exist (and !createMissing) or a ticker is not a stored symbol.
     */
    [[nodiscard]] Result<int>
    add(const QString& name, const QStringList& tickers, bool createMissing = false);

    /** Removes tickers from the list; returns how many were on it. NotFound when the list does not exist. */
    [[nodiscard]] Result<int> remove(const QString& name, const QStringList& tickers);

    /** Deletes the list and its memberships (the symbols stay). NotFound when it does not exist. */
    [[nodiscard]] Result<void> deleteList(const QString& name);

    /** Renames a list; InvalidInput when another list already has the new name. */
    [[nodiscard]] Result<void> rename(const QString& name, const QString& newName);

    /** The tickers of the list in order. NotFound when it does not exist. */
    [[nodiscard]] Result<QStringList> members(const QString& name);

private:
    /** The list's id, or NotFound naming it. */
    Result<qint64> idOf(const QString& name);

    const Database& m_db;
};

} // namespace Tessera::Store
