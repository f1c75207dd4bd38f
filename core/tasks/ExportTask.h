#pragma once

#include <QDate>
#include <QJsonObject>
#include <QStringList>

#include "core/export/ExportProgress.h"
#include "core/tasks/TaskContext.h"
#include "core/tasks/TaskKind.h"

namespace Tessera::Tasks {

/** Id of the export task kind. */
inline const QString kExportTaskKind = QStringLiteral("export");

/**
 * The "export" task kind: "Export CSV files", the seed-003 daily exports (Export::runExport) as a
 * recorded run, from File ▸ Export, the operations view and the 22:00 schedule entry.
 *
 * Exports are not per symbol: each export reads every symbol in one ordered query into one file. So
 * the run's units are the export kinds themselves ("stocks", "history", "indicators", in that order)
 * going through one step, "export": the operations view shows one row per file, a failed file is
 * retried alone, and a cancelled run resumes with the files it had not written. Each file is written
 * atomically, so a cancel or a crash never leaves half a file.
 *
 * Parameters (all optional):
 *   kinds         — array of "stocks", "history", "indicators"; missing/empty = all three
 *   folder        — target folder; missing = the `export/folder` setting
 *   days          — calendar days of history/indicators before the date (default 30, 0 = all)
 *   date          — as-of date YYYY-MM-DD, also in the file names; missing = today when planned
 *   retentionDays — overrides the `export/retentionDays` setting for this run
 *
 * When the run ends (not cancelled) it applies retention: daily export files in the folder dated more
 * than retentionDays before today are deleted (Export::applyRetention; never other files, never the
 * files this run wrote).
 */
TaskKind exportTaskKind();

/**
 * An export's progress as a TaskContext's (the CLI's progress bar): begin() starts a step of the
 * export's symbols, each symbol written is a finished unit, and the context's cancel stops the export.
 * Holds a reference: the context must outlive it.
 */
class TaskExportProgress final : public Export::ExportProgress
{
public:
    explicit TaskExportProgress(TaskContext& ctx)
        : m_ctx(ctx)
    {}
    bool isCanceled() const override { return m_ctx.isCanceled(); }
    void begin(const QString& step, qint64 total) override { m_ctx.beginStep(step, total); }
    void symbolWritten(const QString& ticker) override { m_ctx.unitFinished(ticker, true); }
    void finished() override { m_ctx.finish(); }

private:
    TaskContext& m_ctx;
};

/** Parameters of an export run (empty folder/date: the setting/today; days < 0: the default 30). */
QJsonObject exportParams(const QStringList& kinds = {},
                         const QString& folder = {},
                         const QDate& date = {},
                         int days = -1);

/** One file an export run writes. */
struct ExportTarget
{
    QString kind; ///< "stocks", "history", "indicators": the run's unit
    QString path;
};

/**
 * The files a run with these parameters writes, in kind order, with folder and date resolved as the
 * plan resolves them (the setting, today). Reads one setting; call it off the GUI thread.
 */
[[nodiscard]] Result<QList<ExportTarget>> exportTargets(const Store::Database& db, const QJsonObject& params);

} // namespace Tessera::Tasks
