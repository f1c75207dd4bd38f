#include "core/tasks/ExportTask.h"

#include <QDir>
#include <QJsonArray>

#include "core/common/Log.h"
#include "core/export/DailyExports.h"
#include "core/export/ExportRetention.h"
#include "core/export/ExportSettings.h"

namespace Tessera::Tasks {
namespace {

const QString kKinds = QStringLiteral("kinds");
const QString kFolder = QStringLiteral("folder");
const QString kDays = QStringLiteral("days");
const QString kDate = QStringLiteral("date");
const QString kRetention = QStringLiteral("retentionDays");

/** A run's parameters, checked and resolved once when it is planned. */
struct ExportSetup
{
    QList<Export::ExportKind> kinds;
    Export::ExportOptions options; ///< folder and asOf resolved (never empty/invalid)
    int retentionDays = 30;
};

Result<ExportSetup> resolve(const Store::Database& db, const QJsonObject& params, bool needRetention)
{
    ExportSetup s;
    for (const QJsonValue& v : params.value(kKinds).toArray()) {
        auto kind = Export::kindFromName(v.toString());
        if (!kind) {
            return fail(Error::invalidInput(
                QStringLiteral("export: unknown kind '%1' (stocks, history, indicators)").arg(v.toString())));
        }
        if (!s.kinds.contains(*kind)) {
            s.kinds << *kind;
        }
    }
    if (s.kinds.isEmpty()) {
        s.kinds = Export::allKinds();
    }
    s.options.folder = params.value(kFolder).toString();
    if (s.options.folder.isEmpty()) {
        s.options.folder = Export::exportFolder(db);
    }
    s.options.asOf = QDate::currentDate();
    if (params.contains(kDate)) {
        s.options.asOf = QDate::fromString(params.value(kDate).toString(), Qt::ISODate);
        if (!s.options.asOf.isValid()) {
            return fail(Error::invalidInput(
                QStringLiteral("export: date '%1' is not YYYY-MM-DD").arg(params.value(kDate).toString())));
        }
    }
    s.options.days = params.value(kDays).toInt(30);
    if (s.options.days < 0) {
        return fail(Error::invalidInput(QStringLiteral("export: days must be 0 (all) or more")));
    }
    if (params.contains(kRetention)) {
        s.retentionDays = params.value(kRetention).toInt(-1);
        if (s.retentionDays < 0) {
            return fail(
                Error::invalidInput(QStringLiteral("export: retentionDays must be 0 (keep all) or more")));
        }
    } else if (needRetention) {
        auto days = Export::retentionDays(db);
        if (!days) {
            return fail(days.error());
        }
        s.retentionDays = *days;
    }
    return s;
}

QString targetPath(const ExportSetup& s, Export::ExportKind kind)
{
    return QDir(s.options.folder).filePath(Export::exportFileName(kind, s.options.asOf, s.options.days));
}

/** The "export" step: the unit is an export kind; process() writes its file (the file is the result). */
class ExportStep final : public TaskStep
{
public:
    ExportStep(Store::DatabasePtr db, Export::ExportOptions options)
        : m_db(std::move(db))
        , m_options(std::move(options))
    {}

    QString name() const override { return QStringLiteral("export"); }

    Result<StepWrite> process(SymbolWork& work, TaskContext& ctx) override
    {
        auto kind = Export::kindFromName(work.symbol);
        if (!kind) {
            return fail(Error::invalidInput(QStringLiteral("export: unknown kind '%1'").arg(work.symbol)));
        }
        // The run's units are the files, not the symbols inside one: the export only learns of the
        // run's cancel (its per-symbol progress would reset the run's counters).
        class CancelOnly final : public Export::ExportProgress
        {
        public:
            explicit CancelOnly(const TaskContext& run)
                : m_run(run)
            {}
            bool isCanceled() const override { return m_run.isCanceled(); }

        private:
            const TaskContext& m_run;
        };
        if (ctx.isCanceled()) {
            return fail(Error::cancelled());
        }
        CancelOnly progress(ctx);
        auto written = Export::runExport(*m_db, *kind, m_options, progress);
        if (!written) {
            return fail(written.error());
        }
        spdlog::info("export {}: wrote {} ({} rows, {} symbols)",
                     work.symbol,
                     QDir::toNativeSeparators(written->path),
                     written->rows,
                     written->symbols);
        // Nothing to store: the file is already in place (atomically); the runner records "done".
        return StepWrite([](const Store::Database&) -> Result<void> { return {}; });
    }

private:
    Store::DatabasePtr m_db;
    Export::ExportOptions m_options;
};

} // namespace

QJsonObject exportParams(const QStringList& kinds, const QString& folder, const QDate& date, int days)
{
    QJsonObject p;
    if (!kinds.isEmpty()) {
        p.insert(kKinds, QJsonArray::fromStringList(kinds));
    }
    if (!folder.isEmpty()) {
        p.insert(kFolder, folder);
    }
    if (date.isValid()) {
        p.insert(kDate, date.toString(Qt::ISODate));
    }
    if (days >= 0) {
        p.insert(kDays, days);
    }
    return p;
}

Result<QList<ExportTarget>> exportTargets(const Store::Database& db, const QJsonObject& params)
{
    auto setup = resolve(db, params, false);
    if (!setup) {
        return fail(setup.error());
    }
    QList<ExportTarget> targets;
    for (Export::ExportKind kind : setup->kinds) {
        targets << ExportTarget{Export::kindName(kind), targetPath(*setup, kind)};
    }
    return targets;
}

TaskKind exportTaskKind()
{
    TaskKind kind;
    kind.id = kExportTaskKind;
    kind.title = QStringLiteral("Export CSV files");
    kind.build = [](const Store::DatabasePtr& db,
                    const QJsonObject& params,
                    const QStringList& only) -> Result<TaskPlan> {
        auto setup = resolve(*db, params, true);
        if (!setup) {
            return fail(setup.error());
        }
        TaskPlan plan;
        QStringList written;
        for (Export::ExportKind k : setup->kinds) {
            const QString name = Export::kindName(k);
            if (only.isEmpty() || only.contains(name)) {
                plan.symbols << name;
            }
            written << targetPath(*setup, k);
        }
        plan.steps.push_back(std::make_unique<ExportStep>(db, setup->options));
        plan.notes << QStringLiteral("writing into %1").arg(QDir::toNativeSeparators(setup->options.folder));
        const ExportSetup s = *setup;
        plan.finish = [s, written](const Store::Database&, const QStringList&, QStringList&) -> Result<void> {
            // A failed deletion is logged, not a failed run: the exports themselves are in place.
            auto swept =
                Export::applyRetention(s.options.folder, s.retentionDays, QDate::currentDate(), written);
            if (!swept) {
                spdlog::warn("export retention: {}", swept.error().message);
                return {};
            }
            for (const QString& path : swept->deleted) {
                spdlog::info("export retention: deleted {} (older than {} days)",
                             QDir::toNativeSeparators(path),
                             s.retentionDays);
            }
            for (const QString& problem : swept->failed) {
                spdlog::warn("export retention: cannot delete {}", problem);
            }
            return {};
        };
        return plan;
    };
    return kind;
}

} // namespace Tessera::Tasks
