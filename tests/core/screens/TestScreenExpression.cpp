#include <cmath>
#include <limits>

#include <QtTest>

#include "core/fundamentals/Fundamentals.h"
#include "core/market/BarSeries.h"
#include "core/screens/Evaluator.h"
#include "core/screens/Expression.h"
#include "core/screens/FieldCatalog.h"
#include "core/store/BarRepository.h"
#include "core/store/FundamentalsRepository.h"
#include "core/store/IndicatorRepository.h"
#include "core/store/ScreenDataRepository.h"
#include "core/store/SymbolRepository.h"

#include "tests/support/TestSupport.h"

using namespace Tessera;
using namespace Tessera::Screens;
using Test::must;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

QStringList names(std::initializer_list<const char*> list)
{
    QStringList out;
    for (const char* s : list) {
        out << QString::fromLatin1(s);
    }
    return out;
}

Expression parse(const QString& text)
{
    auto e = parseExpression(text, FieldCatalog::instance());
    if (!e) {
        qFatal("%s", qPrintable(e.error().message));
    }
    return *e;
}

QString parseError(const QString& text)
{
    auto e = parseExpression(text, FieldCatalog::instance());
    return e ? QStringLiteral("(parsed)") : e.error().message;
}

/** Tickers that pass, in order. */
QStringList
run(const QString& expression, const ScreenData& data, const QList<RankTerm>& ranking = {}, int limit = 0)
{
    const ScreenResult r = evaluate(parse(expression), ranking, limit, data);
    QStringList out;
    for (const ScreenRow& row : r.rows) {
        out << row.ticker;
    }
    return out;
}

/** A symbol's closes on consecutive weekdays ending 2025-03-07 (open = close, high/low ±1). */
BarSeries closes(const QString& ticker, const std::vector<double>& values)
{
    BarSeries s(ticker);
    QDate d(2025, 3, 7);
    std::vector<QDate> days;
    while (days.size() < values.size()) {
        if (d.dayOfWeek() <= 5) {
            days.insert(days.begin(), d);
        }
        d = d.addDays(-1);
    }
    for (size_t i = 0; i < values.size(); ++i) {
        s.append(Bar{
            days[i], values[i], values[i] + 1, values[i] - 1, values[i], kMissing, 1000.0 * double(i + 1)});
    }
    return s;
}

} // namespace

