#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QRadioButton>
#include <QSettings>
#include <QtTest>

#include "core/common/Log.h"
#include "ui/common/UiSettings.h"
#include "ui/dialogs/AboutDialog.h"
#include "ui/dialogs/FirstRunDialog.h"
#include "ui/dialogs/ImportTickersDialog.h"
#include "ui/dialogs/SettingsDialog.h"
#include "ui/panels/TaskProgressPanel.h"

#include "tests/support/TestSupport.h"

using namespace Tessera;

namespace {

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

    void firstRunDefaultsToDemo()
    {
        Ui::FirstRunDialog dialog(50);
        QCOMPARE(dialog.choice(), Ui::FirstRunDialog::Choice::Demo);
        auto* demo = dialog.findChild<QRadioButton*>(QStringLiteral("demoRadioButton"));
        QVERIFY(demo && demo->text().contains(QStringLiteral("50 synthetic stocks")));
        dialog.findChild<QRadioButton*>(QStringLiteral("sp500RadioButton"))->click();
        QCOMPARE(dialog.choice(), Ui::FirstRunDialog::Choice::Sp500);
        dialog.setChoice(Ui::FirstRunDialog::Choice::Skip);
        QCOMPARE(dialog.choice(), Ui::FirstRunDialog::Choice::Skip);
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
