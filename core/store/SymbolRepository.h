#pragma once

#include <optional>

#include <QDate>
#include <QDateTime>
#include <QList>

#include "core/common/Result.h"
#include "core/market/Bar.h"
#include "core/market/Symbol.h"
#include "core/store/Database.h"

namespace Tessera::Store {

/** A symbol with the summary of its stored bars: what the universe table and `status` show. */
struct SymbolRow
{
    Symbol symbol;
    qint64 barCount = 0;
    QDate firstDate;
    QDate lastDate;
    double lastClose = kMissing;
    double prevClose = kMissing;
    QString source;        ///< provider that last wrote bars
    QString lastError;     ///< last fetch/import error, empty when the last attempt succeeded
    QDateTime lastSuccess; ///< UTC time of the last successful fetch/import (invalid = none recorded)
    QDateTime lastAttempt; ///< UTC time of the last fetch/import attempt, successful or not

    /** 1-day change in percent, or NaN when fewer than two bars are stored. */
    double changePercent() const;
};

/**
 * Symbol master: symbols, their tags, and the per-symbol bar summary. Works on the calling thread's
 * connection; safe to use from any thread with its own instance.
 */
class SymbolRepository
{
public:
    explicit SymbolRepository(const Database& db)
        : m_db(db)
    {}

    /**
     * Inserts the symbol or updates the fields the new record knows (empty fields never erase
     * stored ones). Returns the symbol id. Runs inside the caller's transaction if one is open.
     */
    [[nodiscard]] Result<qint64> upsert(const Symbol& symbol);

    /** The id of ticker, creating a bare symbol when missing. */
    [[nodiscard]] Result<qint64> ensure(const QString& ticker);

    /** The id of ticker, or nullopt. */
    [[nodiscard]] Result<std::optional<qint64>> idOf(const QString& ticker);

    [[nodiscard]] Result<std::optional<Symbol>> find(const QString& ticker);

    /**
     * Maps a ticker found in a data file to a stored one: the exact ticker when it exists, else the
     * only stored ticker whose base (before the exchange suffix) matches, so "NTPC" from an NSE CSV
     * attaches to "NTPC.NS" imported from the NIFTY 500 list. Returns the input when nothing matches.
     */
    [[nodiscard]] Result<QString> resolve(const QString& ticker);

    /**
     * The stored ticker that ticker stands for, by the rule of resolve() (exact, else the only stored
     * ticker with that base), or nullopt when no stored symbol matches: what commands check a ticker
     * the user typed against before they record a run (an unknown ticker is a usage error).
     */
    [[nodiscard]] Result<std::optional<QString>> lookup(const QString& ticker);

    /** Every symbol with its bar summary, tags and last fetch outcome, ordered by ticker. */
    [[nodiscard]] Result<QList<SymbolRow>> rows();

    /** Tags one or more tickers (creating missing symbols and the tag). Returns how many were newly tagged.
     */
    [[nodiscard]] Result<int> addTag(const QString& tag, const QStringList& tickers);
    [[nodiscard]] Result<QStringList> tickersWithTag(const QString& tag);
    [[nodiscard]] Result<QStringList> allTags();
    [[nodiscard]] Result<QStringList> allTickers();
    /** Tickers of the symbols that have stored bars, sorted. */
    [[nodiscard]] Result<QStringList> tickersWithBars();

    /** Records the outcome of the last fetch/import attempt for a symbol (the universe table shows it). */
    [[nodiscard]] Result<void>
    recordFetchOutcome(const QString& ticker, const QString& provider, const QString& error);

private:
    const Database& m_db;
};

} // namespace Tessera::Store
