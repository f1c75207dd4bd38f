#pragma once

#include <span>
#include <vector>

#include <QByteArray>
#include <QDate>

#include "core/common/Result.h"
#include "core/features/IndicatorFrame.h"
#include "core/store/Database.h"

namespace Tessera::Store {

/**
 * The indicator columns that are not in technical_indicators (the other indicators and the
 * microstructure features), stored per symbol and calendar year as one columnar blob:
 * table indicator_features(symbol_id, year, first_date, last_date, row_count, data).
 *
 * Why a blob per year rather than a row per day: nobody queries these by SQL per day; readers (the
 * indicator pane, tiles, the cross-section) want a symbol's whole column at once, and one row per day
 * with ~37 REAL columns would double the rows and the write time of the indicators step. A yearly
 * chunk keeps the nightly incremental write to one ~20 KB blob per symbol instead of the whole history.
 *
 * Blob layout (little-endian): "TFC1", u8 element size (4 = float32), 3 zero bytes, u32 rows,
 * u32 columns, u16 length + the comma-separated column keys (catalog keys, so a blob written by
 * another version still decodes by name), i32 Julian day per row, then each column's `rows` values.
 * Values are float32: 7 significant digits, beyond the precision of any of these features' inputs,
 * at half the I/O. The precise doubles of the seed-003 columns live in technical_indicators, and a
 * full-precision frame is always one computeIndicators() call away.
 *
 * Works on the calling thread's connection, inside the caller's transaction when one is open.
 */
/** One year's rows of a symbol's features, encoded (FeatureRepository::encodeChunks). */
struct FeatureChunk
{
    int year = 0;
    QByteArray firstDate; ///< ISO
    QByteArray lastDate;  ///< ISO
    qint64 rows = 0;
    QByteArray blob;
};

class FeatureRepository
{
public:
    explicit FeatureRepository(const Database& db)
        : m_db(db)
    {}

    /** The stored columns, in blob order: every catalog column except the technical ones and weekday. */
    static std::span<const Features::Column> storedColumns();

    /** Encodes rows [from, to) of frame (one year's rows, by the writer) as a blob. */
    static QByteArray encode(const Features::IndicatorFrame& frame, qsizetype from, qsizetype to);

    /**
     * Appends the rows of a blob to frame (days and the stored columns; other columns get NaN).
     * The error names what is wrong with the blob.
     */
    [[nodiscard]] static Result<void>
    decode(const char* data, qsizetype size, Features::IndicatorFrame& into);

    /**
     * The yearly chunks that hold rows [fromRow, frame.size()) — a chunk always whole, so from the first
     * row of fromRow's year. Pure: the task encodes them before it takes the writer.
     */
    static std::vector<FeatureChunk> encodeChunks(const Features::IndicatorFrame& frame, qsizetype fromRow);

    /** Writes (replaces) chunks of a symbol. */
    [[nodiscard]] Result<void> writeChunks(qint64 symbolId, const std::vector<FeatureChunk>& chunks);

    /** encodeChunks + writeChunks. */
    [[nodiscard]] Result<void>
    writeFrom(qint64 symbolId, const Features::IndicatorFrame& frame, qsizetype fromRow);

    /** Deletes every chunk of a symbol. */
    [[nodiscard]] Result<void> removeAll(qint64 symbolId);

    /** The stored rows of a symbol between from and to inclusive (invalid = unbounded), ascending. */
    [[nodiscard]] Result<Features::IndicatorFrame> load(qint64 symbolId, QDate from = {}, QDate to = {});

    /** The last stored row of a symbol (a one-row frame; empty when nothing is stored). */
    [[nodiscard]] Result<Features::IndicatorFrame> lastRow(qint64 symbolId);

private:
    const Database& m_db;
};

} // namespace Tessera::Store
