#pragma once

#include <QList>
#include <QString>

#include "core/common/Result.h"
#include "core/store/AnalysisRepository.h"

namespace Tessera::Export {

/**
 * The file-name stem of a ticker in a JSON export folder. Tickers come from data files and users
 * ("^NSEI", "BRK/B", "M&M.NS", "A/B:C"), so they are sanitised before they name a file:
 *  1. every character outside [A-Za-z0-9._-] becomes '_' ("A/B:C" -> "A_B_C", "^NSEI" -> "_NSEI");
 *  2. a leading '.' becomes '_' (no hidden files);
 *  3. an empty ticker, "." and "..", and stems longer than 200 characters are rejected
 *     (InvalidInput naming the ticker), so a name can never leave the folder or exceed 255 bytes
 *     with its suffix.
 * Different tickers can share a stem ("A/B" and "A:B", or "abc" and "ABC" on a case-insensitive file
 * system): the pipeline refuses the second one of a run rather than overwrite the first one's files.
 */
[[nodiscard]] Result<QString> safeFileStem(const QString& ticker);

/** The three files of one ticker: {stem}.json, {stem}_slippage.json, {stem}_monte_slippage.json. */
QStringList analysisFileNames(const QString& stem);

/**
 * Writes a ticker's three documents into folder (created when missing), each atomically (AtomicFile,
 * without fsync): a reader never sees a half-written file, a failure leaves the previous file in place
 * and no temporary behind, and a symbolic link at a document's name is replaced, never written
 * through. The error names the file and the reason.
 */
[[nodiscard]] Result<void>
writeAnalysisFiles(const QString& folder, const QString& stem, const Store::AnalysisDocuments& documents);

/**
 * Writes folder/summary.csv atomically (CsvWriter: synced, formula-guarded cells): one row per analysis, like
 * the peer's summary (symbol, direction, score, grade) plus abs_score (min(|score|, 1), the JSON's
 * "confidence": the score's size, not a probability), valid, as_of, last_price, the validation errors
 * ("; "-joined) and the verdict formula. Returns the rows written.
 */
[[nodiscard]] Result<qint64> writePipelineSummary(const QString& folder,
                                                  const QList<Store::AnalysisRow>& rows);

} // namespace Tessera::Export
