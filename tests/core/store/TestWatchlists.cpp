#include <QtTest>

#include "core/store/SymbolRepository.h"
#include "core/store/WatchlistRepository.h"

#include "tests/support/TestSupport.h"

using namespace Tessera;
using Test::must;

/** The watchlist store (issue 17): lists in the user's order, names unique in any case, stored symbols only.
 */
class TestWatchlists : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Test::initTestEnvironment(); }

    void roundTripKeepsOrderAndNames()
    {
        Test::TempDatabase t;
        Store::SymbolRepository symbols(*t.db());
        for (const char* ticker : {"TCS.NS", "INFY.NS", "SBIN.NS", "AAPL"}) {
            must(symbols.ensure(QString::fromLatin1(ticker)));
        }
        Store::WatchlistRepository lists(*t.db());
        must(lists.create(QStringLiteral("Banks")));
        QCOMPARE(
            must(lists.add(QStringLiteral("banks"), {QStringLiteral("SBIN.NS"), QStringLiteral("TCS.NS")})),
            2);
        // Already there: kept where it was; the new one goes last.
        QCOMPARE(
            must(lists.add(QStringLiteral("Banks"), {QStringLiteral("TCS.NS"), QStringLiteral("INFY.NS")})),
            1);
        QCOMPARE(
            must(lists.members(QStringLiteral("BANKS"))),
            (QStringList{QStringLiteral("SBIN.NS"), QStringLiteral("TCS.NS"), QStringLiteral("INFY.NS")}));
        // add() may create the list.
        QCOMPARE(must(lists.add(QStringLiteral("us"), {QStringLiteral("AAPL")}, true)), 1);

        // A second connection (a new Database object) reads the same.
        auto again = must(Store::Database::open(t.path()));
        const QList<Store::Watchlist> all = must(Store::WatchlistRepository(*again).all());
        QCOMPARE(all.size(), 2);
        QCOMPARE(all[0].name, QStringLiteral("Banks"));
        QCOMPARE(all[0].tickers.size(), 3);
        QCOMPARE(all[1].name, QStringLiteral("us"));
        QCOMPARE(all[1].tickers, QStringList{QStringLiteral("AAPL")});

        QCOMPARE(
            must(lists.remove(QStringLiteral("Banks"), {QStringLiteral("TCS.NS"), QStringLiteral("AAPL")})),
            1);
        QCOMPARE(must(lists.members(QStringLiteral("Banks"))),
                 (QStringList{QStringLiteral("SBIN.NS"), QStringLiteral("INFY.NS")}));
        must(lists.rename(QStringLiteral("Banks"), QStringLiteral("Lenders")));
        QCOMPARE(must(lists.names()), (QStringList{QStringLiteral("Lenders"), QStringLiteral("us")}));
        must(lists.deleteList(QStringLiteral("LENDERS")));
        QCOMPARE(must(lists.names()), QStringList{QStringLiteral("us")});
        // The symbols themselves stay.
        QVERIFY(must(symbols.idOf(QStringLiteral("SBIN.NS"))).has_value());
    }

    void refusesDuplicatesUnknownListsAndUnknownSymbols()
    {
        Test::TempDatabase t;
        must(Store::SymbolRepository(*t.db()).ensure(QStringLiteral("TCS.NS")));
        Store::WatchlistRepository lists(*t.db());
        must(lists.create(QStringLiteral("Tech")));
        auto twin = lists.create(QStringLiteral(" tech "));
        QVERIFY(!twin);
        QCOMPARE(twin.error().code, ErrorCode::InvalidInput);
        QVERIFY(twin.error().message.contains(QStringLiteral("'Tech' exists already")));
        QVERIFY(!lists.create(QStringLiteral("   ")));
        auto missing = lists.add(QStringLiteral("Nope"), {QStringLiteral("TCS.NS")});
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, ErrorCode::NotFound);
        auto unknown = lists.add(QStringLiteral("Tech"), {QStringLiteral("TCS.NS"), QStringLiteral("ZZZ")});
        QVERIFY(!unknown);
        QVERIFY(unknown.error().message.contains(QStringLiteral("ZZZ")));
        // Nothing of a refused add is stored (one transaction).
        QVERIFY(must(lists.members(QStringLiteral("Tech"))).isEmpty());
        must(lists.create(QStringLiteral("Other")));
        QVERIFY(!lists.rename(QStringLiteral("Other"), QStringLiteral("TECH")));
    }
};

QTEST_GUILESS_MAIN(TestWatchlists)
#include "TestWatchlists.moc"
