#pragma once

#include <optional>
#include <span>

#include <QDate>

#include "core/common/Result.h"
#include "core/features/IndicatorFrame.h"
#include "core/store/Database.h"
#include "core/store/FeatureRepository.h"

namespace Tessera::Store {

/** A seed-003 technical_indicators column and the frame column it stores. */
struct TechnicalColumn
{
    const char* name; ///< SQL and CSV column name (seed 003)
    Features::Column column;
};

/** The 14 value columns of technical_indicators, in table (and CSV) order. */
std::span<const TechnicalColumn> technicalColumns();

/**
 * What the indicators of a symbol were computed from: the number of bars, their date range and a
 * 64-bit fingerprint of every stored field of every bar (the raw OHLC, adjusted close and volume), plus
 * the engine version. The indicators step compares it with the current bars to skip symbols that are
 * up to date and to find out whether new bars were only appended (write the new rows) or history
 * changed (a split, a new dividend adjustment: rewrite everything).
 */
struct IndicatorState
{
    int engineVersion = 0;
    qint64 barCount = 0;
    QDate firstDate;
    QDate lastDate;
    quint64 inputHash = 0;
    QString computedAt; ///< UTC ISO time of the write
};

/**
 * The key of a technical_indicators row: symbol_id * 2^32 + the date's Julian day number (schema 8),
 * so a symbol's rows are the key range [keyOf(id, 0), keyOf(id, kLastDay)] in date order.
 */
constexpr qint64 indicatorKey(qint64 symbolId, qint64 julianDay)
{
    return symbolId * (qint64(1) << 32) + julianDay;
}
inline constexpr qint64 kIndicatorKeyLastDay = (qint64(1) << 32) - 1;

/**
 * Stored indicators: the seed-003 table technical_indicators(id, symbol_id, date, rsi_14, …,
 * bollinger_lower; NULL for missing values; id = indicatorKey(symbol_id, date)), the feature chunks
 * (FeatureRepository) and indicator_state. Writes go through the raw sqlite3 handle with one prepared
 * statement and join the caller's transaction (the task runner's per-symbol transaction), so the
 * indicators, the features and the state of a symbol commit together or not at all.
 *
 * Works on the calling thread's connection; use one instance per thread.
 */
class IndicatorRepository
{
public:
    explicit IndicatorRepository(const Database& db)
        : m_db(db)
    {}

    [[nodiscard]] Result<std::optional<IndicatorState>> state(qint64 symbolId);

    /**
     * Stores rows [fromRow, frame.size()) of frame for a symbol — all rows after deleting what was
     * stored when `replace` — with their feature chunks, and the new state. Returns the rows written.
     */
    [[nodiscard]] Result<qint64> write(qint64 symbolId,
                                       const Features::IndicatorFrame& frame,
                                       qsizetype fromRow,
                                       bool replace,
                                       const IndicatorState& state);

    /**
     * As write(), with the feature chunks already encoded (FeatureRepository::encodeChunks from row 0
     * when replacing, else from fromRow): the bulk task encodes them before it takes the writer.
     */
    [[nodiscard]] Result<qint64> write(qint64 symbolId,
                                       const Features::IndicatorFrame& frame,
                                       qsizetype fromRow,
                                       bool replace,
                                       const IndicatorState& state,
                                       const std::vector<FeatureChunk>& chunks);

    /** Deletes a symbol's indicators, features and state. */
    [[nodiscard]] Result<void> clear(qint64 symbolId);

    /**
     * The stored frame of ticker between from and to inclusive (invalid = unbounded): the technical
     * columns as stored (doubles), the feature columns from their chunks (float precision), weekday
     * from the date. Empty when nothing is stored; NotFound when the ticker is unknown.
     */
    [[nodiscard]] Result<Features::IndicatorFrame>
    load(const QString& ticker, QDate from = {}, QDate to = {});

    /** Rows of technical_indicators for ticker, or for every symbol when ticker is empty. */
    [[nodiscard]] Result<qint64> rowCount(const QString& ticker = {});

private:
    const Database& m_db;
};

} // namespace Tessera::Store
