#pragma once

#include <QList>

#include "core/charting/Drawing.h"
#include "core/common/Result.h"
#include "core/store/Database.h"

namespace Tessera::Store {

/**
 * Chart drawings per symbol (issue 17), in (date, price) coordinates; a 60-minute chart's drawing keeps
 * its points' hours in the same date columns ("2023-07-04T13:00:00Z", dayOrHourText). Works on the
 * calling thread's connection; each write is one transaction.
 */
class DrawingRepository
{
public:
    explicit DrawingRepository(const Database& db)
        : m_db(db)
    {}

    /** ticker's drawings in the order they were made; empty for an unknown ticker. */
    [[nodiscard]] Result<QList<Charting::Drawing>> forSymbol(const QString& ticker);

    /**
     * Stores a drawing: inserts it when its id is 0 (returning the new id), else updates the stored one
     * (NotFound when it no longer exists). NotFound when its ticker is not a stored symbol.
     */
    [[nodiscard]] Result<qint64> save(const Charting::Drawing& drawing);

    /** Deletes a drawing; returns whether it existed. */
    [[nodiscard]] Result<bool> remove(qint64 id);

    /** Deletes every drawing of ticker; returns how many. */
    [[nodiscard]] Result<int> removeAll(const QString& ticker);

private:
    const Database& m_db;
};

} // namespace Tessera::Store
