#pragma once

#include <optional>

#include <QDate>
#include <QHash>
#include <QList>
#include <QStringList>

#include "core/common/Result.h"
#include "core/screens/Screen.h"
#include "core/store/Database.h"

namespace Tessera::Store {

/**
 * Stored screens (table screens) and the members of watched ones (screen_members). The four strategy
 * screens are created with their defaults the first time the list is read, so they always exist; they
 * can be edited and reset but not removed. Names are unique ignoring case. Works on the calling
 * thread's connection; each write is one transaction.
 */
class ScreenRepository
{
public:
    explicit ScreenRepository(const Database& db)
        : m_db(db)
    {}

    /** Every screen: the strategies first (growth, value, balanced, momentum), then the others by name. */
    [[nodiscard]] Result<QList<Screens::ScreenDefinition>> all();
    /** The screen named name (any case), or nullopt. */
    [[nodiscard]] Result<std::optional<Screens::ScreenDefinition>> find(const QString& name);
    /**
     * Creates or replaces (by name) a screen after checking its expression and ranking; returns its id.
     * A strategy keeps its strategy id (a definition cannot turn a plain screen into a strategy or back).
     */
    [[nodiscard]] Result<qint64> save(const Screens::ScreenDefinition& screen);
    /** Copies screen `name` as `newName` (a strategy's copy is a plain screen with its filters spelled out).
     */
    [[nodiscard]] Result<Screens::ScreenDefinition> duplicate(const QString& name, const QString& newName);
    /** Removes a screen; a strategy cannot be removed (InvalidInput), an unknown name is NotFound. */
    [[nodiscard]] Result<void> remove(const QString& name);
    /** Restores a strategy's built-in definition. */
    [[nodiscard]] Result<void> resetStrategy(const QString& id);
    /** Screens marked watched. */
    [[nodiscard]] Result<QList<Screens::ScreenDefinition>> watched();

    /** A watched screen's members after its last evaluation (ticker → symbol id) and that day. */
    struct Members
    {
        QDate asOf; ///< invalid: never evaluated
        QHash<QString, qint64> symbols;
    };
    [[nodiscard]] Result<Members> members(qint64 screenId);
    /** Replaces a screen's members (inside the caller's transaction when one is open). */
    [[nodiscard]] Result<void> setMembers(qint64 screenId, QDate asOf, const QList<qint64>& symbolIds);

private:
    [[nodiscard]] Result<void> ensureStrategies();
    [[nodiscard]] Result<QList<Screens::ScreenDefinition>> query(const char* where, const QString& arg);

    const Database& m_db;
};

} // namespace Tessera::Store
