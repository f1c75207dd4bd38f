#include "ui/mainwindow/ExportJob.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include "core/export/DailyExports.h"
#include "core/tasks/ExportTask.h"
#include "ui/mainwindow/Jobs.h"

namespace Tessera::Ui::Jobs {
namespace {

/** Translation context of the export job's summary (lupdate sees Text::tr). */
class Text
{
    Q_DECLARE_TR_FUNCTIONS(ExportJob)
};

/** Whether a CSV file written by the export has its header and no data row (reads at most 64 KB). */
bool hasNoRows(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return false;
    }
    return file.read(64 * 1024).count("\r\n") <= 1;
}

} // namespace

JobFunction runExport(Store::DatabasePtr db, QJsonObject params, Tasks::RunOptions options)
{
    return [db = std::move(db), params = std::move(params), options](
               Tasks::TaskContext& ctx) -> Result<JobOutcome> {
        QJsonObject fixed = params;
        if (!fixed.contains(QStringLiteral("folder"))) {
            fixed.insert(QStringLiteral("folder"), Export::exportFolder(*db));
        }
        if (!fixed.contains(QStringLiteral("date"))) {
            fixed.insert(QStringLiteral("date"), QDate::currentDate().toString(Qt::ISODate));
        }
        auto targets = Tasks::exportTargets(*db, fixed);
        if (!targets) {
            return fail(targets.error());
        }
        Tasks::TaskRunner runner(db);
        auto result = runner.start(Tasks::kExportTaskKind, fixed, options, ctx);
        if (!result) {
            return fail(result.error());
        }
        JobOutcome outcome = outcomeOf(*result);
        outcome.dataChanged = false;
        QSet<QString> failedKinds;
        for (const Tasks::SymbolOutcomeRecord& o : std::as_const(result->failures)) {
            failedKinds.insert(o.symbol);
        }
        QStringList written;
        QStringList empty;
        for (const Tasks::ExportTarget& t : std::as_const(*targets)) {
            if (!failedKinds.contains(t.kind) && !outcome.cancelled && QFileInfo::exists(t.path)) {
                written << QFileInfo(t.path).fileName();
                if (t.kind != QStringLiteral("stocks") && hasNoRows(t.path)) {
                    empty << QFileInfo(t.path).fileName();
                }
            }
        }
        if (!written.isEmpty()) {
            const QString folder = QDir::toNativeSeparators(fixed.value(QStringLiteral("folder")).toString());
            QString lines = Text::tr("Wrote %1 into %2.").arg(written.join(QStringLiteral(", ")), folder);
            if (!empty.isEmpty()) {
                // Offline or stale data that ends before the window: say so rather than leave an empty
                // file unexplained.
                const int days = fixed.value(QStringLiteral("days")).toInt(30);
                lines += u'\n'
                         + (days > 0 ? Text::tr("%1: no rows, nothing is stored in the %2 days up to %3.")
                                           .arg(empty.join(QStringLiteral(", ")))
                                           .arg(days)
                                           .arg(fixed.value(QStringLiteral("date")).toString())
                                     : Text::tr("%1: no rows, nothing is stored.")
                                           .arg(empty.join(QStringLiteral(", "))));
            }
            outcome.summary = lines + u'\n' + outcome.summary;
        }
        return outcome;
    };
}

} // namespace Tessera::Ui::Jobs
