#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QFileDevice>
#include <QString>

#include "core/common/Result.h"

namespace Tessera {

/**
 * How much of a file a reader is willing to hold in memory. A parser holds several times a file's
 * size while it works (the CSV bar reader took 7.4 GB for a 1 GB file before it refused it), so files
 * read whole are checked against a cap before a byte is read, and lines against a cap before they are
 * split into fields. The caps are parameters so that tests can use small ones.
 */
struct ReadLimits
{
    qint64 maxFileBytes = 0; ///< a larger file is refused before reading
    qint64 maxLineBytes = 0; ///< a longer line (without its line end) is refused; 0 = no line cap
    QString kind;            ///< what the file is, for the message ("bar CSV files", "tickers files")
};

/** "1 MB", "512 MB", "1.5 GB", "300 bytes": sizes in messages (1 MB = 2^20 bytes). */
QString formatByteSize(qint64 bytes);

/**
 * Reads path whole, refusing a file larger than limits.maxFileBytes before reading it ("PATH: 1.0 GB
 * is too large: bar CSV files are read up to 512 MB") and, when limits.maxLineBytes is set, a line
 * longer than that ("NAME:LINE: line longer than 1 MB", with displayName as NAME, the path when
 * empty). The size is taken from the opened file, and reading stops one byte past the cap anyway, so a
 * file that grows meanwhile or reports no size (a pipe, /dev/zero) cannot get past it. Works for Qt
 * resources (":/…") too. Thread-safe.
 */
[[nodiscard]] Result<QByteArray>
readFileWithin(const QString& path, const ReadLimits& limits, const QString& displayName = {});

/** readFileWithin on a file the caller has opened (to word its own "cannot open" message). */
[[nodiscard]] Result<QByteArray>
readOpenFileWithin(QFileDevice& file, const ReadLimits& limits, const QString& displayName = {});

/**
 * Checks that no line of data (LF-separated; a CR before the LF counts as part of the line end) is
 * longer than maxLineBytes: "NAME:LINE: line longer than 1 MB" for the first one that is.
 */
[[nodiscard]] Result<void> checkLineLengths(QByteArrayView data, qint64 maxLineBytes, const QString& name);

} // namespace Tessera
