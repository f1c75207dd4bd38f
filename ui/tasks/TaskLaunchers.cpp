#include "ui/tasks/TaskLaunchers.h"

#include <QCoreApplication>
#include <QPointer>

#include "core/tasks/TaskKind.h"
#include "core/tasks/TrainXsTask.h"
#include "ui/dialogs/LoadTaskDialog.h"
#include "ui/dialogs/TrainDialog.h"

namespace Tessera::Ui {
namespace {

/** Translation context for the launcher table. */
class Text
{
    Q_DECLARE_TR_FUNCTIONS(TaskLaunchers)
};

/**
 * "Load / update data": the configured provider (preselected), Yahoo, Stooq, the offline demo, or a CSV
 * folder (LoadTaskDialog). The tray's Run now and the nightly entry run it without parameters, which the
 * load task resolves to the configured provider.
 */
TaskLauncher loadLauncher()
{
    TaskLauncher l;
    l.kind = QStringLiteral("load");
    l.text = Text::tr("Load / update data…");
    l.toolTip =
        Text::tr("Fetch bars from the configured provider, Yahoo, Stooq, Binance (crypto, hourly), the "
                 "offline demo or a CSV folder");
    l.shortcut = QKeySequence(Text::tr("Ctrl+L"));
    l.choose = [](QWidget* parent, const LaunchContext& context, std::function<void(TaskRequest)> start) {
        auto* dialog = new LoadTaskDialog(context.configuredProvider, context, parent);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        QPointer<LoadTaskDialog> guard(dialog);
        QObject::connect(dialog, &QDialog::accepted, dialog, [guard, start = std::move(start)] {
            if (guard) {
                start(guard->request());
            }
        });
        dialog->open();
    };
    return l;
}

/** "Export CSV files": the three daily exports into the export folder, at once (no parameters to ask). */
TaskLauncher exportLauncher()
{
    TaskLauncher l;
    l.kind = QStringLiteral("export");
    l.text = Text::tr("Export CSV files");
    l.toolTip =
        Text::tr("Write stocks, 30-day history and technical indicators CSV files into the export folder");
    return l;
}

/** Opens the train dialog at resolution ("daily" or "hourly") and starts what it is accepted with. */
void chooseTraining(QWidget* parent,
                    const LaunchContext& context,
                    const std::function<void(TaskRequest)>& start,
                    const QString& resolution)
{
    auto* dialog = new TrainDialog(context, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setResolution(resolution);
    QPointer<TrainDialog> guard(dialog);
    QObject::connect(dialog, &QDialog::accepted, dialog, [guard, start] {
        if (guard) {
            start(guard->request());
        }
    });
    dialog->open();
}

/** "Train models": selection, full or incremental, algorithms, horizons, max concurrent (TrainDialog). */
TaskLauncher trainLauncher()
{
    TaskLauncher l;
    l.kind = QStringLiteral("train");
    l.text = Text::tr("Train models…");
    l.toolTip = Text::tr("Train the per-stock models (random forest, gradient boosting, ridge) with "
                         "walk-forward validation and refresh the predictions");
    l.choose = [](QWidget* parent, const LaunchContext& context, std::function<void(TaskRequest)> start) {
        chooseTraining(parent, context, start, QStringLiteral("daily"));
    };
    return l;
}

/** "Train hourly models": the same dialog on hourly bars, horizons in hours (seed 001, crypto). */
TaskLauncher trainHourlyLauncher()
{
    TaskLauncher l;
    l.kind = QStringLiteral("train-hourly");
    l.text = Text::tr("Train hourly models…");
    l.toolTip = Text::tr("Train the per-pair models on hourly bars (horizons in hours), cache their "
                         "predictions and refresh the Top predictions view");
    l.choose = [](QWidget* parent, const LaunchContext& context, std::function<void(TaskRequest)> start) {
        chooseTraining(parent, context, start, QStringLiteral("hourly"));
    };
    return l;
}

/**
 * "Train cross-sectional models": the pooled price and risk models over the universe the table is
 * filtered to (every symbol with bars when none), with the stored settings under xs/; no dialog, the run's
 * progress shows in the operations view like any task.
 */
TaskLauncher trainXsLauncher()
{
    TaskLauncher l;
    l.kind = QStringLiteral("train-xs");
    l.text = Text::tr("Train cross-sectional models");
    l.toolTip =
        Text::tr("Train the pooled 10-day price and drawdown models over the shown universe, validate "
                 "them walk-forward by date (daily rank IC) and store today's ML scores");
    l.choose = [](QWidget*, const LaunchContext& context, std::function<void(TaskRequest)> start) {
        const QStringList members = context.universes.value(context.currentUniverse);
        const bool universe = !context.currentUniverse.isEmpty() && !members.isEmpty();
        const QString selection =
            universe ? QStringLiteral("universe %1").arg(context.currentUniverse) : QStringLiteral("all");
        start(TaskRequest{QStringLiteral("train-xs"),
                          Tasks::trainXsParams(universe ? members : QStringList(), selection),
                          Text::tr("Train cross-sectional models (%1)").arg(selection)});
    };
    return l;
}

/**
 * The table: one function per kind with a dedicated launcher. A later kind (pipeline, train, export,
 * ...) adds its entry here; everything else picks it up.
 */
QList<TaskLauncher> table()
{
    return {loadLauncher(), trainLauncher(), trainHourlyLauncher(), trainXsLauncher(), exportLauncher()};
}

} // namespace

TaskLauncher taskLauncher(const QString& kind)
{
    for (TaskLauncher& l : table()) {
        if (l.kind == kind) {
            return l;
        }
    }
    TaskLauncher generic;
    generic.kind = kind;
    generic.text = taskKindTitle(kind);
    generic.toolTip = Text::tr("Run \"%1\" with its default parameters").arg(taskKindTitle(kind));
    return generic;
}

QList<TaskLauncher> taskLaunchers()
{
    QList<TaskLauncher> out;
    for (const Tasks::TaskKind* k : Tasks::TaskRegistry::all()) {
        out << taskLauncher(k->id);
    }
    return out;
}

QString taskKindTitle(const QString& kind)
{
    if (kind == QStringLiteral("load")) {
        return Text::tr("Load / update data");
    }
    if (kind == QStringLiteral("export")) {
        return Text::tr("Export CSV files");
    }
    if (kind == QStringLiteral("fundamentals")) {
        return Text::tr("Update fundamentals");
    }
    if (kind == QStringLiteral("picks")) {
        return Text::tr("Daily picks");
    }
    if (kind == QStringLiteral("run-all")) {
        return Text::tr("Run all (nightly saga)");
    }
    const Tasks::TaskKind* k = Tasks::TaskRegistry::find(kind);
    return k && !k->title.isEmpty() ? k->title : kind;
}

QString taskButtonObjectName(const QString& kind)
{
    return kind + QStringLiteral("TaskButton");
}

TaskRequest defaultTaskRequest(const QString& kind)
{
    return TaskRequest{kind, QJsonObject(), taskKindTitle(kind)};
}

} // namespace Tessera::Ui
