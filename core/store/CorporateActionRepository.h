#pragma once

#include <QList>

#include "core/common/Result.h"
#include "core/market/CorporateAction.h"
#include "core/store/Database.h"

namespace Tessera::Store {

/**
 * Dividends and splits per symbol (tables `dividends`, `splits`, keyed by symbol and date). Writes
 * join the caller's transaction when one is open, so they commit together with the symbol's bars.
 * Works on the calling thread's connection.
 */
class CorporateActionRepository
{
public:
    explicit CorporateActionRepository(const Database& db)
        : m_db(db)
    {}

    /**
     * Stores the events of ticker. replace = true first removes every stored event of the symbol
     * (a full history re-fetch); otherwise events on the same dates are replaced and others kept.
     */
    [[nodiscard]] Result<void> write(const QString& ticker,
                                     const QList<Dividend>& dividends,
                                     const QList<Split>& splits,
                                     const QString& source,
                                     bool replace);

    /** Stored dividends / splits of ticker, ascending by date. */
    [[nodiscard]] Result<QList<Dividend>> dividends(const QString& ticker);
    [[nodiscard]] Result<QList<Split>> splits(const QString& ticker);

private:
    const Database& m_db;
};

} // namespace Tessera::Store
