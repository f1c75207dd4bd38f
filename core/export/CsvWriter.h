#pragma once

#include <optional>

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include "core/common/AtomicFile.h"
#include "core/common/Result.h"

namespace Tessera::Export {

/**
 * Writes a CSV file the way spreadsheets and pandas read it without options (RFC 4180): UTF-8 (no
 * byte-order mark, which pandas would keep in the first column name), CRLF line ends, a header row,
 * fields quoted only when they hold a comma, a quote, CR/LF or leading/trailing spaces (quotes
 * doubled inside), ISO dates, numbers in the shortest form that reads back to the same double ("."
 * decimal point whatever the locale), and an empty cell for a missing value (NaN, ±∞, null string).
 *
 * Text cells that a spreadsheet would run as a formula (starting with '=', '+', '-', '@', a tab or a CR,
 * and not a plain number such as "-5.2") get a leading apostrophe: "'=1+2" (OWASP "CSV Injection",
 * Csv::needsFormulaGuard). This is the one CSV cell writer of Tessera (exports, the pipeline's
 * summary.csv, the GUI's "Export rows to CSV…"), so every CSV output is covered.
 *
 * The file appears atomically (AtomicFile): rows go to a new temporary file that replaces the target
 * only on commit(), after an fsync, so a crash or a failed export never leaves a half-written file in
 * the export folder, and a symbolic link at the target is replaced, never written through. Rows are
 * buffered and flushed in 1 MB blocks; no QString is built per numeric cell.
 * Not thread-safe; one writer per file.
 */
class CsvWriter
{
public:
    explicit CsvWriter(const QString& path);

    /** Opens the temporary file (creating the folder). The error names the path. */
    [[nodiscard]] Result<void> open(const QStringList& header);

    void text(QStringView value); ///< a text cell (guarded, quoted if needed); null/empty = empty cell
    void number(double value);    ///< shortest round-trip form; empty when not finite
    void integer(qint64 value);
    void empty();
    /** Ends the current row. */
    void endRow();

    /** Writes a whole row of text cells. */
    void row(const QStringList& cells);

    /**
     * Flushes and atomically replaces the target. Returns the data rows written (header excluded), or
     * the first write error (naming the file and the reason); the target is then untouched.
     */
    [[nodiscard]] Result<qint64> commit();

    const QString& path() const { return m_path; }
    qint64 rows() const { return m_rows; }

private:
    void separator();
    void flush();

    QString m_path;
    AtomicFile m_file;
    QByteArray m_buffer;
    bool m_rowStarted = false;
    std::optional<Error> m_writeError; ///< the first failed write; later rows are dropped
    qint64 m_rows = 0;
};

/** Appends value to out as one CSV field: formula-guarded, then quoted if RFC 4180 requires it. */
void appendCsvField(QByteArray& out, QStringView value);

/** Appends the shortest round-trip decimal form of a finite double ("0.1", "1e-07", "352.6"). */
void appendCsvNumber(QByteArray& out, double value);

/**
 * The generic table export (the GUI's "Export rows…" on any table view): headers and rows of display
 * texts, written atomically to path. Cells are taken as they are (formula-guarded like every text
 * cell); an empty string is an empty cell. Returns the number of data rows.
 */
[[nodiscard]] Result<qint64>
exportTable(const QStringList& headers, const QList<QStringList>& rows, const QString& path);

} // namespace Tessera::Export
