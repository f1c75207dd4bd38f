#pragma once

#include <functional>

#include <QHash>
#include <QJsonObject>
#include <QKeySequence>
#include <QList>
#include <QString>
#include <QStringList>

class QWidget;

namespace Tessera::Ui {

/** A task run the user asked for: what TaskRunner::start gets, and a title for progress and history. */
struct TaskRequest
{
    QString kind;
    QJsonObject params;
    QString title;
};

/** What a parameter chooser may show (read off the GUI thread beforehand). */
struct LaunchContext
{
    QString configuredProvider; ///< the database's "fetch/provider" (the last successful load), may be empty
    // What selection choosers (train) offer; the main window fills these when a chooser opens.
    QHash<QString, QStringList> universes; ///< universe name -> its member tickers
    QHash<QString, QStringList> tags;      ///< tag -> the tickers that carry it
    QStringList tickersWithBars;           ///< symbols with stored bars (what can be trained)
    QStringList tickersWithHourlyBars;     ///< symbols with stored hourly bars (hourly models)
    QString hourlyHorizons;                ///< the train/hourly/horizons setting ("1,6,24"), may be empty
    QString currentUniverse;               ///< the universe the table is filtered to, may be empty
    QStringList selectedTickers;           ///< the table's selected rows
};

/**
 * The GUI side of a task kind: how its button and menu item read and how the user chooses its
 * parameters. The operations view, Tools ▸ Run ▸ and the tray's Run now ▸ are all built from
 * taskLaunchers(), so giving a new kind a proper button is one entry in TaskLaunchers.cpp; a kind
 * without an entry still gets a button (its registry title, default parameters).
 */
struct TaskLauncher
{
    QString kind;
    QString text;    ///< button and menu text ("Load / update data…")
    QString toolTip; ///< one line on what it does
    QKeySequence shortcut;
    /**
     * Asks for the parameters (a dialog opened with open(), never exec()) and calls start with the
     * choice; nothing when the user cancels. Empty: the kind runs at once with default parameters.
     */
    std::function<void(QWidget* parent, const LaunchContext& context, std::function<void(TaskRequest)> start)>
        choose;
};

/** One launcher per registered task kind, in registry order. */
QList<TaskLauncher> taskLaunchers();

/** The launcher of kind (a generic one for kinds without an entry). */
TaskLauncher taskLauncher(const QString& kind);

/** The kind's title for tables and menus ("Load / update data"), or the id when unknown. */
QString taskKindTitle(const QString& kind);

/** Object name of a kind's button in the operations view: "loadTaskButton". */
QString taskButtonObjectName(const QString& kind);

/** A run of kind with its default parameters (the tray's Run now, a schedule entry without parameters). */
TaskRequest defaultTaskRequest(const QString& kind);

} // namespace Tessera::Ui
