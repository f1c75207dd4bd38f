#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QTableWidget>
#include <QTextBrowser>
#include <QThreadPool>
#include <QtTest>

#include "core/common/Log.h"
#include "core/export/ExportSettings.h"
#include "core/fetch/FetchSettings.h"
#include "core/fetch/providers/SyntheticProvider.h"
#include "core/ml/TrainSettings.h"
#include "core/store/BarRepository.h"
#include "core/store/HolidayRepository.h"
#include "core/store/SettingsRepository.h"
#include "core/tasks/PipelineTask.h"
#include "core/tiles/SymbolAnalysis.h"
#include "ui/common/Appearance.h"
#include "ui/common/MarketColors.h"
#include "ui/common/ParameterLabels.h"
#include "ui/common/UiSettings.h"
#include "ui/dialogs/AboutDialog.h"
#include "ui/dialogs/CalendarSettingsPage.h"
#include "ui/dialogs/DataSourceSettingsPage.h"
#include "ui/dialogs/FirstRunDialog.h"
#include "ui/dialogs/HelpDialogs.h"
#include "ui/dialogs/ImportTickersDialog.h"
#include "ui/dialogs/LoadTaskDialog.h"
#include "ui/dialogs/ParameterSettingsPage.h"
#include "ui/dialogs/SettingsDialog.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/panels/TaskProgressPanel.h"

#include "tests/support/Shots.h"
#include "tests/support/TestSupport.h"
#include "tests/support/WindowOptions.h"

using namespace Tessera;

namespace {

/** Waits for reads and writes on the pool: generous, a loaded CI machine (ctest -j2) can take seconds. */
constexpr int kWaitMs = 30000;

/** A page as a later feature would add it: one setting, load and apply. */
class ProbePage final : public Ui::SettingsPage
{
public:
    QString title() const override { return QStringLiteral("Probe"); }
    void load() override { ++loads; }
    void apply() override { ++applies; }
    int loads = 0;
    int applies = 0;
};

Ui::ParameterSettingsPage::Spec fetchSpec(const QString& scope = {})
{
    Ui::ParameterSettingsPage::Spec spec;
    spec.title = QStringLiteral("Fetch");
    spec.objectName = QStringLiteral("fetchSettingsPage");
    spec.parameters = Fetch::fetchParameters();
    spec.scope = scope;
    return spec;
}

QString stored(const Test::TempDatabase& temp, const char* key)
{
    auto v = Store::SettingsRepository(*temp.db()).value(QString::fromLatin1(key));
    return v ? *v : QStringLiteral("<error: %1>").arg(v.error().message);
}

template <typename T>
T* editor(QWidget* page, const char* key)
{
    const Config::Parameter* p = Config::findParameter(Fetch::fetchParameters(), QString::fromLatin1(key));
    return p ? page->findChild<T*>(Ui::ParameterSettingsPage::editorObjectName(*p)) : nullptr;
}

} // namespace

