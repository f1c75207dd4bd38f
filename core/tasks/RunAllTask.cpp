#include "core/tasks/RunAllTask.h"

#include <condition_variable>
#include <mutex>

#include <QDateTime>
#include <QJsonDocument>
#include <QProcessEnvironment>
#include <QThread>

#include "core/common/Log.h"
#include "core/store/RunRepository.h"
#include "core/store/SettingsRepository.h"
#include "core/store/ValidationQueries.h"
#include "core/tasks/ExportTask.h"
#include "core/tasks/PicksTask.h"
#include "core/tasks/PipelineTask.h"
#include "core/tasks/ScoreCalls.h"
#include "core/tasks/TaskRunner.h"
#include "core/tasks/TrainTask.h"
#include "core/tasks/TrainXsTask.h"

namespace Tessera::Tasks {

namespace {

const QString kFindingsSetting = QStringLiteral("runAll/validationFindings");
/** The provider the load task stored ("the nightly Data update reloads from where the user last loaded"). */
const QString kProviderSetting = QStringLiteral("fetch/provider");

QString childSetting(const QString& step)
{
    return QStringLiteral("runAll/child/") + step;
}

/** The first run of a retry/resume chain. */
qint64 rootOf(const Store::Database& db, qint64 runId)
{
    Store::RunRepository runs(db);
    qint64 id = runId;
    for (int guard = 0; guard < 100 && id > 0; ++guard) {
        auto r = runs.get(id);
        if (!r || !r->has_value() || (*r)->parentRunId <= 0) {
            return id;
        }
        id = (*r)->parentRunId;
    }
    return id;
}

/** The saga's order: each step waits for the steps planned before it; a failed one stops the rest. */
struct SagaState
{
    QStringList order;
    QMap<QString, int> state; ///< 0 pending, 1 done, 2 failed
    std::mutex mutex;
    std::condition_variable changed;
};

/** Test hook (TestRunAllResume): TESSERA_TEST_PAUSE_RUNALL_AT=STEP pauses the saga as STEP begins. */
void pauseAt(const QString& step, const TaskContext& ctx)
{
    static const QString wanted =
        QProcessEnvironment::systemEnvironment().value(QStringLiteral("TESSERA_TEST_PAUSE_RUNALL_AT"));
    if (wanted.isEmpty() || wanted != step) {
        return;
    }
    fprintf(stderr, "tessera: paused at run-all step %s\n", qPrintable(step));
    fflush(stderr);
    while (!ctx.isCanceled()) {
        QThread::msleep(50);
    }
}

class SagaStep final : public TaskStep
{
public:
    SagaStep(Store::DatabasePtr db, QJsonObject params, std::shared_ptr<SagaState> state)
        : m_db(std::move(db))
        , m_params(std::move(params))
        , m_state(std::move(state))
    {}

    QString name() const override { return QStringLiteral("saga"); }

