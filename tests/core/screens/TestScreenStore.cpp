#include <QtTest>

#include "core/screens/Strategy.h"
#include "core/store/ScreenRepository.h"

#include "tests/support/TestSupport.h"

using namespace Tessera;
using Screens::ScreenDefinition;
using Test::must;

/** Stored screens (issue 20): save, find, duplicate, remove, strategies, JSON round trip. */
class TestScreenStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Test::initTestEnvironment(); }

    void strategiesAlwaysExist()
    {
        Test::TempDatabase t;
        Store::ScreenRepository repo(*t.db());
        const QList<ScreenDefinition> all = must(repo.all());
        QCOMPARE(all.size(), 4);
        QCOMPARE(all[0].name, QStringLiteral("growth"));
        QCOMPARE(all[3].name, QStringLiteral("momentum"));
        // Settings become conditions in front of the strategy's own ones.
        const ScreenDefinition value = *must(repo.find(QStringLiteral("VALUE")));
        QCOMPARE(
            value.effectiveExpression(),
            QStringLiteral("close >= 1 and avg_volume_20d >= 10000 and pe_ratio <= 20 and (pe_ratio > 0 and "
                           "pb_ratio <= 3)"));
        ScreenDefinition edited = value;
        edited.settings.insert(QStringLiteral("max_pe"), 15);
        edited.settings.insert(QStringLiteral("min_price"), QJsonValue::Null);
        must(repo.save(edited));
        QCOMPARE(must(repo.find(QStringLiteral("value")))->effectiveExpression(),
                 QStringLiteral(
                     "avg_volume_20d >= 10000 and pe_ratio <= 15 and (pe_ratio > 0 and pb_ratio <= 3)"));
        // A strategy is never removed, only reset.
        auto removed = repo.remove(QStringLiteral("value"));
        QVERIFY(!removed);
        QVERIFY(removed.error().message.contains(QStringLiteral("built-in strategy")));
        must(repo.resetStrategy(QStringLiteral("value")));
        QCOMPARE(must(repo.find(QStringLiteral("value")))->effectiveExpression(),
                 value.effectiveExpression());
        QCOMPARE(must(repo.all()).size(), 4);
    }

    void saveDuplicateRemove()
    {
        Test::TempDatabase t;
        Store::ScreenRepository repo(*t.db());
        ScreenDefinition s;
        s.name = QStringLiteral("Oversold");
        s.expression = QStringLiteral("rsi_14 < 30 and close > sma_200");
        s.ranking = QStringLiteral("-rsi_14");
        s.limit = 10;
        s.selection = QStringLiteral("universe:NIFTY 50");
        const qint64 id = must(repo.save(s));
        QVERIFY(id > 0);
        // Same name in another case replaces it.
        s.name = QStringLiteral("oversold");
        s.limit = 20;
        QCOMPARE(must(repo.save(s)), id);
        const ScreenDefinition back = *must(repo.find(QStringLiteral("OVERSOLD")));
        QCOMPARE(back.name, QStringLiteral("Oversold"));
        QCOMPARE(back.limit, 20);
        QCOMPARE(back.selection, QStringLiteral("universe:NIFTY 50"));
        // A bad expression is refused with its column, and nothing changes.
        s.expression = QStringLiteral("rsi_14 <");
        auto bad = repo.save(s);
        QVERIFY(!bad);
        QVERIFY2(bad.error().message.contains(QStringLiteral("column 9")), qPrintable(bad.error().message));
        QCOMPARE(must(repo.find(QStringLiteral("oversold")))->expression,
                 QStringLiteral("rsi_14 < 30 and close > sma_200"));
        // Duplicating a strategy spells its filters out in a plain screen.
        const ScreenDefinition copy =
            must(repo.duplicate(QStringLiteral("momentum"), QStringLiteral("My momentum")));
        QVERIFY(!copy.isStrategy());
        QCOMPARE(copy.expression, must(repo.find(QStringLiteral("momentum")))->effectiveExpression());
        QVERIFY(!repo.duplicate(QStringLiteral("momentum"), QStringLiteral("oversold")));
        must(repo.remove(QStringLiteral("my momentum")));
        QCOMPARE(must(repo.all()).size(), 5);
        QCOMPARE(repo.remove(QStringLiteral("nope")).error().code, ErrorCode::NotFound);
    }

    void jsonRoundTrip()
    {
        ScreenDefinition s = Screens::builtinStrategy(QStringLiteral("balanced"));
        s.watched = true;
        const ScreenDefinition back = must(ScreenDefinition::fromJson(s.toJson()));
        QCOMPARE(back.toJson(), s.toJson());
        QCOMPARE(back.effectiveExpression(), s.effectiveExpression());
        QJsonObject broken = s.toJson();
        broken.insert(QStringLiteral("ranking"), QStringLiteral("rsi_99"));
        auto e = ScreenDefinition::fromJson(broken);
        QVERIFY(!e);
        QVERIFY2(e.error().message.contains(QStringLiteral("unknown field 'rsi_99'")),
                 qPrintable(e.error().message));
        broken = s.toJson();
        broken.remove(QStringLiteral("name"));
        QVERIFY(!ScreenDefinition::fromJson(broken));
        broken = s.toJson();
        broken.insert(QStringLiteral("strategy"), QStringLiteral("quality"));
        QVERIFY(!ScreenDefinition::fromJson(broken));
    }
};

QTEST_GUILESS_MAIN(TestScreenStore)
#include "TestScreenStore.moc"