class TestDialogs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        Test::initTestEnvironment();
        QCoreApplication::setOrganizationName(QStringLiteral("TesseraTest"));
        QCoreApplication::setApplicationName(QStringLiteral("test_dialogs"));
        QSettings().clear();
        Test::applyShotTheme();
    }

    void mainWindowSettingsHasEveryPageWithAnIcon()
    {
        // Tools ▸ Settings as the main window builds it: each page named in words, with an icon, in order.
        Test::TempDatabase t;
        Ui::MainWindow window(t.db(), Test::quietWindowOptions(-1));
        window.findChild<QAction*>(QStringLiteral("settingsAction"))->trigger();
        auto* dialog = window.findChild<Ui::SettingsDialog*>();
        QVERIFY(dialog);
        QStringList titles;
        for (int i = 0; i < dialog->pageCount(); ++i) {
            titles << dialog->page(i)->title();
            QVERIFY2(!dialog->page(i)->icon().isNull(), qPrintable(dialog->page(i)->title()));
        }
        QCOMPARE(titles,
                 (QStringList{QStringLiteral("General"),
                              QStringLiteral("Data source"),
                              QStringLiteral("Tasks"),
                              QStringLiteral("Appearance"),
                              QStringLiteral("Calendars"),
                              QStringLiteral("Pipeline"),
                              QStringLiteral("Models"),
                              QStringLiteral("Exports"),
                              QStringLiteral("Startup")}));
        auto* list = dialog->findChild<QListWidget*>();
        QVERIFY(list);
        // One icon size for every page, whatever sizes the style's icons come in.
        for (int i = 0; i < list->count(); ++i) {
            QCOMPARE(list->item(i)->icon().availableSizes(), (QList<QSize>{list->iconSize()}));
        }
        for (int i = 0; i < dialog->pageCount(); ++i) {
            list->setCurrentRow(i);
            Test::saveShot(dialog, QStringLiteral("settings-%1").arg(i));
        }
        dialog->close();
    }

    void settingsGeneralPage()
    {
        Ui::SettingsDialog dialog(QStringLiteral("/tmp/open.sqlite"));
        QCOMPARE(dialog.pageCount(), 1);
        auto* path = dialog.findChild<QLineEdit*>(QStringLiteral("databasePathLineEdit"));
        auto* level = dialog.findChild<QComboBox*>(QStringLiteral("logLevelComboBox"));
        QVERIFY(path && level);
        QCOMPARE(path->text(), QString()); // empty = default location
        QCOMPARE(level->currentText(), QStringLiteral("info"));

        path->setText(QStringLiteral("/tmp/elsewhere.sqlite"));
        level->setCurrentText(QStringLiteral("debug"));
        dialog.applyAll();
        QCOMPARE(Ui::Settings::databasePath(), QStringLiteral("/tmp/elsewhere.sqlite"));
        QCOMPARE(QSettings().value(QStringLiteral("database/path")).toString(),
                 QStringLiteral("/tmp/elsewhere.sqlite"));
        QCOMPARE(Ui::Settings::logLevel(), QStringLiteral("debug"));
        QCOMPARE(spdlog::get_level(), spdlog::level::debug); // applied at once

        // Clearing the path goes back to the default location.
        path->clear();
        level->setCurrentText(QStringLiteral("info"));
        dialog.applyAll();
        QCOMPARE(Ui::Settings::databasePath(), QString());
        QVERIFY(!QSettings().contains(QStringLiteral("database/path")));
        QCOMPARE(spdlog::get_level(), spdlog::level::info);
    }

    void settingsPagesAreAddedInOneCall()
    {
        Ui::SettingsDialog dialog(QStringLiteral("/tmp/open.sqlite"));
        auto* page = new ProbePage;
        dialog.addPage(page);
        QCOMPARE(dialog.pageCount(), 2);
        QCOMPARE(page->loads, 1);
        auto* list = dialog.findChild<QListWidget*>(QStringLiteral("settingsPageListWidget"));
        QCOMPARE(list->count(), 2);
        QCOMPARE(list->item(1)->text(), QStringLiteral("Probe"));
        dialog.applyAll();
        QCOMPARE(page->applies, 1);
    }

    void parameterPageRoundTrip()
    {
        Test::TempDatabase temp;
        QThreadPool pool;
        QVERIFY(Store::SettingsRepository(*temp.db())
                    .setValue(QStringLiteral("fetch/timeoutSeconds"), QStringLiteral("7.5"))
                    .has_value());
        {
            Ui::ParameterSettingsPage page(temp.db(), &pool, fetchSpec());
            QSignalSpy loaded(&page, &Ui::ParameterSettingsPage::loaded);
            page.load();
            QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, kWaitMs);
            QVERIFY(loaded.first().first().toBool());
            // One editor per parameter, of the declared kind, with its range, unit and help.
            auto* concurrent = editor<QSpinBox>(&page, "fetch/maxConcurrent");
            auto* timeout = editor<QDoubleSpinBox>(&page, "fetch/timeoutSeconds");
            auto* yahooUrl = editor<QLineEdit>(&page, "fetch/yahoo/baseUrl");
            auto* range = editor<QLineEdit>(&page, "fetch/historyRange");
            QVERIFY(concurrent && timeout && yahooUrl && range);
            QCOMPARE(concurrent->minimum(), 1);
            QCOMPARE(concurrent->maximum(), 32);
            QCOMPARE(concurrent->suffix(), QStringLiteral(" requests"));
            QVERIFY(concurrent->toolTip().startsWith(QStringLiteral("Requests in flight at once at most.")));
            QCOMPARE(concurrent->value(), 8); // default: nothing stored
            QCOMPARE(page.text(QStringLiteral("fetch/timeoutSeconds")), QStringLiteral("7.5")); // stored
            QCOMPARE(yahooUrl->text(), QStringLiteral("https://query1.finance.yahoo.com"));

            concurrent->setValue(12);
            yahooUrl->setText(QStringLiteral(" http://127.0.0.1:8080/ "));
            QCOMPARE(page.errorText(QStringLiteral("fetch/yahoo/baseUrl")), QString());
            QSignalSpy finished(&page, &Ui::SettingsPage::applyFinished);
            page.apply();
            QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kWaitMs);
            QVERIFY(finished.first().first().toBool());
            QVERIFY(!page.isApplying());
        }
        QCOMPARE(stored(temp, "fetch/maxConcurrent"), QStringLiteral("12"));
        QCOMPARE(stored(temp, "fetch/yahoo/baseUrl"), QStringLiteral("http://127.0.0.1:8080")); // normalised
        QCOMPARE(stored(temp, "fetch/timeoutSeconds"), QStringLiteral("7.5"));
        // Values left at their default are not written: a later default still reaches them.
        QCOMPARE(stored(temp, "fetch/retries"), QString());
        QCOMPARE(stored(temp, "fetch/historyRange"), QString());

        // A new page shows what was saved.
        Ui::ParameterSettingsPage again(temp.db(), &pool, fetchSpec(QStringLiteral("stooq")));
        QSignalSpy loaded(&again, &Ui::ParameterSettingsPage::loaded);
        again.load();
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, kWaitMs);
        QCOMPARE(again.text(QStringLiteral("fetch/maxConcurrent")), QStringLiteral("12"));
        // The scope filter leaves out the other provider's parameters.
        QVERIFY(!editor<QLineEdit>(&again, "fetch/yahoo/baseUrl"));
        QVERIFY(editor<QLineEdit>(&again, "fetch/stooq/baseUrl"));
        // Restoring defaults writes them.
        again.restoreDefaults();
        QSignalSpy finished(&again, &Ui::SettingsPage::applyFinished);
        again.apply();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kWaitMs);
        QCOMPARE(stored(temp, "fetch/maxConcurrent"), QStringLiteral("8"));
        QCOMPARE(stored(temp, "fetch/timeoutSeconds"), QStringLiteral("20"));
    }

    void choiceParameterIsAComboBox()
    {
        // pipeline/verdictFormula (issue 18): one of the declared names, picked from a combo box.
        Test::TempDatabase temp;
        QThreadPool pool;
        const QString key = QStringLiteral("pipeline/verdictFormula");
        Ui::ParameterSettingsPage::Spec spec;
        spec.title = QStringLiteral("Pipeline");
        spec.objectName = QStringLiteral("pipelineSettingsPage");
        spec.parameters = Tiles::pipelineParameters();
        // The text a new page shows for a stored value (the lambda cannot use QVERIFY: it returns).
        const auto shown = [&](const QString& storedText) -> QString {
            if (!Store::SettingsRepository(*temp.db()).setValue(key, storedText)) {
                return QStringLiteral("<not stored>");
            }
            Ui::ParameterSettingsPage page(temp.db(), &pool, spec);
            QSignalSpy loaded(&page, &Ui::ParameterSettingsPage::loaded);
            page.load();
            return QTest::qWaitFor([&loaded] { return loaded.size() == 1; }) ? page.text(key)
                                                                             : QStringLiteral("<not loaded>");
        };
        {
            Ui::ParameterSettingsPage page(temp.db(), &pool, spec);
            QSignalSpy loaded(&page, &Ui::ParameterSettingsPage::loaded);
            page.load();
            QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, kWaitMs);
            auto* combo = page.findChild<QComboBox*>(QStringLiteral("pipelineVerdictFormulaComboBox"));
            QVERIFY(combo);
            QCOMPARE(combo->count(), 2);
            QCOMPARE(combo->itemText(0), QStringLiteral("directional"));
            QCOMPARE(combo->itemText(1), QStringLiteral("seed"));
            QCOMPARE(combo->currentText(), QStringLiteral("directional")); // the default
            QVERIFY(combo->toolTip().contains(QStringLiteral("Allowed: one of: directional, seed")));
            combo->setCurrentIndex(1);
            QCOMPARE(page.errorText(key), QString());
            QSignalSpy finished(&page, &Ui::SettingsPage::applyFinished);
            page.apply();
            QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kWaitMs);
            QVERIFY(finished.first().first().toBool());
        }
        QCOMPARE(stored(temp, "pipeline/verdictFormula"), QStringLiteral("seed"));
        QCOMPARE(shown(QStringLiteral("Seed")), QStringLiteral("seed")); // any spelling: the same setting
        // A name this version does not know shows the default rather than an empty box.
        QCOMPARE(shown(QStringLiteral("linear")), QStringLiteral("directional"));
    }

    void parameterPageRejectsInvalidValues()
    {
        Test::TempDatabase temp;
        QThreadPool pool;
        Ui::ParameterSettingsPage page(temp.db(), &pool, fetchSpec());
        QSignalSpy loaded(&page, &Ui::ParameterSettingsPage::loaded);
        page.load();
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, kWaitMs);
        page.show();

        auto* range = editor<QLineEdit>(&page, "fetch/historyRange");
        range->setText(QStringLiteral("3 years"));
        // The message appears as the user types, under the editor, and says what is allowed.
        QCOMPARE(
            page.errorText(QStringLiteral("fetch/historyRange")),
            QStringLiteral("“3 years” is not allowed here. Allowed: max, or a count of days, weeks, months "
                           "or years: 30d, 6wk, 3mo, 2y."));
        editor<QLineEdit>(&page, "fetch/stooq/baseUrl")->setText(QStringLiteral("ftp://stooq.com"));
        QVERIFY(page.errorText(QStringLiteral("fetch/stooq/baseUrl")).contains(QStringLiteral("http")));
        editor<QSpinBox>(&page, "fetch/retries")->setValue(2);

        QSignalSpy finished(&page, &Ui::SettingsPage::applyFinished);
        QVERIFY(!page.validate());
        page.apply();
        QCOMPARE(finished.size(), 1);
        QVERIFY(!finished.first().first().toBool());
        auto* pageError = page.findChild<QLabel*>(QStringLiteral("parameterPageErrorLabel"));
        QVERIFY(pageError->isVisible());
        QCOMPARE(pageError->text(),
                 QStringLiteral("Not saved: fix Stooq server, History of a new symbol first."));
        QCOMPARE(stored(temp, "fetch/retries"), QString()); // nothing written, not even the valid value

        // Fixed: saved, message gone.
        range->setText(QStringLiteral("10Y"));
        editor<QLineEdit>(&page, "fetch/stooq/baseUrl")->clear();
        QVERIFY(page.errorText(QStringLiteral("fetch/stooq/baseUrl"))
                    .startsWith(QStringLiteral("A value is needed")));
        editor<QLineEdit>(&page, "fetch/stooq/baseUrl")->setText(QStringLiteral("https://stooq.pl"));
        page.apply();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, kWaitMs);
        QVERIFY(finished.last().first().toBool());
        QVERIFY(!pageError->isVisible());
        QCOMPARE(stored(temp, "fetch/historyRange"), QStringLiteral("10y"));
        QCOMPARE(stored(temp, "fetch/retries"), QStringLiteral("2"));
    }

    void settingsDialogStaysOpenOnInvalidInput()
    {
        Test::TempDatabase temp;
        QThreadPool pool;
        Ui::SettingsDialog dialog(QStringLiteral("/tmp/open.sqlite"));
        auto* page = new Ui::DataSourceSettingsPage(temp.db(), &pool);
        QSignalSpy loaded(page, &Ui::DataSourceSettingsPage::loaded);
        dialog.addPage(page);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, kWaitMs);
        dialog.show();
        editor<QLineEdit>(page, "fetch/historyRange")->setText(QStringLiteral("forever"));
        auto* ok = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        QTest::mouseClick(ok, Qt::LeftButton);
        QVERIFY(dialog.isVisible()); // not accepted
        QCOMPARE(dialog.findChild<QListWidget*>(QStringLiteral("settingsPageListWidget"))->currentRow(), 1);

        editor<QLineEdit>(page, "fetch/historyRange")->setText(QStringLiteral("5y"));
        QTest::mouseClick(ok, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isVisible(), kWaitMs); // accepted once the background write is done
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(stored(temp, "fetch/historyRange"), QStringLiteral("5y"));
    }

    void dataSourcePageSavesProvider()
    {
        Test::TempDatabase temp;
        QThreadPool pool;
        QVERIFY(Store::SettingsRepository(*temp.db())
                    .setValue(QStringLiteral("fetch/provider"), QStringLiteral("synthetic:7"))
                    .has_value());
        Ui::DataSourceSettingsPage page(temp.db(), &pool);
        QSignalSpy loaded(&page, &Ui::DataSourceSettingsPage::loaded);
        page.load();
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, kWaitMs);
        page.show();
        QCOMPARE(page.providerSpec(), QStringLiteral("synthetic:7")); // the seed survives
        auto* combo = page.findChild<QComboBox*>(QStringLiteral("providerComboBox"));
        Ui::ParameterSettingsPage* fetch = page.fetchPage();
        QVERIFY(fetch->isShown(QStringLiteral("fetch/yahoo/baseUrl"))
                && fetch->isShown(QStringLiteral("fetch/stooq/baseUrl")));

        // Stooq: Yahoo's own settings are hidden, the shared ones stay.
        combo->setCurrentIndex(combo->findData(QStringLiteral("stooq")));
        QCOMPARE(page.providerSpec(), QStringLiteral("stooq"));
        QVERIFY(!fetch->isShown(QStringLiteral("fetch/yahoo/baseUrl")));
        QVERIFY(!editor<QLineEdit>(&page, "fetch/yahoo/baseUrl")->isVisible());
        QVERIFY(editor<QLineEdit>(&page, "fetch/stooq/baseUrl")->isVisible());
        QVERIFY(editor<QSpinBox>(&page, "fetch/maxConcurrent")->isVisible());
        editor<QDoubleSpinBox>(&page, "fetch/stooq/rate")->setValue(0.5);

        QSignalSpy saved(&page, &Ui::DataSourceSettingsPage::saved);
        page.apply();
        QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, kWaitMs);
        QCOMPARE(stored(temp, "fetch/provider"), QStringLiteral("stooq"));
        QCOMPARE(stored(temp, "fetch/stooq/rate"), QStringLiteral("0.5"));

        // A CSV folder must exist.
        combo->setCurrentIndex(combo->findData(QStringLiteral("csv")));
        auto* folder = page.findChild<QLineEdit*>(QStringLiteral("providerFolderLineEdit"));
        QVERIFY(folder->isVisible());
        folder->setText(temp.dir() + QStringLiteral("/missing"));
        QVERIFY(!page.validate());
        QVERIFY(page.findChild<QLabel*>(QStringLiteral("providerErrorLabel"))
                    ->text()
                    .endsWith(QStringLiteral("missing is not a folder.")));
        folder->setText(temp.dir());
        QVERIFY(page.validate());
        page.apply();
        QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 2, kWaitMs);
        QCOMPARE(stored(temp, "fetch/provider"), QStringLiteral("csv:") + temp.dir());
    }

    void calendarPageListsEachMarketAndItsDays()
    {
        Test::TempDatabase temp;
        Fetch::SyntheticOptions o;
        o.days = 60;
        o.endDate = QDate(2025, 6, 27);
        for (const QString& t : {QStringLiteral("AAA.NS"),
                                 QStringLiteral("BBB.NS"),
                                 QStringLiteral("BTC-USD"),
                                 QStringLiteral("PLAIN")}) {
            QVERIFY(Store::BarRepository(*temp.db())
                        .replaceAll(t, Fetch::generateSyntheticSeries(t, o), QStringLiteral("test")));
        }
        QVERIFY(Store::HolidayRepository(*temp.db())
                    .import(QStringLiteral("NSE"),
                            {Holiday{QDate(2025, 3, 14), QStringLiteral("Holi")},
                             Holiday{QDate(2025, 5, 1), QStringLiteral("Maharashtra Day")}},
                            false));
        QThreadPool pool;
        Ui::CalendarSettingsPage page(temp.db(), &pool);
        QSignalSpy loaded(&page, &Ui::CalendarSettingsPage::loaded);
        page.load();
        QVERIFY(loaded.wait(kWaitMs));
        QCOMPARE(loaded.at(0).at(0).toBool(), true);
        auto* markets = page.findChild<QTableWidget*>(QStringLiteral("marketCalendarsTable"));
        QVERIFY(markets);
        QStringList rows;
        for (int r = 0; r < markets->rowCount(); ++r) {
            rows << markets->item(r, 0)->text().section(u' ', 0, 0) + u'|' + markets->item(r, 1)->text()
                        + u'|' + markets->item(r, 2)->text();
        }
        QCOMPARE(rows,
                 (QStringList{QStringLiteral("CRYPTO|1|never closes"),
                              QStringLiteral("NSE|2|2"),
                              QStringLiteral("default|1|0")}));
        // The selected market's days, latest first, with their names.
        markets->selectRow(1);
        auto* days = page.findChild<QTableWidget*>(QStringLiteral("calendarDaysTable"));
        QVERIFY(days);
        QCOMPARE(days->rowCount(), 2);
        QCOMPARE(days->item(0, 1)->text(), QStringLiteral("Maharashtra Day"));
        QCOMPARE(days->item(1, 1)->text(), QStringLiteral("Holi"));
        page.resize(900, 600);
        Test::saveShot(&page, QStringLiteral("settings-calendars"));
    }

    void everySettingHasAWrittenLabel()
    {
        // The settings pages show these tables: a label made from a key ("Min ic t") is a bug.
        const QList<Config::Parameter> shown = Tiles::pipelineParameters() + Tasks::pipelineOutputParameters()
                                               + Ml::trainParameters() + Export::exportParameters()
                                               + Fetch::fetchParameters();
        QStringList missing;
        for (const Config::Parameter& p : shown) {
            if (!Ui::hasParameterLabel(p.key)) {
                missing << p.key;
            }
        }
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("no label for ") + missing.join(QStringLiteral(", "))));
        QCOMPARE(Ui::parameterLabel(
                     *Config::findParameter(Ml::trainParameters(), QStringLiteral("train/gate/minIcT"))),
                 QStringLiteral("Production gate: minimum IC t-statistic"));
    }

    void helpMenuGuideShortcutsAndSystemInformation()
    {
        // The user guide is bundled: it opens with the README's text, no network.
        QWidget parent;
        Ui::showUserGuide(&parent);
        auto* browser = parent.findChild<QTextBrowser*>(QStringLiteral("userGuideBrowser"));
        QVERIFY(browser);
        QVERIFY(browser->toPlainText().contains(QStringLiteral("Quick start")));
        Test::saveShot(parent.findChild<QDialog*>(QStringLiteral("userGuideDialog")),
                       QStringLiteral("help-user-guide"));
        parent.findChild<QDialog*>(QStringLiteral("userGuideDialog"))->close();

        // Shortcuts from the menus, with their path.
        QMenu file(QStringLiteral("&File"));
        QAction* quit = file.addAction(QStringLiteral("&Quit"));
        quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
        file.addAction(QStringLiteral("No shortcut"));
        QCOMPARE(Ui::shortcutLines({file.menuAction()}),
                 (QStringList{QStringLiteral("File ▸ Quit\tCtrl+Q")}));

        const QString info = Ui::systemInformation(QStringLiteral("/tmp/x.sqlite"));
        QVERIFY(info.startsWith(QStringLiteral("Tessera ")));
        QVERIFY(info.contains(QStringLiteral("SQLite 3.")));
        QVERIFY(info.contains(QStringLiteral("Database: /tmp/x.sqlite")));
    }

    void appearancePageSwitchesLightAndDark()
    {
        Ui::applyTheme(Ui::Theme::System); // the desktop's look (remembered by the first call)
        const QColor desktopWindow = QApplication::palette().color(QPalette::Window);
        Ui::AppearanceSettingsPage page;
        page.load();
        auto* combo = page.findChild<QComboBox*>(QStringLiteral("themeComboBox"));
        QVERIFY(combo);
        QCOMPARE(combo->count(), 3);
        combo->setCurrentIndex(combo->findData(QStringLiteral("dark")));
        page.apply();
        QCOMPARE(Ui::storedTheme(), Ui::Theme::Dark);
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 128);
        QVERIFY(QApplication::palette().color(QPalette::Text).lightness() > 128);
        combo->setCurrentIndex(combo->findData(QStringLiteral("light")));
        page.apply();
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() > 128);
        combo->setCurrentIndex(combo->findData(QStringLiteral("system")));
        page.apply();
        QCOMPARE(QApplication::palette().color(QPalette::Window), desktopWindow);
        QCOMPARE(Ui::storedTheme(), Ui::Theme::System);
        Ui::Theme parsed = Ui::Theme::System;
        QVERIFY(Ui::themeFromName(QStringLiteral("DARK"), &parsed) && parsed == Ui::Theme::Dark);
        QVERIFY(!Ui::themeFromName(QStringLiteral("blue"), &parsed));
        Test::applyShotTheme(); // the pictures of the later tests keep the theme they were asked for
    }

    void appearancePageChoosesChartColours()
    {
        namespace Colors = Ui::MarketColors;
        Ui::AppearanceSettingsPage page;
        page.load();
        auto* combo = page.findChild<QComboBox*>(QStringLiteral("chartColorsComboBox"));
        QVERIFY(combo);
        QCOMPARE(combo->count(), 3);
        QCOMPARE(combo->currentData().toString(), QStringLiteral("green-up"));
        QCOMPARE(Colors::up(), QColor(0x26, 0xa6, 0x9a));
        combo->setCurrentIndex(combo->findData(QStringLiteral("red-up")));
        page.apply();
        QCOMPARE(Colors::storedScheme(), Colors::Scheme::RedUp);
        // Rising is red and falling green from now on, for every chart drawn.
        QCOMPARE(Colors::up(), QColor(0xef, 0x53, 0x50));
        QCOMPARE(Colors::down(), QColor(0x26, 0xa6, 0x9a));
        combo->setCurrentIndex(combo->findData(QStringLiteral("blue-orange")));
        page.apply();
        QCOMPARE(Colors::up(), QColor(0x29, 0x79, 0xff));
        QCOMPARE(Colors::down(), QColor(0xff, 0x98, 0x00));
        Ui::AppearanceSettingsPage reopened;
        reopened.load();
        QCOMPARE(
            reopened.findChild<QComboBox*>(QStringLiteral("chartColorsComboBox"))->currentData().toString(),
            QStringLiteral("blue-orange"));
        Colors::Scheme parsed = Colors::Scheme::GreenUp;
        QVERIFY(Colors::schemeFromName(QStringLiteral("RED-UP"), &parsed) && parsed == Colors::Scheme::RedUp);
        QVERIFY(!Colors::schemeFromName(QStringLiteral("purple"), &parsed));
        combo->setCurrentIndex(combo->findData(QStringLiteral("green-up")));
        page.apply();
        QCOMPARE(Colors::up(), QColor(0x26, 0xa6, 0x9a));
    }

    void loadDialogOffersNetworkProviders()
    {
        {
            Ui::LoadTaskDialog dialog(QStringLiteral("yahoo"));
            QCOMPARE(dialog.source(),
                     Ui::LoadTaskDialog::Source::Configured); // the configured provider first
            QVERIFY(dialog.findChild<QRadioButton*>(QStringLiteral("configuredProviderRadioButton"))
                        ->text()
                        .contains(QStringLiteral("yahoo")));
            QVERIFY(!dialog.request().params.contains(QStringLiteral("provider"))); // resolved by the task
            dialog.findChild<QRadioButton*>(QStringLiteral("stooqRadioButton"))->click();
            QCOMPARE(dialog.request().params.value(QStringLiteral("provider")).toString(),
                     QStringLiteral("stooq"));
            dialog.setSource(Ui::LoadTaskDialog::Source::Yahoo);
            QCOMPARE(dialog.request().params.value(QStringLiteral("provider")).toString(),
                     QStringLiteral("yahoo"));
            QCOMPARE(dialog.request().kind, QStringLiteral("load"));
            dialog.accept();
        }
        // Without a configured provider the last choice (Yahoo, just now) comes back.
        Ui::LoadTaskDialog fresh{QString()};
        QVERIFY(fresh.findChild<QRadioButton*>(QStringLiteral("yahooRadioButton"))->isChecked());
    }

    void firstRunDefaultsToDemo()
    {
        Ui::FirstRunDialog dialog(50);
        QCOMPARE(dialog.choice(), Ui::FirstRunDialog::Choice::Demo);
        auto* demo = dialog.findChild<QRadioButton*>(QStringLiteral("demoRadioButton"));
        QVERIFY(demo && demo->text().contains(QStringLiteral("50 synthetic stocks")));
        dialog.findChild<QRadioButton*>(QStringLiteral("sp500RadioButton"))->click();
        QCOMPARE(dialog.choice(), Ui::FirstRunDialog::Choice::Sp500);
        // NIFTY 50 is offered and loads its bars from Yahoo; one way to start empty: "Not now".
        auto* nifty50 = dialog.findChild<QRadioButton*>(QStringLiteral("nifty50RadioButton"));
        QVERIFY(nifty50 && nifty50->text().contains(QStringLiteral("Yahoo")));
        nifty50->click();
        QCOMPARE(dialog.choice(), Ui::FirstRunDialog::Choice::Nifty50);
        Test::saveShot(&dialog, QStringLiteral("first-run"));
        QVERIFY(!dialog.findChild<QRadioButton*>(QStringLiteral("skipRadioButton")));
        auto* box = dialog.findChild<QDialogButtonBox*>();
        QVERIFY(box);
        QCOMPARE(box->button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Not now"));
        for (QLabel* label : dialog.findChildren<QLabel*>()) {
            QVERIFY2(!label->text().contains(QStringLiteral("later version")), qPrintable(label->text()));
        }
    }

    void importTickersAsUniverseOrTag()
    {
        Ui::ImportTickersDialog dialog(QStringLiteral("/data/nifty500.txt"));
        QVERIFY(!dialog.asTag());
        QCOMPARE(dialog.name(), QStringLiteral("nifty500")); // proposed from the file name
        auto* tag = dialog.findChild<QLineEdit*>(QStringLiteral("tagLineEdit"));
        QTest::keyClicks(tag, QStringLiteral(" shariah "));
        QVERIFY(dialog.asTag()); // typing a tag selects "as a tag"
        QCOMPARE(dialog.name(), QStringLiteral("shariah"));
    }

    void aboutNamesVersionsAndDatabase()
    {
        const QString text = Ui::aboutText(QStringLiteral("/tmp/a&b.sqlite"));
        QVERIFY(text.contains(QStringLiteral(TESSERA_VERSION)));
        QVERIFY(text.contains(QString::fromLatin1(qVersion())));
        QVERIFY(text.contains(QStringLiteral("/tmp/a&amp;b.sqlite")));
        QVERIFY(text.contains(QStringLiteral("Licences")));
    }

    void progressDescription()
    {
        Tasks::TaskProgress p;
        p.done = 12;
        p.failed = 1;
        p.total = 50;
        p.ratePerSecond = 8.1;
        p.etaSeconds = 4.6;
        QCOMPARE(Ui::TaskProgressPanel::describe(p),
                 QStringLiteral("13 of 50 · 1 failed · 8.1/s · about 5 s left"));
        p.done = 49;
        p.etaSeconds = 125;
        p.ratePerSecond = 20;
        QCOMPARE(Ui::TaskProgressPanel::describe(p), QStringLiteral("50 of 50 · 1 failed · 20/s"));
    }
};

QTEST_MAIN(TestDialogs)
#include "TestDialogs.moc"
