#include <QtTest>

#include "core/charting/Drawing.h"
#include "core/store/DrawingRepository.h"
#include "core/store/SymbolRepository.h"

#include "tests/support/TestSupport.h"

using namespace Tessera;
using Charting::ChartPoint;
using Charting::Drawing;
using Charting::DrawingKind;
using Test::must;

namespace {

/** Julian days of ascending dates. */
std::vector<qint64> days(std::initializer_list<QDate> dates)
{
    std::vector<qint64> out;
    for (QDate d : dates) {
        out.push_back(d.toJulianDay());
    }
    return out;
}

} // namespace

/** Chart drawings (issue 17): their coordinates, and their round trip through the database. */
class TestDrawings : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Test::initTestEnvironment(); }

    void datesMapToBarIndexes()
    {
        // Thu 2 Jan 2025 .. Wed 8 Jan 2025, trading days only (Fri 3, Mon 6, Tue 7, Wed 8).
        const auto d = days({QDate(2025, 1, 2), QDate(2025, 1, 3), QDate(2025, 1, 6), QDate(2025, 1, 7)});
        QCOMPARE(Charting::indexOfDate(d, QDate(2025, 1, 2)), 0.0);
        QCOMPARE(Charting::indexOfDate(d, QDate(2025, 1, 6)), 2.0);
        // Saturday 4 Jan lies a third of the way from Friday (index 1) to Monday (index 2): 1 day of 3.
        QCOMPARE(Charting::indexOfDate(d, QDate(2025, 1, 4)), 1.0 + 1.0 / 3.0);
        // After the last bar (Tue 7 Jan, index 3): one index per weekday — Wed 8 is 4, Mon 13 is 7.
        QCOMPARE(Charting::indexOfDate(d, QDate(2025, 1, 8)), 4.0);
        QCOMPARE(Charting::indexOfDate(d, QDate(2025, 1, 13)), 7.0);
        // Before the first bar: Tue 31 Dec 2024 is -2 (Wed 1 Jan is a weekday too).
        QCOMPARE(Charting::indexOfDate(d, QDate(2024, 12, 31)), -2.0);
        // And back: the nearest bar's date, weekdays beyond the ends.
        QCOMPARE(Charting::dateOfIndex(d, 1.4), QDate(2025, 1, 3));
        QCOMPARE(Charting::dateOfIndex(d, 7.0), QDate(2025, 1, 13));
        QCOMPARE(Charting::dateOfIndex(d, -2.0), QDate(2024, 12, 31));
        QVERIFY(std::isnan(Charting::indexOfDate({}, QDate(2025, 1, 2))));
    }

    void fibonacciLevelsRetraceFromTheSecondPoint()
    {
        // A move up from 100 (first point) to 200: level 0 is 200, 0.618 is 138.2, 1 is 100.
        QCOMPARE(Charting::fibonacciPrice(100.0, 200.0, 0.0), 200.0);
        QCOMPARE(Charting::fibonacciPrice(100.0, 200.0, 0.618), 138.2);
        QCOMPARE(Charting::fibonacciPrice(100.0, 200.0, 1.0), 100.0);
        QCOMPARE(Charting::fibonacciLevels().size(), size_t(7));
        for (DrawingKind kind : Charting::kDrawingKinds) {
            QCOMPARE(Charting::drawingKindFromId(Charting::drawingKindId(kind)),
                     std::optional<DrawingKind>(kind));
        }
        QVERIFY(!Charting::drawingKindFromId(QStringLiteral("pitchfork")));
    }

    void roundTripMoveAndDelete()
    {
        Test::TempDatabase t;
        must(Store::SymbolRepository(*t.db()).ensure(QStringLiteral("TCS.NS")));
        must(Store::SymbolRepository(*t.db()).ensure(QStringLiteral("INFY.NS")));
        Store::DrawingRepository repo(*t.db());

        Drawing trend;
        trend.ticker = QStringLiteral("TCS.NS");
        trend.kind = DrawingKind::TrendLine;
        trend.a = {QDate(2025, 3, 3), 3512.25};
        trend.b = {QDate(2025, 6, 30), 3890.5};
        trend.color = QStringLiteral("#ff9800");
        Drawing level;
        level.ticker = QStringLiteral("TCS.NS");
        level.kind = DrawingKind::HorizontalLine;
        level.a = {QDate(2025, 4, 1), 3600.0};
        Drawing note;
        note.ticker = QStringLiteral("TCS.NS");
        note.kind = DrawingKind::Text;
        note.a = {QDate(2025, 5, 2), 3700.125};
        note.text = QStringLiteral("results → gap up");
        Drawing other = level;
        other.ticker = QStringLiteral("INFY.NS");

        trend.id = must(repo.save(trend));
        level.id = must(repo.save(level));
        note.id = must(repo.save(note));
        other.id = must(repo.save(other));
        QVERIFY(trend.id > 0 && level.id > trend.id && note.id > level.id);

        // Reloaded through a second connection: the same drawings, same coordinates, only TCS's.
        auto again = must(Store::Database::open(t.path()));
        const QList<Drawing> loaded =
            must(Store::DrawingRepository(*again).forSymbol(QStringLiteral("TCS.NS")));
        QCOMPARE(loaded.size(), 3);
        QCOMPARE(loaded[0], trend);
        QCOMPARE(loaded[1], level);
        QCOMPARE(loaded[2], note);
        QVERIFY(!loaded[1].b.date.isValid());
        QVERIFY(std::isnan(loaded[1].b.price));

        // Moving is an update of the same row.
        trend.a = {QDate(2025, 3, 4), 3520.0};
        trend.b = {QDate(2025, 7, 1), 3900.0};
        QCOMPARE(must(repo.save(trend)), trend.id);
        QCOMPARE(must(repo.forSymbol(QStringLiteral("TCS.NS")))[0], trend);

        // Deleting removes exactly that one; a second delete finds nothing.
        QVERIFY(must(repo.remove(level.id)));
        QVERIFY(!must(repo.remove(level.id)));
        const QList<Drawing> left = must(repo.forSymbol(QStringLiteral("TCS.NS")));
        QCOMPARE(left.size(), 2);
        QCOMPARE(left[1], note);
        // Saving a deleted drawing is an error, not a silent insert.
        QCOMPARE(repo.save(level).error().code, ErrorCode::NotFound);
        QCOMPARE(must(repo.removeAll(QStringLiteral("TCS.NS"))), 2);
        QCOMPARE(must(repo.forSymbol(QStringLiteral("INFY.NS"))).size(), 1);

        Drawing unknown = level;
        unknown.id = 0;
        unknown.ticker = QStringLiteral("NOPE");
        QCOMPARE(repo.save(unknown).error().code, ErrorCode::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestDrawings)
#include "TestDrawings.moc"
