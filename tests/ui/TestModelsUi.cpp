#include <cmath>

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QtTest>

#include "core/store/BarRepository.h"
#include "core/store/ModelRepository.h"
#include "core/store/PredictionRepository.h"
#include "core/store/SettingsRepository.h"
#include "core/tasks/TaskRunner.h"
#include "core/tasks/TrainTask.h"
#include "ui/charts/MetricHistogramView.h"
#include "ui/common/ModelFormat.h"
#include "ui/dialogs/TrainDialog.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/models/ModelsFilterProxyModel.h"
#include "ui/models/ModelsTableModel.h"
#include "ui/models/UniverseTableModel.h"
#include "ui/panels/ModelsPanel.h"
#include "ui/panels/OperationsPanel.h"
#include "ui/panels/PredictionsPanel.h"
#include "ui/tasks/TaskLaunchers.h"

#include "tests/core/ml/MlTestData.h"
#include "tests/support/Shots.h"
#include "tests/support/TestSupport.h"
#include "tests/support/WindowOptions.h"

using namespace Tessera;

namespace {

const QString A = QStringLiteral("AAA.X");
const QString B = QStringLiteral("BBB.X");
const QString C = QStringLiteral("CCC.X"); ///< bars but no models (until the GUI trains it)

Ui::MainWindow::Options testOptions()
{
    return Test::quietWindowOptions();
}

using Test::saveShot;

/** The display text of a proxy row's cell. */
QString cellText(const QAbstractItemModel* model, int row, int column)
{
    return model->index(row, column).data().toString();
}

} // namespace

/**
 * The GUI of the per-stock models (issue 7): the train dialog's parameters, the predictions tab and
 * the Models view over two symbols trained quickly (30 trees, at most 60 boosting rounds, stored as
 * the database's settings so a run started from the GUI is just as quick).
 */
class TestModelsUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void trainDialogBuildsParams();
    void trainDialogRefusesEmptyChoices();
    void histogramBinsByHand();
    void predictionsPanelShowsModelsAndConsensus();
    void expiredPredictionsAreMarked();
    void symbolWithoutModelsSaysSo();
    void modelsViewListsAndFilters();
    void trainButtonTrainsAndPanelsRefresh();

private:
    std::unique_ptr<Test::TempDatabase> m_temp;
};

void TestModelsUi::initTestCase()
{
    Test::initTestEnvironment();
    QCoreApplication::setOrganizationName(QStringLiteral("TesseraTest"));
    QCoreApplication::setApplicationName(QStringLiteral("test_models_ui"));
    QSettings().clear();
    Test::applyShotTheme();

    m_temp = std::make_unique<Test::TempDatabase>();
    const Store::Database& db = *m_temp->db();
    Store::SettingsRepository settings(db);
    QVERIFY(settings.setValue(QStringLiteral("train/rf/trees"), QStringLiteral("30")));
    QVERIFY(settings.setValue(QStringLiteral("train/gbm/maxRounds"), QStringLiteral("60")));
    unsigned seed = 1;
    for (const QString& ticker : {A, B, C}) {
        QVERIFY(Store::BarRepository(db).replaceAll(
            ticker, Test::plantedSeries(ticker, 470, seed++), QStringLiteral("test")));
    }
    Tasks::TaskContext ctx;
    Tasks::RunOptions options;
    options.maxWorkers = 2;
    auto run = Tasks::TaskRunner(m_temp->db())
                   .start(QStringLiteral("train"), Tasks::trainParams({A, B}, {}, {}, {}, 2), options, ctx);
    QVERIFY2(run, run ? "" : qPrintable(run.error().message));
    QCOMPARE(run->done, 2);
}

