#include <cmath>

#include <QAction>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

#include "core/store/BarRepository.h"
#include "core/store/SettingsRepository.h"
#include "ui/common/TableExport.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/models/UniverseTableModel.h"
#include "ui/panels/OperationsPanel.h"
#include "ui/tasks/TaskLaunchers.h"

#include "tests/support/Shots.h"
#include "tests/support/TestSupport.h"
#include "tests/support/WindowOptions.h"

using namespace Tessera;

namespace {

constexpr int RawRole = Qt::UserRole + 1;

Ui::MainWindow::Options testOptions()
{
    return Test::quietWindowOptions();
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/** A row of the small model: name (text), price (shown rounded, raw under RawRole), volume (int). */
QList<QStandardItem*>
row(const QString& name, const QString& shownPrice, const QVariant& rawPrice, qint64 volume)
{
    auto* price = new QStandardItem(shownPrice);
    price->setData(rawPrice, RawRole);
    auto* vol = new QStandardItem;
    vol->setData(volume, Qt::DisplayRole);
    return {new QStandardItem(name), price, vol};
}

/** Receives the URLs QDesktopServices would open (a handler instead of the file manager). */
class UrlCatcher : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> urls;
public slots:
    void openUrl(const QUrl& url) { urls << url; }
};

using Test::saveShot;

} // namespace

