#include "ui/mainwindow/ExportJob.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
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
        for (const Tasks::ExportTarget& t : std::as_const(*targets)) {
            if (!failedKinds.contains(t.kind) && !outcome.cancelled && QFileInfo::exists(t.path)) {
                written << QFileInfo(t.path).fileName();
            }
        }
        if (!written.isEmpty()) {
            const QString folder = QDir::toNativeSeparators(fixed.value(QStringLiteral("folder")).toString());
            outcome.summary = Text::tr("Wrote %1 into %2.").arg(written.join(QStringLiteral(", ")), folder)
                              + u'\n' + outcome.summary;
        }
        return outcome;
    };
}

} // namespace Tessera::Ui::Jobs
