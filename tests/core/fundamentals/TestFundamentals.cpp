// Fundamentals: both CSV layouts, the derived values and market-cap categories by hand, and the store's
// history by as-of date (missing stays missing, never 0).
#include <QtTest>

#include "core/fundamentals/FundamentalsCsv.h"
#include "core/fundamentals/FundamentalsDerivation.h"
#include "core/store/FundamentalsRepository.h"
#include "core/store/SymbolRepository.h"

#include "tests/support/TestSupport.h"

using namespace Tessera;
using Fundamentals::Field;
using Fundamentals::Record;
using Test::must;
using namespace Qt::Literals::StringLiterals;

namespace {

const Record* find(const QList<Record>& records, const QString& ticker, QDate asOf = {})
{
    for (const Record& r : records) {
        if (r.ticker == ticker && (!asOf.isValid() || r.asOf == asOf)) {
            return &r;
        }
    }
    return nullptr;
}

Record withCap(const QString& ticker, double cap, QDate asOf = QDate(2025, 9, 30))
{
    Record r;
    r.ticker = ticker;
    r.asOf = asOf;
    r.set(Field::MarketCap, cap);
    return r;
}

} // namespace

class TestFundamentals : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Test::initTestEnvironment(); }

    void readsTheSp500FinancialsLayout()
    {
        const QDate asOf(2026, 8, 22);
        const auto csv = must(Fundamentals::readFundamentalsCsv(
            Test::dataPath(QStringLiteral("fundamentals/sp500_financials_sample.csv")), asOf));
        QCOMPARE(csv.layout, QStringLiteral("sp500-financials"));
        QCOMPARE(csv.records.size(), 15);
        const Record* aapl = find(csv.records, QStringLiteral("AAPL"));
        QVERIFY(aapl);
        QCOMPARE(aapl->asOf, asOf);
        QCOMPARE(aapl->value(Field::Price), 309.35);
        QCOMPARE(aapl->value(Field::PeRatio), 35.475918);
        QCOMPARE(aapl->value(Field::Eps), 8.72);
        QCOMPARE(aapl->value(Field::MarketCap), 4514709504000.0);
        QCOMPARE(aapl->value(Field::PbRatio), 42.03125);
        QCOMPARE(aapl->value(Field::DividendYield),
                 0.35); // 0.0035 in the file: a fraction, stored in percent
        // The file's "Sector" is a GICS sub-industry, quoted because of its commas.
        QCOMPARE(aapl->industry, QStringLiteral("Technology Hardware, Storage & Peripherals"));
        QVERIFY(aapl->sector.isEmpty());
        QVERIFY(!aapl->has(Field::Roe)); // the layout has no ROE: missing, not 0
        QCOMPARE(find(csv.records, QStringLiteral("MO"))->value(Field::PbRatio), -41.357944);
        // A row without values: every field missing.
        const Record* brk = find(csv.records, QStringLiteral("BRK.B"));
        QVERIFY(brk);
        for (const Fundamentals::FieldInfo& f : Fundamentals::fields()) {
            QVERIFY2(!brk->has(f.field), f.key);
        }
        QVERIFY(csv.warnings.isEmpty());
    }

    void readsTheGenericLayoutAndNamesBadCells()
    {
        const auto csv = must(Fundamentals::readFundamentalsCsv(
            Test::dataPath(QStringLiteral("fundamentals/generic.csv")), QDate(2026, 1, 1)));
        QCOMPARE(csv.layout, QStringLiteral("generic"));
        QCOMPARE(csv.records.size(), 3);
        const Record* june = find(csv.records, QStringLiteral("ALPHA.NS"), QDate(2025, 6, 30));
        QVERIFY(june);
        QVERIFY(!june->has(Field::PeRatio)); // "NA"
        QCOMPARE(june->value(Field::Roe), 18.5);
        QCOMPARE(june->value(Field::DebtToEquity), 0.4);
        QCOMPARE(june->sector, QStringLiteral("Energy"));
        const Record* beta = find(csv.records, QStringLiteral("BETA.NS"));
        QVERIFY(!beta->has(Field::Roe)); // "abc"
        QCOMPARE(beta->capCategory, QStringLiteral("mid"));
        const QString warnings = csv.warnings.join(u'\n');
        QVERIFY2(warnings.contains(QStringLiteral("generic.csv:4: roe 'abc' is not a number (left missing)")),
                 qPrintable(warnings));
        QVERIFY2(warnings.contains(QStringLiteral("column(s) not read: favourite_colour")),
                 qPrintable(warnings));

        // Neither layout: refused by name with what it lacks.
        const auto bars = Fundamentals::parseFundamentalsCsv(
            "Date,Open,High,Low,Close,Volume\n2024-01-02,1,2,0.5,1.5,100\n", QStringLiteral("bars.csv"), {});
        QVERIFY(!bars);
        QVERIFY2(bars.error().message.startsWith(QStringLiteral("bars.csv:1: not a fundamentals file")),
                 qPrintable(bars.error().message));
    }

    void derivesOnlyWhatItsInputsDetermine()
    {
        Record r;
        r.set(Field::Price, 100);
        r.set(Field::BookValue, 25);
        r.set(Field::Eps, 5);
        r.set(Field::EarningsGrowth, 10); // percent
        Fundamentals::deriveValues(r);
        QCOMPARE(r.value(Field::PbRatio), 4.0);  // 100 / 25
        QCOMPARE(r.value(Field::PeRatio), 20.0); // 100 / 5
        QCOMPARE(r.value(Field::PegRatio), 2.0); // 20 / 10
        QCOMPARE(r.derived, (QSet<Field>{Field::PbRatio, Field::PeRatio, Field::PegRatio}));

        // A loss has no P/E (and so no PEG); a sourced value is never replaced; no price, no ratios.
        Record loss;
        loss.set(Field::Price, 100);
        loss.set(Field::Eps, -2);
        loss.set(Field::PbRatio, 3.1);
        loss.set(Field::EarningsGrowth, 10);
        Fundamentals::deriveValues(loss);
        QVERIFY(!loss.has(Field::PeRatio));
        QVERIFY(!loss.has(Field::PegRatio));
        QCOMPARE(loss.value(Field::PbRatio), 3.1);
        QVERIFY(std::abs(loss.value(Field::BookValue) - 100 / 3.1) < 1e-12); // the other direction
        QVERIFY(!loss.derived.contains(Field::PbRatio));
        Record empty;
        empty.set(Field::Eps, 4);
        Fundamentals::deriveValues(empty);
        QVERIFY(!empty.has(Field::PeRatio));
        QVERIFY(empty.derived.isEmpty());
    }

    void capCategoriesBySebiRankAndDollarBands()
    {
        QList<Record> us = {withCap(QStringLiteral("A"), 200e9),
                            withCap(QStringLiteral("B"), 199.9e9),
                            withCap(QStringLiteral("C"), 10e9),
                            withCap(QStringLiteral("D"), 9.99e9),
                            withCap(QStringLiteral("E"), 2e9),
                            withCap(QStringLiteral("F"), 300e6),
                            withCap(QStringLiteral("G"), 299e6),
                            withCap(QStringLiteral("VOD.L"), 50e9)};
        Fundamentals::deriveCapCategories(us, QStringLiteral("default"));
        QStringList got;
        for (const Record& r : us) {
            got << r.capCategory;
        }
        QCOMPARE(
            got,
            (QStringList{
                u"mega"_s, u"large"_s, u"large"_s, u"mid"_s, u"mid"_s, u"small"_s, u"micro"_s, QString()}));

        // NSE: rank 1–100 large, 101–250 mid, the rest small, per as-of date; a category the source gave
        // stays; bare tickers follow the home market.
        QList<Record> nse;
        for (int i = 0; i < 260; ++i) {
            nse << withCap(QStringLiteral("S%1.NS").arg(i, 3, 10, QLatin1Char('0')), 1e12 - i * 1e9);
        }
        nse[5].capCategory = QStringLiteral("mid"); // from the source
        nse << withCap(QStringLiteral("BARE"), 1e13);
        std::reverse(nse.begin(), nse.end()); // input order does not matter, only size
        Fundamentals::deriveCapCategories(nse, QStringLiteral("NSE"));
        const auto categoryOf = [&nse](const QString& t) {
            return find(nse, t)->capCategory;
        };
        QCOMPARE(categoryOf(QStringLiteral("BARE")), QStringLiteral("large"));    // rank 1
        QCOMPARE(categoryOf(QStringLiteral("S098.NS")), QStringLiteral("large")); // rank 100 (BARE is first)
        QCOMPARE(categoryOf(QStringLiteral("S099.NS")), QStringLiteral("mid"));   // rank 101
        QCOMPARE(categoryOf(QStringLiteral("S248.NS")), QStringLiteral("mid"));   // rank 250
        QCOMPARE(categoryOf(QStringLiteral("S249.NS")), QStringLiteral("small")); // rank 251
        QCOMPARE(categoryOf(QStringLiteral("S005.NS")),
                 QStringLiteral("mid")); // the source's (rank 7 keeps its place)
        QVERIFY(!find(nse, QStringLiteral("S005.NS"))->capCategoryDerived);
        QVERIFY(find(nse, QStringLiteral("S000.NS"))->capCategoryDerived);
    }

    void storeKeepsHistoryAndNeverTurnsMissingIntoZero()
    {
        Test::TempDatabase t;
        Store::SymbolRepository symbols(*t.db());
        for (const char* s : {"ALPHA.NS", "BETA.NS"}) {
            must(symbols.ensure(QString::fromLatin1(s)));
        }
        Store::FundamentalsRepository repo(*t.db());
        const auto csv = must(Fundamentals::readFundamentalsCsv(
            Test::dataPath(QStringLiteral("fundamentals/generic.csv")), QDate(2026, 1, 1)));
        QCOMPARE(must(repo.store(csv.records, QStringLiteral("default"))), 3);

        const QList<Record> alpha = must(repo.history(QStringLiteral("ALPHA.NS")));
        QCOMPARE(alpha.size(), 2);
        QCOMPARE(alpha[0].asOf, QDate(2025, 6, 30));
        QCOMPARE(alpha[0].value(Field::PbRatio), 4.0); // 100 / 25, derived
        QVERIFY(alpha[0].derived.contains(Field::PbRatio));
        QCOMPARE(alpha[0].value(Field::PeRatio), 20.0); // 100 / 5: the file's "NA" filled by derivation
        QCOMPARE(alpha[0].value(Field::PegRatio), 2.0); // 20 / 10
        QCOMPARE(alpha[1].value(Field::PeRatio), 20.0); // 120 / 6
        QVERIFY(!alpha[1].has(Field::PbRatio));         // no book value that day: stays missing
        QVERIFY(!alpha[1].has(Field::Beta));
        // Point in time: what was known on a date.
        QCOMPARE(must(repo.latest(QStringLiteral("ALPHA.NS"), QDate(2025, 7, 31)))->asOf, QDate(2025, 6, 30));
        QCOMPARE(must(repo.latest(QStringLiteral("ALPHA.NS")))->asOf, QDate(2025, 9, 30));
        QVERIFY(!must(repo.latest(QStringLiteral("ALPHA.NS"), QDate(2025, 1, 1))).has_value());
        // NSE ranks among the day's stored rows: ALPHA the largest; BETA keeps its source's "mid".
        QCOMPARE(alpha[1].capCategory, QStringLiteral("large"));
        QVERIFY(alpha[1].capCategoryDerived);
        const Record beta = *must(repo.latest(QStringLiteral("BETA.NS")));
        QCOMPARE(beta.capCategory, QStringLiteral("mid"));
        QVERIFY(!beta.capCategoryDerived);
        QVERIFY(!beta.has(Field::Roe));

        // A later collection for the same day fills in, field by field: what it lacks is kept.
        Record update;
        update.ticker = QStringLiteral("ALPHA.NS");
        update.asOf = QDate(2025, 9, 30);
        update.source = QStringLiteral("yahoo");
        update.set(Field::Beta, 0.9);
        update.set(Field::BookValue, 30);
        must(repo.store({update}, QStringLiteral("default")));
        const Record merged = *must(repo.latest(QStringLiteral("ALPHA.NS")));
        QCOMPARE(merged.value(Field::Beta), 0.9);
        QCOMPARE(merged.value(Field::Roe), 19.0);    // kept
        QCOMPARE(merged.value(Field::PbRatio), 4.0); // 120 / 30, derived again from the new book value
        QCOMPARE(must(repo.history(QStringLiteral("ALPHA.NS"))).size(), 2);
        QCOMPARE(must(repo.latestAll()).size(), 2);
        QCOMPARE(must(repo.latestAll(QDate(2025, 7, 1))).size(), 1);

        // Only stored symbols.
        Record stranger;
        stranger.ticker = QStringLiteral("NOPE");
        stranger.asOf = QDate(2025, 9, 30);
        stranger.set(Field::Eps, 1);
        const auto refused = repo.store({stranger}, QStringLiteral("default"));
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(QStringLiteral("NOPE is not a stored symbol")));
        // Sector from the fundamentals where the symbol's list gave none.
        QCOMPARE(must(symbols.find(QStringLiteral("ALPHA.NS")))->sector, QStringLiteral("Energy"));
    }
};

QTEST_GUILESS_MAIN(TestFundamentals)
#include "TestFundamentals.moc"