/** File ▸ Export, the export task button, and "Export rows to CSV…" on table views. */
class TestExportUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        Test::initTestEnvironment();
        QCoreApplication::setOrganizationName(QStringLiteral("TesseraTest"));
        QCoreApplication::setApplicationName(QStringLiteral("test_export_ui"));
        QSettings().clear();
        Test::applyShotTheme();
    }

    void tableRowsFollowTheViewAndKeepRawNumbers()
    {
        QStandardItemModel model;
        model.setHorizontalHeaderLabels(
            {QStringLiteral("Name"), QStringLiteral("Price"), QStringLiteral("Volume")});
        model.appendRow(row(QStringLiteral("Beta, Inc."), QStringLiteral("1,234.57"), 1234.5678, 300));
        model.appendRow(row(QStringLiteral("Alpha"), QStringLiteral("0.10"), 0.1, 100));
        model.appendRow(row(QStringLiteral("Gamma \"G\""), QStringLiteral("99.00"), 99.0, 200));
        model.appendRow(row(QStringLiteral("Hidden"), QStringLiteral("5.00"), 5.0, 400));
        model.appendRow(row(QStringLiteral("Delta"), QString(), QVariant(), 50)); // filtered out too

        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(RawRole);
        proxy.setFilterKeyColumn(0);
        proxy.setFilterRegularExpression(QStringLiteral("^(?!Hidden|Delta)")); // not exported
        proxy.sort(1, Qt::DescendingOrder);

        QTableView view;
        view.setModel(&proxy);
        // The user moved Volume before Price: the export follows the screen.
        view.horizontalHeader()->moveSection(2, 1);

        const Ui::TableContents c = Ui::tableContents(&view, RawRole);
        QCOMPARE(c.headers,
                 (QStringList{QStringLiteral("Name"), QStringLiteral("Volume"), QStringLiteral("Price")}));
        QCOMPARE(c.rows.size(), 3);
        // Sorted by the raw price, descending.
        QCOMPARE(
            c.rows[0],
            (QStringList{QStringLiteral("Beta, Inc."), QStringLiteral("300"), QStringLiteral("1234.5678")}));
        QCOMPARE(c.rows[1],
                 (QStringList{QStringLiteral("Gamma \"G\""), QStringLiteral("200"), QStringLiteral("99")}));
        QCOMPARE(c.rows[2],
                 (QStringList{QStringLiteral("Alpha"), QStringLiteral("100"), QStringLiteral("0.1")}));

        // A hidden column is not exported; with the default role the displayed text is.
        view.setColumnHidden(2, true);
        const Ui::TableContents shown = Ui::tableContents(&view);
        QCOMPARE(shown.headers, (QStringList{QStringLiteral("Name"), QStringLiteral("Price")}));
        QCOMPARE(shown.rows[0], (QStringList{QStringLiteral("Beta, Inc."), QStringLiteral("1,234.57")}));
        view.setColumnHidden(2, false);

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("rows.csv"));
        auto written = Ui::exportTableRows(&view, path, RawRole);
        QVERIFY2(written, written ? "" : qPrintable(written.error().message));
        QCOMPARE(*written, qint64(3));
        QCOMPARE(readAll(path),
                 QByteArray("Name,Volume,Price\r\n"
                            "\"Beta, Inc.\",300,1234.5678\r\n"
                            "\"Gamma \"\"G\"\"\",200,99\r\n"
                            "Alpha,100,0.1\r\n"));
    }

    void doubleDisplayValuesAreNotRounded()
    {
        // A model that shows doubles (the delegate rounds them on screen) exports them in full.
        // A missing value (NaN) is an empty cell.
        QStandardItemModel model(3, 1);
        model.setHorizontalHeaderLabels({QStringLiteral("x")});
        model.setData(model.index(0, 0), 0.123456789012);
        model.setData(model.index(1, 0), std::nan(""));
        model.setData(model.index(2, 0), qint64(9007199254740993)); // 2^53 + 1: no double on the way
        QTableView view;
        view.setModel(&model);
        const Ui::TableContents c = Ui::tableContents(&view);
        QCOMPARE(c.rows[0][0], QStringLiteral("0.123456789012"));
        QCOMPARE(c.rows[1][0], QString());
        QCOMPARE(c.rows[2][0], QStringLiteral("9007199254740993"));
    }

    void contextMenuAsksForAFileAndWritesIt()
    {
        QStandardItemModel model;
        model.setHorizontalHeaderLabels({QStringLiteral("Name")});
        model.appendRow(new QStandardItem(QStringLiteral("one")));
        QTableView view;
        view.setModel(&model);
        QAction* action = Ui::installExportContextMenu(&view, QStringLiteral("things"));
        QCOMPARE(view.contextMenuPolicy(), Qt::ActionsContextMenu);
        QVERIFY(view.actions().contains(action));
        QCOMPARE(action->objectName(), QStringLiteral("exportRowsAction"));
        view.show();

        QTemporaryDir dir;
        QSettings().setValue(QStringLiteral("tableExport/lastDir"), dir.path());
        action->trigger();
        auto* dialog = view.findChild<QFileDialog*>(QStringLiteral("exportRowsFileDialog"));
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->acceptMode(), QFileDialog::AcceptSave);
        // Suggested: <base>_<today>.csv in the folder used last.
        const QString suggested =
            QStringLiteral("things_%1.csv").arg(QDate::currentDate().toString(Qt::ISODate));
        QCOMPARE(dialog->selectedFiles().value(0), QDir(dir.path()).filePath(suggested));
        const QString path = dir.filePath(QStringLiteral("mine.csv"));
        emit dialog->fileSelected(path);
        QCOMPARE(readAll(path), QByteArray("Name\r\none\r\n"));
        dialog->reject();
    }

    void fileMenuExportWritesTheFiles()
    {
        Test::TempDatabase temp;
        const QDate today = QDate::currentDate();
        for (const char* ticker : {"AAA", "BBB"}) {
            BarSeries s{QString::fromLatin1(ticker)};
            for (int i = 9; i >= 0; --i) {
                const double p = 100.123456 + i;
                s.append(Bar{today.addDays(-i), p, p + 1, p - 1, p, p, 1000.0});
            }
            QVERIFY(Store::BarRepository(*temp.db())
                        .replaceAll(QString::fromLatin1(ticker), s, QStringLiteral("test")));
        }
        QTemporaryDir out;
        QVERIFY(Store::SettingsRepository(*temp.db()).setValue(QStringLiteral("export/folder"), out.path()));

        Ui::MainWindow window(temp.db(), testOptions());
        window.show();
        auto* menu = window.findChild<QMenu*>(QStringLiteral("exportMenu"));
        QVERIFY(menu);
        QStringList texts;
        for (QAction* a : menu->actions()) {
            if (!a->isSeparator()) {
                texts << a->text().remove(u'&');
            }
        }
        QCOMPARE(texts,
                 (QStringList{QStringLiteral("Stocks CSV"),
                              QStringLiteral("30-day history CSV"),
                              QStringLiteral("Technical indicators CSV"),
                              QStringLiteral("Suggested stocks (daily picks) CSV"),
                              QStringLiteral("All four"),
                              QStringLiteral("Open export folder")}));
        // The operations view has the export button too (TaskLaunchers).
        auto* button = window.findChild<QPushButton*>(Ui::taskButtonObjectName(QStringLiteral("export")));
        QVERIFY(button);
        QCOMPARE(button->text(), QStringLiteral("Export CSV files"));

        auto* all = window.findChild<QAction*>(QStringLiteral("exportAllAction"));
        QVERIFY(all);
        QTRY_VERIFY(all->isEnabled()); // after the start-up housekeeping job
        QSignalSpy finished(&window, &Ui::MainWindow::jobFinished);
        all->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        const auto outcome = finished.first().at(1).value<Ui::JobOutcome>();
        const QString date = today.toString(Qt::ISODate);
        const QStringList names = {QStringLiteral("stocks_%1.csv").arg(date),
                                   QStringLiteral("historical_30d_%1.csv").arg(date),
                                   QStringLiteral("technical_indicators_%1.csv").arg(date),
                                   QStringLiteral("suggested_stocks_%1.csv").arg(date)};
        // The message names the files it wrote, in its first line (the status bar shows that line).
        const QString firstLine = outcome.summary.section(u'\n', 0, 0);
        for (const QString& name : names) {
            QVERIFY2(firstLine.contains(name), qPrintable(outcome.summary));
            QVERIFY2(QFileInfo::exists(out.filePath(name)), qPrintable(name));
        }
        QCOMPARE(outcome.failed, 0);
        QVERIFY(!outcome.dataChanged);
        QVERIFY(outcome.runId > 0);
        // 2 symbols × 10 bars of history.
        QCOMPARE(readAll(out.filePath(names[1])).count("\r\n"), 1 + 20);

        saveShot(&window, QStringLiteral("export-done.png"));
        menu->popup(window.mapToGlobal(QPoint(10, 10)));
        saveShot(menu, QStringLiteral("export-menu.png"));
        menu->hide();

        // One kind alone.
        QFile::remove(out.filePath(names[0]));
        auto* stocks = window.findChild<QAction*>(QStringLiteral("exportStocksAction"));
        QTRY_VERIFY(stocks->isEnabled());
        stocks->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 60000);
        QVERIFY(QFileInfo::exists(out.filePath(names[0])));
        QVERIFY(finished.last().at(1).value<Ui::JobOutcome>().summary.contains(names[0]));

        // Open export folder: the folder of the setting goes to the desktop's URL handler.
        UrlCatcher catcher;
        QDesktopServices::setUrlHandler(QStringLiteral("file"), &catcher, "openUrl");
        window.findChild<QAction*>(QStringLiteral("openExportFolderAction"))->trigger();
        QTRY_COMPARE(catcher.urls.size(), 1);
        QCOMPARE(catcher.urls.first().toLocalFile(), out.path());
        QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
    }

    void tableViewsOfTheWindowExportTheirRows()
    {
        Test::TempDatabase temp;
        BarSeries s{QStringLiteral("AAA")};
        s.append(Bar{QDate(2024, 5, 2), 10, 11, 9, 10.5, 10.5, 100});
        s.append(Bar{QDate(2024, 5, 3), 10, 11, 9, 12.345678, 12.345678, 100});
        QVERIFY(
            Store::BarRepository(*temp.db()).replaceAll(QStringLiteral("AAA"), s, QStringLiteral("test")));
        Ui::MainWindow window(temp.db(), testOptions());
        window.show();
        QTRY_COMPARE(window.universeModel()->rowCount(), 1);
        QTableView* universe = window.universeTable();
        const auto hasExport = [](QTableView* view) {
            for (QAction* a : view->actions()) {
                if (a->objectName() == QStringLiteral("exportRowsAction")) {
                    return true;
                }
            }
            return false;
        };
        QVERIFY(hasExport(universe));
        auto* history = window.operationsPanel()->findChild<QTableView*>(QStringLiteral("runHistoryView"));
        QVERIFY(history);
        QVERIFY(hasExport(history));

        // The universe table exports the raw close, not the displayed "12.35".
        const Ui::TableContents c = Ui::tableContents(universe, Ui::UniverseTableModel::SortRole);
        QCOMPARE(c.rows.size(), 1);
        const int close =
            c.headers.indexOf(window.universeModel()
                                  ->headerData(Ui::UniverseTableModel::LastCloseColumn, Qt::Horizontal)
                                  .toString());
        QVERIFY(close >= 0);
        QCOMPARE(c.rows[0][close], QStringLiteral("12.345678"));
        const int last =
            c.headers.indexOf(window.universeModel()
                                  ->headerData(Ui::UniverseTableModel::LastDateColumn, Qt::Horizontal)
                                  .toString());
        QCOMPARE(c.rows[0][last], QStringLiteral("2024-05-03"));

        // Its bars end in 2024: today's 30-day history file has no rows, and the message says why.
        QTemporaryDir out;
        QVERIFY(Store::SettingsRepository(*temp.db()).setValue(QStringLiteral("export/folder"), out.path()));
        auto* history30 = window.findChild<QAction*>(QStringLiteral("exportHistoryAction"));
        QTRY_VERIFY(history30->isEnabled());
        QSignalSpy finished(&window, &Ui::MainWindow::jobFinished);
        history30->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        const QString summary = finished.first().at(1).value<Ui::JobOutcome>().summary;
        QVERIFY2(summary.contains(QStringLiteral("no rows, nothing is stored in the 30 days up to")),
                 qPrintable(summary));
    }
};

QTEST_MAIN(TestExportUi)
#include "TestExportUi.moc"