void TestModelsUi::trainDialogBuildsParams()
{
    Ui::LaunchContext context;
    context.universes.insert(QStringLiteral("U"), {A, B, QStringLiteral("NOBARS.X")});
    context.tags.insert(QStringLiteral("shariah"), {B});
    context.tickersWithBars = {A, B, C};
    context.currentUniverse = QStringLiteral("U");
    context.selectedTickers = {C};

    Ui::TrainDialog dialog(context);
    // The table's universe filter is preselected; members without bars are left out.
    QCOMPARE(dialog.selection(), Ui::TrainDialog::Selection::Universe);
    QCOMPARE(dialog.tickers(), QStringList({A, B}));
    QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("trainSelectionCountLabel"))
                ->text()
                .contains(QStringLiteral("2 of 3 have bars")));

    dialog.findChild<QRadioButton*>(QStringLiteral("trainFullRadioButton"))->setChecked(true);
    dialog.findChild<QCheckBox*>(QStringLiteral("trainGbmCheckBox"))->setChecked(false);
    dialog.findChild<QLineEdit*>(QStringLiteral("trainHorizonsLineEdit"))->setText(QStringLiteral("5, 1"));
    dialog.findChild<QSpinBox*>(QStringLiteral("trainMaxConcurrentSpinBox"))->setValue(2);
    Ui::TaskRequest r = dialog.request();
    QCOMPARE(r.kind, QStringLiteral("train"));
    const QJsonObject expected{{QStringLiteral("tickers"), QJsonArray{A, B}},
                               {QStringLiteral("mode"), QStringLiteral("full")},
                               {QStringLiteral("algos"), QStringLiteral("rf,linear")},
                               {QStringLiteral("horizons"), QStringLiteral("1,5")},
                               {QStringLiteral("maxConcurrent"), 2}};
    QCOMPARE(QJsonDocument(r.params).toJson(QJsonDocument::Compact),
             QJsonDocument(expected).toJson(QJsonDocument::Compact));

    // A tag, incremental, the default algorithms and horizons (left out), one worker per core.
    dialog.setSelection(Ui::TrainDialog::Selection::Tag);
    dialog.findChild<QRadioButton*>(QStringLiteral("trainIncrementalRadioButton"))->setChecked(true);
    dialog.findChild<QCheckBox*>(QStringLiteral("trainGbmCheckBox"))->setChecked(true);
    dialog.findChild<QLineEdit*>(QStringLiteral("trainHorizonsLineEdit"))->setText(QStringLiteral("1,5,21"));
    dialog.findChild<QSpinBox*>(QStringLiteral("trainMaxConcurrentSpinBox"))->setValue(0);
    r = dialog.request();
    QCOMPARE(QJsonDocument(r.params).toJson(QJsonDocument::Compact),
             QByteArray(R"({"mode":"incremental","tickers":["BBB.X"]})"));

    // The table's selection, and everything (no tickers: the task takes every symbol with bars).
    dialog.setSelection(Ui::TrainDialog::Selection::SelectedSymbols);
    QCOMPARE(dialog.request().params.value(QStringLiteral("tickers")).toArray(), QJsonArray{C});
    dialog.setSelection(Ui::TrainDialog::Selection::AllWithBars);
    QVERIFY(!dialog.request().params.contains(QStringLiteral("tickers")));

    // A tickers file, read as the CLI reads it.
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("list.txt"));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write("# my list\nAAA.X\nCCC.X  # comment\n");
    out.close();
    dialog.findChild<QLineEdit*>(QStringLiteral("trainTickersFileLineEdit"))->setText(file);
    dialog.setSelection(Ui::TrainDialog::Selection::TickersFile);
    QCOMPARE(dialog.tickers(), QStringList({A, C}));
}

