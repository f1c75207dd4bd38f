#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include "core/common/Result.h"
#include "core/store/Database.h"
#include "core/tasks/TaskKind.h"

namespace Tessera::Tasks {

/**
 * The nightly run as one saga (issue 20, seed 003): the "run-all" task kind. Its units are the saga's
 * steps, run strictly in this order, each as a child run of its own task kind (so each keeps its
 * per-symbol outcomes, visible in the operations view and `runs show`):
 *
 *   pipeline    load/update (from the provider the user last loaded from, when one is stored) →
 *               indicators → analysis (tiles, verdict); watched screens are checked at its end
 *   validate    the data-validation step: stale symbols, gaps, failed fetches, unvalidated models
 *               (findings stored for the status view: dataValidationFindings)
 *   train       incremental per-stock training (mode "incremental")
 *   train-xs    the cross-sectional models and scores
 *   picks       the four strategies' daily picks (and the pick-snapshot cleanup)
 *   scores      the calls whose horizon has passed get their outcomes (issue 16, scoreCalls)
 *   export      the daily CSV exports
 *
 * A failed pipeline makes the later steps fail with "not run: pipeline failed" (they all work from its
 * data); another failed step (train-xs with fewer than five symbols, say) is recorded and the saga goes
 * on — picks work without ML scores. "Retry failed" (`runs retry ID`) re-runs exactly the failed steps.
 * Resume after a kill: the saga's pending steps run again; a step whose child run was interrupted or
 * cancelled resumes that child run (its done symbols are not redone), any other re-runs its incremental task.
 * Parameters: steps (array, default all), provider (overrides the stored one), tickers (array).
 */
inline const QString kRunAllTaskKind = QStringLiteral("run-all");
TaskKind runAllTaskKind();
QStringList runAllSteps();
QJsonObject runAllParams(const QStringList& steps = {}, const QString& provider = {});

/** One data-validation finding. */
struct ValidationFinding
{
    QString kind;    ///< "stale", "gap", "fetch", "model"
    QString subject; ///< ticker or model
    QString detail;
};

/**
 * The data-validation step, read-only: symbols whose last bar is more than 5 trading days (7 calendar
 * days) behind the newest stored bar (stale), more than 10 calendar days between two bars in the last
 * year (gap), a last fetch that failed, and per-stock or cross-sectional models that did not pass
 * validation.
 */
[[nodiscard]] Result<QList<ValidationFinding>> validateData(const Store::Database& db);
/** Stores findings (setting runAll/validationFindings, JSON with the time) / reads them back. */
[[nodiscard]] Result<void> storeValidationFindings(const Store::Database& db,
                                                   const QList<ValidationFinding>& findings);
[[nodiscard]] Result<QJsonObject> dataValidationFindings(const Store::Database& db);

} // namespace Tessera::Tasks