    Result<StepWrite> process(SymbolWork& work, TaskContext& ctx) override
    {
        const QString step = work.symbol;
        // Wait for the steps before this one (the pool may hand out several units at once).
        {
            std::unique_lock lock(m_state->mutex);
            const qsizetype at = m_state->order.indexOf(step);
            while (true) {
                QString failedBefore;
                bool waiting = false;
                for (qsizetype i = 0; i < at; ++i) {
                    const int s = m_state->state.value(m_state->order[i]);
                    waiting = waiting || s == 0;
                    // Everything works from the pipeline's data: without it nothing later may run. Other
                    // steps' failures are recorded and the saga goes on (picks work without ML scores).
                    if (s == 2 && failedBefore.isEmpty() && m_state->order[i] == QStringLiteral("pipeline")) {
                        failedBefore = m_state->order[i];
                    }
                }
                if (!failedBefore.isEmpty()) {
                    m_state->state[step] = 2;
                    m_state->changed.notify_all();
                    return fail(Error::internal(QStringLiteral("not run: %1 failed").arg(failedBefore)));
                }
                if (!waiting) {
                    break;
                }
                if (ctx.isCanceled()) {
                    return fail(Error::cancelled());
                }
                m_state->changed.wait_for(lock, std::chrono::milliseconds(100));
            }
        }
        auto result = runStep(step, ctx);
        {
            std::lock_guard lock(m_state->mutex);
            m_state->state[step] = result ? 1 : 2;
        }
        m_state->changed.notify_all();
        if (!result) {
            return fail(result.error());
        }
        const QString note = *result;
        return StepWrite([note, step](const Store::Database&) -> Result<void> {
            spdlog::info("run-all {}: {}", step, note);
            return {};
        });
    }

private:
    /** Runs one saga step; returns its one-line outcome. */
    Result<QString> runStep(const QString& step, TaskContext& ctx)
    {
        pauseAt(step, ctx);
        if (ctx.isCanceled()) {
            return fail(Error::cancelled());
        }
        if (step == QStringLiteral("validate")) {
            auto findings = validateData(*m_db);
            if (!findings) {
                return fail(findings.error());
            }
            if (auto r = storeValidationFindings(*m_db, *findings); !r) {
                return fail(r.error());
            }
            return QStringLiteral("%1 finding(s)").arg(findings->size());
        }
        if (step == QStringLiteral("scores")) {
            // Issue 16: the calls whose horizon has passed get their outcomes (incremental, in-process).
            auto scored = scoreCalls(*m_db);
            if (!scored) {
                return fail(scored.error());
            }
            return QStringLiteral("%1 call(s) scored, %2 waiting for their horizon")
                .arg(scored->scored)
                .arg(scored->waiting);
        }
        QString kind;
        QJsonObject params;
        QStringList tickers;
        for (const QJsonValue& v : m_params.value(QStringLiteral("tickers")).toArray()) {
            tickers << v.toString();
        }
        if (step == QStringLiteral("pipeline")) {
            QString provider = m_params.value(QStringLiteral("provider")).toString();
            if (provider.isEmpty()) {
                auto stored = Store::SettingsRepository(*m_db).value(kProviderSetting);
                provider = stored ? *stored : QString();
            }
            kind = QStringLiteral("pipeline");
            params = pipelineParams(tickers, provider);
        } else if (step == QStringLiteral("train")) {
            kind = QStringLiteral("train");
            params = trainParams(tickers, QStringLiteral("incremental"));
        } else if (step == QStringLiteral("train-xs")) {
            kind = QStringLiteral("train-xs");
            params =
                trainXsParams(tickers, tickers.isEmpty() ? QStringLiteral("all") : QStringLiteral("run-all"));
        } else if (step == QStringLiteral("picks")) {
            kind = kPicksTaskKind;
            params = picksParams();
        } else if (step == QStringLiteral("export")) {
            kind = kExportTaskKind;
            params = exportParams();
        } else {
            return fail(Error::invalidInput(QStringLiteral("run-all: unknown step '%1'").arg(step)));
        }
        // The child run: resumed when this saga's earlier attempt left it interrupted or cancelled. Before a
        // child starts, "root:pending:N" (N the newest run id then) is stored, so a kill during the child
        // finds it on resume as the first run of its kind after N; once it ends, "root:ID".
        const qint64 root = rootOf(*m_db, ctx.progress().runId);
        Store::SettingsRepository settings(*m_db);
        Store::RunRepository runs(*m_db);
        auto stored = settings.value(childSetting(step));
        qint64 resumeId = 0;
        if (stored && stored->section(QLatin1Char(':'), 0, 0).toLongLong() == root) {
            qint64 child = 0;
            if (stored->section(QLatin1Char(':'), 1, 1) == QStringLiteral("pending")) {
                const qint64 after = stored->section(QLatin1Char(':'), 2, 2).toLongLong();
                auto recent = runs.list(20, kind);
                if (recent) {
                    for (const Store::RunRecord& r : std::as_const(*recent)) {
                        if (r.id > after && r.trigger == QStringLiteral("run-all")
                            && (child == 0 || r.id < child)) {
                            child = r.id;
                        }
                    }
                }
            } else {
                child = stored->section(QLatin1Char(':'), 1, 1).toLongLong();
            }
            auto record = child > 0 ? runs.get(child) : Result<std::optional<Store::RunRecord>>(std::nullopt);
            if (record && record->has_value()
                && ((*record)->status == RunStatus::Interrupted
                    || (*record)->status == RunStatus::Cancelled)) {
                resumeId = child;
            }
            // The child finished but the saga was killed before it recorded this step as done (its own
            // row is written after the step returns): the work is there, so it is not done again.
            if (record && record->has_value() && (*record)->status == RunStatus::Done) {
                return QStringLiteral("done before the interruption (run %1)").arg(child);
            }
        }
        if (resumeId == 0) {
            auto newest = runs.list(1);
            const qint64 before = newest && !newest->isEmpty() ? newest->constFirst().id : 0;
            if (auto r = settings.setValue(childSetting(step),
                                           QStringLiteral("%1:pending:%2").arg(root).arg(before));
                !r) {
                return fail(r.error());
            }
        }
        TaskContext child;
        child.setProgressCallback([&ctx, &child](const TaskProgress&) {
            if (ctx.isCanceled()) {
                child.cancel();
            }
        });
        RunOptions options;
        options.trigger = QStringLiteral("run-all");
        TaskRunner runner(m_db);
        Result<RunResult> run = resumeId > 0 ? runner.resume(resumeId, options, child)
                                             : runner.start(kind, params, options, child);
        if (!run) {
            return fail(run.error().prefixed(step));
        }
        if (auto r = settings.setValue(childSetting(step), QStringLiteral("%1:%2").arg(root).arg(run->runId));
            !r) {
            return fail(r.error());
        }
        if (run->status == RunStatus::Cancelled || ctx.isCanceled()) {
            return fail(Error::cancelled());
        }
        if (run->status == RunStatus::Failed) {
            QString why = run->fault ? run->fault->message : QString();
            if (why.isEmpty()) {
                auto record = runs.get(run->runId);
                why = record && record->has_value() ? (*record)->message : QString();
            }
            return fail(Error::internal(QStringLiteral("%1 run %2 failed%3")
                                            .arg(step)
                                            .arg(run->runId)
                                            .arg(why.isEmpty() ? QString() : QStringLiteral(": ") + why)));
        }
        return QStringLiteral("run %1: %2 done, %3 failed").arg(run->runId).arg(run->done).arg(run->failed);
    }