void TestModelsUi::trainDialogRefusesEmptyChoices()
{
    Ui::LaunchContext context;
    context.tickersWithBars = {A};
    Ui::TrainDialog dialog(context);
    dialog.show();
    // Nothing selected in the table and no universe: those choices are disabled.
    QVERIFY(!dialog.findChild<QRadioButton*>(QStringLiteral("trainSelectedRadioButton"))->isEnabled());
    QVERIFY(!dialog.findChild<QRadioButton*>(QStringLiteral("trainUniverseRadioButton"))->isEnabled());
    for (const char* name : {"trainRfCheckBox", "trainGbmCheckBox", "trainLinearCheckBox"}) {
        dialog.findChild<QCheckBox*>(QString::fromLatin1(name))->setChecked(false);
    }
    dialog.accept();
    QVERIFY(dialog.isVisible());
    auto* error = dialog.findChild<QLabel*>(QStringLiteral("trainErrorLabel"));
    QVERIFY(error->isVisible());
    QVERIFY(error->text().contains(QStringLiteral("algorithm")));

    dialog.findChild<QCheckBox*>(QStringLiteral("trainRfCheckBox"))->setChecked(true);
    dialog.findChild<QLineEdit*>(QStringLiteral("trainHorizonsLineEdit"))->setText(QStringLiteral("1,x"));
    dialog.accept();
    QVERIFY(dialog.isVisible());
    QVERIFY(error->text().startsWith(QStringLiteral("Horizons:")));

    dialog.findChild<QLineEdit*>(QStringLiteral("trainHorizonsLineEdit"))->setText(QStringLiteral("1"));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

void TestModelsUi::histogramBinsByHand()
{
    // 0..10: 1st/99th percentiles 0.1 and 9.9, (9.8 / 5) → nice width 2 from 0: five bins, the
    // outermost value (10) counted in the last bin.
    const Ui::HistogramBins bins =
        Ui::binValues({{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, {std::nan(""), 4.5}}, 5);
    QCOMPARE(bins.lo, 0.0);
    QCOMPARE(bins.step, 2.0);
    QCOMPARE(bins.labels,
             QStringList({QStringLiteral("0"),
                          QStringLiteral("2"),
                          QStringLiteral("4"),
                          QStringLiteral("6"),
                          QStringLiteral("8")}));
    QCOMPARE(bins.counts.size(), 2);
    QCOMPARE(bins.counts[0], QList<int>({2, 2, 2, 2, 3}));
    QCOMPARE(bins.counts[1], QList<int>({0, 0, 1, 0, 0}));
    QCOMPARE(bins.total, 12);
    // Percentiles −0.254 and 0.3024 over 12 bins → width 0.05 from −0.30: 13 bins labelled by their
    // left edges with two decimals ("0.00", never "-0.00").
    const Ui::HistogramBins ic = Ui::binValues({{-0.26, -0.11, 0.01, 0.12, 0.31}}, 12);
    QCOMPARE(ic.step, 0.05);
    QCOMPARE(ic.labels.size(), 13);
    QCOMPARE(ic.labels.first(), QStringLiteral("-0.30"));
    QCOMPARE(ic.labels.at(6), QStringLiteral("0.00"));
    QCOMPARE(ic.labels.last(), QStringLiteral("0.30"));
    QCOMPARE(ic.counts[0], QList<int>({1, 0, 0, 1, 0, 0, 1, 0, 1, 0, 0, 0, 1}));
    // Nothing to count: no bins.
    QCOMPARE(Ui::binValues({{std::nan("")}}).labels.size(), 0);
}

void TestModelsUi::predictionsPanelShowsModelsAndConsensus()
{
    // The planted history ends in the past and its predictions expire from that day (TestTrainTask);
    // made current here to see the panel as it looks the day after a nightly run.
    auto stored = Store::PredictionRepository(*m_temp->db()).forSymbol(A);
    QVERIFY(stored);
    QList<Ml::Prediction> current;
    for (const Store::CachedPrediction& c : *stored) {
        current << c.prediction;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(Store::PredictionRepository(*m_temp->db()).replace(A, current, now, now.addDays(1)));

    Ui::MainWindow window(m_temp->db(), testOptions());
    window.show();
    QTRY_VERIFY(window.universeModel()->rowCount() == 3);
    QVERIFY(window.selectTicker(A));
    window.showPredictions();
    Ui::PredictionsPanel* panel = window.predictionsPanel();
    QCOMPARE(window.symbolTabs()->currentWidget(), panel);
    QTRY_COMPARE(panel->shown().ticker, A);
    QTRY_COMPARE(panel->modelTable()->rowCount(), 9);

    auto cached = Store::PredictionRepository(*m_temp->db()).forSymbol(A);
    QVERIFY(cached);
    int consensusCount = 0;
    for (const Store::CachedPrediction& c : *cached) {
        if (c.prediction.algorithm != QStringLiteral("consensus")) {
            continue;
        }
        ++consensusCount;
        // The card shows the move exp(r) − 1 and the price the cache holds.
        const QString text = panel->consensusText(c.prediction.horizon);
        QVERIFY2(text.contains(Ui::ModelFormat::signedPercent(std::expm1(c.prediction.predictedReturn))),
                 qPrintable(text));
        QVERIFY2(text.contains(QLocale().toString(c.prediction.predictedPrice, 'f', 2)), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("confidence")));
        // No production-ready model: no forecast in rising/falling colours, the unvalidated move small.
        const QLabel* moveLabel =
            panel->findChild<QLabel*>(QStringLiteral("consensusMoveLabel%1").arg(c.prediction.horizon));
        QVERIFY(moveLabel);
        if (c.prediction.productionReady) {
            QCOMPARE(moveLabel->text(),
                     Ui::ModelFormat::signedPercent(std::expm1(c.prediction.predictedReturn)));
        } else {
            QCOMPARE(moveLabel->text(), QStringLiteral("no validated forecast"));
            QVERIFY(moveLabel->styleSheet().contains(Ui::ModelFormat::mutedColor(panel->palette()).name()));
            QVERIFY(text.contains(QStringLiteral("unvalidated: ")));
        }
    }
    QCOMPARE(consensusCount, 3);
    QCOMPARE(panel->consensusText(1).isEmpty(), false);
    QCOMPARE(panel->consensusText(5).isEmpty(), false);
    QCOMPARE(panel->consensusText(21).isEmpty(), false);

    // Each model row: its own metrics beside the baselines, and the gate's verdict as the badge.
    auto models = Store::ModelRepository(*m_temp->db()).latest(A);
    QVERIFY(models);
    QTableWidget* table = panel->modelTable();
    for (int row = 0; row < table->rowCount(); ++row) {
        const Store::StoredModel& m = models->at(row);
        QCOMPARE(table->item(row, Ui::PredictionsPanel::ModelColumn)->text(), Ml::displayName(m.algorithm));
        QCOMPARE(table->item(row, Ui::PredictionsPanel::HitRateColumn)->text(),
                 QStringLiteral("%1 vs %2")
                     .arg(Ui::ModelFormat::percent(m.evaluation.oos.hitRate),
                          Ui::ModelFormat::percent(m.evaluation.oosMean.hitRate)));
        QCOMPARE(table->item(row, Ui::PredictionsPanel::ReadyColumn)->text(),
                 m.productionReady() ? QStringLiteral("✓ ready") : QStringLiteral("not ready"));
        QVERIFY(
            table->item(row, Ui::PredictionsPanel::ReadyColumn)->toolTip().contains(m.evaluation.verdict));
        QVERIFY(
            !table->item(row, Ui::PredictionsPanel::AsOfColumn)->text().contains(QStringLiteral("expired")));
    }
    saveShot(&window, QStringLiteral("predictions-planted"));
}

void TestModelsUi::expiredPredictionsAreMarked()
{
    // Re-store B's predictions with an expiry in the past: the panel greys them and says "expired".
    auto cached = Store::PredictionRepository(*m_temp->db()).forSymbol(B);
    QVERIFY(cached);
    QList<Ml::Prediction> predictions;
    for (const Store::CachedPrediction& c : *cached) {
        predictions << c.prediction;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(
        Store::PredictionRepository(*m_temp->db()).replace(B, predictions, now.addDays(-2), now.addDays(-1)));

    Ui::MainWindow window(m_temp->db(), testOptions());
    window.show();
    QTRY_VERIFY(window.universeModel()->rowCount() == 3);
    window.showPredictions();
    QVERIFY(window.selectTicker(B));
    Ui::PredictionsPanel* panel = window.predictionsPanel();
    QTRY_COMPARE(panel->shown().ticker, B);
    QTRY_COMPARE(panel->modelTable()->rowCount(), 9);
    const QColor grey = Ui::ModelFormat::mutedColor(panel->palette());
    for (int row = 0; row < 9; ++row) {
        QVERIFY(panel->modelTable()
                    ->item(row, Ui::PredictionsPanel::AsOfColumn)
                    ->text()
                    .contains(QStringLiteral("expired")));
        QCOMPARE(panel->modelTable()->item(row, Ui::PredictionsPanel::MoveColumn)->foreground().color(),
                 grey);
    }
    QVERIFY(panel->consensusText(5).contains(QStringLiteral("expired")));
    QVERIFY(panel->findChild<QLabel*>(QStringLiteral("predictionsTitleLabel"))
                ->text()
                .contains(QStringLiteral("expired")));
    saveShot(panel, QStringLiteral("predictions-expired"));
}

void TestModelsUi::symbolWithoutModelsSaysSo()
{
    Ui::MainWindow window(m_temp->db(), testOptions());
    window.show();
    QTRY_VERIFY(window.universeModel()->rowCount() == 3);
    window.showPredictions();
    QVERIFY(window.selectTicker(C));
    Ui::PredictionsPanel* panel = window.predictionsPanel();
    auto* message = panel->findChild<QLabel*>(QStringLiteral("predictionsMessageLabel"));
    QTRY_VERIFY(message->text().startsWith(QStringLiteral("No models yet")));
    QVERIFY(message->isVisible());
    QCOMPARE(panel->modelTable()->rowCount(), 0);
    QVERIFY(panel->consensusText(1).isEmpty());
}

void TestModelsUi::modelsViewListsAndFilters()
{
    Ui::MainWindow window(m_temp->db(), testOptions());
    // The double-click below selects a row of the universe table: wait until the table is filled.
    QSignalSpy universeLoaded(&window, &Ui::MainWindow::universeLoaded);
    window.show();
    QTRY_VERIFY(universeLoaded.count() >= 1);
    Ui::ModelsPanel* panel = window.modelsPanel();
    // View ▸ Models toggles the dock like the other docks.
    QAction* toggle = window.findChild<QAction*>(QStringLiteral("viewModelsAction"));
    QVERIFY(toggle);
    QCOMPARE(toggle, window.modelsDock()->toggleViewAction());
    window.showModels();
    QVERIFY(window.modelsDock()->isVisible());
    // Showing reads once; the first show of the window may already have read (tabified docks show
    // briefly), so read again explicitly and wait for that.
    QSignalSpy refreshed(panel, &Ui::ModelsPanel::refreshed);
    panel->refresh();
    QTRY_VERIFY(refreshed.count() >= 1);
    Ui::ModelsFilterProxyModel* proxy = panel->proxy();
    QCOMPARE(panel->model()->rowCount(), 18);
    QCOMPARE(proxy->rowCount(), 18);
    QVERIFY2(panel->summaryText().startsWith(QStringLiteral("18 models of 2 symbols trained")),
             qPrintable(panel->summaryText()));
    // The histogram counts every shown model with a defined IC.
    int withIc = 0;
    int ready = 0;
    for (const Store::StoredModel& m : panel->model()->models()) {
        withIc += std::isnan(m.evaluation.oos.ic) ? 0 : 1;
        ready += m.productionReady() ? 1 : 0;
    }
    QCOMPARE(panel->histogram()->bins().total, withIc);

    // Sorted by symbol: A's nine rows first.
    QCOMPARE(cellText(proxy, 0, Ui::ModelsTableModel::SymbolColumn), A);
    QCOMPARE(cellText(proxy, 9, Ui::ModelsTableModel::SymbolColumn), B);

    auto* algorithm = panel->findChild<QComboBox*>(QStringLiteral("modelsAlgorithmComboBox"));
    algorithm->setCurrentIndex(algorithm->findData(QStringLiteral("rf")));
    QCOMPARE(proxy->rowCount(), 6);
    auto* horizon = panel->findChild<QComboBox*>(QStringLiteral("modelsHorizonComboBox"));
    QCOMPARE(horizon->count(), 4); // all + 1, 5, 21
    horizon->setCurrentIndex(horizon->findData(5));
    QCOMPARE(proxy->rowCount(), 2);
    panel->findChild<QLineEdit*>(QStringLiteral("modelsSearchLineEdit"))->setText(QStringLiteral("bbb"));
    QCOMPARE(proxy->rowCount(), 1);
    QCOMPARE(cellText(proxy, 0, Ui::ModelsTableModel::SymbolColumn), B);
    QCOMPARE(cellText(proxy, 0, Ui::ModelsTableModel::HorizonColumn), QStringLiteral("5D"));
    QVERIFY(panel->summaryText().contains(QStringLiteral("1 shown")));

    // Clear the filters; "ready only" keeps exactly the production-ready models.
    panel->findChild<QLineEdit*>(QStringLiteral("modelsSearchLineEdit"))->clear();
    algorithm->setCurrentIndex(0);
    horizon->setCurrentIndex(0);
    QCOMPARE(proxy->rowCount(), 18);
    panel->findChild<QCheckBox*>(QStringLiteral("modelsReadyOnlyCheckBox"))->setChecked(true);
    QCOMPARE(proxy->rowCount(), ready);
    panel->findChild<QCheckBox*>(QStringLiteral("modelsReadyOnlyCheckBox"))->setChecked(false);

    // Double-clicking a model shows that symbol's predictions.
    const QModelIndex bRow = proxy->index(9, Ui::ModelsTableModel::SymbolColumn);
    QCOMPARE(bRow.data().toString(), B);
    emit panel->tableView()->doubleClicked(bRow);
    QCOMPARE(window.selectedTicker(), B);
    QCOMPARE(window.symbolTabs()->currentWidget(), window.predictionsPanel());

    // Sorting by IC, descending: missing values last, the rest in order.
    panel->tableView()->sortByColumn(Ui::ModelsTableModel::IcColumn, Qt::DescendingOrder);
    double previous = std::numeric_limits<double>::infinity();
    for (int row = 0; row < proxy->rowCount(); ++row) {
        const QVariant v =
            proxy->index(row, Ui::ModelsTableModel::IcColumn).data(Ui::ModelsTableModel::SortRole);
        if (!v.isValid()) {
            continue;
        }
        QVERIFY(v.toDouble() <= previous);
        previous = v.toDouble();
    }
}

void TestModelsUi::trainButtonTrainsAndPanelsRefresh()
{
    // The operations view's train button opens the dialog; training the selected symbol from it
    // refreshes the predictions tab and the Models view when the job ends.
    Ui::MainWindow window(m_temp->db(), testOptions());
    window.show();
    QTRY_VERIFY(window.universeModel()->rowCount() == 3);
    QVERIFY(window.selectTicker(C));
    window.showPredictions();
    window.showModels();
    QSignalSpy refreshed(window.modelsPanel(), &Ui::ModelsPanel::refreshed);
    window.modelsPanel()->refresh();
    QTRY_VERIFY(refreshed.count() >= 1);
    QCOMPARE(window.modelsPanel()->model()->rowCount(), 18);

    window.showOperations();
    auto* button =
        window.operationsPanel()->findChild<QPushButton*>(Ui::taskButtonObjectName(QStringLiteral("train")));
    QVERIFY(button);
    QCOMPARE(button->text(), QStringLiteral("Train models…"));
    QTRY_VERIFY(button->isEnabled()); // after the start-up check for interrupted runs
    QTest::mouseClick(button, Qt::LeftButton);
    auto* dialog = window.findChild<Ui::TrainDialog*>(QStringLiteral("trainDialog"));
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    saveShot(dialog, QStringLiteral("train-dialog"));
    dialog->setSelection(Ui::TrainDialog::Selection::SelectedSymbols);
    QCOMPARE(dialog->tickers(), QStringList{C});
    QSignalSpy finished(&window, &Ui::MainWindow::jobFinished);
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("startTrainButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, 120000);
    const auto outcome = finished.first().at(1).value<Ui::JobOutcome>();
    QCOMPARE(outcome.failed, 0);

    QTRY_COMPARE(window.predictionsPanel()->modelTable()->rowCount(), 9);
    QTRY_COMPARE(window.modelsPanel()->model()->rowCount(), 27);
}

QTEST_MAIN(TestModelsUi)
#include "TestModelsUi.moc"
