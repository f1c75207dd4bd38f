#include <QtTest>

#include "core/market/BarSeries.h"
#include "core/screens/ScreenAlert.h"
#include "core/store/BarRepository.h"
#include "core/store/ScreenAlertRepository.h"
#include "core/store/ScreenRepository.h"
#include "core/tasks/ScreenWatch.h"

#include "tests/support/TestSupport.h"

using namespace Tessera;
using Test::must;

namespace {

BarSeries bar(const QString& ticker, QDate day, double close)
{
    BarSeries s(ticker);
    s.append(Bar{day, close, close + 1, close - 1, close, kMissing, 1000});
    return s;
}

} // namespace

/** Watched screens (issue 20): symbols entering and leaving raise stored, acknowledgeable alerts. */
class TestScreenAlerts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Test::initTestEnvironment(); }

    void enteringAndLeaving()
    {
        Test::TempDatabase t;
        Store::BarRepository bars(*t.db());
        const QDate d1(2025, 3, 3), d2(2025, 3, 4), d3(2025, 3, 5);
        must(bars.upsert(QStringLiteral("AAA"), bar(QStringLiteral("AAA"), d1, 105), QStringLiteral("t")));
        must(bars.upsert(QStringLiteral("BBB"), bar(QStringLiteral("BBB"), d1, 95), QStringLiteral("t")));
        must(bars.upsert(QStringLiteral("CCC"), bar(QStringLiteral("CCC"), d1, 110), QStringLiteral("t")));
        Store::ScreenRepository screens(*t.db());
        Screens::ScreenDefinition s;
        s.name = QStringLiteral("Above 100");
        s.expression = QStringLiteral("close > 100");
        s.watched = true;
        must(screens.save(s));

        // First evaluation: the baseline, no alert.
        QVERIFY(must(Tasks::checkWatchedScreens(*t.db())).isEmpty());
        QCOMPARE(must(screens.members(must(screens.find(s.name))->id)).symbols.size(), 2);

        // Next day: BBB rises through 100 (enters), AAA falls to 99 (leaves), CCC stays.
        must(bars.upsert(QStringLiteral("AAA"), bar(QStringLiteral("AAA"), d2, 99), QStringLiteral("t")));
        must(bars.upsert(QStringLiteral("BBB"), bar(QStringLiteral("BBB"), d2, 101), QStringLiteral("t")));
        must(bars.upsert(QStringLiteral("CCC"), bar(QStringLiteral("CCC"), d2, 111), QStringLiteral("t")));
        QList<Screens::ScreenAlert> raised = must(Tasks::checkWatchedScreens(*t.db()));
        QCOMPARE(raised.size(), 2);
        QCOMPARE(raised[0].ticker, QStringLiteral("BBB"));
        QVERIFY(raised[0].entered);
        QCOMPARE(raised[0].date, d2);
        QCOMPARE(raised[0].values.value(QStringLiteral("close")).toDouble(), 101.0);
        QCOMPARE(raised[1].ticker, QStringLiteral("AAA"));
        QVERIFY(!raised[1].entered);
        QCOMPARE(raised[1].values.value(QStringLiteral("close")).toDouble(), 99.0);
        QCOMPARE(raised[0].describe(), QStringLiteral("BBB entered Above 100 on 2025-03-04 (close 101)"));
        Screens::ScreenAlert shown = raised[0];
        shown.values = QJsonObject{{QStringLiteral("rsi_14"), 44.5623},
                                   {QStringLiteral("return_20d"), -0.466299},
                                   {QStringLiteral("sma_50"), 1909.2412}};
        QCOMPARE(shown.describe(),
                 QStringLiteral("BBB entered Above 100 on 2025-03-04 (return_20d -0.47, rsi_14 44.56, sma_50 "
                                "1909.2)"));
        QCOMPARE(
            Tasks::screenAlertsNote(raised),
            QStringLiteral("screen alerts: 1 entered, 1 left (Above 100: BBB entered; Above 100: AAA left)"));

        // Nothing changed: nothing raised.
        QVERIFY(must(Tasks::checkWatchedScreens(*t.db())).isEmpty());
        // An unwatched screen raises nothing.
        s.watched = false;
        must(screens.save(s));
        must(bars.upsert(QStringLiteral("AAA"), bar(QStringLiteral("AAA"), d3, 120), QStringLiteral("t")));
        QVERIFY(must(Tasks::checkWatchedScreens(*t.db())).isEmpty());

        // Stored, listed unacknowledged first, notified once, acknowledged.
        Store::ScreenAlertRepository repo(*t.db());
        QCOMPARE(must(repo.all()).size(), 2);
        const QList<Screens::ScreenAlert> fresh = must(repo.unnotified());
        QCOMPARE(fresh.size(), 2);
        must(repo.markNotified({fresh[0].id, fresh[1].id}));
        QVERIFY(must(repo.unnotified()).isEmpty());
        QCOMPARE(must(repo.acknowledge({fresh[0].id})), 1);
        QCOMPARE(must(repo.all(false)).size(), 1);
        QCOMPARE(must(repo.acknowledge()), 1);
        QCOMPARE(must(repo.all(false)).size(), 0);
        QVERIFY(must(repo.all()).at(0).isAcknowledged());
    }
};

QTEST_GUILESS_MAIN(TestScreenAlerts)
#include "TestScreenAlerts.moc"