    Store::DatabasePtr m_db;
    QJsonObject m_params;
    std::shared_ptr<SagaState> m_state;
};

} // namespace

QStringList runAllSteps()
{
    return {QStringLiteral("pipeline"),
            QStringLiteral("validate"),
            QStringLiteral("train"),
            QStringLiteral("train-xs"),
            QStringLiteral("picks"),
            QStringLiteral("scores"),
            QStringLiteral("export")};
}

QJsonObject runAllParams(const QStringList& steps, const QString& provider)
{
    QJsonObject p;
    if (!steps.isEmpty()) {
        p.insert(QStringLiteral("steps"), QJsonArray::fromStringList(steps));
    }
    if (!provider.isEmpty()) {
        p.insert(QStringLiteral("provider"), provider);
    }
    return p;
}

TaskKind runAllTaskKind()
{
    TaskKind kind;
    kind.id = kRunAllTaskKind;
    kind.title = QStringLiteral("Run all (nightly)");
    kind.build = [](const Store::DatabasePtr& db,
                    const QJsonObject& params,
                    const QStringList& only) -> Result<TaskPlan> {
        QStringList steps;
        for (const QJsonValue& v : params.value(QStringLiteral("steps")).toArray()) {
            steps << v.toString();
        }
        if (steps.isEmpty()) {
            steps = runAllSteps();
        }
        auto state = std::make_shared<SagaState>();
        TaskPlan plan;
        for (const QString& s : runAllSteps()) { // always the saga's order, whatever the list's
            if (!steps.contains(s)) {
                continue;
            }
            if (only.isEmpty() || only.contains(s)) {
                plan.symbols << s;
                state->order << s;
            }
        }
        for (const QString& s : std::as_const(steps)) {
            if (!runAllSteps().contains(s)) {
                return fail(Error::invalidInput(QStringLiteral("run-all: unknown step '%1' (steps: %2)")
                                                    .arg(s, runAllSteps().join(QStringLiteral(", ")))));
            }
        }
        plan.steps.push_back(std::make_unique<SagaStep>(db, params, state));
        return plan;
    };
    return kind;
}

Result<QList<ValidationFinding>> validateData(const Store::Database& db)
{
    auto facts = Store::readValidationFacts(db);
    if (!facts) {
        return fail(facts.error());
    }
    QList<ValidationFinding> out;
    for (const auto& s : std::as_const(facts->symbols)) {
        if (facts->newestBar.isValid() && s.lastBar.isValid() && s.lastBar.daysTo(facts->newestBar) > 7) {
            out << ValidationFinding{QStringLiteral("stale"),
                                     s.ticker,
                                     QStringLiteral("last bar %1, %2 days before the newest (%3)")
                                         .arg(s.lastBar.toString(Qt::ISODate))
                                         .arg(s.lastBar.daysTo(facts->newestBar))
                                         .arg(facts->newestBar.toString(Qt::ISODate))};
        }
        if (s.longestGapDays > 10) {
            out << ValidationFinding{QStringLiteral("gap"),
                                     s.ticker,
                                     QStringLiteral("%1 days without a bar before %2")
                                         .arg(s.longestGapDays)
                                         .arg(s.gapEnd.toString(Qt::ISODate))};
        }
        if (!s.lastError.isEmpty()) {
            out << ValidationFinding{QStringLiteral("fetch"), s.ticker, s.lastError};
        }
    }
    if (facts->modelsNotReady > 0) {
        out << ValidationFinding{QStringLiteral("model"),
                                 QStringLiteral("per-stock"),
                                 QStringLiteral("%1 of %2 models did not pass validation (unvalidated)")
                                     .arg(facts->modelsNotReady)
                                     .arg(facts->modelsTotal)};
    }
    if (facts->xsModel && !facts->xsPriceValidated) {
        out << ValidationFinding{
            QStringLiteral("model"),
            QStringLiteral("cross-section"),
            QStringLiteral("the newest cross-sectional price model did not pass its gate "
                           "(its scores are shown as unvalidated)")};
    }
    return out;
}

Result<void> storeValidationFindings(const Store::Database& db, const QList<ValidationFinding>& findings)
{
    QJsonArray arr;
    for (const ValidationFinding& f : findings) {
        arr.append(QJsonObject{{QStringLiteral("kind"), f.kind},
                               {QStringLiteral("subject"), f.subject},
                               {QStringLiteral("detail"), f.detail}});
    }
    const QJsonObject o{{QStringLiteral("checkedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                        {QStringLiteral("findings"), arr}};
    return Store::SettingsRepository(db).setValue(
        kFindingsSetting, QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
}

Result<QJsonObject> dataValidationFindings(const Store::Database& db)
{
    auto stored = Store::SettingsRepository(db).value(kFindingsSetting);
    if (!stored) {
        return fail(stored.error());
    }
    return QJsonDocument::fromJson(stored->toUtf8()).object();
}

} // namespace Tessera::Tasks
