#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

#include "core/common/Result.h"

namespace Tessera::Export {

/**
 * The date in the name of a daily export file, or an invalid date for any other name. The three
 * patterns are the ones exportFileName() writes: `stocks_YYYY-MM-DD.csv`,
 * `historical_<N>d_YYYY-MM-DD.csv` / `historical_all_YYYY-MM-DD.csv` and
 * `technical_indicators_YYYY-MM-DD.csv`.
 */
QDate exportFileDate(const QString& fileName);

/** What a retention pass did. */
struct RetentionResult
{
    QStringList deleted; ///< absolute paths removed
    QStringList failed;  ///< "path: reason" of files that matched but could not be removed
};

/**
 * Deletes the daily export files of folder whose name date is more than `days` days before today
 * (a file dated exactly today − days is kept). The rule reads the date in the name, not the file's
 * modification time: the name is what the export was "as of", it survives copies and backups that
 * reset mtimes, and the user can see from a listing what will go. Only regular files matching the
 * three patterns are candidates (never folders, symbolic links or other files), and paths in `keep`
 * (the files a run just wrote, e.g. a back-filled old date) are never deleted.
 * days <= 0 keeps everything; a missing folder is nothing to do. A file that cannot be removed is
 * reported in `failed` and the pass goes on.
 */
[[nodiscard]] Result<RetentionResult>
applyRetention(const QString& folder, int days, const QDate& today, const QStringList& keep = {});

} // namespace Tessera::Export
