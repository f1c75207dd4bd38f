#include "ui/mainwindow/Jobs.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>

#include "core/fetch/providers/CsvFolderProvider.h"
#include "core/fetch/providers/SyntheticProvider.h"
#include "core/store/RunRepository.h"
#include "core/store/SymbolRepository.h"
#include "core/store/UniverseRepository.h"
#include "core/tasks/DefaultSchedule.h"
#include "core/tasks/LoadTask.h"
#include "core/tasks/Scheduler.h"
#include "core/universe/CryptoRefresh.h"
#include "core/universe/UniverseFile.h"

namespace Tessera::Ui::Jobs {
namespace {

/** Translation context for the job summaries (lupdate sees Text::tr). */
class Text
{
    Q_DECLARE_TR_FUNCTIONS(Jobs)
};

/** "Added 3: A, B, C" with at most a handful of names, for the import summary. */
QString listSome(const QStringList& tickers, int max = 12)
{
    QStringList shown = tickers.mid(0, max);
    QString text = shown.join(QStringLiteral(", "));
    if (tickers.size() > max) {
        text += Text::tr(" and %1 more").arg(tickers.size() - max);
    }
    return text;
}

JobOutcome outcomeOfDiff(const QString& universe, int members, const UniverseDiff& diff)
{
    JobOutcome outcome;
    outcome.summary = members == 1 ? Text::tr("Universe \"%1\": 1 symbol.").arg(universe)
                                   : Text::tr("Universe \"%1\": %2 symbols.").arg(universe).arg(members);
    if (!diff.added.isEmpty() || !diff.removed.isEmpty()) {
        outcome.summary += u' '
                           + Text::tr("%1 added, %2 removed since the last import.")
                                 .arg(diff.added.size())
                                 .arg(diff.removed.size());
    }
    QStringList details;
    if (!diff.added.isEmpty()) {
        details << Text::tr("Added: %1").arg(listSome(diff.added, 200));
    }
    if (!diff.removed.isEmpty()) {
        details << Text::tr("Removed (their stored bars are kept): %1").arg(listSome(diff.removed, 200));
    }
    outcome.details = details.join(u'\n');
    return outcome;
}

Result<JobOutcome> importUniverse(const Store::DatabasePtr& db, const Universe& universe)
{
    auto diff = Store::UniverseRepository(*db).import(universe);
    if (!diff) {
        return fail(diff.error());
    }
    JobOutcome outcome = outcomeOfDiff(universe.name, static_cast<int>(universe.members.size()), *diff);
    // Seed 001: a crypto universe gets its 6-hourly update and weekly retrain, once (as the CLI's import).
    QStringList tickers;
    for (const Symbol& s : universe.members) {
        tickers << s.ticker;
    }
    if (Tasks::isCryptoUniverse(tickers)) {
        Tasks::Scheduler scheduler(db);
        auto created = scheduler.ensureDefaults(Tasks::cryptoDefaultSchedule(universe.name));
        if (!created) {
            return fail(created.error());
        }
        if (!created->isEmpty()) {
            outcome.summary +=
                u' '
                + Text::tr("Scheduled: %1 (Tools ▸ Scheduler).").arg(created->join(QStringLiteral(", ")));
        }
    }
    return outcome;
}

} // namespace

JobFunction refreshCryptoUniverses(Store::DatabasePtr db, bool apply)
{
    return [db = std::move(db), apply](Tasks::TaskContext& ctx) -> Result<JobOutcome> {
        auto names = Tasks::cryptoUniverses(*db);
        if (!names) {
            return fail(names.error());
        }
        JobOutcome outcome;
        outcome.dataChanged = false;
        if (names->isEmpty()) {
            outcome.summary = Text::tr("No crypto universe to refresh: import Top crypto (USDT) first.");
            return outcome;
        }
        QStringList summary;
        QStringList details;
        for (const QString& name : *names) {
            auto report = Universes::checkCryptoUniverse(
                *db, name, QStringLiteral("USDT"), {}, [&ctx] { return ctx.isCanceled(); });
            if (!report) {
                return fail(
                    Error{report.error().code, QStringLiteral("%1: %2").arg(name, report.error().message)});
            }
            const QStringList delisted = report->delistedWithReasons();
            const QStringList added = report->addedTickers();
            const bool changes = !added.isEmpty() || !delisted.isEmpty();
            if (apply && changes) {
                if (auto diff = Universes::applyCryptoRefresh(*db, name, *report); !diff) {
                    return fail(diff.error());
                }
                outcome.dataChanged = true;
            }
            summary << (apply && changes ? Text::tr("%1: %2 pair(s) added, %3 delisted pair(s) removed.")
                                         : Text::tr("%1: %2 new pair(s) trading, %3 member(s) delisted."))
                           .arg(name)
                           .arg(added.size())
                           .arg(delisted.size());
            if (!added.isEmpty()) {
                details << Text::tr("%1, added: %2").arg(name, listSome(added, 200));
            }
            if (!delisted.isEmpty()) {
                details << Text::tr("%1, delisted (stored bars kept): %2").arg(name, listSome(delisted, 200));
            }
        }
        outcome.summary = summary.join(u' ');
        if (!apply && !details.isEmpty()) {
            outcome.summary +=
                u' '
                + Text::tr("Nothing was changed: Tools ▸ Refresh crypto universes from Binance applies it.");
        }
        outcome.details = details.join(u'\n');
        return outcome;
    };
}

JobOutcome outcomeOf(const Tasks::RunResult& result)
{
    JobOutcome outcome;
    const QLocale locale;
    outcome.failed = result.failed;
    outcome.cancelled = result.status == Tasks::RunStatus::Cancelled;
    outcome.runId = result.runId;
    outcome.runStatus = result.status;
    outcome.summary = Text::tr("%1 done, %2 failed in %3 s (run %4).")
                          .arg(result.done)
                          .arg(result.failed)
                          .arg(locale.toString(result.seconds, 'f', 1))
                          .arg(result.runId);
    if (outcome.cancelled) {
        outcome.summary = Text::tr("Cancelled with %1 left.").arg(result.pending) + u' ' + outcome.summary;
    }
    if (result.fault) {
        // A full disk or an I/O error: the run stopped at once; nothing committed was lost.
        outcome.stoppedByStorage = true;
        outcome.summary = Text::tr("Stopped: %1.").arg(result.fault->message) + u'\n'
                          + Text::tr("Nothing committed was lost: free some disk space, then Resume run %1 "
                                     "in the operations view (%2 left).")
                                .arg(result.runId)
                                .arg(result.pending);
    }
    QStringList details = result.notes;
    for (const Tasks::SymbolOutcomeRecord& o : result.failures) {
        details << QStringLiteral("%1: %2").arg(o.symbol, o.reason);
    }
    outcome.details = details.join(u'\n');
    return outcome;
}

namespace {

using RunCall = std::function<Result<Tasks::RunResult>(Tasks::TaskRunner&, Tasks::TaskContext&)>;

JobFunction runJob(Store::DatabasePtr db, RunCall call)
{
    return [db = std::move(db), call = std::move(call)](Tasks::TaskContext& ctx) -> Result<JobOutcome> {
        Tasks::TaskRunner runner(db);
        auto result = call(runner, ctx);
        if (!result) {
            return fail(result.error());
        }
        return outcomeOf(*result);
    };
}

} // namespace

JobFunction runTask(Store::DatabasePtr db, QString kind, QJsonObject params, Tasks::RunOptions options)
{
    return runJob(std::move(db),
                  [kind = std::move(kind), params = std::move(params), options](Tasks::TaskRunner& runner,
                                                                                Tasks::TaskContext& ctx) {
                      return runner.start(kind, params, options, ctx);
                  });
}

JobFunction resumeRun(Store::DatabasePtr db, qint64 runId, Tasks::RunOptions options)
{
    options.trigger = QStringLiteral("resume");
    return runJob(std::move(db), [runId, options](Tasks::TaskRunner& runner, Tasks::TaskContext& ctx) {
        return runner.resume(runId, options, ctx);
    });
}

JobFunction retryFailed(Store::DatabasePtr db, qint64 runId, Tasks::RunOptions options)
{
    options.trigger = QStringLiteral("retry");
    return runJob(std::move(db), [runId, options](Tasks::TaskRunner& runner, Tasks::TaskContext& ctx) {
        return runner.retryFailed(runId, options, ctx);
    });
}

JobFunction recoverInterruptedRuns(Store::DatabasePtr db, std::shared_ptr<QList<qint64>> resumable)
{
    return [db = std::move(db), resumable = std::move(resumable)](Tasks::TaskContext&) -> Result<JobOutcome> {
        auto marked = Tasks::TaskRunner::recoverInterrupted(*db);
        if (!marked) {
            return fail(marked.error());
        }
        auto runs = Store::RunRepository(*db).list(200);
        if (!runs) {
            return fail(runs.error());
        }
        for (const Tasks::RunRecord& r : std::as_const(*runs)) {
            if (r.status == Tasks::RunStatus::Interrupted && r.pending > 0) {
                resumable->append(r.id);
            }
        }
        JobOutcome outcome;
        outcome.dataChanged = false;
        outcome.summary = Text::tr("%n run(s) marked interrupted.", nullptr, *marked);
        return outcome;
    };
}

JobFunction loadDemo(Store::DatabasePtr db, Tasks::RunOptions options)
{
    return runTask(std::move(db),
                   QStringLiteral("load"),
                   Tasks::loadParams(QStringLiteral("synthetic"), {}, Fetch::demoUniverseName()),
                   options);
}

JobFunction importCsvFolder(Store::DatabasePtr db, QString folder, Tasks::RunOptions options)
{
    return runTask(
        std::move(db), QStringLiteral("load"), Tasks::loadParams(QStringLiteral("csv:") + folder), options);
}

JobFunction importTickersFile(Store::DatabasePtr db, QString path, QString universeName, QString tag)
{
    return [db, path, universeName, tag](Tasks::TaskContext&) -> Result<JobOutcome> {
        auto tickers = Universes::readTickersFile(path);
        if (!tickers) {
            return fail(tickers.error());
        }
        if (!tag.isEmpty()) {
            auto tagged = Store::SymbolRepository(*db).addTag(tag, *tickers);
            if (!tagged) {
                return fail(tagged.error());
            }
            JobOutcome outcome;
            outcome.summary = Text::tr("Tag \"%1\": %2 of the %3 tickers in the file newly tagged.")
                                  .arg(tag)
                                  .arg(*tagged)
                                  .arg(tickers->size());
            return outcome;
        }
        Universe universe;
        universe.name = universeName;
        universe.source = path;
        for (const QString& t : std::as_const(*tickers)) {
            Symbol s;
            s.ticker = t;
            universe.members << s;
        }
        return importUniverse(db, universe);
    };
}

JobFunction importUniverseFile(Store::DatabasePtr db, QString path)
{
    return [db, path](Tasks::TaskContext&) -> Result<JobOutcome> {
        auto universe = Universes::readUniverseFile(path);
        if (!universe) {
            return fail(universe.error());
        }
        return importUniverse(db, *universe);
    };
}

JobFunction importBundledUniverse(Store::DatabasePtr db, QString id)
{
    return [db, id](Tasks::TaskContext&) -> Result<JobOutcome> {
        auto universe = Universes::readBundledUniverse(id);
        if (!universe) {
            return fail(universe.error());
        }
        return importUniverse(db, *universe);
    };
}

} // namespace Tessera::Ui::Jobs
