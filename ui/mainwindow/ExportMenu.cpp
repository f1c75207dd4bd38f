#include "ui/mainwindow/ExportMenu.h"

#include <QAction>
#include <QDesktopServices>
#include <QDir>
#include <QMenu>
#include <QPointer>
#include <QStatusBar>
#include <QUrl>
#include <QtConcurrent>

#include "core/export/DailyExports.h"
#include "core/tasks/ExportTask.h"
#include "ui/mainwindow/MainWindow.h"

namespace Tessera::Ui {
namespace {

/** Translation context of the export menu (lupdate sees Text::tr). */
class Text
{
    Q_DECLARE_TR_FUNCTIONS(ExportMenu)
};

void openExportFolder(MainWindow* window)
{
    const Store::DatabasePtr db = window->database();
    QPointer<MainWindow> self(window);
    // The folder is a database setting: read off the GUI thread, like every read of the window.
    QtConcurrent::run(window->readPool(), [db] {
        const QString folder = Export::exportFolder(*db);
        return QDir().mkpath(folder) ? folder : QString();
    }).then(window, [self](const QString& folder) {
        if (!self) {
            return;
        }
        if (folder.isEmpty() || !QDesktopServices::openUrl(QUrl::fromLocalFile(folder))) {
            self->statusBar()->showMessage(
                Text::tr("Cannot open the export folder %1").arg(QDir::toNativeSeparators(folder)), 10000);
        }
    });
}

} // namespace

QList<QAction*> addExportMenu(QMenu* file, MainWindow* window)
{
    file->addSeparator();
    QMenu* menu = file->addMenu(Text::tr("&Export"));
    menu->setObjectName(QStringLiteral("exportMenu"));
    const struct
    {
        const char* text;
        const char* objectName;
        QStringList kinds;
    } entries[] = {
        {QT_TRANSLATE_NOOP("ExportMenu", "&Stocks CSV"), "exportStocksAction", {QStringLiteral("stocks")}},
        {QT_TRANSLATE_NOOP("ExportMenu", "30-day &history CSV"),
         "exportHistoryAction",
         {QStringLiteral("history")}},
        {QT_TRANSLATE_NOOP("ExportMenu", "Technical &indicators CSV"),
         "exportIndicatorsAction",
         {QStringLiteral("indicators")}},
        {QT_TRANSLATE_NOOP("ExportMenu", "Suggested stocks (daily &picks) CSV"),
         "exportSuggestedAction",
         {QStringLiteral("suggested")}},
        {QT_TRANSLATE_NOOP("ExportMenu", "&All four"), "exportAllAction", {}},
    };
    QList<QAction*> runs;
    for (const auto& e : entries) {
        const QString text = Text::tr(e.text);
        QAction* action = menu->addAction(text, window, [window, kinds = e.kinds, text] {
            TaskRequest request;
            request.kind = Tasks::kExportTaskKind;
            request.params = Tasks::exportParams(kinds);
            request.title = Text::tr("Export: %1").arg(QString(text).remove(u'&'));
            window->startTask(request);
        });
        action->setObjectName(QString::fromLatin1(e.objectName));
        action->setStatusTip(
            Text::tr("Write the CSV file into the export folder; the summary names the file"));
        runs << action;
    }
    menu->addSeparator();
    QAction* open =
        menu->addAction(Text::tr("&Open export folder"), window, [window] { openExportFolder(window); });
    open->setObjectName(QStringLiteral("openExportFolderAction"));
    open->setStatusTip(Text::tr("Show the folder the exports are written to in the file manager"));
    return runs;
}

} // namespace Tessera::Ui