/** Screen expressions (issue 20): parsing, every operator, crossings, ranking, missing fields. */
class TestScreenExpression : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Test::initTestEnvironment(); }

    void precedence()
    {
        // and binds tighter than or.
        Expression e = parse(QStringLiteral("rsi_14 < 30 or close > sma_200 and pe_ratio < 25"));
        QCOMPARE(e.root.kind, Node::Kind::Or);
        QCOMPARE(e.root.children.size(), size_t(2));
        QCOMPARE(e.root.children[0].field, QStringLiteral("rsi_14"));
        QCOMPARE(e.root.children[1].kind, Node::Kind::And);
        QCOMPARE(e.root.children[1].children.size(), size_t(2));
        QCOMPARE(e.fields, names({"rsi_14", "close", "sma_200", "pe_ratio"}));

        // Parentheses override, and the canonical text keeps them only where needed.
        e = parse(QStringLiteral("(RSI_14 < 30 OR close > sma_200) AND pe_ratio<25"));
        QCOMPARE(e.root.kind, Node::Kind::And);
        QCOMPARE(e.root.children[0].kind, Node::Kind::Or);
        QCOMPARE(e.toText(), QStringLiteral("(rsi_14 < 30 or close > sma_200) and pe_ratio < 25"));
    }

    void notBindsTighterThanAnd()
    {
        const Expression e = parse(QStringLiteral("not rsi_14 > 70 and close > 10"));
        QCOMPARE(e.root.kind, Node::Kind::And);
        QCOMPARE(e.root.children[0].kind, Node::Kind::Not);
        QCOMPARE(e.toText(), QStringLiteral("not rsi_14 > 70 and close > 10"));
        QCOMPARE(parse(QStringLiteral("not (rsi_14 > 70 and close > 10)")).toText(),
                 QStringLiteral("not (rsi_14 > 70 and close > 10)"));
        // Every operator round-trips through the canonical text.
        const QString all = QStringLiteral("close <= 5 and close >= 1 and close = 2 and close != 3 and "
                                           "rsi_14 between 40 and 60 and sector in "
                                           "('IT', 'Energy') and sector not in ('Banks') and macd crosses "
                                           "above signal_line and close crosses "
                                           "below 100 and market_cap > 5000000000");
        QCOMPARE(parse(all).toText(), all);
        QCOMPARE(parse(QStringLiteral("market_cap > 5b")).root.rhs.number, 5e9);
        QCOMPARE(parse(QStringLiteral("sector = IT")).root.rhs.text, QStringLiteral("IT"));
    }

    void errorsNameTheColumn()
    {
        QCOMPARE(parseError(QStringLiteral("rsi_14 < ")),
                 QStringLiteral("column 10: expected a number or a field, found the end of the expression"));
        QVERIFY2(parseError(QStringLiteral("rsi_15 < 30"))
                     .startsWith(QStringLiteral("column 1: unknown field 'rsi_15'; did you mean")),
                 qPrintable(parseError(QStringLiteral("rsi_15 < 30"))));
        QCOMPARE(parseError(QStringLiteral("close > 1 and")),
                 QStringLiteral(
                     "column 14: expected a field name, 'not' or '(', found the end of the expression"));
        QCOMPARE(
            parseError(QStringLiteral("(close > 1 or close < 0")),
            QStringLiteral(
                "column 24: expected ')' to close the '(' at column 1, found the end of the expression"));
        QCOMPARE(
            parseError(QStringLiteral("close 5")),
            QStringLiteral(
                "column 7: expected an operator (< <= > >= = != between in crosses) after close, found '5'"));
        QCOMPARE(parseError(QStringLiteral("close between 1 2")),
                 QStringLiteral("column 17: expected 'and' in 'between … and …', found '2'"));
        QCOMPARE(parseError(QStringLiteral("sector < 'IT'")),
                 QStringLiteral("column 8: expected =, != or in after the text field sector, found '<'"));
        QCOMPARE(parseError(QStringLiteral("close crosses 100")),
                 QStringLiteral("column 15: expected 'above' or 'below' after 'crosses', found '100'"));
        QCOMPARE(parseError(QStringLiteral("close > 1 close < 2")),
                 QStringLiteral("column 11: expected 'and', 'or' or the end, found 'close'"));
        QCOMPARE(parseError(QStringLiteral("close > 'x")),
                 QStringLiteral("column 9: expected a closing ' for this text"));
        QCOMPARE(parseError(QStringLiteral("close > 3 # 4")),
                 QStringLiteral("column 11: unexpected character '#'"));
        QCOMPARE(
            parseError(QStringLiteral("")),
            QStringLiteral("column 1: expected a condition such as rsi_14 < 30, found an empty expression"));
    }

    void everyOperator()
    {
        ScreenData d;
        d.addSymbol(QStringLiteral("A"));
        d.addSymbol(QStringLiteral("B"));
        d.addSymbol(QStringLiteral("C"));
        NumericColumn& close = d.number(QStringLiteral("close"));
        close.now = {10, 20, 30};
        close.prev = {12, 18, 30};
        NumericColumn& sma = d.number(QStringLiteral("sma_20"));
        sma.now = {11, 19, 25};
        sma.prev = {11, 19, 31};
        d.text(QStringLiteral("sector")) = {
            QStringLiteral("IT"), QStringLiteral("Energy"), QStringLiteral("it")};
        d.set(QStringLiteral("tag")) = {QStringList{QStringLiteral("core")},
                                        {},
                                        QStringList{QStringLiteral("x"), QStringLiteral("Core")}};

        QCOMPARE(run(QStringLiteral("close < 20"), d), names({"A"}));
        QCOMPARE(run(QStringLiteral("close <= 20"), d), names({"A", "B"}));
        QCOMPARE(run(QStringLiteral("close > 20"), d), names({"C"}));
        QCOMPARE(run(QStringLiteral("close >= 20"), d), names({"B", "C"}));
        QCOMPARE(run(QStringLiteral("close = 20"), d), names({"B"}));
        QCOMPARE(run(QStringLiteral("close != 20"), d), names({"A", "C"}));
        QCOMPARE(run(QStringLiteral("close between 15 and 30"), d), names({"B", "C"}));
        QCOMPARE(run(QStringLiteral("close in (10, 30)"), d), names({"A", "C"}));
        QCOMPARE(run(QStringLiteral("close not in (10, 30)"), d), names({"B"}));
        QCOMPARE(run(QStringLiteral("close > sma_20"), d), names({"B", "C"}));
        QCOMPARE(run(QStringLiteral("sector = 'IT'"), d), names({"A", "C"})); // case ignored
        QCOMPARE(run(QStringLiteral("sector != it"), d), names({"B"}));
        QCOMPARE(run(QStringLiteral("sector in ('Energy', 'Banks')"), d), names({"B"}));
        QCOMPARE(run(QStringLiteral("tag = core"), d), names({"A", "C"}));
        QCOMPARE(run(QStringLiteral("tag != core"), d), names({"B"}));
        QCOMPARE(run(QStringLiteral("not close < 20"), d), names({"B", "C"}));
        QCOMPARE(run(QStringLiteral("close < 15 or close > 25 and sector = Energy"), d), names({"A"}));
        QCOMPARE(run(QStringLiteral("(close < 15 or close > 25) and sector = IT"), d), names({"A", "C"}));

        // Crossings over the last bar: A 12 → 10 crossed below sma 11; B 18 → 20 crossed above 19;
        // C: close 30 → 30 while sma 31 → 25 crossed below the close, i.e. close crossed above sma.
        QCOMPARE(run(QStringLiteral("close crosses above sma_20"), d), names({"B", "C"}));
        QCOMPARE(run(QStringLiteral("close crosses below sma_20"), d), names({"A"}));
        QCOMPARE(run(QStringLiteral("close crosses above 19"), d), names({"B"}));
        QCOMPARE(run(QStringLiteral("close crosses below 11"), d), names({"A"}));
        QCOMPARE(run(QStringLiteral("close crosses above 30"), d), QStringList()); // touching is not crossing
    }

    void crossingsOnStoredBars()
    {
        Test::TempDatabase t;
        Store::BarRepository bars(*t.db());
        // UP: 95, 98, 99, 102 crosses above 100 on the last bar; DOWN: 105, 101, 99 crosses below 100;
        // FLAT: 101, 102, 103 is above but did not cross.
        must(bars.replaceAll(
            QStringLiteral("UP"), closes(QStringLiteral("UP"), {95, 98, 99, 102}), QStringLiteral("t")));
        must(bars.replaceAll(
            QStringLiteral("DOWN"), closes(QStringLiteral("DOWN"), {105, 101, 99}), QStringLiteral("t")));
        must(bars.replaceAll(
            QStringLiteral("FLAT"), closes(QStringLiteral("FLAT"), {101, 102, 103}), QStringLiteral("t")));
        Store::ScreenDataRepository repo(*t.db());
        auto eval = [&](const QString& text, QDate asOf = {}) {
            const Expression e = parse(text);
            const ScreenData d = must(repo.load({}, asOf, fieldNeeds(e, {})));
            QStringList out;
            for (const ScreenRow& r : evaluate(e, {}, 0, d).rows) {
                out << r.ticker;
            }
            return out;
        };
        QCOMPARE(eval(QStringLiteral("close crosses above 100")), names({"UP"}));
        QCOMPARE(eval(QStringLiteral("close crosses below 100")), names({"DOWN"}));
        QCOMPARE(eval(QStringLiteral("close > 100")), names({"FLAT", "UP"}));
        // change_pct: UP 99 → 102 is +3.03 %.
        const Expression ch = parse(QStringLiteral("change_pct > 3"));
        const ScreenData d = must(repo.load({QStringLiteral("UP")}, {}, fieldNeeds(ch, {})));
        QCOMPARE(d.asOf, QDate(2025, 3, 7));
        QVERIFY(std::abs(d.valueOf(QStringLiteral("change_pct"), 0) - (102.0 / 99.0 - 1) * 100) < 1e-9);
        // As of the day before, UP's last bar is 99 (crossed nothing: 98 → 99) and DOWN's 101.
        QCOMPARE(eval(QStringLiteral("close crosses below 100"), QDate(2025, 3, 6)), QStringList());
        QCOMPARE(eval(QStringLiteral("close < 100"), QDate(2025, 3, 6)), names({"UP"}));

        // An indicator crossing from stored indicator rows: a close rising through its SMA 20.
        std::vector<double> v;
        for (int i = 0; i < 30; ++i) {
            v.push_back(100.0 - i * 0.5); // falling: close below its SMA
        }
        v.push_back(120.0); // the last bar jumps above the SMA
        const BarSeries s = closes(QStringLiteral("JUMP"), v);
        must(bars.replaceAll(QStringLiteral("JUMP"), s, QStringLiteral("t")));
        const Features::IndicatorFrame f = Features::computeIndicators(s.adjusted());
        must(Store::IndicatorRepository(*t.db()).write(
            must(Store::SymbolRepository(*t.db()).ensure(QStringLiteral("JUMP"))),
            f,
            0,
            true,
            Store::IndicatorState{}));
        QCOMPARE(eval(QStringLiteral("close crosses above sma_20")), names({"JUMP"}));
        QCOMPARE(eval(QStringLiteral("close crosses above bollinger_middle")), names({"JUMP"}));
        QCOMPARE(eval(QStringLiteral("close < sma_20"), QDate(2025, 3, 6)), names({"JUMP"}));
    }

    void rankingHandChecked()
    {
        ScreenData d;
        for (const char* t : {"A", "B", "C", "D"}) {
            d.addSymbol(QString::fromLatin1(t));
        }
        d.number(QStringLiteral("return_20d")).now = {10, 20, 20, 40};
        d.number(QStringLiteral("pe_ratio")).now = {4, 3, 2, 1};
        auto ranking = must(parseRanking(QStringLiteral("2*return_20d, -pe_ratio")));
        QCOMPARE(rankingText(ranking), QStringLiteral("2*return_20d, -pe_ratio"));
        // return_20d ranks 10 → 0, 20 and 20 share (2 + 3) / 2 → 0.5, 40 → 1. pe_ratio, lower better:
        // 4 → 0, 3 → 1/3, 2 → 2/3, 1 → 1. Score = (2 × p_ret + p_pe) / 3.
        const ScreenResult r = evaluate(parse(QStringLiteral("return_20d > 0")), ranking, 0, d);
        QCOMPARE(r.rows.size(), 4);
        QCOMPARE(r.rows[0].ticker, QStringLiteral("D"));
        QCOMPARE(r.rows[0].score, 1.0);
        QCOMPARE(r.rows[1].ticker, QStringLiteral("C"));
        QVERIFY(std::abs(r.rows[1].score - (2 * 0.5 + 2.0 / 3) / 3) < 1e-12);
        QCOMPARE(r.rows[2].ticker, QStringLiteral("B"));
        QVERIFY(std::abs(r.rows[2].score - (2 * 0.5 + 1.0 / 3) / 3) < 1e-12);
        QCOMPARE(r.rows[3].ticker, QStringLiteral("A"));
        QCOMPARE(r.rows[3].score, 0.0);
        QVERIFY(std::abs(r.rows[1].percentiles.value(QStringLiteral("pe_ratio")) - 2.0 / 3) < 1e-12);
        // Ranks are over the whole selection, not only the symbols that passed; the limit cuts after ranking.
        const ScreenResult cut = evaluate(parse(QStringLiteral("return_20d < 40")), ranking, 2, d);
        QCOMPARE(cut.matched, 3);
        QCOMPARE(cut.rows.size(), 2);
        QCOMPARE(cut.rows[0].ticker, QStringLiteral("C"));
        QVERIFY(std::abs(cut.rows[0].score - (2 * 0.5 + 2.0 / 3) / 3) < 1e-12);
        QCOMPARE(cut.rows[1].ticker, QStringLiteral("B"));
        QVERIFY(!parseRanking(QStringLiteral("sector")));
        QVERIFY(!parseRanking(QStringLiteral("0*close")));
    }

    void missingFieldsExcludedAndCounted()
    {
        ScreenData d;
        for (const char* t : {"A", "B", "C", "D", "E"}) {
            d.addSymbol(QString::fromLatin1(t));
        }
        d.number(QStringLiteral("pe_ratio")).now = {10, kNaN, 30, kNaN, 5};
        d.number(QStringLiteral("ml_prediction_score")).now = {0.5, 0.6, kNaN, kNaN, 0.9};
        const ScreenResult r =
            evaluate(parse(QStringLiteral("pe_ratio < 100 and ml_prediction_score > 0")), {}, 0, d);
        QCOMPARE(r.missing.value(QStringLiteral("pe_ratio")), 2);
        QCOMPARE(r.missing.value(QStringLiteral("ml_prediction_score")), 2);
        QCOMPARE(r.evaluated, 2);
        QCOMPARE(r.matched, 2);
        QCOMPARE(r.missingText(),
                 QStringLiteral("2 symbols lacked ml_prediction_score; 2 symbols lacked pe_ratio"));
        // A missing ranking field does not exclude: the symbol is ranked on the fields it has.
        const ScreenResult ranked =
            evaluate(parse(QStringLiteral("pe_ratio < 100")),
                     must(parseRanking(QStringLiteral("ml_prediction_score, -pe_ratio"))),
                     0,
                     d);
        QCOMPARE(ranked.matched, 3);
        QCOMPARE(ranked.missing.value(QStringLiteral("ml_prediction_score")), 0);
        QCOMPARE(ranked.rankMissing.value(QStringLiteral("ml_prediction_score")), 1);
        // ml over A, B, E (0.5, 0.6, 0.9) → 0, 0.5, 1; -pe over A, C, E (10, 30, 5) → 0.5, 0, 1.
        QCOMPARE(ranked.rows[0].ticker, QStringLiteral("E")); // (1 + 1) / 2
        QCOMPARE(ranked.rows[0].score, 1.0);
        QCOMPARE(ranked.rows[1].ticker, QStringLiteral("A")); // (0 + 0.5) / 2
        QCOMPARE(ranked.rows[1].score, 0.25);
        QCOMPARE(ranked.rows[2].ticker, QStringLiteral("C")); // pe only: 0
        QCOMPARE(ranked.rows[2].score, 0.0);

        // Through the store: one of three symbols has fundamentals.
        Test::TempDatabase t;
        Store::BarRepository bars(*t.db());
        for (const char* s : {"X", "Y", "Z"}) {
            must(bars.replaceAll(
                QString::fromLatin1(s), closes(QString::fromLatin1(s), {10, 11, 12}), QStringLiteral("t")));
        }
        Fundamentals::Record rec;
        rec.ticker = QStringLiteral("Y");
        rec.asOf = QDate(2025, 3, 10);
        rec.set(Fundamentals::Field::PeRatio, 12.5);
        must(Store::FundamentalsRepository(*t.db()).store({rec}, QStringLiteral("US")));
        const Expression e = parse(QStringLiteral("pe_ratio < 20 and close > 5"));
        Store::ScreenDataRepository repo(*t.db());
        const ScreenResult stored = evaluate(e, {}, 0, must(repo.load({}, {}, fieldNeeds(e, {}))));
        QCOMPARE(stored.missingText(), QStringLiteral("2 symbols lacked pe_ratio"));
        QCOMPARE(stored.rows.size(), 1);
        QCOMPARE(stored.rows[0].ticker, QStringLiteral("Y"));
        // A past day never sees fundamentals collected later.
        const ScreenResult past =
            evaluate(e, {}, 0, must(repo.load({}, QDate(2025, 3, 7), fieldNeeds(e, {}))));
        QCOMPARE(past.missing.value(QStringLiteral("pe_ratio")), 3);
    }

    void catalogDescribesEveryField()
    {
        const FieldCatalog& c = FieldCatalog::instance();
        QVERIFY(c.fields().size() > 80);
        for (const FieldInfo& f : c.fields()) {
            QVERIFY2(!f.description.isEmpty() && !f.unit.isEmpty(), qPrintable(f.key));
            QCOMPARE(c.find(f.key), &f);
        }
        QCOMPARE(c.find(QStringLiteral("macd_signal"))->key, QStringLiteral("signal_line"));
        QCOMPARE(c.find(QStringLiteral("PE_RATIO"))->source, Source::Fundamentals);
        QCOMPARE(c.find(QStringLiteral("adx_14"))->source, Source::Feature);
    }
};

QTEST_GUILESS_MAIN(TestScreenExpression)
#include "TestScreenExpression.moc"
